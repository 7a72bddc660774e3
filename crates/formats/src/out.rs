//! Text written directly, for the writers (JSON, lines): building `serde_json`
//! value trees for every span costs the page far more code than appending
//! text (the page's budget is counted in bytes).

use annotator_schema::{Document, Label};

/// JSON text being written: UTF-8, the bytes of a file (`OutFile`).
#[derive(Default)]
pub struct JsonText(pub Vec<u8>);

impl JsonText {
    /// Appends `s` as a JSON string, escaped by the labelled JSON's writer
    /// (as serde_json escapes it): its code is on the page already.
    pub fn str(&mut self, s: &str) -> &mut Self {
        annotator_schema::json::push_string(&mut self.0, s);
        self
    }

    /// Appends `"key":`.
    pub fn key(&mut self, key: &str) -> &mut Self {
        self.str(key).raw(":")
    }

    /// Appends JSON text as it is (punctuation, numbers, literals). Not
    /// inlined: the writers call it at a hundred places.
    #[inline(never)]
    pub fn raw(&mut self, s: &str) -> &mut Self {
        self.0.extend_from_slice(s.as_bytes());
        self
    }

    /// Appends `template` with each [`STR`] in it replaced by the next of
    /// `args` as a JSON string and each [`RAW`] by the next as it is (a
    /// number, a literal, JSON text). One call and one template per record
    /// of a writer, instead of a call per field: the templates are data,
    /// which compresses far better than the code of the calls.
    #[inline(never)]
    pub fn fill(&mut self, template: &str, args: &[&str]) -> &mut Self {
        let mut args = args.iter().copied();
        let mut rest = template;
        while let Some(at) = rest.find([STR, RAW]) {
            self.raw(&rest[..at]);
            // A hole without an argument (a template's own mistake, which
            // every writer's tests would show) is left empty.
            let arg = args.next().unwrap_or_default();
            if rest[at..].starts_with(STR) {
                self.str(arg);
            } else {
                self.raw(arg);
            }
            // Both markers are one byte long.
            rest = &rest[at + 1..];
        }
        self.raw(rest)
    }
}

/// Appends a whole number in decimal: `itoa`'s digits (already in every
/// build, through `serde_json`), with no `String` made per number as
/// `to_string` does. Not inlined: every writer's numbers go through it.
#[inline(never)]
pub fn num(out: &mut String, n: usize) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// A whole number in decimal, as a new string.
pub fn num_text(n: usize) -> String {
    let mut out = String::new();
    num(&mut out, n);
    out
}

/// Appends one line of text: its parts, then a line break. Not inlined:
/// every line of brat's files and of Label Studio's config goes through it.
#[inline(never)]
pub fn line(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
    out.push('\n');
}

/// Each of `items` once, in the order first seen.
pub fn once<'a>(items: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for x in items {
        if !out.contains(x) {
            out.push(x);
        }
    }
    out
}

/// The PERSON span among `among` that names `speaker` (by its entity, or
/// its text) nearest to quote `q`, if there is one: where a writer points
/// a quote's speaker relation (Label Studio, brat).
pub fn speaker_span(d: &Document, among: &[usize], q: usize, speaker: &str) -> Option<usize> {
    let quote = &d.spans[q];
    // A plain loop keeping the first of the nearest (as `min_by_key`
    // would): the `filter`/`min_by_key` adapters were instantiated for
    // this alone.
    let mut best: Option<(usize, usize)> = None;
    for &i in among {
        let s = &d.spans[i];
        if i == q || s.label != Label::Person || s.entity().unwrap_or(&s.text) != speaker {
            continue;
        }
        let gap = if s.end <= quote.start { quote.start.0 - s.end.0 } else { s.start.0.saturating_sub(quote.end.0) };
        if best.is_none_or(|(_, g)| gap < g) {
            best = Some((i, gap));
        }
    }
    best.map(|(i, _)| i)
}

/// In a [`JsonText::fill`] template: a JSON string argument goes here.
pub const STR: char = '\x01';
/// In a [`JsonText::fill`] template: an argument goes here as it is.
pub const RAW: char = '\x02';

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_json_reads_them() {
        let nasty = "a\"b\\c\nd\re\tf\u{1}\u{8}\u{c}g😀é";
        let mut j = JsonText::default();
        j.fill("{\"k\":\x01,\"n\":\x02}", &[nasty, "42"]);
        let v: serde_json::Value = serde_json::from_slice(&j.0).unwrap();
        assert_eq!((v["k"].as_str(), v["n"].as_u64()), (Some(nasty), Some(42)));
    }
}
