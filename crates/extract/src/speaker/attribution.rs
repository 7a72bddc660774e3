//! Pass 1, attributions: every cue that names who speaks in a sentence,
//! outside quotation marks, with the token it stands at: `according to X`;
//! the subject of a reporting verb before it (`Peskov said`, `The White
//! House had said`, `he added`, `officials said`), over a relative clause
//! or an appositive (`Smith, who has led the party since 2019, said`,
//! `the minister, Anna Schmidt, said`) or a first predicate (`Ana Lima went
//! to the door and said, "…"`); a speaker after the verb (`said
//! Peskov`, `said he`, `said the parson`, `chimed in Rep. Nancy Pelosi`);
//! the agent of a passive (`was told by Smith`); a name before a colon that
//! opens a quotation (`Anna Schmidt: "…"`, `SMITH: "…"`, `Smith (on the
//! budget): "…"`); a headline's trailing `— Russia`. The object of a verb
//! (`Smith told Jones`) and a name inside a quotation are never a speaker.

use super::acronym;
use super::context::{Gender, Speaker};
use super::index::Index;
use super::salience::description_gender;
use crate::lexicon::name_words::{is_age_figure, ORGANISATION_NOUNS, PLACE_NOUNS};
use crate::lexicon::speech::{
    ADDRESSEE_ONLY_VERBS, DETERMINERS, FEMALE_WORDS, KIN_WORDS, MALE_WORDS, OFFICE_ABBREVIATIONS, PHRASAL_SPEECH_VERBS,
    QUOTED_AS, QUOTED_AUXILIARIES, SAYING_NOUNS, SPEAKER_PRONOUNS, SPEECH_PARTICIPLES, UNNAMED_SPEAKERS,
};
use crate::lexicon::{self, cat, core, has_possessive};
use crate::names::is_demonym;
use crate::number::small_word;
use crate::sentences::abbreviation_period;
use crate::tokens::{has, Kind};

/// The word of `according to`.
const ACCORDING: &str = "according";

/// [`ACCORDING`] opening a sentence (two exact tests cost less than one
/// that ignores case: 0.08M instructions per 20 copies of the articles).
const ACCORDING_OPENING: &str = "According";

/// The longest particle of a phrasal speech verb, in bytes (`back`).
const PARTICLE_MAX: usize = 4;

/// How many tokens after `according to` its name may start.
const AFTER_ACCORDING_TO: usize = 4;

/// How many tokens after a reporting verb its speaker's name may start
/// (`said Kremlin spokesman Dmitry Peskov`, `says Acme Corp's chief
/// executive, Jane Doe`).
const AFTER_VERB: usize = 8;

/// How many tokens an appositive or relative clause between a subject and
/// its verb may hold (`Smith, who has led the party since 2019, said`): a
/// long clause, but a bounded look-back.
const CLAUSE_MAX: usize = 30;

/// How many tokens a description of a speaker may hold after its
/// determiner (`the tall young man said`, `the state Republican Party’s
/// finance chair`).
const DESCRIPTION_MAX: usize = 6;

/// How many tokens a caption before a colon may hold (`Anna Schmidt (on
/// the budget): "…"`).
const CAPTION_MAX: usize = 12;

/// Who an attribution names.
#[derive(Clone, Copy, Debug)]
pub(super) enum Who {
    /// A name the article gives.
    Named(Speaker),
    /// `he`, `she`: the person the passage is about.
    Pronoun(Gender),
    /// `the parson said`, `said the minister`: a description whose head
    /// noun (token) may be the role the article gave a named person.
    Role(usize),
    /// `replied his wife`, `her father said`: someone of the family of the
    /// person the possessive (its gender) stands for, by the title (`Mrs.`)
    /// kinship gives them.
    Kin(Gender, &'static str),
    /// `the team's medical staff said`, `an official said`, `said the old
    /// man`: someone the article does not name, by the head noun (token)
    /// of the description.
    Unnamed(usize),
    /// `"…," it added.` after a sentence that opens with no organisation:
    /// the organisation the sentence before reports speaking (`"…," the
    /// organisation said.`, `…, the ministry said.`).
    It,
}

/// A cue naming who speaks, at token `tok`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Attribution {
    pub(super) tok: usize,
    pub(super) who: Who,
}

/// The attributions of every sentence, in one list in sentence order:
/// sentence `s`'s run from the end of sentence `s - 1`'s to `ends[s]` (a
/// list of its own for each sentence with one, allocated, grown and freed,
/// cost 0.5M instructions per 20 copies of the articles).
pub(super) struct PerSentence {
    items: Vec<Attribution>,
    ends: Vec<u32>,
}

impl PerSentence {
    /// The attributions of sentence `s`, in token order; `None` past the
    /// last sentence.
    pub(super) fn get(&self, s: usize) -> Option<&[Attribution]> {
        let end = *self.ends.get(s)? as usize;
        let start = s.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        self.items.get(start..end)
    }

    /// Every attribution with its sentence, in order.
    pub(super) fn iter(&self) -> impl Iterator<Item = (usize, &Attribution)> {
        (0..self.ends.len()).flat_map(move |s| self.get(s).unwrap_or_default().iter().map(move |a| (s, a)))
    }
}

/// The attributions of each sentence a quotation's speaker is looked for
/// in (the sentence of each quotation, whose tokens are `quotes`, and the
/// sentences either side of it), in token order within it (a headline's
/// dash last); other sentences get none, so the work follows the quotes.
pub(super) fn per_sentence(ix: &Index, quotes: &[Option<(usize, usize)>]) -> PerSentence {
    let sentences = ix.cx.sentences;
    let mut items = Vec::new();
    // Where each sentence's attributions end, pushed as the sentences are
    // read in order (those passed over end where the list stood): the
    // sentences go up one at a time, so `ends` holds those before `s`.
    let mut ends: Vec<u32> = Vec::with_capacity(sentences.len());
    let end = |items: &Vec<Attribution>| u32::try_from(items.len()).unwrap_or(u32::MAX);
    for s in needed_sentences(ix, quotes) {
        ends.resize(s, end(&items));
        let (lo, hi) = sentences.range(s);
        // A cue is outside every quotation: the quoted words, most of a
        // quotation's sentence, are passed over at once.
        for i in ix.outside_tokens(quotes, lo, hi) {
            // Cheap token fields first: most tokens are no cue at all.
            let t = ix.tok(i);
            let may_cue = if t.kind() == Kind::Word {
                t.cat & (cat::REPORTING | cat::SPEECH) != 0
                    || t.end() - t.start() == ACCORDING.len()
                    // (`were`, on no stopword list, has four letters.)
                    || (t.cat & cat::STOP != 0 || t.end() - t.start() == WERE.len())
                        && matches!(first_byte(ix, i), b'w' | b'i' | b'f')
                        && source_named(ix, i, lo)
                    || may_be_phrasal(ix, i)
            } else {
                t.end() - t.start() == 1
            };
            let found = if !may_cue {
                // `with Ana Lima calling it “…”`: a participle after a
                // name, looked at only there (no word list marks it).
                let ing =
                    t.end() - t.start() >= PARTICIPLE_MIN && ix.cx.text.as_bytes().get(t.end() - 1) == Some(&b'g');
                if ing && t.kind() == Kind::Word && i > lo && ix.mention_end(i - 1).is_some() {
                    with_participle(ix, i, lo)
                } else if ing && quoted_as(ix, i, lo) {
                    // `Tom Reyes, who was quoted as saying "…"`
                    subject_before_verb(ix, i, lo)
                } else if ing {
                    organisation_participle(ix, i, lo)
                } else {
                    None
                }
            } else if t.kind() != Kind::Word {
                caption(ix, i, lo)
            } else if matches!(ix.word(i), ACCORDING | ACCORDING_OPENING)
                && ix.cx.toks.get(i + 1).is_some_and(|t| t.is(ix.cx.text, "to"))
            {
                according_to(ix, i, hi, true)
            } else if source_named(ix, i, lo) {
                according_to(ix, saying_of(ix, i).unwrap_or(i - 1), hi, false)
            } else if let Some(after) = speech_verb(ix, i) {
                // (`…, calling it`: the object before the comma is no
                // subject of the participle.)
                organisation_participle(ix, i, lo)
                    .or_else(|| passive_agent(ix, i, after, hi))
                    .or_else(|| subject_before_verb(ix, i, lo))
                    .or_else(|| speaker_after_verb(ix, i, after, hi))
            } else if quoted_as(ix, i, lo) {
                // (`quoted as saying it …`: `saying it` may be phrasal.)
                subject_before_verb(ix, i, lo)
            } else {
                // (`calling it` may be phrasal.)
                organisation_participle(ix, i, lo)
            };
            // Pushed, not `extend`ed from the `Option`: this runs for every
            // token outside quotations, and most find nothing.
            if let Some(who) = found {
                items.push(Attribution { tok: i, who });
            }
        }
        items.extend(headline_dash(ix, s));
        ends.push(end(&items));
    }
    ends.resize(sentences.len(), end(&items));
    PerSentence { items, ends }
}

/// The sentences [`per_sentence`] reads, in order, each once: those of
/// each quotation and one either side, as the union of those ranges,
/// walked in order from the last range's end (a sort of every range's
/// sentences cost 0.3M instructions per 20 copies of the articles,
/// `instructions.sh`; a table of the sentences marked range by range, a
/// `memset` a quotation and a walk of every sentence, 0.3M). The ranges
/// come in order, as the quotations do; sorted should they not.
fn needed_sentences(ix: &Index, quotes: &[Option<(usize, usize)>]) -> impl Iterator<Item = usize> {
    let sentences = ix.cx.sentences;
    let mut ranges: Vec<(usize, usize)> = quotes
        .iter()
        .flatten()
        .map(|&(first, last)| (sentences.of(first).saturating_sub(1), (sentences.of(last) + 2).min(sentences.len())))
        .collect();
    // (The core's one sort, which leaves a sorted list as it is: a sort of
    // its own was 2.6 KiB gzipped of the page's wasm.)
    crate::order::sort_by_key(&mut ranges, |&r| r);
    let mut next = 0;
    ranges.into_iter().flat_map(move |(lo, hi)| {
        let from = lo.max(next);
        next = next.max(hi);
        from..hi
    })
}

/// Token `i` is a participle of speech after [`QUOTED_AS`] (`was quoted
/// as saying`), within the sentence from `lo`.
fn quoted_as(ix: &Index, i: usize, lo: usize) -> bool {
    i >= lo + 2
        && ix.word_is(i - 1, QUOTED_AS.1)
        && ix.word_is(i - 2, QUOTED_AS.0)
        && SPEECH_PARTICIPLES.contains(&ix.word(i))
}

/// The shortest participle of [`SPEECH_PARTICIPLES`] (`noting`,
/// `saying`), a first cheap test of a token.
const PARTICIPLE_MIN: usize = 6;

/// How many capitalised words and titles may stand between `with` and
/// the name after it (`with House Judiciary Committee Chairman Jim
/// Jordan calling`).
const WITH_TITLES_MAX: usize = 5;

/// `with Ana Lima calling the plan “a disaster”`, `with Tom Reyes saying:`:
/// a participle of speech at token `i` right after a person's name, which
/// follows `with` (over titles and capitalised words), speaks for that
/// person, not for the sentence's subject. Not `met Ana Lima, saying` nor
/// `Ana Lima calling` without `with`, which the sentence's subject says.
/// Not inlined: its caller's loop runs for every token near a quotation.
#[inline(never)]
fn with_participle(ix: &Index, i: usize, lo: usize) -> Option<Who> {
    let mi = ix.mention_end(i - 1).filter(|&mi| ix.is_person(mi))?;
    if !SPEECH_PARTICIPLES.contains(&ix.word(i)) {
        return None;
    }
    let first = ix.mention_first(mi)?;
    let with = (lo.max(first.saturating_sub(WITH_TITLES_MAX + 1))..first)
        .rev()
        .find(|&j| !(ix.capitalised_word(j) || lexicon::is_title(ix.word(j))))?;
    (ix.word_is(with, "with")).then_some(Who::Named(Speaker::Mention(mi)))
}

/// `Amnesty International condemned the verdict, calling it “a
/// travesty”`, `WASHINGTON — The Justice Department sued Texas, arguing
/// that …`: a participle of speech at token `i` after a comma speaks for
/// the organisation the sentence opens with (after a dateline's dash),
/// its capitalised words then a lower-case verb. Not a person (the
/// sentence's first person speaks without a cue), nor a place (`Russia
/// … calling`, read the same way), nor a clause's noun (`The Senate
/// passed the bill, which critics call`: no participle).
fn organisation_participle(ix: &Index, i: usize, lo: usize) -> Option<Who> {
    // (The cheapest test first: the token is a word ending in `g`.)
    let w = ix.word(i);
    if !w.ends_with('g') || i == lo || !ix.word_is(i - 1, ",") || !SPEECH_PARTICIPLES.contains(&w) {
        return None;
    }
    // Over a dateline in capitals and its dash (`WASHINGTON —`).
    let dash = (lo..i.min(lo + DATELINE_WORDS))
        .take_while(|&k| !first_byte(ix, k).is_ascii_lowercase())
        .find(|&k| matches!(ix.word(k), "—" | "–" | "-"));
    let a = dash.map_or(lo, |d| d + 1);
    let a = if matches!(ix.word(a), "The" | "the") { a + 1 } else { a };
    let end = (a..i).take_while(|&k| ix.capitalised_word(k)).last()?;
    // Two capitalised words at least (not `Critics of the plan …`), then a
    // lower-case verb; no person in them, and not a place alone (`Kenya
    // Red Cross` holds one).
    let verb = end > a && ix.tok(end + 1).kind() == Kind::Word && !ix.capitalised_word(end + 1);
    let person = (a..=end).any(|k| ix.mention_at(k).is_some_and(|mi| ix.is_person(mi)));
    let place = ix.mention_at(a).is_some_and(|mi| ix.mention_end(end) == Some(mi));
    if !verb || person || place {
        return None;
    }
    words_speaker(ix, a, end).map(Who::Named)
}

/// How many tokens a dateline may hold before its dash (`WASHINGTON —`,
/// `LONDON (Reuters) -`).
const DATELINE_WORDS: usize = 6;

/// Token `i` is a reporting verb written in lower case (`said`, `went
/// on`): the token after it (after the particle of a phrasal verb).
fn speech_verb(ix: &Index, i: usize) -> Option<usize> {
    if ix.capitalised_word(i) {
        return None;
    }
    if has(ix.cx.toks, i, cat::REPORTING | cat::SPEECH) {
        return Some(i + 1);
    }
    if !may_be_phrasal(ix, i) {
        return None;
    }
    let (w, next) = (ix.word(i), ix.word(i + 1));
    PHRASAL_SPEECH_VERBS.iter().any(|&(v, p)| p == next && v == w).then_some(i + 2)
}

/// Token `i` is followed by a particle of a phrasal speech verb (`on`,
/// `in`, `out`, `up`, `back`, `it`). Inlined: it is asked of most words
/// near a quotation, and most fail its first test.
#[inline]
fn may_be_phrasal(ix: &Index, i: usize) -> bool {
    // Every phrasal speech verb is a lower-case word of 3 to 7 letters.
    let head = ix.tok(i);
    if head.upper() || !(3..=7).contains(&(head.end() - head.start())) {
        return false;
    }
    ix.cx.toks.get(i + 1).is_some_and(|t| {
        t.end() - t.start() <= PARTICLE_MAX
            && matches!(first_byte(ix, i + 1), b'o' | b'i' | b'u' | b'b')
            && matches!(t.text(ix.cx.text), "on" | "in" | "out" | "up" | "back" | "it")
    })
}

/// The first byte of token `k` (0 past the end): a test that costs less
/// than reading the word.
fn first_byte(ix: &Index, k: usize) -> u8 {
    ix.cx.toks.get(k).and_then(|t| ix.cx.text.as_bytes().get(t.start())).copied().unwrap_or(0)
}

/// The verb of `Those were the words of Ana Lima`.
const WERE: &str = "were";

/// Token `i` ends words that give a quotation's source and are followed by
/// it: `That was Sen. Rosalind Achebe-Marsh …`, `So said …`, `The question
/// came from Denise Okafor-Lyle`.
fn source_named(ix: &Index, i: usize, lo: usize) -> bool {
    let prev = if i > 0 { ix.word(i - 1) } else { "" };
    match ix.word(i) {
        "was" | "is" => i == lo + 1 && matches!(prev, "That" | "This"),
        // `Those were the words of Ana Lima`
        WERE => i == lo + 1 && matches!(prev, "Those" | "These"),
        "said" | "says" => i == lo + 1 && prev == "So",
        "from" => prev == "came" || prev == "comes",
        _ => false,
    }
}

/// `That was the verdict of Ana Lima`, `That was the one-word reaction
/// from Rep. Kim Arbuckle`, `Those were the words of Ana Lima`: after
/// `was` or `were` (token `i`), `the`, perhaps one
/// lower-case modifier, a noun of [`SAYING_NOUNS`] and `of` or `from` come
/// before the source's name; the token from which [`according_to`] looks
/// for it (two before the name's window, as for `according to`).
fn saying_of(ix: &Index, i: usize) -> Option<usize> {
    let word = |k: usize| ix.cx.toks.get(k).map_or("", |t| t.text(ix.cx.text));
    if !matches!(word(i), "was" | "is" | WERE) || word(i + 1) != "the" {
        return None;
    }
    let modifier = |k: usize| ix.tok(k).kind() == Kind::Word && !ix.capitalised_word(k) && !ix.has(k, cat::STOP);
    let noun = if SAYING_NOUNS.contains(&word(i + 2)) { i + 2 } else { i + 3 };
    let found = (noun == i + 2 || i + 3 < ix.len() && modifier(i + 2))
        && SAYING_NOUNS.contains(&word(noun))
        && matches!(word(noun + 1), "of" | "from");
    found.then_some(noun)
}

/// `according to Janet Yellen`: the first mention after `to`, else an
/// organisation's capitalised words (`according to Greenpeace`, `to the
/// Treasury Department`); when `document`, the window goes on after a
/// document's `from`, `by` or `of` that comes before any capitalised word
/// (`according to a statement from the group Fiscal Watch`). Not inlined:
/// inlined into [`per_sentence`]'s loop over every token near a quotation,
/// it cost that loop 0.15M instructions per 20 copies of the articles.
#[inline(never)]
fn according_to(ix: &Index, i: usize, hi: usize, document: bool) -> Option<Who> {
    let mut end = hi.min(i + 2 + AFTER_ACCORDING_TO);
    let mut caps = None;
    let mut k = i + 2;
    while k < end && ix.outside_quotes(k) {
        if let Some(mi) = ix.mention_at(k) {
            return Some(Who::Named(Speaker::Mention(mi)));
        }
        if ix.capitalised_word(k) {
            caps = caps.or(Some(k));
        } else if document && caps.is_none() && matches!(ix.word(k), "from" | "by" | "of") {
            end = hi.min(k + 1 + AFTER_ACCORDING_TO);
        }
        k += 1;
    }
    let a = caps?;
    let last = (a..hi).take_while(|&k| ix.capitalised_word(k) && ix.outside_quotes(k)).last()?;
    // `according to a White House official`, `according to a senior
    // Republican aide`: the capitalised words describe a person's noun
    // after them, whom a determiner before them brings in, as `said a
    // White House official` does; not a document's (`according to an
    // internal FEMA memo`: the agency's words).
    let person_noun = |w: &str| lexicon::is_title(w) || UNNAMED_SPEAKERS.binary_search(&w).is_ok();
    let described = last + 1 < hi && person_noun(ix.word(last + 1));
    if let Some(det) = (i + 2..a).find(|&k| DETERMINERS.contains(&ix.word(k))).filter(|_| described) {
        return description_after(ix, det, hi.min(det + DESCRIPTION_MAX + APPOSITION_MAX + TITLES_BEFORE_NAME));
    }
    organisation_ending_at(ix, last, a).map(Who::Named)
}

/// `was told by Maria Smith`: the agent of a passive reporting verb
/// (`was`/`were`/`been` before it, `by` after it).
fn passive_agent(ix: &Index, i: usize, after: usize, hi: usize) -> Option<Who> {
    let passive = i > 0 && matches!(ix.word(i - 1), "was" | "were" | "been" | "being");
    if !passive || after >= hi || !ix.word_is(after, "by") {
        return None;
    }
    speaker_after_verb(ix, i, after + 1, hi)
}

/// The subject of reporting verb `i`, skipping fillers and adverbs back to
/// the sentence's start `lo`: a mention ending there, a pronoun, an
/// unnamed person or a description, or capitalised words (an
/// organisation: `The White House`); over an appositive or a relative
/// clause between commas. A possessive is no subject (`Smith's claims`).
fn subject_before_verb(ix: &Index, i: usize, lo: usize) -> Option<Who> {
    let mut j = i;
    while j > lo {
        j -= 1;
        if !ix.outside_quotes(j) {
            return None;
        }
        let tw = ix.word(j);
        // `Tom Reyes, who was quoted as saying`: over the passive frame.
        if tw == QUOTED_AS.1 && j > lo && ix.word_is(j - 1, QUOTED_AS.0) {
            j -= 1;
            while j > lo + 1 && QUOTED_AUXILIARIES.contains(&ix.word(j - 1)) {
                j -= 1;
            }
            continue;
        }
        if has(ix.cx.toks, j, cat::FILLER | cat::WEEKDAY) || is_adverb(ix, j) {
            continue;
        }
        if tw == "," {
            return subject_before_clause(ix, j, lo);
        }
        if tw == "and" {
            return coordinated_subject(ix, i, j, lo).or_else(|| subject_at(ix, j, lo));
        }
        if tw == "but" {
            return coordinated_subject(ix, i, j, lo);
        }
        return subject_at(ix, j, lo);
    }
    None
}

/// How many tokens a first predicate may hold between the subject a
/// sentence opens with and the `and` of a second (`She looked perplexed
/// for a moment, and then said`): a long predicate, a bounded look-back.
const PREDICATE_MAX: usize = 24;

/// `Ana Lima went to the door and said`, `She looked up, and then said:`,
/// `Merz backed the plan but warned that "…"`: the subject of a verb whose
/// predicate is joined by `and` or `but` (token `j`)
/// to another is the one the sentence opens with, when verb `i` brings in
/// speech (a quotation after it in its sentence, or a colon ending it; not
/// `Tom stretched and laughed.`) and the predicates between name nobody
/// else and quote nothing (not `Tom sat down and Ana rose and said`, `When
/// I came in she bowed and said`).
fn coordinated_subject(ix: &Index, i: usize, j: usize, lo: usize) -> Option<Who> {
    let s = ix.cx.sentences.of(j);
    let (_, hi) = ix.cx.sentences.range(s);
    let speech = (i + 1..hi).any(|k| !ix.outside_quotes(k)) || hi > i + 1 && ix.word_is(hi - 1, ":");
    if !speech {
        return None;
    }
    let a = opener(ix, s)?;
    if a.tok < lo || a.tok >= j || j - a.tok > PREDICATE_MAX {
        return None;
    }
    let end = match a.who {
        Who::Named(Speaker::Mention(mi)) => (a.tok..j).take_while(|&k| ix.mention_at(k) == Some(mi)).last()?,
        _ => a.tok,
    };
    let someone_else = (end + 1..j).any(|k| {
        let w = ix.word(k);
        !ix.outside_quotes(k)
            || ix.mention_at(k).is_some_and(|mi| ix.is_person(mi))
            || pronoun(w).is_some()
            || narrator(w)
            || matches!(w, "who" | "which" | "we" | "they" | "you")
    });
    if someone_else {
        return None;
    }
    // `The Local Government Association welcomed the money but said`: an
    // organisation's words speak, not only a person's.
    Some(match a.who {
        Who::Named(Speaker::Person(start, end)) if organisation_words(ix, a.tok, end) => {
            Who::Named(Speaker::Words(start, end))
        }
        who => who,
    })
}

/// The capitalised words from token `k` to byte `end` name an
/// organisation: more than one word, or an organisation's word (`Acme
/// Corp`, `Local Government Association`; not `Rafiqul`, a word of a
/// person's name).
fn organisation_words(ix: &Index, k: usize, end: usize) -> bool {
    let words = (k..ix.len()).take_while(|&j| ix.tok(j).start() < end).count();
    words > 1 || ix.has(k, cat::ORG)
}

/// The subject ending at token `j`.
fn subject_at(ix: &Index, j: usize, lo: usize) -> Option<Who> {
    let tw = ix.word(j);
    if has_possessive(tw) && ix.tok(j).kind() == Kind::Word {
        return None; // `Smith's claims`, `the minister's remarks`
    }
    if let Some(mi) = ix.capitalised_word(j).then(|| person_of(ix, j, lo)).flatten() {
        Some(Who::Named(Speaker::Mention(mi)))
    } else if let Some(mi) = ix.mention_end(j).filter(|&mi| !lone_origin(ix, mi, j, lo)) {
        based_in(ix, mi, lo).or_else(|| aide_to(ix, mi, lo)).or(Some(Who::Named(Speaker::Mention(mi))))
    } else if let Some(g) = pronoun(tw) {
        Some(Who::Pronoun(g))
    } else if narrator(tw) {
        Some(Who::Named(Speaker::Narrator))
    } else if tw == "it" || tw == "It" || statement_of(ix, j, lo) {
        // `The White House issued a veto threat. "…," the statement said.`
        match organisation_before(ix, j) {
            Some(sp) => Some(Who::Named(sp)),
            None => after_quotation(ix, j).then_some(Who::It),
        }
    } else if tw == "who" && j >= lo + 2 && ix.word_is(j - 1, ",") {
        // `Ana Lima, who said …`: the relative pronoun's antecedent.
        ix.mention_end(j - 2).filter(|&mi| ix.is_person(mi)).map(|mi| Who::Named(Speaker::Mention(mi)))
    } else if let Some(government) = government_of(ix, j, lo) {
        Some(Who::Named(government)) // `The Alberta government said`
    } else if described_by_origin(ix, j, lo) || office_after_the(ix, j) {
        Some(Who::Role(j)) // `the Louisiana Republican said`, `the PM said`
    } else if ix.capitalised_word(j) {
        organisation_ending_at(ix, j, lo).map(Who::Named)
    } else if let Some(org) = organisation_described(ix, j, lo) {
        Some(Who::Named(org)) // `The Ministry of Defence declined. "…," the ministry said.`
    } else {
        description_ending_at(ix, j, lo)
    }
}

/// `The U.S. Embassy in Beijing said`, `Ana Lima in Kyiv said`, `a
/// federal judge in Texas called`: the capitalised words before `in` and
/// place mention `mi` (from the sentence's start `lo`; more than one word
/// from it, so not `Police in Kenya said`), or a description with its
/// determiner, are the subject, not the place.
fn based_in(ix: &Index, mi: usize, lo: usize) -> Option<Who> {
    if ix.is_person(mi) {
        return None;
    }
    let before = ix.mention_first(mi)?.checked_sub(1)?;
    let owner = before.checked_sub(1).filter(|&k| k > lo && ix.word_is(before, "in"))?;
    if !ix.capitalised_word(owner) {
        return (ix.tok(owner).kind() == Kind::Word).then(|| description_ending_at(ix, owner, lo)).flatten();
    }
    subject_at(ix, owner, lo)
}

/// `An aide to Ana Lima said`, `Two aides to Ana Lima, speaking on
/// condition of anonymity, said`, `A spokesman for Ana Lima said`: a
/// person's noun before `to` or `for` and mention `mi` (from the
/// sentence's start `lo`) is the subject, someone unnamed, as `said an
/// aide to Ana Lima` is; not the person named after it.
fn aide_to(ix: &Index, mi: usize, lo: usize) -> Option<Who> {
    let prep = ix.mention_first(mi)?.checked_sub(1).filter(|&k| k > lo && matches!(ix.word(k), "to" | "for"))?;
    let noun = ix.word(prep - 1);
    let person_noun = lexicon::is_title(noun) || UNNAMED_SPEAKERS.binary_search(&noun).is_ok();
    (ix.is_person(mi) && person_noun && !ix.capitalised_word(prep - 1))
        .then(|| description_ending_at(ix, prep - 1, lo))
        .flatten()
}

/// `The Alberta government said`, `the Trump administration said`,
/// `Spain's defence ministry said`: a government's noun at token `j`
/// after capitalised words (from the sentence's start `lo`), over up to
/// [`GOVERNMENT_MODIFIERS`] lower-case words after a possessive (`defence`,
/// `foreign`), is an organisation speaking, those words and the noun, not
/// the place or person it is named after; not after a demonym (`the German
/// government said`, `the Spanish defence ministry said`: a description,
/// as `the German embassy`).
fn government_of(ix: &Index, j: usize, lo: usize) -> Option<Speaker> {
    if j <= lo || !GOVERNMENT_NOUNS.contains(&ix.word(j)) {
        return None;
    }
    let lower = |k: usize| ix.tok(k).kind() == Kind::Word && ix.word(k).bytes().all(|b| b.is_ascii_lowercase());
    let modifiers = (lo + 1..j).rev().take(GOVERNMENT_MODIFIERS).take_while(|&k| lower(k)).count();
    let owner = j - 1 - modifiers;
    // The modifiers need a possessive before them (`Spain's defence
    // ministry`; not `Smith praised the ministry`).
    let possessed = ix.mention_end(owner).is_some_and(|mi| !ix.is_person(mi)) && has_possessive(ix.word(owner));
    if !ix.capitalised_word(owner) || is_demonym(ix.word(owner)) || modifiers > 0 && !possessed {
        return None;
    }
    let mut a = capitals_from(ix, owner, lo);
    // `Saudi Arabia … its UK embassy says`: the embassy of whoever `its`
    // stands for, not an organisation named by its words.
    if a > lo && OWNER_PRONOUNS.contains(&ix.word(a - 1)) {
        return None;
    }
    while a < j && lexicon::is_stopword(ix.word(a)) {
        a += 1; // `The`
    }
    (a < j).then(|| words_speaker(ix, a, j)).flatten()
}

/// Nouns of a government, or of one of its ministries or forces, that
/// speaks as one (`the Alberta government`, `Spain's defence ministry`).
const GOVERNMENT_NOUNS: [&str; 6] = ["administration", "army", "embassy", "government", "military", "ministry"];

/// Possessive pronouns before a government's noun, which make it the
/// government of someone named before (`its UK embassy`).
const OWNER_PRONOUNS: [&str; 8] = ["her", "Her", "his", "His", "its", "Its", "their", "Their"];

/// How many lower-case words may stand between a place's possessive and a
/// government's noun (`Spain's defence ministry`, `Kenya's interior and
/// security ministry` is too many: a bounded look-back).
const GOVERNMENT_MODIFIERS: usize = 2;

/// Mention `mi`, ending at token `j`, is a lone demonym after `the` (`the
/// German said`, a nationality taken for a name): a description.
fn lone_origin(ix: &Index, mi: usize, j: usize, lo: usize) -> bool {
    ix.mention_first(mi) == Some(j) && described_by_origin(ix, j, lo)
}

/// `Mayor Eric Adams of New York`, `Jane Doe of the Heritage Foundation`,
/// `Tom Reyes of the Chamber of Commerce`: the person named before `of`
/// and the capitalised words ending at token `j` (from the sentence's
/// start `lo` at most; over up to [`NAME_JOINERS`] of an organisation's
/// own `of` or `for`) is the subject, not the place or organisation.
fn person_of(ix: &Index, j: usize, lo: usize) -> Option<usize> {
    let mut a = capitals_from(ix, j, lo);
    for _ in 0..=NAME_JOINERS {
        if a > lo && ix.word_is(a - 1, "the") {
            a -= 1;
        }
        if a < lo + 2 || !matches!(ix.word(a - 1), "of" | "for") {
            return None;
        }
        if let Some(mi) = ix.mention_end(a - 2) {
            return (ix.is_person(mi) && ix.word_is(a - 1, "of")).then_some(mi);
        }
        if !ix.capitalised_word(a - 2) {
            return None;
        }
        a = capitals_from(ix, a - 2, lo);
    }
    None
}

/// How many `of` or `for` an organisation's name may hold before the
/// `of` that joins it to a person (`the Center for Clean Rivers`, `the
/// Bank of England`).
const NAME_JOINERS: usize = 2;

/// The first of the capitalised words outside quotation marks that end
/// at token `j`, from the sentence's start `lo` at most.
fn capitals_from(ix: &Index, j: usize, lo: usize) -> usize {
    let mut a = j;
    while a > lo && ix.capitalised_word(a - 1) && ix.outside_quotes(a - 1) {
        a -= 1;
    }
    a
}

/// A subject before the comma at `j` that closes an appositive or a
/// relative clause: the name the comma follows (`the minister, Anna
/// Schmidt, said`), else the subject before the comma that opens the
/// clause (`Smith, who has led the party since 2019, said`; `Schumer,
/// D-N.Y., said`).
fn subject_before_clause(ix: &Index, j: usize, lo: usize) -> Option<Who> {
    if j == 0 {
        return None;
    }
    let from = lo.max(j.saturating_sub(CLAUSE_MAX));
    // `the minister, Anna Schmidt, said`: the name the comma follows, unless
    // it ends a relative clause (`Pham, who runs a bakery by the Zelma
    // George Center, wrote`).
    // (Or a clause in lower case inside one: `Ana Lima, who has advised
    // three mayors, including Tom Reyes, said`.)
    let nearest = (from..j).rev().take_while(|&k| ix.outside_quotes(k)).find(|&k| ix.word_is(k, ","));
    let relative = nearest.is_some_and(|open| {
        relative_at(ix, open) || nested_in_relative(ix, open, from) || person_described(ix, open, from)
    });
    if let Some(mi) = ix.mention_end(j - 1).filter(|&mi| ix.is_person(mi) && !relative) {
        return Some(Who::Named(Speaker::Mention(mi)));
    }
    // `His Dutch counterpart, Eelco Hoekstra-Bos, said`: a name no lexicon
    // knows in apposition to a description.
    if let Some(open) = (from..j).rev().take_while(|&k| ix.outside_quotes(k)).find(|&k| ix.word(k) == ",") {
        let name = (open + 1..j).find(|&k| !(ix.has(k, cat::TITLE) || abbreviation_period(ix.cx.text, ix.cx.toks, k)));
        let described =
            open > lo && (description_ending_at(ix, open - 1, lo).is_some() || opening_description(ix, lo, open));
        if let Some(sp) = name.filter(|_| described).and_then(|k| appositive_words(ix, k, j)) {
            return Some(Who::Named(sp));
        }
    }
    // Back over at most two clauses: `Sen. Dana Whitcomb, R-Idaho, who
    // wrote much of the package, called`.
    let mut close = j;
    for _ in 0..CLAUSES {
        let open = (from..close).rev().take_while(|&k| ix.outside_quotes(k)).find(|&k| ix.word_is(k, ","))?;
        if open == 0 {
            return None;
        }
        // `Rep. June Fairweather (R-Ohio), who …,`: the name before the bracket.
        let mut end = open - 1;
        if ix.word_is(end, ")") {
            end = (end.saturating_sub(BRACKET_MAX)..end).rev().find(|&k| ix.word_is(k, "("))?.checked_sub(1)?;
        }
        let place = ix.mention_at(end).is_some_and(|mi| !ix.is_person(mi)) || party_tag(ix.word(end));
        if nested_in_relative(ix, open, from) {
            // `Erin Blake, who directs a program at the Rivers Council, a
            // nonprofit, said`: what the comma follows is the relative
            // clause's, not the subject.
        } else if place {
            // `Sen. Ann Cole of Maine, the panel's top Republican, said`:
            // the person before `of` the place.
            if let Some(mi) = person_of(ix, end, lo) {
                return Some(Who::Named(Speaker::Mention(mi)));
            }
        } else {
            // A name, or a description of a person by origin or role (`The
            // Texas Republican, who chairs the panel, called`); not the
            // organisation a description of a person names (`Ana Lima,
            // head of the Center for Rivers, which sued, called`: Ana Lima).
            let in_description = || {
                let before = (from..open).rev().take_while(|&k| ix.outside_quotes(k)).find(|&k| ix.word_is(k, ","));
                before.is_some_and(|b| person_described(ix, b, from))
            };
            match subject_at(ix, end, lo) {
                Some(Who::Named(Speaker::Words(..))) if in_description() => {}
                Some(who @ (Who::Named(_) | Who::Role(_))) => return Some(who),
                // `A senior Israeli official, speaking on condition of
                // anonymity, said Washington hoped …`: someone unnamed, not
                // Washington, when the description opens the sentence (not
                // `Tom Reyes, a young man in a cap, grumbled`), or names the
                // one it is of (`Two aides to Ana Lima, speaking …, said`).
                Some(who @ Who::Unnamed(_)) if opening_description(ix, lo, open) || ix.mention_end(end).is_some() => {
                    return Some(who)
                }
                _ => {}
            }
        }
        close = open;
    }
    None
}

/// The comma at `open` opens a relative clause (`, who`, `, whose`, `,
/// which`).
fn relative_at(ix: &Index, open: usize) -> bool {
    matches!(ix.word(open + 1), "who" | "whose" | "which")
}

/// The comma at `open` opens a clause in lower case (`, a nonprofit
/// based in Oakland`, `, including Tom Reyes`) within a relative clause a
/// comma before it opens, from token `from` on: both describe a noun of
/// the relative clause, not the sentence's subject.
fn nested_in_relative(ix: &Index, open: usize, from: usize) -> bool {
    let lower = ix.tok(open + 1).kind() == Kind::Word && !ix.capitalised_word(open + 1) && !relative_at(ix, open);
    lower && (from..open).rev().take_while(|&k| ix.outside_quotes(k)).any(|k| ix.word_is(k, ",") && relative_at(ix, k))
}

/// The comma at `open` opens a description in lower case of the person
/// named before it, perhaps after an age (`Mendez, an appointee of
/// President Joe Biden,`; `Tom Reyes, 45, a friend of Ana Lima,`): the
/// name that ends it is not the subject (`His counterpart, the minister
/// Ana Lima,` describes no person and keeps her).
fn person_described(ix: &Index, open: usize, from: usize) -> bool {
    let lower = ix.tok(open + 1).kind() == Kind::Word && !ix.capitalised_word(open + 1);
    if !lower || open <= from {
        return false;
    }
    let mut k = open - 1;
    if is_age_figure(ix.word(k)) && k >= from + 2 && ix.word_is(k - 1, ",") {
        k -= 2;
    }
    ix.mention_end(k).is_some_and(|mi| ix.is_person(mi))
}

/// A US party-and-state tag (`R-Idaho`, `D-N.Y.`).
fn party_tag(w: &str) -> bool {
    party_of_tag(w).is_some()
}

/// The party a US party-and-state tag names (`D-N.Y.`: `democrat`), as
/// the noun a description uses (`the New York Democrat`).
pub(super) fn party_of_tag(w: &str) -> Option<&'static str> {
    let b = w.as_bytes();
    if b.len() <= 2 || b[1] != b'-' || !b[2].is_ascii_uppercase() {
        return None;
    }
    match b[0] {
        b'R' => Some("republican"),
        b'D' => Some("democrat"),
        b'I' => Some("independent"),
        _ => None,
    }
}

/// How many tokens a bracket after a name may hold (`(R-Ohio)`, `(D-N.Y.)`).
const BRACKET_MAX: usize = 6;

/// How many commas-delimited clauses may stand between a subject and its
/// verb (a party tag and a relative clause).
const CLAUSES: usize = 2;

/// A lower-case adverb between a subject and its verb, or after it
/// (`quietly`, `angrily`).
fn is_adverb(ix: &Index, k: usize) -> bool {
    let w = ix.word(k);
    w.len() > 4 && w.ends_with("ly") && !ix.capitalised_word(k) && ix.tok(k).kind() == Kind::Word
}

/// `I`, the narrator (`said I.`: the tokenizer keeps a single capital's
/// period, as for an initial).
fn narrator(w: &str) -> bool {
    w == "I" || w == "I."
}

/// The gender of `he` (male) or any other subject pronoun (female).
pub(super) fn pronoun_of(w: &str) -> Gender {
    if w.eq_ignore_ascii_case("he") {
        Gender::Male
    } else {
        Gender::Female
    }
}

/// The gender a subject pronoun gives (`he`, `She`).
fn pronoun(w: &str) -> Option<Gender> {
    SPEAKER_PRONOUNS.contains(&w).then(|| if w.eq_ignore_ascii_case("he") { Gender::Male } else { Gender::Female })
}

/// A description ending at token `j`: an unnamed speaker (`officials`,
/// `the medical staff`, `somebody else`), or a noun after a determiner (`the parson`,
/// `her father`, `the old man`, `the Polish minister`), whose head may be a role.
fn description_ending_at(ix: &Index, j: usize, lo: usize) -> Option<Who> {
    let tw = ix.word(j);
    // `the 43-year-old mother of three said`: the head before `of` a count.
    if j >= lo + 2 && ix.word_is(j - 1, "of") && children_count(tw) {
        return description_ending_at(ix, j - 2, lo);
    }
    // `somebody else inquired`: the pronoun before `else`.
    let unnamed = |k: usize| UNNAMED_SPEAKERS.binary_search(&ix.word(k)).is_ok();
    if unnamed(j) || tw == "else" && j > lo && unnamed(j - 1) {
        return Some(Who::Unnamed(j));
    }
    // `His office said in a statement`: the person the pronoun stands for.
    if let Some(g) = j.checked_sub(1).filter(|_| OWN_OFFICES.contains(&tw)).and_then(|k| possessive_pronoun(ix.word(k)))
    {
        return Some(Who::Pronoun(g));
    }
    let from = lo.max(j.saturating_sub(DESCRIPTION_MAX));
    // (A capitalised demonym may stand between, or a hyphenated
    // compound: `the Polish minister`, `the Bosnian-born coach`; and a
    // name's possessive is the determiner: `Ukraine's foreign minister
    // said`, a role, not Ukraine.)
    let possessive = |k: usize| has_possessive(ix.word(k));
    let modifier = |k: usize| !ix.capitalised_word(k) || is_demonym(ix.word(k)) || ix.tok(k).hyphen() || possessive(k);
    // (A determiner opening the sentence is capitalised: `The lawyer
    // said`, `His spokesman added`; a description by sex opening a line
    // of narrative, `The lad began`, is the narrative's subject, which
    // `choose::narrative_subjects` reads.)
    let opening_determiner =
        |k: usize| k == lo && OPENING_DETERMINERS.contains(&ix.word(k)) && description_gender(tw).is_none();
    let det = (from..j)
        .rev()
        .take_while(|&k| ix.tok(k).kind() == Kind::Word && (modifier(k) || opening_determiner(k)))
        .find(|&k| {
            DETERMINERS.contains(&ix.word(k))
                || opening_determiner(k)
                || (k > 0 && ix.word(k) != tw && has_possessive(ix.word(k)))
        });
    // `In a video posted to Instagram, Ana Lima urged…`: the object of a
    // preposition opening the sentence or a phrase after a comma is no
    // verb's subject (a participle qualifies it).
    let opening = |p: usize| p == lo || p > lo && ix.word_is(p - 1, ",");
    let object = |k: usize| k > lo && OBJECT_PREPOSITIONS.contains(&ix.word(k - 1)) && opening(k - 1);
    let det = det.filter(|&k| !object(k))?;
    // `Gov. Mike DeWine's office said`, `Ted Cruz's campaign called it`:
    // what speaks for one person is that person.
    if OWN_OFFICES.contains(&tw) && det + 1 == j && has_possessive(ix.word(det)) {
        if let Some(mi) = ix.mention_at(det).filter(|&mi| ix.is_person(mi)) {
            return Some(Who::Named(Speaker::Mention(mi)));
        }
    }
    Some(role_or_unnamed(ix, j))
}

/// Determiners that open a sentence with its speaker's description (`The
/// lawyer said`, `A spokesman added`, `His aide said`); not those that
/// open adverbials as often (`Some distance away could be heard`, `This
/// morning`, `That night`).
const OPENING_DETERMINERS: [&str; 6] = ["The", "A", "An", "His", "Her", "Another"];

/// Nouns for what speaks for one person, after the person's possessive
/// (`Mike DeWine's office`, `Ted Cruz's campaign`); not the people who
/// speak for them in their own right (`his lawyer`, `her spokesman`).
const OWN_OFFICES: [&str; 2] = ["office", "campaign"];

/// Prepositions whose object a description may be (`In a video posted`,
/// `From a statement released`); not those that also join clauses
/// (`After a spokesman said`), nor `of` or `with` (`the head of the team
/// said`, `with an aide adding`), which other rules read. Each as it is
/// written inside a sentence and opening one (`During a visit`).
const OBJECT_PREPOSITIONS: [&str; 16] = [
    "in", "In", "on", "On", "at", "At", "from", "From", "into", "Into", "to", "To", "through", "Through", "during",
    "During",
];

/// The description whose head noun is token `head` opens with an
/// indefinite determiner (`a police spokesman`, `An official`, `a White
/// House aide`, `another senator`, `one Democratic senator`): it brings
/// someone new into the story.
pub(super) fn indefinite(ix: &Index, head: usize) -> bool {
    let from = head.saturating_sub(DESCRIPTION_MAX);
    (from..head)
        .rev()
        .take_while(|&k| ix.tok(k).kind() == Kind::Word)
        .find(|&k| DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(ix.word(k))))
        .is_some_and(|k| INDEFINITES.contains(&ix.word(k)))
}

/// The most digits of a count after a parent's `of` (`father of 12`; a
/// year or an amount is no count of children).
const CHILDREN_COUNT_DIGITS: usize = 2;

/// A count after a parent's `of` (`mother of three`, `father of 2`): a
/// number word below a hundred (the number module's `small_word`), or as
/// many digits.
fn children_count(w: &str) -> bool {
    !w.is_empty() && w.len() <= CHILDREN_COUNT_DIGITS && w.bytes().all(|b| b.is_ascii_digit())
        || small_word(w).is_some()
}

/// The gender a possessive pronoun (`his`, `her`) stands for.
fn possessive_pronoun(w: &str) -> Option<Gender> {
    match w {
        "his" | "His" => Some(Gender::Male),
        "her" | "Her" => Some(Gender::Female),
        _ => None,
    }
}

/// A description's head noun: a role the article may have given a named
/// person (`the minister`, `the parson`), else someone unnamed.
fn role_or_unnamed(ix: &Index, head: usize) -> Who {
    let w = ix.word(head);
    let possessor = head.checked_sub(1).and_then(|k| possessive_pronoun(ix.word(k)));
    if let (Some(g), Some(&(_, title))) = (possessor, KIN_WORDS.iter().find(|(k, _)| *k == w)) {
        return Who::Kin(g, title);
    }
    let role = lexicon::is_title(w)
        || MALE_WORDS.contains(&w)
        || FEMALE_WORDS.contains(&w)
        || ix.has(head, cat::DEMONYM)
        || is_age(w)
        // `the 50-year-old farmer`: any noun an age describes.
        || head.checked_sub(1).is_some_and(|k| is_age(ix.word(k)))
        || lexicon::lookup(&OFFICE_ABBREVIATIONS, w).is_some()
        || ix.capitalised_word(head) && is_demonym(w);
    // `said a Democratic senator`, `another judge said`: someone new, not
    // the senator the article named before.
    if role && !indefinite(ix, head) {
        Who::Role(head)
    } else {
        Who::Unnamed(head)
    }
}

/// Token `j` follows a quotation's closing mark, over a comma: `"…," it
/// said`, `"…", it said`; not `as it did not sound right`.
fn after_quotation(ix: &Index, j: usize) -> bool {
    let k = if j > 0 && ix.word_is(j - 1, ",") && ix.outside_quotes(j - 1) { j - 1 } else { j };
    k > 0 && !ix.outside_quotes(k - 1)
}

/// `The Greater Cleveland Partnership, a business group, backed the mayor.
/// "…," it said.`: the organisation the sentence before the one of `it`
/// (token `j`) opens with, in its paragraph; a place or several
/// capitalised words, not a person, but the person whose possessive opens
/// it (`Speaker Mike Johnson's office released a statement. "…," it
/// said.`).
fn organisation_before(ix: &Index, j: usize) -> Option<Speaker> {
    let s = ix.cx.sentences.of(j);
    let (lo, _) = ix.cx.sentences.range(s);
    if ix.tok(lo).newline_before() || s == 0 {
        return None;
    }
    let (plo, phi) = ix.cx.sentences.range(s - 1);
    // `According to the Kenya Red Cross, …`: the source the sentence
    // opens with.
    let plo = if ix.word_is(plo, ACCORDING_OPENING) && ix.word_is(plo + 1, "to") { plo + 2 } else { plo };
    let a = if matches!(ix.word(plo), "The" | "the") { plo + 1 } else { plo };
    // Over the titles (`Speaker Mike Johnson's office`): a person opening
    // it is no `it`, but the office or campaign after the person's
    // possessive speaks for the person.
    let named = (a..phi).find(|&k| !lexicon::is_title(ix.word(k))).unwrap_or(a);
    if let Some(mi) = ix.mention_at(named).filter(|&mi| ix.is_person(mi)) {
        let last = (named..phi).take_while(|&k| ix.mention_at(k) == Some(mi)).last().unwrap_or(named);
        let possessive = has_possessive(ix.word(last)) || matches!(ix.word(last + 1), "'s" | "’s" | "'" | "’");
        return possessive.then_some(Speaker::Mention(mi));
    }
    let mut end = (a..phi).take_while(|&k| ix.capitalised_word(k)).last()?;
    // `The Ministry of Defence`, `The Bank of England`: one name over `of`.
    while end + 2 < phi && ix.word_is(end + 1, "of") && ix.capitalised_word(end + 2) {
        end = (end + 2..phi).take_while(|&k| ix.capitalised_word(k)).last().unwrap_or(end + 2);
    }
    match ix.mention_at(a) {
        Some(mi) if ix.mention_end(end) == Some(mi) => Some(Speaker::Mention(mi)), // `Russia`
        // `The CGIL union welcomed it.`: initials alone name one.
        _ if end > a || acronym::are_initials(ix.word(a).as_bytes()) => words_speaker(ix, a, end),
        _ => None,
    }
}

/// The capitalised words ending at token `j` (from the sentence's start
/// `lo` at most), over one `of` between them, without the function words
/// that open them: `The White House` → `White House`, `Caliber.Az`, `the
/// Bank of England` → `Bank of England`.
fn organisation_ending_at(ix: &Index, j: usize, lo: usize) -> Option<Speaker> {
    let mut a = capitals_from(ix, j, lo);
    // `the Bank of England`, `the Department of Homeland Security`, `the
    // Center for Clean Rivers`: one name over `of` or `for` (a person
    // before it is not part of it: `Jane Doe of Acme`, see `person_of`).
    // (Up to [`NAME_JOINERS`] of them, and an `and` after one: `the
    // Department of Health and Human Services`.)
    let joiner = |k: usize| matches!(ix.word(k), "of" | "for");
    let joins = |a: usize| a >= lo + 2 && ix.capitalised_word(a - 2) && ix.mention_at(a - 2).is_none();
    for _ in 0..=NAME_JOINERS {
        if !joins(a) {
            break;
        }
        if joiner(a - 1) {
            a = capitals_from(ix, a - 2, lo);
            continue;
        }
        let b = capitals_from(ix, a - 2, lo);
        if !ix.word_is(a - 1, "and") || !joins(b) || !joiner(b - 1) {
            break;
        }
        a = b;
    }
    while a < j && (lexicon::is_stopword(ix.word(a)) || lexicon::is_title(ix.word(a))) {
        a += 1;
    }
    // `St. Luke’s University Health Network`: over a saint's or a
    // mountain's abbreviation, whose period stopped the walk.
    if a >= lo + 2
        && SAINT_ABBREVIATIONS.contains(&ix.word(a - 2))
        && abbreviation_period(ix.cx.text, ix.cx.toks, a - 1)
    {
        a -= 2;
    }
    // `another Democrat said`, `a Frenchman said`: one of many, unnamed.
    if a > lo && INDEFINITES.contains(&ix.word(a - 1)) {
        return None;
    }
    words_speaker(ix, a, j)
}

/// Abbreviations opening a name with their period (`St. Luke’s`, `Mt.
/// Sinai Hospital`).
const SAINT_ABBREVIATIONS: [&str; 2] = ["St", "Mt"];

/// Words before a capitalised noun that make it one of many, no name (`a
/// Democrat`, `another Republican`, `one Briton`).
const INDEFINITES: [&str; 8] = ["a", "an", "another", "one", "A", "An", "Another", "One"];

/// The words of tokens `a..=j` as a speaker, unless they are a function
/// word, a weekday or a single letter.
fn words_speaker(ix: &Index, a: usize, j: usize) -> Option<Speaker> {
    let (start, end) = (ix.tok(a).start(), ix.tok(j).start() + core(ix.word(j)).len());
    let name = ix.cx.text.get(start..end).unwrap_or("");
    let named = !lexicon::is_stopword(name)
        && !lexicon::is_weekday(name)
        && !lexicon::is_title(name)
        && name.chars().count() > 1;
    named.then_some(Speaker::Words(start, end))
}

/// A speaker after reporting verb `i`, from token `k0`: a person named
/// through titles, capitalised words, possessive organisations and
/// abbreviation periods (`said Dr. Fiona MacLeod`, `said Acme Corp's chief
/// executive, Jane Doe`), a pronoun (`said he`), a description (`said the
/// parson`), or capitalised words no mention covers (`said Elizabeth`).
/// Not after a verb whose object is the one spoken to (`told Jones`).
fn speaker_after_verb(ix: &Index, i: usize, k0: usize, hi: usize) -> Option<Who> {
    if ADDRESSEE_ONLY_VERBS.contains(&ix.word(i)) && !ix.word_is(k0.saturating_sub(1), "by") {
        return None;
    }
    let end = hi.min(k0 + AFTER_VERB);
    // A pronoun, a description or unknown capitalised words speak only
    // in the inverted order right after a quotation (`"…," said he`).
    let inverted = after_quote(ix, i);
    let mut caps: Option<usize> = None; // the first capitalised word of a run no mention covers
    let mut k = k0;
    while k < end {
        if !ix.outside_quotes(k) {
            break;
        }
        if let Some(mi) = ix.mention_at(k).filter(|&mi| ix.is_person(mi)) {
            let named = person_after_role(ix, k, end, hi).unwrap_or(mi);
            return Some(Who::Named(Speaker::Mention(named)));
        }
        let tw = ix.word(k);
        if k == k0 && inverted {
            if let Some(g) = pronoun(tw) {
                return Some(Who::Pronoun(g));
            }
            if narrator(tw) {
                return Some(Who::Named(Speaker::Narrator));
            }
            // `"…," said the ministry.`; not `said the company spokesman`.
            let clause_ends = k + 2 >= hi || ix.tok(k + 2).kind() == Kind::Punct;
            if let Some(org) = organisation_described(ix, k + 1, k).filter(|_| clause_ends) {
                return Some(Who::Named(org));
            }
            if DETERMINERS.contains(&tw) {
                return description_after(ix, k, hi.min(k + DESCRIPTION_MAX + APPOSITION_MAX + TITLES_BEFORE_NAME))
                    .or_else(|| organisation_after_the(ix, k, hi).map(Who::Named));
            }
        }
        let capital = ix.capitalised_word(k);
        if capital && caps.is_none() && !lexicon::is_title(tw) && !lexicon::is_stopword(tw) {
            caps = Some(k);
        }
        let modifier = k > k0 && role_modifier(ix, k, end);
        let goes_on = lexicon::is_title(tw)
            || capital
            || modifier
            || abbreviation_period(ix.cx.text, ix.cx.toks, k)
            || (tw == "," && k > k0 && lexicon::is_title(ix.word(k - 1)));
        if !goes_on {
            break;
        }
        if modifier {
            caps = None; // `White House press secretary Jane Doe`: the organisation is not the speaker
        }
        if capital && has_possessive(tw) {
            caps = None; // `Acme Corp's chief executive, Jane Doe`: the organisation is not the speaker
        }
        k += 1;
    }
    let a = caps.filter(|_| inverted)?;
    let last = (a..k).rev().find(|&j| ix.capitalised_word(j))?;
    words_speaker(ix, a, last).map(Who::Named)
}

/// `"…," said the State Department`, `said the Ministry of Defence on
/// Tuesday`, `said the Department of Housing and Urban Development`: an
/// organisation's capitalised words after `the` (token `the`), over its
/// own `of`, `for` and `and`, before a break or a function word (not
/// before a noun: `said the State Department spokesman`, a description),
/// naming no person.
fn organisation_after_the(ix: &Index, the: usize, hi: usize) -> Option<Speaker> {
    if !ix.word_is(the, "the") {
        return None;
    }
    let mut last = None;
    let mut k = the + 1;
    while k < hi
        && ix.capitalised_word(k)
        && ix.outside_quotes(k)
        && ix.mention_at(k).is_none_or(|mi| !ix.is_person(mi))
    {
        last = Some(k);
        let joined = k + 2 < hi && matches!(ix.word(k + 1), "of" | "for" | "and") && ix.capitalised_word(k + 2);
        k += if joined { 2 } else { 1 };
    }
    let last = last?;
    let next = last + 1;
    let breaks = next >= hi || ix.tok(next).kind() != Kind::Word || lexicon::is_stopword(ix.word(next));
    breaks.then(|| organisation_ending_at(ix, last, the + 1)).flatten()
}

/// The person named after a role that follows the mention at token `k`
/// (`said Morningstar analyst Jane Doe`, `said Reuters senior correspondent
/// Tom Reyes`): the first name is whose role it is, an employer, not the
/// speaker. None when no role and name follow right after it (`said Jane
/// Doe, an analyst`, `said Jane Doe and Tom Reyes`).
fn person_after_role(ix: &Index, k: usize, end: usize, hi: usize) -> Option<usize> {
    let mi = ix.mention_at(k)?;
    let after = (k..end).find(|&j| ix.mention_at(j) != Some(mi))?;
    if let Some(named) = named_after_possessive(ix, after, hi.min(after + POSSESSED_ROLE_SPAN)) {
        return Some(named);
    }
    let mut j = after;
    while j < end && j < after + ROLE_MODIFIERS && role_modifier(ix, j, end) {
        j += 1;
    }
    // (`warned Harvard neurologist Tom Reyes`: a role no title list holds.)
    if j > after && person_starts(ix, j) {
        return ix.mention_at(j);
    }
    if !lexicon::is_title(ix.word(j)) {
        return None;
    }
    ix.mention_at(j + 1).filter(|&n| ix.is_person(n))
}

/// The person named after a person's possessive and the role it gives
/// them, the possessive's mention ending before token `after` (`Beckett's
/// spokeswoman, Jill Harmon`, `Castro's running mate, Lt. Gov. Sheila
/// Brandt`, `Ana Lima's lawyer Tom Reyes`): the role's person, not the
/// possessive's, is who the phrase names. A role is one to
/// [`POSSESSED_ROLE_MAX`] lower-case words (not `Beckett's remarks to
/// Tom Reyes`: a function word ends it), a comma may follow it, and
/// titles may open the name; the name must start before `end`.
pub(super) fn named_after_possessive(ix: &Index, after: usize, end: usize) -> Option<usize> {
    let last = after.checked_sub(1)?;
    let tw = ix.word(last);
    if core(tw).len() == tw.len() || ix.mention_end(last).is_none_or(|mi| !ix.is_person(mi)) {
        return None;
    }
    let plain = |k: usize| {
        let w = ix.word(k);
        k < end && w.bytes().all(|b| b.is_ascii_lowercase()) && !lexicon::is_stopword(w)
    };
    // (`chief of staff`, `head of communications`: `of` between two of
    // its words.)
    let role_word = |k: usize| plain(k) || k > after && ix.word_is(k, "of") && plain(k - 1) && plain(k + 1);
    let role = (after..end.min(after + POSSESSED_ROLE_MAX)).take_while(|&k| role_word(k)).count();
    if role == 0 {
        return None;
    }
    let mut j = after + role;
    let comma = j < end && ix.word(j) == ",";
    // Without a comma, the role ends in a title word (`lawyer Ana Lima`;
    // not `lawyers sued Ana Lima`).
    if !comma && !lexicon::is_title(ix.word(j - 1)) {
        return None;
    }
    j += usize::from(comma);
    // After the comma, a role of the name's own may stand before it too
    // (`Lin's colleague, pollster David Rowe`, `…, the pollster David Rowe`).
    let titled = |k: usize| {
        ix.capitalised_word(k) && lexicon::is_title(ix.word(k))
            || abbreviation_period(ix.cx.text, ix.cx.toks, k)
            || comma && (ix.word_is(k, "the") || role_modifier(ix, k, end))
    };
    let name = (j..end.min(j + 2 * TITLES_BEFORE_NAME + 1)).find(|&k| !titled(k))?;
    let mi = ix.mention_at(name).filter(|&mi| ix.is_person(mi) && ix.mention_first(mi) == Some(name))?;
    let last = (name..ix.len()).take_while(|&k| ix.mention_at(k) == Some(mi)).last()?;
    // The name is no possessive itself (`Beckett's ally, Ana Lima's
    // husband`), and after a comma it is set off as an appositive
    // (`Beckett's allies disagreed, Ana Lima said`: another clause).
    let lw = ix.word(last);
    let next = if last + 1 < ix.len() { ix.word(last + 1) } else { "." };
    let set_off = !comma || matches!(next, "," | "." | ";" | "(" | ")" | "—" | "–");
    (ix.outside_quotes(name) && core(lw).len() == lw.len() && set_off).then_some(mi)
}

/// The most lower-case words of the role a possessive gives a person
/// (`running mate`, `deputy chief of staff`, `longtime campaign
/// manager`): more is a clause, not a role.
const POSSESSED_ROLE_MAX: usize = 4;

/// How many tokens after a possessive the name of the person it gives a
/// role may start by: the role, a comma, and titles with their periods
/// (`'s running mate, Lt. Gov. Sheila Brandt`).
pub(super) const POSSESSED_ROLE_SPAN: usize = POSSESSED_ROLE_MAX + 2 * TITLES_BEFORE_NAME + 2;

/// Lower-case words of a role before its title word (`press secretary`,
/// `foreign policy adviser`): more is a clause, not a role.
const ROLE_MODIFIERS: usize = 2;

/// Token `k` is a lower-case word opening a role whose title word comes
/// within [`ROLE_MODIFIERS`] words (before `end`): `said White House press
/// secretary Jane Doe`; or a role of words no title list holds, right
/// before a person's name (`said NASA administrator Jane Doe`, `warned
/// Harvard neurologist Tom Reyes`).
fn role_modifier(ix: &Index, k: usize, end: usize) -> bool {
    let plain = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase()) && !lexicon::is_stopword(w);
    plain(ix.word(k))
        && (k + 1..end.min(k + 1 + ROLE_MODIFIERS))
            .find(|&j| lexicon::is_title(ix.word(j)) || !plain(ix.word(j)))
            .is_some_and(|j| lexicon::is_title(ix.word(j)) || person_starts(ix, j))
}

/// A person's name starts at token `j`.
fn person_starts(ix: &Index, j: usize) -> bool {
    ix.mention_at(j).is_some_and(|mi| ix.is_person(mi) && ix.mention_first(mi) == Some(j))
}

/// Reporting verb `i` follows a quotation with only punctuation between
/// (`"…," said he`, `"…" — said the parson`).
fn after_quote(ix: &Index, i: usize) -> bool {
    let j = (0..i).rev().find(|&j| ix.tok(j).kind() == Kind::Word || !ix.outside_quotes(j));
    j.is_some_and(|j| !ix.outside_quotes(j))
}

/// `said the parson`, `replied his wife`: the description after a
/// reporting verb, whose head is its first noun that is a role or the last
/// lower-case word before a break.
fn description_after(ix: &Index, det: usize, end: usize) -> Option<Who> {
    let mut head = None;
    for k in det + 1..end.min(det + 1 + DESCRIPTION_MAX) {
        if ix.tok(k).kind() != Kind::Word || !ix.outside_quotes(k) {
            break;
        }
        if ix.capitalised_word(k) {
            // `replied the poet Syme`: a person named right after the head
            // noun speaks.
            if let Some(mi) = ix.mention_at(k).filter(|&mi| head == Some(k - 1) && ix.is_person(mi)) {
                return Some(Who::Named(Speaker::Mention(mi)));
            }
            // `said the Ohio Democrat`, not `said the Polish embassy`, whose
            // head comes after.
            let noun_after = ix.cx.toks.get(k + 1).is_some_and(|t| t.kind() == Kind::Word && t.cat & cat::STOP == 0);
            if !noun_after && (described_by_origin(ix, k, det) || office_after_the(ix, k)) {
                head = Some(k);
                break;
            }
            continue; // `the state Republican Party’s finance chair`
        }
        if lexicon::is_title(ix.word(k)) {
            head = Some(k);
            break;
        }
        // `cried the voice of John Reed`: the person whose voice it is.
        if ix.word_is(k, "of") && head.is_some_and(|h| ix.word_is(h, "voice")) {
            if let Some(mi) = ix.mention_at(k + 1).filter(|&mi| k + 1 < end && ix.is_person(mi)) {
                return Some(Who::Named(Speaker::Mention(mi)));
            }
        }
        if matches!(ix.word(k), "with" | "of" | "who" | "in" | "at" | "from" | "and") || is_adverb(ix, k) {
            break;
        }
        head = Some(k);
    }
    let h = head?;
    // `the minister, Anna Schmidt,`, `the state Republican Party’s finance
    // chair, Lionel Abernathy-Cole,`, `the committee’s ranking member, Sen.
    // Marcus Oyelaran-Whitby`: the name in apposition speaks.
    let comma = (h + 1..end.min(h + 1 + APPOSITION_MAX)).find(|&k| !ix.outside_quotes(k) || ix.word_is(k, ","));
    if let Some(c) = comma.filter(|&c| ix.outside_quotes(c)) {
        let name = (c + 1..end.min(c + 1 + TITLES_BEFORE_NAME))
            .find(|&k| !(ix.has(k, cat::TITLE) || abbreviation_period(ix.cx.text, ix.cx.toks, k)));
        if let Some(mi) = name.and_then(|k| ix.mention_at(k)).filter(|&mi| ix.is_person(mi)) {
            return Some(Who::Named(Speaker::Mention(mi)));
        }
        // `said the Dutch minister, Eelco Hoekstra-Bos.`: a name no
        // lexicon knows, set off after the description.
        if let Some(sp) = name.and_then(|k| appositive_words(ix, k, ix.cx.sentences.range(ix.cx.sentences.of(k)).1)) {
            return Some(Who::Named(sp));
        }
    }
    Some(role_or_unnamed(ix, h))
}

/// The sentence opens with a description before the comma at `comma`:
/// a determiner in capitals, then lower-case words or demonyms, the last
/// lower-case (`His Dutch counterpart,`, `The new finance minister,`).
fn opening_description(ix: &Index, lo: usize, comma: usize) -> bool {
    let det = DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(ix.word(lo)));
    let modifier = |k: usize| ix.tok(k).kind() == Kind::Word && (!ix.capitalised_word(k) || is_demonym(ix.word(k)));
    det && comma > lo + 1
        && comma - lo <= DESCRIPTION_MAX
        && (lo + 1..comma).all(modifier)
        && !ix.capitalised_word(comma - 1)
}

/// The most capitalised words of a name in apposition that no mention
/// covers (`Eelco Hoekstra-Bos`, `Maria del Carmen Ruiz` stops at `del`).
const APPOSITIVE_NAME_WORDS: usize = 4;

/// Capitalised words from token `k`, set off as an appositive (a comma,
/// a sentence's end or `hi`, the sentence's end, right after them), that
/// no mention covers and that are no title or function word: a person's
/// name the names pass did not find, after a description (`the Dutch
/// minister, Eelco Hoekstra-Bos,`). Not a place or an organisation the
/// names pass found (`the capital, Paris,`).
fn appositive_words(ix: &Index, k: usize, hi: usize) -> Option<Speaker> {
    let name_word = |j: usize| {
        j < hi
            && ix.capitalised_word(j)
            && ix.outside_quotes(j)
            && ix.mention_at(j).is_none()
            && !lexicon::is_title(ix.word(j))
            && !lexicon::is_stopword(ix.word(j))
    };
    let words = (k..hi.min(k + APPOSITIVE_NAME_WORDS + 1)).take_while(|&j| name_word(j)).count();
    let after = k + words;
    let set_off = after >= hi || matches!(ix.word(after), "," | "." | ";");
    if words == 0 || words > APPOSITIVE_NAME_WORDS || !set_off {
        return None;
    }
    words_speaker(ix, k, after - 1)
}

/// The most words between `the` and a demonym or party that describe a
/// person (`the Louisiana Republican`, `the New York Democrat`, `the
/// 38-year-old Kenyan`).
const ORIGIN_WORDS: usize = 3;

/// Token `k` is a capitalised demonym or party ending a run that `the`
/// opens (from token `lo` at most), with no capitalised word after it:
/// `the Louisiana Republican said`, `said the Ohio Democrat`, `the
/// Frenchman said`, over lower-case modifiers too (`the 38-year-old
/// Kenyan said`, `the fourth-seeded Croatian`); a description of a
/// person, not a name (not `the Republican Party`).
fn described_by_origin(ix: &Index, k: usize, lo: usize) -> bool {
    if !ix.capitalised_word(k) || ix.capitalised_word(k + 1) {
        return false;
    }
    let from = lo.max(k.saturating_sub(ORIGIN_WORDS + 1));
    // `The` is capitalised but a determiner: the walk stops at it too
    // (`The Texas Republican, who chairs the panel, said`); a lower-case
    // word that is no function word is a modifier (`38-year-old`,
    // `veteran`).
    let modifier = |j: usize| ix.tok(j).kind() == Kind::Word && !ix.has(j, cat::STOP);
    (from..k)
        .rev()
        .find(|&j| !(ix.capitalised_word(j) || modifier(j)) || ix.word_is(j, "The"))
        .is_some_and(|j| matches!(ix.word(j), "the" | "The"))
        // The list's bits first, the endings' lookups last (`Kenyan`).
        && (ix.has(k, cat::DEMONYM) || is_demonym(ix.word(k)))
}

/// Token `j` is `statement` after `the` (from the sentence's start `lo`):
/// the words of whoever the sentence before says issued it.
fn statement_of(ix: &Index, j: usize, lo: usize) -> bool {
    j > lo && ix.word(j) == STATEMENT && matches!(ix.word(j - 1), "the" | "The")
}

/// The noun of a written statement, whose words are its issuer's.
const STATEMENT: &str = "statement";

/// `The Chamber of Commerce was critical. "…," the chamber said.`, `Acme
/// Holdings reported a loss. "…," the company said.`: a lower-case noun
/// after `the` (token `j`, from the sentence's start `lo`) that names the
/// organisation the sentence before opens with, by a word of its name or
/// as an organisation's noun (`company`, `group`); not a place (`Russia
/// … the company said`), nor a noun the name lacks (`the committee`).
fn organisation_described(ix: &Index, j: usize, lo: usize) -> Option<Speaker> {
    // (`"…," said the` may end the text: no token `j`.)
    if j >= ix.len() {
        return None;
    }
    let noun = ix.word(j);
    if j <= lo || !matches!(ix.word(j - 1), "the" | "The") || !noun.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let before = organisation_before(ix, j);
    // `According to the Chilean Water Observatory, … "…," the observatory
    // said.`: a named place or facility whose name holds the noun.
    if let Some(Speaker::Mention(mi)) = before {
        let mut words =
            ix.mention_first(mi).into_iter().flat_map(|a| (a..j).take_while(move |&k| ix.mention_at(k) == Some(mi)));
        if !ix.is_person(mi) && words.any(|k| ix.word(k).eq_ignore_ascii_case(noun)) {
            return before;
        }
    }
    let Some(Speaker::Words(start, end)) = before else {
        // Not a noun after a word of the clause (`Some students at the
        // school told` is the students), nor a place's (`the city`).
        // (Asked first: the two look-backs are not run for nothing.)
        let after_word = j >= lo + 2 && ix.tok(j - 2).kind() == Kind::Word && !ix.capitalised_word(j - 2);
        if after_word || PLACE_NOUNS.contains(&noun) {
            return None;
        }
        return organisation_named(ix, j, noun).or_else(|| {
            // A name in apposition to the noun, or right after it: a
            // body's noun only.
            let body = organisation_noun(noun) || BODY_NOUNS.contains(&noun);
            body.then(|| organisation_in_apposition(ix, j, noun).or_else(|| organisation_after_noun(ix, j, noun)))
                .flatten()
        });
    };
    let (plo, _) = ix.cx.sentences.range(ix.cx.sentences.of(j).checked_sub(1)?);
    let mut in_name = organisation_noun(noun);
    for k in (plo..j).take_while(|&k| ix.tok(k).start() < end) {
        // `Coach Maria Lopez watched. "…," the coach said.`: a person's
        // title and name are no organisation (the role passes find her).
        if ix.mention_at(k).is_some_and(|mi| ix.is_person(mi)) {
            return None;
        }
        in_name |= ix.word(k).eq_ignore_ascii_case(noun);
    }
    in_name.then_some(Speaker::Words(start, end))
}

/// Nouns for any organisation, which stand for the one the sentence
/// before opens with (`The Kenya Red Cross sent teams. "…," the
/// organisation said.`); not in [`ORGANISATION_NOUNS`], whose words name
/// the organisation after them.
const GENERIC_ORGANISATION_NOUNS: [&str; 2] = ["organisation", "organization"];

/// `noun` is an organisation's, in [`ORGANISATION_NOUNS`] or
/// [`GENERIC_ORGANISATION_NOUNS`].
fn organisation_noun(noun: &str) -> bool {
    ORGANISATION_NOUNS.contains(&noun) || GENERIC_ORGANISATION_NOUNS.contains(&noun)
}

/// How many tokens back [`organisation_named`] looks for the name: a few
/// paragraphs of news.
const NAMED_LOOKBACK: usize = 300;

/// `The Ministry of Public Health confirmed 86 cases. … "…," the ministry
/// said.`: the nearest organisation before token `j` (outside quotation
/// marks) whose name has `noun` capitalised, over one `of` or `for`;
/// not a person's title (`Foreign Minister Sergei Lavrov … the minister`).
fn organisation_named(ix: &Index, j: usize, noun: &str) -> Option<Speaker> {
    let k = (j.saturating_sub(NAMED_LOOKBACK)..j - 1).rev().find(|&k| {
        ix.capitalised_word(k)
            && ix.word(k).eq_ignore_ascii_case(noun)
            && ix.outside_quotes(k)
            && ix.mention_at(k).is_none()
    })?;
    let last = |k: usize| (k..j).take_while(|&e| ix.capitalised_word(e)).last().unwrap_or(k);
    let mut e = last(k);
    if matches!(ix.word(e + 1), "of" | "for") && ix.capitalised_word(e + 2) {
        e = last(e + 2);
    }
    if (k..=e).any(|m| ix.mention_at(m).is_some()) {
        return None; // `Foreign Minister Sergei Lavrov`: a title
    }
    organisation_ending_at(ix, e, k.saturating_sub(CLAUSE_MAX))
}

/// `Fidesz, the governing party, rejected it. … "…," the party said.`,
/// `The FNSEA, the country's largest farm union, said …`: the nearest name
/// before token `j` (outside quotation marks) that an appositive gives
/// organisation's noun `noun` as its head, `NAME, the … noun,`; not a
/// noun inside the appositive (`Ana Lima, the head of the union,`). For
/// a body's noun, in [`ORGANISATION_NOUNS`], [`GENERIC_ORGANISATION_NOUNS`]
/// or [`BODY_NOUNS`] (the caller asks).
fn organisation_in_apposition(ix: &Index, j: usize, noun: &str) -> Option<Speaker> {
    let from = j.saturating_sub(NAMED_LOOKBACK);
    (from..j - 1).rev().find_map(|k| {
        if ix.word(k) != noun || !ix.word_is(k + 1, ",") || !ix.outside_quotes(k) {
            return None;
        }
        // Back over the appositive's modifiers to its determiner.
        let det = (k.saturating_sub(APPOSITIVE_WORDS)..k)
            .rev()
            .take_while(|&m| m > from && ix.tok(m).kind() == Kind::Word)
            .find(|&m| lexicon::is_stopword(ix.word(m)))?;
        if !matches!(ix.word(det), "the" | "a" | "an") || !ix.word_is(det - 1, ",") || det < from + 2 {
            return None;
        }
        let name = det - 2;
        match ix.mention_end(name) {
            Some(mi) => Some(Speaker::Mention(mi)),
            None if ix.capitalised_word(name) => organisation_ending_at(ix, name, name.saturating_sub(CLAUSE_MAX)),
            None => None,
        }
    })
}

/// `Environmental group Chile Sustentable said … "…," the group said.`:
/// the nearest name before token `j` (outside quotation marks) right
/// after organisation's noun `noun`, `noun NAME`; not a person (`the
/// party's leader Ana Lima`). For a body's noun, as
/// [`organisation_in_apposition`].
fn organisation_after_noun(ix: &Index, j: usize, noun: &str) -> Option<Speaker> {
    let k = (j.saturating_sub(NAMED_LOOKBACK)..j - 1).rev().find(|&k| {
        ix.word(k) == noun
            && ix.capitalised_word(k + 1)
            && ix.outside_quotes(k)
            && ix.mention_at(k + 1).is_none_or(|mi| !ix.is_person(mi))
    })?;
    let end = (k + 1..j).take_while(|&e| ix.capitalised_word(e)).last()?;
    organisation_ending_at(ix, end, k + 1)
}

/// The nouns of bodies that speak as one, beyond [`ORGANISATION_NOUNS`]
/// (`the party said`, `the club said`), which an appositive gives a name.
const BODY_NOUNS: [&str; 6] = ["alliance", "association", "club", "coalition", "federation", "party"];

/// How many words an appositive may hold before its noun (`the country's
/// largest farm union`).
const APPOSITIVE_WORDS: usize = 5;

/// Token `k` is an office's abbreviation after `the` (`the PM`, `the CM`).
fn office_after_the(ix: &Index, k: usize) -> bool {
    k > 0 && matches!(ix.word(k - 1), "the" | "The") && lexicon::lookup(&OFFICE_ABBREVIATIONS, ix.word(k)).is_some()
}

/// `38-year-old`, `teenager`: a person's age as the head of a description
/// (`the 22-year-old said`, `the teenager said`), which news writes of
/// someone it has just named.
pub(super) fn is_age(w: &str) -> bool {
    w.len() > AGE_SUFFIX.len() && w.ends_with(AGE_SUFFIX) || AGE_NOUNS.contains(&w)
}

/// Nouns that describe a person by their age, as an age compound does.
const AGE_NOUNS: [&str; 4] = ["teenager", "teen", "youngster", "veteran"];

/// The end of an age compound ([`is_age`]).
const AGE_SUFFIX: &str = "-year-old";

/// How many tokens after a description's head its comma may come (`the
/// state Republican Party’s finance chair,`).
const APPOSITION_MAX: usize = 8;

/// How many titles and periods may stand before a name in apposition
/// (`Sen.`, `Rep.`).
const TITLES_BEFORE_NAME: usize = 3;

/// `Anna Schmidt: "…"`, `SMITH: "…"`, `Smith (on the budget): "…"`: the
/// name before a colon that opens a quotation, the colon at token `i`
/// opening its line (caption `lo..i`).
fn caption(ix: &Index, i: usize, lo: usize) -> Option<Who> {
    if !ix.word_is(i, ":") || i == lo || i - lo > CAPTION_MAX || ix.quote_at(i + 1).is_none() {
        return None;
    }
    if !ix.tok(lo).newline_before() && lo != 0 {
        return None;
    }
    // `A: "…"`: an interview's answer, its interviewee's.
    if i == lo + 1 && ix.word_is(lo, ANSWER) {
        return interviewee(ix, lo).map(|mi| Who::Named(Speaker::Mention(mi)));
    }
    speaker_label(ix, i, lo)
}

/// The speaker a label `lo..i` before the colon at token `i` names
/// (`Anna Schmidt:`, `SMITH:`, `Smith (on the budget):`): a person, or a
/// name in capitals as transcripts write speakers; not any capitalised
/// word (`Note:`).
pub(super) fn speaker_label(ix: &Index, i: usize, lo: usize) -> Option<Who> {
    // A caption in brackets after the name: the name ends before `(`.
    let j = (lo..i).find(|&k| ix.word_is(k, "(")).map_or(i - 1, |b| b.saturating_sub(1));
    if j < lo {
        return None;
    }
    let name_like = (lo..=j).all(|k| ix.capitalised_word(k) || abbreviation_period(ix.cx.text, ix.cx.toks, k));
    if !name_like {
        return None;
    }
    match ix.mention_end(j) {
        Some(mi) if ix.is_person(mi) => Some(Who::Named(Speaker::Mention(mi))),
        _ if (lo..=j).all(|k| lexicon::is_all_caps(ix.word(k))) => organisation_ending_at(ix, j, lo).map(Who::Named),
        _ => None,
    }
}

/// The marks of an interview's lines in the question-and-answer layout
/// (`Q: Why glass?` / `A: "Because light is free."`).
const QUESTION: &str = "Q";
pub(super) const ANSWER: &str = "A";

/// The token after an interview's mark `letter` (`Q`, `A`) opening a
/// line at token `k`: `A:`, or `A.` (one token, an initial's form), as
/// American papers print interviews.
pub(super) fn interview_mark(ix: &Index, k: usize, letter: &str) -> Option<usize> {
    if k != 0 && !ix.tok(k).newline_before() {
        return None;
    }
    let w = ix.word(k);
    if w.strip_suffix('.') == Some(letter) {
        Some(k + 1)
    } else {
        (w == letter && ix.word_is(k + 1, ":")).then_some(k + 2)
    }
}

/// Whom an interview's answer at token `a` is from: the person its
/// introduction names last, outside quotation marks and not as a
/// possessive, before its first
/// question (`Q:` or `Q.` opening a line; `Our reporter Tom Reyes met the
/// architect Lena Morris.`); no one before any question. Read once for
/// all the answers (a scan from the text's start for each was quadratic).
pub(super) fn interviewee(ix: &Index, a: usize) -> Option<usize> {
    let (question, person) = ix.interview(|| {
        let question = (0..ix.len()).find(|&k| interview_mark(ix, k, QUESTION).is_some()).unwrap_or(usize::MAX);
        // (Not a possessive: `sat down with the Ledger's editors`.)
        let person = (0..question.min(ix.len())).rev().find_map(|k| {
            ix.mention_end(k)
                .filter(|&mi| ix.is_person(mi) && ix.outside_quotes(k) && !lexicon::has_possessive(ix.word(k)))
        });
        (question, person)
    });
    person.filter(|_| question < a)
}

/// How many words may open a sentence before its subject (`But then he
/// …`, `Mr. Pett`).
const OPENING_WORDS: usize = 3;

/// The subject a sentence opens with, outside quotation marks: a person,
/// `he`/`she`, or `I` (`He nodded.`, `Mr. Pett was sniffing.`), after at
/// most [`OPENING_WORDS`] function words.
pub(super) fn opener(ix: &Index, s: usize) -> Option<Attribution> {
    let (lo, hi) = ix.cx.sentences.range(s);
    let k = (lo..hi.min(lo + OPENING_WORDS + 1)).find(|&k| {
        let w = ix.word(k);
        let skip = lexicon::is_stopword(w) || lexicon::is_title(w) || abbreviation_period(ix.cx.text, ix.cx.toks, k);
        !skip || pronoun(w).is_some() || narrator(w)
    })?;
    if !ix.outside_quotes(k) {
        return None;
    }
    let tw = ix.word(k);
    let who = match ix.mention_at(k) {
        Some(mi) if ix.is_person(mi) => {
            // `Beckett's spokeswoman, Jill Harmon, disputed …`: the role's
            // person, at their name.
            let after = (k..hi).find(|&j| ix.mention_at(j) != Some(mi)).unwrap_or(hi);
            let end = hi.min(after + POSSESSED_ROLE_SPAN);
            if let Some(named) = named_after_possessive(ix, after, end) {
                let tok = ix.mention_first(named)?;
                return Some(Attribution { tok, who: Who::Named(Speaker::Mention(named)) });
            }
            Who::Named(Speaker::Mention(mi))
        }
        Some(_) => return None,
        None if narrator(tw) => Who::Named(Speaker::Narrator),
        // `Rafiqul has worked …`: a word of a person's name, if it is one.
        None if ix.capitalised_word(k) && ix.tok(k).cat & cat::STOP == 0 && pronoun(tw).is_none() => {
            let end = (k..hi).take_while(|&j| ix.capitalised_word(j)).last().unwrap_or(k);
            // `Former Governor Raymond Castellano took the stage`: the
            // person the capitalised run ends with, after words no list
            // knows as titles.
            if let Some(mi) = (k + 1..=end).find_map(|j| ix.mention_at(j).filter(|&mi| ix.is_person(mi))) {
                return Some(Attribution { tok: ix.mention_first(mi)?, who: Who::Named(Speaker::Mention(mi)) });
            }
            Who::Named(Speaker::Person(ix.tok(k).start(), ix.tok(end).start() + core(ix.word(end)).len()))
        }
        None => Who::Pronoun(pronoun(tw)?),
    };
    Some(Attribution { tok: k, who })
}

/// `… talks — Russia` at the end of a line: the mention after the dash
/// speaks for the line.
fn headline_dash(ix: &Index, s: usize) -> Option<Attribution> {
    let (lo, hi) = ix.cx.sentences.range(s);
    if hi < lo + 2 {
        return None;
    }
    let mi = ix.mention_at(hi - 1)?;
    let k = (lo..hi).rev().find(|&k| ix.mention_at(k) != Some(mi)).unwrap_or(lo);
    let dash = matches!(ix.word(k), "—" | "–" | "-") && ix.outside_quotes(hi - 1);
    dash.then_some(Attribution { tok: hi - 1, who: Who::Named(Speaker::Mention(mi)) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speaker::context::Context;
    use crate::{quote, sentences::Sentences, tokens::tokenize};

    /// `needed_sentences` gives the sentences of every quotation and one
    /// either side, in order, each once, as a table of the sentences
    /// marked range by range gives them: quotations in one sentence, over
    /// several, side by side, at the text's start and end, and none.
    #[test]
    fn needed_sentences_as_the_marked_table() {
        let texts = [
            "One. Two. “Three,” he said. Four. Five. Six. Seven.",
            "“Open.” Two. Three. Four. Five. “Six. Seven.” Eight. Nine. Ten. “Eleven.”",
            "A. “B.” “C.” D. E. F. “G. H. I. J.” K.",
            "No quotation here. None at all.",
            "Lead.\n“Across a line.\nAnd on,” she said. Then. “End",
        ];
        for text in texts {
            let toks = tokenize(text);
            let quotes = quote::find(text);
            let in_quote = quote::token_quotes(&toks, &quotes);
            let sentences = Sentences::split(text, &toks, &quotes, &in_quote);
            let cx = Context {
                text,
                toks: &toks,
                quotes: &quotes,
                in_quote: &in_quote,
                sentences: &sentences,
                mentions: &[],
                entities: &[],
            };
            let ix = Index::new(&cx);
            let q = ix.quote_tokens();
            let mut marked = vec![false; sentences.len()];
            for &(first, last) in q.iter().flatten() {
                let (lo, hi) = (sentences.of(first).saturating_sub(1), sentences.of(last) + 1);
                if let Some(range) = marked.get_mut(lo..(hi + 1).min(sentences.len())) {
                    range.fill(true);
                }
            }
            let want: Vec<usize> = (0..sentences.len()).filter(|&s| marked[s]).collect();
            assert_eq!(needed_sentences(&ix, &q).collect::<Vec<_>>(), want, "{text}");
        }
    }
}
