//! Who said each quotation, in named passes over plain data:
//!
//! 1. [`attribution`]: the cues naming who speaks, per sentence, outside
//!    quotation marks: a subject before a reporting verb (`Peskov said`,
//!    `The White House had said`, `he added`), a name after one (`said
//!    Peskov`), `according to X`, a headline's trailing `— Russia`;
//! 2. [`salience`]: the person each sentence is about, for `he`/`she`;
//! 3. [`choose`]: one attribution per quotation (the first after a
//!    quotation that opens its sentence, else the nearest before), or the
//!    sentence's first person, or a place that is its subject;
//! 4. [`carry`]: a quotation standing alone continues the previous
//!    speaker; one left open at a paragraph's end shares the speaker named
//!    where it ends;
//! 5. names: each speaker written out in its fullest form (the entity of
//!    its mention).

use context::Speaker;

mod attribution;
mod carry;
mod choose;
mod context;
mod index;
mod salience;

pub use context::Context;

/// The speaker of each quote, in order.
pub fn assign(cx: &Context) -> Vec<Option<String>> {
    if cx.quotes.is_empty() {
        return Vec::new(); // nothing to attribute: skip the per-token tables
    }
    let ix = index::Index::new(cx);
    let attributions = attribution::per_sentence(&ix);
    let salience = salience::Salience::per_sentence(&ix);
    let choices = choose::per_quote(&ix, &attributions, &salience);
    let speakers = carry::carry(cx.quotes, &choices);
    speakers.into_iter().map(|sp| sp.map(|sp| name(cx, sp))).collect()
}

/// The name a speaker is given: its mention's entity, or its words.
fn name(cx: &Context, sp: Speaker) -> String {
    match sp {
        Speaker::Mention(mi) => cx.entities.get(mi).cloned().unwrap_or_default(),
        Speaker::Words(start, end) => cx.text.get(start..end).unwrap_or("").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;
    use annotator_schema::{Attrs, Label};

    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        extract(text)
            .into_iter()
            .filter(|e| e.label == Label::Quote)
            .map(|e| {
                let sp = match e.attrs {
                    Attrs::Quote { speaker } => speaker,
                    _ => None,
                };
                (text[e.start.0..e.end.0].to_string(), sp)
            })
            .collect()
    }

    /// A case: its name, the text, and the quotes expected with their speakers.
    type Case = (&'static str, &'static str, &'static [(&'static str, Option<&'static str>)]);

    #[test]
    fn speaker_cases() {
        let cases: &[Case] = &[
            ("name_after_quote", "“We raised this,” Serhii Kyslytsia said.", &[("“We raised this,”", Some("Serhii Kyslytsia"))]),
            ("verb_then_name", "\"No deal,\" said coach Pep Guardiola.", &[("\"No deal,\"", Some("Pep Guardiola"))]),
            ("surname_gets_full_name", "Dmitry Peskov spoke.\n\"Fine,\" Peskov said.", &[("\"Fine,\"", Some("Dmitry Peskov"))]),
            ("pronoun_is_last_subject", "Angela Merkel met Emmanuel Macron.\n\"It went well,\" she said.", &[("\"It went well,\"", Some("Angela Merkel"))]),
            ("partial_quote_takes_subject", "Zelensky accused Russia of \"deliberately\" striking.", &[("\"deliberately\"", Some("Zelensky"))]),
            ("organisation_subject", "The White House had said Donald Trump was \"open\" to it.", &[("\"open\"", Some("White House"))]),
            ("according_to", "\"Prices will rise,\" according to Janet Yellen.", &[("\"Prices will rise,\"", Some("Janet Yellen"))]),
            ("standalone_paragraph_continues", "\"One,\" Hakan Fidan said.\n\n\"Two.\"", &[("\"One,\"", Some("Hakan Fidan")), ("\"Two.\"", Some("Hakan Fidan"))]),
            ("multi_paragraph_quote", "\"First part.\n\"Second part,\" Boris Johnson said.", &[("\"First part", Some("Boris Johnson")), ("\"Second part,\"", Some("Boris Johnson"))]),
            ("headline_dash_source", "No quick breakthrough in ‘Complex’ talks — Russia", &[("‘Complex’", Some("Russia"))]),
            ("no_named_speaker", "'Words aren't matched': UN chief warns", &[("'Words aren't matched'", None)]),
            ("title_abbreviation_is_not_a_sentence_end", "“It works,” said Dr. Fiona MacLeod.", &[("“It works,”", Some("Fiona MacLeod"))]),
            ("according_to_a_doctor", "“It waits,” according to Dr. Amara Diallo-Koné, a specialist.", &[("“It waits,”", Some("Amara Diallo-Koné"))]),
            ("unnamed_subject_is_no_speaker", "Harry MacPherson left; the team's medical staff said he was \"unlikely\" to bowl.", &[("\"unlikely\"", None)]),
            ("a_place_further_in_is_no_speaker", "A Norwegian official said Oslo was \"studying the details\".", &[("\"studying the details\"", None)]),
            ("a_place_as_subject_speaks", "Russia has downplayed hopes, calling the talks “complex” today.", &[("“complex”", Some("Russia"))]),
            ("quotation_over_paragraphs_takes_the_speaker_named_at_its_end", "\"It went well,\" said Sean O'Brien.\n\"It will take time.\n\"But we are ready,\" according to Volodymyr Zelensky.", &[
                ("\"It went well,\"", Some("Sean O'Brien")), ("\"It will take time", Some("Volodymyr Zelensky")), ("\"But we are ready,\"", Some("Volodymyr Zelensky")),
            ]),
            ("guillemets", "Emmanuel Macron a dit «non» hier", &[("«non»", Some("Emmanuel Macron"))]),
        ];
        for (name, input, want) in cases {
            let want: Vec<(String, Option<String>)> =
                want.iter().map(|(q, s)| (q.to_string(), s.map(str::to_string))).collect();
            assert_eq!(speakers(input), want, "{name}: {input}");
        }
    }
}
