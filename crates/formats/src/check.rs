//! The check every exporter runs before it writes, and every reader after
//! it reads: a span's own text equals the document's text at its offsets,
//! counted in the format's unit.
//!
//! The slice is taken independently of the conversion that produced the
//! offsets (UTF-16 offsets slice the text's UTF-16 code units, not the
//! code-point offsets they came from), so a wrong conversion fails here
//! instead of drifting silently after the first emoji.

use std::fmt;

use annotator_schema::{CharOffset, Document, OffsetIndex, Span, Utf16Offset};

use crate::{ExportError, Mismatch, ReadError, ReadErrorKind};

/// What a format's offsets count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Unicode code points (Python `str` indices): the labelled JSON's unit.
    CodePoint,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
    /// Whole tokens (CoNLL).
    Token,
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Unit::CodePoint => "code points",
            Unit::Utf16 => "UTF-16 code units",
            Unit::Token => "tokens",
        })
    }
}

/// One document's text, ready to convert span offsets into a unit and to
/// check each converted span against the text.
pub struct Checked<'d> {
    format: &'static str,
    unit: Unit,
    doc: &'d Document,
    ix: OffsetIndex<'d>,
    /// The text's UTF-16 code units (only for [`Unit::Utf16`]).
    utf16: Vec<u16>,
}

impl<'d> Checked<'d> {
    pub fn new(format: &'static str, unit: Unit, doc: &'d Document) -> Self {
        let utf16 = if unit == Unit::Utf16 { doc.text.encode_utf16().collect() } else { Vec::new() };
        Checked { format, unit, doc, ix: OffsetIndex::new(&doc.text), utf16 }
    }

    /// The offset index of the document's text.
    pub fn index(&self) -> &OffsetIndex<'d> {
        &self.ix
    }

    /// Span `i`'s offsets in the format's unit (code points for
    /// [`Unit::Token`], whose writer checks its tokens itself), after
    /// checking that the text there is the span's own text.
    pub fn offsets(&self, i: usize, span: &Span) -> Result<(usize, usize), ExportError> {
        let (start, end) = (span.start, span.end);
        let out_of_range = || self.out_of_range(i, span);
        if start > end || end > self.ix.char_len() {
            return Err(out_of_range());
        }
        let found = self.ix.slice(start, end).map_err(|_| out_of_range())?;
        let (s, e) = match self.unit {
            Unit::CodePoint | Unit::Token => (start.0, end.0),
            Unit::Utf16 => {
                let s = self.ix.char_to_utf16(start).map_err(|_| out_of_range())?.0;
                let e = self.ix.char_to_utf16(end).map_err(|_| out_of_range())?.0;
                // The UTF-16 units at the written offsets must be the span's
                // own text's: counted from the text's own units, not from the
                // code points they were converted from.
                let units = self.utf16.get(s..e).ok_or_else(out_of_range)?;
                if !units.iter().copied().eq(span.text.encode_utf16()) {
                    return Err(self.mismatch(i, span, &span.text, &String::from_utf16(units).unwrap_or_default()));
                }
                (s, e)
            }
        };
        self.same(i, span, found)?;
        Ok((s, e))
    }

    /// Fails unless `found` (what the written offsets point at) is span
    /// `i`'s own text.
    pub fn same(&self, i: usize, span: &Span, found: &str) -> Result<(), ExportError> {
        self.same_as(i, span, &span.text, found)
    }

    /// Fails unless `found` is `expected`, the text span `i` must have
    /// where its written offsets point (brat joins a span's lines with a
    /// space).
    pub fn same_as(&self, i: usize, span: &Span, expected: &str, found: &str) -> Result<(), ExportError> {
        if found == expected {
            return Ok(());
        }
        Err(self.mismatch(i, span, expected, found))
    }

    fn mismatch(&self, i: usize, span: &Span, expected: &str, found: &str) -> ExportError {
        ExportError::SpanMismatch(Box::new(Mismatch {
            format: self.format,
            doc: self.doc.id.clone(),
            span: i + 1,
            label: span.label.to_string(),
            start: span.start.0,
            end: span.end.0,
            unit: self.unit,
            expected: expected.to_string(),
            found: found.to_string(),
        }))
    }

    fn out_of_range(&self, i: usize, span: &Span) -> ExportError {
        ExportError::SpanOutOfRange {
            format: self.format,
            doc: self.doc.id.clone(),
            span: i + 1,
            label: span.label.to_string(),
            start: span.start.0,
            end: span.end.0,
            len: self.ix.char_len().0,
        }
    }
}

/// Checks every span of every document in `unit` (for formats that write
/// the spans' code-point offsets as they are).
pub fn all(format: &'static str, unit: Unit, docs: &[Document]) -> Result<(), ExportError> {
    for d in docs {
        let ck = Checked::new(format, unit, d);
        for (i, s) in d.spans.iter().enumerate() {
            ck.offsets(i, s)?;
        }
    }
    Ok(())
}

/// Reads a span's offsets given in `unit` over `ix`'s text as code points,
/// refusing offsets outside the text or inside a character; `given` (the
/// span's text as the file states it, if it does) must equal the text
/// there. `doc` names the document in errors.
pub fn read_span(
    ix: &OffsetIndex<'_>,
    unit: Unit,
    doc: &str,
    (start, end): (usize, usize),
    given: Option<&str>,
) -> Result<(CharOffset, CharOffset, String), ReadError> {
    let len = match unit {
        Unit::Utf16 => ix.utf16_len().0,
        Unit::CodePoint | Unit::Token => ix.char_len().0,
    };
    if !(start < end && end <= len) {
        return Err(ReadErrorKind::OutOfRange { doc: doc.to_string(), start, end, len, unit }.into());
    }
    let (s, e) = match unit {
        Unit::Utf16 => {
            let conv = |at: usize| {
                ix.utf16_to_char(Utf16Offset(at)).map_err(|_| ReadErrorKind::SplitsCharacter {
                    doc: doc.to_string(),
                    start,
                    end,
                    at,
                    unit,
                })
            };
            (conv(start)?, conv(end)?)
        }
        Unit::CodePoint | Unit::Token => (CharOffset(start), CharOffset(end)),
    };
    // Both offsets were just checked to lie within the text.
    let actual = ix.slice(s, e).unwrap_or_default();
    if let Some(given) = given {
        same_text(doc, (start, end), unit, given, actual)?;
    }
    Ok((s, e, actual.to_string()))
}

/// Fails unless `given` (a span's text as a file states it) is `actual`
/// (the document's text at the span's offsets, `start..end` in `unit`).
/// Every reader's refusal of a stated text: one function, not one
/// inlined copy per reader.
#[inline(never)]
pub fn same_text(
    doc: &str,
    (start, end): (usize, usize),
    unit: Unit,
    given: &str,
    actual: &str,
) -> Result<(), ReadError> {
    if given == actual {
        return Ok(());
    }
    Err(ReadErrorKind::TextMismatch {
        doc: doc.to_string(),
        start,
        end,
        unit,
        given: given.to_string(),
        actual: actual.to_string(),
    }
    .into())
}

#[cfg(test)]
mod tests {
    use annotator_schema::{Attrs, Label, Origin};

    use super::*;

    fn doc(text: &str, spans: &[(usize, usize, &str)]) -> Document {
        let mut d = Document::new("d1", "d1.txt", text);
        for &(s, e, t) in spans {
            d.spans.push(Span {
                start: CharOffset(s),
                end: CharOffset(e),
                label: Label::Person,
                text: t.to_string(),
                attrs: Attrs::None,
                origin: Origin::Auto,
            });
        }
        d
    }

    #[test]
    fn offsets_are_converted_into_the_unit_and_checked_against_the_text() {
        // An astral character (2 UTF-16 units) and a combining mark (1 code point each) before the span.
        let d = doc("🇺🇦 Cafe\u{301} Peskov", &[(9, 15, "Peskov")]);
        assert_eq!(Checked::new("t", Unit::CodePoint, &d).offsets(0, &d.spans[0]), Ok((9, 15)));
        assert_eq!(Checked::new("t", Unit::Utf16, &d).offsets(0, &d.spans[0]), Ok((11, 17)));
    }

    #[test]
    fn a_span_whose_text_is_not_at_its_offsets_is_a_typed_error_naming_document_and_span() {
        let d = doc("😀 Peskov said", &[(2, 8, "Peskov"), (3, 8, "Peskov")]);
        for unit in [Unit::CodePoint, Unit::Utf16] {
            let ck = Checked::new("t", unit, &d);
            assert!(ck.offsets(0, &d.spans[0]).is_ok());
            match ck.offsets(1, &d.spans[1]) {
                Err(ExportError::SpanMismatch(m)) => {
                    assert_eq!(
                        (m.doc.as_str(), m.span, m.expected.as_str(), m.found.as_str()),
                        ("d1", 2, "Peskov", "eskov")
                    );
                }
                other => panic!("{other:?}"),
            }
        }
        let far = doc("abc", &[(1, 9, "bc")]);
        assert!(matches!(
            Checked::new("t", Unit::Utf16, &far).offsets(0, &far.spans[0]),
            Err(ExportError::SpanOutOfRange { span: 1, len: 3, .. })
        ));
    }

    #[test]
    fn read_offsets_in_utf16_become_code_points_and_are_checked() {
        let text = "😀 Peskov";
        let ix = OffsetIndex::new(text);
        let (s, e, t) = read_span(&ix, Unit::Utf16, "d", (3, 9), Some("Peskov")).unwrap();
        assert_eq!((s.0, e.0, t.as_str()), (2, 8, "Peskov"));
        assert!(matches!(
            read_span(&ix, Unit::Utf16, "d", (1, 9), None).map_err(|e| e.kind().clone()),
            Err(ReadErrorKind::SplitsCharacter { at: 1, .. })
        ));
        assert!(matches!(
            read_span(&ix, Unit::CodePoint, "d", (2, 8), Some("Pesko")).map_err(|e| e.kind().clone()),
            Err(ReadErrorKind::TextMismatch { .. })
        ));
        assert!(matches!(
            read_span(&ix, Unit::CodePoint, "d", (2, 99), None).map_err(|e| e.kind().clone()),
            Err(ReadErrorKind::OutOfRange { len: 8, .. })
        ));
        assert!(matches!(
            read_span(&ix, Unit::CodePoint, "d", (4, 4), None).map_err(|e| e.kind().clone()),
            Err(ReadErrorKind::OutOfRange { .. })
        ));
    }
}
