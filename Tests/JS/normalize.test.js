'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { search, fixtures, readJSON } = require('./support.js');

test('normaliser agrees with the shared case table', () => {
  const { cases } = readJSON(path.join(fixtures, 'normalize-cases.json'));
  assert.ok(cases.length > 30);
  for (const c of cases) {
    assert.equal(search.normalize(c.input, c.keepSmall), c.expected, `normalising ${c.input}`);
  }
});

test('normaliser is idempotent', () => {
  for (const text of ['ｶﾞｯｺｳ', 'ＳＴＥＰ　ｕｐ！', 'サ−ビス', 'ヴァイオリン']) {
    const once = search.normalize(text);
    assert.equal(search.normalize(once), once);
  }
});

test('query plan: bigrams per CJK run, Han unigrams, words with a prefix term', () => {
  const plan = search.plan('子ども食堂 ＮＰＯ 市 ひ');
  assert.deepEqual(plan.map((g) => g.kind), ['r', 'w', 'u']);
  assert.deepEqual(plan[0].terms, ['子ど', 'ども', 'も食', '食堂']);
  assert.deepEqual(plan[1].terms, ['npo', 'npo*']);
  assert.deepEqual(plan[2].terms, ['市']);
  assert.equal(plan[0].head, false);
  assert.deepEqual(search.plan('京都').map((g) => [g.head, g.tail]), [[true, true]]);
  assert.deepEqual(search.plan('ボランティア')[0].terms, ['ぼら', 'らん', 'んて', 'てい', 'いあ']);
  assert.deepEqual(search.plan('internationalisation')[0].terms, ['internationalisation', 'internationa*']);
  assert.deepEqual(search.plan('・、。!?'), []);
});

test('fnv1a32 matches the reference values', () => {
  assert.equal(search.fnv1a32(''), 0x811c9dc5);
  assert.equal(search.fnv1a32('a'), 0xe40c292c);
  assert.equal(search.fnv1a32('foobar'), 0xbf9cf968);
});
