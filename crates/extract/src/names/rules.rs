//! The classification rules for a plain candidate, in the order of
//! the `rules!` list of `classify.rs`. Each reads the candidate and its context and
//! gives a [`Verdict`], or `None` to pass it on.

use std::borrow::Cow;
use std::cell::OnceCell;

use super::article::Article;
use super::candidates::Lead;
use super::cues::{self, person_context, reporting_verb_after};
use super::foreign_article;
use super::learned::Memo;
use super::mention::Segment;
use super::place_first;
use super::runs;
use super::teams::{rank_opens_line, Teams};
use super::words::{
    demonym_shaped_surname, determiner_before, has_org_word, has_possessive, inflected_in_s, is_cap, is_demonym,
    is_land, is_particle_name, is_state_form, norm, noun_or_plural, opens_an_organisation, phrase, starts_run, tok,
    tok_bytes, tok_is,
};
use crate::lexicon::function_words::ABBREVIATIONS;
use crate::lexicon::name_words::{
    is_listed_surname_landmark, AREA_PREFIXES, COMPANY_PREFIXES, COMPASS_PREFIXES, CONNECTORS, FEATURE_PREFIXES,
    FEATURE_PREFIXES_BEFORE_PARTICLE, LOCATIVE_CUES, LOWER_CASE_LANDMARKS, MARKET_INDEX_NOUNS,
    NAME_SHAPED_ORGANISATIONS, ORGANISATION_NOUNS, PLACE_NOUNS, REGION_PREFIXES, WEATHER_SYSTEM_WORDS,
};
use crate::lexicon::{self, cat, core, is_all_caps, lexicon, list, name_bit, title_case, with_lower, ACRONYM_MAX_LEN};
use crate::tokens::{has, on_list, skip_to, Kind, Token};

/// What a rule decides for a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Verdict {
    /// No name: an institution (`White House`), a bracketed given name.
    Neither,
    /// An organisation's name, which names it wherever else the text
    /// writes it (`carmaker Zentrix … Zentrix said`): no person, no place.
    Organisation,
    Person,
    Place,
    /// A place that runs on to token `last`, past the candidate (`Kakhovka
    /// dam`).
    PlaceTo(usize),
    /// A person named by the candidate's words up to token `last`, the
    /// rest no name (`NORMAN | LEADS BY TWO` over `Greg Norman`).
    PersonTo(usize),
    /// No name as a whole, and no later rule asked: the gazetteer splits
    /// it and its words stay open for the later passes (`PAXTON SUES`).
    Open,
}

/// What the rules read: the text, its tokens, what the article says as a
/// whole (its teams, its names), and the candidate.
pub(super) struct Cx<'t> {
    pub(super) text: &'t str,
    pub(super) toks: &'t [Token],
    /// The teams of the article's results lines.
    pub(super) teams: &'t Teams,
    /// The article's full names and how often each candidate recurs.
    pub(super) article: &'t Article<'t>,
    /// The candidate's tokens.
    pub(super) s: Segment,
    /// What stands before it in its run.
    pub(super) lead: Lead,
    /// How many tokens it has.
    pub(super) n: usize,
    /// Its text, without a final possessive.
    pub(super) whole: &'t str,
    /// Its lookup form ([`norm`]), made once: the rules look it up in
    /// several lists.
    pub(super) whole_norm: Cow<'t, str>,
    /// The lexicon's bits of `whole_norm` as written, once asked: the
    /// rules ask it whether the whole is a company, a given name, a
    /// place, and its name bits (one probe where each asked again).
    pub(super) whole_bits: OnceCell<u8>,
    /// Whether (and how) the whole is a known place, once asked (several
    /// rules ask, and the gazetteer's split after them).
    pub(super) whole_place: OnceCell<Option<bool>>,
    /// What the learned rule read of the whole's text alone, kept for the
    /// article's other candidates of that text (`None`: read afresh).
    pub(super) memo: Option<&'t Memo>,
}

impl Cx<'_> {
    /// The [`name_bit`]s of `whole_norm` as written.
    pub(super) fn whole_bits(&self) -> u8 {
        *self.whole_bits.get_or_init(|| lexicon().written_bits(&self.whole_norm))
    }

    /// The whole's name bits (`Lexicon::name_bits` of `whole_norm`).
    pub(super) fn whole_name_bits(&self) -> u8 {
        lexicon().name_bits_of(&self.whole_norm, self.whole_bits())
    }

    /// `Some(is_word)` when the whole is a known place (`Lexicon::place_kind_of`).
    pub(super) fn whole_place_kind(&self) -> Option<bool> {
        *self.whole_place.get_or_init(|| lexicon().place_kind_of(&self.whole_norm, self.whole_bits()))
    }

    /// The whole candidate is a known place (`West Bank`, `MOSCOW`).
    pub(super) fn whole_is_place(&self) -> bool {
        self.whole_place_kind().is_some()
    }

    /// A determiner stands right before the candidate, on its line
    /// ([`determiner_before`]: `the Red Sox`, `their Red Lion`; `the George
    /// Floyd protests`, `a Tom Reyes song` name the person, which the rules
    /// that read it keep).
    pub(super) fn after_determiner(&self) -> bool {
        determiner_before(self.text, self.toks, self.s.first)
    }
}

/// A classification rule: a verdict, or `None` to leave the candidate to
/// the next rule.
#[cfg(any(test, feature = "train"))]
pub(super) type Rule = fn(&Cx) -> Option<Verdict>;

/// The most words of a person's name with its particles (`José María de la
/// Fuente`).
pub(super) const MAX_NAME_WORDS: usize = 5;

/// The most words of a name that only its context makes a person (`leader
/// Kemi Badenoch`, `By Aghakazim Guliyev`): longer runs are titles of
/// works or organisations.
pub(super) const MAX_CONTEXT_NAME_WORDS: usize = 4;

/// The initials of [`COMPASS_PREFIXES`], [`REGION_PREFIXES`] and
/// [`AREA_PREFIXES`] as bits
/// (`A` the lowest): a word opening with no other letter is neither.
const PREFIX_INITIALS: u32 = initials(&COMPASS_PREFIXES) | initials(&REGION_PREFIXES) | initials(&AREA_PREFIXES);

/// The first letters of lower-case ASCII `words`, as bits (`a` the lowest).
const fn initials(words: &[&str]) -> u32 {
    let mut bits = 0;
    let mut i = 0;
    while i < words.len() {
        bits |= 1 << (words[i].as_bytes()[0] - b'a');
        i += 1;
    }
    bits
}

/// The most words before a state form in a state's name (`Democratic
/// People's | Republic of Korea`).
const MAX_STATE_MODIFIERS: usize = 2;

/// `Aston Villa` once a results line names it (`Aston Villa 2-1 Newcastle
/// United`): a club, no person or place.
pub(super) fn team(cx: &Cx) -> Option<Verdict> {
    cx.teams.covers(cx.s.first, cx.s.last).then_some(Verdict::Neither)
}

/// `the 8th century BC`, `753 BC`, `AD 476`: an era's abbreviation after a
/// year or a century (or `AD` before a year) is no place, though `BC` is
/// British Columbia's too.
pub(super) fn era(cx: &Cx) -> Option<Verdict> {
    if cx.n != 1 || lexicon::era(cx.whole).is_none() {
        return None;
    }
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let figures = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let prev = if s.first > 0 { tok(text, toks, s.first - 1) } else { "" };
    let after_a_year = figures(prev) || matches!(prev, "century" | "centuries" | "millennium");
    let before_a_year = lexicon::era_before_a_year(cx.whole) && figures(tok(text, toks, s.last + 1));
    (after_a_year || before_a_year).then_some(Verdict::Neither)
}

/// `White House`, `Ministry of Defence`: a run with an institution word is
/// no name, unless the whole is a known place (`West Bank`).
pub(super) fn institution(cx: &Cx) -> Option<Verdict> {
    if NAME_SHAPED_ORGANISATIONS.iter().any(|o| cx.whole.ends_with(o)) || centre_for(cx.text, cx.toks, cx.s.last) {
        return Some(Verdict::Neither);
    }
    if weather_system(cx) {
        return Some(Verdict::Organisation);
    }
    if !has_org_word(cx.toks, cx.s) {
        return None;
    }
    // `Electric Avenue`, `City Hall`, `Tulsa International Airport`: a
    // landmark's noun after the organisation word names the place (the
    // landmark rule's), but for the nouns an institution's name ends in
    // (`George Washington University Hospital`, `Dover Area School
    // District`, `Operation Market Garden`).
    // (The token's bits first: most institutions end in no landmark noun.)
    let landmark = cx.n > 1
        && has(cx.toks, cx.s.last, cat::LANDMARK)
        && !has(cx.toks, cx.s.last, cat::ORG)
        && is_cap(tok(cx.text, cx.toks, cx.s.last))
        && !with_lower(core(tok(cx.text, cx.toks, cx.s.last)), |w| INSTITUTIONS_LANDMARK_NOUNS.contains(&w));
    if landmark {
        return None;
    }
    // `SCHUMACHER WINS GRAND PRIX` over `Michael Schumacher`: a headline
    // in capitals that opens with a surname the article gives is its
    // subject and its words, though an organisation's word ends it (not
    // `BERLIN GRAND PRIX`).
    let first = core(tok(cx.text, cx.toks, cx.s.first));
    if is_all_caps(first) && cx.article.is_surname(&norm(first)) {
        if let Some(v) = caps_headline_surname(cx) {
            return Some(v);
        }
    }
    if let Some(last) = caps_headline_place(cx) {
        return Some(Verdict::PlaceTo(last));
    }
    if title_case_headline(cx) {
        return Some(Verdict::Open);
    }
    Some(if cx.whole_is_place() || city_where_a_place_goes(cx) { Verdict::Place } else { Verdict::Neither })
}

/// The most words of a weather system's name with its words (`Tropical
/// Storm Alberto`, `Super Typhoon Mangkhut`): a longer run is a headline
/// (`Storm Hits Florida Coast Towns`).
const MAX_WEATHER_SYSTEM_WORDS: usize = 3;

/// `Storm Boris`, `Hurricane Helene`, `Tropical Storm Alberto`: a weather
/// system's word and its name are no person, and the name alone names the
/// system after (`org_names`). Not a town (`Storm Lake`: a landmark noun
/// ends it).
fn weather_system(cx: &Cx) -> bool {
    if !(2..=MAX_WEATHER_SYSTEM_WORDS).contains(&cx.n) {
        return false;
    }
    let system = |k: usize| with_lower(tok(cx.text, cx.toks, k), |w| WEATHER_SYSTEM_WORDS.contains(&w));
    (system(cx.s.first) || cx.n == MAX_WEATHER_SYSTEM_WORDS && system(cx.s.first + 1))
        && !has(cx.toks, cx.s.last, cat::LANDMARK)
}

/// `Peru Army Kills Five Rebels In Ayacucho`, `Trump Rally In Ohio Draws
/// Thousands`: a headline in title case is one run, its prepositions
/// capitalised in it; an institution word somewhere in it (`Army`,
/// `Rally`) says nothing of the rest, which the gazetteer splits (its
/// places found, the other words left open). One of
/// [`HEADLINE_PREPOSITIONS`] after the run's first word, on a line with no
/// other word in lower case ([`place_first::title_case_line`]); not the
/// words that join an institution's name (`Bank Of England`, `Food And
/// Drug Administration`), nor a name whose `of` is in lower case.
fn title_case_headline(cx: &Cx) -> bool {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let preposition =
        (s.first + 1..s.last).any(|k| has(toks, k, cat::STOP) && HEADLINE_PREPOSITIONS.contains(&tok(text, toks, k)));
    preposition && place_first::title_case_line(text, toks, s.first)
}

/// Prepositions that a headline in title case capitalises between its
/// clause's parts (`… In Ohio`, `… Over Bank Fraud`) and that names of
/// institutions seldom hold (unlike `Of`, `And`, `For`, `The`).
const HEADLINE_PREPOSITIONS: [&str; 9] = ["After", "Amid", "As", "At", "From", "In", "Near", "On", "Over"];

/// The most words of a place opening a headline in capitals (`SOUTH
/// AFRICA`).
const MAX_HEADLINE_PLACE_WORDS: usize = 2;

/// The fewest letters of a verb in the past that may follow the place
/// (`FINED`): shorter words in `ED` are names' (`BOSTON RED SOX`).
const MIN_PAST_VERB_LEN: usize = 5;

/// `MACEDONIA PASSES LOCAL GOVERNMENT LAW`, `KENYA BANNED`: in capitals a
/// headline is one run, its verb in it, and an institution word after; a
/// known place opening it before a verb is the headline's subject, a place
/// (its last token returned). A verb, in capitals: a match or reporting
/// verb (`BEATS`, `SAYS`), a past in `ED` (`BANNED`, `ARRESTED`), or a
/// present in `ES` after a hiss (`PASSES`, `SEIZES`, `REACHES`), which no
/// club's plural nickname has (`CHICAGO BULLS`, `NEW YORK GIANTS`: a
/// present in `S` alone is as often such a plural). Not in mixed case,
/// where the run ends before the verb.
pub(super) fn caps_headline_place(cx: &Cx) -> Option<usize> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if cx.n < 2 || !is_all_caps(tok(text, toks, s.last)) || !is_all_caps(tok(text, toks, s.first)) {
        return None;
    }
    let lx = lexicon();
    let verb = |k: usize| {
        let w = core(tok(text, toks, k));
        let past = w.len() >= MIN_PAST_VERB_LEN && w.ends_with("ED");
        let hissed = ["SES", "ZES", "CHES", "SHES", "XES"].iter().any(|e| w.ends_with(e));
        has(toks, k, cat::MATCH_VERB | cat::REPORTING) || (past || hissed) && !has(toks, k, cat::ORG | cat::TITLE)
    };
    let last_word = (s.first + MAX_HEADLINE_PLACE_WORDS - 1).min(s.last - 1);
    // (Not a place that is an English word too: `GOLD | CLOSES LOWER`.)
    (s.first..=last_word)
        .rev()
        .find(|&last| verb(last + 1) && lx.is_place_at(&norm(phrase(text, toks, s.first, last)), true))
}

/// Landmark nouns that end an institution's name as often as a place's:
/// after an organisation word, the institution.
const INSTITUTIONS_LANDMARK_NOUNS: [&str; 4] = ["district", "garden", "gardens", "hospital"];

/// `Microsoft announced`, `Morgan Stanley cut its forecast`: a company's
/// name as news writes it (the lexicon's companies) names an organisation
/// wherever the text writes it, though it reads as a person's name.
pub(super) fn known_company(cx: &Cx) -> Option<Verdict> {
    (cx.whole_bits() & name_bit::COMPANY != 0).then_some(Verdict::Organisation)
}

/// Words after which `‹X› City` is the city (`in Atlantic City`, `from
/// Sioux City`), not a club: a club is played at, joined, left or moved to.
const CITY_CUES: [&str; 8] = ["in", "from", "near", "outside", "into", "across", "through", "reached"];

/// `in Atlantic City`, `moved to Carson City`, `Sioux City, Iowa`: a town
/// the gazetteer lacks, named `‹X› City` where a place goes, here or at
/// another of its mentions in the text (`left Atlantic City` after `west of
/// Atlantic City, New Jersey`). `City` is an organisation word for clubs
/// (`Manchester City`), which the team rule before this finds in results,
/// and which `to` also precedes when the club's town is known (`moved to
/// Leicester City`); a possessive is a club's or a council's (`in
/// Manchester City's win`).
fn city_where_a_place_goes(cx: &Cx) -> bool {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if cx.n < 2 || !tok_is(text, toks, s.last, "City") {
        return false;
    }
    let town_known = lexicon().is_place(&norm(phrase(text, toks, s.first, s.last - 1)));
    let whole = phrase(text, toks, s.first, s.last);
    let mut k = 0;
    text.match_indices(whole).any(|(at, _)| {
        // The mention's tokens: whole words, not a possessive (`City's`,
        // one token longer than the match).
        k = skip_to(toks, k, at);
        let last = k + cx.n - 1;
        let words =
            toks.get(k).is_some_and(|t| t.start() == at) && toks.get(last).is_some_and(|t| t.end() == at + whole.len());
        let cue = if k > 0 { tok(text, toks, k - 1) } else { "" };
        // `Sioux City, Iowa`: a known place after the comma.
        let region_after = || tok_is(text, toks, last + 1, ",") && cues::known_place_at(text, toks, last + 2);
        words && (CITY_CUES.contains(&cue) || cue == "to" && !town_known || region_after())
    })
}

/// `aid group Médecins Sans Frontières said`, `chipmaker Nvidia`: a run
/// right after a lower-case noun for an organisation names one; it is
/// neither a person nor a place. So does a run after an organisation's
/// `for` ([`organisation_for`]) or a role's `at` ([`employer_after_role`]).
/// (One rule reads the word before for all three: a rule of its own costs
/// every candidate a call.)
pub(super) fn organisation_noun_before(cx: &Cx) -> Option<Verdict> {
    let before = tok(cx.text, cx.toks, cx.s.first.checked_sub(1)?);
    match before {
        "for" => return organisation_for(cx),
        "and" => return organisation_for_and(cx),
        "at" => return employer_after_role(cx),
        _ => {}
    }
    if on_list(cx.toks, cx.s.first - 1, list::ORGANISATION_NOUN) && ORGANISATION_NOUNS.contains(&before) {
        // A known place after the noun is the place's organisation
        // (`airline Emirates`): that mention alone goes.
        return Some(if cx.whole_is_place() { Verdict::Neither } else { Verdict::Organisation });
    }
    // `Shares in Nissan rose`, `a stake in Renault`: what shares are held
    // in is a company (a market's place is known: `shares in Asia`).
    let held = matches!(before, "in" | "of")
        && cx.s.first >= 2
        && with_lower(tok(cx.text, cx.toks, cx.s.first - 2), |w| HOLDING_NOUNS.contains(&w));
    (held && !cx.whole_is_place()).then_some(Verdict::Organisation)
}

/// `the National Institute for Disaster Management said`, `the Centre for
/// Disease Control`: a run after `for` that follows a capitalised
/// organisation word goes on naming the organisation (no person, no place
/// the gazetteer lacks; not `pictures for Edgar's films`); a known place
/// stays one (`the Commission for Wales`).
/// (The caller has seen `for`.)
fn organisation_for(cx: &Cx) -> Option<Verdict> {
    let org = cx.s.first.checked_sub(2)?;
    (organisation_before_for(cx.text, cx.toks, org) && !cx.whole_is_place()).then_some(Verdict::Organisation)
}

/// Token `org`, before `for`, is a capitalised organisation word (`the
/// National Institute for …`) or a centre's ([`centre_for`]).
fn organisation_before_for(text: &str, toks: &[Token], org: usize) -> bool {
    has(toks, org, cat::ORG) && is_cap(tok(text, toks, org)) || centre_for(text, toks, org)
}

/// `the Centre for Volcanology and Geological Hazard Mitigation said`, `the
/// Institute for Fiscal and Economic Studies`: a run after `and` that ends
/// an organisation's run after `for` ([`organisation_for`]) goes on naming
/// the organisation. (The caller has seen `and`.)
fn organisation_for_and(cx: &Cx) -> Option<Verdict> {
    let (text, toks) = (cx.text, cx.toks);
    let mut first = cx.s.first.checked_sub(2)?;
    if !is_cap(tok(text, toks, first)) {
        return None;
    }
    while first > 0 && is_cap(tok(text, toks, first - 1)) {
        first -= 1;
    }
    let org = first.checked_sub(2)?;
    let org_word = tok(text, toks, first - 1) == "for" && organisation_before_for(text, toks, org);
    (org_word && !cx.whole_is_place()).then_some(Verdict::Organisation)
}

/// `the Centre for Volcanology`, `Center for Strategic Studies`: token `k`
/// is a capitalised `Centre` or `Center` before `for` and a capitalised
/// word, an organisation's name (a centre is a place's or a landmark's
/// noun too, `Lincoln Center`, `Centre` a French region, so the word is on
/// no list of organisations').
fn centre_for(text: &str, toks: &[Token], k: usize) -> bool {
    // (The landmark bit first, which `centre` has: most words have none.)
    has(toks, k, cat::LANDMARK)
        && matches!(tok(text, toks, k), "Centre" | "Center" | "CENTRE" | "CENTER")
        && tok(text, toks, k + 1) == "for"
        && is_cap(tok(text, toks, k + 2))
}

/// Jobs held at an employer (`economist at`, `Analysts at`): not offices
/// held at a place or a church (`our minister at Weyanoke`), nor words for
/// a place's staff (`officers at`) or for where news is told (`told
/// reporters at Rail Bhavan`).
const EMPLOYEE_ROLES: [&str; 37] = [
    "analyst",
    "analysts",
    "banker",
    "bankers",
    "chief",
    "consultant",
    "consultants",
    "correspondent",
    "correspondents",
    "director",
    "directors",
    "economist",
    "economists",
    "editor",
    "editors",
    "engineer",
    "engineers",
    "executive",
    "executives",
    "fellow",
    "head",
    "lecturer",
    "lecturers",
    "manager",
    "managers",
    "officer",
    "partner",
    "professor",
    "professors",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "strategist",
    "strategists",
    "trader",
    "traders",
];

/// The most words of a role's `of` phrase before `at` and an employer
/// (`head of FX strategy at`): longer, the words are a clause of their own.
const MAX_ROLE_OF_WORDS: usize = 4;

/// `chief economist at Capital Economics`, `an analyst at Bernstein`,
/// `head of FX strategy at Rabobank`: a run after `at` that follows a
/// lower-case role, right before it or with the role's `of` phrase between,
/// names the employer, an organisation. A known place stays one (`a
/// professor at Oxford`), and so does a landmark (`a nurse at Kenyatta
/// National Hospital`), for the landmark rule after this one.
/// (The caller has seen `at`.)
fn employer_after_role(cx: &Cx) -> Option<Verdict> {
    let (text, toks) = (cx.text, cx.toks);
    let at = cx.s.first.checked_sub(1)?;
    if toks[at].newline_before() || has(toks, cx.s.last, cat::LANDMARK) {
        return None;
    }
    let role = |k: usize| with_lower(tok(text, toks, k), |w| EMPLOYEE_ROLES.contains(&w));
    // Back over the role's `of` phrase, on the line and within its words.
    let before_of = || {
        (at.saturating_sub(MAX_ROLE_OF_WORDS + 1)..at)
            .rev()
            .take_while(|&k| !toks[k + 1].newline_before() && toks[k].kind() == Kind::Word)
            .find(|&k| tok_is(text, toks, k, "of"))
            .and_then(|of| of.checked_sub(1))
            .is_some_and(role)
    };
    let after_role = at > 0 && (role(at - 1) || before_of());
    (after_role && !cx.whole_is_place()).then_some(Verdict::Organisation)
}

/// Nouns of what is held in a company, before `in` or `of` and its name.
const HOLDING_NOUNS: [&str; 5] = ["shares", "stake", "stakes", "stock", "stocks"];

/// `Ramesses II`, `Davis Love III`, `Henry VIII`: words in mixed case and
/// a regnal or generational numeral after them are a person; not a
/// place's (`Vatican II`), an institution's or event's (`World War II`,
/// the institution rule's before this), a numbered part's (`Article III`,
/// `CHAPTER II`), a model's (`F-4 Phantom II`) nor a mission's or a
/// machine's (`the Artemis II mission`).
pub(super) fn regnal_numeral(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // By the last token's length first: most candidates end in no numeral.
    let len = toks[s.last].end() - toks[s.last].start();
    if cx.n < 2 || !(2..=MAX_NUMERAL_LEN).contains(&len) {
        return None;
    }
    if !tok(text, toks, s.last).bytes().all(|b| matches!(b, b'I' | b'V' | b'X')) {
        return None;
    }
    let mixed_case = (s.first..s.last).all(|k| {
        let w = tok(text, toks, k);
        w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) && !w.bytes().any(|b| b.is_ascii_digit())
    });
    let part = with_lower(tok(text, toks, s.last - 1), |w| NUMBERED_PARTS.contains(&w));
    let name = phrase(text, toks, s.first, s.last - 1);
    let person = mixed_case && !part && !lexicon().is_place(&norm(name)) && !has_org_word(toks, cx.s);
    // `the Artemis II mission`, `a Mark IV tank`: after a determiner and
    // before a lower-case noun, the numbered name of a thing.
    let thing = || {
        cx.after_determiner()
            && tok(text, toks, s.last + 1).starts_with(|c: char| c.is_lowercase())
            && !has(toks, s.last + 1, cat::STOP)
    };
    if !person {
        return None;
    }
    Some(if thing() { Verdict::Neither } else { Verdict::Person })
}

/// The word between an index's name and its noun (`the Dow Jones
/// industrial average`).
const INDUSTRIAL: &str = "industrial";

/// The longest regnal or generational numeral read (`VIII`, `XIII`).
const MAX_NUMERAL_LEN: usize = 4;

/// Nouns numbered by a Roman numeral that are parts of a text, a contest
/// or a series, not a monarch (`Article III`, `Title IV`, `Chapter II`,
/// `Division II`, `Phase III`).
const NUMBERED_PARTS: [&str; 16] = [
    "act", "article", "book", "chapter", "class", "division", "grade", "letter", "level", "part", "phase", "section",
    "stage", "title", "type", "volume",
];

/// `the P-47 Thunderbolt`, `a B-25 Mitchell`, `the MiG-29 Fulcrum`: a run
/// that a model's code opens (letters, a hyphen, digits) names a model, no
/// person nor place, whatever the words after it. A hyphenated name is no
/// code (`Jean-Claude Killy`: no digits).
pub(super) fn model_code(cx: &Cx) -> Option<Verdict> {
    if cx.n < 2 || !cx.toks[cx.s.first].hyphen() {
        return None;
    }
    let code = tok(cx.text, cx.toks, cx.s.first);
    let (letters, digits) = code.split_once('-')?;
    let is_code = !letters.is_empty()
        && letters.chars().all(|c| c.is_ascii_alphabetic())
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_alphanumeric());
    is_code.then_some(Verdict::Neither)
}

/// `the Dow Jones industrial average`, `the Hang Seng index`, `the Nasdaq
/// composite`: a run before a market index's noun names the index; it is
/// neither a person nor a place.
pub(super) fn market_index_after(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // Most candidates are followed by no such noun: a token of another
    // length says so without its text.
    let len = toks.get(s.last + 1).map_or(0, |t| t.end() - t.start());
    if len != INDUSTRIAL.len() && !MARKET_INDEX_NOUNS.iter().any(|n| n.len() == len) {
        return None;
    }
    // (`industrial` only before its noun: not `Nevada's industrial output`.)
    let k = s.last + 1 + usize::from(tok(text, toks, s.last + 1) == INDUSTRIAL);
    let index = MARKET_INDEX_NOUNS.contains(&tok(text, toks, k)) && !has_possessive(tok(text, toks, s.last));
    index.then_some(Verdict::Neither)
}

/// The most words of a full name opening a headline in capitals before
/// its verb (`GRAHAM GOOCH`, `JOSE MARIA OLAZABAL`).
const MAX_HEADLINE_NAME_WORDS: usize = 3;

/// `GRAHAM GOOCH | RETIRES` over `Graham Gooch`, `KING | HUSSEIN | VISITS
/// CAIRO` over `Hussein`, `PRESIDENT | RAMOS | VISITS MINDANAO` over `Fidel
/// Ramos`: in capitals, run `s` opens with a name the article gives in
/// mixed case (or, one word, the surname of a full name it gives), of a
/// few words and ending at token `from` or after, and a word no lexicon
/// knows as a name follows it (the headline's verb); that name's last
/// token. Not when the article gives the whole run (`SIR | HENRY CURTIS`
/// over `Henry Curtis` and `Henry`).
pub(super) fn caps_name_before_verb(
    text: &str,
    toks: &[Token],
    article: &Article,
    s: Segment,
    from: usize,
) -> Option<usize> {
    let known = |last: usize| {
        let name = title_case(phrase(text, toks, s.first, last));
        article.count(&name) > 0 || last == s.first && article.is_surname(&name)
    };
    if s.first == s.last || !is_all_caps(phrase(text, toks, s.first, s.last)) || known(s.last) {
        return None;
    }
    let longest = (s.first + MAX_HEADLINE_NAME_WORDS - 1).min(s.last - 1);
    (from..=longest).rev().find(|&last| known(last) && lexicon().name_bits(&norm(tok(text, toks, last + 1))) == 0)
}

/// `PAXTON SUES OVER BORDER POLICY`, `KAFELNIKOV WINS`: a run in capitals
/// opening with no place before a verb ([`caps_headline_place`]) whose first word is the surname of a full name the article gives in
/// mixed case (`Ken Paxton`) is a headline's subject and its verb, not one
/// name: its words are left open, each on its own, so that coreference
/// finds the surname (`PAXTON`) and the verb joins nothing. Not a full
/// name the article gives, in capitals (`ANTHONY PATCH`, though `Anthony`
/// ends another name).
pub(super) fn caps_headline_surname(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // Most candidates are in mixed case: their second byte, a lower-case
    // ASCII letter, says so without slicing the word (a run's first
    // token is a capitalised word of one character or more).
    let second = text.as_bytes().get(toks[s.first].start() + 1).copied().unwrap_or(b' ');
    if cx.n < 2 || second.is_ascii_lowercase() {
        return None;
    }
    caps_run_open(cx)
}

/// [`caps_headline_surname`] past its quick test, out of line: the rules
/// are called through pointers for every candidate, and this body's stack
/// frame cost each call as much again as the test.
#[inline(never)]
fn caps_run_open(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let first = core(tok(text, toks, s.first));
    if first.len() <= ACRONYM_MAX_LEN || !is_all_caps(first) {
        return None;
    }
    let caps = (s.first + 1..=s.last).all(|k| is_all_caps(core(tok(text, toks, k))));
    if !caps {
        return None;
    }
    // (The first word title-cased once: in capitals, `norm` makes a copy.)
    let name = norm(first);
    let surname = cx.article.is_surname(&name);
    if let Some(last) = caps_headline_place(cx) {
        // `NORMAN BEATS NICKLAUS` over `Greg Norman`: a town's one word
        // that ends a full name the article gives is that person's surname.
        return Some(if surname && last == s.first { Verdict::PersonTo(last) } else { Verdict::PlaceTo(last) });
    }
    let given = lexicon().is_given(&name, false);
    // `GRAHAM GOOCH RETIRES` over `Graham Gooch`: a full name the article
    // gives in mixed case opens the run, and the headline's verb after it
    // joins nothing.
    if given {
        if let Some(last) = caps_name_before_verb(text, toks, cx.article, s, s.first + 1) {
            // (`IVORY COAST | CROP FEARS` over `Ivory Coast`: the name the
            // article gives is a place's.)
            let place = lexicon().is_place(&norm(phrase(text, toks, s.first, last)));
            return Some(if place { Verdict::PlaceTo(last) } else { Verdict::PersonTo(last) });
        }
    }
    if !surname {
        // `IVORY COAST CROP FEARS`, `ROYAL ASCOT RESULTS`: a headline's run
        // of capitals opening with a given name, no word of it the surname
        // of a full name the article gives in mixed case, is the headline's
        // words (open, for the gazetteer); not in a text all in capitals.
        // (A place the article gives, `Ivory Coast`, echoes no name.)
        let echo = |k: usize| {
            cx.article.is_surname(&norm(tok(text, toks, k)))
                && !lexicon().is_place(&norm(phrase(text, toks, s.first, k)))
        };
        // Two words open the same way when the given name is an English
        // word too and no surname follows (`WILL TALK`, `EARLY ELECTIONS`;
        // not `BILL CLINTON`, `GARY HALL`).
        let word_given = || {
            cx.n == MIN_CAPS_HEADLINE_WORDS - 1
                && !lexicon().is_given(&name, true)
                && !lexicon().is_surname(&norm(tok(text, toks, s.last)), false)
                && cx.article.rest_of_line_in_capitals(text, toks, s.last + 1)
        };
        let headline = given
            && (cx.n >= MIN_CAPS_HEADLINE_WORDS || word_given())
            && !(s.first + 1..=s.last).any(echo)
            && mixed_case_after(text, toks[s.last].end());
        return headline.then_some(Verdict::Open);
    }
    // `ANTHONY PATCH` over `Anthony Patch`: a given name before a surname
    // of the article is a full name it gives.
    if given && cx.article.is_surname(&norm(tok(text, toks, s.last))) {
        return None;
    }
    // (A surname the gazetteer knows as a town, `NORMAN LEADS BY TWO`
    // over `Greg Norman`, is the person's here: left open, the gazetteer
    // would take it.)
    Some(if lexicon().is_place(&name) { Verdict::PersonTo(s.first) } else { Verdict::Open })
}

/// The fewest words of a run in capitals that [`caps_run_open`] reads as a
/// headline's words when no full name of the article echoes it: a name in
/// capitals of two words (`IVORY COAST`, `GARY HALL`) is as often a name.
const MIN_CAPS_HEADLINE_WORDS: usize = 3;

/// How far after a run in capitals a lower-case letter says the text is in
/// mixed case (a headline's story follows it): a bound, so that a text all
/// in capitals is not read to its end for every run.
const MIXED_CASE_WINDOW: usize = 2_000;

/// A lower-case ASCII letter within [`MIXED_CASE_WINDOW`] bytes of byte
/// `from`.
fn mixed_case_after(text: &str, from: usize) -> bool {
    let bytes = text.as_bytes();
    let to = (from + MIXED_CASE_WINDOW).min(bytes.len());
    bytes.get(from..to).is_some_and(|b| b.iter().any(u8::is_ascii_lowercase))
}

/// `Ciragan Palace`, `Crimean Bridge`, `Fish River Canyon`, `Nyanza
/// Province`: a run ending in a capitalised landmark, feature or area noun
/// is a place; so is a known place and `State` (`Ogun State`, not
/// `Islamic State`), unless a US state's, a university (`Ohio State`).
pub(super) fn landmark(cx: &Cx) -> Option<Verdict> {
    if cx.n < 2 {
        return None;
    }
    let last_word = core(tok(cx.text, cx.toks, cx.s.last));
    // `Sangamon County State's Attorney Jo Lee`: a county's prosecutor,
    // an office after the county's name.
    if cx.n >= 3 && last_word == "State" && has_possessive(tok(cx.text, cx.toks, cx.s.last)) {
        let office = tok_is(cx.text, cx.toks, cx.s.last + 1, STATE_S_OFFICE);
        let county = core(tok(cx.text, cx.toks, cx.s.last - 1));
        return (office && is_cap(county) && lexicon::is_landmark_word(county))
            .then_some(Verdict::PlaceTo(cx.s.last - 1));
    }
    // `Ogun State`; `Ohio State`, `Michigan State coach`: a university and
    // its teams.
    let state_of =
        last_word.eq_ignore_ascii_case("state").then(|| norm(phrase(cx.text, cx.toks, cx.s.first, cx.s.last - 1)));
    let state = state_of.as_deref().is_some_and(|p| lexicon().is_place(p));
    if !is_cap(last_word) || !(lexicon::is_landmark_word(last_word) || state) {
        return None;
    }
    // `LME COPPER FALLS ON CHINESE SELLING`: in a headline in capitals, a
    // plural landmark noun after words that name no known place is the
    // headline's verb (not `NIAGARA FALLS`, `PALM SPRINGS`).
    if last_word.ends_with('S') && caps_verb_after_no_place(cx) {
        return Some(Verdict::Open);
    }
    if state && state_of.as_deref().is_some_and(lexicon::names_a_state_university) {
        return Some(Verdict::Neither);
    }
    // `Jack Hill`, `Sharon Street`: a given name and a landmark noun that is
    // also a surname is a person's name, unless a place goes there (`in
    // Harley Street`). A noun no one is called (`River`, `County`) keeps
    // the place: `Jordan River`, `Monroe County`; so does a plural one
    // (`Beverly Hills`, `Sharon Springs`).
    let g = norm(tok(cx.text, cx.toks, cx.s.first));
    let prev = if cx.s.first > 0 { tok(cx.text, cx.toks, cx.s.first - 1) } else { "" };
    // (`the 1100 block of Fulton Street`, `at 221 Baker Street`: an
    // address.)
    let address = prev == "of" && cx.s.first >= 2 && tok_is(cx.text, cx.toks, cx.s.first - 2, "block")
        || !prev.is_empty() && prev.bytes().all(|b| b.is_ascii_digit());
    let place_slot = address || cues::place_preposition(prev);
    // (A surname the list lacks, after any given name: `Sally Field`.)
    let listed = is_listed_surname_landmark(last_word);
    let surname_too = !last_word.ends_with('s') && (listed || lexicon().is_surname(last_word, false));
    let given = lexicon().is_given(&g, !listed) || lexicon().is_given(&g, false) && person_slot_before(prev);
    if cx.n == 2 && !place_slot && surname_too && given && !lexicon().is_place(&g) {
        return None;
    }
    // `( M. Hills ) 6-1`, a jockey on a racecard: one dotted initial and a
    // landmark noun name no place; the initials' rule reads it.
    if cx.n == 2 && matches!(tok_bytes(cx.text, cx.toks, cx.s.first), [b'A'..=b'Z', b'.']) {
        return None;
    }
    // `2. Gary Hall ( U.S. ) 48.81`, `3. Michael Hills ( Britain )`: a
    // given name ranked at a line's start, a bracket after it, is a
    // competitor's (the list slot's to read).
    if cx.n == 2 && ranked_competitor(cx) && lexicon().is_given(&g, true) {
        return None;
    }
    // `Downing Street said`: the institution named after it speaks.
    // (`Kebbi State called the deal …`, `X Street was called …` name
    // something; `rangers at Ranomafana National Park reported`: the verb
    // is the rangers', the park is where they are.) A region that speaks
    // is its government, still a place (LABELS.md: `Kharkiv Oblast said`,
    // `Kebbi State said`). After `of` the run is no subject: `Sen. Jack
    // Reed of Rhode Island said` is the senator speaking.
    let speaks = !place_slot
        && prev != "of"
        && !has(cx.toks, cx.s.last, cat::PLACE_NOUN)
        && reporting_verb_after(cx.text, cx.toks, cx.s)
        && !(cx.s.last + 1..cx.s.last + 3).any(|k| tok(cx.text, cx.toks, k).starts_with("call"));
    Some(if speaks { Verdict::Neither } else { Verdict::Place })
}

/// `talked with Tom Hall`, `as Emma Hill leaves`, `a photo by Jack
/// Hill`, `Photo : Jack Hill`: the words before a given name that is also
/// a word (`Tom`, `Jack`, `Emma`) and a landmark noun that is a surname
/// that make it a person's slot, where a place goes seldom; not any word
/// (`around Villa Park`, `through Baker Street`), nor a sentence's first
/// words (`Rose Hill is a suburb`).
fn person_slot_before(prev: &str) -> bool {
    matches!(prev, ":" | "as" | "by" | "with")
}

/// [`landmark`]'s candidate is in capitals to its line's end and its words
/// before the last name no known place.
#[inline(never)]
fn caps_verb_after_no_place(cx: &Cx) -> bool {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    is_all_caps(cx.whole)
        && cx.article.rest_of_line_in_capitals(text, toks, s.last + 1)
        && !(s.first..s.last).any(|k| lexicon().is_place(&norm(phrase(text, toks, k, s.last - 1))))
}

/// The candidate follows a rank opening its line (`2.`, `204`) and a
/// bracket follows it (`2. Gary Hall ( U.S. )`).
fn ranked_competitor(cx: &Cx) -> bool {
    let (text, toks, first) = (cx.text, cx.toks, cx.s.first);
    tok_is(text, toks, cx.s.last + 1, "(") && first > 0 && rank_opens_line(text, toks, first - 1)
}

/// The office in `State's Attorney`, a US county's prosecutor.
const STATE_S_OFFICE: &str = "Attorney";

/// `Mount Kenya`, `Lake Ohrid`, `Fort Liberté`, `Mt. Everest`: a feature
/// word before a name makes the run a place; so does a known place's name
/// before a Romance particle and a name (`San Cristobal de las Casas`,
/// [`known_place_before_particle`]).
pub(super) fn feature_prefix(cx: &Cx) -> Option<Verdict> {
    if cx.n < 2 {
        return None;
    }
    let w = core(tok(cx.text, cx.toks, cx.s.first));
    let is = |list: &[&str]| list.iter().any(|f| f.eq_ignore_ascii_case(w));
    // `Sierra de Cutucú`, `Costa del Sol`, `Val d'Isère`: a particle after
    // tells the feature from the given name or surname (`Sierra Boggess`).
    let particle = || romance_particle(tok(cx.text, cx.toks, cx.s.first + 1));
    let feature = is_cap(w) && (is(&FEATURE_PREFIXES) || is(&FEATURE_PREFIXES_BEFORE_PARTICLE) && particle());
    // Asked only of a feature word (most candidates have none).
    let name_after = || (cx.s.first + 1..=cx.s.last).any(|k| named(tok(cx.text, cx.toks, k)));
    (feature && name_after() || known_place_before_particle(cx)).then_some(Verdict::Place)
}

/// The particles of Romance place names that join a town's name to what
/// it is of (`de`, `del`, `da`, `dos`, `di`, an elided `d'Isère`).
fn romance_particle(w: &str) -> bool {
    matches!(w, "de" | "del" | "da" | "do" | "dos" | "das" | "di") || runs::elided_particle(w)
}

/// A name's word: capitalised, or a name with its particle elided onto it
/// (`d'Isère`).
fn named(w: &str) -> bool {
    is_cap(w) || runs::elided_particle(w)
}

/// `San Cristobal de las Casas`, `San Felipe de Austin`, `Castelnuovo di
/// Porto`: a known place's name, then a Romance particle and a name, is
/// the one place the whole names (the gazetteer's split would keep the
/// town and leave the rest a name of its own). Not a given name before a
/// surname's particle (`Jordan da Silva`, `Victoria de los Angeles`).
fn known_place_before_particle(cx: &Cx) -> bool {
    let (text, toks, first) = (cx.text, cx.toks, cx.s.first);
    // A place's name of up to two words before the particle: most
    // candidates have no particle there and are done with at once.
    let Some(p) = (first + 1..=(first + 2).min(cx.s.last)).find(|&k| romance_particle(tok(text, toks, k))) else {
        return false;
    };
    let town = phrase(text, toks, first, p - 1);
    let given = p == first + 1 && lexicon().is_given(town, false);
    let tail_named = named(tok(text, toks, cx.s.last));
    let initial = crate::sentences::sentence_initial(text, toks, first);
    tail_named && !given && lexicon().is_place_at(&norm(town), initial)
}

/// `Co. Cork`, `Co Antrim`, `County Kerry`: a county as Irish and British
/// news writes it, its word and all (as btc and GUM mark `Co Clare` and
/// `County Durham`). After `Co`, which opens the
/// candidate only where no company's name comes before it, one word or a
/// known place; after `County`, a known place only (`County Championship`
/// and `County Hall` are no counties).
pub(super) fn county_prefix(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // By the first word's length first: most candidates open otherwise.
    let len = toks[s.first].end() - toks[s.first].start();
    if cx.n < 2 || len != COUNTY_ABBREVIATION.len() && len != COUNTY.len() {
        return None;
    }
    let w = tok(text, toks, s.first);
    let name = s.first + 1 + usize::from(tok_is(text, toks, s.first + 1, "."));
    if name > s.last || !is_cap(tok(text, toks, name)) {
        return None;
    }
    let known = || lexicon().is_place(&norm(phrase(text, toks, name, s.last)));
    let county = match w {
        COUNTY_ABBREVIATION => name == s.last || known(),
        COUNTY | "COUNTY" => known(),
        _ => false,
    };
    county.then_some(Verdict::Place)
}

/// A county's word before its name (`County Kerry`).
const COUNTY: &str = "County";

/// Its abbreviation (`Co. Cork`, `Co Antrim`).
const COUNTY_ABBREVIATION: &str = "Co";

/// `West Seattle`, `North Shields`, `West Germany`: a compass point before
/// a name makes a place, though `West` is also a given name; not a
/// demonym's run (`South Korean`: the learned rule leaves it too; before
/// a title, `South Korean Foreign | Minister`, not `East African Rift`)
/// nor one
/// holding an institution word (the institution rule's, before this).
/// `Upper Egypt`, `Central Java`, `New France`: a part's or namesake's
/// word before a known place.
pub(super) fn compass_prefix(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // By its first byte first: this runs for most candidates.
    let initial = text.as_bytes().get(toks[s.first].start()).copied().unwrap_or(0);
    if cx.n < 2 || !initial.is_ascii_uppercase() || PREFIX_INITIALS & (1 << (initial - b'A')) == 0 {
        return None;
    }
    let w = core(tok(text, toks, s.first));
    let compass = COMPASS_PREFIXES.iter().any(|c| c.eq_ignore_ascii_case(w));
    let part = || {
        let area = AREA_PREFIXES.iter().any(|c| c.eq_ignore_ascii_case(w));
        if !area && !REGION_PREFIXES.iter().any(|c| c.eq_ignore_ascii_case(w)) {
            return false;
        }
        let rest = norm(phrase(text, toks, s.first + 1, s.last));
        lexicon().is_place(&rest) && !(area && lexicon().is_given(&rest, false))
    };
    let demonym = |k: usize| is_demonym(core(tok(text, toks, k)));
    let name_after = is_cap(tok(text, toks, s.first + 1))
        && !demonym(s.last)
        && !(demonym(s.first + 1) && has(toks, s.last + 1, cat::TITLE));
    if !((compass || part()) && name_after && cx.n <= MAX_CONTEXT_NAME_WORDS) {
        return None;
    }
    // `Eastern Division`, `Western Conference`: a league's group, no place.
    if compass && is_league_group(core(tok(text, toks, s.last))) {
        return Some(Verdict::Organisation);
    }
    // `SOUTH AFRICA BANNED`: a headline's place, its verb after.
    Some(caps_headline_place(cx).map_or(Verdict::Place, Verdict::PlaceTo))
}

/// Words for a regime before a land's name that make one period of it a
/// place of its own, as a people's adjective does (`Nazi Germany`, `Soviet
/// Russia`, `Fascist Italy`, `Tsarist Russia`).
const REGIME_WORDS: [&str; 6] = ["communist", "fascist", "imperial", "nazi", "soviet", "tsarist"];

/// The endings of the demonyms [`adjective_before_a_land`] reads by their
/// form (`Span|ish`, `Portugu|ese`), after two letters or more; those in
/// `-an` and `-ian` it reads only when listed (`Mexican`), as most names
/// so ending are no demonym (`Ryan`, `Brian`) and each would cost lookups.
const DEMONYM_ENDINGS: [&[u8]; 2] = [b"ish", b"ese"];

/// The most words of a land after its adjective (`Nazi Germany`, `French
/// West Africa`).
const LAND_AFTER_ADJECTIVE_WORDS: usize = 3;

/// `French Sudan`, `Spanish Morocco`, `Nazi Germany`: a people's adjective
/// (listed, or in `-ish` or `-ese`: [`DEMONYM_ENDINGS`]) or a regime's word
/// ([`REGIME_WORDS`]) before a land's name (a country,
/// a capital, a US state or a Canadian province) names the land in one
/// period or a part of it, a place, the adjective and all (the run read
/// it as a given name and a surname: `Nazi`, `French`). Not a party's
/// member (`Republican Texas | Gov.`), nor a land that is a given name too
/// (`American Jordan`).
pub(super) fn adjective_before_a_land(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if cx.n > 1 + LAND_AFTER_ADJECTIVE_WORDS {
        return None;
    }
    // By the token's bit, the word's length and its ending first, no
    // lower-casing: this runs for every candidate of two words or more.
    let w = core(tok(text, toks, s.first));
    let listed = || {
        has(toks, s.first, cat::DEMONYM)
            && with_lower(w, |l| !l.starts_with("democrat") && !l.starts_with("republican"))
    };
    let by_ending = || {
        let b = w.as_bytes();
        DEMONYM_ENDINGS.iter().any(|e| b.len() > e.len() + 1 && b.ends_with(e)) && is_demonym(w)
    };
    let regime = || REGIME_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w));
    if !(listed() || by_ending() || regime()) {
        return None;
    }
    let land = norm(phrase(text, toks, s.first + 1, s.last));
    (is_land(&land) && !lexicon().is_given(&land, false)).then_some(Verdict::Place)
}

/// The last words of a league's groups named by a compass point (`Eastern
/// Division`, `Western Conference`), which no place ends in.
const LEAGUE_GROUPS: [&str; 2] = ["Conference", "Division"];

/// Word `w` is one of [`LEAGUE_GROUPS`], in any case (`DIVISION`). (The
/// comparison reads the lengths first: most words end no candidate so.)
fn is_league_group(w: &str) -> bool {
    LEAGUE_GROUPS.iter().any(|g| g.eq_ignore_ascii_case(w))
}

/// `Atlantic Division`, `PACIFIC DIVISION`, `Midwest Division`: a known
/// place before a league group's word names the group, as a compass point
/// does (`compass_prefix`), in a standings table's heading as in prose:
/// no place, and the place inside it none either. Not a longer run, whose
/// place may be the group's own (`Big East Conference` is no place's).
pub(super) fn league_group(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let last = core(tok(text, toks, s.last));
    if cx.n != 2 || !is_league_group(last) {
        return None;
    }
    lexicon().is_place(&norm(tok(text, toks, s.first))).then_some(Verdict::Neither)
}

/// `Republic of Macedonia`, `State of Kuwait`, `Islamic State of Iraq`,
/// `Islamic Republic of Iran`, `People's Republic of China`, `Democratic
/// Republic of the Congo`: up to [`MAX_STATE_MODIFIERS`] words, a state
/// form, `of` (and `the`) and a known place are one place. A `State` takes
/// no words before it: `Islamic State of Iraq` is the armed group, no
/// name of ours, and its place none either.
pub(super) fn state_of(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if cx.n < 3 {
        return None;
    }
    let last_form = (s.first + MAX_STATE_MODIFIERS).min(s.last - 2);
    let form =
        (s.first..=last_form).find(|&k| tok_is(text, toks, k + 1, "of") && is_state_form(core(tok(text, toks, k))))?;
    let place = form + 2 + usize::from(tok_is(text, toks, form + 2, "the"));
    let group = form > s.first && core(tok(text, toks, form)).eq_ignore_ascii_case("state");
    // The group's first place (`… of Iraq | and the Levant`: the run
    // went on over `and`).
    let end =
        if group { (place..s.last).find(|&k| tok_is(text, toks, k + 1, "and")).unwrap_or(s.last) } else { s.last };
    if place > end || !lexicon().is_place(&norm(phrase(text, toks, place, end))) {
        return None;
    }
    Some(if group { Verdict::Neither } else { Verdict::Place })
}

/// `Baltimore Colts`, `St. Louis Cardinals`, `Chicago White Sox`: a place
/// and a plural nickname name a team, no place.
pub(super) fn team_nickname(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if cx.n < 2 {
        return None;
    }
    let w = core(tok(text, toks, s.last));
    let caps = w.chars().filter(|c| c.is_uppercase()).count();
    let plural = (inflected_in_s(w) || w.ends_with("Sox")) && is_cap(w) && caps == 1;
    if !plural || has(toks, s.last, cat::LANDMARK | cat::STOP | cat::ORG) || is_demonym(w) {
        return None;
    }
    let lx = lexicon();
    if lx.is_place(&norm(w)) {
        return None;
    }
    // `Gary Jones`, `Kerry Stokes`, `Houston Bills`: a given name named
    // like a town leads a person's name, and a plural of a given name ends
    // one, unless `the` says a team follows (`the Houston Astros`, `the
    // Buffalo Bills`, `the Tampa Bay Devil Rays`), or a member's role and
    // name do (`Houston Astros pitcher Mike Hampton`); a plural in `-ies`
    // is a people's then too (`the Ontario Tories`).
    let the_before = s.first > 0 && with_lower(tok(text, toks, s.first - 1), |p| p == "the")
        || cues::role_and_name_after(text, toks, s.last);
    let given_plural = || lx.is_given(w.trim_end_matches('s'), true);
    if (!the_before || w.ends_with("ies")) && given_plural()
        || !the_before && lx.is_given(&norm(tok(text, toks, s.first)), false)
    {
        return None;
    }
    let place_before = |last: usize| last >= s.first && lx.is_place(&norm(phrase(text, toks, s.first, last)));
    // One word may stand between (`White Sox`, `Blue Jays`), two after
    // `the` (`the Tampa | Bay Devil | Rays`), not a name (`the Netherlands
    // Lotte Wilms`).
    let between_ok = |k: usize| s.last > k && !lx.is_given(&norm(tok(text, toks, s.last - 1)), true);
    let nickname = place_before(s.last - 1)
        || between_ok(1) && place_before(s.last - 2)
        || the_before && between_ok(2) && place_before(s.last - 3);
    nickname.then_some(Verdict::Neither)
}

/// `Air France`, `Dynamo Kiev`: a company's or a club's word before a
/// place makes the run neither.
pub(super) fn org_prefix(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let prefixed = (s.first..s.last).any(|k| {
        let w = tok(text, toks, k);
        is_cap(w)
            && (has(toks, k, cat::CLUB_PREFIX) || COMPANY_PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(w)))
            && lexicon().is_place(&norm(tok(text, toks, k + 1)))
    });
    prefixed.then_some(Verdict::Neither)
}

/// `(Vladimir) Putin`: a given name in brackets before a name is an
/// editor's addition, not a place named like it; but not a country, a
/// competitor's before the team (`Jean Alesi ( France ) Benetton`).
pub(super) fn bracketed_given_name(cx: &Cx) -> Option<Verdict> {
    let s = cx.s;
    let bracketed = cx.n == 1
        && s.first > 0
        && tok(cx.text, cx.toks, s.first - 1) == "("
        && tok(cx.text, cx.toks, s.last + 1) == ")"
        && cx.whole_bits() & (name_bit::GIVEN | name_bit::GIVEN_WORD) != 0
        && starts_run(cx.toks, s.last + 2)
        && !lexicon::is_country(&cx.whole_norm);
    bracketed.then_some(Verdict::Neither)
}

/// `Kakhovka dam`, `the Crimean bridge`: an unknown word before a
/// lower-case landmark noun is a place with it. A known place before a
/// lower-case accord's noun names the accord, no place (`the Paris
/// agreement`, `the Minsk accords`, `the Good Friday agreement`;
/// `LABELS.md`: what is named after a place is none).
pub(super) fn lower_case_landmark_after(cx: &Cx) -> Option<Verdict> {
    let next = cx.s.last + 1;
    let after = || cx.toks.get(next).is_some_and(|t| t.space_before() && !t.newline_before());
    if cx.whole_is_place() {
        // The token's bits before its text: most places are followed by
        // no organisation's word.
        let accord = has(cx.toks, next, cat::ORG)
            && !cx.toks[next].upper()
            && after()
            && ACCORD_NOUNS.contains(&tok(cx.text, cx.toks, next));
        return accord.then_some(Verdict::Neither);
    }
    if cx.n != 1 {
        return None;
    }
    let landmark = after()
        && on_list(cx.toks, next, list::LOWER_CASE_LANDMARK)
        && with_lower(tok(cx.text, cx.toks, next), |w| LOWER_CASE_LANDMARKS.contains(&w));
    landmark.then_some(Verdict::PlaceTo(next))
}

/// The lower-case nouns of an accord named after a place (each an
/// organisation's word too, [`cat::ORG`], which is asked first).
const ACCORD_NOUNS: [&str; 6] = ["accord", "accords", "agreement", "agreements", "protocol", "treaty"];

/// The lower-case nouns of an administrative area after its name (`the
/// Sumy region`, `Helmand province`); not `state`, `city` or `town`, which
/// follow names in other senses (`the Trump state visit`).
const AREA_NOUNS_AFTER: [&str; 6] = ["county", "district", "municipality", "oblast", "province", "region"];

/// `the Al Haouz province`, `in Abu Kamal district`: a name after `the`,
/// `of` or a place's preposition and before a lower-case area noun is the
/// area's (`LABELS.md`: the noun stays out), though it reads as a person's
/// name (asked by the person rules, for their verdict alone).
pub(super) fn area_noun_after(cx: &Cx) -> bool {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let next = s.last + 1;
    // The token's bits before its text: most runs are followed by no place
    // noun.
    let area =
        has(toks, next, cat::PLACE_NOUN) && !toks[next].upper() && AREA_NOUNS_AFTER.contains(&tok(text, toks, next));
    let led = s.first > 0 && {
        let p = tok(text, toks, s.first - 1);
        p.eq_ignore_ascii_case("the") || p == "of" || cues::place_preposition(p)
    };
    // (Not a people's adjective: `the English county of`, `the Kurdish
    // region`.)
    let adjective = || is_demonym(core(tok(text, toks, s.last)));
    area && led && !adjective()
}

/// `Donald Trump`, `Recep Tayyip Erdoğan`, `Ruan van der Merwe`: a given
/// name followed by surnames is a person, unless a later word is a function
/// word, a demonym, a short acronym, or both it and the given name are
/// places (`Jordan Israel`) and it is no known surname (`David Irving`);
/// before a legal form or a club's word, an organisation (`Walt Disney
/// Co`).
pub(super) fn given_name_and_surname(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if !(2..=MAX_NAME_WORDS).contains(&cx.n) || cx.whole_is_place() {
        return None;
    }
    // `Walt Disney Co`, `Henry Ford Co.`: a founder's name before a legal
    // form or a club's word is the organisation's.
    if has(toks, s.last, cat::ORG_SUFFIX) && is_cap(tok(text, toks, s.last)) {
        return Some(Verdict::Organisation);
    }
    let lx = lexicon();
    let g = norm(tok(text, toks, s.first));
    // (Not `German Christian`: a people's adjective that is a given name.)
    let given_no_demonym = || !is_demonym(&g);
    // (`Jordan Israel`, `Roman Britain`: two places, one a country or a
    // capital, `lexicon::is_nation`; not `Mary Cook`, though towns are
    // named Mary and Cook.)
    let rest_ok = (s.first + 1..=s.last).all(|k| {
        let w = core(tok(text, toks, k));
        // (`Kim Kardashian`, `Anthony Albanese`: a surname in `-ian` or
        // `-ese` last, after the given name.)
        let demonym = is_demonym(w) && !(k == s.last && cx.n == 2 && demonym_shaped_surname(w) && given_no_demonym());
        let function_word = lexicon::is_stopword(w) || demonym;
        let short_acronym = is_all_caps(w) && w.chars().count() <= ACRONYM_MAX_LEN;
        // `London E17`: a postcode, a flight, a model; no name has digits.
        let digits = w.bytes().any(|b| b.is_ascii_digit());
        // `Jordan Israel` is two places; `David Irving` a known surname.
        let both_places = lx.is_place(&norm(w))
            && lx.is_place(&g)
            && (lexicon::is_nation(&g) || lexicon::is_nation(&norm(w)))
            && !lx.is_surname(&norm(w), true);
        !(function_word || short_acronym || both_places || digits) || CONNECTORS.contains(&w) || is_particle_name(w)
    });
    // `Will Toronto's airport…`: a given name that is also an English word
    // opening a sentence, before a known place that is no surname, is the
    // word and the place.
    let word_then_place = || {
        !lx.is_given(&g, true)
            && crate::sentences::sentence_initial(text, toks, s.first)
            && lx.is_place(&norm(phrase(text, toks, s.first + 1, s.last)))
            && !lx.is_surname(&norm(tok(text, toks, s.last)), false)
    };
    // `German Finance | Minister Lars Klingbeil`: a people's adjective that
    // is a given name too, before an office's words and its title, is the
    // office's country (not `German Gref said`).
    let office = || {
        has(toks, s.last + 1, cat::TITLE)
            && is_cap(tok(text, toks, s.last + 1))
            && !toks[s.last + 1].newline_before()
            && is_demonym(&g)
    };
    // `the Red Lion`, `a Rock Out single`, `the Red Sox`: a given name that
    // is also an English word, after a determiner and before no known
    // surname, is the word (a person's name seldom takes one; `a Tom Reyes
    // song` does, and `Reyes` says so); left to the rules after, and to the
    // gazetteer, unless a word of it is a known place, which its split
    // would make a place alone (`the Royal George` inn, `the Al Salem`
    // hospital, `a Mary Anne front`).
    let word_after_determiner = || {
        cx.after_determiner()
            && !lx.is_given(&g, true)
            && !lx.is_surname(&norm(core(tok(text, toks, s.last))), false)
            && !(s.first..=s.last).any(|k| lx.is_place(&norm(core(tok(text, toks, k)))))
    };
    // `Golden State`, `Penn State`, `the Roman Republic`: a state form ends
    // no person's name.
    let state_form = || is_state_form(core(tok(text, toks, s.last)));
    // `Urban Decay`, `Velvet Revolver`, `Star Wars`: a rare given name that
    // is far more often a common word, before words no name list holds, is
    // the words (a band, a product, a film); `Urban Meyer` is a person.
    // (Not `French Sudan`: a people's adjective is left to the gazetteer's
    // whole; not `Doctor Okonkwo-Baye`: a title announces a name.)
    let word_before_no_name = || {
        lexicon::is_word_given_name(&g)
            && !has(toks, s.first, cat::TITLE)
            && given_no_demonym()
            && (s.first + 1..=s.last).all(|k| lx.name_bits(&norm(core(tok(text, toks, k)))) & NAME_BITS == 0)
    };
    if !lx.is_given(&g, false)
        || !rest_ok
        || word_then_place()
        || office()
        || word_after_determiner()
        || state_form()
        || word_before_no_name()
    {
        return None;
    }
    // `Le Monde`, `El País`: the "given name" is a foreign article; `the
    // Al Haouz province`: the name is the area's; `Orlando Magic | forward
    // Dennis Scott`: the team (or firm) of a role's holder named after it.
    let article = foreign_article::verdict(cx);
    Some(if article == Some(Verdict::Organisation) || political_body_after(cx) {
        Verdict::Organisation
    } else if area_noun_after(cx) || article == Some(Verdict::Place) {
        Verdict::Place
    } else if cues::role_and_name_after(text, toks, s.last) {
        Verdict::Neither
    } else {
        Verdict::Person
    })
}

/// The bits of a word of a person's name: a given name or a surname.
const NAME_BITS: u8 =
    name_bit::GIVEN | name_bit::GIVEN_WORD | name_bit::SURNAME | name_bit::SURNAME_WORD | name_bit::SURNAME_FIRST;

/// Lower-case nouns of a political body after its name (`the ruling
/// Georgian Dream party`, `the Grace Fellowship movement`).
const POLITICAL_BODIES: [&str; 5] = ["alliance", "bloc", "coalition", "movement", "party"];

/// `the Georgian Dream party`: a name like a person's before
/// [`POLITICAL_BODIES`]' noun is the body's (a person's name before
/// `party` is a rare `the Jane Doe party`).
fn political_body_after(cx: &Cx) -> bool {
    cx.toks.get(cx.s.last + 1).is_some_and(|t| !t.newline_before())
        && POLITICAL_BODIES.contains(&tok(cx.text, cx.toks, cx.s.last + 1))
}

/// Nouns of a place's kind that `of` names, besides [`PLACE_NOUNS`]:
/// parts of a city, which are often named after people.
const CITY_PART_NOUNS: [&str; 3] = ["neighbourhood", "neighborhood", "borough"];

/// `the neighbourhoods of Mathias Velho and Harmonia`, `the town of
/// Lincoln`: after a noun of a place's kind (singular or plural) and `of`,
/// a name is the place, though it reads like a given name and a surname;
/// so after a noun of a place's people, parts or lords (`residents of Nea
/// Makri`, `the outskirts of Ana Rech`, `Duke of Santa Clara`:
/// [`cues::of_place_noun_at`]).
pub(super) fn place_noun_of_before(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if s.first < 2 || !tok_is(text, toks, s.first - 1, "of") {
        return None;
    }
    let kind = |w: &str| PLACE_NOUNS.contains(&w) || CITY_PART_NOUNS.contains(&w);
    let noun = tok(text, toks, s.first - 2);
    // (Two words or more, which read as a person's name; a single one is
    // the context pass's.)
    let people_or_parts = || cx.n >= 2 && cues::of_place_noun_at(text, toks, s.first - 2);
    (noun_or_plural(noun, kind) || people_or_parts()).then_some(Verdict::Place)
}

/// `born in Harrison, New Jersey`, `of Cibolo, Texas`: a single name
/// between a place's preposition and a known region after a comma is a
/// town, though a person may have the name (the learned rule took
/// `Harrison` for one). Two words after a locative cue too (`in Mai
/// Mahiu, Nakuru County`, `near Santa Juana, Chile`) or at a route's far
/// end (`from Poolesville to Sandy Hook, Maryland`), though they read as
/// a given name and a surname; not after `of` or `to` alone (`a letter to
/// Tom Reyes, Texas's attorney general`).
pub(super) fn town_before_region(cx: &Cx) -> Option<Verdict> {
    let words_ok = cx.n == 1
        || cx.n == 2
            && cx.s.first > 0
            && (with_lower(tok(cx.text, cx.toks, cx.s.first - 1), |w| LOCATIVE_CUES.contains(&w))
                || cues::route_end(cx.text, cx.toks, cx.s.first));
    // The demonym test last: most candidates have no such cue.
    let town = words_ok
        && cues::town_before_region(cx.text, cx.toks, cx.s, Some(&|| cx.n == 1 && cx.whole_is_place()))
        && !is_demonym(cx.whole);
    town.then_some(Verdict::Place)
}

/// `strikes near Tal Afar`, `Near Baiji, one strike`: a short run right
/// after `near` is a place, though it reads like a given name and a
/// surname (`Tal`, `Al`); not a possessive (`near Smith's home`).
pub(super) fn near_before(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // By length first: this runs for most candidates.
    let near = s.first > 0
        && toks[s.first - 1].end() - toks[s.first - 1].start() == "near".len()
        && tok(text, toks, s.first - 1).eq_ignore_ascii_case("near");
    // Asked only after `near` (most candidates stop there).
    let possessive = || has_possessive(tok(text, toks, s.last)) || tok(text, toks, s.last + 1).starts_with(['\'', '’']);
    (near && cx.n <= MAX_CONTEXT_NAME_WORDS && !possessive()).then_some(Verdict::Place)
}

/// What a verb and its preposition before a name make it. `vote for
/// Trump`, `voted for Labour`: what is voted for is a candidate or a
/// party, no place, though `for` reads like a place's preposition (the
/// learned rule took `Trump` for one). A known surname or given name is
/// the person; another name stays open for coreference (`Harlow` after
/// `Jane Harlow`); a known place is left to the learned rule (`vote for
/// Scotland`, a team or a country's cause). `published in Nature`,
/// `writing in Science`, `an article in Cell`: a journal or a paper, no
/// name of ours; a known place stays (`published in London`). Last
/// before the learned rule: the person rules decide a full name first
/// (`voted for Jane Harlow`).
pub(super) fn verb_before(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if s.first < 2 {
        return None;
    }
    let verb = |verbs: &[&str]| with_lower(tok(text, toks, s.first - 2), |w| verbs.contains(&w));
    // By the bytes (`tok_is`): this runs for most candidates.
    if tok_is(text, toks, s.first - 1, IN) {
        // Most names after `in` are places, which earlier rules asked
        // about already: that answer first.
        return (!cx.whole_is_place() && verb(&PUBLISHING_WORDS)).then_some(Verdict::Neither);
    }
    if !tok_is(text, toks, s.first - 1, FOR) || !verb(&VOTE_VERBS) || cx.whole_is_place() {
        return None;
    }
    let lx = lexicon();
    let last = norm(tok(text, toks, s.last));
    let named = lx.is_surname(&last, false) || cx.n == 1 && lx.is_given(&last, false);
    Some(if named && cx.n <= MAX_CONTEXT_NAME_WORDS { Verdict::Person } else { Verdict::Open })
}

/// The preposition of what is voted for.
const FOR: &str = "for";

/// Verbs of voting before `for` and a candidate or party.
const VOTE_VERBS: [&str; 6] = ["vote", "voted", "votes", "voting", "campaigned", "campaigning"];

/// The preposition of where something is published.
const IN: &str = "in";

/// Verbs of publishing and writing, and the pieces a journal or paper
/// prints, before `in` and its name (`published in Nature`, `writing in
/// Science`, `an editorial in Pravda`); not `reported` or `appeared`,
/// which a town follows as often (`appeared in court in Bucha`).
const PUBLISHING_WORDS: [&str; 10] =
    ["article", "column", "editorial", "publish", "published", "publishes", "write", "writes", "writing", "wrote"];

/// `Sony Australia`, `Transport Canada`, `Euronext Brussels`, `Steaua
/// București`, `UC Berkeley`: one word no name list knows before a known
/// place, the two alone in their run, name a company's branch, a body of
/// the place or a club, not the place (`LABELS.md`: companies and clubs
/// named after a place are no places). Not where the word opens a
/// sentence (`Meanwhile Canada`, `In Syria`), is a function word, a month
/// or a weekday, a title, an abbreviation (`St. Lawrence`), or shaped like
/// an adjective of the place or a modifier of where in it (`British
/// India`, `Classical Greece`, `Nazi Germany`, `Downtown Chicago`); nor
/// where the two are a known place (`Sri Lanka`), nor a route's first end
/// (`flew Jetstar Brisbane to Denpasar`). Last before the learned
/// rule, which leaves a run holding a place to the gazetteer.
pub(super) fn word_before_place(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if cx.n != 2 || has(toks, s.first, cat::STOP | cat::TITLE | cat::MONTH | cat::WEEKDAY) {
        return None;
    }
    // The place first: the last word of most two-word candidates is a
    // surname. A place named like an English word is left (`Canada Job`,
    // `Epsom Derby`).
    let lx = lexicon();
    if lx.name_bits(&norm(tok(text, toks, s.last))) & name_bit::PLACE == 0 {
        return None;
    }
    let w = tok(text, toks, s.first);
    let lower = |w: &str| {
        with_lower(w, |l| {
            PLACE_MODIFIERS.contains(&l) || ADJECTIVE_ENDINGS.iter().any(|e| l.len() > e.len() && l.ends_with(e))
        })
    };
    // `St Petersburg`, `EB3801a Houston` (an address's code).
    let abbreviation = w.ends_with('.') || ABBREVIATIONS.contains(&w) || tok_is(text, toks, s.first + 1, ".");
    if abbreviation || w.bytes().any(|b| b.is_ascii_digit()) || has_possessive(w) || lower(w) {
        return None;
    }
    let known = lx.name_bits(&norm(w)) & !name_bit::COMPANY != 0 || is_demonym(w) || cx.whole_is_place();
    // `flying Jetstar Brisbane to Denpasar`: a route's first end.
    let route = || tok_is(text, toks, s.last + 1, "to") && cues::known_place_at(text, toks, s.last + 2);
    (!known && !crate::sentences::sentence_initial(text, toks, s.first) && !route()).then_some(Verdict::Neither)
}

/// Endings of adjectives and participles before a place that belong to
/// its name or say which of its times or parts is meant (`Classical
/// Greece`, `Islamic Iran`, `Ancient Egypt`, `Modern Greece`, `Tsarist
/// Russia`, `Byzantine Syria`, `Occupied Palestine`, `Roman Britain`,
/// `Nazi Germany`, `Corporate America`).
const ADJECTIVE_ENDINGS: [&str; 10] = ["al", "an", "ate", "ed", "ent", "ern", "i", "ic", "ine", "ist"];

/// Other words before a place that say which of its times or parts is
/// meant, or which of its kind (`Mainland China`, `Downtown Chicago`,
/// `Soviet Russia`, `Free France`, `Holy Land`'s kin).
const PLACE_MODIFIERS: [&str; 13] = [
    "downtown", "free", "greater", "holy", "inner", "mainland", "metro", "midtown", "old", "outer", "soviet", "uptown",
    "weimar",
];

/// `leader Kemi Badenoch`: a lower-case role just before a short run
/// outweighs the gazetteer, unless the run is one known place.
pub(super) fn role_before(cx: &Cx) -> Option<Verdict> {
    let person = cues::role_or_kin_before(cx.text, cx.toks, cx.s.first, true)
        && cx.n <= MAX_CONTEXT_NAME_WORDS
        && !(cx.n == 1 && cx.whole_is_place());
    person.then_some(Verdict::Person)
}

/// `By Aghakazim Guliyev`: a short run after a byline's `By` is its writer.
pub(super) fn byline(cx: &Cx) -> Option<Verdict> {
    (cx.lead == Lead::Byline && cx.n <= MAX_CONTEXT_NAME_WORDS).then_some(Verdict::Person)
}

/// `said Raimunda Gomes dos Santos`: a run with a word no gazetteer knows
/// that the context makes a person stays whole (not `… dos` + `Santos`).
pub(super) fn unknown_words_in_person_context(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if !(2..=MAX_NAME_WORDS).contains(&cx.n) {
        return None;
    }
    let unknown = (s.first..=s.last).any(|k| {
        let w = core(tok(text, toks, k));
        is_cap(w) && !lexicon().is_place(&norm(w))
    });
    // `the Louisiana Republican said`: a run ending in a demonym or a
    // party describes a person; it is no name.
    let described = is_demonym(core(tok(text, toks, s.last)));
    (unknown
        && !described
        && !cx.whole_is_place()
        && (person_context(text, toks, s) || unlisted_words_of_a_country(cx))
        && !organisation_shaped(cx)
        && !cx.after_determiner())
    .then_some(Verdict::Person)
}

/// `Ding Liren of China`: a run of words no list knows before `of` and a
/// known place ([`cues::unlisted_words_of_a_place`]).
fn unlisted_words_of_a_country(cx: &Cx) -> bool {
    cues::unlisted_words_of_a_place(cx.text, cx.toks, cx.s.first, cx.s.last + 1)
}

/// `Doctors Without Borders`, `Save The Children`, `Islamic Jihad`,
/// `Democratic Alliance`: a capitalised function word inside a run, or an
/// adjective in `-ic` opening it that no one is named, makes an
/// organisation's name, not a person's (`Raimunda Gomes dos Santos` keeps
/// its particle in lower case).
fn organisation_shaped(cx: &Cx) -> bool {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let function_word = (s.first + 1..=s.last).any(|k| {
        let w = tok(text, toks, k);
        is_cap(w) && lexicon::is_stopword(w)
    });
    function_word || opens_an_organisation(core(tok(text, toks, s.first)))
}
