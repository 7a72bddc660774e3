// The texts every section of the page benchmark measures, all made of the
// five seed articles of ../shared/corpus/articles (in name order, joined by
// a blank line, repeated as often as needed), so that one run measures the
// same text throughout.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTICLES = path.resolve(ROOT, '..', 'shared', 'corpus', 'articles');

/** The five seed articles, as strings, in name order. */
export function articles() {
  if (!existsSync(ARTICLES)) throw new Error(`seed articles not found at ${ARTICLES}: ../shared must sit beside the repository`);
  const names = readdirSync(ARTICLES).filter((n) => n.endsWith('.txt')).sort();
  return names.map((n) => readFileSync(path.join(ARTICLES, n), 'utf8'));
}

/** Words of `text`, as the benchmark counts them (runs of non-space). */
export const words = (text) => text.split(/\s+/).filter(Boolean).length;

/** UTF-8 bytes of `text`. */
export const bytes = (text) => Buffer.byteLength(text, 'utf8');

/**
 * The articles one after another until the text holds at least `minWords`
 * words or `minBytes` UTF-8 bytes (whichever is given), whole articles only.
 */
export function concatenation({ minWords = 0, minBytes = 0 }) {
  const all = articles().map((a) => a.trim());
  const parts = [];
  let w = 0;
  let b = 0;
  for (let i = 0; w < minWords || b < minBytes; i++) {
    const a = all[i % all.length];
    parts.push(a);
    w += words(a);
    b += bytes(a) + 2;
  }
  return parts.join('\n\n');
}

/** Median, min and max of `xs`. */
export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}

/** `n` with a thousands separator and `digits` decimals. */
export const fmt = (n, digits = 1) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
