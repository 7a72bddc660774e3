//! Every format over one corpus with an astral character and a combining
//! mark before its spans: what each writes, that each refuses a corrupted
//! span, that each importable format gives back what it keeps, and that
//! each reader refuses a bad file whole.

use annotator_schema::{
    Attrs, CharOffset, Document, Label, NumberAttrs, NumberKind, NumberValue, OffsetIndex, Origin, Span,
};

use super::*;

/// The first document: a flag (two astral code points), an emoji, a
/// combining acute accent, then spans of every kind.
const TEXT: &str = "🇺🇦 Café\u{301} 😀 report. “It is complex,” Kremlin spokesman Dmitry Peskov said in Kyiv.\n\
“We agree,” a source said on June 3, 2025, about 12,000 troops and two to three days.\n\
Peskov left. Acme Corp grew 5%.";

fn span(text: &str, needle: &str, label: Label, attrs: Attrs, origin: Origin) -> Span {
    let byte = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in the text"));
    let ix = OffsetIndex::new(text);
    let start = ix.byte_to_char(annotator_schema::ByteOffset(byte)).unwrap();
    let end = CharOffset(start.0 + needle.chars().count());
    Span { start, end, label, text: needle.to_string(), attrs, origin }
}

/// A span over `needle` where it starts the first `context` in the text.
fn span_in(text: &str, context: &str, needle: &str, label: Label, attrs: Attrs, origin: Origin) -> Span {
    let mut s = span(text, context, label, attrs, origin);
    s.end = CharOffset(s.start.0 + needle.chars().count());
    s.text = needle.to_string();
    s
}

fn number(kind: NumberKind, value: Option<NumberValue>, unit: Option<&str>) -> Attrs {
    Attrs::Number(NumberAttrs { kind, value, unit: unit.map(str::to_string) })
}

fn entity(e: &str) -> Attrs {
    Attrs::Entity(e.to_string())
}

fn speaker(s: Option<&str>) -> Attrs {
    Attrs::Quote { speaker: s.map(str::to_string) }
}

fn corpus() -> Vec<Document> {
    use Origin::{Auto, Checked, User};
    let t = TEXT;
    let mut d1 = Document::new("d1", "d1.txt", t);
    d1.reviewed = true;
    (d1.annotator, d1.modified) = (Some("Ada Ö. Lovelace".into()), Some("2026-11-25T10:00:00.000Z".into()));
    d1.spans = vec![
        span(t, "“It is complex,”", Label::Quote, speaker(Some("Dmitry Peskov")), Auto),
        span(t, "Dmitry Peskov", Label::Person, entity("Dmitry Peskov"), Auto),
        span(t, "Kyiv", Label::Place, entity("Kyiv"), User),
        span(t, "“We agree,”", Label::Quote, speaker(Some("A source")), User),
        span(
            t,
            "June 3, 2025",
            Label::Number,
            number(NumberKind::Date, Some(NumberValue::Date("2025-06-03".into())), None),
            Checked,
        ),
        span(t, "12,000", Label::Number, number(NumberKind::Cardinal, Some(NumberValue::Number(12000.0)), None), User),
        span(
            t,
            "two to three days",
            Label::Number,
            number(NumberKind::Range, Some(NumberValue::Range { min: 2.0, max: 3.0 }), Some("day")),
            Auto,
        ),
        span_in(t, "Peskov left", "Peskov", Label::Person, entity("Dmitry Peskov"), Auto),
        span(t, "Acme Corp", Label::Other("ORG".into()), Attrs::None, User),
        span(
            t,
            "5%",
            Label::Number,
            number(NumberKind::Percent, Some(NumberValue::Number(5.0)), Some("percent")),
            Auto,
        ),
        span(t, "a source", Label::Other("SOURCE".into()), Attrs::None, User),
        span(t, "Café\u{301}", Label::Other("DISH".into()), Attrs::None, User),
        span(t, "😀 report", Label::Other("EMOJI".into()), Attrs::None, User),
    ];
    d1.sort_spans();
    let t2 = "A line\nbreak inside 🙂 and 0.6667 of it";
    let mut d2 = Document::new("d2", "second.txt", t2);
    d2.spans = vec![
        span(t2, "line\nbreak", Label::Other("NOTE".into()), Attrs::None, User),
        span(t2, "0.6667", Label::Number, number(NumberKind::Cardinal, Some(NumberValue::Number(0.6667)), None), Auto),
    ];
    let d3 = Document::new("d3", "empty.txt", "Plain 😀 text.");
    vec![d1, d2, d3]
}

/// What a round trip through a format keeping `k` gives back.
fn kept(docs: &[Document], k: Keeps) -> Vec<Document> {
    docs.iter()
        .map(|d| {
            let mut d = d.clone();
            d.reviewed &= k.reviewed;
            if !k.stamps {
                (d.annotator, d.modified) = (None, None);
            }
            for s in &mut d.spans {
                s.attrs = match std::mem::take(&mut s.attrs) {
                    Attrs::Entity(_) if !k.entity => Attrs::None,
                    Attrs::Number(_) if !k.number => Attrs::None,
                    Attrs::Quote { .. } if !k.speaker => Attrs::Quote { speaker: None },
                    a => a,
                };
                if !k.origin {
                    s.origin = Origin::User;
                } else if !k.checked && s.origin == Origin::Checked {
                    s.origin = Origin::Auto;
                }
            }
            d
        })
        .collect()
}

/// Reads back every file of an export that the format recognises (with
/// its companion among them).
fn read_back(f: &dyn Format, files: &[OutFile]) -> Result<Vec<Document>, ReadError> {
    let mut docs = Vec::new();
    for file in files {
        let Some(found) = recognise(&file.name, &file.bytes) else { continue };
        assert_eq!(found.id(), f.id(), "{} is recognised as its own format", file.name);
        let companion = f.companion(&file.name).and_then(|c| files.iter().find(|o| o.name == c));
        let companion = companion.map(|c| InFile { name: &c.name, bytes: &c.bytes });
        docs.extend(f.read(&InFile { name: &file.name, bytes: &file.bytes }, companion.as_ref())?);
    }
    Ok(docs)
}

#[test]
fn the_table_holds_each_format_once_with_json_first() {
    // The page writes ids and titles into its menu's HTML as they are.
    for f in FORMATS {
        assert!(!format!("{}{}", f.id(), f.title()).contains(['<', '>', '&', '"']), "{}", f.id());
    }
    assert_eq!(FORMATS[0].id(), "json");
    let all = ids(false);
    assert_eq!(all, "json, jsonl, spacy, labelstudio, doccano, brat, conll, w3c");
    assert_eq!(ids(true), "json, jsonl, spacy, labelstudio, doccano, brat");
    for f in FORMATS {
        assert_eq!(by_id(f.id()).map(|g| g.id()), Some(f.id()));
    }
    assert!(by_id("xml").is_none());
    assert_eq!(accept_list(), ".json,.jsonl,.ann,.zip");
}

#[test]
fn files_opened_together_are_paired_with_their_companions() {
    let names = ["a.txt", "b.ann", "a.ann", "b.txt", "c.txt", "d.ann", "x.json"];
    assert_eq!(group(&names), [(1, Some(3)), (2, Some(0)), (4, None), (5, None), (6, None)]);
}

#[test]
fn every_importable_format_gives_back_what_it_keeps() {
    let docs = corpus();
    for f in FORMATS.iter().filter(|f| !f.reads().is_empty()) {
        let k = f.keeps();
        for (what, input) in [("corpus", docs.clone()), ("one document", docs[..1].to_vec())] {
            let files = f.write(&input, "out").unwrap_or_else(|e| panic!("{}: {e}", f.id()));
            let mut back = read_back(*f, &files).unwrap_or_else(|e| panic!("{} {what}: {e}", f.id()));
            let mut want = kept(&input, k);
            let keep_ids = k.ids && !(f.id() == "brat" && what == "one document");
            for (b, w) in back.iter_mut().zip(want.iter_mut()) {
                if !keep_ids {
                    (b.id, b.name, w.id, w.name) = (String::new(), String::new(), String::new(), String::new());
                }
                if f.id() == "brat" {
                    // brat names a document after its text file.
                    (b.name, w.name) = (String::new(), String::new());
                }
            }
            assert_eq!(back, want, "{} ({what})", f.id());
        }
    }
}

#[test]
fn every_format_refuses_a_corrupted_span_naming_the_document_and_the_span() {
    let mut docs = corpus();
    // The person's offsets moved one character on: the text there is no longer "Dmitry Peskov".
    let i = docs[0].spans.iter().position(|s| s.text == "Dmitry Peskov").unwrap();
    docs[0].spans[i].start.0 += 1;
    docs[0].spans[i].end.0 += 1;
    for f in FORMATS {
        match f.write(&docs, "out") {
            Err(ExportError::SpanMismatch(m)) => {
                assert_eq!((m.format, m.doc.as_str(), m.span), (f.id(), "d1", i + 1), "{}", f.id());
                assert_eq!(m.expected, "Dmitry Peskov");
                assert_eq!(m.found, "mitry Peskov ");
            }
            other => panic!("{}: {other:?}", f.id()),
        }
    }
    let msg = by_id("doccano").unwrap().write(&docs, "out").unwrap_err().to_string();
    let named = format!("span {} (PERSON", i + 1);
    assert!(msg.contains("nothing written") && msg.contains("\"d1\"") && msg.contains(&named), "{msg}");
}

#[test]
fn a_streamed_export_writes_the_same_bytes_and_refuses_the_same_spans() {
    let docs = corpus();
    for f in FORMATS {
        let Some(stream) = streamer(*f) else { continue };
        let mut out = Vec::new();
        stream(&docs, &mut out).unwrap();
        let files = f.write(&docs, "out").unwrap();
        assert_eq!([out], [files[0].bytes.clone()], "{}: one file, the same bytes", f.id());
        let mut bad = docs.clone();
        bad[0].spans[1].start.0 += 1;
        let mut out = Vec::new();
        let err = stream(&bad, &mut out).unwrap_err();
        assert!(matches!(err, StreamError::Export(ExportError::SpanMismatch(_))), "{}: {err}", f.id());
        assert!(out.is_empty(), "{}: nothing written before the check", f.id());
    }
    assert!(streamer(by_id("json").unwrap()).is_some(), "labelled JSON streams");
}

#[test]
fn each_format_counts_offsets_in_its_own_unit() {
    let docs = corpus();
    let d = &docs[0];
    let peskov = d.spans.iter().find(|s| s.text == "Dmitry Peskov").unwrap();
    let cp = peskov.start.0;
    // The flag is two astral code points (4 UTF-16 units), the emoji one (2 units).
    let u16 = cp + 3;
    let text =
        |f: &str| String::from_utf8(by_id(f).unwrap().write(&docs[..1], "out").unwrap()[0].bytes.clone()).unwrap();
    assert!(text("doccano").contains(&format!("[{u16},{},\"PERSON\"]", u16 + 13)), "{}", text("doccano"));
    assert!(text("spacy").contains(&format!("\"start\":{cp},\"end\":{},\"label\":\"PERSON\"", cp + 13)));
    assert!(text("labelstudio").contains(&format!("\"start\":{cp},")));
    assert!(text("w3c").contains(&format!("\"start\":{cp},")));
    let brat = by_id("brat").unwrap().write(&docs[..1], "out").unwrap();
    let ann = String::from_utf8(brat[1].bytes.clone()).unwrap();
    assert!(ann.contains(&format!("\tPERSON {cp} {}\tDmitry Peskov\n", cp + 13)), "{ann}");
}

#[test]
fn brat_writes_fragments_attributes_relations_and_notes() {
    let docs = corpus();
    let files = by_id("brat").unwrap().write(&docs[..2], "out").unwrap();
    assert_eq!(files.len(), 1, "a corpus is one zip");
    let entries = zip::read(&files[0].bytes).unwrap();
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["out/annotation.conf", "out/d1.txt", "out/d1.ann", "out/d2.txt", "out/d2.ann"]);
    let ann = |n: usize| std::str::from_utf8(entries[n].1).unwrap().to_string();
    let d1 = ann(2);
    assert!(d1.contains("\tValue T"), "{d1}");
    assert!(d1.lines().any(|l| l.starts_with("A") && l.ends_with(" 2..3")), "{d1}");
    assert!(d1.lines().any(|l| l.starts_with("A") && l.contains("Unit") && l.ends_with(" day")), "{d1}");
    assert!(d1.lines().any(|l| l.starts_with("R1\tSpeaker Arg1:T")), "the quote's speaker is a span: {d1}");
    assert!(d1.lines().any(|l| l.starts_with('#') && l.ends_with("\tA source")), "no span: a note: {d1}");
    let d2 = ann(4);
    assert!(d2.starts_with("T1\tNOTE 2 6;7 12\tline break\n"), "{d2}");
    let conf = ann(0);
    assert!(conf.contains("Speaker Arg1:QUOTE, Arg2:PERSON"), "{conf}");
    assert!(conf.contains("Value Arg:NUMBER, Value:") && conf.contains("2..3"), "{conf}");
    assert!(conf.lines().any(|l| l == "NOTE"), "{conf}");
}

#[test]
fn label_studio_writes_predictions_annotations_relations_and_a_config() {
    let docs = corpus();
    let files = by_id("labelstudio").unwrap().write(&docs[..1], "out").unwrap();
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["out.labelstudio.json", "out.labelstudio.xml"]);
    let tasks: serde_json::Value = serde_json::from_slice(&files[0].bytes).unwrap();
    let t = &tasks[0];
    assert_eq!(t["data"]["doc_id"], "d1");
    let auto = t["predictions"][0]["result"].as_array().unwrap();
    let user = t["annotations"][0]["result"].as_array().unwrap();
    let labels = |r: &[serde_json::Value]| r.iter().filter(|x| x["type"] == "labels").count();
    let suggested = docs[0].spans.iter().filter(|s| s.origin != Origin::User).count();
    assert_eq!(labels(auto), suggested, "a confirmed suggestion stays a prediction");
    let confirmed = docs[0].spans.iter().position(|s| s.origin == Origin::Checked).unwrap();
    assert_eq!(t["data"]["checked"], serde_json::json!([format!("s{}", confirmed + 1)]));
    assert_eq!(
        (t["data"]["annotator"].as_str(), t["data"]["modified"].as_str()),
        (Some("Ada Ö. Lovelace"), Some("2026-11-25T10:00:00.000Z"))
    );
    assert_eq!(labels(user), docs[0].spans.iter().filter(|s| s.origin == Origin::User).count());
    assert!(auto.iter().any(|r| r["type"] == "relation" && r["labels"][0] == "speaker"), "{auto:?}");
    let config = String::from_utf8(files[1].bytes.clone()).unwrap();
    for want in
        ["<View>", "<Labels name=\"label\" toName=\"text\">", "<Label value=\"ORG\"", "<Relation value=\"speaker\"/>"]
    {
        assert!(config.contains(want), "{want}: {config}");
    }
}

#[test]
fn conll_tags_persons_places_and_numbers_in_iob2() {
    let docs = corpus();
    let out = String::from_utf8(by_id("conll").unwrap().write(&docs, "out").unwrap()[0].bytes.clone()).unwrap();
    assert_eq!(out.matches("-DOCSTART- -X- -X- O").count(), 3);
    for want in [
        "Dmitry _ _ B-PERSON\nPeskov _ _ I-PERSON\nsaid _ _ O\n",
        "Kyiv _ _ B-PLACE\n. _ _ O\n\n",
        "two _ _ B-NUMBER\nto _ _ I-NUMBER\nthree _ _ I-NUMBER\ndays _ _ I-NUMBER\n. _ _ O\n",
        "12,000 _ _ B-NUMBER\n",
        "Acme _ _ O\n",
    ] {
        assert!(out.contains(want), "{want:?} in\n{out}");
    }
    assert_eq!(conll::tokens("U.S. (Kyiv), “hi”", &[]).len(), 8);
    let mut overlapping = docs[..1].to_vec();
    let mut extra = overlapping[0].spans.iter().find(|s| s.text == "Dmitry Peskov").unwrap().clone();
    extra.label = Label::Place;
    extra.end.0 -= 7;
    extra.text = "Dmitry".into();
    overlapping[0].spans.push(extra);
    overlapping[0].sort_spans();
    assert!(matches!(by_id("conll").unwrap().write(&overlapping, "o"), Err(ExportError::Overlap { .. })));
    // A span ending in a space is at its offsets, but no whole tokens hold it.
    let mut spaced = docs[..1].to_vec();
    spaced[0].spans = vec![span(TEXT, "Kyiv.\n", Label::Place, entity("Kyiv"), Origin::User)];
    match by_id("conll").unwrap().write(&spaced, "o") {
        Err(ExportError::SpanMismatch(m)) => assert_eq!((m.expected.as_str(), m.found.as_str()), ("Kyiv.\n", "Kyiv.")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn w3c_annotations_select_by_position_and_quote() {
    let docs = corpus();
    let out = by_id("w3c").unwrap().write(&docs[..1], "out").unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out[0].bytes).unwrap();
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    let items = v["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), docs[0].spans.len());
    let p = items.iter().find(|a| a["target"]["selector"][1]["exact"] == "Dmitry Peskov").unwrap();
    let pos = &p["target"]["selector"][0];
    assert_eq!(pos["type"], "TextPositionSelector");
    let chars: Vec<char> = TEXT.chars().collect();
    let (s, e) = (pos["start"].as_u64().unwrap() as usize, pos["end"].as_u64().unwrap() as usize);
    assert_eq!(chars[s..e].iter().collect::<String>(), "Dmitry Peskov");
    assert!(p["target"]["selector"][1]["prefix"].as_str().unwrap().ends_with("spokesman "));
    assert_eq!(p["body"][1]["value"], "Dmitry Peskov");
    assert_eq!(p["creator"]["type"], "Software");
    let date = items.iter().find(|a| a["target"]["selector"][1]["exact"] == "June 3, 2025").unwrap();
    let creators: Vec<&str> = date["creator"].as_array().unwrap().iter().map(|c| c["type"].as_str().unwrap()).collect();
    assert_eq!(creators, ["Software", "Person"], "a confirmed suggestion: the extractor's, checked by a person");
}

#[test]
fn each_export_is_recognised_as_its_own_format() {
    let docs = corpus();
    for f in FORMATS.iter().filter(|f| !f.reads().is_empty()) {
        let files = f.write(&docs, "out").unwrap();
        let found: Vec<&str> = files.iter().filter_map(|o| recognise(&o.name, &o.bytes)).map(|g| g.id()).collect();
        assert_eq!(found, [f.id()], "{}", f.id());
    }
    assert!(recognise("notes.txt", b"plain").is_none());
    assert!(takes_extension("A.JSONL") && takes_extension("x.ann") && !takes_extension("x.txt"));
}

#[test]
fn other_tools_files_are_read_with_their_labels_mapped() {
    let text = "😀 Ann Lee paid $5 in Paris for Acme.";
    let spacy = r#"{"text": "😀 Ann Lee paid $5 in Paris for Acme.", "spans": [
        {"start": 2, "end": 9, "label": "PER", "token_start": 1, "token_end": 2},
        {"start": 15, "end": 17, "label": "MONEY"}, {"start": 21, "end": 26, "label": "GPE", "text": "Paris"},
        {"start": 31, "end": 35, "label": "org"}], "answer": "accept"}"#
        .replace('\n', " ");
    let doccano = r#"{"id": 7, "text": "😀 Ann Lee paid $5 in Paris for Acme.", "entities": [
        {"id": 1, "label": "Person", "start_offset": 3, "end_offset": 10},
        {"id": 2, "label": "LOC", "start_offset": 22, "end_offset": 27}], "relations": []}"#
        .replace('\n', " ");
    let brat_ann = "T1\tPER 2 9\tAnn Lee\nT2\tLocation 21 26\tParis\nE1\tTravel:T2\n";
    for (f, name, content, companion) in [
        ("spacy", "in.jsonl", spacy.as_str(), None),
        ("doccano", "in.jsonl", doccano.as_str(), None),
        ("brat", "in.ann", brat_ann, Some(text)),
    ] {
        let file = InFile { name, bytes: content.as_bytes() };
        assert_eq!(recognise(name, content.as_bytes()).map(|g| g.id()), Some(f));
        let txt = companion.map(|t| InFile { name: "in.txt", bytes: t.as_bytes() });
        let docs = by_id(f).unwrap().read(&file, txt.as_ref()).unwrap_or_else(|e| panic!("{f}: {e}"));
        let got: Vec<(&str, String, Origin)> =
            docs[0].spans.iter().map(|s| (s.text.as_str(), s.label.to_string(), s.origin)).collect();
        assert_eq!(got[0], ("Ann Lee", "PERSON".to_string(), Origin::User), "{f}");
        assert!(got.iter().any(|g| g.0 == "Paris" && g.1 != "PERSON" && g.1 != "NUMBER"), "{f}: {got:?}");
        if f == "spacy" {
            assert_eq!(got[1].1, "NUMBER");
            assert_eq!(docs[0].spans[1].number().map(|n| n.kind), Some(NumberKind::Money));
            assert_eq!(got[3].1, "ORG");
        }
    }
}

#[test]
fn a_label_studio_annotation_built_from_a_prediction_is_the_whole_truth() {
    let task = r#"[{"id": 3, "data": {"text": "😀 Ann Lee met Bo in Rome."},
      "predictions": [{"result": [
        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 2, "end": 9, "text": "Ann Lee", "labels": ["PER"]}},
        {"id": "b", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 14, "end": 16, "labels": ["PER"]}}]}],
      "annotations": [{"created_at": "2024-01-02T00:00:00Z", "result": [
        {"id": "a", "origin": "prediction", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 2, "end": 9, "text": "Ann Lee", "labels": ["PER"]}},
        {"id": "c", "origin": "manual", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 20, "end": 24, "text": "Rome", "labels": ["LOC"]}}]},
        {"created_at": "2023-01-01T00:00:00Z", "was_cancelled": false, "result": []},
        {"created_at": "2025-01-01T00:00:00Z", "was_cancelled": true, "result": []}]}]"#;
    let docs = by_id("labelstudio").unwrap().read(&InFile { name: "x.json", bytes: task.as_bytes() }, None).unwrap();
    let got: Vec<(&str, Origin)> = docs[0].spans.iter().map(|s| (s.text.as_str(), s.origin)).collect();
    assert_eq!(got, [("Ann Lee", Origin::Auto), ("Rome", Origin::User)], "the deleted prediction Bo stays out");
    assert_eq!(docs[0].id, "3");
}

#[test]
fn a_bad_file_is_refused_whole_with_the_reason() {
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        ("json", "a.json", r#"[{"text": "abc", "spans": [{"start": 0, "end": 1, "label": "PLACE", "text": "b"}]}]"#, None),
        ("jsonl", "a.jsonl", "{\"id\": \"x\", \"text\": \"ab\", \"spans\": []}\n{\"id\": \"y\", \"text\": \"ab\", \"spans\": [{\"start\": 1, \"end\": 5, \"label\": \"PLACE\"}]}", None),
        ("spacy", "a.jsonl", r#"{"text": "😀 Ann", "spans": [{"start": 3, "end": 6, "label": "PER", "text": "Ann"}]}"#, None),
        ("labelstudio", "a.json", r#"[{"data": {"text": "😀 Ann"}, "annotations": [{"result": [{"id": "a", "type": "labels", "value": {"start": 3, "end": 5, "text": "Ann", "labels": ["PER"]}}]}]}]"#, None),
        ("doccano", "a.jsonl", r#"{"text": "😀 Ann", "label": [[1, 6, "PER"]]}"#, None),
        ("doccano", "a.jsonl", r#"{"text": "😀 Ann", "label": [[3, 7, "PER"]]}"#, None),
        ("brat", "a.ann", "T1\tPER 3 6\tAnn\n", Some("😀 Ann")),
        ("brat", "a.ann", "T1\tPER 1 4\tAnn\n", Some("😀 Ann")),
        ("brat", "a.ann", "T1\tPER 2 5\tAnn\n", None),
        ("brat", "a.zip", "PK\x03\x04garbage", None),
    ];
    for (f, name, content, txt) in cases {
        let file = InFile { name, bytes: content.as_bytes() };
        let txt = txt.map(|t| InFile { name: "a.txt", bytes: t.as_bytes() });
        let err = by_id(f).unwrap().read(&file, txt.as_ref()).unwrap_err();
        let msg = err.to_string();
        assert!(!msg.is_empty(), "{f}: {err:?}");
        match (f, err.kind()) {
            (&"doccano" | &"spacy", ReadErrorKind::SplitsCharacter { .. } | ReadErrorKind::OutOfRange { .. })
            | (
                &"brat",
                ReadErrorKind::TextMismatch { .. }
                | ReadErrorKind::OutOfRange { .. }
                | ReadErrorKind::MissingText { .. }
                | ReadErrorKind::Zip { .. },
            )
            | (&"json", ReadErrorKind::Labelled(_))
            | (&"jsonl" | &"labelstudio", ReadErrorKind::Shape { .. }) => {}
            _ => panic!("{f}: {err:?}"),
        }
    }
    assert!(matches!(
        by_id("conll").unwrap().read(&InFile { name: "a", bytes: b"" }, None).map_err(|e| e.kind().clone()),
        Err(ReadErrorKind::ExportOnly(_))
    ));
}

/// README's table of what each format keeps, as `Format::keeps` says.
fn fields_table() -> String {
    let mark = |b: bool| if b { "✓" } else { "—" };
    let mut out = String::from(
        "| format | offsets | import | spans, labels | id, name | reviewed | entity | number value | speaker | origin | checked | annotator, modified |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for f in FORMATS {
        let k = f.keeps();
        let spans = if f.id() == "conll" { "PERSON, PLACE, NUMBER" } else { "✓" };
        out.push_str(&format!(
            "| `{}` | {} | {} | {spans} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            f.id(),
            f.unit(),
            if f.reads().is_empty() { "no" } else { "yes" },
            mark(k.ids),
            mark(k.reviewed),
            mark(k.entity),
            mark(k.number),
            mark(k.speaker),
            mark(k.origin),
            mark(k.checked),
            mark(k.stamps),
        ));
    }
    out
}

#[test]
fn readme_lists_what_each_format_keeps() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let begin = "<!-- formats:begin (crates/formats/src/tests.rs) -->\n";
    let at = readme.find(begin).expect("README has the formats table") + begin.len();
    let end = at + readme[at..].find("<!-- formats:end -->").expect("the table ends");
    assert_eq!(
        &readme[at..end],
        fields_table(),
        "README's table differs from Format::keeps; the table:\n{}",
        fields_table()
    );
}
