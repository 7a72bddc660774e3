// Refreshes README's picture: the first seed article annotated in the built
// page, saved as docs/screenshot.png (or the path given). Run on purpose by
// scripts/screenshot.sh, never by the test suite.
//
//   node tests/browser/readme-screenshot.mjs [OUT.png]
import path from 'node:path';
import * as h from './harness.mjs';

const out = path.resolve(process.argv[2] ?? path.join(h.ROOT, 'docs', 'screenshot.png'));
const server = await h.startServer(h.DIST_DIR);
const browser = await h.launch();
try {
  const app = await h.openApp(browser, server.url);
  await h.screenshotSeedArticle(app.page, out);
  h.assertClean(app);
  await app.close();
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
