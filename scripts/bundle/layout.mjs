// The wasm-bindgen glue without its comments and indentation.
//
// The glue is laid out for people: JSDoc blocks (our exported functions'
// Rust doc comments among them), a comment line per cast intrinsic, four
// spaces a level. Every visitor downloaded them: 1.6 KiB of its 8.0 KiB
// gzipped. Line by line, not a JavaScript parser: every template literal
// of the glue must end on the line it starts (an even number of
// backticks a line) and no line end inside a string (a backslash at its
// end), so that no line can be inside one; then a line starting
// `//` is a comment, and so is a block of whole lines from one starting
// `/*` to one ending `*/`; a line's leading whitespace and a blank line
// carry no meaning. Anything else throws (the build stops rather than
// guess). Every line break stays, so no statement is joined to another.
// A pure function over text, run by postbuild.mjs.

/** The glue without comment lines, blank lines and indentation. */
export function compactGlue(glue) {
  const out = [];
  let inBlock = false;
  for (const raw of glue.split('\n')) {
    const line = raw.trim();
    if (inBlock) {
      if (line.endsWith('*/')) inBlock = false;
      else if (line.includes('*/')) throw new Error(`a comment ends inside a line of the glue: ${line}`);
      continue;
    }
    if (line.startsWith('/*')) {
      const close = line.indexOf('*/', 2);
      if (close >= 0 && close !== line.length - 2) throw new Error(`code after a comment in the glue: ${line}`);
      inBlock = close < 0;
      continue;
    }
    if (line === '' || line.startsWith('//')) continue;
    if (line.split('`').length % 2 === 0) throw new Error(`a template literal goes past a line of the glue: ${line}`);
    if (line.endsWith('\\')) throw new Error(`a string continues past a line of the glue: ${line}`);
    if (/\/\*(?!.*\*\/)/.test(line)) throw new Error(`a comment starts inside a line of the glue: ${line}`);
    out.push(line);
  }
  if (inBlock) throw new Error('a comment in the glue does not end');
  return `${out.join('\n')}\n`;
}
