/* civicsite search engine: normaliser, query planning, index shards and ranking
 for the index under search/. Mirrors Sources/CivicSite/Search (normalize-cases.json
 keeps both in step); search.js drives the page with it. */
(()=>{
'use strict';

var SMALL={12353:12354,12355:12356,12357:12358,12359:12360,12361:12362,12387:12388,
  12419:12420,12421:12422,12423:12424,12430:12431,12437:12363,12438:12369};
var DASHES=[0x2d,0x2010,0x2011,0x2012,0x2013,0x2014,0x2015,0x2212,0x2500];

function isKana(c){
  return(c>=0x3041&&c<=0x3096)||c===0x309d||c===0x309e||(c>=0x30f7&&c<=0x30fa)||c===0x30fc;
}

// Folds one NFKC scalar; prev: the last folded one.
function fold(cp,prev,keepSmall,out){
  var lower=String.fromCodePoint(cp).toLowerCase();
  for(var j=0;j<lower.length;j++){
    var c=lower.codePointAt(j);
    if(c>0xffff)j++;
    if((c>=0x30a1&&c<=0x30f6)||c===0x30fd||c===0x30fe)c-=0x60;
    if(!keepSmall&&SMALL[c])c=SMALL[c];
    if(DASHES.indexOf(c)>=0&&isKana(prev))c=0x30fc;
    out.push(c);
    prev=c;
  }
  return prev;
}

// Drops the ー closing a kana run (コンピューター = コンピュータ).
function trim(out){
  var i=out.length;
  while(i&&out[i-1]===0x30fc)i--;
  if(i<out.length&&i&&isKana(out[i-1]))out.length=i;
}

/** NFKC, lower case, katakana to hiragana, small kana folded (unless keepSmall), dash after kana to ー, ー ending kana dropped. */
function normalize(text,keepSmall){
  var out=[],prev=0;
  for(var ch of String(text).normalize('NFKC')){
    var n=out.length;
    prev=fold(ch.codePointAt(0),prev,keepSmall,out);
    if(out.length>n&&!isKana(out[n])){var t=out.splice(n);trim(out);out.push.apply(out,t);}
  }
  trim(out);
  return String.fromCodePoint(...out);
}

// h: Han, k: kana, w: letters and digits, s: anything else.
var WORD=/[\p{L}\p{N}\p{M}]/u;
function cls(ch){
  var c=ch.codePointAt(0);
  if((c>=0x3400&&c<=0x4dbf)||(c>=0x4e00&&c<=0x9fff)||(c>=0xf900&&c<=0xfaff)||
      (c>=0x20000&&c<=0x3134f)||(c>=0x3005&&c<=0x3007))return 'h';
  if((c>=0x3041&&c<=0x309f)||(c>=0x30a0&&c<=0x30fa)||(c>=0x30fc&&c<=0x30ff)||
      (c>=0x31f0&&c<=0x31ff))return 'k';
  return WORD.test(ch)?'w':'s';
}

/** Spelling variants of the manifest ("子ども,子供,こども") by first character, longest first. */
function variants(list){
  var by=new Map();
  (list||[]).forEach(line=>{
    var forms=line.split(','),key='~'+forms[0];
    forms.forEach(f=>{
      var a=[...f];
      if(!by.has(a[0]))by.set(a[0],[]);
      by.get(a[0]).push({f:a,key:key,forms:forms});
    });
  });
  by.forEach(l=>(l.sort((a,b)=>b.f.length-a.f.length)));
  return by;
}

// The other way to match group g, whose characters are s: each spelling of
// a variant group found in it (a Latin word only whole) by its group's term,
// the rest planned as usual. Undefined without a variant.
function alternative(g,s,vi){
  var alt=[],from=0;
  for(var i=0;i<s.length;i++){
    var hit=(vi.get(s[i])||[]).filter(v=>{
      return v.f.every((c,k)=>s[i+k]===c)&&(g.kind!=='w'||v.f.length===s.length);
    })[0];
    if(!hit)continue;
    if(i>from)alt=alt.concat(plan(s.slice(from,i).join('')));
    alt.push({kind:'v',text:hit.f.join(''),texts:hit.forms,terms:[hit.key]});
    from=i+=hit.f.length;
    i--;
  }
  if(!alt.length)return;
  return alt.concat(from<s.length?plan(s.slice(from).join('')):[]);
}

/** Groups that must all match: a CJK run (bigrams), one Han (unigram), a word (or prefix);
    with vi (variants()), each may have an alt, the groups matching its variants. */
function plan(query,vi){
  var s=[...normalize(query)],c=s.map(cls),groups=[],i=0,done=0;
  while(i<s.length){
    var start=i;
    if(c[i]==='h'||c[i]==='k'){
      while(i<s.length&&(c[i]==='h'||c[i]==='k'))i++;
      if(i-start===1){
        if(c[start]==='h')groups.push({kind:'u',text:s[start],terms:[s[start]]});
      }else{
        var terms=[];
        for(var j=start;j<i-1;j++)terms.push(s[j]+s[j+1]);
        groups.push({kind:'r',text:s.slice(start,i).join(''),terms:terms,
          head:c[start]==='h'&&c[start+1]==='h',tail:c[i-1]==='h'&&c[i-2]==='h'});
      }
    }else if(c[i]==='w'){
      while(i<s.length&&c[i]==='w')i++;
      var w=s.slice(start,i);
      if(w.length<=40){
        groups.push({kind:'w',text:w.join(''),terms:[w.join(''),w.slice(0,12).join('')+'*']});
      }
    }else i++;
    if(vi&&groups.length>done)groups[done].alt=alternative(groups[done],s.slice(start,i),vi);
    done=groups.length;
  }
  return groups;
}

function fnv1a32(text){
  var b=new TextEncoder().encode(text),h=0x811c9dc5;
  for(var i=0;i<b.length;i++)h=Math.imul(h ^ b[i],0x01000193)>>>0;
  return h;
}

/** A head shard or tail file (SearchShardWriter.swift) as a Map term → {docs, imp, fl, pos, df}. */
function decodeShard(b,tail){
  var o=0,m=new Map(),dec=new TextDecoder();
  function v(){
    var r=0,s=1,x;
    do{x=b[o++];r+=(x&127)*s;s*=128;}while(x&128);
    return r;
  }
  for(var n=v();n>0;n--){
    var len=v(),term=dec.decode(b.subarray(o,o+len));
    o+=len;
    var df=tail?0:v(),h=v(),count=h>>1,docs=new Int32Array(count),imp=new Uint8Array(count),
      fl=new Uint8Array(count),pos=[],d=0;
    for(var i=0;i<count;i++){
      d+=v();docs[i]=d;imp[i]=b[o++];
      if(h&1){
        var f=b[o++];
        fl[i]=f&3;
        pos[i]=Array.from(b.subarray(o,o+=f>>2));
      }
    }
    m.set(term,{docs,imp,fl,pos,df:tail?count:df});
  }
  return m;
}

function merge(a,b){
  var n=a.docs.length+b.docs.length,out={docs:new Int32Array(n),imp:new Uint8Array(n),fl:new Uint8Array(n),
    pos:[],df:a.df},i=0,j=0;
  for(var k=0;k<n;k++){
    var x=j>=b.docs.length||(i<a.docs.length&&a.docs[i]<b.docs[j])?a:b,at=x===a?i++:j++;
    for(var f of['docs','imp','fl','pos'])out[f][k]=x[f][at];
  }
  return out;
}

function undelta(list){
  var out=[],d=0;
  for(var i=0;i<list.length;i++)out.push(d+=list[i]);
  return out;
}

function pairs(list){
  var out=new Map(),d=0;
  for(var i=0;i<list.length;i+=2)out.set(d+=list[i],list[i+1]);
  return out;
}

var FACETS=['type','field','group_type','area','recruiting'];

/** get(path, binary) resolves to the JSON or bytes of a file under search/. */
function Engine(get){
  this.get=get;
  this.shards={};
  this.tails={};
  this.chunks={};
}

var E=Engine.prototype;

E.manifest=function(){
  return this.m||(this.m=this.get('manifest.json'));
};

E.facets=function(){
  var self=this;
  return this.f||(this.f=this.get('facets.json').then(j=>{
    var f={values:{},upcoming:pairs(j.upcomingUntil),from:pairs(j.openFrom),until:pairs(j.openUntil),
      rolling:new Set(undelta(j.rolling))};
    // Values are data: an area may be called "constructor", so no prototype.
    FACETS.forEach(k=>{
      f.values[k]=Object.create(null);
      Object.keys(j.values[k]||{}).sort().forEach(v=>f.values[k][v]=new Set(undelta(j.values[k][v])));
    });
    self.facetData=f;
    return f;
  }));
};

E.load=function(kind,n){
  var c=this[kind];
  return c[n]||(c[n]=this.get(kind+'/'+n+'.bin',true).then(b=>(decodeShard(b,kind==='tails'))));
};

// Scores of the records matching one group (null: no condition). Common
// (partial) terms score but are required only when the group has nothing else.
function scoreGroup(g,post,partial,wide){
  var lists=[],out=new Map();
  for(var i=0;i<g.terms.length;i++){
    var t=g.terms[i],p=post.get(t);
    if(g.use&&!g.use.has(t))continue;
    if(g.kind==='w'||g.kind==='v'){
      if(p)lists.push({p:p,w:i?0.6:1});
    }else if(p)lists.push({p:p,at:i,req:!partial.has(t)});
    else if(!partial.has(t))return out;
  }
  if(g.kind==='w'||g.kind==='v'){
    lists.forEach(l=>{
      for(var i=0;i<l.p.docs.length;i++){
        var d=l.p.docs[i],s=l.p.imp[i]*l.w;
        if(!(out.get(d)>=s))out.set(d,s);
      }
    });
    return out;
  }
  if(!lists.length)return null;
  var req=lists.filter(l=>l.req);
  if(!req.length)req=lists;
  var index=lists.map(l=>{
    var m=new Map();
    for(var i=0;i<l.p.docs.length;i++)m.set(l.p.docs[i],i);
    return m;
  });
  if(wide)return widely(g,lists,index);
  var first=req.reduce((a,b)=>b.p.docs.length<a.p.docs.length?b:a).p;
  for(var i=0;i<first.docs.length;i++){
    var d=first.docs[i],at=[],s=0,ok=true;
    for(var k=0;k<lists.length&&ok;k++){
      var j=index[k].get(d);
      if(j!==undefined){at[k]=j;s+=lists[k].p.imp[j];}else if(req.indexOf(lists[k])>=0)ok=false;
    }
    if(ok)out.set(d,s*bonus(g,lists,at));
  }
  return out;
}

// Every record in some head, those in all of them and with the bigrams at
// the query's distances (the phrase, most likely) far first.
function widely(g,lists,index){
  var out=new Map();
  lists.forEach(l=>{
    for(var i=0;i<l.p.docs.length;i++){
      var d=l.p.docs[i];
      if(out.has(d))continue;
      var s=0,found=0,near=0,prev=null;
      for(var k=0;k<lists.length;k++){
        var j=index[k].get(d);
        if(j===undefined){prev=null;continue;}
        found++;
        s+=lists[k].p.imp[j];
        var pos=lists[k].p.pos[j]||[];
        if(prev&&prev.pos.some(p=>pos.indexOf((p+lists[k].at-prev.at)&255)>=0))near++;
        prev={pos:pos,at:lists[k].at};
      }
      out.set(d,s*found*(1+4*near)/lists.length);
    }
  });
  return out;
}

// Query bigrams adjacent in the record rank it higher (新幹線 before 新幹…幹線);
// so does starting or ending a Han run there (京都 in 京都市, not 東京都).
function bonus(g,lists,at){
  var f=1,pairs=0,adjacent=0;
  for(var k=0;k+1<lists.length;k++){
    var a=lists[k],b=lists[k+1];
    if(b.at!==a.at+1)continue;
    pairs++;
    if(at[k]===undefined||at[k+1]===undefined)continue;
        var pa=a.p.pos[at[k]]||[],pb=b.p.pos[at[k+1]]||[];
    if(pa.some(p=>pb.indexOf((p+1)&255)>=0))adjacent++;
  }
  if(pairs)f+=adjacent/pairs;
  var l0=lists[0],ln=lists[lists.length-1];
  if(g.head&&l0.at===0&&at[0]!==undefined&&l0.p.fl[at[0]]&1)f*=1.3;
  if(g.tail&&ln.at===g.terms.length-1&&at[lists.length-1]!==undefined&&ln.p.fl[at[lists.length-1]]&2)f*=1.1;
  return f;
}

function open(f,d,now){
  if(f.from.has(d)&&f.from.get(d)>now)return false;
  return f.rolling.has(d)||!f.until.has(d)||f.until.get(d)>=now;
}

function over(f,d,now){
  return f.upcoming.has(d)?+(f.upcoming.get(d)<now):f.from.has(d)||f.until.has(d)||f.rolling.has(d)?+!open(f,d,now):0;
}

function filtered(st){
  return st.upcoming||st.open||FACETS.some(k=>{return(st[k]||[]).length;});
}

/** Runs a query (state: {q, type: [], …, upcoming, open}; now: minutes
    since 1970 UTC) to {ids (best first), total, partial, counts, groups}.
    Heads first; tails only for filters, counts, `full` or fewer than
    `want` results (then partial is false); facets only when filtering. */
E.search=function(state,now,counts,full,want,alt){
  var self=this,groups,facets=counts||filtered(state),later;
  return this.manifest().then(m=>{
    self.vi=self.vi||variants(m.variants);
    groups=plan(state.q||'',self.vi);
    // Variants wait till the spelling typed, ranked above them, fills less
    // than the first page (or every match is needed): most queries then
    // fetch nothing more, the count a lower bound until more is asked.
    later=!(alt||facets||full)&&groups.some(g=>g.alt);
    if(later)groups.forEach(g=>{delete g.alt;});
    var partial=new Set(m.partial),need={},terms=[],required=new Set();
    // A run of common terms alone (市民活動センター) is ranked from the heads
    // of its first and last bigram, their positions showing the phrase: the
    // first page without tails, the count approximate until more is asked.
    var loose=!(facets||full)&&groups.length===1&&groups[0].kind==='r'&&groups[0].terms.length>1&&
      !groups[0].alt&&groups[0].terms.every(t=>partial.has(t));
    var all=[];
    groups.forEach(g=>(all=all.concat([g],g.alt||[])));
    all.forEach(g=>{
      // Beside rarer terms a common one adds little: skip its shard. A run
      // of common (or of rare) terms only needs bigrams covering every character.
      var some=g.terms.some(t=>partial.has(t));
      var skip=g.kind==='r'&&g.terms.some(t=>{return!partial.has(t);});
      var cover=g.kind==='r'&&(!skip||!some)&&g.terms.length>(some?2:3);
      g.terms.forEach((t,i)=>{
        if(skip&&partial.has(t))return;
        if(loose&&i&&i!==g.terms.length-1)return;
        if(cover&&i%2&&i!==g.terms.length-1)return;
        (g.use=g.use||new Set()).add(t);
        terms.push(t);
        if(!partial.has(t)||!g.terms.some(u=>{return!partial.has(u);}))required.add(t);
        need[fnv1a32(t)%m.shards]=1;
      });
    });
    var loads=Object.keys(need).map(n=>(self.load('shards',n)));
    return Promise.all([facets?self.facets():null].concat(loads)).then(r=>{
      var post=new Map();
      r.slice(1).forEach(s=>{s.forEach((v,k)=>(post.set(k,(self.full&&self.full.get(k))||v)));});
      var cut=terms.filter(t=>{
        var p=post.get(t);
        return p&&required.has(t)&&p.docs.length<p.df&&!(self.full&&self.full.has(t));
      });
      var res=rank(m,r[0],groups,post,partial,state,now);
      if(loose&&cut.length&&res.total<(want||10)){
        var wide=rank(m,r[0],groups,post,partial,state,now,true);
        wide.ids=wide.ids.slice(0,want||10);
        wide.partial=wide.approximate=true;
        wide.total=Math.min.apply(null,cut.map(t=>post.get(t).df));
        return wide;
      }
      if(later||!cut.length||!(facets||full||res.total<(want||10))){
        res.partial=cut.length>0;
        // One term (or one word and its prefix) decides: its frequency is the count.
        if(res.partial&&groups.length===1&&!groups[0].alt&&(groups[0].kind==='w'||terms.length===1)){
          cut.forEach(t=>(res.total=Math.max(res.total,post.get(t).df)));
        }
        return res;
      }
      return self.complete(m,cut,post).then(()=>rank(m,r[0],groups,post,partial,state,now));
    });
  }).then(res=>!later?res:res.total<(want||10)?self.search(state,now,counts,full,want,1):Object.assign(res,{partial:1,approximate:1}));
};

E.complete=function(m,cut,post){
  var self=this,need={};
  self.full=self.full||new Map();
  cut.forEach(t=>need[fnv1a32(t)%m.tails]=1);
  return Promise.all(Object.keys(need).map(n=>(self.load('tails',n)))).then(tails=>{
    cut.forEach(t=>{
      var rest=null;
      tails.forEach(x=>rest=rest||x.get(t));
      if(!self.full.has(t))self.full.set(t,rest?merge(post.get(t),rest):post.get(t));
      post.set(t,self.full.get(t));
    });
  });
};

// Scores of all groups together (null: no condition).
function both(groups,post,partial,wide){
  var scores=null;
  groups.forEach(g=>{
    var s=scoreGroup(g,post,partial,wide);
    if(g.alt)s=spelled(s,both(g.alt,post,partial,wide));
    if(!s)return;
    if(!scores){scores=s;return;}
    var and=new Map();
    scores.forEach((v,d)=>{if(s.has(d))and.set(d,v+s.get(d));});
    scores=and;
  });
  return scores;
}

// The spelling typed ranks above its variants (a tier apart), which rank
// by their own score, halved.
var TIER=1e4;
function spelled(typed,alt){
  if(!typed||!alt)return typed||alt;
  var out=new Map();
  alt.forEach((v,d)=>(out.set(d,v/2)));
  typed.forEach((v,d)=>(out.set(d,v+TIER)));
  return out;
}

function rank(m,f,groups,post,partial,state,now,wide){
  var scores=both(groups,post,partial,wide);
  if(!scores){
    scores=new Map();
    // An empty query lists everything only once a filter narrows it, and counts everything.
    if(!groups.length&&(f||filtered(state)))for(var d=0;d<m.documents;d++)scores.set(d,0);
  }
  var counts={},ids=[];
  if(!f){
    scores.forEach((s,d)=>ids.push(d));
    counts=null;
  }else{
  FACETS.forEach(k=>counts[k]=Object.create(null));
  scores.forEach((s,d)=>{
    if(state.upcoming&&f.upcoming.has(d)&&f.upcoming.get(d)<now)return;
    if(state.open&&(f.from.has(d)||f.until.has(d)||f.rolling.has(d))&&!open(f,d,now))return;
    var failed=[];
    FACETS.forEach(k=>{
      var sel=state[k]||[];
      if(sel.length&&!sel.some(v=>f.values[k][v]&&f.values[k][v].has(d)))failed.push(k);
    });
    if(failed.length>1)return;
    FACETS.forEach(k=>{
      if(failed.length&&failed[0]!==k)return;
      var vs=f.values[k];
      for(var v in vs)if(vs[v].has(d))counts[k][v]=(counts[k][v]||0)+1;
    });
    if(!failed.length)ids.push(d);
  });
  }
  if(!groups.length&&!filtered(state))ids=[];
  // For the same score, current events and open grants first.
  ids.sort((a,b)=>(scores.get(b)-scores.get(a)||(f?over(f,a,now)-over(f,b,now):0)||a-b));
  return{ids,total:ids.length,counts,groups};
}

// The kana of the same row voiced or not (か・が, は・ば・ぱ).
function voiced(c){
  var h=c>12448&&c<12535?c-96:c,o=h-12363;
  if(h>12398&&h<12414)return[0,1,2].map(k=>h-(h-12399)%3+k).filter(x=>x!==h);
  if(h>12386)o--;
  return o>=0&&o<30&&h!==12387?[h+(o%2?-1:1)]:[];
}

// One kana voiced or not, left out, or with ー after it: the first such
// spelling the index has records for, or null.
E.suggest=function(q,now){
  var self=this,s=[...q],c=[];
  s.forEach((ch,i)=>{
    var a=s.slice(0,i),b=s.slice(i+1),n=ch.charCodeAt(0),k=n>12448&&n<12535?96:0;
    voiced(n).forEach(v=>(c.push(a.concat(String.fromCharCode(v+k),b))));
    if(isKana(n-k))c.push(a.concat(b),a.concat(ch,'ー',b));
  });
  return c.slice(0,40).reduce((p,x)=>{
    x=x.join('');
    return p.then(y=>y||x.length<2?y:self.search({q:x},now).then(r=>r.total?x:null));
  },Promise.resolve(null));
};

/** Display data of records by number. */
E.records=function(ids){
  var self=this;
  return this.manifest().then(m=>{
    return Promise.all(ids.map(d=>{
      var n=Math.floor(d/m.chunk);
      var c=self.chunks[n]||(self.chunks[n]=self.get('docs/'+n+'.json'));
      return c.then(list=>{
        var r=list[d-n*m.chunk];
        return{id:r[0],type:r[1],url:r[2],title:r[3],excerpt:r[4],date:r[5],status:r[6]||null,timing:r[7]||null};
      });
    }));
  });
};

var api={normalize,fold,plan,variants,fnv1a32,decodeShard,Engine,filtered,FACETS,voiced};
if(typeof module==='object'&&module.exports)module.exports=api;
else window.civicsiteSearch=api;
})();
