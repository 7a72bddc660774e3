//! `conll`: CoNLL-2003-style IOB2 tags for PERSON, PLACE and NUMBER, one
//! token a line (`token _ _ B-PERSON`), a blank line after each line of
//! the text, each document opened by `-DOCSTART- -X- -X- O`. Export only.
//!
//! Tokens are runs of non-space characters with their leading and trailing
//! punctuation split off, and every span's start and end is a token
//! boundary, so each span is a whole number of tokens. Before writing, each
//! span's tokens are checked to cover exactly its text; two overlapping
//! PERSON/PLACE/NUMBER spans cannot be tagged and are refused.

use annotator_schema::{CharOffset, Document, Label};

use crate::check::{Checked, Unit};
use crate::{About, ExportError, Format, Keeps, OutFile};

pub struct Conll;

/// What opens each document.
const DOCSTART: &str = "-DOCSTART- -X- -X- O";
/// Characters split off the ends of a token as tokens of their own.
const PUNCT: &[char] = &[
    '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '{', '}', '“', '”', '‘', '’', '«', '»', '—', '–', '…',
];

/// The labels CoNLL-2003 tags.
fn tagged(label: &Label) -> bool {
    matches!(label, Label::Person | Label::Place | Label::Number)
}

/// What the format is (`Format::about`).
const ABOUT: About = About {
    id: "conll",
    title: "CoNLL-2003 IOB2 (export only)",
    unit: Unit::Token,
    extension: "conll",
    keeps: Keeps::NONE,
    reads: &[],
};

impl Format for Conll {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        let mut out = String::new();
        for d in docs {
            out.push_str(DOCSTART);
            out.push_str("\n\n");
            out.push_str(&document(d)?);
        }
        Ok(vec![OutFile::text(stem, "conll", "text/plain", out.into_bytes())])
    }
}

/// Tokens as code-point ranges; every span start and end in `cuts` (sorted)
/// is a token boundary.
pub fn tokens(text: &str, cuts: &[usize]) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let (mut cut, mut i) = (0, 0);
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        while cuts.get(cut).is_some_and(|&c| c <= i) {
            cut += 1;
        }
        let limit = cuts.get(cut).copied().unwrap_or(chars.len());
        let mut j = i;
        while j < chars.len() && j < limit && !chars[j].is_whitespace() {
            j += 1;
        }
        peel(&chars, i, j, &mut out);
        i = j;
    }
    out
}

/// A run of non-space characters as tokens: leading and trailing
/// punctuation split off one by one (a final period stays on a word that
/// has another period in it: `U.S.`).
fn peel(chars: &[char], mut a: usize, mut b: usize, out: &mut Vec<(usize, usize)>) {
    while a < b && PUNCT.contains(&chars[a]) {
        out.push((a, a + 1));
        a += 1;
    }
    // The trailing punctuation found first, then written after the word
    // in order (no list of it kept).
    let end = b;
    while b > a && PUNCT.contains(&chars[b - 1]) {
        let abbreviation = chars[b - 1] == '.' && chars[a..b - 1].contains(&'.');
        if abbreviation {
            break;
        }
        b -= 1;
    }
    if a < b {
        out.push((a, b));
    }
    for k in b..end {
        out.push((k, k + 1));
    }
}

/// One document's lines.
fn document(d: &Document) -> Result<String, ExportError> {
    let ck = Checked::new(ABOUT.id, ABOUT.unit, d);
    let (mut spans, mut cuts) = (Vec::new(), Vec::new());
    for (i, s) in d.spans.iter().enumerate() {
        if tagged(&s.label) {
            ck.offsets(i, s)?;
            spans.push(i);
            cuts.push(s.start.0);
            cuts.push(s.end.0);
        }
    }
    for w in spans.windows(2) {
        // Spans are sorted by start; overlapping ones are neighbours or nested in the first.
        let (a, b) = (&d.spans[w[0]], &d.spans[w[1]]);
        if b.start < a.end {
            return Err(ExportError::Overlap {
                format: ABOUT.id,
                doc: d.id.clone(),
                first: w[0] + 1,
                second: w[1] + 1,
            });
        }
    }
    // Each span's tokens must cover exactly its text. Tokens are cut at
    // every span's ends and drop nothing but whitespace, so a span's
    // tokens cover its text (just checked to be at its offsets) from its
    // first non-space character to its last: its text trimmed, which is
    // what the check compares, with no token search.
    for &i in &spans {
        let s = &d.spans[i];
        ck.same(i, s, s.text.trim())?;
    }
    // `cuts` is sorted: the spans are sorted by start and, as just checked, do not overlap.
    let toks = tokens(&d.text, &cuts);
    let ix = ck.index();
    let mut out = String::new();
    let (mut k, mut open) = (0, None);
    let mut last_end = 0;
    for &(a, b) in &toks {
        let gap = ix.slice(CharOffset(last_end), CharOffset(a)).unwrap_or_default();
        if last_end > 0 && gap.contains('\n') {
            out.push('\n');
        }
        last_end = b;
        while k < spans.len() && d.spans[spans[k]].end.0 <= a {
            k += 1;
        }
        let token = ix.slice(CharOffset(a), CharOffset(b)).unwrap_or_default();
        out.push_str(token);
        out.push_str(" _ _ ");
        match spans.get(k).map(|&i| (i, &d.spans[i])) {
            Some((i, s)) if s.start.0 <= a => {
                out.push_str(if open == Some(i) { "I-" } else { "B-" });
                out.push_str(s.label.as_str());
                open = Some(i);
            }
            _ => {
                out.push('O');
                open = None;
            }
        }
        out.push('\n');
    }
    out.push('\n');
    Ok(out)
}
