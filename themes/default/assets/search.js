/* civicsite search page: results as you type, filters, the URL, highlighted
 excerpts. The engine (search-engine.js) loads first. */
(function () {
'use strict';

var S = typeof module === 'object' && module.exports ? require('./search-engine.js') : window.civicsiteSearch;
var fold = S.fold, FACETS = S.FACETS, Engine = S.Engine, filtered = S.filtered;

function escape(s) {
  return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
}

/** text as HTML with query matches (found on normalised text) in <mark>. */
function highlight(text, groups) {
  var chars = Array.from(String(text)), norm = [], owner = [], prev = 0;
  chars.forEach(function (ch, i) {
    var out = [];
    Array.from(ch.normalize('NFKC')).forEach(function (u) { prev = fold(u.codePointAt(0), prev, false, out); });
    out.forEach(function (c) { norm.push(String.fromCodePoint(c)); owner.push(i); });
  });
  var hay = norm.join(''), on = new Uint8Array(chars.length);
  var units = [];
  for (var i = 0, u = 0; i < norm.length; i++) { units[u] = i; u += norm[i].length; }
  groups.forEach(function (g) {
    var needle = g.text;
    if (!needle) return;
    for (var at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      var a = units[at], b = units[at + needle.length - 1];
      for (var k = owner[a]; k <= owner[b]; k++) on[k] = 1;
    }
  });
  var html = '', open = false;
  chars.forEach(function (ch, i) {
    if (on[i] && !open) { html += '<mark>'; open = true; }
    if (!on[i] && open) { html += '</mark>'; open = false; }
    html += escape(ch);
  });
  return html + (open ? '</mark>' : '');
}

/** The state of a query string (?q=…&type=events&field=children). */
function readState(search) {
  var p = new URLSearchParams(search), st = { q: p.get('q') || '' };
  FACETS.forEach(function (k) { st[k] = p.getAll(k); });
  st.upcoming = p.get('upcoming') === '1';
  st.open = p.get('open') === '1';
  return st;
}

function writeState(st) {
  var p = new URLSearchParams();
  if (st.q) p.set('q', st.q);
  FACETS.forEach(function (k) { (st[k] || []).forEach(function (v) { p.append(k, v); }); });
  if (st.upcoming) p.set('upcoming', '1');
  if (st.open) p.set('open', '1');
  var s = p.toString();
  return s ? '?' + s : '';
}

var api = Object.assign({}, S, { highlight: highlight, readState: readState, writeState: writeState });
if (typeof module === 'object' && module.exports) module.exports = api;
if (typeof document === 'undefined') return;

// The page.
var form = document.getElementById('search-form');
if (!form) return;
var script = document.currentScript;
var base = form.getAttribute('data-base') || (script ? new URL('..', script.src).pathname : '/');
var $ = function (id) { return document.getElementById(id); };
var boxes = function (k) { return Array.from(form.querySelectorAll('input[name="' + k + '"]')); };
var input = $('search-q'), status = $('search-status'), list = $('search-results'), more = $('search-more');
var upcoming = $('search-upcoming'), openOnly = $('search-open'), filters = $('search-filters') || {};
var engine, version = '', seq = 0, shown = 0, last, timer;
var PAGE = 10;
var TYPES = { groups: '団体', events: 'イベント', grants: '助成金', cases: '協働事例', fields: '活動分野', news: 'お知らせ', pages: 'ページ' };

form.classList.add('search-js');
engine = new Engine(function (path, binary) {
  return fetch(base + 'search/' + path + version).then(function (r) {
    if (!r.ok) throw new Error(path + ': ' + r.status);
    return binary ? r.arrayBuffer().then(function (b) { return new Uint8Array(b); }) : r.json();
  });
});
// The manifest comes before any typing: a query then needs two round trips.
var manifest = fetch(base + 'search/manifest.json').then(function (r) { return r.json(); });
engine.m = manifest.then(function (m) { version = '?v=' + m.version; return m; });

function current() {
  var st = { q: input.value.trim() };
  FACETS.forEach(function (k) {
    st[k] = boxes(k).filter(function (e) { return e.checked; })
      .map(function (e) { return e.value; });
  });
  st.upcoming = !!(upcoming && upcoming.checked);
  st.open = !!(openOnly && openOnly.checked);
  return st;
}

function apply(st) {
  input.value = st.q;
  FACETS.forEach(function (k) {
    boxes(k).forEach(function (e) { e.checked = st[k].indexOf(e.value) >= 0; });
  });
  if (upcoming) upcoming.checked = st.upcoming;
  if (openOnly) openOnly.checked = st.open;
  if (filtered(st)) filters.open = true;
}

// Area and recruiting values come from the data.
function buildOptions(f, st) {
  ['area', 'recruiting'].forEach(function (k) {
    var box = $('search-filter-' + k);
    if (!box || box.getAttribute('data-built')) return;
    box.setAttribute('data-built', '1');
    var labels = JSON.parse(box.getAttribute('data-labels') || '{}');
    Object.keys(f.values[k]).forEach(function (v, i) {
      var id = 'search-' + k + '-' + i, l = document.createElement('label');
      l.htmlFor = id;
      l.innerHTML = '<input type="checkbox" name="' + k + '" id="' + id + '" value="' + escape(v) + '"' +
        (st[k].indexOf(v) >= 0 ? ' checked' : '') + '> ' + escape(Object.prototype.hasOwnProperty.call(labels, v) ? labels[v] : v) + ' <span class="search-count"></span>';
      box.appendChild(l);
    });
    box.hidden = !Object.keys(f.values[k]).length;
  });
}

function run(history) {
  var st = current(), mine = ++seq;
  if (history) {
    var url = location.pathname + writeState(st);
    if (url !== location.pathname + location.search) window.history[history](null, '', url);
  }
  return engine.search(st, Date.now() / 60000, filters.open).then(function (res) {
    if (mine !== seq) return;
    if (res.counts) buildOptions(engine.facetData, st);
    res.state = st;
    last = res;
    shown = 0;
    list.innerHTML = '';
    FACETS.forEach(function (k) {
      boxes(k).forEach(function (e) {
        var c = e.parentNode.querySelector('.search-count');
        if (c) c.textContent = res.counts ? '(' + (res.counts[k][e.value] || 0) + ')' : '';
      });
    });
    return page();
  }).catch(function (e) {
    if (mine === seq) status.textContent = '検索データを読み込めませんでした。';
    if (window.console) console.error(e);
  });
}

function page() {
  var res = last, st = res.state;
  status.textContent = !st.q && !res.total ? '' :
    (st.q ? '「' + st.q + '」の検索結果: ' : '絞り込み結果: ') + (res.approximate ? '約' : '') + res.total + '件';
  // The next page may need the tails.
  if (res.partial && shown + PAGE > res.ids.length) {
    return engine.search(res.state, Date.now() / 60000, filters.open, true).then(function (full) {
      if (res !== last) return;
      full.state = res.state;
      last = full;
      // The approximate first page is replaced by the exact one, and more.
      if (res.approximate) {
        var next = shown + PAGE;
        list.innerHTML = '';
        shown = 0;
        return page().then(function () { if (shown < next && last === full) return page(); });
      }
      return page();
    });
  }
  var ids = res.ids.slice(shown, shown + PAGE);
  return engine.records(ids).then(function (recs) {
    if (res !== last) return;
    recs.forEach(function (r, i) {
      var li = document.createElement('li');
      li.className = 'search-result search-type-' + r.type;
      li.id = 'search-result-' + (shown + i);
      li.innerHTML = '<a href="' + escape(base + r.url) + '">' + highlight(r.title, res.groups) + '</a> ' +
        '<span class="search-type">' + escape(TYPES[r.type] || r.type) + '</span>' +
        (r.date ? ' <span class="search-date">' + escape(r.date) + '</span>' : '') +
        (r.status ? ' <strong class="badge">' + escape(r.status) + '</strong>' : '') +
        '<p>' + highlight(r.excerpt, res.groups) + '</p>';
      list.appendChild(li);
    });
    shown += recs.length;
    more.hidden = shown >= res.total;
  });
}

input.addEventListener('input', function () {
  clearTimeout(timer);
  // Results within 100 ms of the last keystroke.
  timer = setTimeout(function () { run('replaceState'); }, 50);
});
form.addEventListener('change', function (e) { if (e.target !== input) run('pushState'); });
form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run('pushState'); });
more.addEventListener('click', function () {
  var next = shown;
  page().then(function () { var a = $('search-result-' + next); if (a) a.querySelector('a').focus(); });
});
// Counts are worth their download once the panel is open.
if (filters.addEventListener) filters.addEventListener('toggle', function () { if (filters.open) run(); });
window.addEventListener('popstate', function () { apply(readState(location.search)); run(); });

apply(readState(location.search));
if (location.search) run();
})();
