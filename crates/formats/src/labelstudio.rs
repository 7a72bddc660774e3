//! `labelstudio`: Label Studio JSON tasks and a matching labelling config.
//!
//! Offsets count Unicode code points: Label Studio's `Text` tag stores
//! `value.start`/`value.end` in code points (its editor test "NER - Emoji -
//! Text: Should calculate offsets by code points in text", after the fix of
//! label-studio#1008 / label-studio-frontend#308).
//!
//! Each document is one task: `data.text` (with `doc_id`, `name`,
//! `reviewed`, `annotator` and `modified` when known, and `checked`: the
//! region ids of the automatic spans a person confirmed), `predictions`
//! holding the automatic spans and
//! `annotations` the spans a person made or changed, each span a `labels`
//! region (`value.start/end/text/labels`). Per-region text areas carry a
//! person's or place's entity, a quote's speaker and a number's value; a
//! quote whose speaker is a span of the same region list also gets a
//! `speaker` relation to it. The config (`<View><Labels>…`) names every
//! label used.
//!
//! Read: the latest annotation and the latest prediction of each task. An
//! annotation that Label Studio built from a prediction (regions with
//! `origin: "prediction"`) is the whole truth: its regions alone are read,
//! copied ones as `auto`. Otherwise (as we write them) the annotation's
//! regions are read as `user` and the prediction's as `auto`.

use annotator_schema::json::{self, value_text};
use annotator_schema::{Document, Label, Origin, Span};
use serde_json::{Map, Value};

use crate::check::{Checked, Unit};
use crate::out::{line, num_text, once, JsonText};
use crate::{build, About, ExportError, Format, InFile, Keeps, OutFile, ReadError, ReadErrorKind};

pub struct LabelStudio;

/// Names in the config: the labels control, the text object, the per-region
/// text areas, the relation.
const LABELS: &str = "label";
const TEXT: &str = "text";
const ENTITY: &str = "entity";
const SPEAKER: &str = "speaker";
const NUMBER: &str = "number";
/// Label Studio's region origins: copied from a prediction (unchanged or
/// changed), or drawn by hand.
const FROM_PREDICTION: &str = "prediction";
const CHANGED_PREDICTION: &str = "prediction-changed";
const MANUAL: &str = "manual";
/// The task data's list of prediction regions a person confirmed (our own
/// key: Label Studio keeps a task's data as it is).
const CHECKED: &str = "checked";
/// Colours of the built-in labels in the config (the page's legend colours).
const COLOURS: [(&str, &str); 4] =
    [("PERSON", "#e8590c"), ("PLACE", "#1c7ed6"), ("NUMBER", "#2b8a3e"), ("QUOTE", "#7048e8")];

/// What the format is (`Format::about`).
const ABOUT: About = About {
    id: "labelstudio",
    title: "Label Studio tasks + config",
    unit: Unit::CodePoint,
    extension: "labelstudio.json",
    keeps: Keeps::ALL,
    reads: &["json"],
};

impl Format for LabelStudio {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        let mut j = JsonText::default();
        j.raw("[");
        for (n, d) in docs.iter().enumerate() {
            j.raw(if n > 0 { ",\n" } else { "\n" });
            task(&mut j, n, d)?;
        }
        j.raw("\n]\n");
        Ok(vec![
            OutFile::text(stem, ABOUT.extension, "application/json", j.0),
            OutFile::text(stem, "labelstudio.xml", "application/xml", config(docs).into_bytes()),
        ])
    }
    fn recognises(&self, _: &str, bytes: &[u8]) -> bool {
        // Parsed as text: one JSON parser in the page (`from_slice` would be a second copy).
        let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).unwrap_or_default();
        let Ok(v) = json::parse(text) else {
            return false;
        };
        let first = match &v {
            Value::Array(items) => items.first(),
            other => Some(other),
        };
        first.is_some_and(|t| t.get("data").is_some_and(Value::is_object))
    }
    fn read(&self, file: &InFile, _: Option<&InFile>) -> Result<Vec<Document>, ReadError> {
        let v = json::parse(file.text()?).map_err(|e| ReadErrorKind::Syntax {
            line: e.line,
            column: e.column,
            message: e.reason().into(),
        })?;
        let tasks = match v {
            Value::Array(items) => items,
            other => vec![other],
        };
        if tasks.is_empty() {
            return Err(ReadErrorKind::NoDocuments.into());
        }
        let mut docs = Vec::with_capacity(tasks.len());
        for (i, t) in tasks.iter().enumerate() {
            let doc =
                read_task(i, t).map_err(|message| ReadError::shape(["task ", &num_text(i + 1)].concat(), message))?;
            docs.push(doc);
        }
        Ok(docs)
    }
}

/// The labelling config for these documents: every label they use.
fn config(docs: &[Document]) -> String {
    let mut labels: Vec<&str> = Label::BUILT_IN.iter().map(Label::as_str).collect();
    // Plain loops: a `flat_map`/`map` adapter would be instantiated for this alone.
    for d in docs {
        for s in &d.spans {
            labels.push(s.label.as_str());
        }
    }
    let mut out = String::from(CONFIG_HEAD);
    for l in once(&labels) {
        let colour = COLOURS.iter().find(|(n, _)| *n == l).map_or("#868e96", |(_, c)| c);
        // Label names are upper-case ASCII letters, digits and `_`: nothing to escape.
        line(&mut out, &["    <Label value=\"", l, "\" background=\"", colour, "\"/>"]);
    }
    out.push_str(CONFIG_TAIL);
    out
}

/// The config before its labels: the labels control (named [`LABELS`]) on
/// the text object ([`TEXT`]). Literal text, not a line written per part:
/// the calls cost the page more than the text (a test checks the names).
const CONFIG_HEAD: &str = "<View>\n  <Labels name=\"label\" toName=\"text\">\n";
/// The config after its labels: the text object, the [`SPEAKER`] relation
/// and the per-region text areas ([`ENTITY`], [`SPEAKER`], [`NUMBER`]),
/// their hints as XML attribute values (quotes escaped).
const CONFIG_TAIL: &str = "  </Labels>
  <Text name=\"text\" value=\"$text\"/>
  <Relations>
    <Relation value=\"speaker\"/>
  </Relations>
  <TextArea name=\"entity\" toName=\"text\" perRegion=\"true\" editable=\"true\" \
placeholder=\"Entity: the fullest name of this person or place\"/>
  <TextArea name=\"speaker\" toName=\"text\" perRegion=\"true\" editable=\"true\" \
placeholder=\"Speaker of this quote\"/>
  <TextArea name=\"number\" toName=\"text\" perRegion=\"true\" editable=\"true\" \
placeholder=\"Number value: {&quot;kind&quot;, &quot;value&quot;, &quot;unit&quot;}\"/>
</View>
";

/// One document as a task, onto `j`.
fn task(j: &mut JsonText, n: usize, d: &Document) -> Result<(), ExportError> {
    let ck = Checked::new(ABOUT.id, ABOUT.unit, d);
    let mut offsets = Vec::with_capacity(d.spans.len());
    for (i, s) in d.spans.iter().enumerate() {
        offsets.push(ck.offsets(i, s)?);
    }
    let reviewed = if d.reviewed { "true" } else { "false" };
    j.fill(
        "{\"id\":\x02,\"data\":{\"text\":\x01,\"doc_id\":\x01,\"name\":\x01,\"reviewed\":\x02",
        &[&num_text(n + 1), &d.text, &d.id, &d.name, reviewed],
    );
    for (key, stamp) in [("annotator", &d.annotator), ("modified", &d.modified)] {
        if let Some(stamp) = stamp {
            j.fill(",\x01:\x01", &[key, stamp]);
        }
    }
    // The list of the confirmed suggestions' regions, if there are any.
    let mut sep = ",\"checked\":[";
    for (i, s) in d.spans.iter().enumerate() {
        if s.origin.checked() {
            j.fill("\x02\x01", &[sep, &region_id(i)]);
            sep = ",";
        }
    }
    j.raw(if sep == "," { "]}" } else { "}" });
    for (origin, key, head, tail) in [
        (Origin::Auto, "predictions", "[{\"model_version\":\"annotator-extract\",\"result\":[", "]}]"),
        (Origin::User, "annotations", "[{\"was_cancelled\":false,\"result\":[", "]}]"),
    ] {
        // A confirmed suggestion stays among the predictions (`data.checked` names it).
        let mut picked = Vec::new();
        for (i, s) in d.spans.iter().enumerate() {
            // A confirmed suggestion (`Origin::Checked`) is automatic.
            if (s.origin == Origin::User) == (origin == Origin::User) {
                picked.push(i);
            }
        }
        if picked.is_empty() {
            continue;
        }
        j.raw(",").key(key).raw(head);
        let mut first = true;
        let mut sep = |j: &mut JsonText| {
            j.raw(if first { "" } else { "," });
            first = false;
        };
        for &i in &picked {
            regions(j, &mut sep, i, &d.spans[i], offsets[i], origin);
        }
        for &i in &picked {
            let Some(speaker) = d.spans[i].speaker() else { continue };
            if let Some(to) = crate::out::speaker_span(d, &picked, i, speaker) {
                sep(j);
                j.fill(
                    "{\"type\":\"relation\",\"direction\":\"right\",\"labels\":[\x01],\"from_id\":\x01,\"to_id\":\x01}",
                    &[SPEAKER, &region_id(i), &region_id(to)],
                );
            }
        }
        j.raw(tail);
    }
    j.raw("}");
    Ok(())
}

fn region_id(i: usize) -> String {
    ["s", &num_text(i + 1)].concat()
}

/// Span `i` as a `labels` region, followed by its per-region text areas.
fn regions(
    j: &mut JsonText,
    sep: &mut dyn FnMut(&mut JsonText),
    i: usize,
    s: &Span,
    (start, end): (usize, usize),
    origin: Origin,
) {
    let id = region_id(i);
    let made = if origin == Origin::Auto { FROM_PREDICTION } else { MANUAL };
    let (start, end) = (num_text(start), num_text(end));
    let number = s.number().map(annotator_schema::json::number_attrs_json);
    // One array, not a region chained to its areas (a `Chain` adapter
    // instantiated for this alone).
    let all =
        [(LABELS, Some(s.text.as_str())), (ENTITY, s.entity()), (SPEAKER, s.speaker()), (NUMBER, number.as_deref())];
    for (n, (from, text)) in all.into_iter().enumerate() {
        let Some(text) = text else { continue };
        // The span's `labels` region, then its text areas.
        let (kind, tail) = if n == 0 { ("labels", ",\"labels\":[\x01]}}") } else { ("textarea", "]}}") };
        let head = if n == 0 { "" } else { "[" };
        sep(j);
        j.fill(
            "{\"id\":\x01,\"from_name\":\x01,\"to_name\":\x01,\"type\":\x01,\"origin\":\x01,\
             \"value\":{\"start\":\x02,\"end\":\x02,\"text\":\x02\x01",
            &[&id, from, TEXT, kind, made, &start, &end, head, text],
        );
        j.fill(tail, &[s.label.as_str()]);
    }
}

/// One task as a document.
fn read_task(i: usize, task: &Value) -> Result<Document, String> {
    let Some(task_data @ Value::Object(data)) = task.get("data") else {
        return Err("a task needs a \"data\" object".into());
    };
    let text = match data.get(TEXT) {
        Some(Value::String(t)) => t.clone(),
        _ => data.iter().find_map(|(_, v)| v.as_str()).ok_or("the task's data holds no text")?.to_string(),
    };
    let id = build::name_of(data.get("doc_id")).or_else(|| build::name_of(task.get("id")));
    let name = build::name_of(data.get("name"));
    let reviewed = data.get("reviewed").and_then(Value::as_bool).unwrap_or(false);
    let checked = data.get(CHECKED).and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
    let annotation = latest(task, "annotations", true);
    let prediction = latest(task, "predictions", false);
    let built_from_prediction =
        annotation.iter().any(|r| matches!(build::str_at(r, "origin"), Some(FROM_PREDICTION | CHANGED_PREDICTION)));
    let mut spans = Vec::new();
    if built_from_prediction {
        read_results(annotation, None, checked, &[], &mut spans)?;
    } else {
        // The prediction's spans but those a person's span replaced, then the person's.
        let mut user = Vec::new();
        read_results(annotation, Some(Origin::User), checked, &[], &mut user)?;
        read_results(prediction, Some(Origin::Auto), checked, &user, &mut spans)?;
        spans.append(&mut user);
    }
    let stamp = |key: &str| build::str_at(task_data, key).map(str::to_string);
    build::document(i, [id, name, stamp("annotator"), stamp("modified")], text, reviewed, spans)
}

/// The result list of a task's latest annotation or prediction (`key`):
/// the greatest creation time (ISO 8601 sorts as text), else the last
/// listed; cancelled annotations passed over if `skip_cancelled`.
fn latest<'t>(task: &'t Value, key: &str, skip_cancelled: bool) -> &'t [Value] {
    let Some(list) = task.get(key).and_then(Value::as_array) else { return &[] };
    let (mut best, mut best_at) = (None, "");
    for a in list {
        let cancelled = a.get("was_cancelled").and_then(Value::as_bool) == Some(true);
        let at = build::str_at(a, "created_at").unwrap_or_default();
        // The last of equal times, as `max_by_key` picks.
        if !(skip_cancelled && cancelled) && (best.is_none() || at >= best_at) {
            (best, best_at) = (Some(a), at);
        }
    }
    best.and_then(|b| b.get("result")).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// Whether two spans read have the same offsets and label.
fn same_place(a: &Map<String, Value>, b: &Map<String, Value>) -> bool {
    let at = |s: &Map<String, Value>, k: &str| s.get(k).and_then(Value::as_u64);
    (at(a, "start"), at(a, "end"), build::label_of(a)) == (at(b, "start"), at(b, "end"), build::label_of(b))
}

/// The spans of one result list. `origin`: what every region is, or `None`
/// to read each region's own Label Studio origin; an automatic region whose
/// id is in `checked` was confirmed by a person. Onto `out`, but for the
/// spans at the place of one of `replaced` (with its label).
fn read_results(
    results: &[Value],
    origin: Option<Origin>,
    checked: &[Value],
    replaced: &[build::Read],
    out: &mut Vec<build::Read>,
) -> Result<(), String> {
    let mut spans: Vec<build::Read> = Vec::new();
    for r in results {
        let Some(value) = r.get("value") else { continue };
        if !build::str_at(r, "type").unwrap_or_default().eq_ignore_ascii_case("labels") {
            continue;
        }
        let int = |k: &str| build::whole(value.get(k));
        let (Some(start), Some(end)) = (int("start"), int("end")) else {
            return Err(["a labels region needs whole-number start and end, not ", &value_text(value)].concat());
        };
        let origin = origin.unwrap_or(match build::str_at(r, "origin") {
            Some(FROM_PREDICTION) => Origin::Auto,
            _ => Origin::User,
        });
        let id = build::str_at(r, "id").unwrap_or_default().to_string();
        let names = value.get("labels").and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
        // Plain loops here and below: each adapter (`filter_map`, `filter`)
        // would be instantiated for this reader alone.
        for name in names {
            let Some(name) = name.as_str() else { continue };
            let text = build::str_at(value, "text");
            let mut span = build::span(start, end, name, text, origin);
            if origin == Origin::Auto && checked.iter().any(|c| c.as_str() == Some(&id)) {
                build::set(&mut span, CHECKED, Value::Bool(true));
            }
            spans.push((id.clone(), span, text.unwrap_or_default().to_string()));
        }
    }
    for r in results {
        let kind = build::str_at(r, "type").unwrap_or_default();
        let id = build::str_at(r, "id").unwrap_or_default();
        if kind == "textarea" {
            let from = build::str_at(r, "from_name").unwrap_or_default();
            let text = match r.get("value").and_then(|v| v.get("text")) {
                Some(Value::Array(lines)) => {
                    let mut text = String::new();
                    // Joined by line breaks (an empty first line kept).
                    let mut sep = "";
                    for line in lines {
                        let Some(line) = line.as_str() else { continue };
                        text.push_str(sep);
                        text.push_str(line);
                        sep = "\n";
                    }
                    text
                }
                Some(Value::String(s)) => s.clone(),
                _ => continue,
            };
            for (sid, s, _) in spans.iter_mut() {
                if sid == id {
                    attach(s, from, &text)?;
                }
            }
        } else if kind == "relation" {
            let end_id = |k: &str| build::str_at(r, k).unwrap_or_default();
            build::relate(&mut spans, end_id("from_id"), end_id("to_id"));
        }
    }
    for s in spans {
        if !replaced.iter().any(|r| same_place(&r.1, &s.1)) {
            out.push(s);
        }
    }
    Ok(())
}

/// A per-region text area's content onto its span.
fn attach(s: &mut Map<String, Value>, area: &str, text: &str) -> Result<(), String> {
    match (area, build::label_of(s)) {
        (ENTITY, "PERSON" | "PLACE") => {
            build::set(s, ENTITY, text.into());
        }
        (SPEAKER, "QUOTE") => {
            build::set(s, SPEAKER, text.into());
        }
        (NUMBER, "NUMBER") => {
            let Ok(Value::Object(fields)) = json::parse(text) else {
                return Err(["a number's value is not a JSON object: ", text].concat());
            };
            for (k, v) in fields {
                if ["kind", "value", "unit"].contains(&k.as_str()) {
                    s.insert(k, v);
                }
            }
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_config_names_the_controls_that_the_regions_name() {
        assert!(CONFIG_HEAD.contains(&["<Labels name=\"", LABELS, "\" toName=\"", TEXT, "\">"].concat()));
        assert!(CONFIG_TAIL.contains(&["<Text name=\"", TEXT, "\""].concat()));
        assert!(CONFIG_TAIL.contains(&["<Relation value=\"", SPEAKER, "\"/>"].concat()));
        for area in [ENTITY, SPEAKER, NUMBER] {
            assert!(CONFIG_TAIL.contains(&["<TextArea name=\"", area, "\" toName=\"", TEXT, "\""].concat()), "{area}");
        }
    }
}
