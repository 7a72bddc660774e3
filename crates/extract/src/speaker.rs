//! Who said each quotation.
//!
//! Attributions are found per sentence, outside quotation marks: a subject
//! before a reporting verb (`Peskov said`, `The White House had said`,
//! `he added`), a name after one (`said Peskov`), `according to X`, and a
//! headline's trailing `— Russia`. A quotation that opens its sentence takes
//! the first attribution after it; one inside a sentence takes the nearest
//! before it, else the first after. `he`/`she` is the person the recent
//! sentences are about (the first person each names). Without any, the
//! sentence's first person, then its first place before the quote; a quote
//! standing alone as a paragraph continues the previous quote's speaker.
//! Names are given in their fullest form (the entity).

use annotator_schema::Label;

use crate::lexicon::speech::{SPEAKER_PRONOUNS, UNNAMED_SPEAKERS};
use crate::lexicon::{self, core};
use crate::names::Mention;
use crate::quote::QuoteSpan;
use crate::sentences::{abbreviation_period, Sentences};
use crate::slots::Slots;
use crate::tokens::{has, Kind, Token};

#[derive(Clone, Debug)]
enum Who {
    Name(String),
    Pronoun,
    /// `the team's medical staff said`, `an official said`: someone the
    /// article does not name.
    Unnamed,
}

#[derive(Clone, Debug)]
struct Attribution {
    tok: usize,
    who: Who,
}

/// Everything the speaker rules read.
pub struct Context<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub quotes: &'a [QuoteSpan],
    /// The quotation each token is in.
    pub in_quote: &'a Slots,
    pub sentences: &'a Sentences,
    pub mentions: &'a [Mention],
    pub entities: &'a [String],
}

/// The speaker of each quote, in order.
pub fn assign(cx: &Context) -> Vec<Option<String>> {
    if cx.quotes.is_empty() {
        return Vec::new(); // nothing to attribute: skip the per-token tables
    }
    let n = cx.toks.len();
    let text = cx.text;
    let in_quote = cx.in_quote;
    // Which mention each token is in.
    let mut mention_at = Slots::new(n);
    let mut m = 0;
    for (i, t) in cx.toks.iter().enumerate() {
        while m < cx.mentions.len() && cx.mentions[m].end <= t.start() {
            m += 1;
        }
        if m < cx.mentions.len() && cx.mentions[m].start <= t.start() && t.start() < cx.mentions[m].end {
            mention_at.set(i, m);
        }
    }
    let sentence_of = |i: usize| cx.sentences.of(i);
    // The mention token `j` ends: mentions are whole tokens, so its last
    // token is the one whose successor is not in it.
    let mention_end = |j: usize| mention_at.get(j).filter(|&mi| j + 1 >= n || mention_at.get(j + 1) != Some(mi));
    let range = |s: usize| cx.sentences.range(s);

    let name_of = |mi: usize| cx.entities.get(mi).cloned().unwrap_or_default();
    let is_person = |mi: usize| cx.mentions[mi].label == Label::Person;

    // Attributions, per sentence.
    let mut attrs: Vec<Vec<Attribution>> = vec![Vec::new(); cx.sentences.len()];
    for i in 0..n {
        if in_quote.get(i).is_some() || cx.toks[i].kind != Kind::Word {
            continue;
        }
        let w = cx.toks[i].text(text);
        let s = sentence_of(i);
        let (lo, hi) = range(s);
        if w == "according" && cx.toks.get(i + 1).is_some_and(|t| t.text(text) == "to") {
            if let Some(mi) =
                (i + 2..hi.min(i + 6)).find_map(|k| mention_at.get(k).filter(|_| in_quote.get(k).is_none()))
            {
                attrs[s].push(Attribution { tok: i, who: Who::Name(name_of(mi)) });
            }
            continue;
        }
        if !has(cx.toks, i, lexicon::cat::REPORTING) || w.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        // Subject before the verb.
        let mut j = i;
        let mut subject = None;
        while j > lo {
            j -= 1;
            let tw = cx.toks[j].text(text);
            if in_quote.get(j).is_some() {
                break;
            }
            if has(cx.toks, j, lexicon::cat::FILLER | lexicon::cat::WEEKDAY) {
                continue;
            }
            if let Some(mi) = mention_end(j) {
                subject = Some(Who::Name(name_of(mi)));
            } else if SPEAKER_PRONOUNS.contains(&tw) {
                subject = Some(Who::Pronoun);
            } else if UNNAMED_SPEAKERS.contains(&tw) {
                subject = Some(Who::Unnamed);
            } else if tw.chars().next().is_some_and(char::is_uppercase) && cx.toks[j].kind == Kind::Word {
                // An organisation: `The White House`, `Caliber.Az`.
                let mut a = j;
                while a > lo
                    && cx.toks[a - 1].kind == Kind::Word
                    && cx.toks[a - 1].text(text).chars().next().is_some_and(char::is_uppercase)
                    && in_quote.get(a - 1).is_none()
                {
                    a -= 1;
                }
                while a < j && lexicon::is_stopword(cx.toks[a].text(text)) {
                    a += 1;
                }
                let name = &text[cx.toks[a].start()..cx.toks[j].start() + core(cx.toks[j].text(text)).len()];
                if !lexicon::is_stopword(name) && !lexicon::is_weekday(name) && name.chars().count() > 1 {
                    subject = Some(Who::Name(name.to_string()));
                }
            }
            break;
        }
        if let Some(who) = subject {
            attrs[s].push(Attribution { tok: i, who });
            continue;
        }
        // Name after the verb: `said Peskov`, `said Kremlin spokesman Dmitry Peskov`.
        for k in i + 1..hi.min(i + 6) {
            if in_quote.get(k).is_some() {
                break;
            }
            if let Some(mi) = mention_at.get(k).filter(|&mi| is_person(mi)) {
                attrs[s].push(Attribution { tok: i, who: Who::Name(name_of(mi)) });
                break;
            }
            let tw = cx.toks[k].text(text);
            if !(lexicon::is_title(tw)
                || tw.chars().next().is_some_and(char::is_uppercase)
                || abbreviation_period(text, cx.toks, k))
            {
                break;
            }
        }
    }
    // Headline attribution: `… talks — Russia` at the end of a line.
    for (s, found) in attrs.iter_mut().enumerate() {
        let (lo, hi) = range(s);
        if hi >= lo + 2 {
            if let Some(mi) = mention_at.get(hi - 1) {
                let k = (lo..hi).rev().find(|&k| mention_at.get(k) != Some(mi)).unwrap_or(lo);
                if matches!(cx.toks[k].text(text), "—" | "–" | "-") && in_quote.get(hi - 1).is_none() {
                    found.push(Attribution { tok: hi - 1, who: Who::Name(name_of(mi)) });
                }
            }
        }
    }
    // The person each sentence is about: (token, mention) of its first
    // person outside quotes.
    let salient: Vec<Option<(usize, usize)>> = (0..cx.sentences.len())
        .map(|s| {
            let (lo, hi) = range(s);
            (lo..hi).find_map(|k| {
                mention_at.get(k).filter(|&mi| is_person(mi) && in_quote.get(k).is_none()).map(|mi| (k, mi))
            })
        })
        .collect();
    let resolve_pronoun = |s: usize, tok: usize| -> Option<String> {
        if let Some((k, mi)) = salient[s] {
            if k < tok {
                return Some(name_of(mi));
            }
        }
        (s.saturating_sub(8)..s).rev().find_map(|p| salient[p].map(|(_, mi)| name_of(mi)))
    };

    let mut qfirst = vec![None; cx.quotes.len()];
    let mut qlast = vec![0usize; cx.quotes.len()];
    for i in 0..n {
        if let Some(q) = in_quote.get(i) {
            qfirst[q].get_or_insert(i);
            qlast[q] = i;
        }
    }
    let mut out: Vec<Option<String>> = Vec::with_capacity(cx.quotes.len());
    // Whether a quote's own sentence attributes it (else its speaker is a
    // fallback that the rest of a multi-paragraph quotation overrides).
    let mut attributed = vec![false; cx.quotes.len()];
    for (qi, qs) in cx.quotes.iter().enumerate() {
        let Some(first) = qfirst[qi] else {
            out.push(None);
            continue;
        };
        let last = qlast[qi];
        let s = sentence_of(first);
        let (lo, hi) = range(s);
        let starts_sentence = first == lo;
        let list = &attrs[s];
        let after = list.iter().find(|a| a.tok > last);
        let before = list.iter().rev().find(|a| a.tok < first);
        let pick = if starts_sentence { after.or(before) } else { before.or(after) };
        attributed[qi] = pick.is_some();
        let mut speaker = match pick {
            Some(Attribution { who: Who::Name(nm), .. }) => Some(nm.clone()),
            Some(Attribution { who: Who::Pronoun, tok }) => resolve_pronoun(s, *tok),
            Some(Attribution { who: Who::Unnamed, .. }) | None => None,
        };
        if speaker.is_none() && pick.is_none() {
            let outside = |k: &usize| in_quote.get(*k).is_none();
            // Without an attribution, the sentence's first person, else a
            // place that is its subject (`Russia has downplayed hopes …,
            // calling the talks “complex”`), never a place further in.
            speaker = (lo..hi)
                .filter(outside)
                .find_map(|k| mention_at.get(k).filter(|&mi| is_person(mi)).map(&name_of))
                .or_else(|| mention_at.get(lo).filter(|&mi| !is_person(mi) && lo < first).map(&name_of));
        }
        let alone = (lo..hi).all(|k| in_quote.get(k) == Some(qi) || cx.toks[k].kind == Kind::Punct);
        if speaker.is_none() && pick.is_none() && alone {
            if let (Some(prev), Some(pq)) = (out.last().cloned().flatten(), qi.checked_sub(1).map(|p| &cx.quotes[p])) {
                if qs.para <= pq.para + 4 {
                    speaker = Some(prev);
                }
            }
        }
        out.push(speaker);
    }
    // A quote left open continues into the next paragraph's: unless its
    // own sentence names a speaker, it shares the one named at the end.
    for qi in (0..cx.quotes.len().saturating_sub(1)).rev() {
        let continues = cx.quotes[qi].open_end && cx.quotes[qi + 1].para == cx.quotes[qi].para + 1;
        if continues && !attributed[qi] && out[qi + 1].is_some() {
            out[qi] = out[qi + 1].clone();
        }
    }
    out
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
