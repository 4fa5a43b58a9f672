'use strict';
// The relevance sets: the fixture corpus always; the sample content when
// $CIVICSITE_SITE names a site built from content/ with --now 2026-12-01
// (.ci/run sets it). Without the variable that test builds nothing and skips.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { fixtures, engineFor, state, readJSON } = require('./support.js');

// 2026-12-01 00:00 in Japan, the --now of the sample build.
const SAMPLE_NOW = Date.UTC(2026, 10, 30, 15, 0) / 60000;

async function check(casesFile, indexFolder, now, minimum = 30) {
  const { cases } = readJSON(casesFile);
  const engine = engineFor(indexFolder);
  const failures = [];
  for (const c of cases) {
    const res = await engine.search(state(c.query, Object.assign({}, c.filters)), now, false, true);
    const got = (await engine.records(res.ids.slice(0, 3))).map((r) => r.id);
    const label = `${JSON.stringify(c.query)}${c.filters ? ' ' + JSON.stringify(c.filters) : ''}`;
    if (c.empty && res.total !== 0) failures.push(`${label}: expected nothing, got ${got}`);
    if (c.first && got[0] !== c.first) failures.push(`${label}: expected ${c.first} first, got ${got}`);
    for (const id of c.top || []) if (!got.includes(id)) failures.push(`${label}: expected ${id} in the first three, got ${got}`);
    if (c.count !== undefined && res.total !== c.count) failures.push(`${label}: expected ${c.count} results, got ${res.total}`);
    if (c.firstWrites) {
      const [first] = await engine.records(res.ids.slice(0, 1));
      if (!first || !first.title.includes(c.firstWrites)) failures.push(`${label}: expected a title with ${c.firstWrites} first, got ${first && first.title}`);
    }
    if (c.same) {
      const other = await engine.search(state(c.same, Object.assign({}, c.filters)), now, false, true);
      const a = [...res.ids].sort(), b = [...other.ids].sort();
      if (!a.length || a.join() !== b.join()) failures.push(`${label}: expected the ${b.length} records of ${c.same}, got ${a.length}`);
    }
  }
  assert.ok(cases.length >= minimum, `the relevance set has at least ${minimum} queries`);
  assert.deepEqual(failures, []);
}

test('relevance over the fixture corpus', async () => {
  const { NOW } = require('./support.js');
  await check(path.join(fixtures, 'fixture-relevance.json'), path.join(fixtures, 'built'), NOW);
});

const site = process.env.CIVICSITE_SITE;
test('relevance over the sample content', {
  skip: site ? false : 'CIVICSITE_SITE is not set: build content/ with --now 2026-12-01 and point it at the site folder',
}, async () => {
  const folder = path.resolve(site, 'search');
  assert.ok(fs.existsSync(path.join(folder, 'manifest.json')), `no search index under ${folder}`);
  await check(path.join(fixtures, 'relevance.json'), folder, SAMPLE_NOW);
});

test('spelling variants and synonyms over the sample content', {
  skip: site ? false : 'CIVICSITE_SITE is not set',
}, async () => {
  await check(path.join(fixtures, 'variant-relevance.json'), path.resolve(site, 'search'), SAMPLE_NOW, 40);
});

test('a variant group is fetched only when the typed spelling fills less than a page', {
  skip: site ? false : 'CIVICSITE_SITE is not set',
}, async () => {
  const { search } = require('./support.js');
  const engine = engineFor(path.resolve(site, 'search'));
  const manifest = await engine.manifest();
  const shard = (t) => `shards/${search.fnv1a32(t) % manifest.shards}.bin`;
  // 高齢者 is in more than ten records: シニア and お年寄り wait.
  const first = await engine.search(state('高齢者'), SAMPLE_NOW);
  assert.ok(first.approximate && first.total >= 10);
  const group = manifest.variants.find((v) => v.split(',').includes('高齢者')).split(',')[0];
  const typed = new Set(search.plan('高齢者').flatMap((g) => g.terms).map(shard));
  if (!typed.has(shard('~' + group))) assert.ok(!engine.log.some((l) => l.file === shard('~' + group)));
  const all = await engine.search(state('高齢者'), SAMPLE_NOW, false, true);
  assert.ok(!all.approximate && all.total > first.total, `${all.total} > ${first.total}`);
  assert.deepEqual(all.ids.slice(0, first.total), first.ids, 'the typed spelling keeps its places');
  // 障害 is in no record: its variants come at once.
  const rare = await engine.search(state('障害'), SAMPLE_NOW);
  assert.ok(rare.total > 0 && !rare.approximate);
});
