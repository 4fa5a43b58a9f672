'use strict';
// Loads search.js (which loads search-engine.js) and gives its engine a fetch that reads index files from
// a folder, counting requests and bytes.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const search = require(path.join(root, 'themes/default/assets/search.js'));
const fixtures = path.join(root, 'Tests/Fixtures/search');

function engineFor(folder) {
  const log = [];
  const engine = new search.Engine((file, binary) => {
    const bytes = fs.readFileSync(path.join(folder, file));
    log.push({ file, bytes: bytes.length });
    return Promise.resolve(binary ? new Uint8Array(bytes) : JSON.parse(bytes.toString('utf8')));
  });
  engine.log = log;
  return engine;
}

function state(q, extra) {
  const st = { q };
  search.FACETS.forEach((k) => { st[k] = []; });
  return Object.assign(st, extra || {});
}

// 2026-11-22 00:00 in Japan, as minutes since 1970 UTC.
const NOW = Date.UTC(2026, 10, 21, 15, 0) / 60000;

async function ids(engine, query, extra, now) {
  const res = await engine.search(state(query, extra), now === undefined ? NOW : now);
  const docs = await engine.records(res.ids);
  return docs.map((d) => d.id);
}

function readJSON(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

module.exports = { search, fixtures, engineFor, state, ids, readJSON, root, NOW };
