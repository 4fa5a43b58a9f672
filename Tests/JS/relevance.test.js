'use strict';
// The relevance sets: the fixture corpus always, the sample site's content
// when a built site is at $CIVICSITE_SITE (default: site/ in the project).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { search, fixtures, engineFor, state, readJSON, root, NOW } = require('./support.js');

function run(name, casesFile, indexFolder) {
  test(name, async (t) => {
    if (!fs.existsSync(path.join(indexFolder, 'manifest.json'))) {
      t.skip(`no built index at ${path.relative(root, indexFolder)}; build the site first`);
      return;
    }
    const { cases } = readJSON(casesFile);
    const engine = engineFor(indexFolder);
    const failures = [];
    for (const c of cases) {
      const filters = Object.assign({}, c.filters);
      const res = await engine.search(state(c.query, filters), NOW);
      const got = (await engine.records(res.ids.slice(0, 3))).map((r) => r.id);
      const label = `${JSON.stringify(c.query)}${c.filters ? ' ' + JSON.stringify(c.filters) : ''}`;
      if (c.empty && res.total !== 0) failures.push(`${label}: expected nothing, got ${got}`);
      if (c.first && got[0] !== c.first) failures.push(`${label}: expected ${c.first} first, got ${got}`);
      if (c.count !== undefined && res.total !== c.count) failures.push(`${label}: expected ${c.count} results, got ${res.total}`);
    }
    assert.ok(cases.length >= 30, 'the relevance set has at least 30 queries');
    assert.deepEqual(failures, []);
  });
}

run('relevance over the fixture corpus', path.join(fixtures, 'fixture-relevance.json'), path.join(fixtures, 'built'));
const site = process.env.CIVICSITE_SITE || path.join(root, 'site');
const sample = path.join(fixtures, 'relevance.json');
if (fs.existsSync(sample)) run('relevance over the sample content', sample, path.join(site, 'search'));
