//! Pass 3, choose: each quotation takes one attribution of its sentence.
//! A quotation that opens its sentence takes the first after it; one
//! inside a sentence the nearest before it, else the first after. A
//! quotation that is its whole sentence and finds none there takes the
//! attribution of the next sentence when that one quotes nothing (`"…"
//! That was how Smith put it.`, `"…"` then a paragraph opening `Smith
//! added …`), or the person that sentence opens with when it goes on in
//! the paragraph (an action beat: `"Young!" Jock held it up.`); later
//! in a paragraph, the name the sentence of narrative before it opens
//! with (`… cried the ladies. Mrs. Griffin asked for light. "Who?"`);
//! after a colon, the `he`/`she` of the words it ends (`he shrugged:
//! "…"`). A pronoun becomes the person the passage is about (not the
//! one the quotation calls by name), a role the person the article gave it
//! (a kinship role, `the mother`, else the last person titled `Mrs.`; so
//! too `her mother` of someone without a surname); a description by
//! origin, party or age that no role names (`the 38-year-old Kenyan
//! said`) the person the passage is about. Without any
//! attribution, the sentence's
//! first person speaks, else a place that is its subject (`Russia has
//! downplayed hopes …, calling the talks “complex”`), never a place
//! further in.

use super::attribution::{
    indefinite, interview_mark, interviewee, is_age, named_after_possessive, opener, speaker_label, Attribution,
    PerSentence, Who, ANSWER, POSSESSED_ROLE_SPAN,
};
use super::context::{Gender, Speaker};
use super::index::Index;
use super::salience::{description_gender, Described, Referent, Salience};
use crate::lexicon::speech::{KIN_WORDS, SPEAKER_PRONOUNS};
use crate::lexicon::{self, cat};
use crate::names::is_demonym;
use crate::tokens::Kind;

/// What the sentence of one quotation says of its speaker.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Choice {
    pub(super) speaker: Option<Speaker>,
    /// An attribution was chosen (else the speaker is a fallback that the
    /// rest of a multi-paragraph quotation or a dialogue overrides); with
    /// no speaker, someone the text does not name speaks.
    pub(super) attributed: bool,
    /// The quotation is all its sentence holds, punctuation aside.
    pub(super) alone: bool,
    /// The quotation opens its paragraph.
    pub(super) opens_paragraph: bool,
    /// The quotation is an item of a list, after a bullet or a number
    /// (`• "…"`): the next item goes on with its speaker, no reply.
    pub(super) list_item: bool,
    /// A person the quotation speaks to, by name (`"Tom, come here"`).
    pub(super) addressee: Option<usize>,
    /// The speaker the line right before names, when that line quotes
    /// nothing and the quotation opens its own.
    pub(super) narrated: Option<Speaker>,
    /// The speaker was read off `he`/`she`: in a dialogue, the other
    /// speaker may be the one meant.
    pub(super) by_pronoun: bool,
    /// The quotation is the first of its paragraph, which quotes in every
    /// sentence from this quotation's on (`"…," said Lord Henry. "…"`):
    /// it does not go on with narrative (`"…" Carl thrust his hands into
    /// his pockets.`).
    pub(super) dialogue_line: bool,
    /// [`Choice::narrated`] was read off a name (`Margaret stepped
    /// forward.`), not `he`/`she`.
    pub(super) narrated_by_name: bool,
    /// The person whose name opens the quotation as an answer (`"Pip,
    /// sir."`, `"Mr. Lockwood, your new tenant, sir."`): the speaker's
    /// own, when the speaker is the narrator.
    pub(super) self_named: Option<usize>,
    /// The sex the attribution tells of its speaker (`he`, `said the
    /// girl`), when it names nobody.
    pub(super) unnamed_gender: Option<Gender>,
    /// The person the speaker says they are (`"I am Mary Lennox,"`, `"my
    /// name is Jim Hawkins"`, `"call me Ishmael"`).
    pub(super) self_declared: Option<usize>,
    /// The quotation opens its paragraph right after a line of narrative
    /// whose subject is a description (`The pedestrian halted and turned
    /// round.`): someone other than the last speaker may be about to
    /// speak, so the last speaker does not simply go on.
    pub(super) after_described: bool,
}

/// The choice for each quotation, in order.
pub(super) fn per_quote(
    ix: &Index,
    quotes: &[Option<(usize, usize)>],
    attrs: &PerSentence,
    salience: &Salience,
) -> Vec<Choice> {
    // The first mention not before the quotation at hand: quotations and
    // mentions are in text order, so one walk finds the people each names.
    let mut cursor = 0;
    let mut memo = SentenceMemo::default();
    quotes
        .iter()
        .copied()
        .enumerate()
        .map(|(qi, span)| {
            // The quotation before, when its sentence is this one's
            // (`"My dear Mr. Bennet," said his lady, "have you …"`).
            let before = qi.checked_sub(1).and_then(|p| quotes[p]);
            let same_sentence =
                |(pf, _): (usize, usize)| span.is_some_and(|(f, _)| ix.cx.sentences.of(pf) == ix.cx.sentences.of(f));
            let before = before.filter(|&b| same_sentence(b));
            span.map_or_else(Choice::default, |(first, last)| Choice {
                self_declared: self_declared(ix, first, last, &mut cursor),
                ..choose(ix, attrs, salience, qi, (first, last), before, &mut memo)
            })
        })
        .collect()
}

/// What the quotations of one sentence share, read once however many
/// quotations it holds (20,000 on one line read it 20,000 times each:
/// quadratic), with the sentence it was read in: its first person
/// ([`sentence_subject`]), and the first of its tokens that decides who
/// the words before a colon give ([`colon_pronoun`]).
#[derive(Default)]
struct SentenceMemo {
    subject: Option<(usize, Option<usize>)>,
    colon: Option<(usize, Decided)>,
    /// A verb of speech outside quotation marks ([`paragraph_label`]).
    reported: Option<(usize, bool)>,
}

/// The first token of some words that decides their subject, and the
/// subject it gives ([`colon_decides`]).
type Decided = Option<(usize, Option<Attribution>)>;

/// The choice for quotation `qi`, tokens `first..=last`; the tokens of
/// the quotation before it when it is in the same sentence.
fn choose(
    ix: &Index,
    attrs: &PerSentence,
    salience: &Salience,
    qi: usize,
    (first, last): (usize, usize),
    before_in_sentence: Option<(usize, usize)>,
    memo: &mut SentenceMemo,
) -> Choice {
    let s = ix.cx.sentences.of(first);
    let (lo, hi) = ix.cx.sentences.range(s);
    let list = attrs.get(s).unwrap_or_default();
    let after = list.iter().find(|a| a.tok > last);
    let before = list.iter().rev().find(|a| a.tok < first);
    let marker = list_marker(ix, first);
    let alone = (lo..hi).all(|k| {
        ix.quote_at(k) == Some(qi) || ix.tok(k).kind() == Kind::Punct || marker.is_some_and(|m| (m..first).contains(&k))
    });
    let opens_paragraph = first == 0 || ix.tok(first).newline_before() || marker.is_some();
    let pick = if first == lo { after.or(before) } else { before.or(after) }.copied();
    // A quotation after another in its paragraph continues that one's
    // speaker (the carry pass); the first looks to the sentences around it.
    let first_in_paragraph = qi == 0 || ix.cx.quotes.get(qi - 1).is_none_or(|p| p.para != ix.cx.quotes[qi].para);
    let pick = pick.or_else(|| {
        (alone && first_in_paragraph)
            .then(|| next_sentence(ix, attrs, s, opens_paragraph).or_else(|| previous_sentence(ix, attrs, s)))
            .flatten()
    });
    // `"…" cried the ladies. Mrs. Griffin, however, asked for more light.
    // "Who was it?"`: later in a paragraph, a sentence of narrative that
    // opens with a name hands the quotation after it to that person.
    let pick = pick.or_else(|| {
        (alone && !first_in_paragraph)
            .then(|| previous_sentence(ix, attrs, s))
            .flatten()
            .filter(|a| matches!(a.who, Who::Named(Speaker::Mention(_))))
    });
    // `"…," she would sigh`, `"…," he laughed`: a pronoun right after the
    // quotation and a verb no speech list holds still gives its speaker.
    let pick = pick.or_else(|| pronoun_beat(ix, last, hi));
    let pick = pick.or_else(|| interview_answer(ix, first));
    // `HOLLIS: … What I will say is that "…"`: a transcript's speaker, over
    // nobody and over `I`.
    let pick = match pick {
        None => paragraph_label(ix, s, first, false, memo).or(pick),
        Some(Attribution { who: Who::Named(Speaker::Narrator), .. }) => {
            paragraph_label(ix, s, first, true, memo).or(pick)
        }
        _ => pick,
    };
    // `Asked whether it could pass, he shrugged: "…"`: the pronoun subject
    // of the words a colon ends, whatever their verb.
    let pick = pick.or_else(|| colon_pronoun(ix, s, first, memo));
    // (An item's number may end a sentence of its own: `1.`)
    let item = ix.cx.sentences.of(marker.unwrap_or(first));
    let pick = pick.or_else(|| (alone && opens_paragraph).then(|| colon_line_before(ix, attrs, item)).flatten());
    let spoken_to = addressee(ix, first, last);
    let resolve = |a: Attribution| match a.who {
        Who::Named(sp) => Some(sp),
        // `he`: a person, or someone described and never named (`said the
        // man` … `he said`), who goes unnamed.
        Who::Pronoun(g) => match salience.pronoun(ix, ix.cx.sentences.of(a.tok), a.tok, g, spoken_to)? {
            Referent::Named(mi) => Some(Speaker::Pronoun(mi, g)),
            Referent::Unnamed => None,
        },
        // `said the parson`: the person the article gave that role, else
        // the one it titles so further on (`"I am Parson Tringham"`).
        Who::Role(head) => role_person(ix, salience, head).map(Speaker::Mention).or_else(|| titled_ahead(ix, head)),
        // `said his lady to him`: the possessor may be the one spoken to.
        Who::Kin(g, title) => salience
            .pronoun(ix, ix.cx.sentences.of(a.tok), a.tok, g, None)
            .and_then(Referent::named)
            .or(spoken_to)
            .or_else(|| before_in_sentence.and_then(|(f, l)| addressee(ix, f, l)))
            .filter(|&mi| family_name(ix, mi))
            .map(|mi| Speaker::Kin(mi, title))
            // `said her mother` of `Kitty`, who has no surname: the last
            // person titled `Mrs.`.
            .or_else(|| salience.titled(title.trim_end_matches('.'), a.tok).map(Speaker::Mention)),
        Who::Unnamed(head) => titled_ahead(ix, head),
        Who::It => reported_organisation(ix, attrs, a.tok),
    };
    let speaker = match pick {
        Some(a) => resolve(a),
        None => sentence_subject(ix, s, first, memo),
    };
    // What a dialogue needs, for a quotation opening its paragraph with no
    // attribution of its own.
    let open_turn = opens_paragraph && pick.is_none();
    let narrated = if open_turn && s > 0 { narrative_before(ix, attrs, s) } else { None };
    let after_described = open_turn && s > 0 && narrated.is_none() && described_line_before(ix, s);
    Choice {
        speaker,
        attributed: pick.is_some(),
        alone,
        opens_paragraph,
        list_item: marker.is_some(),
        addressee: spoken_to,
        narrated: narrated.and_then(resolve),
        self_named: self_named(ix, first, last),
        self_declared: None, // read by `per_quote`, which walks the mentions once
        after_described,
        narrated_by_name: matches!(narrated, Some(Attribution { who: Who::Named(Speaker::Mention(_)), .. })),
        by_pronoun: matches!(pick, Some(Attribution { who: Who::Pronoun(_), .. })),
        dialogue_line: first_in_paragraph && dialogue_line(ix, s),
        unnamed_gender: match pick.map(|a| a.who) {
            Some(Who::Pronoun(g)) => Some(g),
            Some(Who::Role(head) | Who::Unnamed(head)) => description_gender(ix.word(head)),
            _ => None,
        },
    }
}

/// `it` of the cue at token `tok`: the organisation the sentence before
/// reports speaking (`"…," the organisation said. ¶ "…," it added.`), a
/// place or capitalised words, never a person.
fn reported_organisation(ix: &Index, attrs: &PerSentence, tok: usize) -> Option<Speaker> {
    let p = ix.cx.sentences.of(tok).checked_sub(1)?;
    attrs.get(p)?.iter().rev().find_map(|a| match a.who {
        Who::Named(sp @ Speaker::Words(..)) => Some(sp),
        Who::Named(sp @ Speaker::Mention(mi)) if !ix.is_person(mi) => Some(sp),
        _ => None,
    })
}

/// `"…," she would sigh`: the subject pronoun right after a quotation's
/// last token `last`, in its sentence (ending before `hi`), before a
/// lower-case word, as an attribution. Not inlined: callgrind counted
/// +0.16M instructions on the speed benchmark with it inlined into
/// [`choose`], +0.003M without.
#[inline(never)]
fn pronoun_beat(ix: &Index, last: usize, hi: usize) -> Option<Attribution> {
    let k = last + 1;
    if k + 1 >= hi {
        return None;
    }
    // The token's length and first byte before its word: most quotations
    // are followed by something else.
    let t = ix.tok(k);
    let first_byte = ix.cx.text.as_bytes().get(t.start()).copied().unwrap_or(0);
    if !(2..=3).contains(&(t.end() - t.start())) || !matches!(first_byte, b'h' | b's') {
        return None;
    }
    let next = ix.tok(k + 1);
    let pronoun = matches!(ix.word(k), "he" | "she") && next.kind() == Kind::Word && !next.upper();
    pronoun.then(|| Attribution { tok: k, who: Who::Pronoun(super::attribution::pronoun_of(ix.word(k))) })
}

/// `A. "Because light is free."`: a quotation right after an interview's
/// answer mark written as an initial (`A.`, one token, so no caption's
/// colon) is the interviewee's words. Not inlined: most quotations
/// follow no such mark.
#[inline(never)]
fn interview_answer(ix: &Index, first: usize) -> Option<Attribution> {
    let a = first.checked_sub(1).filter(|&a| interview_mark(ix, a, ANSWER) == Some(first))?;
    interviewee(ix, a).map(|mi| Attribution { tok: a, who: Who::Named(Speaker::Mention(mi)) })
}

/// How many tokens a transcript's label may hold before its colon
/// (`GEN. SARAH OKAFOR:`, `SECRETARY MARK HOLLIS:`).
const LABEL_MAX: usize = 8;

/// `HOLLIS: I'm not going to get ahead of the president. What I will say
/// is that "all options remain."`, `A. I said "no new taxes"`: a quotation
/// further into a paragraph (from sentence `s`, its first token `first`)
/// that a speaker's label opens (a transcript's name and colon, as
/// [`speaker_label`] reads a caption; an interview's answer mark) is that
/// speaker's words; its `I` (`narrator`) is that speaker. Not a place's
/// name in capitals (`KYIV: The city …`, a dateline), no further back than
/// [`LINE_SENTENCES`] sentences, and not when the sentence reports someone
/// else's words with a verb of speech (`The teachers told me, "…"`, `He
/// keeps saying "…"`). Not inlined: most quotations have an attribution.
#[inline(never)]
fn paragraph_label(ix: &Index, s: usize, first: usize, narrator: bool, memo: &mut SentenceMemo) -> Option<Attribution> {
    let lo = (s.saturating_sub(LINE_SENTENCES)..=s)
        .rev()
        .map(|t| ix.cx.sentences.range(t).0)
        .find(|&lo| lo == 0 || ix.tok(lo).newline_before())?;
    let label = if let Some(after) = interview_mark(ix, lo, ANSWER).filter(|&after| after < first) {
        interviewee(ix, after - 1).map(|mi| Attribution { tok: lo, who: Who::Named(Speaker::Mention(mi)) })
    } else {
        let colon =
            (lo + 1..first.min(lo + LABEL_MAX)).find(|&k| ix.tok(k).kind() == Kind::Punct && !ix.word_is(k, "."))?;
        let place = ix.mention_at(colon - 1).is_some_and(|mi| !ix.is_person(mi));
        if !ix.word_is(colon, ":") || place {
            return None;
        }
        speaker_label(ix, colon, lo).map(|who| Attribution { tok: colon, who })
    }?;
    // (Read once for all the quotations of a sentence.)
    let reported = match memo.reported {
        Some((read, reported)) if read == s => reported,
        _ => {
            let (lo, hi) = ix.cx.sentences.range(s);
            let reported = (lo..hi).any(|k| ix.outside_quotes(k) && ix.has(k, cat::REPORTING | cat::SPEECH));
            memo.reported = Some((s, reported));
            reported
        }
    };
    (narrator || !reported).then_some(label)
}

/// `Asked whether it could pass, he shrugged: "…"`, `Her answer was
/// blunt: "…"`, `The governor had a message: "…"`: a quotation right
/// after a colon (its first token `first`), in a sentence from token `lo`
/// that no reporting verb attributes, is the words of the subject the
/// words before the colon give ([`colon_subject`]); unless a person is
/// named first, who speaks as the sentence's first person. The token
/// that decides is the same for every colon after it (a colon is no
/// word that decides), so sentence `s` is read once (`memo`). Not
/// inlined: most quotations follow no colon.
#[inline(never)]
fn colon_pronoun(ix: &Index, s: usize, first: usize, memo: &mut SentenceMemo) -> Option<Attribution> {
    let (lo, hi) = ix.cx.sentences.range(s);
    let colon = first.checked_sub(1).filter(|&k| k > lo && ix.word_is(k, ":"))?;
    let decided = match memo.colon {
        Some((read, decided)) if read == s => decided,
        _ => {
            let decided = colon_decides(ix, lo, hi, false);
            memo.colon = Some((s, decided));
            decided
        }
    };
    decided.filter(|&(k, _)| k < colon).and_then(|(_, a)| a)
}

/// `Marchetti listed three promises:` and then `1. "…"`: a quotation
/// alone that opens its paragraph (or an item of a list, whose marker is
/// in sentence `s`) after a line of narrative ending in a colon (sentence
/// `s - 1`) is the words of that line's attribution, else of its
/// subject ([`colon_subject`]), a person named there too.
#[inline(never)]
fn colon_line_before(ix: &Index, attrs: &PerSentence, s: usize) -> Option<Attribution> {
    let p = s.checked_sub(1)?;
    let (plo, phi) = ix.cx.sentences.range(p);
    let colon = phi.checked_sub(1).filter(|&k| k > plo && ix.word_is(k, ":"))?;
    if (plo..phi).any(|k| !ix.outside_quotes(k)) {
        return None;
    }
    // A reporting verb's subject first (`The old lady felt Tom's shirt,
    // and said:`).
    attrs.get(p).and_then(|a| a.last()).copied().or_else(|| colon_subject(ix, plo, colon, true))
}

/// `His colleague, Ana Lima,` from token `lo` (the `His`): lower-case
/// words to a comma, then a person.
fn apposed_person(ix: &Index, lo: usize, colon: usize) -> bool {
    let Some(comma) = (lo + 1..colon).find(|&k| !ix.word(k).starts_with(char::is_lowercase)) else {
        return false;
    };
    comma > lo + 1 && ix.word_is(comma, ",") && ix.mention_at(comma + 1).is_some_and(|mi| ix.is_person(mi))
}

/// How many tokens a role may run to the comma before the person in
/// apposition to it (`the chief executive of the Business Council, Ana
/// Lima,`): a role's words and an organisation's name, not a clause.
const ROLE_APPOSITION_TOKENS: usize = 8;

/// The person in apposition to the role whose first word is token `head`,
/// before the colon at `colon`: the role's words run to a comma within
/// [`ROLE_APPOSITION_TOKENS`], a person follows it and a comma closes the
/// apposition (`the prime minister, Ana Lima, had`); not a list of
/// people (`the minister, Ana Lima and Tom Reyes`), nor a clause with a
/// comma of its own before the name.
fn role_apposed(ix: &Index, head: usize, colon: usize) -> Option<usize> {
    let end = colon.min(head + ROLE_APPOSITION_TOKENS);
    let comma = (head + 1..end).find(|&k| ix.tok(k).kind() == Kind::Punct)?;
    let mi = ix.word_is(comma, ",").then(|| ix.mention_at(comma + 1)).flatten().filter(|&mi| ix.is_person(mi))?;
    let after = (comma + 1..colon).find(|&j| ix.mention_at(j) != Some(mi))?;
    ix.word_is(after, ",").then_some(mi)
}

/// Who the words from token `lo` to the colon at `colon` give as the one
/// whose words follow: the first person named there, not as a possessive
/// (when `named`; else none), the first `he`/`she`, the one a `His`/`Her` opening them stands
/// for, or the one given the role of a title after `the` (`The governor
/// had a message:`, `Among the governor's promises:`); a question's clause
/// (`Asked about Ana Lima, he shrugged:`) passed over.
fn colon_subject(ix: &Index, lo: usize, colon: usize, named: bool) -> Option<Attribution> {
    colon_decides(ix, lo, colon, named).and_then(|(_, a)| a)
}

/// [`colon_subject`] of the words from token `lo` to `colon`: the first
/// token that decides (a person, a pronoun, `the` and a role), with the
/// subject it gives (none for a person when not `named`).
fn colon_decides(ix: &Index, lo: usize, colon: usize, named: bool) -> Decided {
    let topic = ix.question_clause(lo, colon).unwrap_or(lo..lo);
    for k in lo..colon {
        if !ix.outside_quotes(k) || topic.contains(&k) {
            continue;
        }
        let w = ix.word(k);
        if let Some(mi) = ix.mention_at(k).filter(|&mi| ix.is_person(mi)) {
            // A possessive is no subject (`felt Tom's shirt`).
            let last = (k..colon).take_while(|&j| ix.mention_at(j) == Some(mi)).last().unwrap_or(k);
            if lexicon::has_possessive(ix.word(last)) {
                continue;
            }
            return Some((k, named.then_some(Attribution { tok: k, who: Who::Named(Speaker::Mention(mi)) })));
        }
        // `Her neighbor, Greg Olson, disagreed:`: the possessor's noun is
        // in apposition to the person named after it, who is the subject.
        let opening_possessive = k == lo && matches!(w, "His" | "Her");
        if opening_possessive && apposed_person(ix, lo, colon) {
            continue;
        }
        if SPEAKER_PRONOUNS.contains(&w) || opening_possessive {
            let male = w.eq_ignore_ascii_case("he") || w == "His";
            return Some((
                k,
                Some(Attribution { tok: k, who: Who::Pronoun(if male { Gender::Male } else { Gender::Female }) }),
            ));
        }
        let role = k + 1 < colon && ix.has(k + 1, cat::TITLE) && !ix.capitalised_word(k + 1);
        if matches!(w, "the" | "The") && role {
            // `The prime minister, Ana Lima, had a message:`: the role is
            // in apposition to the person named after it, who speaks.
            let who = match role_apposed(ix, k + 1, colon) {
                Some(mi) => Who::Named(Speaker::Mention(mi)),
                None => Who::Role(k + 1),
            };
            return Some((k, Some(Attribution { tok: k + 1, who })));
        }
    }
    None
}

/// How many sentences of a paragraph [`dialogue_line`] reads (a bound on
/// the work in a long paragraph, read again for each of its quotations).
const LINE_SENTENCES: usize = 8;

/// The paragraph quotes in every sentence from sentence `s` on, up to
/// [`LINE_SENTENCES`] of them.
fn dialogue_line(ix: &Index, s: usize) -> bool {
    (s..ix.cx.sentences.len().min(s + LINE_SENTENCES))
        .map(|t| ix.cx.sentences.range(t))
        .take_while(|&(lo, _)| ix.cx.sentences.range(s).0 == lo || !ix.tok(lo).newline_before())
        .all(|(lo, hi)| (lo..hi).any(|k| !ix.outside_quotes(k)))
}

/// The person a description's head noun (token `head`) stands for: the
/// one given that role (`said the minister`), else the last person titled
/// as kinship titles her (`said the mother` → `Mrs. Morel`); not `my
/// mother`, the narrator's.
fn role_person(ix: &Index, salience: &Salience, head: usize) -> Option<usize> {
    // `the Polish minister`: the one the article called Polish first.
    let origin = head.checked_sub(1).filter(|&k| ix.capitalised_word(k) && is_demonym(ix.word(k)));
    origin
        .and_then(|k| salience.role(ix, k, None))
        .or_else(|| salience.role(ix, head, place_before(ix, head)))
        .or_else(|| {
            let the = head.checked_sub(1).is_some_and(|k| matches!(ix.word(k), "the" | "The"));
            kin_title(ix.word(head)).filter(|_| the).and_then(|t| salience.titled(t, head))
        })
        // `Anders Berg beat Tom Reyes. "…," said the Swede`: a person
        // described by origin, party or age (`the 22-year-old said`, `the
        // 43-year-old mother said`), whom
        // no role named so, is the one the passage is about; so is a
        // public office, if that one holds no other ([`PUBLIC_OFFICES`]).
        .or_else(|| {
            let w = ix.word(head);
            // (`the 43-year-old mother`: the age before the head noun.)
            let aged = head.checked_sub(1).is_some_and(|k| is_age(ix.word(k)));
            let described =
                ix.has(head, cat::DEMONYM) || is_age(w) || aged || ix.capitalised_word(head) && is_demonym(w);
            if PUBLIC_OFFICES.contains(&w) {
                return salience.untitled_subject(ix, head);
            }
            described.then(|| salience.subject_before(head)).flatten()
        })
}

/// Offices news calls a person by once it has named them, with no title
/// given (`Keir Starmer said …` / `"…," the prime minister told MPs`):
/// public offices and a side's leader, not the roles fiction leaves
/// unnamed (`the doctor`, `the captain`).
const PUBLIC_OFFICES: [&str; 9] =
    ["president", "minister", "chancellor", "premier", "senator", "governor", "mayor", "lawmaker", "coach"];

/// The most capitalised words of a place before a description's head
/// noun (`the New Mexico Democrat`).
const PLACE_WORDS_MAX: usize = 3;

/// The capitalised words right before a description's head noun at
/// token `head` (`the Kentucky Republican`: `Kentucky`), as written.
fn place_before<'a>(ix: &Index<'a>, head: usize) -> Option<&'a str> {
    let first = (head.saturating_sub(PLACE_WORDS_MAX)..head).rev().take_while(|&k| ix.capitalised_word(k)).last()?;
    ix.cx.text.get(ix.tok(first).start()..ix.tok(head - 1).end())
}

/// How many tokens after a description its head noun may title a name
/// and still be that speaker's (`said the parson` … `"I am Parson
/// Tringham"`): the few exchanges of one scene, so that it is this
/// speaker's title and not another's of the same rank.
const TITLED_AHEAD: usize = 400;

/// The most words a name after a title is read over (`Parson John
/// Tringham`).
const TITLED_NAME_MAX: usize = 4;

/// The person a description's head noun (token `head`) titles further on,
/// within [`TITLED_AHEAD`] tokens: `said the parson` … `"I am Parson
/// Tringham,"` or `Parson Tringham rode on`: the head word capitalised
/// before a person mention or, not opening a sentence, before capitalised
/// words (a name the quotations give, which no mention covers).
fn titled_ahead(ix: &Index, head: usize) -> Option<Speaker> {
    let w = ix.word(head);
    if lexicon::is_stopword(w) {
        return None; // `they all said`: no noun to title anyone
    }
    let len = w.len();
    let b0 = w.as_bytes().first()?.to_ascii_uppercase();
    let bytes = ix.cx.text.as_bytes();
    (head + 1..ix.len().min(head + TITLED_AHEAD)).find_map(|k| {
        // The token's length and first byte before its word: most tokens
        // are not the head word.
        let t = ix.tok(k);
        if t.end() - t.start() != len || bytes.get(t.start()) != Some(&b0) || !ix.word(k).eq_ignore_ascii_case(w) {
            return None;
        }
        let person = |j: usize| ix.mention_at(j).filter(|&mi| ix.is_person(mi) && ix.mention_first(mi) == Some(j));
        if let Some(mi) = person(k).or_else(|| person(k + 1)) {
            return Some(Speaker::Mention(mi));
        }
        let opens = ix.cx.sentences.range(ix.cx.sentences.of(k)).0 == k;
        if opens || ix.mention_at(k).is_some() {
            return None;
        }
        let last = (k + 1..ix.len().min(k + 1 + TITLED_NAME_MAX))
            .take_while(|&j| ix.capitalised_word(j) && !lexicon::is_stopword(ix.word(j)))
            .last()?;
        let end = ix.tok(last).start() + lexicon::core(ix.word(last)).len();
        Some(Speaker::Words(t.start(), end))
    })
}

/// The speakers descriptions name (`said the man`, `the doctor said`), in
/// text order, for the pronouns after them: the person a role stands for,
/// or someone unnamed, with the sex its head noun tells.
pub(super) fn described(ix: &Index, attrs: &PerSentence, salience: &Salience) -> Vec<Described> {
    attrs
        .iter()
        .filter_map(|(sentence, a)| {
            let (head, person) = match a.who {
                Who::Role(head) => (head, role_person(ix, salience, head)),
                Who::Unnamed(head) => (head, None),
                _ => return None,
            };
            // A description telling neither who nor which sex (`the
            // official said`) may stand for anyone named before it; not
            // an indefinite one (`a police spokesman said`), someone new.
            let gender = description_gender(ix.word(head));
            let new = person.is_none() && gender.is_none() && indefinite(ix, head);
            (person.is_some() || gender.is_some() || new).then_some(Described {
                tok: a.tok.min(head),
                sentence,
                person,
                gender,
            })
        })
        .collect()
}

/// How many sentences before a quotation's own are read for the people
/// a description makes the subject of narrative (`The old man arose.`).
const NARRATIVE_SENTENCES: usize = 2;

/// Verbs on the stopword list that a description's verb may be (`the
/// senator was dismissive`, `the governor has refused`).
const AUXILIARIES: [&str; 9] = ["was", "is", "has", "had", "did", "would", "will", "could", "were"];

/// How many words a description's head may stand after its determiner
/// (`the old man`, `this vivacious infant`).
const HEAD_WITHIN: usize = 3;

/// The people descriptions make the subject of narrative, in the
/// sentences of the quotations and the [`NARRATIVE_SENTENCES`] before each
/// (`When they entered, the old man arose …` / `"…," said he`): a
/// determiner opening a clause (the sentence's start, or after a comma,
/// `and`, `but`, `then`, `when`), a head noun within [`HEAD_WITHIN`] words
/// that tells a sex or a role a person was given, then a lower-case word
/// (the verb, or an auxiliary: `the senator was dismissive`), for the
/// `he`/`she` after them ([`described`]).
pub(super) fn narrative_subjects(ix: &Index, quotes: &[Option<(usize, usize)>], salience: &Salience) -> Vec<Described> {
    let mut out = Vec::new();
    let mut next = 0; // the first sentence not read yet
    for &(first, _) in quotes.iter().flatten() {
        let s = ix.cx.sentences.of(first);
        for sentence in s.saturating_sub(NARRATIVE_SENTENCES).max(next)..=s {
            let (lo, hi) = ix.cx.sentences.range(sentence);
            // A determiner outside every quotation: the quoted words are
            // passed over at once.
            for d in ix.outside_tokens(quotes, lo, hi) {
                // The token's length and first byte before its word: most
                // tokens are no determiner.
                let t = ix.tok(d);
                let first_byte = ix.cx.text.as_bytes().get(t.start()).copied().unwrap_or(0);
                if !(3..=4).contains(&(t.end() - t.start())) || !matches!(first_byte, b't' | b'T') {
                    continue;
                }
                if !matches!(ix.word(d), "the" | "The" | "this" | "This") {
                    continue;
                }
                let opens = d == lo
                    || matches!(
                        ix.word(d - 1),
                        "," | ";" | "and" | "but" | "then" | "when" | "Then" | "When" | "And" | "But"
                    );
                if !opens {
                    continue;
                }
                let head = (d + 1..hi.min(d + 1 + HEAD_WITHIN))
                    .take_while(|&k| ix.tok(k).kind() == Kind::Word && !ix.capitalised_word(k))
                    .find(|&k| {
                        let w = ix.word(k);
                        // Only a title can be a role (as for `said the …`): a cheap test first.
                        description_gender(w).is_some()
                            || lexicon::is_title(w) && role_person(ix, salience, k).is_some()
                    });
                let Some(head) = head else { continue };
                let verb = ix.cx.toks.get(head + 1).is_some_and(|t| {
                    t.kind() == Kind::Word
                        && !t.upper()
                        && (t.cat & cat::STOP == 0 || AUXILIARIES.contains(&ix.word(head + 1)))
                });
                if verb {
                    out.push(Described {
                        tok: d,
                        sentence,
                        person: role_person(ix, salience, head),
                        gender: description_gender(ix.word(head)),
                    });
                }
            }
        }
        next = s + 1;
    }
    out
}

/// The sentence before `s` when it ends the paragraph right before `s`'s
/// (a blank line between at most) and quotes nothing: its last attribution or its subject (`Mr. Pett was
/// sniffing suspiciously.` then `"You've been smoking."`).
fn narrative_before(ix: &Index, attrs: &PerSentence, s: usize) -> Option<Attribution> {
    let (lo, _) = ix.cx.sentences.range(s);
    let (plo, phi) = ix.cx.sentences.range(s - 1);
    let gap = ix.cx.text.get(ix.tok(phi.checked_sub(1)?).end()..ix.tok(lo).start())?;
    // The line right before, or the paragraph before a blank line.
    let lines = gap.matches('\n').count();
    if !(1..=2).contains(&lines) || !gap.trim().is_empty() || (plo..phi).any(|k| !ix.outside_quotes(k)) {
        return None;
    }
    attrs.get(s - 1)?.last().copied().or_else(|| opener(ix, s - 1))
}

/// The sentence before `s` is a line of narrative of its own (as
/// [`narrative_before`] reads it) opening with a description: `The`, `A`
/// or `An` and a lower-case word (`The pedestrian, after another pace or
/// two, halted`).
fn described_line_before(ix: &Index, s: usize) -> bool {
    let (lo, _) = ix.cx.sentences.range(s);
    let (plo, phi) = ix.cx.sentences.range(s - 1);
    let Some(gap) = phi.checked_sub(1).and_then(|e| ix.cx.text.get(ix.tok(e).end()..ix.tok(lo).start())) else {
        return false;
    };
    let lines = gap.matches('\n').count();
    let opens = matches!(ix.word(plo), "The" | "A" | "An")
        && ix.cx.toks.get(plo + 1).is_some_and(|t| t.kind() == Kind::Word && !t.upper());
    opens && (1..=2).contains(&lines) && gap.trim().is_empty() && (plo..phi).all(|k| ix.outside_quotes(k))
}

/// The first attribution of the sentence after `s`, when that sentence
/// quotes nothing and either continues the paragraph or opens the next one
/// with it (`Johnson added that …`); without one, the person that sentence
/// opens with when it continues the paragraph (an action beat: `"Young!"
/// Jock held it at arm's length.`, `"…" Ms. Delgado has used the line
/// since January.`).
fn next_sentence(ix: &Index, attrs: &PerSentence, s: usize, whole_paragraph: bool) -> Option<Attribution> {
    let (lo, hi) = ix.cx.sentences.range(s + 1);
    if lo >= hi || (lo..hi).any(|k| !ix.outside_quotes(k)) {
        return None;
    }
    let new_paragraph = ix.tok(lo).newline_before();
    // An action beat: the paragraph goes on with what someone does (`"Young!"
    // He held it at arm's length.`), whose subject speaks.
    let Some(&a) = attrs.get(s + 1).and_then(|list| list.first()) else {
        return opener(ix, s + 1).filter(|a| !new_paragraph && matches!(a.who, Who::Named(Speaker::Mention(_))));
    };
    let opens_with_it = whole_paragraph && a.tok <= lo + ATTRIBUTION_OPENS_WITHIN && reports(ix, a.tok);
    (!new_paragraph || opens_with_it).then_some(a)
}

/// The cue at token `tok` is no mere verb of speech beside a quotation
/// (`laughed`, `cried`, `smiled`: [`cat::SPEECH`] and not
/// [`cat::REPORTING`]): a paragraph opening with a reporting verb speaks
/// for the quotation before it (`Smith added that …`), one opening with
/// what someone did reacts to it (`Hale laughed as Tom Brandt leaned
/// back.`: the other one spoke).
fn reports(ix: &Index, tok: usize) -> bool {
    !ix.has(tok, cat::SPEECH) || ix.has(tok, cat::REPORTING)
}

/// The last attribution of the sentence before `s` in its paragraph, or
/// its subject, when that sentence quotes nothing (`Presently she began
/// again. ‘I wonder …’`, `He nodded. “There's a ship …”`).
fn previous_sentence(ix: &Index, attrs: &PerSentence, s: usize) -> Option<Attribution> {
    let (lo, _) = ix.cx.sentences.range(s);
    if lo == 0 || ix.tok(lo).newline_before() {
        return None;
    }
    let p = s.checked_sub(1)?;
    let (plo, phi) = ix.cx.sentences.range(p);
    if (plo..phi).any(|k| !ix.outside_quotes(k)) {
        return None;
    }
    attrs.get(p)?.last().copied().or_else(|| opener(ix, p))
}

/// How far into the next paragraph its attribution may stand and still
/// speak for a quotation before it (`Boris Johnson added`: a name and a
/// verb).
const ATTRIBUTION_OPENS_WITHIN: usize = 4;

/// How many tokens from a quotation's start or end a name spoken to is
/// looked for first (`"Good night, Sir John,"`, `"My dear Mr. Bennet,"`),
/// before the rest of it.
const VOCATIVE_WITHIN: usize = 5;

/// A person a quotation calls by name (`"Tom, come here"`, `"Good night,
/// Sir John,"`, `"… you, Tom?"`, `"But, tell me, Watson, what …"`): the
/// one spoken to, not the speaker. Near its start or end first, then
/// anywhere between commas; a name after a comma that follows another
/// name is a list (`Holmes, Watson and Lestrade`), not a call. A name
/// before `, sir` or opening a quotation as a sentence of its own
/// (`"Pip, sir."`, `"Pip."`) is an answer, not a call.
fn addressee(ix: &Index, first: usize, last: usize) -> Option<usize> {
    if !ix.any_mention(first, last) {
        return None; // most quotations name nobody: no token is read
    }
    let head = first..=last.min(first + VOCATIVE_WITHIN);
    let tail = last.saturating_sub(VOCATIVE_WITHIN).max(first)..=last;
    let middle = (first + VOCATIVE_WITHIN + 1)..last.saturating_sub(VOCATIVE_WITHIN);
    head.chain(tail).chain(middle).find_map(|k| {
        let mi = ix.mention_end(k).filter(|&mi| ix.is_person(mi))?;
        let mut start = (first..=k).rev().take_while(|&j| ix.mention_at(j) == Some(mi)).last()?;
        while start > first + 1 && (ix.word_is(start - 1, ".") || ix.has(start - 1, cat::TITLE)) {
            start -= 1; // `Sir John`, `Mr. Bennet`
        }
        let before = if start > first { ix.word(start - 1) } else { "" };
        let list = before == "," && start >= first + 2 && ix.mention_at(start - 2).is_some();
        let set_off = start == first + 1 || matches!(before, "," | "dear" | "Oh" | "O") && !list;
        let after = ix.cx.toks.get(k + 1).map_or("", |t| t.text(ix.cx.text));
        // `"Pip, sir."`, `"Pip. Pip, sir."`: a name said to someone called
        // `sir`, or a name that opens a quotation as a sentence of its own,
        // is an answer (the speaker's own name, `"Bingley."`), not a call.
        let answer = after == "," && ix.cx.toks.get(k + 2).is_some_and(|t| POLITE_CALLS.contains(&t.text(ix.cx.text)))
            || after == "." && start == first + 1;
        (set_off && !answer && matches!(after, "," | "!" | "?" | "." | "”" | "\"" | "’" | "'")).then_some(mi)
    })
}

/// A person whose name opens quotation `first..=last` (after its mark
/// and a title) as an answer: followed by a full stop, by `, sir`, or by
/// an appositive (`, your new tenant`), not a call (`"Pip, come here!"`).
fn self_named(ix: &Index, first: usize, last: usize) -> Option<usize> {
    let mut k = first + 1;
    while k < last && (ix.has(k, cat::TITLE) || ix.word_is(k, ".")) && ix.mention_at(k).is_none() {
        k += 1;
    }
    let mi = ix.mention_at(k).filter(|&mi| ix.is_person(mi))?;
    let end = (k..=last).take_while(|&j| ix.mention_at(j) == Some(mi)).last()?;
    let next = |d: usize| ix.cx.toks.get(end + d).map_or("", |t| t.text(ix.cx.text));
    let answer =
        next(1) == "." || next(1) == "," && (POLITE_CALLS.contains(&next(2)) || matches!(next(2), "your" | "Your"));
    answer.then_some(mi)
}

/// How many words may stand between a speaker's `I am` and the name they
/// give (`I am plain Mr. Jack Reyes`: `plain`, a title and its period).
const BEFORE_OWN_NAME: usize = 3;

/// A person quotation `first..=last` says its speaker is: `I am X`, `I'm
/// X`, `I be X`, `my name is X`, `call me X`, the name (a person mention,
/// after `plain` and titles at most) ending there or before a comma or a
/// full stop, not a possessive (`I am Tom's friend`). Only the words
/// before each person the quotation names are read, not every quoted
/// word: `cursor` is the first mention not before the quotation, moved on
/// past it (the quotations come in text order).
fn self_declared(ix: &Index, first: usize, last: usize, cursor: &mut usize) -> Option<usize> {
    let (Some(a), Some(b)) = (ix.cx.toks.get(first), ix.cx.toks.get(last)) else { return None };
    let mentions = ix.cx.mentions;
    while mentions.get(*cursor).is_some_and(|m| m.start < a.start()) {
        *cursor += 1;
    }
    let from = *cursor;
    while mentions.get(*cursor).is_some_and(|m| m.start < b.start()) {
        *cursor += 1;
    }
    (from..*cursor).find_map(|mi| {
        let j = ix.mention_first(mi).filter(|&j| j > first && ix.is_person(mi))?;
        let end = (j..=last).take_while(|&e| ix.mention_at(e) == Some(mi)).last()?;
        let possessive = lexicon::has_possessive(ix.word(end));
        let ends = end == last || matches!(ix.word(end + 1), "," | "." | "!" | ";" | "--" | "—");
        if possessive || !ends {
            return None;
        }
        // Back over `plain` and titles to the words that give the name.
        let mut k = j;
        while k > first + 1 && j - k < BEFORE_OWN_NAME && {
            let w = ix.word(k - 1);
            w == "plain" || w == "." || ix.has(k - 1, cat::TITLE)
        } {
            k -= 1;
        }
        let back = |d: usize| k.checked_sub(d).filter(|&t| t > first).map_or("", |t| ix.word(t));
        let declares = matches!((back(2), back(1)), ("I", "am" | "be" | "'m" | "’m") | ("call" | "Call", "me"))
            || matches!(back(1), "I'm" | "I’m")
            || matches!((back(3), back(2), back(1)), ("my" | "My", "name", "is"));
        declares.then_some(mi)
    })
}

/// What a speaker calls someone whose name they do not use (`sir`,
/// `ma'am`): a name before it is no call.
const POLITE_CALLS: [&str; 6] = ["sir", "madam", "ma'am", "ma’am", "miss", "mum"];

/// The quotation at token `first` is an item of a list: only a marker
/// stands before it on its line, a bullet or a dash (`• "…"`, `- "…"`)
/// or an item's number (`1. "…"`, `2) "…"`), so it opens its line as a
/// paragraph's quotation does (`he listed his priorities:` / `• "Secure
/// the border."`). The marker's first token.
fn list_marker(ix: &Index, first: usize) -> Option<usize> {
    let marker = |k: usize| {
        let t = ix.tok(k);
        t.kind() == Kind::Punct || ix.word(k).bytes().all(|b| b.is_ascii_digit())
    };
    (first.saturating_sub(LIST_MARKER_TOKENS)..first)
        .rev()
        .take_while(|&k| marker(k))
        .find(|&k| k == 0 || ix.tok(k).newline_before())
}

/// The most tokens of a list item's marker (`12.`, `•`, `a)` is none).
const LIST_MARKER_TOKENS: usize = 2;

/// Without an attribution: the first person of sentence `s` outside
/// quotes and outside a question's topic ([`first_person`], read once a
/// sentence through `memo`), else a place that opens it before the quote
/// at `first` as its subject, not as its dateline.
fn sentence_subject(ix: &Index, s: usize, first: usize, memo: &mut SentenceMemo) -> Option<Speaker> {
    let (lo, hi) = ix.cx.sentences.range(s);
    let person = match memo.subject {
        Some((read, person)) if read == s => person,
        _ => {
            let person = first_person(ix, lo, hi);
            memo.subject = Some((s, person));
            person
        }
    };
    person
        .or_else(|| {
            let place = |k: usize| ix.mention_at(k).filter(|&mi| !ix.is_person(mi) && k < first);
            // After a dateline, the place after its mark (`LONDON (Reuters)
            // - Britain called the plan “reckless”`).
            let opening = place(lo)?;
            match dateline_end(ix, lo, first) {
                Some(after) => place(after),
                None => Some(opening),
            }
        })
        .map(Speaker::Mention)
}

/// The first person of sentence `lo..hi` outside quotes and outside a
/// question's topic; the role's person after a possessive (`Beckett's
/// spokeswoman, Jill Harmon, disputed …`).
fn first_person(ix: &Index, lo: usize, hi: usize) -> Option<usize> {
    let topic = ix.question_clause(lo, hi).unwrap_or(lo..lo);
    (lo..hi)
        .filter(|&k| ix.outside_quotes(k) && !topic.contains(&k))
        .find_map(|k| ix.mention_at(k).filter(|&mi| ix.is_person(mi)).map(|mi| (k, mi)))
        .map(|(k, mi)| {
            let after = (k..hi).find(|&j| ix.mention_at(j) != Some(mi)).unwrap_or(hi);
            named_after_possessive(ix, after, hi.min(after + POSSESSED_ROLE_SPAN)).unwrap_or(mi)
        })
}

/// How many tokens after a dateline's city its mark may come (`BISMARCK,
/// N.D. (AP) —`, `LONDON, March 4 (Reuters) -`).
const DATELINE_TOKENS: usize = 8;

/// The words opening the line at token `lo` are a dateline (`WASHINGTON
/// (Reuters) -`, `NAIROBI, Kenya —`, `MUMBAI:`): a dash, a bracket or a
/// colon follows its first on its line before any lower-case word (before
/// the quotation at `first`), where a subject has its verb (`Russia has
/// downplayed …`, `Russia, China and Iran called …`). The token after
/// its mark (after the agency's bracket).
fn dateline_end(ix: &Index, lo: usize, first: usize) -> Option<usize> {
    if lo > 0 && !ix.tok(lo).newline_before() {
        return None;
    }
    // The first byte of each token first: most are words in capitals.
    let bytes = ix.cx.text.as_bytes();
    let first_byte = |k: usize| bytes.get(ix.tok(k).start()).copied().unwrap_or(0);
    let mark = (lo + 1..first.min(lo + 1 + DATELINE_TOKENS))
        .take_while(|&k| !ix.tok(k).newline_before())
        .find(|&k| match first_byte(k) {
            b'a'..=b'z' | b'(' | b':' | b'-' => true,
            0xE2 => matches!(ix.word(k), "—" | "–"),
            _ => false,
        })
        .filter(|&k| !first_byte(k).is_ascii_lowercase())?;
    // `(AP) —`: the dash after the agency's bracket.
    let close = if ix.word_is(mark, "(") { (mark..first).find(|&k| ix.word_is(k, ")"))? } else { mark };
    let after = close + 1;
    let dash = after < first && matches!(ix.word(after), "—" | "–" | "-");
    Some(after + usize::from(dash))
}

/// The title kinship noun `w` gives (`mother` → `Mrs`), without its period.
fn kin_title(w: &str) -> Option<&'static str> {
    KIN_WORDS.iter().find(|(k, _)| *k == w).map(|(_, t)| t.trim_end_matches('.'))
}

/// Mention `mi` names a family (`Mr. Bennet`, `Walter Hilbery`): a full
/// name, or a title before it; a given name alone (`Kitty`) names none.
fn family_name(ix: &Index, mi: usize) -> bool {
    let full = ix.cx.entities.get(mi).is_some_and(|e| e.contains(' '));
    let titled = ix.mention_first(mi).is_some_and(|k| {
        let before = k.checked_sub(1).filter(|&j| !ix.word_is(j, ".")).or_else(|| k.checked_sub(2));
        before.is_some_and(|j| ix.has(j, cat::TITLE))
    });
    full || titled
}
