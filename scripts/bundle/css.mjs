// The page's style sheet without its comments and layout whitespace.
//
// style/main.css explains itself in comments and is laid out for people;
// every visitor downloaded both (0.9 KiB of its 4.6 KiB gzipped). Trunk's
// own minifier comes only with its HTML minifier, whose index.html
// (attributes without quotes) postbuild.mjs does not read. Outside quoted
// strings, a comment goes, every run of whitespace becomes one space, and
// a space beside `{`, `}` or `;` goes (beside a comma it stays: inside
// `var()` the browser keeps it as written). Chromium parses the sheet so
// made into the same rules, written the same, as style/main.css
// (tests/browser/style.test.mjs). What it cannot read so throws (a
// comment between two tokens, a string not ending on its line, a backslash
// outside a string): the build stops rather than guess. A pure function
// over text, run by postbuild.mjs.

// A quoted string (kept as it is), or a comment. CSS's whitespace is these
// five characters only (a no-break space is part of a name).
const STRING_OR_COMMENT = /("(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*')|\/\*[\s\S]*?\*\//g;

/** `css` without comments and the whitespace no rule needs. */
export function minifyCss(css) {
  if (css.includes('\u0000')) throw new Error('the style sheet holds a NUL character');
  const strings = [];
  // Strings out of the way first (a placeholder no CSS holds), comments out.
  const bare = css.replace(STRING_OR_COMMENT, (match, string, at) => {
    if (string === undefined) {
      // A comment is no whitespace (`.a/**/.b` is `.a.b`, `a/**/b` two
      // words): one between two tokens has no text that can stand for it.
      const [before, after] = [css[at - 1] ?? ' ', css[at + match.length] ?? ' '];
      if (!/[ \t\n\r\f]/.test(before + after)) throw new Error(`a comment between two tokens in the style sheet: ${match}`);
      return '';
    }
    strings.push(string);
    return '\u0000';
  });
  if (bare.includes('/*')) throw new Error('a comment in the style sheet does not end');
  // A quote left is a string that does not end on its line; a backslash, an
  // escape in a name (`.a\ {`), whose space the rules below would take.
  const left = /["'\\]/.exec(bare);
  if (left) throw new Error(`a ${left[0] === '\\' ? 'backslash outside a string' : 'string that does not end on its line'} in the style sheet`);
  let i = 0;
  return bare
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .trim()
    .replace(/\u0000/g, () => strings[i++]);
}
