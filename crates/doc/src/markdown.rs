//! Plain text out of Markdown: headings, emphasis, links and images lose
//! their syntax and keep their words.
//!
//! Line by line: blank lines, headings, list items, thematic breaks and
//! fences end paragraphs; the lines of a paragraph are joined with a space;
//! paragraphs are joined with a blank line (`\n\n`), like the HTML reader.
//! Fenced code keeps its lines (without the fences). Reference definitions
//! are dropped; inline HTML tags are removed; entities are decoded.

use crate::html::decode_entities;

/// How far (in characters) an inline construct may reach for its closing
/// mark: bounds the work on pathological lines, so reading stays linear.
const REACH: usize = 500;

/// Markdown → plain text, paragraphs kept.
pub fn plain_text(md: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let flush = |current: &mut Vec<String>, paragraphs: &mut Vec<String>, sep: &str| {
        let para = current.join(sep);
        if !para.trim().is_empty() {
            paragraphs.push(para.trim().to_string());
        }
        current.clear();
    };
    let mut fence: Option<String> = None;
    for raw in md.lines() {
        if let Some(f) = &fence {
            if raw.trim_start().starts_with(f.as_str()) && raw.trim().chars().all(|c| f.starts_with(c)) {
                flush(&mut current, &mut paragraphs, "\n");
                fence = None;
            } else {
                current.push(raw.trim_end().to_string());
            }
            continue;
        }
        let line = raw.trim();
        if let Some(f) = fence_marker(line) {
            flush(&mut current, &mut paragraphs, " ");
            fence = Some(f);
            continue;
        }
        // Block quote markers, possibly nested.
        let mut line = line;
        while let Some(rest) = line.strip_prefix('>') {
            line = rest.trim_start();
        }
        if line.is_empty() || is_reference_definition(line) {
            if line.is_empty() {
                flush(&mut current, &mut paragraphs, " ");
            }
            continue;
        }
        if is_thematic_break(line) || is_setext_underline(line) {
            flush(&mut current, &mut paragraphs, " ");
            continue;
        }
        if let Some(heading) = heading(line) {
            flush(&mut current, &mut paragraphs, " ");
            current.push(inline(heading));
            flush(&mut current, &mut paragraphs, " ");
            continue;
        }
        if let Some(item) = list_item(line) {
            flush(&mut current, &mut paragraphs, " ");
            current.push(inline(item));
            continue;
        }
        current.push(inline(line));
    }
    let sep = if fence.is_some() { "\n" } else { " " };
    flush(&mut current, &mut paragraphs, sep);
    paragraphs.join("\n\n")
}

/// ```` ``` ```` or `~~~` (three or more) opening a fence; returns the marker.
fn fence_marker(line: &str) -> Option<String> {
    let c = line.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let n = line.chars().take_while(|&x| x == c).count();
    (n >= 3).then(|| c.to_string().repeat(n))
}

/// `[id]: url`
fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[') && !line.starts_with("[^") && line.find("]:").is_some_and(|i| i > 1)
}

/// `---`, `***`, `___` (spaces allowed).
fn is_thematic_break(line: &str) -> bool {
    let chars: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    chars.len() >= 3 && matches!(chars[0], '-' | '*' | '_') && chars.iter().all(|&c| c == chars[0])
}

/// `===` under a heading.
fn is_setext_underline(line: &str) -> bool {
    !line.is_empty() && line.chars().all(|c| c == '=')
}

/// The text of an ATX heading (`## Title ##`).
fn heading(line: &str) -> Option<&str> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = &line[hashes..];
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    Some(rest.trim().trim_end_matches('#').trim_end())
}

/// The text of a list item (`- x`, `* x`, `+ x`, `1. x`, `1) x`).
fn list_item(line: &str) -> Option<&str> {
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return Some(rest.trim_start());
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &line[digits..];
        for marker in [". ", ") "] {
            if let Some(item) = rest.strip_prefix(marker) {
                return Some(item.trim_start());
            }
        }
    }
    None
}

/// Inline syntax removed: code spans, images, links, autolinks, HTML tags,
/// emphasis markers, backslash escapes; entities decoded.
fn inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '`' => {
                let n = run_len(&chars, i, '`');
                match find_run(&chars, i + n, '`', n) {
                    Some(close) => {
                        out.extend(&chars[i + n..close]);
                        i = close + n;
                    }
                    None => {
                        out.extend(&chars[i..i + n]);
                        i += n;
                    }
                }
            }
            '!' if chars.get(i + 1) == Some(&'[') => match link(&chars, i + 1) {
                Some((text, next)) => {
                    out.push_str(&inline(&text));
                    i = next;
                }
                None => {
                    out.push('!');
                    i += 1;
                }
            },
            '[' => match link(&chars, i) {
                Some((text, next)) => {
                    out.push_str(&inline(&text));
                    i = next;
                }
                None => {
                    out.push('[');
                    i += 1;
                }
            },
            '<' => match chars[i + 1..].iter().take(REACH).position(|&x| x == '>').map(|p| i + 1 + p) {
                Some(close) if is_tag_or_autolink(&chars[i + 1..close]) => {
                    let inner: String = chars[i + 1..close].iter().collect();
                    if inner.contains("://") || inner.starts_with("mailto:") {
                        out.push_str(&inner);
                    }
                    i = close + 1;
                }
                _ => {
                    out.push('<');
                    i += 1;
                }
            },
            '*' | '_' | '~' => {
                let n = run_len(&chars, i, c);
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + n).copied();
                let space = |x: Option<char>| x.is_none_or(char::is_whitespace);
                let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
                let flanking = !(space(before) && space(after));
                let intraword_underscore = c == '_' && word(before) && word(after);
                let single_tilde = c == '~' && n == 1;
                if !flanking || intraword_underscore || single_tilde {
                    out.extend(&chars[i..i + n]);
                }
                i += n;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    decode_entities(&out)
}

fn run_len(chars: &[char], at: usize, c: char) -> usize {
    chars[at..].iter().take_while(|&&x| x == c).count()
}

/// The start of the next run of exactly `n` `c`s at or after `from`.
fn find_run(chars: &[char], from: usize, c: char, n: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len().min(from + REACH) {
        if chars[i] == c {
            let len = run_len(chars, i, c);
            if len == n {
                return Some(i);
            }
            i += len;
        } else {
            i += 1;
        }
    }
    None
}

/// `[text](url)`, `[text][ref]` or `[text][]` starting at `open` (a `[`):
/// the text and the index after the link.
fn link(chars: &[char], open: usize) -> Option<(String, usize)> {
    let mut depth = 0;
    let mut close = None;
    for (j, &c) in chars.iter().enumerate().skip(open).take(REACH) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(j);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    let text: String = chars[open + 1..close].iter().collect();
    let (opener, closer) = match chars.get(close + 1) {
        Some('(') => ('(', ')'),
        Some('[') => ('[', ']'),
        _ => return None,
    };
    let mut depth = 0;
    for (j, &c) in chars.iter().enumerate().skip(close + 1).take(REACH) {
        if c == opener {
            depth += 1;
        } else if c == closer {
            depth -= 1;
            if depth == 0 {
                return Some((text, j + 1));
            }
        }
    }
    None
}

/// Whether `<inner>` is an HTML tag (`b`, `/b`, `a href=..`, `br/`) or an
/// autolink (`https://…`).
fn is_tag_or_autolink(inner: &[char]) -> bool {
    let s: String = inner.iter().collect();
    let name = s.strip_prefix('/').unwrap_or(&s);
    let tag = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().take_while(|c| !c.is_whitespace() && *c != '/').all(|c| c.is_ascii_alphanumeric() || c == '-');
    let autolink = (s.contains("://") || s.starts_with("mailto:")) && !s.contains(char::is_whitespace);
    tag || autolink || s.starts_with("!--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_table() {
        let cases: &[(&str, &str, &str)] = &[
            ("plain", "Hello world", "Hello world"),
            ("headings", "# Title\n## Sub ##\nText", "Title\n\nSub\n\nText"),
            ("setext heading", "Title\n=====\n\nText", "Title\n\nText"),
            ("paragraph lines joined", "one\ntwo\n\nthree", "one two\n\nthree"),
            ("emphasis", "*a* **b** _c_ __d__ ***e*** ~~f~~", "a b c d e f"),
            ("intraword underscore kept", "snake_case_name and 2 * 3", "snake_case_name and 2 * 3"),
            ("inline code kept literally", "run `a *b* c` now", "run a *b* c now"),
            ("double backtick code", "``a ` b``", "a ` b"),
            ("unclosed backtick", "a ` b", "a ` b"),
            ("link", "see [the *story*](http://x.y/(a)) here", "see the story here"),
            ("reference link", "see [story][1] and [this][]\n\n[1]: http://x.y", "see story and this"),
            ("image", "![Putin in Kyiv](a.png \"t\")", "Putin in Kyiv"),
            ("not a link", "[just brackets] and [x]y", "[just brackets] and [x]y"),
            ("block quote", "> “Quoted,” he said.\n> > nested", "“Quoted,” he said. nested"),
            ("lists", "- one\n* two\n+ three\n1. four\n2) five", "one\n\ntwo\n\nthree\n\nfour\n\nfive"),
            ("thematic break", "a\n---\nb\n***\nc", "a\n\nb\n\nc"),
            ("fenced code", "a\n```rust\nlet x = *y;\n  z\n```\nb", "a\n\nlet x = *y;\n  z\n\nb"),
            ("unclosed fence", "~~~\ncode *x*", "code *x*"),
            ("html removed", "a <b>bold</b> <br/> c <!-- x --> 3 < 4", "a bold  c  3 < 4"),
            ("autolink", "<https://example.com>", "https://example.com"),
            ("escapes and entities", r"\*not em\* &amp; &mdash;", "*not em* & —"),
            ("crlf-free blank lines with spaces", "a\n   \nb", "a\n\nb"),
        ];
        for (name, md, want) in cases {
            assert_eq!(plain_text(md), *want, "{name}");
        }
    }

    #[test]
    fn pathological_lines_keep_their_characters() {
        // Unclosed openers, 20,000 of them: each is text. `REACH` bounds the
        // search for a closing mark, so the work stays linear.
        for piece in ["[", "<"] {
            let md = piece.repeat(20_000);
            assert_eq!(plain_text(&md), md, "{piece}");
        }
        assert_eq!(plain_text(&"![a](".repeat(20_000)).matches('a').count(), 20_000);
    }

    #[test]
    fn arbitrary_markdown_never_panics() {
        let pieces = [
            "[", "]", "(", ")", "!", "`", "``", "*", "_", "~", "<", ">", "#", "-", "1.", "\n", " ", "a", "é", "😀",
            "\\", "&", ";", "```",
        ];
        let mut seed = 0xD1B5_4A32_D192_ED03u64;
        for _ in 0..3000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let md: String = (0..(seed % 50))
                .map(|k| pieces[((seed >> (k % 40)) as usize + k as usize * 5) % pieces.len()])
                .collect();
            let out = plain_text(&md);
            assert_readable(&md, &out);
        }
    }

    /// What plain text read from any Markdown satisfies: its words come from
    /// the input in their order (syntax is only ever removed, never made
    /// up), paragraphs are trimmed and separated by exactly one blank line,
    /// and reading the same input twice gives the same text.
    fn assert_readable(md: &str, out: &str) {
        let is_word = |c: &char| c.is_alphanumeric() || !c.is_ascii();
        let mut input_words = md.chars().filter(is_word);
        for c in out.chars().filter(is_word) {
            assert!(input_words.any(|i| i == c), "{out:?} has {c:?} out of order or made up, from {md:?}");
        }
        assert_eq!(out.trim(), out, "untrimmed output {out:?} from {md:?}");
        assert!(!out.contains("\n\n\n"), "more than one blank line in {out:?} from {md:?}");
        for para in out.split("\n\n") {
            assert!(!para.trim().is_empty() || out.is_empty(), "empty paragraph in {out:?} from {md:?}");
        }
        assert_eq!(plain_text(md), out, "not deterministic for {md:?}");
    }

    #[test]
    fn text_without_markdown_comes_back_unchanged() {
        for text in ["a", "Paris had 42 visitors.", "é 😀 a", "one\n\ntwo"] {
            let out = plain_text(text);
            assert_readable(text, &out);
            assert_eq!(out, text);
        }
    }
}
