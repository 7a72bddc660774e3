//! Annotating a labelled document again: the extractor's own spans are
//! redone, a person's spans are kept.
//!
//! The one rule for re-extraction, used wherever a labelled document meets
//! a (possibly newer) core: `annotate` on labelled JSON and `annotate
//! --jsonl` in the CLI.
//!
//! * A span is **kept** unless its origin is `auto`: a person made or
//!   changed it (`origin: user`), or confirmed it unchanged (`auto` with
//!   `"checked": true`, which the schema reads as `Origin::Checked`), and
//!   `LABELS.md` makes both the person's word.
//! * Every `auto` span is dropped and the extractor's current spans are
//!   added, except those that would overlap a kept span of the same kind (a
//!   QUOTE with a QUOTE, any other label with any other label: the overlaps
//!   an edit never makes): where a person has spoken, their version wins.
//! * `reviewed` stays only when the spans come out exactly as they were:
//!   new suggestions have not been reviewed.

use annotator_schema::{Document, Label, Origin, Span, SpanView};

/// `doc` with its automatic spans redone and its person's spans kept (see
/// the module doc); id, name, text and every other field stay.
pub fn reannotate(mut doc: Document) -> Document {
    // The spans alone: no document, so no copy of the text.
    let fresh = crate::annotate_spans(&doc.text);
    let before = std::mem::take(&mut doc.spans);
    let mut spans: Vec<Span> = before.iter().filter(|s| is_kept(s)).cloned().collect();
    let kept = spans.len();
    for s in fresh {
        if !spans[..kept].iter().any(|k| clashes(k, &s)) {
            spans.push(s);
        }
    }
    doc.spans = spans;
    doc.sort_spans();
    doc.reviewed &= unchanged(&before, doc.spans.iter().map(Span::view));
    doc
}

/// Whether [`reannotate`] keeps span `s`: its origin is not `auto`.
fn is_kept(s: &Span) -> bool {
    s.origin != Origin::Auto
}

/// Whether [`reannotate`] keeps none of `doc`'s spans (each is `auto`, or
/// it has none, as an archive's plain documents): its spans then become
/// the extractor's alone, in their order, and a caller may write them
/// straight from the extractions ([`crate::span_views`]), its `reviewed`
/// kept only when [`unchanged`] holds, without a [`Span`] made of each.
pub fn keeps_none(doc: &Document) -> bool {
    !doc.spans.iter().any(is_kept)
}

/// Whether `after` are exactly the spans `before`, field by field and in
/// order: a reviewed document stays reviewed only then (new suggestions
/// have not been reviewed).
pub fn unchanged<'a>(before: &[Span], after: impl IntoIterator<Item = SpanView<'a>>) -> bool {
    let mut after = after.into_iter();
    before.iter().all(|s| after.next() == Some(s.view())) && after.next().is_none()
}

/// Whether a fresh span `s` must give way to a kept span `k`.
fn clashes(k: &Span, s: &Span) -> bool {
    let overlap = k.start < s.end && s.start < k.end;
    let same_kind = (k.label == Label::Quote) == (s.label == Label::Quote);
    overlap && same_kind
}

#[cfg(test)]
mod tests {
    use super::*;
    use annotator_schema::CharOffset;

    const TEXT: &str = "“It is complex,” Kremlin spokesman Dmitry Peskov said in Moscow on June 3, 2025.";

    fn span(doc: &Document, text: &str, label: Label, origin: Origin) -> Span {
        let start = doc.text.find(text).map(|b| doc.text[..b].chars().count()).expect("text in the document");
        Span {
            start: CharOffset(start),
            end: CharOffset(start + text.chars().count()),
            label,
            text: text.into(),
            attrs: Default::default(),
            origin,
        }
    }

    fn labels(doc: &Document) -> Vec<(&str, &str, Origin)> {
        doc.spans.iter().map(|s| (s.text.as_str(), s.label.as_str(), s.origin)).collect()
    }

    #[test]
    fn a_persons_spans_are_kept_and_the_extractors_redone() {
        let mut doc = Document::new("d1", "d1.txt", TEXT);
        doc.spans = vec![
            // Corrected by hand: Moscow as a PERSON, and a custom label over
            // Peskov's name (the extractor's PERSON there gives way).
            span(&doc, "Moscow", Label::Person, Origin::User),
            span(&doc, "Kremlin spokesman Dmitry Peskov", Label::Other("SOURCE".into()), Origin::User),
            // A stale suggestion of an older core: gone.
            span(&doc, "complex", Label::Place, Origin::Auto),
        ];
        doc.reviewed = true;
        let out = reannotate(doc);
        assert_eq!(
            labels(&out),
            [
                ("“It is complex,”", "QUOTE", Origin::Auto),
                ("Kremlin spokesman Dmitry Peskov", "SOURCE", Origin::User),
                ("Moscow", "PERSON", Origin::User),
                ("June 3, 2025", "NUMBER", Origin::Auto),
            ]
        );
        assert!(!out.reviewed, "new suggestions are not reviewed");
        assert_eq!((out.id.as_str(), out.name.as_str(), out.text.as_str()), ("d1", "d1.txt", TEXT));
    }

    #[test]
    fn a_suggestion_a_person_checked_is_kept_as_theirs() {
        let mut doc = Document::new("d1", "d1.txt", TEXT);
        // Checked by a person, with a label the core would not give.
        doc.spans = vec![span(&doc, "Moscow", Label::Person, Origin::Checked)];
        let out = reannotate(doc);
        let moscow: Vec<_> = out.spans.iter().filter(|s| s.text == "Moscow").map(|s| (&s.label, s.origin)).collect();
        assert_eq!(moscow, [(&Label::Person, Origin::Checked)]);
    }

    #[test]
    fn a_quote_and_a_name_inside_it_both_stay() {
        let mut doc = Document::new("d1", "d1.txt", TEXT);
        doc.spans = vec![span(&doc, "“It is complex,”", Label::Quote, Origin::User)];
        let out = reannotate(doc);
        let quotes = out.spans.iter().filter(|s| s.label == Label::Quote).count();
        assert_eq!(quotes, 1, "the person's quote, not the extractor's as well: {:?}", labels(&out));
        assert_eq!(out.spans[0].origin, Origin::User);
        assert!(out.spans.iter().any(|s| s.text == "Dmitry Peskov" && s.origin == Origin::Auto));
    }

    #[test]
    fn a_reviewed_document_the_core_agrees_with_stays_reviewed() {
        let mut doc = crate::annotate("d1", "d1.txt", TEXT);
        doc.reviewed = true;
        let again = reannotate(doc.clone());
        assert_eq!(again, doc, "nothing new: the same spans, still reviewed");
        let plain = reannotate(Document::new("d2", "d2.txt", TEXT));
        assert_eq!(plain.spans, doc.spans, "no spans given: what annotate finds");
    }

    #[test]
    fn unchanged_is_equality_and_keeps_none_asks_for_auto_spans_only() {
        let doc = crate::annotate("d1", "d1.txt", TEXT);
        let mut moved = doc.spans.clone();
        moved[1].end.0 -= 1;
        let mut user = doc.clone();
        user.spans[0].origin = Origin::User;
        let mut checked = doc.clone();
        checked.spans[0].origin = Origin::Checked;
        let cases: [(&[Span], &[Span], bool); 5] = [
            (&doc.spans, &doc.spans, true),
            (&[], &[], true),
            (&doc.spans, &doc.spans[1..], false),
            (&doc.spans[1..], &doc.spans, false),
            (&doc.spans, &moved, false),
        ];
        for (before, after, want) in cases {
            assert_eq!(unchanged(before, after.iter().map(Span::view)), want, "{before:?} -> {after:?}");
            assert_eq!(before == after, want);
        }
        assert!(keeps_none(&doc) && keeps_none(&Document::new("d2", "d2.txt", TEXT)));
        assert!(!keeps_none(&user) && !keeps_none(&checked));
    }
}
