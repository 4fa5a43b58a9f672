'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { search, fixtures, engineFor, state, ids, readJSON, NOW } = require('./support.js');

const built = path.join(fixtures, 'built');

test('every shard decodes and holds only terms whose hash names it', () => {
  const manifest = readJSON(path.join(built, 'manifest.json'));
  assert.ok(manifest.shards > 2, 'the fixture is built with several shards');
  let terms = 0;
  for (let n = 0; n < manifest.shards; n++) {
    const shard = search.decodeShard(new Uint8Array(fs.readFileSync(path.join(built, `shards/${n}.bin`))));
    for (const [term, p] of shard) {
      assert.equal(search.fnv1a32(term) % manifest.shards, n, term);
      assert.ok(p.docs.every((d, i) => i === 0 || d > p.docs[i - 1]), `${term}: ids ascend`);
      assert.ok(p.docs.every((d) => d < manifest.documents));
      terms++;
    }
  }
  assert.ok(terms > 500);
});

test('a query loads only the shards of its terms, and them once', async () => {
  const engine = engineFor(built);
  await engine.search(state('食堂'), NOW);
  const shardLoads = engine.log.filter((l) => l.file.startsWith('shards/'));
  assert.equal(shardLoads.length, 1);
  assert.equal(engine.log.filter((l) => l.file === 'facets.json').length, 0, 'no filter data without filters');
  const res = await engine.search(state('食堂'), NOW, true);
  assert.equal(engine.log.filter((l) => l.file.startsWith('shards/')).length, 1, 'cached');
  assert.equal(engine.log.filter((l) => l.file === 'facets.json').length, 1, 'filter data when counts are asked for');
  assert.equal(res.counts.type.groups, 1);
  await engine.search(state('食堂', { type: ['groups'] }), NOW);
  assert.equal(engine.log.filter((l) => l.file === 'facets.json').length, 1, 'and only once');
  const manifest = readJSON(path.join(built, 'manifest.json'));
  assert.equal(shardLoads[0].file, `shards/${search.fnv1a32('食堂') % manifest.shards}.bin`);
});

test('records are read from the chunk that holds them', async () => {
  const engine = engineFor(built);
  const [rec] = await engine.records([0]);
  assert.deepEqual(rec, { id: 'cases/shokudo-gakko-kyodo', type: 'cases', url: 'cases/shokudo-gakko-kyodo/',
    title: '小学校と子ども食堂の協働', excerpt: '学校の家庭科室を使って子ども食堂を開いた事例です。', date: null, status: null, timing: null });
  const manifest = readJSON(path.join(built, 'manifest.json'));
  const last = manifest.documents - 1;
  const [end] = await engine.records([last]);
  assert.equal(end.id, 'pages/about');
  assert.deepEqual(engine.log.map((l) => l.file).filter((f) => f.startsWith('docs/')),
    ['docs/0.json', `docs/${Math.floor(last / manifest.chunk)}.json`]);
});

test('all bigrams of a query must occur', async () => {
  const engine = engineFor(built);
  assert.deepEqual(await ids(engine, '新幹線'), ['groups/ekimae-seiso', 'groups/kansen-kenkyu', 'groups/kadan-mamoru']);
  assert.ok(!(await ids(engine, '新しい')).includes('groups/ekimae-seiso'));
  assert.deepEqual(await ids(engine, '新幹線ペンギン'), []);
});

test('adjacent bigrams rank higher than the same bigrams apart', async () => {
  // kansen-kenkyu has 新幹 and 幹線 more often, in its title, tags and
  // summary, but never as 新幹線: on term frequency alone it would come first.
  const engine = engineFor(built);
  const res = await engine.search(state('新幹線'), NOW);
  assert.equal(res.ids.length, 3);
  const [first, second] = await engine.records(res.ids.slice(0, 2));
  assert.equal(first.id, 'groups/ekimae-seiso');
  assert.equal(second.id, 'groups/kansen-kenkyu');
});

test('a Han query prefers records where it starts a Han run: 京都 before 東京都', async () => {
  // tokyo-kenjinkai says 東京都 five times, in every field; the Kyoto record
  // says 京都 twice, but as the start of 京都市 and 京都の.
  const engine = engineFor(built);
  assert.deepEqual(await ids(engine, '京都'),
    ['groups/machiya-kyoto-kyogikai', 'groups/tokyo-kenjinkai', 'groups/koiki-renkei-forum']);
  assert.deepEqual(await ids(engine, '東京都'), ['groups/tokyo-kenjinkai', 'groups/koiki-renkei-forum']);
});

test('Latin words match exactly or by prefix, exact first', async () => {
  const engine = engineFor(built);
  assert.deepEqual(await ids(engine, 'volun'), ['groups/it-support-minami']);
  assert.deepEqual(await ids(engine, 'Japanese'), ['groups/tabunka-kyosei']);
  assert.deepEqual(await ids(engine, 'japanesex'), []);
});

test('folded forms find the same records', async () => {
  const engine = engineFor(built);
  const plain = await ids(engine, 'ボランティア');
  assert.ok(plain.length >= 3);
  assert.deepEqual(await ids(engine, 'ﾎﾞﾗﾝﾃｨｱ'), plain);
  assert.deepEqual(await ids(engine, 'ぼらんてぃあ'), plain);
});

test('filters combine: OR within a facet, AND across facets, with counts per value', async () => {
  const engine = engineFor(built);
  const plain = await engine.search(state('食堂'), NOW);
  assert.equal(plain.counts, null);
  const all = await engine.search(state('食堂'), NOW, true);
  assert.equal(all.total, 4);
  assert.deepEqual(all.ids, plain.ids);
  assert.deepEqual({ ...all.counts.type }, { cases: 1, events: 1, grants: 1, groups: 1 });
  assert.equal(all.counts.field.children, 3);
  const groupsOnly = await engine.search(state('食堂', { type: ['groups'] }), NOW);
  assert.equal(groupsOnly.total, 1);
  // Counts for a facet ignore that facet's own selection, so other types
  // still show what selecting them would give.
  assert.deepEqual(groupsOnly.counts.type, all.counts.type);
  assert.equal(groupsOnly.counts.field.children, 1);
  const two = await engine.search(state('食堂', { type: ['groups', 'grants'] }), NOW);
  assert.equal(two.total, 2);
  const both = await engine.search(state('食堂', { type: ['groups', 'grants'], group_type: ['npo'] }), NOW);
  assert.deepEqual((await engine.records(both.ids)).map((r) => r.id), ['grants/chiiki-fukushi-josei']);
});

test('upcoming only hides past events; open only hides closed and future grants', async () => {
  const engine = engineFor(built);
  assert.deepEqual(await ids(engine, '', { type: ['events'], upcoming: true }),
    ['events/bosai-workshop-2026', 'events/shimin-katsudo-festa']);
  const after = Date.UTC(2026, 11, 5, 7, 1) / 60000; // 16:01 in Japan, the workshop has ended
  assert.deepEqual(await ids(engine, '', { type: ['events'], upcoming: true }, after), ['events/shimin-katsudo-festa']);
  assert.deepEqual(await ids(engine, '', { type: ['grants'], open: true }),
    ['grants/chiiki-fukushi-josei', 'grants/shimin-katsudo-sodan']);
  const february = Date.UTC(2027, 1, 1) / 60000;
  assert.deepEqual(await ids(engine, '', { type: ['grants'], open: true }, february),
    ['grants/bunka-josei-2027', 'grants/shimin-katsudo-sodan']);
});

test('an empty query lists nothing until a filter is chosen', async () => {
  const engine = engineFor(built);
  const res = await engine.search(state(''), NOW);
  assert.equal(res.total, 0);
  assert.equal((await engine.search(state('', { area: ['北地区'] }), NOW)).total, 2);
});

test('highlight marks matches found on normalised text, in the original text', () => {
  const plan = search.plan('食堂');
  assert.equal(search.highlight('子ども食堂ひだまり', plan), '子ども<mark>食堂</mark>ひだまり');
  assert.equal(search.highlight('ｶﾀｶﾅとカタカナ', search.plan('かたかな')), '<mark>ｶﾀｶﾅ</mark>と<mark>カタカナ</mark>');
  assert.equal(search.highlight('NPO <b>', search.plan('npo')), '<mark>NPO</mark> &#60;b&#62;');
  assert.equal(search.highlight('𠮷野家の食堂', plan), '𠮷野家の<mark>食堂</mark>');
  assert.equal(search.highlight('なし', plan), 'なし');
});

test('search state round-trips through the URL', () => {
  const st = search.readState('?q=%E9%98%B2%E7%81%BD&type=events&type=groups&field=children&upcoming=1');
  assert.equal(st.q, '防災');
  assert.deepEqual(st.type, ['events', 'groups']);
  assert.deepEqual(st.field, ['children']);
  assert.equal(st.upcoming, true);
  assert.equal(st.open, false);
  assert.equal(search.writeState(st), '?q=%E9%98%B2%E7%81%BD&type=events&type=groups&field=children&upcoming=1');
  assert.equal(search.writeState(search.readState('')), '');
});

test('common (partial) terms score but are required only when nothing else is', async () => {
  const engine = engineFor(built);
  const manifest = readJSON(path.join(built, 'manifest.json'));
  assert.ok(manifest.partial.includes('活動') && manifest.partial.includes('ます'));
  // Only partial terms: their heads first; too few results there, so their
  // tails come too and every record with 活動 is found.
  const corpus = readJSON(path.join(fixtures, 'corpus.json'));
  const having = corpus.filter((d) => [d.title, d.kana, (d.tags || []).join(' '), d.summary, d.body]
    .some((f) => search.normalize(f || '').includes('活動'))).map((d) => d.id).sort();
  assert.ok(having.length > 4, 'more records than the head keeps');
  const katsudo = engineFor(built);
  assert.deepEqual((await ids(katsudo, '活動')).sort(), having);
  assert.ok(katsudo.log.some((l) => l.file.startsWith('tails/')));
  // 活動 is partial, 動助 and 助成 are not: every record with 活動助成 is found,
  // whether or not it is among the best postings of 活動.
  assert.deepEqual((await ids(engine, '活動助成')).sort(),
    ['grants/bunka-josei-2027', 'grants/chiiki-fukushi-josei']);
});

test('a run of only common terms shows a first page from the heads, its count approximate', async () => {
  const manifest = readJSON(path.join(built, 'manifest.json'));
  assert.ok(['てい', 'いま', 'ます'].every((t) => manifest.partial.includes(t)));
  const corpus = readJSON(path.join(fixtures, 'corpus.json'));
  const having = corpus.filter((d) => [d.title, d.kana, (d.tags || []).join(' '), d.summary, d.body]
    .some((f) => search.normalize(f || '').includes('ています'))).map((d) => d.id).sort();
  const engine = engineFor(built);
  const res = await engine.search(state('ています'), NOW);
  assert.equal(res.approximate, true);
  assert.equal(res.partial, true);
  assert.ok(res.ids.length > 0 && res.ids.length <= 10);
  assert.ok(!engine.log.some((l) => l.file.startsWith('tails/')), 'no tails for the first page');
  const first = (await engine.records(res.ids.slice(0, 1)))[0];
  assert.ok(having.includes(first.id), `${first.id} has the phrase`);
  // More results: the exact set, tails and all.
  const full = await engine.search(state('ています'), NOW, false, true);
  assert.ok(!full.approximate);
  assert.ok(engine.log.some((l) => l.file.startsWith('tails/')));
  assert.deepEqual((await engine.records(full.ids)).map((d) => d.id).sort(), having);
});

test('facet values named like Object properties are plain data', async () => {
  // An area called "constructor" or "toString" must count and filter like any other.
  const facets = readJSON(path.join(built, 'facets.json'));
  facets.values.area = { constructor: [0], toString: [1] };
  const engine = new search.Engine((file) => Promise.resolve(file === 'facets.json' ? facets : null));
  const f = await engine.facets();
  assert.deepEqual(Object.keys(f.values.area).sort(), ['constructor', 'toString']);
  assert.ok(f.values.area.constructor.has(0));
  assert.equal(f.values.group_type.constructor, undefined, 'no inherited property answers for a value');
});
