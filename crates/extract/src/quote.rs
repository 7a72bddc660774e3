//! QUOTE spans: text inside quotation marks of any style — straight and
//! curly double quotes, single quotes, guillemets — with the marks included.
//!
//! Single quotes nested in a double-quoted span are part of it, not spans
//! of their own. A quotation left open at the end of a paragraph runs to
//! the paragraph's end (the next paragraph of a multi-paragraph quote opens
//! again). Quoted terms (`so-called ‘desire’`, `referred to as
//! “memorandums”`) are not quotes.

use crate::lexicon::speech::TERM_CUES;
use crate::lexicon::with_lower;
use crate::slots::Slots;
use crate::tokens::{skip_to, Token};

/// The longest quotation in curly single quotes, in bytes (`‘…’`, British
/// style, may hold whole sentences and nested double quotes).
const CURLY_SINGLE_QUOTE_MAX: usize = 1200;

/// The longest quotation in straight single quotes, in bytes: beyond it an
/// apostrophe (`soldiers' … 'x`) is likelier than a closing quote.
const STRAIGHT_SINGLE_QUOTE_MAX: usize = 400;

/// How many characters before quotation marks are searched for a term cue
/// (the longest, `refers to as`, is 14).
const TERM_CUE_CHARS: usize = 20;

/// Verbs that give a name, their object between them and the name
/// (`dubbed it the “…”`, `nicknamed him “…”`).
const NAMING_VERBS: [&str; 3] = ["dubbed", "nicknamed", "termed"];

/// Verbs whose `as` gives a name (`known to colleagues as “…”`, `referred
/// to the package as “…”`), unlike one that reports a description
/// (`described the bill as “a disaster”`).
const NAMING_AS: [&str; 4] = ["known", "referred", "refer", "refers"];

/// How many words a naming verb's object may hold (`it the`, `to the
/// package`).
const NAMING_OBJECT_WORDS: usize = 3;

/// The most words of a work's title in quotation marks after a
/// possessive (`NBC's “Meet the Press”`).
const TITLE_WORDS_MAX: usize = 8;

/// Short words a title leaves in lower case (`Meet the Press`, `The Art of
/// the Deal`).
const TITLE_SMALL_WORDS: [&str; 10] = ["a", "an", "and", "at", "for", "in", "of", "on", "the", "to"];

/// How many words back `what` may be before `call(s)` (`what local farmers
/// call “…”`).
const WHAT_CALL_WORDS: usize = 5;

/// One quotation, in byte offsets, with the paragraph it sits in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph (line) holding it.
    pub para: usize,
    /// The quotation was still open when the paragraph ended.
    pub open_end: bool,
}

/// Finds the quotations of `text`.
pub fn find(text: &str) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    // The paragraphs as `text.split('\n')` gives them, their ends found by
    // `memchr` (the whole text searched in wide strides natively, where
    // `split`'s character search was 1% of extraction). `\n` is one ASCII
    // byte, so every cut is on a character boundary.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    let mut start = 0;
    // The marks and double quotations of one paragraph at a time, in
    // buffers every paragraph reuses (two allocations a paragraph with a
    // mark were 0.45M instructions per 20 copies of the articles).
    let mut buffers = Buffers::default();
    for (para, end) in ends.enumerate() {
        find_in_paragraph(start, &text[start..end], para, &mut out, &mut buffers);
        start = end + 1;
    }
    out
}

/// The working lists of [`find_in_paragraph`], kept from one paragraph to
/// the next: its quotation marks, and its double quotations' byte ranges.
#[derive(Default)]
struct Buffers {
    marks: Vec<(usize, char)>,
    doubles: Vec<(usize, usize)>,
}

/// Which quote each token is in (wholly inside its marks), for quotes
/// sorted by start as [`find`] gives them.
pub fn token_quotes(toks: &[Token], quotes: &[QuoteSpan]) -> Slots {
    let mut in_quote = Slots::new(toks.len());
    if quotes.windows(2).all(|w| w[0].end <= w[1].start) {
        // Quotations one after another (as `find` gives them): only the
        // tokens starting inside each are read, from a gallop to its start
        // (`skip_to`); the text between quotations is never walked.
        let mut i = 0;
        for (q, quote) in quotes.iter().enumerate() {
            i = skip_to(toks, i, quote.start);
            while let Some(t) = toks.get(i).filter(|t| t.start() < quote.end) {
                if t.end() <= quote.end {
                    in_quote.set(i, q);
                }
                i += 1;
            }
        }
        return in_quote;
    }
    token_quotes_walk(toks, quotes, in_quote)
}

/// [`token_quotes`] by a walk over every token, beside the quotation that
/// ends first after its start: any sorted quotations, overlapping or not.
fn token_quotes_walk(toks: &[Token], quotes: &[QuoteSpan], mut in_quote: Slots) -> Slots {
    let mut q = 0;
    for (i, t) in toks.iter().enumerate() {
        while q < quotes.len() && quotes[q].end <= t.start() {
            q += 1;
        }
        if q < quotes.len() && t.start() >= quotes[q].start && t.end() <= quotes[q].end {
            in_quote.set(i, q);
        }
    }
    in_quote
}

/// The quotations of one paragraph (`line`, starting at byte `base`):
/// double quotes and guillemets first, then single quotes outside them.
fn find_in_paragraph(base: usize, line: &str, para: usize, out: &mut Vec<QuoteSpan>, buffers: &mut Buffers) {
    // Only the quotation marks matter; their neighbours are read on demand.
    marks(line, &mut buffers.marks);
    let marks = &buffers.marks;
    if !marks.iter().any(|&(off, c)| c != '’' && c != '\'' || opens(line, off, c)) {
        return; // apostrophes only (`Russia’s`): nothing can open
    }
    let first_new = out.len();
    // Double quotes and guillemets first.
    let mut k = 0;
    while k < marks.len() {
        let (off, c) = marks[k];
        let closer: &[char] = match c {
            '“' | '„' => &['”', '"', '“'],
            '«' => &['»'],
            '"' if opens(line, off, c) || spaced_pair(line, &marks[k..]) => &['"', '”'],
            _ => {
                k += 1;
                continue;
            }
        };
        let j = (k + 1..marks.len()).find(|&j| closer.contains(&marks[j].1)).unwrap_or(marks.len());
        let (end, open_end) = match marks.get(j) {
            Some(&(o, d)) => (o + d.len_utf8(), false),
            None => (open_end(line), true),
        };
        push(base, line, off, end, para, open_end, out);
        k = j + 1;
    }
    // Then single quotes outside them. A curly single quote may hold double
    // quotes (`‘I told them: “Be brave.” They were.’`, British style): the
    // inner ones are then part of it, not spans of their own.
    buffers.doubles.clear();
    buffers.doubles.extend(out[first_new..].iter().map(|q| (q.start - base, q.end - base)));
    let doubles = &buffers.doubles;
    // Sorted and disjoint: a binary search finds the one that may hold `off`.
    let inside = |off: usize| {
        let k = doubles.partition_point(|&(s, _)| s <= off);
        doubles.get(k.checked_sub(1)?).filter(|&&(_, e)| off < e).copied()
    };
    let mut k = 0;
    while k < marks.len() {
        let (off, c) = marks[k];
        if !(matches!(c, '‘' | '\'' | '’') && opens(line, off, c)) || inside(off).is_some() {
            k += 1;
            continue;
        }
        let curly = c == '‘';
        let limit = if curly { CURLY_SINGLE_QUOTE_MAX } else { STRAIGHT_SINGLE_QUOTE_MAX };
        let mut j = k + 1;
        let mut found = None;
        while j < marks.len() && marks[j].0 - off < limit {
            let (o, d) = marks[j];
            if let Some((_, e)) = inside(o) {
                if !curly {
                    break;
                }
                // Step over the nested double quote.
                j += marks[j..].partition_point(|&(x, _)| x < e);
                continue;
            }
            if (d == '’' || d == '\'') && closes(line, o, d) && !possessive_before_close(line, o, d, marks.get(j + 1))
            {
                found = Some(o + d.len_utf8());
                break;
            }
            j += 1;
        }
        // A paragraph that opens with `‘` and never closes it: one paragraph
        // of a quotation that goes on in the next.
        let to_the_end = j >= marks.len() && line.len() - off <= limit;
        let (end, open_end) = match found {
            Some(end) => (end, false),
            None if curly && to_the_end && introduces(&line[..off]) => (open_end(line), true),
            None => {
                k += 1;
                continue;
            }
        };
        let before = out.len();
        push(base, line, off, end, para, open_end, out);
        if out.len() > before && doubles.iter().any(|&(s, _)| s > off && s < end) {
            // Drop the double quotes it holds (this paragraph's only).
            let (s, e) = (base + off, base + end);
            let mut kept = out.split_off(first_new);
            kept.retain(|q| !(q.start > s && q.end <= e));
            out.extend(kept);
        }
        k = marks.partition_point(|&(o, _)| o < end);
    }
    crate::order::sort_by_key(&mut out[first_new..], |q| (q.start, 0));
}

/// The quotation marks of `line` with their byte offsets, in order: every
/// mark is `"`, `'`, or starts with byte 0xE2 (“ ” „ ‘ ’) or 0xC2 (« »), so
/// `memchr` finds them without decoding the rest of the paragraph. Into
/// `out`, emptied first.
fn marks(line: &str, out: &mut Vec<(usize, char)>) {
    let b = line.as_bytes();
    let mark_at = |i: usize| {
        let c = line.get(i..)?.chars().next()?;
        is_mark(c).then_some((i, c))
    };
    out.clear();
    out.extend(memchr::memchr3_iter(b'"', b'\'', 0xE2, b).filter_map(mark_at));
    let before = out.len();
    out.extend(memchr::memchr_iter(0xC2, b).filter_map(mark_at));
    if out.len() > before {
        crate::order::sort_by_key(out, |m| (m.0, 0));
    }
}

/// A quotation can open here and run on: at the start of the paragraph, or
/// after `:` or `,` (`She told MPs: ‘For 30 years …`).
fn introduces(before: &str) -> bool {
    let b = before.trim_end();
    b.is_empty() || b.ends_with([':', ','])
}

/// Where a quotation left open at the end of `line` ends: the paragraph's
/// end, without trailing spaces or a final `.`/`,`/`;`/`:` (spans never end
/// on punctuation; the closing mark comes in a later paragraph).
fn open_end(line: &str) -> usize {
    line.trim_end().trim_end_matches(['.', ',', ';', ':']).trim_end().len()
}

/// Adds `line[start..end]` (the line starts at byte `base` of the text) as
/// a quotation, unless it holds no word or is a term (`so-called “x”`).
fn push(base: usize, line: &str, start: usize, end: usize, para: usize, open_end: bool, out: &mut Vec<QuoteSpan>) {
    let body = &line[start..end];
    // An ASCII letter or digit first, by bytes: the body opens with its
    // mark, most often a curly one, which `char::is_alphanumeric` looks up
    // in the Unicode tables (0.2M instructions per 20 copies of the
    // articles); only a body without one is read character by character.
    let has_word = body.bytes().any(|b| b.is_ascii_alphanumeric()) || body.chars().any(char::is_alphanumeric);
    if !has_word
        || is_term(&line[..start])
        || work_title(&line[..start], body)
        || cited_headline(&line[..start], body, &line[end..])
        || nickname(&line[..start], body, &line[end..])
    {
        return;
    }
    out.push(QuoteSpan { start: base + start, end: base + end, para, open_end });
}

/// The mark `c` at byte `off` can open: nothing or a space or opening
/// punctuation before it, and a non-space after it.
fn opens(line: &str, off: usize, c: char) -> bool {
    let before_ok = line[..off].chars().next_back().is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '"' | '«')
    });
    let after_ok = line[off + c.len_utf8()..].chars().next().is_some_and(|n| !n.is_whitespace());
    before_ok && after_ok
}

/// Tokenised text (`said : " It was a draw . "`, as wire archives and
/// NLP corpora hold it) sets straight double quotes apart by spaces on both
/// sides. Such a mark opens when the next mark of the paragraph is a straight
/// double quote spaced the same way on its inside (a space before it, and the
/// end of the paragraph, a space or punctuation after it): the two pair up.
/// Apostrophes between them (`we 'll`, `do n't`) are passed over. `marks`
/// starts at the mark in question. An inch mark (`12 " `) never
/// pairs: a digit stands before it.
fn spaced_pair(line: &str, marks: &[(usize, char)]) -> bool {
    let mut doubles = marks.iter().filter(|m| !matches!(m.1, '\'' | '’'));
    let (Some(&(off, '"')), Some(&(close, '"'))) = (doubles.next(), doubles.next()) else {
        return false;
    };
    let spaced = |at: usize| line[at..].starts_with(' ') || at == line.len();
    let space_before = |at: usize| line[..at].ends_with(' ');
    let opener = (off == 0 || space_before(off)) && spaced(off + 1);
    let closer = space_before(close)
        && line[close + 1..].chars().next().is_none_or(|n| n.is_whitespace() || (!n.is_alphanumeric() && n != '"'));
    opener && closer && !line[..off].trim_end().ends_with(|p: char| p.is_ascii_digit())
}

/// The mark `c` at byte `off` can close: a non-space before it and the
/// end, a space or punctuation after it — and it is not an apostrophe
/// inside a word.
fn closes(line: &str, off: usize, c: char) -> bool {
    if line[..off].chars().next_back().is_none_or(char::is_whitespace) {
        return false;
    }
    match line[off + c.len_utf8()..].chars().next() {
        None => true,
        Some(n) => n.is_whitespace() || (!n.is_alphanumeric() && n != '\'' && n != '’'),
    }
}

/// The mark `c` at byte `off` is a plural's possessive apostrophe inside
/// a quotation that `next`, the mark after it, closes (`'at her wits' end'`,
/// `‘the workers’ fault,’`): after an `s`, before a space and a lower-case
/// word, with the next mark closing and opening nothing (not `'heroes'
/// and 'cowards'`).
fn possessive_before_close(line: &str, off: usize, c: char, next: Option<&(usize, char)>) -> bool {
    let Some(&(o, d)) = next.filter(|&&(_, d)| d == c) else { return false };
    let after_s = line[..off].ends_with(['s', 'S']);
    let mut rest = line[off + c.len_utf8()..].chars();
    let word_after = rest.next() == Some(' ') && rest.next().is_some_and(char::is_lowercase);
    after_s && word_after && closes(line, o, d) && !opens(line, o, d)
}

/// Text just before a quote that makes it a term, not a quotation.
fn is_term(before: &str) -> bool {
    let b = before.trim_end();
    let from = b.char_indices().rev().nth(TERM_CUE_CHARS).map_or(0, |(i, _)| i);
    // Lower-cased on the stack when ASCII (`with_lower`): this runs for
    // every quotation mark that may open one. A function, not a closure:
    // `with_lower` calls it on two paths, and a closure's body was
    // compiled into both (the page's bytes).
    with_lower(&b[from..], ends_with_term_cue) || naming_verb(b)
}

/// The lower-cased text before a quotation mark ends with a term cue.
fn ends_with_term_cue(b: &str) -> bool {
    let b = b.trim_end_matches([',', ':']).trim_end();
    // `what locals call “the hungry season”`
    let what_call =
        (b.ends_with(" call") || b.ends_with(" calls")) && b.rsplit(' ').take(WHAT_CALL_WORDS).any(|w| w == "what");
    // A cue's last byte first: a `memcmp` call only where it matches.
    let last = b.as_bytes().last();
    what_call || TERM_CUES.iter().any(|c| c.as_bytes().last() == last && b.ends_with(c) && !called_object(b, c))
}

/// Forms of `call` whose object a quotation describes (`called the report
/// “misleading”`): there `the report` is no title's cue.
const CALLING: [&str; 4] = ["call", "called", "calling", "calls"];

/// The cue `c` that ends `b` is a noun after `the` (`the report`) and the
/// object of a form of `call` ([`CALLING`]).
fn called_object(b: &str, c: &str) -> bool {
    let before = b[..b.len() - c.len()].trim_end();
    c.starts_with("the ") && CALLING.iter().any(|v| before.rsplit(' ').next() == Some(v))
}

/// The text before a quotation mark ends with a naming verb and its
/// object (`dubbed it the`, `referred to the package as`), in lower case
/// as such verbs are written: its last few words read back over its
/// bytes (a `rsplit` per call, `memrchr` per word, cost the speed
/// benchmark 0.4M instructions).
fn naming_verb(b: &str) -> bool {
    let bytes = b.as_bytes();
    let before_as = b.strip_suffix(" as").map(str::len);
    let mut end = before_as.unwrap_or(bytes.len());
    for _ in 0..=NAMING_OBJECT_WORDS {
        let start = bytes[..end].iter().rposition(|&c| c == b' ').map_or(0, |i| i + 1);
        let w = b.get(start..end).unwrap_or("");
        let named = if before_as.is_some() { NAMING_AS.contains(&w) } else { NAMING_VERBS.contains(&w) };
        if named {
            return true;
        }
        if start == 0 {
            return false;
        }
        end = start - 1;
    }
    false
}

/// A line's list marks before a cited headline (`* "…" — Reuters`).
const LIST_MARKS: [char; 4] = ['*', '-', '•', '·'];

/// A source's headline cited on a line of its own (`"Storm kills 16 in
/// central Europe" — BBC News, September 16, 2024`, a news site's sources
/// list): the quotation opens the line (maybe after a list mark), holds
/// no sentence's end (a headline, not `"Ask not …." — Kennedy`), and a
/// dash then an outlet and a date (a figure) end the line. A title, not
/// a quote (`LABELS.md`).
fn cited_headline(before: &str, body: &str, after: &str) -> bool {
    let opens_line = before.trim().chars().all(|c| LIST_MARKS.contains(&c));
    let inner = body.trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?'));
    let headline = !inner.ends_with(['.', '!', '?']);
    let Some(source) = after.trim_start().strip_prefix(['—', '–', '-']) else { return false };
    let source = source.trim_start();
    opens_line
        && headline
        && source.starts_with(|c: char| c.is_uppercase())
        && !source.contains(['\n', '"', '“'])
        && source.bytes().any(|b| b.is_ascii_digit())
}

/// A work's title after a possessive (`NBC's “Meet the Press”`, `the
/// network's “Face the Nation”`): the quotation (`body`, with its marks)
/// is a few words, each capitalised or a short word a title leaves in
/// lower case, the first capitalised.
fn work_title(before: &str, body: &str) -> bool {
    let b = before.trim_end();
    if !(b.ends_with("'s") || b.ends_with("’s")) {
        return false;
    }
    // Word by word over the bytes, the marks and punctuation passed over
    // (`“Meet`, `Press”`, a tokenised `"`).
    let mut n = 0;
    for w in body.split(' ') {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let Some(&first) = w.as_bytes().first() else { continue };
        n += 1;
        let small = n > 1 && TITLE_SMALL_WORDS.contains(&w);
        if n > TITLE_WORDS_MAX || !(first.is_ascii_uppercase() || small) {
            return false;
        }
    }
    n >= 2
}

/// The most words of a nickname in quotation marks (`“Iron Jaw”`).
const NICKNAME_WORDS_MAX: usize = 3;

/// `Dana "Bud" Okafor`, `Col. Ivo “J.T.” Brannock`, tokenised `Pavel " Iron
/// Jaw " Lind`: a quotation (`body`, with its marks) of one to
/// [`NICKNAME_WORDS_MAX`] capitalised words (letters, periods, hyphens),
/// between a given name and a capitalised word, a space on each side, is
/// the nickname inside a person's name, no quotation. Not after another
/// word (`the Senate “Yes” Caucus`), nor before a word in lower case
/// (`told Maria “Thanks” and left`).
fn nickname(before: &str, body: &str, after: &str) -> bool {
    let Some(before) = before.strip_suffix(' ') else { return false };
    let Some(after) = after.strip_prefix(' ') else { return false };
    if !after.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let inner = body.trim_matches(|c: char| c == ' ' || is_mark(c));
    let mut n = 0;
    for w in inner.split(' ').filter(|w| !w.is_empty()) {
        n += 1;
        let shaped =
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-');
        if n > NICKNAME_WORDS_MAX || !shaped {
            return false;
        }
    }
    let given = before.rsplit(' ').next().unwrap_or(before);
    n > 0
        && given.starts_with(|c: char| c.is_uppercase())
        && given.chars().all(char::is_alphabetic)
        && crate::lexicon::lexicon().is_given(given, false)
}

/// A quotation mark of any style.
fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        find(text).iter().map(|q| &text[q.start..q.end]).collect()
    }

    #[test]
    fn token_quotes_reads_only_the_quotations_as_the_walk_reads_every_token() {
        let texts = [
            "He said “we will win” and left. ‘Fine,’ she said, “I agree.”",
            "“Open\n\nStill open” ‘x’ “”“a” b «c d» ‘It’s done’ end “",
            "no quotations at all",
        ];
        for text in texts {
            let toks = crate::tokens::tokenize(text);
            let quotes = find(text);
            let fast = token_quotes(&toks, &quotes);
            let walk = token_quotes_walk(&toks, &quotes, Slots::new(toks.len()));
            for i in 0..=toks.len() {
                assert_eq!(fast.get(i), walk.get(i), "{text}: token {i}");
            }
        }
    }

    #[test]
    fn quote_cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("straight_double", r#"He said "ok" and left."#, &[r#""ok""#]),
            ("curly_double", "calling it “complex” today", &["“complex”"]),
            ("curly_single", "No quick breakthrough in ‘Complex’ talks", &["‘Complex’"]),
            ("straight_single_with_apostrophe", "'Words aren't matched': UN chief", &["'Words aren't matched'"]),
            ("guillemets", "il a dit «non» hier", &["«non»"]),
            (
                "nested_single_stays_inside",
                "“about Russia’s so-called ‘desire’ to end,” he said",
                &["“about Russia’s so-called ‘desire’ to end,”"],
            ),
            ("so_called_is_a_term", r#"or so-called "memorandums", at"#, &[]),
            (
                "a_cited_source_headline_is_a_title",
                "Sources\n\n\"Flood waters rise in Galati\" — Reuters, September 15, 2024\n* “Tusk visits Klodzko” – BBC News, 16 September",
                &[],
            ),
            (
                "counter_an_epigraph_is_a_quote",
                "\"We shall fight on the beaches.\" — Winston Churchill, 1940",
                &["\"We shall fight on the beaches.\""],
            ),
            (
                "counter_a_headline_quote_with_no_date_after",
                "\"Nobody expected this\" — the mayor of Galati",
                &["\"Nobody expected this\""],
            ),
            ("referred_to_as_is_a_term", "referred to as “memorandums.” Now", &[]),
            ("possessive_plural_is_not_a_quote", "the soldiers' remains and 'x'", &["'x'"]),
            (
                "possessive_plural_inside_a_quote",
                "left her 'at her wits' end'. ‘It is the workers’ fault,’ he said.",
                &["'at her wits' end'", "‘It is the workers’ fault,’"],
            ),
            (
                "plural_closing_before_another_quote",
                "called them 'heroes' and 'cowards' too",
                &["'heroes'", "'cowards'"],
            ),
            (
                "two_quotes_one_line",
                "Russia says no 'breakthroughs' in 'complex' talks",
                &["'breakthroughs'", "'complex'"],
            ),
            (
                "open_quote_runs_to_paragraph_end",
                "\"First part.\n\"Second part,\" he said.",
                &["\"First part", "\"Second part,\""],
            ),
            ("marks_without_words_are_not_quotes", "a \"\" b “ ” c", &[]),
            (
                "open_quote_drops_final_period",
                "“First part.\n“Second part,” he said.",
                &["“First part", "“Second part,”"],
            ),
            (
                "single_holds_nested_double",
                "he said. ‘I told them: “Be brave.” They were.’ Then",
                &["‘I told them: “Be brave.” They were.’"],
            ),
            (
                "single_quote_paragraph_runs_on",
                "She said: ‘For 30 years we waited.\n\n‘Now we act.’",
                &["‘For 30 years we waited", "‘Now we act.’"],
            ),
            ("what_they_call_is_a_term", "timed to what workers call “the hungry season”, when", &[]),
            ("title_of_a_paper_is_not_a_quote", "described in the paper “Efficacy of a vaccine”.", &[]),
            (
                "a_report_called_something_is_a_quote",
                "critics called the report \"misleading.\" Then",
                &["\"misleading.\""],
            ),
            ("calling_the_study_something_is_a_quote", "calling the study “deeply flawed” and", &["“deeply flawed”"]),
            ("a_report_named_after_a_verb_is_a_title", "she read the report “Water in Crisis” and", &[]),
            ("dubbed_with_an_object", "critics dubbed it the “One Big Ugly Bill.” Then", &[]),
            ("a_nickname_inside_a_name", "said Col. Ivo “J.T.” Brannock and Dana \"Bud\" Okafor", &[]),
            ("a_nickname_of_two_words_tokenised", "Pavel ' Iron Jaw ' Lind fled", &[]),
            ("counter_a_word_in_lower_case_after", "She told Maria “Thanks” and left.", &["“Thanks”"]),
            ("counter_no_given_name_before", "the Senate “Yes” Caucus met", &["“Yes”"]),
            ("counter_a_sentence_in_quotation_marks", "Okafor said “We Won.” Then", &["“We Won.”"]),
            ("known_to_someone_as", "known to colleagues as \"the Hammer,\" said", &[]),
            ("referred_to_something_as", "referred to the package as “the megabill” in", &[]),
            ("a_book_after_a_comma", "His book, \"The Art of the Deal,\" was", &[]),
            ("a_show_after_a_possessive", "appeared on NBC's \"Meet the Press\" to", &[]),
            // Counter-examples: a description reported with `as`, words
            // after a possessive that are no title.
            ("described_as_is_a_quote", "described the bill as “a disaster” and", &["“a disaster”"]),
            ("possessive_then_a_sentence", "the senator's \"I will not yield\" speech", &["\"I will not yield\""]),
            (
                "tokenised_quotes_pair_up",
                "Smith , 24 , said : \" It was a scrappy game . \" He left . \" We move on , \" he said .",
                &["\" It was a scrappy game . \"", "\" We move on , \""],
            ),
            ("tokenised_quote_at_line_start", "\" I knew , \" said Chebet .", &["\" I knew , \""]),
            (
                "tokenised_quote_holds_apostrophes",
                "\" We do n't talk , \" Kim said . \" We 'll see . \"",
                &["\" We do n't talk , \"", "\" We 'll see . \""],
            ),
            ("inch_marks_do_not_pair", "a 12 \" pizza and a 9 \" one", &[]),
            ("a_lone_spaced_mark_opens_nothing", "he said \" and then left", &[]),
            ("unspaced_closer_does_not_pair", "a \" b\" c", &[]),
        ];
        for (name, input, want) in cases {
            assert_eq!(spans(input), *want, "{name}");
        }
    }
}
