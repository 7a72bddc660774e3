// The post-build steps (scripts/bundle): their rules on small inputs, then
// what they made of the real build in dist/ — the policy's hashes are those
// of the inline scripts Trunk wrote, the service worker precaches exactly
// the files a visitor needs, the single file holds the page and nothing
// else. No browser: the pages themselves are driven in offline.test.mjs and
// single-file.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkCalls, dropUnreachableClasses, exportNames } from '../../scripts/bundle/classes.mjs';
import { minifyImports, shortName } from '../../scripts/bundle/imports.mjs';
import { compactGlue } from '../../scripts/bundle/layout.mjs';
import * as b from '../../scripts/bundle/lib.mjs';
import * as h from './harness.mjs';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The directives of the CSP <meta> in `html`, as { name: [sources] }. */
function policyOf(html) {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
  assert.equal(metas.length, 1, 'exactly one policy');
  return Object.fromEntries(
    metas[0][1].split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

/** Every file under `dir`, `/`-separated, relative to it. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(path.join(dir, name)).isDirectory() ? filesUnder(path.join(dir, name), rel) : [rel];
  });
}

const read = (rel) => readFileSync(path.join(h.DIST_DIR, rel), 'utf8');

test('inline scripts are found and hashed; data blocks and external scripts are not', () => {
  const html = `<head><meta charset="utf-8"><script type="module">import a from './a.js';</script>
<script src="x.js"></script><script>one()</script><script type="application/octet-stream">AAAA</script>
<script type="text/javascript">two()</script></head>`;
  const texts = b.inlineScripts(html).map((s) => s.text);
  assert.deepEqual(texts, ["import a from './a.js';", 'one()', 'two()']);
  assert.equal(b.scriptHash('one()'), sha256('one()'));
  const done = b.finishIndex(html, 1234);
  const policy = policyOf(done);
  assert.deepEqual(policy['script-src'], ["'self'", "'wasm-unsafe-eval'", ...texts.map(sha256)]);
  assert.ok(done.indexOf('Content-Security-Policy') < done.indexOf('<script'), 'the policy comes before every script');
  assert.match(done, /<meta name="annotator-single-file" content="article-annotator.html" data-bytes="1234">/);
  assert.ok(!done.includes('annotator-worker'), 'no worker named unless given');
  const withWorker = b.finishIndex(html, 1, { script: 'extract-worker-1.js', glue: 'a-1.js' });
  assert.match(withWorker, /<meta name="annotator-worker" content="extract-worker-1.js" data-glue="a-1.js">/);
  assert.throws(() => b.finishIndex(done, 1), /already has a Content-Security-Policy/, 'never twice');
  assert.throws(() => b.finishIndex('<head><script>x()</script></head>'), /no <meta charset/);
});

test('the precache list is every file but the worker and the single file, index.html as ./', () => {
  const files = ['index.html', 'sw.js', 'article-annotator.html', 'a-1.js', 'a-1_bg.wasm', 'icons/icon.svg', 'worker-2.js'];
  assert.deepEqual(b.precacheList(files), ['./', 'a-1.js', 'a-1_bg.wasm', 'icons/icon.svg', 'worker-2.js']);
  const v1 = b.releaseVersion({ './': Buffer.from('a'), 'x.js': Buffer.from('b') });
  assert.match(v1, /^[0-9a-f]{16}$/);
  assert.notEqual(b.releaseVersion({ './': Buffer.from('a'), 'x.js': Buffer.from('c') }), v1, 'new bytes, new version');
  assert.notEqual(b.releaseVersion({ './': Buffer.from('a'), 'y.js': Buffer.from('b') }), v1, 'new name, new version');
  assert.equal(b.releaseVersion({ 'x.js': Buffer.from('b'), './': Buffer.from('a') }), v1, 'order does not matter');
  const sw = b.serviceWorker("// Explained here.\n/* global VERSION */\n\nconst A = 'http://x'; // kept\n  // indented\nf();\n", v1, ['./']);
  assert.equal(sw, `// Written by scripts/bundle/postbuild.mjs from web/sw.js.\nconst VERSION = "${v1}";\nconst PRECACHE = ["./"];\nconst A = 'http://x'; // kept\nf();\n`);
});

test('the glue becomes the body of one inline script, or the build stops', () => {
  const glue = `export class Foo {}
export function bar() { return '</script>'; }
async function __wbg_init(m) { return m ?? new URL('x_bg.wasm', import.meta.url); }
export { initSync, __wbg_init as default };
`;
  const body = b.inlineGlue(glue);
  assert.ok(!body.includes('import.meta'), 'it parses as a classic worker too');
  assert.match(body, /new URL\('x_bg.wasm', location.href\)/);
  assert.ok(!/^export/m.test(body), body);
  assert.match(body, /^class Foo/m);
  assert.match(body, /^function bar/m);
  assert.ok(!body.includes('</script'), 'cannot close its element early');
  assert.throws(() => b.inlineGlue(`import * as s from './snippets/x.js';\n${glue}`), /JS snippets/);
  assert.throws(() => b.inlineGlue('export function x() {}'), /no __wbg_init/);
  assert.throws(() => b.inlineGlue(`${glue}export default 1;\n`), /export form/);
});

/** A length-prefixed wasm name. */
const wasmName = (s) => [s.length, ...Buffer.from(s)];

/** A wasm module importing a function () -> () from `module` under each of `names`. */
function importing(module, names) {
  const types = [0x01, 0x04, 0x01, 0x60, 0x00, 0x00];
  const entries = names.flatMap((n) => [...wasmName(module), ...wasmName(n), 0x00, 0x00]);
  const body = [names.length, ...entries];
  return Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...types, 0x02, body.length, ...body]);
}

test("the wasm's imports and the glue's keys get the same short names, or the build stops", () => {
  const long = ['__wbg_f_0123456789abcdef', '__wbg_g_fedcba9876543210'];
  const glue = `function imports() {
    const import0 = {
        __proto__: null,
        ${long[0]}: function() { return 1; },
        ${long[1]}: function() {
            return 2;
        },
        __wbg_unused_0123456789abcdef: function() { return 3; },
    };
    return { "./x_bg.js": import0 };
}`;
  const { wasm, glue: out } = minifyImports(importing('./x_bg.js', long), glue);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.deepEqual(imports, [{ module: 'a', name: 'a', kind: 'function' }, { module: 'a', name: 'b', kind: 'function' }]);
  const kept = glue.replace(/^ {8}__wbg_unused.*\n/m, '');
  assert.equal(out, kept.replace(long[0], 'a').replace(long[1], 'b').replace('"./x_bg.js"', '"a"'), 'what the wasm does not import is left out');
  const again = minifyImports(wasm, out);
  assert.ok(again.wasm.equals(wasm) && again.glue === out, 'a second run changes nothing');
  assert.throws(() => minifyImports(importing('./x_bg.js', long), glue.replace(long[1], 'other')), /does not name the import __wbg_g_fedcba9876543210 once/);
  assert.throws(() => minifyImports(importing('./x_bg.js', long), `${glue}\n// ${long[0]}`), /does not name the import __wbg_f_0123456789abcdef once/);
  assert.throws(() => minifyImports(importing('./y_bg.js', long), glue), /import module/);
  assert.throws(() => minifyImports(Buffer.from('not wasm'), glue), /not a wasm module/);
  assert.throws(() => minifyImports(importing('./x_bg.js', long), glue.replace('import0', 'imports')), /no import object/);
  const names = Array.from({ length: 5000 }, (_, i) => shortName(i));
  assert.equal(new Set(names).size, names.length, 'each name once');
  assert.ok(names.every((n) => /^[A-Za-z][\w$]*$/.test(n)), 'each a plain identifier');
  const sri = `sha384-${createHash('sha384').update('x').digest('base64')}`;
  assert.equal(b.withIntegrity('<link rel="preload" href="./a.js" integrity="sha384-old">', 'a.js', Buffer.from('x')), `<link rel="preload" href="./a.js" integrity="${sri}">`);
  assert.throws(() => b.withIntegrity('<link href="./a.js">', 'b.js', Buffer.from('x')), /no <link> to b.js/);
});

test("the glue's classes no script can hold are left out; the glue may call only what the wasm exports", () => {
  const glue = `export class Held {
    static __wrap(ptr) { const o = Object.create(Held.prototype); o.ptr = ptr; return o; }
    free() { wasm.__wbg_held_free(this.ptr, 0); }
}
if (Symbol.dispose) Held.prototype[Symbol.dispose] = Held.prototype.free;

export class Made {
    constructor() { this.ptr = wasm.made_new(); }
}

export class Orphan {
    pull(c) {
        return wasm.orphan_pull(this.__wbg_ptr, c);
    }
}
if (Symbol.dispose) Orphan.prototype[Symbol.dispose] = Orphan.prototype.free;

export class Built {
    go() { wasm.built_go(this.ptr); }
}
const HeldFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_held_free(ptr, 1));
const OrphanFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_orphan_free(ptr, 1));
const b = () => new Built();
`;
  const { glue: out, dropped } = dropUnreachableClasses(glue);
  assert.deepEqual(dropped, ['Orphan'], 'made by the wasm (__wrap), by its constructor or with new elsewhere: kept');
  assert.ok(!out.includes('Orphan') && !out.includes('orphan'), out);
  assert.ok(out.includes('export class Held') && out.includes('HeldFinalization') && out.includes('export class Built'));
  assert.throws(() => dropUnreachableClasses(`${glue}// Orphan\n`), /still names the class Orphan/);

  // A module exporting `memory` and `f`, called from a glue.
  const wasm = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1,
    7, 14, 2, ...wasmName('memory'), 2, 0, ...wasmName('f'), 0, 0, 10, 4, 1, 2, 0, 0x0b]);
  assert.deepEqual([...exportNames(wasm)], ['memory', 'f']);
  checkCalls('wasm.f(); new Uint8Array(wasm.memory.buffer);', wasm);
  assert.throws(() => checkCalls('wasm.f(); wasm.g(1); wasm.h();', wasm), /does not export: g, h/);
});

test('the glue loses its comment lines, blank lines and indentation, and nothing else, or the build stops', () => {
  const glue = `/**
 * Doc comment with \`code\`.
 * @param {string} text
 */
export function f(text) {
    // a comment line
    const s = \`\${text}!\`; // kept: after code

    return s / 2 /* inline, kept */;
}
`;
  assert.equal(compactGlue(glue), 'export function f(text) {\nconst s = `${text}!`; // kept: after code\nreturn s / 2 /* inline, kept */;\n}\n');
  assert.equal(compactGlue(compactGlue(glue)), compactGlue(glue), 'a second run changes nothing');
  assert.throws(() => compactGlue('const s = `a\nb`;\n'), /template literal goes past a line/);
  assert.throws(() => compactGlue("const s = 'a\\\nb';\n"), /string continues/);
  assert.throws(() => compactGlue('f(); /* starts\nends */\n'), /comment starts inside a line/);
  assert.throws(() => compactGlue('/* a\n* b */ f();\n'), /comment ends inside a line/);
  assert.throws(() => compactGlue('/* a */ f();\n'), /code after a comment/);
  assert.throws(() => compactGlue('/**\n * open\n'), /does not end/);
});

test("the built wasm's imports are the glue's short keys, and the preloads' hashes are the files'", () => {
  const index = read('index.html');
  const parts = b.pageParts(index);
  const wasm = readFileSync(path.join(h.DIST_DIR, parts.wasm));
  const glue = read(parts.glue);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.ok(imports.length > 100, `${imports.length} imports`);
  for (const { module, name } of imports) {
    assert.equal(module, 'a');
    assert.ok(name.length <= 2, name);
    assert.match(glue, new RegExp(`\\s${name.replace('$', '\\$')}: function\\(`), `the glue has ${name}`);
  }
  assert.ok(!/__wbg_\w*_[0-9a-f]{16}/.test(glue), 'no long name is left');
  checkCalls(glue, wasm);
  assert.ok(!/^export class IntoUnderlying/m.test(glue), "no class of wasm-streams (Leptos's server_fn brings it, nothing uses it)");
  assert.ok(![...exportNames(wasm)].some((n) => n.includes('intounderlying')), 'nor its exports');
  const module = new WebAssembly.Module(wasm);
  for (const section of ['producers', 'target_features']) {
    assert.equal(WebAssembly.Module.customSections(module, section).length, 0, `no ${section} section (tools' notes, no browser reads them)`);
  }
  for (const [file, bytes] of [[parts.wasm, wasm], [parts.glue, Buffer.from(glue)]]) {
    const hash = createHash('sha384').update(bytes).digest('base64');
    assert.ok(index.includes(`href="./${file}" crossorigin="anonymous" integrity="sha384-${hash}"`), `${file}'s integrity`);
  }
});

test('the built index.html allows exactly the inline scripts it holds, and nothing from elsewhere', () => {
  const html = read('index.html');
  const policy = policyOf(html);
  const inline = b.inlineScripts(html);
  assert.ok(inline.length >= 1, "Trunk's start-up script is inline");
  assert.deepEqual(policy['default-src'], ["'self'"]);
  assert.deepEqual(policy['script-src'], ["'self'", "'wasm-unsafe-eval'", ...inline.map((s) => sha256(s.text))]);
  assert.deepEqual(policy['connect-src'], ["'self'"]);
  assert.deepEqual(policy['style-src'], ["'self'", "'unsafe-inline'"]);
  assert.ok(!html.includes("'unsafe-eval'"), 'no unsafe-eval');
  assert.deepEqual(policy['worker-src'], ["'self'"], 'workers only from files of the site');
  assert.ok(!/(src|href)="(https?:)?\/\//i.test(html), 'nothing is loaded from another host');
  assert.ok(!/(src|href)="\//i.test(html), 'no root-relative URL: the page works under any path');
});

test("the hosted page names its extraction worker's script and the glue it imports, both built", () => {
  const index = read('index.html');
  const meta = /<meta name="annotator-worker" content="([^"]*)" data-glue="([^"]*)">/.exec(index);
  assert.ok(meta, 'the worker is named');
  assert.equal(read(meta[1]), b.WORKER_SCRIPT, 'the script of scripts/bundle/lib.mjs');
  assert.equal(meta[2], b.pageParts(index).glue, "the page's own glue");
  assert.match(read(meta[2]), /export function extractSpansBytes\b/, 'which exports the entry the worker calls');
});

test('the service worker precaches exactly what a visitor needs', () => {
  const sw = read('sw.js');
  const precache = JSON.parse(/^const PRECACHE = (.*);$/m.exec(sw)[1]);
  const files = filesUnder(h.DIST_DIR).filter((f) => f !== 'sw.js' && f !== b.SINGLE_FILE);
  assert.deepEqual(precache, files.map((f) => (f === 'index.html' ? './' : f)).sort());
  for (const kind of [/\.wasm$/, /^annotator-.*\.js$/, /^extract-worker-[0-9a-f]{16}\.js$/, /\.css$/, /^manifest\.webmanifest$/, /^icons\/icon\.svg$/]) {
    assert.ok(precache.some((f) => kind.test(f)), `${kind} is precached`);
  }
  assert.ok(!precache.includes(b.SINGLE_FILE), 'the single file is not part of the precache');
  const contents = Object.fromEntries(precache.map((u) => [u, readFileSync(path.join(h.DIST_DIR, u === './' ? 'index.html' : u))]));
  assert.equal(/^const VERSION = "(.*)";$/m.exec(sw)[1], b.releaseVersion(contents), 'the version is the files\' hash');
});

test('the single file holds the whole page under its own policy', () => {
  const html = read(b.SINGLE_FILE);
  const index = read('index.html');
  const meta = /<meta name="annotator-single-file" content="([^"]*)" data-bytes="(\d+)">/.exec(index);
  assert.ok(meta, 'the hosted page names the single file');
  assert.equal(meta[1], b.SINGLE_FILE);
  assert.equal(Number(meta[2]), Buffer.byteLength(html), 'with its size');

  const policy = policyOf(html);
  const inline = b.inlineScripts(html);
  assert.equal(inline.length, 1, 'one script');
  assert.deepEqual(policy['default-src'], ["'none'"], 'nothing may be fetched');
  assert.deepEqual(policy['script-src'], ["'wasm-unsafe-eval'", sha256(inline[0].text)]);
  assert.deepEqual(policy['img-src'], ['data:'], 'data: only for its icon');
  assert.ok(!html.includes("'unsafe-eval'"), 'no eval');
  assert.deepEqual(policy['worker-src'], ['blob:'], 'its extraction worker, made from its own script');
  assert.equal(html.split('blob:').length - 1, 1, 'blob: nowhere but worker-src');
  // That worker is the page's one script: it serves jobs where it finds no document.
  assert.match(inline[0].text, /if \(typeof document === 'undefined'\) \{\n\s*const serve =/);
  assert.match(html, /<meta name="annotator-mode" content="single-file">/);

  // It refers to no file: no src/href but its data: icon.
  const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(refs.every((r) => r.startsWith('data:')), `refers to files: ${refs.filter((r) => !r.startsWith('data:'))}`);
  // The wasm it carries is the build's, byte for byte; the stylesheet too.
  const parts = b.pageParts(index);
  const wasm = readFileSync(path.join(h.DIST_DIR, parts.wasm));
  const b64 = /<script type="application\/octet-stream" id="annotator-wasm">([^<]*)<\/script>/.exec(html)[1];
  assert.ok(Buffer.from(b64, 'base64').equals(wasm), 'the wasm, base64');
  assert.ok(html.includes(read(parts.css)), 'the stylesheet, inline');
});
