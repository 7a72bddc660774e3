// The post-build steps as pure functions over text and bytes (no file
// system): the Content-Security-Policy of each build, the service worker's
// precache list and version, and the single self-contained HTML file.
// postbuild.mjs applies them to what Trunk emitted;
// tests/browser/bundle.test.mjs tests them.
import { createHash } from 'node:crypto';

/** The single file's name in dist/ (linked from the hosted page). */
export const SINGLE_FILE = 'article-annotator.html';
/** The service worker's file name in dist/ (src/offline.rs registers it). */
export const SERVICE_WORKER = 'sw.js';
/** `<meta name>` telling the app it runs as the single file (src/offline.rs). */
export const MODE_META = 'annotator-mode';
/** `<meta name>` naming the single file and its size for the hosted page (src/offline.rs). */
export const SINGLE_FILE_META = 'annotator-single-file';
/** The `<script>` element holding the single file's wasm, base64. */
const WASM_ELEMENT_ID = 'annotator-wasm';
/**
 * `<meta name>` of the hosted build naming the extraction worker's script
 * (content) and the wasm-bindgen glue it imports (`data-glue`), both
 * relative to the page (src/worker.rs).
 */
export const WORKER_META = 'annotator-worker';

/** `'sha256-…'`: the CSP source allowing an inline script of exactly `text`. */
export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Every `<script>` element of `html` as { attrs, text, start, end } (offsets of the whole element). */
export function scripts(html) {
  const out = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    out.push({ attrs: m[1], text: m[2], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The inline scripts a browser runs: no `src`, and a JavaScript type (none,
 * `module`, or a JavaScript MIME type). A data block such as
 * `<script type="application/octet-stream">` is never run, so it needs no hash.
 */
export function inlineScripts(html) {
  return scripts(html).filter(({ attrs }) => {
    if (/\bsrc\s*=/i.test(attrs)) return false;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    return type === undefined || type === 'module' || /^(text|application)\/(javascript|ecmascript)$/.test(type);
  });
}

/**
 * The hosted page's policy: everything from its own origin only, scripts
 * only from files of the origin or the exact inline scripts the build
 * emitted (`hashes`), WebAssembly compiled without `unsafe-eval`, styles
 * inline too (highlight colours are style attributes), no plugins, no
 * `<base>` elsewhere, no form posts. `worker-src 'self'` lets the service
 * worker (and a future extraction worker file) run.
 */
export function hostedPolicy(hashes) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The single file's policy: nothing may be fetched at all (`default-src
 * 'none'`); its one inline script (`hashes`) and the wasm it decodes run;
 * its inline stylesheet and style attributes apply; its icon is a `data:`
 * image, the one place it needs `data:`. `worker-src blob:` lets the page
 * run that same script as its extraction worker (src/worker.rs makes a
 * `blob:` URL of the script element's text; a `blob:` worker inherits this
 * policy, so it fetches nothing either).
 */
export function singleFilePolicy(hashes) {
  return [
    "default-src 'none'",
    ["script-src 'wasm-unsafe-eval'", ...hashes].join(' '),
    "style-src 'unsafe-inline'",
    'img-src data:',
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** `<meta http-equiv="Content-Security-Policy">` for `policy`. */
function cspMeta(policy) {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}

/**
 * `html` with `tags` inserted right after its `<meta charset>` (so that a
 * policy applies to every element after it). Throws when there is none.
 */
export function insertAfterCharset(html, tags) {
  const m = /<meta\s+charset\s*=\s*["']?utf-8["']?\s*\/?>/i.exec(html);
  if (!m) throw new Error('no <meta charset="utf-8"> to put the policy after');
  const at = m.index + m[0].length;
  return `${html.slice(0, at)}\n  ${tags.join('\n  ')}${html.slice(at)}`;
}

/**
 * The hosted index.html: its CSP (hashes of the inline scripts Trunk wrote,
 * which change with every build), the single file's name and size, and
 * the extraction worker's script and glue (`worker`: { script, glue }).
 * Throws if it already has a policy (the step must run once per build).
 */
export function finishIndex(html, singleFileBytes, worker) {
  if (/http-equiv\s*=\s*["']?Content-Security-Policy/i.test(html)) {
    throw new Error('index.html already has a Content-Security-Policy');
  }
  const hashes = inlineScripts(html).map((s) => scriptHash(s.text));
  const tags = [cspMeta(hostedPolicy(hashes))];
  if (singleFileBytes !== undefined) {
    tags.push(`<meta name="${SINGLE_FILE_META}" content="${SINGLE_FILE}" data-bytes="${singleFileBytes}">`);
  }
  if (worker !== undefined) {
    tags.push(`<meta name="${WORKER_META}" content="${escapeHtml(worker.script)}" data-glue="${escapeHtml(worker.glue)}">`);
  }
  return insertAfterCharset(html, tags);
}

/**
 * What the service worker precaches, as URLs relative to its scope, from
 * the files of the build (paths relative to dist/, `/` separated): all of
 * them but the worker itself and the single file, with `index.html` as
 * `./` (the address people open). Sorted, so a build gives one list.
 */
export function precacheList(files) {
  return files
    .filter((f) => f !== SERVICE_WORKER && f !== SINGLE_FILE)
    .map((f) => (f === 'index.html' ? './' : f))
    .sort();
}

/**
 * The release's version: a hash of every precached file's path and bytes
 * (`contents`: path → Buffer), so any change to what is served makes a new
 * service worker, which the browser installs as an update.
 */
export function releaseVersion(contents) {
  const h = createHash('sha256');
  for (const path of Object.keys(contents).sort()) {
    h.update(path).update('\0').update(contents[path]).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * The service worker: the release's VERSION and PRECACHE, then the template
 * (web/sw.js) without its comment lines and blank lines (every visitor
 * downloads it; the explanations stay in web/sw.js).
 */
export function serviceWorker(template, version, precache) {
  const code = template
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s*(\/\/|\/\*.*\*\/\s*$)/.test(line))
    .join('\n');
  return (
    `// Written by scripts/bundle/postbuild.mjs from web/sw.js.\n` +
    `const VERSION = ${JSON.stringify(version)};\n` +
    `const PRECACHE = ${JSON.stringify(precache)};\n${code}\n`
  );
}

/**
 * The wasm-bindgen glue (an ES module) as the body of one inline module
 * script: its `export` keywords and export list go (the boot code after it
 * calls `__wbg_init` directly). Throws on anything it cannot inline: an
 * `import` (a JS snippet file) or a glue without `__wbg_init`.
 */
export function inlineGlue(glue) {
  if (/^\s*import\s/m.test(glue)) {
    throw new Error('the wasm-bindgen glue imports other files (JS snippets): the single file cannot inline them yet');
  }
  if (!/\basync function __wbg_init\b/.test(glue)) {
    throw new Error('no __wbg_init in the wasm-bindgen glue: has its output changed?');
  }
  const body = glue
    .replace(/^export\s*\{[^}]*\};?[ \t]*$/gm, '')
    .replace(/^export\s+(?=(?:async\s+)?function\b|class\b|const\b|let\b|var\b)/gm, '');
  if (/^\s*export\b/m.test(body)) throw new Error('an export form the single file does not know in the wasm-bindgen glue');
  // The single file's script also runs as a classic worker (a module
  // worker from a file:// page's blob: URL does not load in Chromium),
  // where `import.meta` is a syntax error. It names the default wasm URL,
  // never used here (the wasm is always passed).
  const classic = body.replace(/\bimport\.meta\.url\b/g, 'location.href');
  // Inside a <script> element, `</script` would end it early.
  return classic.replace(/<\/script/gi, '<\\/script');
}

/**
 * The extraction worker's message loop (src/worker.rs is the other side),
 * given `load(message)`: a promise of the glue's exports, the wasm
 * instantiated from the compiled `WebAssembly.Module` the page posts in
 * its first message ({ module, glue }). Every later message is one job,
 * { id, text }, answered { id, bytes } (the spans as labelled-JSON bytes,
 * their buffer transferred), { id, error } (the core failed) or { id,
 * unavailable } (the glue or the wasm did not load: the page annotates on
 * its main thread). Jobs wait for the first message's instance, in order.
 */
const WORKER_LOOP = `
const serve = (load) => {
  let ready = null;
  self.onmessage = async ({ data }) => {
    if (data.module) { ready = load(data); return; }
    let glue;
    try {
      glue = await ready;
    } catch (e) {
      self.postMessage({ id: data.id, unavailable: String(e && e.message || e) });
      return;
    }
    try {
      const bytes = glue.extractSpansBytes(data.text);
      self.postMessage({ id: data.id, bytes }, [bytes.buffer]);
    } catch (e) {
      self.postMessage({ id: data.id, error: String(e && e.message || e) });
    }
  };
};
`;

/**
 * The hosted page's extraction worker (a module worker, a file of the
 * site): the glue named in the first message, imported from beside it.
 */
export const WORKER_SCRIPT = `// The extraction worker (src/worker.rs), written by scripts/bundle/lib.mjs.
${WORKER_LOOP.trim()}
serve(async ({ module, glue }) => {
  const g = await import(glue);
  await g.default({ module_or_path: module });
  return g;
});
`;

/**
 * The boot code of the single file. In the page: decode the wasm from its
 * element, start the app. Run as the extraction worker (the same script,
 * from a \`blob:\` URL; no document there): the message loop over the glue
 * above it (a classic worker: see inlineGlue).
 */
const BOOT = `
if (typeof document === 'undefined') {
${WORKER_LOOP.trim()}
  serve(async ({ module }) => {
    await __wbg_init({ module_or_path: module });
    return { extractSpansBytes };
  });
} else {
  const b64 = document.getElementById('${WASM_ELEMENT_ID}').textContent.trim();
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  // No top-level await: the script must parse as a classic worker's too.
  __wbg_init({ module_or_path: bytes });
}
`;

/** Text safe inside an HTML element or attribute. */
function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The single self-contained HTML file: the page's title, stylesheet, icon
 * (a `data:` URL), wasm (base64 in a data block, decoded at start-up) and
 * glue, under its own policy; marked as the single file for the app.
 */
export function singleFile({ title, css, icon, glue, wasm }) {
  const script = inlineGlue(glue) + BOOT;
  if (/<\/style/i.test(css)) throw new Error('the stylesheet contains </style');
  const iconUrl = `data:image/svg+xml;base64,${Buffer.from(icon).toString('base64')}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  ${cspMeta(singleFilePolicy([scriptHash(script)]))}
  <meta name="${MODE_META}" content="single-file">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <link rel="icon" href="${iconUrl}" type="image/svg+xml">
  <style>${css}</style>
</head>
<body>
<script type="application/octet-stream" id="${WASM_ELEMENT_ID}">${Buffer.from(wasm).toString('base64')}</script>
<script type="module">${script}</script>
</body>
</html>
`;
}

/**
 * What the single file needs from the built index.html: the title and the
 * files of the stylesheet, the icon, the glue and the wasm (paths relative
 * to dist/). Throws, naming what is missing, when Trunk's output differs.
 */
export function pageParts(html) {
  const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]);
  const find = (what, pred) => {
    const tag = links.find(pred);
    const href = tag && attr(tag, 'href');
    if (!href) throw new Error(`no ${what} in index.html`);
    return href.replace(/^\.?\//, '');
  };
  const rel = (tag) => attr(tag, 'rel');
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  if (title === undefined) throw new Error('no <title> in index.html');
  return {
    title: title.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    css: find('stylesheet', (t) => rel(t) === 'stylesheet'),
    icon: find('SVG icon', (t) => rel(t) === 'icon' && attr(t, 'type') === 'image/svg+xml'),
    glue: find('module preload of the wasm-bindgen glue', (t) => rel(t) === 'modulepreload'),
    wasm: find('preload of the wasm', (t) => rel(t) === 'preload' && attr(t, 'type') === 'application/wasm'),
  };
}

/**
 * `html` with the `integrity` of the `<link>` to `file` (a path relative to
 * dist/) set to the sha384 of `bytes`: Trunk writes each preload's hash,
 * and a file changed after it (imports.mjs) must carry its new one, or
 * the browser refuses it. Throws when no link names the file; a link
 * without an integrity attribute is left as it is.
 */
export function withIntegrity(html, file, bytes) {
  const hash = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  let found = false;
  const out = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const href = /\bhref\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
    if (href === undefined || href.replace(/^\.?\//, '') !== file) return tag;
    found = true;
    return tag.replace(/\bintegrity\s*=\s*"[^"]*"/i, () => `integrity="${hash}"`);
  });
  if (!found) throw new Error(`no <link> to ${file} in index.html`);
  return out;
}
