// Page weight: what a visitor of the hosted page downloads, gzipped, must
// stay within the budget. A size check, not a timing: it reads dist/ as
// built by `trunk build --release` and prints each file's raw and gzip -9
// size (as scripts/dist-size.sh does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

test(`what a visitor downloads stays within ${BUDGET_KIB} KiB gzipped`, () => {
  const files = filesUnder(h.DIST_DIR).sort();
  assert.ok(files.some((f) => f.endsWith('.wasm')), `no .wasm in ${h.DIST_DIR}: build first`);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(path.join(h.DIST_DIR, f));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += zipped;
    console.log(`${f.padEnd(44)} ${(bytes.length / 1024).toFixed(1).padStart(9)} KiB ${(zipped / 1024).toFixed(1).padStart(8)} KiB gz`);
  }
  console.log(`${'total'.padEnd(44)} ${(raw / 1024).toFixed(1).padStart(9)} KiB ${(gz / 1024).toFixed(1).padStart(8)} KiB gz`);
  assert.ok(gz / 1024 <= BUDGET_KIB, `the page is ${(gz / 1024).toFixed(1)} KiB gzipped, over the ${BUDGET_KIB} KiB budget`);
});
