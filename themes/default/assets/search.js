/* civicsite search page: results as you type, filters, the URL, highlighted
 excerpts. The engine (search-engine.js) loads first. */
(()=>{
'use strict';

var S=typeof module==='object'&&module.exports?require('./search-engine.js'):window.civicsiteSearch;
var fold=S.fold,FACETS=S.FACETS,Engine=S.Engine,filtered=S.filtered;

function escape(s){
  return String(s).replace(/[&<>"']/g,c=>{return '&#'+c.charCodeAt(0)+';';});
}

/** text as HTML with query matches (found on normalised text) in <mark>. */
function highlight(text,groups){
  var chars=[...String(text)],norm=[],owner=[],prev=0;
  chars.forEach((ch,i)=>{
    var out=[];
    [...ch.normalize('NFKC')].forEach(u=>(prev=fold(u.codePointAt(0),prev,false,out)));
    out.forEach(c=>{norm.push(String.fromCodePoint(c));owner.push(i);});
  });
  var hay=norm.join(''),on=new Uint8Array(chars.length);
  var units=[];
  for(var i=0,u=0;i<norm.length;i++){units[u]=i;u+=norm[i].length;}
  var needles=[];
  groups.forEach(g=>{
    [g].concat(g.alt||[]).forEach(h=>needles=needles.concat(h.texts||[h.text]));
  });
  needles.forEach(needle=>{
    if(!needle)return;
    for(var at=hay.indexOf(needle);at>=0;at=hay.indexOf(needle,at+1)){
      var a=units[at],b=units[at+needle.length-1];
      for(var k=owner[a];k<=owner[b];k++)on[k]=1;
    }
  });
  var html='',open=false;
  chars.forEach((ch,i)=>{
    if(on[i]&&!open){html+='<mark>';open=true;}
    if(!on[i]&&open){html+='</mark>';open=false;}
    html+=escape(ch);
  });
  return html+(open?'</mark>':'');
}

/** The state of a query string (?q=…&type=events&field=children). */
function readState(search){
  var p=new URLSearchParams(search),st={q:p.get('q')||''};
  FACETS.forEach(k=>st[k]=p.getAll(k));
  st.upcoming=p.get('upcoming')==='1';
  st.open=p.get('open')==='1';
  return st;
}

function writeState(st){
  var p=new URLSearchParams();
  if(st.q)p.set('q',st.q);
  FACETS.forEach(k=>{(st[k]||[]).forEach(v=>(p.append(k,v)));});
  if(st.upcoming)p.set('upcoming','1');
  if(st.open)p.set('open','1');
  var s=p.toString();
  return s?'?'+s:'';
}

var api=Object.assign({},S,{highlight,readState,writeState});
if(typeof module==='object'&&module.exports)module.exports=api;
if(typeof document==='undefined')return;

// The page.
var form=document.getElementById('search-form');
if(!form)return;
var script=document.currentScript;
var base=form.getAttribute('data-base')||(script?new URL('..',script.src).pathname:'/');
var $=id=>document.getElementById(id);
var boxes=k=>[...form.querySelectorAll('input[name="'+k+'"]')];
var input=$('search-q'),status=$('search-status'),list=$('search-results'),more=$('search-more');
var upcoming=$('search-upcoming'),openOnly=$('search-open'),filters=$('search-filters')||{};
var engine,version='',seq=0,shown=0,last,timer,wanted=readState(location.search);
var PAGE=10;
var near=$('search-near'),D=1440;
// Today's status of an event or grant, as status.js gives it on the pages.
function when(r){
  var t=r.timing,n=Date.now()/6e4,k;
  if(!t||/中止|延期/.test(r.status))return '';
  k=r.type==='events'?(n<t[0]?'upcoming':n<=t[1]?'ongoing':'past'):
    t[0]&&n<t[0]?'not-yet-open':t[2]||!t[1]?'rolling':n>t[1]?'closed':t[1]-n<=15*D?'closing-soon':'open';
  return ' <span class="status status-'+k+'">'+L[k]+'</span>';
}
// Kinds of record and statuses by name, from the page.
var L=JSON.parse(list.dataset.labels);

form.classList.add('search-js');
engine=new Engine((path,binary)=>{
  return fetch(base+'search/'+path+version).then(r=>{
    if(!r.ok)throw new Error(path+': '+r.status);
    return binary?r.arrayBuffer().then(b=>new Uint8Array(b)):r.json();
  });
});
// The manifest comes before any typing: a query then needs two round trips.
var manifest=fetch(base+'search/manifest.json').then(r=>r.json());
engine.m=manifest.then(m=>{version='?v='+m.version;return m;});

function current(){
  var st={q:input.value.trim()};
  FACETS.forEach(k=>{
    st[k]=boxes(k).filter(e=>e.checked)
      .map(e=>e.value);
    // Area and recruiting options exist once the filter data is in: till then the URL's.
    var b=$('search-filter-'+k);
    if(b.dataset.labels&&!b.dataset.built)st[k]=wanted[k];
  });
  st.upcoming=!!(upcoming&&upcoming.checked);
  st.open=!!(openOnly&&openOnly.checked);
  return st;
}

function apply(st){
  wanted=st;
  input.value=st.q;
  FACETS.forEach(k=>{
    boxes(k).forEach(e=>e.checked=st[k].indexOf(e.value)>=0);
  });
  if(upcoming)upcoming.checked=st.upcoming;
  if(openOnly)openOnly.checked=st.open;
  if(filtered(st))filters.open=true;
}

// Area and recruiting values come from the data.
function buildOptions(f,st){
  ['area','recruiting'].forEach(k=>{
    var box=$('search-filter-'+k);
    if(!box||box.dataset.built)return;
    box.dataset.built=1;
    var labels=JSON.parse(box.dataset.labels),order=Object.keys(labels);
    // In the order of site.yml, else 五十音 (kana; kanji by code point).
    Object.keys(f.values[k]).sort((a,b)=>{
      var i=order.indexOf(a),j=order.indexOf(b);
      return i<0||j<0?a.localeCompare(b,'ja'):i-j;
    }).forEach((v,i)=>{
      var id='search-'+k+'-'+i,l=document.createElement('label');
      l.htmlFor=id;
      l.innerHTML='<input type="checkbox" name="'+k+'" id="'+id+'" value="'+escape(v)+'"'+
        (st[k].indexOf(v)>=0?' checked':'')+'> '+escape(Object.hasOwn(labels,v)?labels[v]:v)+' <span class="search-count"></span>';
      box.appendChild(l);
    });
    box.parentNode.hidden=!Object.keys(f.values[k]).length;
  });
}

function run(history){
  var st=current(),mine=++seq;
  if(history){
    var url=location.pathname+writeState(st);
    if(url!==location.pathname+location.search)window.history[history](null,'',url);
  }
  return engine.search(st,Date.now()/60000,filters.open).then(res=>{
    if(mine!==seq)return;
    if(res.counts)buildOptions(engine.facetData,st);
    res.state=st;
    last=res;
    shown=0;
    list.innerHTML='';
    FACETS.forEach(k=>{
      boxes(k).forEach(e=>{
        var c=e.parentNode.querySelector('.search-count');
        var n=res.counts&&(res.counts[k][e.value]||0);
        if(c)c.textContent=res.counts?'('+n+')':'';
        if(k==='area')e.parentNode.hidden=n===0&&!e.checked;
      });
    });
    return page();
  }).catch(e=>{
    if(mine===seq)status.textContent=L.error;
    console.error(e);
  });
}

function page(){
  var res=last,st=res.state;
  var none=st.q&&!res.total;
  status.textContent=!st.q&&!res.total?'':none?'「'+st.q+'」'+L.none:
    (st.q?'「'+st.q+'」'+L.found:L.filtered)+(res.approximate?'約':'')+res.total+'件';
  $('search-empty').hidden=!none;
  $('search-latin').hidden=!none||!/^[ -~]*[a-z][ -~]*$/i.test(st.q);
  near.hidden=true;
  if(none&&!shown)engine.suggest(st.q,Date.now()/60000).then(q=>{
    if(q&&res===last){near.hidden=false;near.firstElementChild.textContent=q;near.firstElementChild.href='?q='+encodeURIComponent(q);}
  });
  // The next page may need the tails.
  if(res.partial&&shown+PAGE>res.ids.length){
    return engine.search(res.state,Date.now()/60000,filters.open,true).then(full=>{
      if(res!==last)return;
      full.state=res.state;
      last=full;
      // The approximate first page is replaced by the exact one, and more.
      if(res.approximate){
        var next=shown+PAGE;
        list.innerHTML='';
        shown=0;
        return page().then(()=>{if(shown<next&&last===full)return page();});
      }
      return page();
    });
  }
  var ids=res.ids.slice(shown,shown+PAGE);
  return engine.records(ids).then(recs=>{
    if(res!==last)return;
    recs.forEach((r,i)=>{
      var li=document.createElement('li');
      li.className='search-result search-type-'+r.type;
      li.id='search-result-'+(shown+i);
      li.innerHTML='<a href="'+escape(base+r.url)+'">'+highlight(r.title,res.groups)+'</a> '+
        '<span class="search-type">'+escape(L[r.type]||r.type)+'</span>'+
        (r.date?' <span class="search-date">'+escape(r.date)+'</span>':'')+when(r)+
        (r.status?' <strong class="badge">'+escape(r.status)+'</strong>':'')+
        '<p>'+highlight(r.excerpt,res.groups)+'</p>';
      list.appendChild(li);
    });
    shown+=recs.length;
    more.hidden=shown>=res.total;
  });
}

input.addEventListener('input',()=>{
  clearTimeout(timer);
  // Results within 100 ms of the last keystroke.
  timer=setTimeout(()=>{run('replaceState');},50);
});
form.addEventListener('change',e=>{if(e.target!==input)run('pushState');});
form.addEventListener('submit',e=>{e.preventDefault();clearTimeout(timer);run('pushState');});
more.addEventListener('click',()=>{
  var next=shown;
  page().then(()=>{var a=$('search-result-'+next);if(a)a.querySelector('a').focus();});
});
// Counts are worth their download once the panel is open.
if(filters.addEventListener)filters.addEventListener('toggle',()=>{if(filters.open)run();});
window.addEventListener('popstate',()=>{apply(readState(location.search));run();});
// On a phone the filter groups open one at a time.
var facets=form.querySelectorAll('.search-facet'),narrow=matchMedia('(max-width:47.99rem)').matches;
facets.forEach(d=>{
  if(narrow)d.open=false;
  d.addEventListener('toggle',()=>{if(d.open&&narrow)facets.forEach(o=>{if(o!==d)o.open=false;});});
});

apply(readState(location.search));
if(location.search)run();
})();
