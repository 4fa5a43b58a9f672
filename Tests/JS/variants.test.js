'use strict';
// The theme's table of spellings (themes/default/search/variants.txt), the
// file the Swift index builder reads too (SearchVariantTableTests): every
// spelling of every line, typed alone or inside a longer word, is looked up
// by its group's term.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { search, root } = require('./support.js');

function table() {
  return fs.readFileSync(path.join(root, 'themes/default/search/variants.txt'), 'utf8').split('\n')
    .map((l) => l.replace(/#.*/, '').trim()).filter(Boolean)
    .map((l) => l.split(/[、,，]/).map((f) => f.trim()).filter(Boolean));
}

// What the builder puts in the manifest: normalised, duplicates dropped.
function manifestLines(groups) {
  return groups.map((g) => [...new Set(g.map((f) => search.normalize(f)))].join(','));
}

test('the shared table is a few hundred spellings in groups of two or more', () => {
  const groups = table();
  assert.ok(groups.length >= 150, `${groups.length} groups`);
  assert.ok(groups.flat().length >= 300, `${groups.flat().length} spellings`);
  for (const line of manifestLines(groups)) assert.ok(line.split(',').length >= 2, line);
});

test('every spelling of the table finds its group, alone and inside a word', () => {
  const groups = table(), lines = manifestLines(groups), vi = search.variants(lines);
  const failures = [];
  groups.forEach((g, n) => {
    const key = '~' + lines[n].split(',')[0];
    for (const form of g) {
      for (const query of [form, form + '講座', 'さくら野の' + form]) {
        const plan = search.plan(query, vi);
        const keys = plan.flatMap((p) => (p.alt || []).flatMap((a) => a.terms));
        if (!keys.includes(key)) failures.push(`${query}: ${JSON.stringify(keys)}, not ${key}`);
      }
    }
  });
  assert.deepEqual(failures, []);
});

test('the alternative replaces the spelling and plans the rest', () => {
  const vi = search.variants(['子ども,子供,こども', 'npo,えぬぴーお,特定非営利活動法人']);
  const [g] = search.plan('子供食堂', vi);
  assert.deepEqual(g.terms, ['子供', '供食', '食堂']);
  assert.deepEqual(g.alt.map((a) => [a.kind, a.terms]), [['v', ['~子ども']], ['r', ['食堂']]]);
  assert.deepEqual(g.alt[0].texts, ['子ども', '子供', 'こども']);
  assert.deepEqual(search.plan('NPO', vi)[0].alt.map((a) => a.terms), [['~npo']]);
  // A Latin spelling only as the whole word; no table, no alternative.
  assert.equal(search.plan('npos', vi)[0].alt, undefined);
  assert.equal(search.plan('子供食堂')[0].alt, undefined);
});

test('highlights mark every spelling of the group', () => {
  const vi = search.variants(['子ども,子供,こども']);
  const groups = search.plan('子供', vi);
  assert.equal(search.highlight('こども食堂と子ども会', groups), '<mark>こども</mark>食堂と<mark>子ども</mark>会');
});
