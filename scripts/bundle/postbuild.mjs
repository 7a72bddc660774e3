// Trunk's post_build hook (Trunk.toml [[hooks]]): finishes the page Trunk
// staged, before it replaces dist/.
//
//   0. the glue's classes no script can hold left out (classes.mjs), short
//      import names in the wasm and its glue (imports.mjs), the glue
//      without comments and indentation (layout.mjs), a check that
//      the glue calls only what the wasm exports, and index.html's
//      integrity hashes of the two files made anew; the style sheet without
//      its comments and layout whitespace (css.mjs), its hash anew; their
//      names stay Trunk's (its hash of what it wrote, of which what is
//      written here is a function: a new build still gets new names);
//   1. the single self-contained HTML file (lib.mjs: singleFile), written
//      beside index.html as article-annotator.html;
//   2. the extraction worker's script (lib.mjs: WORKER_SCRIPT), named by
//      its content's hash like Trunk's files;
//   3. index.html's Content-Security-Policy, with the hashes of the inline
//      scripts Trunk wrote (they change with every build), the single
//      file's name and size for the page's download link, and the worker's
//      script and glue for src/worker.rs;
//   4. sw.js, the service worker (web/sw.js), with this release's version
//      and precache list: every file of the build but sw.js and the single
//      file, found on disk, so whatever the build emits (a worker script, an
//      icon) is cached for offline use without being listed by hand.
//
// Run by `trunk build` with TRUNK_STAGING_DIR set; by hand on a built
// folder: `node scripts/bundle/postbuild.mjs DIR` (once: a second run
// refuses, since index.html already has its policy).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCalls, dropUnreachableClasses } from './classes.mjs';
import { minifyCss } from './css.mjs';
import { minifyImports } from './imports.mjs';
import { compactGlue } from './layout.mjs';
import * as b from './lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every file under `dir`, as `/`-separated paths relative to it. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(path.join(dir, name)).isDirectory() ? filesUnder(path.join(dir, name), rel) : [rel];
  });
}

/** Finishes the build in `dir` (see the top of this file). */
export function finish(dir) {
  const read = (rel) => readFileSync(path.join(dir, rel));
  const indexPath = path.join(dir, 'index.html');
  let index = readFileSync(indexPath, 'utf8');

  const parts = b.pageParts(index);
  const { glue: held } = dropUnreachableClasses(read(parts.glue).toString('utf8'));
  const short = minifyImports(read(parts.wasm), held);
  const glue = compactGlue(short.glue);
  checkCalls(glue, short.wasm);
  writeFileSync(path.join(dir, parts.wasm), short.wasm);
  writeFileSync(path.join(dir, parts.glue), glue);
  index = b.withIntegrity(index, parts.wasm, short.wasm);
  index = b.withIntegrity(index, parts.glue, Buffer.from(glue, 'utf8'));
  const css = minifyCss(read(parts.css).toString('utf8'));
  writeFileSync(path.join(dir, parts.css), css);
  index = b.withIntegrity(index, parts.css, Buffer.from(css, 'utf8'));
  const single = b.singleFile({
    title: parts.title,
    css,
    icon: read(parts.icon),
    glue,
    wasm: read(parts.wasm),
  });
  writeFileSync(path.join(dir, b.SINGLE_FILE), single);

  const worker = `extract-worker-${createHash('sha256').update(b.WORKER_SCRIPT).digest('hex').slice(0, 16)}.js`;
  writeFileSync(path.join(dir, worker), b.WORKER_SCRIPT);

  writeFileSync(indexPath, b.finishIndex(index, Buffer.byteLength(single), { script: worker, glue: parts.glue }));

  const precache = b.precacheList(filesUnder(dir));
  const contents = Object.fromEntries(precache.map((url) => [url, read(url === './' ? 'index.html' : url)]));
  const template = readFileSync(path.join(ROOT, 'web', 'sw.js'), 'utf8');
  writeFileSync(path.join(dir, b.SERVICE_WORKER), b.serviceWorker(template, b.releaseVersion(contents), precache));
  return { precache, singleFileBytes: Buffer.byteLength(single) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('postbuild: no folder: run by trunk build (TRUNK_STAGING_DIR) or as postbuild.mjs DIR');
    process.exit(2);
  }
  try {
    const { precache, singleFileBytes } = finish(dir);
    console.log(`postbuild: CSP in index.html; ${b.SINGLE_FILE} ${(singleFileBytes / 1024).toFixed(1)} KiB; ${b.SERVICE_WORKER} precaches ${precache.length} files`);
  } catch (err) {
    console.error(`postbuild: ${err.message}`);
    process.exit(1);
  }
}
