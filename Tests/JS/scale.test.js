'use strict';
// Measures queries on the synthetic indexes SearchScaleTests builds under
// .build/search-scale/<n>/search: bytes a static host would send (gzip),
// requests, sequential round trips and time; skipped when none are built.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { search, root, state, NOW } = require('./support.js');

const scale = path.join(root, '.build/search-scale');
const QUERIES = ['子ども食堂', '防災', 'ボランティア', '公民館', 'ワークショップ', '日本語', 'NPO', '図書館で読み聞かせ', '北', 'volun'];
const gz = new Map();
function gzipSize(file) {
  if (!gz.has(file)) gz.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length);
  return gz.get(file);
}

function measure(folder) {
  const log = [];
  let round = 0;
  const engine = new search.Engine((file, binary) => {
    const bytes = fs.readFileSync(path.join(folder, file));
    log.push({ file, gzip: gzipSize(path.join(folder, file)), round });
    return Promise.resolve(binary ? new Uint8Array(bytes) : JSON.parse(bytes.toString('utf8')));
  });
  return async function query(q) {
    const start = log.length, t0 = process.hrtime.bigint();
    round = 1;
    const res = await engine.search(state(q), NOW);
    const t1 = process.hrtime.bigint();
    round = 2;
    await engine.records(res.ids.slice(0, 10));
    const mine = log.slice(start);
    const rounds = new Set(mine.filter((l) => l.file !== 'manifest.json').map((l) => l.round)).size;
    return { q, total: res.total, requests: mine.length, rounds, gzip: mine.reduce((s, l) => s + l.gzip, 0),
      ms: Number(t1 - t0) / 1e6 };
  };
}

const sizes = fs.existsSync(scale) ? fs.readdirSync(scale).filter((d) => /^\d+$/.test(d)).sort((a, b) => a - b) : [];
test('query cost on synthetic directories', { skip: sizes.length ? false : 'no synthetic indexes built' }, async () => {
  const rows = [];
  for (const n of sizes) {
    const folder = path.join(scale, n, 'search');
    for (let i = 0; i < QUERIES.length; i++) {
      // Cold: a fresh engine per query; later: one engine, after the cold one.
      const cold = await measure(folder)(QUERIES[i]);
      const warm = measure(folder);
      await warm(QUERIES[(i + 1) % QUERIES.length]);
      const later = await warm(QUERIES[i]);
      rows.push({ n, q: QUERIES[i], hits: cold.total, coldKB: (cold.gzip / 1024).toFixed(1), coldReq: cold.requests,
        rounds: cold.rounds, laterKB: (later.gzip / 1024).toFixed(1), ms: later.ms.toFixed(1) });
      assert.ok(cold.rounds <= 2, 'at most two round trips after the manifest');
    }
  }
  console.table(rows);
});
