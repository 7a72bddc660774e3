//! What the page says about spans: the side panel's lists (people and places
//! grouped by entity with their mentions, numbers with their values, quotes
//! grouped by speaker), each mark's tooltip, the speakers a quote can be
//! given, and short forms of long text.

use std::collections::HashMap;

use annotator_schema::sort::{sort, sort_by, sort_by_key};
use annotator_schema::{Attrs, Label, NumberKind, NumberValue, Origin, Span};

use crate::document::AnnotatedDoc;
use crate::span_id::SpanId;
use crate::value::value_text;

/// One entity and where it is mentioned.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityGroup {
    pub label: Label,
    pub name: String,
    /// In text order.
    pub mentions: Vec<SpanId>,
}

/// A number or quote the summary lists: its id, and where it was in the
/// document's spans when summarized. The summary copies no span's text: a
/// long document lists thousands of numbers and quotes, of which the panel
/// draws a few hundred, each read from the document when drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Listed {
    pub id: SpanId,
    /// The span's index in [`AnnotatedDoc::spans`].
    pub at: usize,
}

impl Listed {
    /// Its span in `doc`: by place, else by id (the document changed since
    /// it was summarized); `None` once the span is gone.
    pub fn span(self, doc: &AnnotatedDoc) -> Option<&Span> {
        match doc.spans().get(self.at) {
            Some((id, span)) if *id == self.id => Some(span),
            _ => doc.span(self.id),
        }
    }
}

/// The quotes of one speaker (`None`: unattributed).
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerGroup {
    pub speaker: Option<String>,
    pub quotes: Vec<Listed>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// PERSON entities, most mentioned first (ties: first mention first).
    pub people: Vec<EntityGroup>,
    /// PLACE entities, same order.
    pub places: Vec<EntityGroup>,
    /// In text order.
    pub numbers: Vec<Listed>,
    /// Most quoted first; unattributed last.
    pub quotes: Vec<SpeakerGroup>,
    /// User-added labels, grouped by label then text.
    pub others: Vec<EntityGroup>,
}

/// A list of groups being built, with where each key's group is: finding a
/// group by a scan of the list made a long document's summary quadratic
/// (thousands of names, tens of thousands of mentions: a 2 MB paste's
/// summary took one main-thread task of 200–575 ms). A key is copied
/// once, for its group; a mention's is looked up as it is.
struct Grouper<G> {
    list: Vec<G>,
    at: HashMap<String, usize>,
}

impl<G> Default for Grouper<G> {
    fn default() -> Self {
        Grouper { list: Vec::new(), at: HashMap::new() }
    }
}

impl<G> Grouper<G> {
    /// The group of `key`, made by `new` the first time.
    fn group(&mut self, key: &str, new: impl FnOnce() -> G) -> &mut G {
        let i = match self.at.get(key) {
            Some(&i) => i,
            None => *self.at.entry(key.to_string()).or_insert_with(|| {
                self.list.push(new());
                self.list.len() - 1
            }),
        };
        &mut self.list[i]
    }
}

/// What separates a user label's name from a mention's text in a
/// [`Grouper`] key: a label name holds only `A`–`Z`, digits and `_`.
const KEY_SEPARATOR: char = '\u{1f}';

pub fn summarize(doc: &AnnotatedDoc) -> Summary {
    let mut summary = Summary::default();
    let (mut people, mut places, mut others) =
        (Grouper::<EntityGroup>::default(), Grouper::default(), Grouper::default());
    let mut quotes = Grouper::<SpeakerGroup>::default();
    let mut unattributed: Option<SpeakerGroup> = None;
    for (at, (id, span)) in doc.spans().iter().enumerate() {
        let listed = Listed { id: *id, at };
        match &span.label {
            Label::Person => add_mention(&mut people, span, entity_name(span), *id),
            Label::Place => add_mention(&mut places, span, entity_name(span), *id),
            Label::Number => summary.numbers.push(listed),
            Label::Quote => match span.speaker() {
                Some(speaker) => quotes
                    .group(speaker, || SpeakerGroup { speaker: Some(speaker.to_string()), quotes: Vec::new() })
                    .quotes
                    .push(listed),
                None => unattributed
                    .get_or_insert_with(|| SpeakerGroup { speaker: None, quotes: Vec::new() })
                    .quotes
                    .push(listed),
            },
            Label::Other(_) => add_mention(&mut others, span, &span.text, *id),
        }
    }
    summary.people = people.list;
    summary.places = places.list;
    summary.quotes = quotes.list;
    summary.quotes.extend(unattributed);
    let mut others = others.list;
    // Stable sorts: ties keep first-mention order.
    sort_by_key(&mut summary.people, |g| std::cmp::Reverse(g.mentions.len()));
    sort_by_key(&mut summary.places, |g| std::cmp::Reverse(g.mentions.len()));
    sort_by_key(&mut summary.quotes, |g| (g.speaker.is_none(), std::cmp::Reverse(g.quotes.len())));
    sort_by(&mut others, |a, b| (a.label.as_str(), &a.name).cmp(&(b.label.as_str(), &b.name)));
    summary.others = others;
    summary
}

/// A PERSON/PLACE mention's entity: its `entity`, else its text.
fn entity_name(span: &Span) -> &str {
    span.entity().unwrap_or(&span.text)
}

/// `id` added to the group of `span`'s label and `name`.
fn add_mention(groups: &mut Grouper<EntityGroup>, span: &Span, name: &str, id: SpanId) {
    let new = || EntityGroup { label: span.label.clone(), name: name.to_string(), mentions: Vec::new() };
    let group = match &span.label {
        Label::Other(label) => groups.group(&format!("{label}{KEY_SEPARATOR}{name}"), new),
        _ => groups.group(name, new),
    };
    group.mentions.push(id);
}

/// How a NUMBER's value reads in the panel: `12,000`, `2–3 day`,
/// `2025-06-02`, `25%`, `USD 1,400,000,000`, `30 km`; its text when it has
/// no value.
pub fn display(span: &Span) -> String {
    let Some(n) = span.number() else { return span.text.clone() };
    let Some(value) = &n.value else { return span.text.clone() };
    let shown = match value {
        NumberValue::Number(x) => format_number(*x),
        NumberValue::Range { min, max } => format!("{}–{}", format_number(*min), format_number(*max)),
        NumberValue::Date(d) => return d.clone(),
    };
    match (n.kind, n.unit.as_deref()) {
        (_, Some("percent")) | (NumberKind::Percent, None) => format!("{shown}%"),
        (NumberKind::Money, Some(unit)) => format!("{unit} {shown}"),
        (_, Some(unit)) => format!("{shown} {unit}"),
        (_, None) => shown,
    }
}

/// `12000` → `12,000`; `-1234.5` → `-1,234.5`; fractions keep up to six
/// decimals, without trailing zeros.
pub fn format_number(x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    let fixed = format!("{:.6}", x.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if x < 0.0 && (int != "0" || !frac.is_empty()) { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// A mark's tooltip: a number's normalised value (`NUMBER = 2-3 day
/// (range)`), a quote's speaker, a person's or place's entity; `· by you`
/// on what the person made or changed.
pub fn tip(span: &Span) -> String {
    let who = if span.origin == Origin::User { " · by you" } else { "" };
    let what = match &span.attrs {
        Attrs::Number(n) => {
            let value = n.value.as_ref().map(value_text).unwrap_or_else(|| "no value".into());
            let unit = n.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
            format!("{} = {value}{unit} ({})", span.label, n.kind.as_str())
        }
        Attrs::Quote { speaker } => format!("QUOTE · speaker: {}", speaker.as_deref().unwrap_or("none named")),
        Attrs::Entity(e) => format!("{} · {e}", span.label),
        Attrs::None => span.label.to_string(),
    };
    format!("{what}{who}")
}

/// The speakers offered for a quote: the document's people, then its
/// places (a country speaking), each an entity name (else the text),
/// sorted, each once.
pub fn speaker_choices(doc: &AnnotatedDoc) -> Vec<String> {
    let of = |label: Label| {
        let mut names: Vec<String> =
            doc.spans().iter().filter(|(_, s)| s.label == label).map(|(_, s)| entity_name(s).to_string()).collect();
        sort(&mut names);
        names.dedup();
        names
    };
    let mut out = of(Label::Person);
    out.extend(of(Label::Place).into_iter().filter(|p| !out.contains(p)).collect::<Vec<_>>());
    out
}

/// What a mark is called to a screen reader, and what the page announces
/// when a highlight is made or relabelled: `PERSON: Okafor` (a long text
/// shortened).
pub fn spoken(span: &Span) -> String {
    format!("{}: {}", span.label, shorten(&span.text, SPOKEN_CHARS))
}

/// How much of a highlight's text is spoken: a long quote is named by its
/// start.
const SPOKEN_CHARS: usize = 60;

/// What an edit that replaced overlapping highlights says: `Replaced
/// PERSON: Dmitry and PERSON: Peskov said` (at most three named).
pub fn replaced_message(replaced: &[Span]) -> Option<String> {
    const NAMED: usize = 3;
    let names: Vec<String> = replaced.iter().take(NAMED).map(spoken).collect();
    let more = replaced.len().saturating_sub(NAMED);
    let list = match (names.as_slice(), more) {
        ([], _) => return None,
        ([one], _) => one.clone(),
        (all, 0) => format!("{} and {}", all[..all.len() - 1].join(", "), all[all.len() - 1]),
        (all, n) => format!("{} and {n} more", all.join(", ")),
    };
    Some(format!("Replaced {list} (Ctrl+Z undoes)"))
}

/// `text` cut to at most `max_chars` characters: cut texts lose their
/// trailing spaces and end in `…`.
pub fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Edit;
    use annotator_schema::{CharOffset, Corpus, NumberAttrs};

    fn doc(json: &str) -> AnnotatedDoc {
        AnnotatedDoc::from_document(Corpus::from_json(json).unwrap().documents.remove(0))
    }

    fn number(kind: NumberKind, value: Option<NumberValue>, unit: Option<&str>) -> Span {
        let attrs = Attrs::Number(NumberAttrs { kind, value, unit: unit.map(str::to_string) });
        Span {
            start: CharOffset(0),
            end: CharOffset(1),
            label: Label::Number,
            text: "x".into(),
            attrs,
            origin: Origin::Auto,
        }
    }

    #[test]
    fn number_display_table() {
        use NumberKind::*;
        let n = |x: f64| Some(NumberValue::Number(x));
        let cases = [
            (number(Cardinal, n(12000.0), None), "12,000"),
            (number(Cardinal, n(41.0), None), "41"),
            (number(Cardinal, n(1234567.25), None), "1,234,567.25"),
            (number(Cardinal, n(-1500.0), None), "-1,500"),
            (number(Cardinal, n(0.5), None), "0.5"),
            (number(Range, Some(NumberValue::Range { min: 2.0, max: 3.0 }), Some("day")), "2–3 day"),
            (number(Date, Some(NumberValue::Date("2025-06-02".into())), None), "2025-06-02"),
            (number(Percent, n(25.0), Some("percent")), "25%"),
            (number(Money, n(1.4e9), Some("USD")), "USD 1,400,000,000"),
            (number(Measure, n(30.0), Some("km")), "30 km"),
            (number(Cardinal, None, None), "x"),
        ];
        for (span, want) in cases {
            assert_eq!(display(&span), want, "{span:?}");
        }
    }

    #[test]
    fn people_and_places_are_grouped_by_entity_most_mentioned_first() {
        let d = doc(r#"[{"text": "Kyiv Peskov Dmitry Peskov Sumy Peskov", "spans": [
            {"start": 0, "end": 4, "label": "PLACE"},
            {"start": 5, "end": 11, "label": "PERSON", "entity": "Dmitry Peskov"},
            {"start": 12, "end": 25, "label": "PERSON", "entity": "Dmitry Peskov"},
            {"start": 26, "end": 30, "label": "PLACE", "entity": "Sumy"},
            {"start": 31, "end": 37, "label": "PERSON"}]}]"#);
        let s = summarize(&d);
        let people: Vec<(&str, usize)> = s.people.iter().map(|g| (g.name.as_str(), g.mentions.len())).collect();
        assert_eq!(people, [("Dmitry Peskov", 2), ("Peskov", 1)], "no entity: grouped by text");
        let places: Vec<&str> = s.places.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(places, ["Kyiv", "Sumy"], "ties keep first-mention order");
        assert_eq!(s.people[0].mentions, [SpanId(1), SpanId(2)]);
    }

    #[test]
    fn quotes_are_grouped_by_speaker_unattributed_last() {
        let d = doc(r#"[{"text": "'a' 'b' 'c' 'd' X", "spans": [
            {"start": 0, "end": 3, "label": "QUOTE", "speaker": null},
            {"start": 4, "end": 7, "label": "QUOTE", "speaker": "A"},
            {"start": 8, "end": 11, "label": "QUOTE", "speaker": "B"},
            {"start": 12, "end": 15, "label": "QUOTE", "speaker": "B"},
            {"start": 16, "end": 17, "label": "ORG"}]}]"#);
        let s = summarize(&d);
        let groups: Vec<(Option<&str>, usize)> =
            s.quotes.iter().map(|g| (g.speaker.as_deref(), g.quotes.len())).collect();
        assert_eq!(groups, [(Some("B"), 2), (Some("A"), 1), (None, 1)]);
        assert_eq!(s.others.len(), 1);
        assert_eq!(s.others[0].name, "X");
    }

    #[test]
    fn a_users_labels_group_by_label_and_text() {
        let d = doc(r#"[{"text": "X X X Y", "spans": [
            {"start": 0, "end": 1, "label": "ORG"},
            {"start": 2, "end": 3, "label": "TEAM"},
            {"start": 4, "end": 5, "label": "ORG"},
            {"start": 6, "end": 7, "label": "ORG"}]}]"#);
        let s = summarize(&d);
        let others: Vec<(&str, &str, usize)> =
            s.others.iter().map(|g| (g.label.as_str(), g.name.as_str(), g.mentions.len())).collect();
        assert_eq!(others, [("ORG", "X", 2), ("ORG", "Y", 1), ("TEAM", "X", 1)]);
    }

    #[test]
    fn numbers_are_listed_in_text_order() {
        let d = doc(r#"[{"text": "41 and 12,000", "spans": [
            {"start": 7, "end": 13, "label": "NUMBER", "kind": "cardinal", "value": 12000, "unit": null},
            {"start": 0, "end": 2, "label": "NUMBER", "kind": "cardinal", "value": 41, "unit": null}]}]"#);
        let shown: Vec<String> = summarize(&d).numbers.into_iter().filter_map(|n| n.span(&d).map(display)).collect();
        assert_eq!(shown, ["41", "12,000"]);
    }

    #[test]
    fn a_listed_span_is_read_by_place_then_by_id() {
        let mut d = doc(r#"[{"text": "41 and 12 and 7", "spans": [
            {"start": 7, "end": 9, "label": "NUMBER", "kind": "cardinal", "value": 12, "unit": null},
            {"start": 14, "end": 15, "label": "NUMBER", "kind": "cardinal", "value": 7, "unit": null}]}]"#);
        let listed = summarize(&d).numbers;
        let text = |d: &AnnotatedDoc| -> Vec<Option<String>> {
            listed.iter().map(|n| n.span(d).map(|s| s.text.clone())).collect()
        };
        assert_eq!(text(&d), [Some("12".into()), Some("7".into())], "as summarized");
        // A span made before them moves them along the list: found by id.
        d.apply(Edit::Create { start: CharOffset(0), end: CharOffset(2), label: Label::Number }).unwrap();
        assert_eq!(text(&d), [Some("12".into()), Some("7".into())], "after a span before them");
        d.apply(Edit::Delete { id: listed[0].id }).unwrap();
        assert_eq!(text(&d), [None, Some("7".into())], "a span deleted since is gone");
    }

    #[test]
    fn tooltips_show_values_speakers_and_entities() {
        let range = number(NumberKind::Range, Some(NumberValue::Range { min: 2.0, max: 3.0 }), Some("day"));
        let mut person = number(NumberKind::Cardinal, None, None);
        (person.label, person.attrs, person.origin) =
            (Label::Person, Attrs::Entity("Dmitry Peskov".into()), Origin::User);
        let mut quote = number(NumberKind::Cardinal, None, None);
        (quote.label, quote.attrs) = (Label::Quote, Attrs::Quote { speaker: Some("Dmitry Peskov".into()) });
        let mut unattributed = quote.clone();
        unattributed.attrs = Attrs::Quote { speaker: None };
        let mut org = number(NumberKind::Cardinal, None, None);
        (org.label, org.attrs) = (Label::Other("ORG".into()), Attrs::None);
        let cases = [
            (range, "NUMBER = 2-3 day (range)"),
            (
                number(NumberKind::Money, Some(NumberValue::Number(1.4e9)), Some("USD")),
                "NUMBER = 1400000000 USD (money)",
            ),
            (number(NumberKind::Cardinal, None, None), "NUMBER = no value (cardinal)"),
            (quote, "QUOTE · speaker: Dmitry Peskov"),
            (unattributed, "QUOTE · speaker: none named"),
            (person, "PERSON · Dmitry Peskov · by you"),
            (org, "ORG"),
        ];
        for (span, want) in cases {
            assert_eq!(tip(&span), want);
        }
    }

    #[test]
    fn speakers_offered_are_the_documents_people_once_each() {
        let d = doc(r#"[{"text": "Peskov and Dmitry Peskov met Zelensky in Kyiv", "spans": [
            {"start": 0, "end": 6, "label": "PERSON", "entity": "Dmitry Peskov"},
            {"start": 11, "end": 24, "label": "PERSON", "entity": "Dmitry Peskov"},
            {"start": 29, "end": 37, "label": "PERSON"},
            {"start": 41, "end": 45, "label": "PLACE"}]}]"#);
        assert_eq!(speaker_choices(&d), ["Dmitry Peskov", "Zelensky", "Kyiv"], "people, then places");
        let d = doc(r#"[{"text": "Jordan left Jordan for Amman and Jordan", "spans": [
            {"start": 0, "end": 6, "label": "PERSON"},
            {"start": 12, "end": 18, "label": "PLACE"},
            {"start": 23, "end": 28, "label": "PLACE"},
            {"start": 33, "end": 39, "label": "PLACE"}]}]"#);
        assert_eq!(speaker_choices(&d), ["Jordan", "Amman"], "a place named like a person once, as the person");
    }

    #[test]
    fn spoken_names_and_replacement_messages() {
        let mut span = number(NumberKind::Cardinal, None, None);
        (span.label, span.text) = (Label::Person, "Okafor".into());
        assert_eq!(spoken(&span), "PERSON: Okafor");
        let mut other = span.clone();
        other.text = "Peskov said".into();
        assert_eq!(replaced_message(&[]), None);
        assert_eq!(replaced_message(&[span.clone()]).unwrap(), "Replaced PERSON: Okafor (Ctrl+Z undoes)");
        let two = replaced_message(&[span.clone(), other.clone()]).unwrap();
        assert_eq!(two, "Replaced PERSON: Okafor and PERSON: Peskov said (Ctrl+Z undoes)");
        let five = replaced_message(&vec![span; 5]).unwrap();
        assert!(five.contains("and 2 more"), "{five}");
    }

    #[test]
    fn shortening_table() {
        let cases: &[(&str, usize, &str)] = &[
            ("Kremlin says talks", 60, "Kremlin says talks"),
            ("Kremlin says talks", 18, "Kremlin says talks"),
            ("Kremlin says talks", 13, "Kremlin says…"),
            ("Kremlin says talks", 12, "Kremlin says…"),
            ("😀😀😀", 2, "😀😀…"),
            ("", 5, ""),
        ];
        for (text, max, want) in cases {
            assert_eq!(shorten(text, *max), *want, "{text:?} {max}");
        }
    }
}
