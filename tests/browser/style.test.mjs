// The built style sheet (scripts/bundle/css.mjs: comments and layout
// whitespace left out) is the source's, rule for rule, as Chromium parses
// the two; and what the page serves is that sheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { minifyCss } from '../../scripts/bundle/css.mjs';
import * as b from '../../scripts/bundle/lib.mjs';
import * as h from './harness.mjs';

const SOURCE = readFileSync(path.join(h.ROOT, 'style', 'main.css'), 'utf8');

/** Every rule of `css` as Chromium serialises it after parsing, nested rules included. */
async function parsed(page, css) {
  return page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    const walk = (rules) => [...rules].flatMap((r) => [r.cssText, ...(r.cssRules ? walk(r.cssRules) : [])]);
    return walk(sheet.cssRules);
  }, css);
}

test('the minified style sheet parses to the same rules as style/main.css; the build serves it', async () => {
  const browser = await h.launch();
  try {
    const page = await browser.newPage();
    const want = await parsed(page, SOURCE);
    assert.ok(want.length > 100, `${want.length} rules`);
    assert.deepEqual(await parsed(page, minifyCss(SOURCE)), want);
    // Strings and the whitespace that matters are kept.
    const tricky = '.a /* x */ .b , .c>.d{ content: "/* kept */  , ;" ; margin : 0 calc(1px + 2px) ; }\n@media (max-width: 40rem) {\n  .e { --f: var(--g, a) }\n}\n';
    assert.deepEqual(await parsed(page, minifyCss(tricky)), await parsed(page, tricky));
    assert.equal(minifyCss(tricky), '.a .b , .c>.d{content: "/* kept */  , ;";margin : 0 calc(1px + 2px);}@media (max-width: 40rem){.e{--f: var(--g, a)}}');
    assert.throws(() => minifyCss('a { } /* open'), /does not end/);
    assert.throws(() => minifyCss('.a/* x */.b { }'), /between two tokens/);
    assert.throws(() => minifyCss('.a\\ { color: red }'), /backslash outside a string/);
    assert.throws(() => minifyCss('.a { content: "open\n}'), /does not end on its line/);
  } finally {
    await browser.close();
  }
  const built = readFileSync(path.join(h.DIST_DIR, b.pageParts(readFileSync(path.join(h.DIST_DIR, 'index.html'), 'utf8')).css), 'utf8');
  assert.equal(built, minifyCss(SOURCE), 'dist/ serves the minified sheet');
});
