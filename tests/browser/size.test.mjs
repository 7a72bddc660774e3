// Page weight: what a visitor of the hosted page downloads, gzipped, must
// stay within the budget. A size check, not a timing: it reads dist/ as
// built by `trunk build --release` and prints each file's raw and gzip -9
// size (as scripts/dist-size.sh does). The single self-contained file is
// downloaded only by those who ask for it: it is left out of the visitor's
// total and reported apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as h from './harness.mjs';

/** The page budget: what a visitor downloads, gzipped (DEVELOPERS' guide). */
const BUDGET_KIB = 640;

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, path.join(prefix, name)) : [path.join(prefix, name)];
  });
}

/** The single file, as the hosted page names it (`<meta name="annotator-single-file">`). */
function singleFileName() {
  const index = readFileSync(path.join(h.DIST_DIR, 'index.html'), 'utf8');
  const name = /<meta name="annotator-single-file" content="([^"]+)"/.exec(index)?.[1];
  assert.ok(name, 'index.html names no single file: was dist/ built by trunk build --release?');
  return name;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1).padStart(9)} KiB`;

/** { raw, gz } bytes of `f` in dist/, printed. */
function measure(f) {
  const bytes = readFileSync(path.join(h.DIST_DIR, f));
  const gz = gzipSync(bytes, { level: 9 }).length;
  console.log(`${f.padEnd(44)} ${kib(bytes.length)} ${kib(gz)} gz`);
  return { raw: bytes.length, gz };
}

test(`what a visitor downloads stays within ${BUDGET_KIB} KiB gzipped; the single file is counted apart`, () => {
  const single = singleFileName();
  const files = filesUnder(h.DIST_DIR).sort().filter((f) => f !== single);
  assert.ok(files.some((f) => f.endsWith('.wasm')), `no .wasm in ${h.DIST_DIR}: build first`);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const m = measure(f);
    raw += m.raw;
    gz += m.gz;
  }
  console.log(`${'hosted page (what a visitor downloads)'.padEnd(44)} ${kib(raw)} ${kib(gz)} gz`);
  const one = measure(single);
  assert.ok(one.raw > raw / 2, 'the single file holds the page');
  assert.ok(gz / 1024 <= BUDGET_KIB, `the page is ${(gz / 1024).toFixed(1)} KiB gzipped, over the ${BUDGET_KIB} KiB budget`);
});
