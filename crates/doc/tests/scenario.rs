//! A person's session end to end: paste an article, correct its labels in
//! every way the UI offers, save and restore, undo and redo, export.
//!
//! Nothing here depends on what the extraction core finds: every span the
//! test looks at is one it created, or one it loaded as automatic.

use annotator_doc::history::Op;
use annotator_doc::import::Loaded;
use annotator_doc::persist::{assemble, restore_document, restore_index, save_document, save_index};
use annotator_doc::{AnnotatedDoc, Edit, Scope, SpanId, Workspace};
use annotator_schema::{
    Attrs, ByteOffset, CharOffset, Corpus, Document, Label, NumberKind, NumberValue, OffsetIndex, Origin, Span,
};

/// The seed article every step works on.
fn article() -> String {
    annotator_testdata::seed_article("000_")
}

/// The code-point range of the `nth` occurrence of `needle`.
fn find(text: &str, needle: &str, nth: usize) -> (CharOffset, CharOffset) {
    let (b, _) = text.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("{needle} #{nth}"));
    let ix = OffsetIndex::new(text);
    (ix.byte_to_char(ByteOffset(b)).unwrap(), ix.byte_to_char(ByteOffset(b + needle.len())).unwrap())
}

fn create(doc: &mut AnnotatedDoc, needle: &str, nth: usize, label: Label) -> SpanId {
    let (start, end) = find(&doc.text.clone(), needle, nth);
    doc.apply(Edit::Create { start, end, label }).expect("a valid span")[0]
}

/// A second document whose every `Kremlin` is wrongly an automatic PLACE.
fn kremlin_doc() -> Document {
    let text = "The Kremlin said so. Later the Kremlin denied it in Moscow.";
    let mut d = Document::new("kremlin", "kremlin.json", text);
    for nth in 0..2 {
        let (start, end) = find(text, "Kremlin", nth);
        let attrs = Attrs::Entity("Kremlin".into());
        d.spans.push(Span { start, end, label: Label::Place, text: "Kremlin".into(), attrs, origin: Origin::Auto });
    }
    d
}

#[test]
fn a_whole_session_survives_a_reload_and_exports_the_corrections() {
    let mut ws = Workspace::default();
    let doc = ws.add_text("", &article()).expect("the article is accepted");
    assert_eq!(ws.add_loaded(Loaded::Labelled(vec![kremlin_doc()])), [1]);
    ws.current = doc;
    let initial = ws.docs[doc].clone();

    // Create, relabel, resize, delete.
    let d = &mut ws.docs[doc];
    let full = create(d, "Dmitry Peskov", 0, Label::Person);
    d.apply(Edit::SetEntity { id: full, entity: "Dmitry S. Peskov".into() }).unwrap();
    let short = create(d, "Peskov", 1, Label::Person);
    let istanbul = create(d, "Istanbul", 0, Label::Person);
    d.apply(Edit::Relabel { id: istanbul, label: Label::Place }).unwrap();
    let days = create(d, "30-day ceasefire", 0, Label::Number);
    let (start, end) = find(&d.text.clone(), "30-day", 0);
    d.apply(Edit::Resize { id: days, start, end }).unwrap();
    let wrong = create(d, "Caliber.Az", 0, Label::Place);
    d.apply(Edit::Delete { id: wrong }).unwrap();

    // Speaker and number value.
    let quote = create(
        d,
        "“Russia is awaiting a response to its draft memorandum on resolving the situation in Ukraine,”",
        0,
        Label::Quote,
    );
    d.apply(Edit::SetSpeaker { id: quote, speaker: Some("Dmitry Peskov".into()) }).unwrap();
    let date = create(d, "June 2, 2025", 0, Label::Number);
    d.apply(Edit::SetNumber { id: date, value: Some(NumberValue::Date("2025-06-02".into())), unit: None }).unwrap();
    assert_eq!(d.span(date).unwrap().number().unwrap().kind, NumberKind::Date);

    // Apply to all across the corpus; remove a wrong automatic label everywhere.
    // (A user label, so that no automatic span already says the same.)
    let country = Label::Other("COUNTRY".into());
    ws.add_label(country.clone());
    assert_eq!(ws.label_for_key('5'), Some(country.clone()));
    let ukraine = create(&mut ws.docs[doc], "Ukraine", 0, country.clone());
    let spread = ws.apply_to_all(doc, ukraine, Scope::Corpus).unwrap();
    assert!(spread.count >= 2, "the other occurrences of Ukraine in the article");
    assert_eq!(spread.outcome.change_in(doc).map(|c| c.spans.len()), Some(spread.count));
    let kremlin = ws.docs[1].spans()[0].0;
    let removed = ws.remove_everywhere(1, kremlin, Scope::Corpus).unwrap();
    assert!(removed.count >= 2);
    let changed: Vec<usize> = removed.outcome.changed.iter().map(|c| c.doc).collect();
    assert_eq!(changed, [1], "the article had no automatic Kremlin PLACE");
    assert!(ws.docs[1].spans().is_empty());

    ws.docs[doc].apply(Edit::SetReviewed(true)).unwrap();
    ws.docs[doc].focus = Some(quote);
    assert_eq!(ws.progress(), (1, 2));
    let after_edits = ws.clone();

    // Save everything, "reload", restore.
    let index = save_index(&ws);
    let records: Vec<String> = ws.docs.iter().map(save_document).collect();
    let restored_docs = records.iter().map(|r| restore_document(r).expect("restores")).collect();
    let mut back = assemble(restore_index(&index).expect("index restores"), restored_docs);
    assert_eq!(back, after_edits);

    // Undo and redo still work after the reload.
    let d = &mut back.docs[doc];
    assert!(d.undo().is_some());
    assert!(!d.reviewed);
    assert!(d.redo().is_some());
    assert!(d.reviewed);
    let steps = d.history.undo.len();
    for _ in 0..steps {
        assert!(d.undo().is_some());
    }
    assert_eq!(d.to_document(), initial.to_document(), "undoing everything gives back the pasted article");
    for _ in 0..steps {
        assert!(d.redo().is_some());
    }
    assert_eq!(back.to_corpus(), after_edits.to_corpus());

    // The export says who made each span and that the document is reviewed.
    let json = back.export(Scope::Corpus);
    assert!(json.contains("\"reviewed\": true"));
    let corpus = Corpus::from_json(&json).unwrap();
    let exported = &corpus.documents[doc];
    // Every span an edit created or changed is the user's (an edit that
    // matched what the extractor had already found changes nothing).
    let changed: Vec<SpanId> = back.docs[doc]
        .history
        .undo
        .iter()
        .flatten()
        .filter_map(|op| match op {
            Op::Insert { id, .. } | Op::Replace { id, .. } => Some(*id),
            _ => None,
        })
        .collect();
    for id in [full, istanbul, days, ukraine] {
        assert!(changed.contains(&id), "{id:?}");
    }
    for (id, span) in back.docs[doc].spans() {
        if changed.contains(id) {
            assert_eq!(span.origin, Origin::User, "{span:?}");
        }
    }
    let _ = short;
    let by_text = |t: &str| exported.spans.iter().find(|s| s.text == t).unwrap_or_else(|| panic!("{t}"));
    assert_eq!(by_text("Istanbul").label, Label::Place);
    assert_eq!(by_text("30-day").origin, Origin::User);
    assert_eq!(by_text("Dmitry Peskov").entity(), Some("Dmitry S. Peskov"));
    assert!(exported
        .spans
        .iter()
        .filter(|s| s.text == "Ukraine")
        .all(|s| s.origin == Origin::User && s.label == country));
    assert!(exported.spans.iter().all(|s| s.text != "Caliber.Az"));
    assert_eq!(back.docs[doc].span(quote).unwrap().speaker(), Some("Dmitry Peskov"));
    assert!(json.contains("\"speaker\": \"Dmitry Peskov\""));
    assert!(json.contains("\"value\": \"2025-06-02\""));
    assert!(json.contains("\"origin\": \"user\""));
    assert!(corpus.documents[doc].reviewed && !corpus.documents[1].reviewed);
}
