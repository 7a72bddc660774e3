//! A reader of the JSON the page writes for itself: the saved records
//! ([`crate::persist`]) and the extraction worker's spans.
//!
//! Written by hand over the text instead of serde's derived readers: serde
//! compiles a reader for each type and each kind of input it reads, and
//! those of the saved records (documents, undo histories, spans) cost the
//! page's wasm tens of KB. The labelled JSON's files are still read by
//! `annotator_schema` (through `serde_json::Value`); a span here follows
//! the same rules, which a test checks against it.
//!
//! [`Reader`] reads values in place, a field or an item at a time; what a
//! value may be is the caller's: each error says what was wanted where.

use std::borrow::Cow;

use annotator_schema::{Attrs, CharOffset, Label, NumberAttrs, NumberKind, NumberValue, Origin, Span};

/// How deep [`Reader::skip`] goes into values nobody asked for before it
/// refuses them (serde_json's own limit): a hand-edited record nested
/// deeper must not exhaust the stack.
const MAX_DEPTH: usize = 128;

/// A cursor over JSON text. Errors are messages that name the byte offset.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader { text, at: 0 }
    }

    /// The byte offset the next value starts at (or whitespace before it).
    pub fn at(&self) -> usize {
        self.at
    }

    /// `what` was wanted here.
    pub fn error(&self, what: &str) -> String {
        format!("{what} at byte {}", self.at)
    }

    /// The next byte after whitespace, not taken.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.at) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    /// Takes `c` (after whitespace), or says it was wanted.
    fn expect(&mut self, c: u8) -> Result<(), String> {
        if self.peek() == Some(c) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(&format!("'{}' expected", c as char)))
        }
    }

    /// Takes the literal `word` if it comes next.
    fn word(&mut self, word: &str) -> bool {
        self.peek();
        let found = self.text.as_bytes()[self.at..].starts_with(word.as_bytes());
        if found {
            self.at += word.len();
        }
        found
    }

    /// Nothing but whitespace is left.
    pub fn end(&mut self) -> Result<(), String> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error("end of the text expected")),
        }
    }

    /// Takes a `null` if one comes next.
    pub fn null(&mut self) -> bool {
        self.word("null")
    }

    pub fn bool(&mut self) -> Result<bool, String> {
        if self.word("true") {
            Ok(true)
        } else if self.word("false") {
            Ok(false)
        } else {
            Err(self.error("true or false expected"))
        }
    }

    /// A number's characters as they stand (checked by the caller's parse).
    fn number(&mut self) -> &'a str {
        self.peek();
        let start = self.at;
        let bytes = self.text.as_bytes();
        while bytes.get(self.at).is_some_and(|b| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')) {
            self.at += 1;
        }
        &self.text[start..self.at]
    }

    /// A whole number from 0 up.
    pub fn uint(&mut self) -> Result<u64, String> {
        let at = self.at;
        self.number().parse().map_err(|_| {
            self.at = at;
            self.error("a whole number expected")
        })
    }

    pub fn float(&mut self) -> Result<f64, String> {
        let at = self.at;
        self.number().parse().map_err(|_| {
            self.at = at;
            self.error("a number expected")
        })
    }

    /// A string, borrowed from the text unless it holds escapes.
    pub fn str(&mut self) -> Result<Cow<'a, str>, String> {
        self.expect(b'"')?;
        let bytes = self.text.as_bytes();
        let start = self.at;
        // Up to the closing quote or the first escape. Both are ASCII, so
        // every slice below falls on a character boundary.
        while let Some(&b) = bytes.get(self.at) {
            match b {
                b'"' => {
                    self.at += 1;
                    return Ok(Cow::Borrowed(&self.text[start..self.at - 1]));
                }
                b'\\' => break,
                _ => self.at += 1,
            }
        }
        let mut out = String::from(&self.text[start..self.at]);
        loop {
            let run = self.at;
            while bytes.get(self.at).is_some_and(|&b| b != b'"' && b != b'\\') {
                self.at += 1;
            }
            out.push_str(&self.text[run..self.at]);
            match bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(_) => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                None => return Err(self.error("end of string expected")),
            }
        }
    }

    /// An owned string.
    pub fn string(&mut self) -> Result<String, String> {
        self.str().map(Cow::into_owned)
    }

    /// A string, or `None` for `null`.
    pub fn opt_string(&mut self) -> Result<Option<String>, String> {
        if self.null() {
            Ok(None)
        } else {
            self.string().map(Some)
        }
    }

    /// The character of the escape after a backslash.
    fn escape(&mut self) -> Result<char, String> {
        let b = self.text.as_bytes().get(self.at).copied();
        self.at += 1;
        Ok(match b {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let unit = self.hex4()?;
                let code = match unit {
                    0xD800..=0xDBFF => {
                        if !self.text.as_bytes()[self.at..].starts_with(b"\\u") {
                            return Err(self.error("the low half of a surrogate pair expected"));
                        }
                        self.at += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.error("the low half of a surrogate pair expected"));
                        }
                        0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    _ => unit,
                };
                char::from_u32(code).ok_or_else(|| self.error("a lone surrogate"))?
            }
            _ => return Err(self.error("a valid escape expected")),
        })
    }

    /// Four hexadecimal digits.
    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.text.get(self.at..self.at + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let n = digits
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| self.error("four hex digits expected"))?;
        self.at += 4;
        Ok(n)
    }

    /// Opens an object (`{`), for [`next_key`](Self::next_key).
    pub fn open_object(&mut self) -> Result<(), String> {
        self.expect(b'{')
    }

    /// Opens an array (`[`), for [`next_item`](Self::next_item).
    pub fn open_array(&mut self) -> Result<(), String> {
        self.expect(b'[')
    }

    /// The next key of the open object, the reader at its value (which the
    /// caller must take), or `None` at the object's end (taken).
    pub fn next_key(&mut self) -> Result<Option<Cow<'a, str>>, String> {
        match self.peek() {
            Some(b'}') => {
                self.at += 1;
                return Ok(None);
            }
            Some(b',') => self.at += 1,
            _ => {}
        }
        let key = self.str()?;
        self.expect(b':')?;
        Ok(Some(key))
    }

    /// Whether the open array has another item, the reader at it (which
    /// the caller must take); its end is taken.
    pub fn next_item(&mut self) -> Result<bool, String> {
        match self.peek() {
            Some(b']') => {
                self.at += 1;
                return Ok(false);
            }
            Some(b',') => self.at += 1,
            _ => {}
        }
        Ok(true)
    }

    /// An object, each field's key and the reader at its value handed to
    /// `field`, which must take the value.
    pub fn fields(&mut self, mut field: impl FnMut(&mut Self, &str) -> Result<(), String>) -> Result<(), String> {
        self.open_object()?;
        while let Some(key) = self.next_key()? {
            field(self, &key)?;
        }
        Ok(())
    }

    /// An array, the reader at each item handed to `item`, which must take
    /// it.
    pub fn items(&mut self, mut item: impl FnMut(&mut Self) -> Result<(), String>) -> Result<(), String> {
        self.open_array()?;
        while self.next_item()? {
            item(self)?;
        }
        Ok(())
    }

    /// Takes any value (a field nobody reads).
    pub fn skip(&mut self) -> Result<(), String> {
        self.skip_within(MAX_DEPTH)
    }

    fn skip_within(&mut self, depth: usize) -> Result<(), String> {
        let Some(depth) = depth.checked_sub(1) else { return Err(self.error("values nested too deep")) };
        match self.peek() {
            Some(b'"') => self.str().map(drop),
            Some(b'{') => self.fields(|r, _| r.skip_within(depth)),
            Some(b'[') => self.items(|r| r.skip_within(depth)),
            Some(b't' | b'f') => self.bool().map(drop),
            Some(b'n') if self.null() => Ok(()),
            _ => self.float().map(drop),
        }
    }

    /// A value read by `read`, or, if it is not what `read` wants, the
    /// error and the value skipped: for fields that matter only beside
    /// others (a NUMBER's `value` and `unit` count only with its `kind`).
    fn later<T>(&mut self, read: impl FnOnce(&mut Self) -> Result<T, String>) -> Result<Result<T, String>, String> {
        let at = self.at;
        match read(self) {
            Ok(v) => Ok(Ok(v)),
            Err(e) => {
                self.at = at;
                self.skip()?;
                Ok(Err(e))
            }
        }
    }
}

/// One span object of the labelled JSON with its `text` (no document to
/// take it from), as `annotator_schema` reads one alone: optional fields
/// for the labels that have them, `speaker`, `value` and `unit` possibly
/// `null`, `checked` folded into the origin.
pub fn span(r: &mut Reader) -> Result<Span, String> {
    let at = r.at();
    let (mut start, mut end, mut label, mut text, mut entity, mut kind) = (None, None, None, None, None, None);
    let (mut value, mut unit, mut speaker) = (None, None, None);
    let (mut origin, mut checked) = (Origin::Auto, false);
    r.fields(|r, key| {
        match key {
            "start" => start = Some(r.uint()?),
            "end" => end = Some(r.uint()?),
            "label" => label = Some(r.str()?.parse::<Label>().map_err(|e| e.to_string())?),
            "text" => text = r.opt_string()?,
            "entity" => entity = r.opt_string()?,
            "kind" => {
                kind = match r.null() {
                    true => None,
                    false => Some(number_kind(&r.str()?)?),
                }
            }
            "value" => value = Some(r.later(number_value)?),
            "unit" => unit = Some(r.later(|r| r.opt_string().map_err(|_| "unit must be a string or null".into()))?),
            "speaker" => speaker = Some(r.opt_string().map_err(|_| "speaker must be a name or null".to_string())?),
            "origin" => {
                let s = r.str()?;
                origin = Origin::ALL
                    .into_iter()
                    .find(|o| o.as_str() == s)
                    .ok_or_else(|| format!("origin {s:?} is neither \"auto\" nor \"user\""))?;
            }
            "checked" => checked = r.bool()?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    let missing = |field: &str| format!("span at byte {at}: missing field `{field}`");
    let (start, end) = (start.ok_or_else(|| missing("start"))?, end.ok_or_else(|| missing("end"))?);
    let attrs = match (speaker, kind) {
        (Some(speaker), _) => Attrs::Quote { speaker },
        (None, Some(kind)) => {
            Attrs::Number(NumberAttrs { kind, value: value.transpose()?.flatten(), unit: unit.transpose()?.flatten() })
        }
        (None, None) => entity.map_or(Attrs::None, Attrs::Entity),
    };
    if start >= end {
        return Err(format!("empty span {start}..{end}"));
    }
    let offset = |n: u64| usize::try_from(n).map(CharOffset).map_err(|_| format!("offset {n} too large"));
    Ok(Span {
        start: offset(start)?,
        end: offset(end)?,
        label: label.ok_or_else(|| missing("label"))?,
        text: text.ok_or_else(|| missing("text"))?,
        attrs,
        origin: if checked && origin == Origin::Auto { Origin::Checked } else { origin },
    })
}

/// A JSON array of span objects (what [`spans`] reads in full).
pub fn spans(json: &str) -> Result<Vec<Span>, String> {
    let mut r = Reader::new(json);
    let mut out = Vec::new();
    r.items(|r| span(r).map(|s| out.push(s)))?;
    r.end()?;
    Ok(out)
}

fn number_kind(s: &str) -> Result<NumberKind, String> {
    NumberKind::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| format!("unknown number kind {s:?}"))
}

/// A NUMBER's `value`: `null`, a number, a date string or a `{min, max}`
/// range (other fields of the range ignored).
fn number_value(r: &mut Reader) -> Result<Option<NumberValue>, String> {
    match r.peek() {
        Some(b'n') if r.null() => Ok(None),
        Some(b'"') => Ok(Some(NumberValue::Date(r.string()?))),
        Some(b'{') => {
            let (mut min, mut max) = (None, None);
            r.fields(|r, key| {
                match key {
                    "min" => min = Some(r.float()?),
                    "max" => max = Some(r.float()?),
                    _ => r.skip()?,
                }
                Ok(())
            })?;
            match (min, max) {
                (Some(min), Some(max)) => Ok(Some(NumberValue::Range { min, max })),
                _ => Err(r.error("a range value needs numeric min and max")),
            }
        }
        _ => r
            .float()
            .map(|x| Some(NumberValue::Number(x)))
            .map_err(|_| r.error("value must be a number, range or date")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shape of span the labelled JSON's own reader accepts, and some
    /// it refuses: this reader gives the same spans and refuses the same.
    const SPANS: &[&str] = &[
        r#"{"start":2,"end":8,"label":"PERSON","text":"Peskov","entity":"Dmitry Peskov","origin":"user"}"#,
        r#"{"start":0,"end":3,"label":"PLACE","text":"Kyi\u0076","origin":"auto","checked":true}"#,
        r#"{"start":38,"end":44,"label":"NUMBER","text":"12,000","kind":"cardinal","value":12000,"unit":null}"#,
        r#"{"start":1,"end":4,"label":"NUMBER","text":"two","kind":"range","value":{"max":3,"min":2.5},"unit":"day"}"#,
        r#"{"start":1,"end":4,"label":"NUMBER","text":"May","kind":"date","value":"--05-16","origin":"auto"}"#,
        r#"{"start":1,"end":4,"label":"NUMBER","text":"x","kind":"money","value":-1.5e3,"unit":"USD"}"#,
        r#"{"start":1,"end":4,"label":"NUMBER","text":"x","kind":"percent"}"#,
        r#"{"start":1,"end":4,"label":"NUMBER","text":"x","kind":null,"value":[1],"unit":5}"#,
        r#"{"start":33,"end":37,"label":"QUOTE","text":"\"ok\" 😀 \ud83d\ude00\n\t\\\/","speaker":null}"#,
        r#" { "speaker" : "Ada" , "label" : "QUOTE" , "end" : 9 , "start" : 1 , "text" : "q" , "extra" : [ { "a" : [ true , null ] } ] } "#,
        r#"{"start":1,"end":4,"label":"ORG","text":"UN","origin":"user","checked":true}"#,
        r#"{"start":4,"end":4,"label":"PERSON","text":""}"#,
        r#"{"start":1,"end":4,"label":"PERSON"}"#,
        r#"{"start":1,"end":4,"label":"person","text":"x"}"#,
        r#"{"start":1,"end":4,"label":"PERSON","text":"x","origin":"robot"}"#,
        r#"{"start":1,"end":4,"label":"NUMBER","text":"x","kind":"size"}"#,
        r#"{"start":1,"end":4,"label":"NUMBER","text":"x","kind":"cardinal","value":[1]}"#,
        r#"{"start":1,"end":4,"label":"NUMBER","text":"x","kind":"range","value":{"min":1}}"#,
        r#"{"start":1,"end":4,"label":"NUMBER","text":"x","kind":"cardinal","unit":5}"#,
        r#"{"start":1,"end":4,"label":"QUOTE","text":"x","speaker":5}"#,
        r#"{"start":-1,"end":4,"label":"PERSON","text":"x"}"#,
        r#"{"start":1,"end":4,"label":"PERSON","text":"\ud83d"}"#,
        r#"{"start":1,"end":4,"label":"PERSON","text":"x"#,
        r#"{"start":1,"end":4,"label":"PERSON","text":"x"} x"#,
    ];

    #[test]
    fn a_span_reads_as_the_labelled_jsons_reader_reads_it() {
        for json in SPANS {
            let want = serde_json::from_str::<Span>(json).ok();
            let mut r = Reader::new(json);
            let got = span(&mut r).and_then(|s| r.end().map(|()| s)).ok();
            assert_eq!(got, want, "{json}");
        }
        assert!(SPANS.iter().filter(|j| serde_json::from_str::<Span>(j).is_ok()).count() >= 10);
    }

    #[test]
    fn written_spans_read_back() {
        let spans: Vec<Span> = SPANS.iter().filter_map(|j| serde_json::from_str::<Span>(j).ok()).collect();
        let json = annotator_schema::json::spans_to_json(&spans);
        assert_eq!(super::spans(&json), Ok(spans));
        assert_eq!(super::spans("[]"), Ok(vec![]));
        assert!(super::spans("[").is_err());
        assert!(super::spans("[] x").is_err());
    }

    #[test]
    fn values_nested_too_deep_are_refused_not_overflowed() {
        let deep = format!(
            "{{\"start\":1,\"end\":2,\"label\":\"PERSON\",\"text\":\"x\",\"e\":{}1{}}}",
            "[".repeat(10_000),
            "]".repeat(10_000)
        );
        let err = span(&mut Reader::new(&deep)).unwrap_err();
        assert!(err.contains("too deep"), "{err}");
    }
}
