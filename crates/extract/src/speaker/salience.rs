//! Pass 2, salience: the people a passage is about, and so whom `he`/`she`
//! and a role (`the minister`) stand for.
//!
//! Each person mention outside quotation marks is kept in order with its
//! sentence and the roles the article gives it (`Foreign Minister Sergei
//! Lavrov`, `Anna Schmidt, the minister`). Each person's gender is read
//! off the article: a title before a name (`Mr.`, `Mrs.`, `Aunt`), the
//! given name when it is clearly a man's or a woman's (`Carl`, `Mary`), and
//! the pronouns (`his`, `her`) after the person their sentence opens with,
//! in narrative or in a quotation (`"Kitty has no discretion in her
//! coughs"`: how the speakers refer to someone whose name tells no sex). A
//! pronoun stands for the first person of its sentence named before it,
//! else the first of an earlier sentence, whose gender does not
//! contradict it and who is not the one the quotation calls by name (in
//! one sentence, one whose gender is known to fit before one whose gender
//! is unknown: `Kitty met Carl. … he said` is Carl);
//! unless a speaker a description names (`said the old man`, `said the
//! doctor`) comes after that person and fits: then that one (the person
//! the role stands for, else someone unnamed). A description telling
//! neither who nor which sex (`the official said`) is passed over, unless
//! indefinite (`a police spokesman said`: someone new, unnamed).

use std::cell::OnceCell;

use super::attribution::{opener, party_of_tag, Attribution, Who};
use super::context::Gender;
use super::index::Index;
use crate::lexicon::speech::{FEMALE_NOUNS, MALE_NOUNS, OFFICE_ABBREVIATIONS, TITLE_ABBREVIATIONS};
use crate::lexicon::{
    self, cat, core, given_name_gender, lexicon, lookup, lower_case, state_or_province, title_word_gender, FastMap,
};
use crate::names::is_demonym;
use crate::sentences::abbreviation_period;
use crate::tokens::Kind;

/// How many sentences naming someone a pronoun may look back over for the
/// person it stands for (sentences naming nobody, such as the lines of a
/// dialogue, are passed over).
const PRONOUN_LOOKBACK: usize = 8;

/// How many people of one sentence a pronoun considers (the subject comes
/// first; a bound on the work in a sentence that lists many names).
const PEOPLE_PER_SENTENCE: usize = 6;

/// How many people a dialogue's reply may be given to: the last few
/// named before it.
pub(super) const RECENT: usize = 3;

/// How many person mentions back [`Salience::recent`] looks.
const RECENT_SCAN: usize = 32;

/// How many earlier people a role (`the minister`) is looked for among.
const ROLE_LOOKBACK: usize = 64;

/// Roles news calls one person by, either word for the other: the one
/// who leads a side (`United manager Graham Doyle` … `"…," the coach
/// said`), a judge titled `Justice` (`Justice Jeremy Johnson` … `the judge
/// wrote`), a member of a lower house (`Rep. Jane Ruiz` … `the
/// congresswoman said`). (Each without a plural's `s`, as roles are
/// compared.)
const SAME_ROLES: [&[&str]; 3] =
    [&["coach", "manager"], &["judge", "justice"], &["congressman", "congresswoman", "rep", "representative"]];

/// Titles of courtesy, as roles are kept (lower-cased, written out): no
/// office.
const COURTESY_TITLES: [&str; 9] = ["mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "doctor"];

/// How many tokens after a name its appositive role may be (`Anna
/// Schmidt, the long-serving minister`).
const APPOSITIVE_ROLE_WINDOW: usize = 5;

/// How many tokens after the person a sentence opens with its pronouns
/// are read for the person's gender.
const GENDER_WINDOW: usize = 12;

/// The most tokens a name is read over (a bound on a runaway mention).
const NAME_MAX: usize = 16;

/// How many tokens before a name its title may be (`Mr. Bennet`: the
/// title and its period).
const TITLE_WINDOW: usize = 2;

/// How many sentences back a speaker named by a description (`said the
/// man`) is still the one a pronoun stands for: the lines of a short
/// exchange, each a sentence of its own.
const DESCRIBED_LOOKBACK: usize = 6;

/// A speaker a description names (`said the man`, `the doctor said`), at
/// its attribution's token.
#[derive(Clone, Copy, Debug)]
pub(super) struct Described {
    pub(super) tok: usize,
    pub(super) sentence: usize,
    /// The person the description stands for (`the doctor`: the one titled
    /// `Dr.`), or nobody the text names.
    pub(super) person: Option<usize>,
    /// The sex its head noun tells (`man`, `girl`, `mother`).
    pub(super) gender: Option<Gender>,
}

/// Whom a pronoun stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Referent {
    /// A person mention.
    Named(usize),
    /// Someone described and never named (`said the man` … `he said`).
    Unnamed,
}

impl Referent {
    /// The mention, if the referent was named.
    pub(super) fn named(self) -> Option<usize> {
        match self {
            Referent::Named(mi) => Some(mi),
            Referent::Unnamed => None,
        }
    }
}

/// One person mention outside quotes.
#[derive(Clone, Copy, Debug)]
struct Person {
    tok: usize,
    mention: usize,
    sentence: usize,
}

/// Evidence for a person's gender: (male, female) weights.
type Votes = (u32, u32);

/// The weight of a title (`Mrs.`) against one pronoun.
const TITLE_WEIGHT: u32 = 4;

/// The weight of a given name's gender (`Carl`), counted once per person
/// (when a pronoun asks, not per mention): three pronouns' worth, so that
/// one pronoun voting against it (`James Cole asked whether she had read
/// it`: the `she` is someone else) leaves it clear, and less than one
/// title (`Mrs. Carl Bergson`: the title wins).
const GIVEN_NAME_WEIGHT: u32 = 3;

/// The people of the text, their roles and genders.
pub(super) struct Salience<'a> {
    people: Vec<Person>,
    /// The first person of each sentence: index into `people`.
    first_of_sentence: Vec<Option<usize>>,
    /// The sentences naming someone, in order.
    named_sentences: Vec<usize>,
    /// (person index, role word lower-cased) in text order.
    roles: Vec<(usize, String)>,
    /// Gender votes per entity name.
    votes: FastMap<&'a str, Votes>,
    /// Each mention's gender once asked ([`Salience::gender`]): the
    /// pronoun passes ask of the same people again and again.
    genders: Vec<OnceCell<Option<Gender>>>,
    /// The speakers descriptions name, in text order.
    described: Vec<Described>,
}

impl<'a> Salience<'a> {
    pub(super) fn new(ix: &Index<'a>) -> Self {
        let sentences = ix.cx.sentences;
        let mut people = Vec::new();
        let mut first_of_sentence = vec![None; sentences.len()];
        let mut roles = Vec::new();
        let mut votes: FastMap<&'a str, Votes> = FastMap::default();
        // The last sentence's question clause, asked once a sentence.
        let mut question: Option<(usize, Option<std::ops::Range<usize>>)> = None;
        for mi in 0..ix.cx.mentions.len() {
            let Some(k) = ix.mention_first(mi).filter(|_| ix.is_person(mi)) else {
                continue;
            };
            if !ix.outside_quotes(k) {
                quoted_votes(ix, mi, k, &mut votes);
                continue;
            }
            // `Red Star coach Milorad Pešić`: a name before a role and
            // another name modifies it; it is not who the sentence is about.
            let end = (k..ix.len().min(k + NAME_MAX)).find(|&j| ix.mention_at(j) != Some(mi)).unwrap_or(ix.len());
            if ix.has(end, cat::TITLE)
                && (end + 1..ix.len().min(end + 1 + TITLE_WINDOW)).any(|j| ix.mention_at(j).is_some())
            {
                continue;
            }
            // `Asked about Ana Lima, he said`: the question's topic is not
            // who the sentence is about.
            let s = sentences.of(k);
            let (lo, hi) = sentences.range(s);
            if question.as_ref().is_none_or(|(qs, _)| *qs != s) {
                question = Some((s, ix.question_clause(lo, hi)));
            }
            if question.as_ref().and_then(|(_, c)| c.as_ref()).is_some_and(|c| c.contains(&k)) {
                continue;
            }
            let p = people.len();
            people.push(Person { tok: k, mention: mi, sentence: s });
            let first = first_of_sentence.get_mut(s).is_some_and(|slot| slot.get_or_insert(p) == &p);
            // The title before it: a role and maybe a gender.
            for j in (k.saturating_sub(TITLE_WINDOW)..k).rev() {
                let w = ix.word(j);
                if w == "." {
                    continue;
                }
                let gender = gender_word(w);
                if gender.is_some() || ix.has(j, cat::TITLE) {
                    roles.push((p, role_word(w)));
                }
                if let Some(g) = gender {
                    add(votes.entry(entity(ix, mi)).or_default(), g, TITLE_WEIGHT);
                }
                break;
            }
            // A phrase in apposition is words only, and no other person's
            // name: a sentence's end, a comma or a quotation ends it.
            let appositive_word =
                |j: usize| ix.tok(j).kind() == Kind::Word && !ix.mention_at(j).is_some_and(|mi| ix.is_person(mi));
            // A role in apposition before it: `his Polish counterpart,
            // Radosław Sikorski` (a demonym or a lower-case title of the
            // phrase before its comma, back to a sentence's start).
            if k > 0 && ix.word_is(k - 1, ",") && ix.outside_quotes(k - 1) {
                for j in (lo.max(k.saturating_sub(APPOSITIVE_ROLE_WINDOW + 1))..k - 1).rev() {
                    if !appositive_word(j) {
                        break;
                    }
                    let title = ix.has(j, cat::TITLE) && !ix.capitalised_word(j);
                    if title || ix.capitalised_word(j) && is_demonym(ix.word(j)) {
                        roles.push((p, lower_case(ix.word(j))));
                    }
                }
            }
            // A party-and-state tag after it gives the party as a role,
            // with the state (`Sen. Ana Lima, D-N.M.,` … `the New Mexico
            // Democrat said`).
            let opens_tag = |t: &crate::tokens::Token| t.is(ix.cx.text, ",") || t.is(ix.cx.text, "(");
            if ix.cx.toks.get(end).is_some_and(opens_tag) && end + 1 < ix.len() {
                if let Some(party) = party_of_tag(ix.word(end + 1)) {
                    // (Built by hand: `format!` brought `char`'s `Display`
                    // onto the page.)
                    let mut role = String::from(party);
                    role.push(STATE_MARK);
                    role.push_str(tag_state(ix, end + 1));
                    roles.push((p, role));
                }
            }
            // A role in apposition after it: `Anna Schmidt, the minister`.
            if ix.cx.toks.get(end).is_some_and(|t| t.is(ix.cx.text, ",")) {
                // (`Mike Johnson, a Louisiana Republican`: a demonym or a
                // party after a place is a role too.)
                let role = (end + 1..ix.len().min(end + 1 + APPOSITIVE_ROLE_WINDOW))
                    // (`Chuck Schumer, pushed back. "Republicans …"`: the
                    // sentence's end ends it.)
                    .take_while(|&j| appositive_word(j))
                    .find(|&j| {
                        ix.has(j, cat::TITLE) && !ix.capitalised_word(j)
                            || ix.has(j, cat::DEMONYM) && ix.mention_at(j).is_none()
                    });
                if let Some(j) = role {
                    roles.push((p, lower_case(ix.word(j))));
                }
            }
            // `Isabella and her husband`: a possessive right after `and`
            // is the person's own, wherever in its sentence (the sentence's
            // first person's pronouns vote below).
            // (The bound first: a mention may end the text.)
            if !first && end + 1 < hi && ix.word_is(end, "and") && ix.outside_quotes(end + 1) {
                if let Some(g) = voting_pronoun(ix, end, end + 1) {
                    add(votes.entry(entity(ix, mi)).or_default(), g, 1);
                }
            }
            // The pronouns after the person a sentence opens with vote for
            // their gender (`Ana Lima opened her door`).
            if first {
                let (_, hi) = sentences.range(s);
                for j in end..hi.min(end + GENDER_WINDOW) {
                    let g = ix.cx.toks[j].cat & cat::STOP != 0 && ix.outside_quotes(j);
                    if let Some(g) = g.then(|| voting_pronoun(ix, end, j)).flatten() {
                        add(votes.entry(entity(ix, mi)).or_default(), g, 1);
                    }
                }
            }
        }
        let named_sentences = (0..first_of_sentence.len()).filter(|&s| first_of_sentence[s].is_some()).collect();
        let genders = vec![OnceCell::new(); ix.cx.mentions.len()];
        Salience { people, first_of_sentence, named_sentences, roles, votes, genders, described: Vec::new() }
    }

    /// Adds the speakers descriptions name (`said the man`), for the
    /// pronouns after them.
    pub(super) fn describe(&mut self, mut described: Vec<Described>) {
        crate::order::sort_by_key(&mut described, |d| (d.tok, 0));
        self.described = described;
    }

    /// The gender the article gives a mention's entity, if clear: the votes
    /// of its titles and pronouns, and its given name's.
    pub(super) fn gender(&self, ix: &Index, mi: usize) -> Option<Gender> {
        match self.genders.get(mi) {
            Some(cell) => *cell.get_or_init(|| self.votes_gender(ix, mi)),
            None => self.votes_gender(ix, mi),
        }
    }

    /// [`Salience::gender`], counted: the mention's own title first (`Mrs.
    /// Bennet` is a woman though `Mr. Bennet` shares her entity), else
    /// the votes of the entity.
    fn votes_gender(&self, ix: &Index, mi: usize) -> Option<Gender> {
        if let Some(g) = own_title_gender(ix, mi) {
            return Some(g);
        }
        let name = ix.cx.entities.get(mi)?;
        let mut v = self.votes.get(name.as_str()).copied().unwrap_or_default();
        // The given name votes once (`Carl`, `Mary Lennox`).
        if let Some(g) = given_gender(name) {
            add(&mut v, g, GIVEN_NAME_WEIGHT);
        }
        let (m, f) = v;
        if m > 2 * f {
            Some(Gender::Male)
        } else if f > 2 * m {
            Some(Gender::Female)
        } else {
            None
        }
    }

    /// Whom a pronoun of gender `g` at token `tok` of sentence `s` stands
    /// for: the first person of its sentence named before it, else of the
    /// nearest earlier sentence naming someone and not opened by a pronoun
    /// of gender `g` (whose `he` goes on from further back), up to [`PRONOUN_LOOKBACK`]
    /// of them back, whose gender is not the other one (in that sentence,
    /// one whose gender is known to fit first) and who is not
    /// `spoken_to`, the person the quotation calls by name (`"Have a
    /// troche, Kronborg," he said`); unless a speaker named by a
    /// description comes after that person and fits (`said the man` … `he
    /// said`: the man, or the person the description stands for), within
    /// [`DESCRIBED_LOOKBACK`] sentences.
    pub(super) fn pronoun(
        &self,
        ix: &Index,
        s: usize,
        tok: usize,
        g: Gender,
        spoken_to: Option<usize>,
    ) -> Option<Referent> {
        let addressee = spoken_to.and_then(|mi| ix.cx.entities.get(mi));
        let other = |mi: usize| addressee.is_none() || ix.cx.entities.get(mi) != addressee;
        let fits = |p: &Person| p.tok < tok && self.gender(ix, p.mention).is_none_or(|pg| pg == g) && other(p.mention);
        let upto = self.named_sentences.partition_point(|&n| n <= s);
        let named = self.named_sentences[upto.saturating_sub(PRONOUN_LOOKBACK)..upto].iter().rev().find_map(|&sent| {
            // `As he entered his eyes fell upon the stick in Holmes's hand`:
            // an earlier sentence whose subject is already `he` names the
            // others only after it; the `he` goes on from further back.
            if sent < s && pronoun_opens(ix, sent, g) {
                return None;
            }
            let first = self.first_of_sentence.get(sent).copied().flatten()?;
            let mut of_sentence =
                self.people[first..].iter().take(PEOPLE_PER_SENTENCE).take_while(|p| p.sentence == sent);
            let nearest = of_sentence.find(|p| fits(p))?;
            if self.gender(ix, nearest.mention).is_some() {
                return Some(nearest);
            }
            Some(of_sentence.find(|p| fits(p) && self.gender(ix, p.mention) == Some(g)).unwrap_or(nearest))
        });
        let before = self.described.partition_point(|d| d.tok < tok);
        let described = self.described[..before]
            .iter()
            .rev()
            .take_while(|d| d.sentence + DESCRIBED_LOOKBACK >= s)
            .find(|d| {
                let gender = d.gender.or_else(|| d.person.and_then(|mi| self.gender(ix, mi)));
                gender.is_none_or(|dg| dg == g) && d.person.is_none_or(other)
            })
            // Nearer than the person: in a later sentence, or before them
            // in theirs (the first person of a sentence is the one meant).
            .filter(|d| named.is_none_or(|p| d.sentence > p.sentence || d.sentence == p.sentence && d.tok < p.tok));
        match (described, named) {
            (Some(d), _) => Some(d.person.map_or(Referent::Unnamed, Referent::Named)),
            (None, Some(p)) => Some(Referent::Named(p.mention)),
            (None, None) => None,
        }
    }

    /// The last [`RECENT`] people named before token `tok` (one mention
    /// each, the latest first), looked for among the last
    /// [`RECENT_SCAN`] mentions.
    pub(super) fn recent(&self, ix: &Index, tok: usize) -> [Option<usize>; RECENT] {
        let mut out = [None; RECENT];
        let mut n = 0;
        let upto = self.people.partition_point(|p| p.tok < tok);
        for p in self.people[upto.saturating_sub(RECENT_SCAN)..upto].iter().rev() {
            let e = ix.cx.entities.get(p.mention);
            if out[..n].iter().flatten().any(|&m| ix.cx.entities.get(m) == e) {
                continue;
            }
            out[n] = Some(p.mention);
            n += 1;
            if n == RECENT {
                break;
            }
        }
        out
    }

    /// Whom the passage before token `tok` is about: the first person of
    /// the sentence naming the last person before it (`Ana Lima beat Tom
    /// Reyes. "…," the 38-year-old said` is Ana Lima).
    pub(super) fn subject_before(&self, tok: usize) -> Option<usize> {
        let last = self.people[..self.people.partition_point(|p| p.tok < tok)].last()?;
        let first = self.first_of_sentence.get(last.sentence).copied().flatten()?;
        self.people.get(first).map(|p| p.mention)
    }

    /// The person an office at token `tok` no one was given stands for
    /// (`Keir Starmer said …` / `"…," the prime minister told MPs`): the
    /// one the passage before it is about, named in its paragraph, and
    /// given no office of their own (not `Rep. Ana Lima` for `the
    /// senator`), only a courtesy title (`Sir`, `Mrs.`).
    pub(super) fn untitled_subject(&self, ix: &Index, tok: usize) -> Option<usize> {
        let mi = self.subject_before(tok)?;
        let from = ix.mention_first(mi)?;
        if (from + 1..=tok).any(|k| ix.tok(k).newline_before()) {
            return None;
        }
        let e = entity(ix, mi);
        let office = |r: &str| lexicon::is_title(r) && !COURTESY_TITLES.contains(&r);
        let titled = self.roles.iter().any(|(p, r)| office(r) && entity(ix, self.people[*p].mention) == e);
        (!titled).then_some(mi)
    }

    /// The last person before token `tok` a title was given (`Mrs.` →
    /// `Mrs. Morel`), among the last [`ROLE_LOOKBACK`] roles.
    pub(super) fn titled(&self, title: &str, tok: usize) -> Option<usize> {
        let before = self.roles.partition_point(|&(p, _)| self.people[p].tok < tok);
        self.roles[..before]
            .iter()
            .rev()
            .take(ROLE_LOOKBACK)
            .find(|(_, r)| r.eq_ignore_ascii_case(title))
            .map(|&(p, _)| self.people[p].mention)
    }

    /// The person a role at token `tok` stands for (`the minister` →
    /// `Foreign Minister Sergei Lavrov`): the last before it given that
    /// role; when the description names a place before the role (`the
    /// Kentucky Republican`), not one whose party tag gives another state
    /// (`R-Texas`).
    pub(super) fn role(&self, ix: &Index, tok: usize, place: Option<&str>) -> Option<usize> {
        let word = core(ix.word(tok));
        let w = match lookup(&OFFICE_ABBREVIATIONS, word) {
            Some(role) => role.to_string(),
            None => lower_case(word),
        };
        let w = w.trim_end_matches('s');
        // The roles one office goes by, looked up once ([`SAME_ROLES`]).
        let same = SAME_ROLES.iter().find(|g| g.contains(&w)).copied().unwrap_or(&[]);
        let before = self.roles.partition_point(|&(p, _)| self.people[p].tok < tok);
        let given = |r: &str| {
            let (role, state) = r.split_once(STATE_MARK).unwrap_or((r, ""));
            let other_state = !state.is_empty() && place.is_some_and(|p| p != state);
            let role = role.trim_end_matches('s');
            (role == w || same.contains(&role)) && !other_state
        };
        // `Sen. Laura Whitfield and Sen. Ben Carraway …` / `Whitfield said
        // she expected a vote. "…," the senator said.`: of those given the
        // role, the one the passage before it is about, else the last.
        let subject = self.subject_before(tok).map(|m| entity(ix, m));
        let mut last_given = None;
        for &(p, ref r) in self.roles[..before].iter().rev().take(ROLE_LOOKBACK) {
            if !given(r) {
                continue;
            }
            let m = self.people[p].mention;
            if subject == Some(entity(ix, m)) {
                return Some(m);
            }
            last_given = last_given.or(Some(m));
        }
        last_given
    }
}

/// `"Kitty has no discretion in her coughs"`: the pronouns after the
/// person a quoted sentence opens with (mention `mi` at token `k`), in
/// that quotation, vote for their gender as in narrative: how the
/// speakers refer to someone tells their sex when no title or given name
/// does.
fn quoted_votes<'a>(ix: &Index<'a>, mi: usize, k: usize, votes: &mut FastMap<&'a str, Votes>) {
    let (lo, hi) = ix.cx.sentences.range(ix.cx.sentences.of(k));
    let opens = k == lo || k == lo + 1 && ix.tok(lo).kind() == Kind::Punct;
    if !opens {
        return;
    }
    let q = ix.quote_at(k);
    let mut j = k;
    while j < hi && ix.mention_at(j) == Some(mi) {
        j += 1;
    }
    let after = j;
    for j in j..hi.min(j + GENDER_WINDOW) {
        if ix.quote_at(j) != q {
            break;
        }
        if ix.cx.toks[j].cat & cat::STOP == 0 {
            continue;
        }
        if let Some(g) = voting_pronoun(ix, after, j) {
            add(votes.entry(entity(ix, mi)).or_default(), g, 1);
        }
    }
}

/// Token `j` ends the clause a sentence's subject governs: a semicolon,
/// or a comma before a conjunction that may open a clause of another
/// subject (`Ana Lima explained her plan, and the boy followed her`).
fn clause_ends(ix: &Index, j: usize) -> bool {
    match ix.word(j) {
        ";" => true,
        "," => j + 1 < ix.len() && CLAUSE_CONJUNCTIONS.contains(&ix.word(j + 1)),
        _ => false,
    }
}

/// Conjunctions that, after a comma, open a clause whose pronouns may
/// belong to its own subject.
const CLAUSE_CONJUNCTIONS: [&str; 6] = ["and", "but", "while", "where", "when", "as"];

/// The gender of the pronoun at token `j` when it may stand for the
/// subject ending before token `after`: in the subject's own clause, `her`
/// only as a possessive, before the word it determines (`Ana Lima opened
/// her door`); an object `her` there is someone else (`Ron Fuller pressed
/// her on the timeline`, `Tom thanked her.`). In a later clause, another
/// subject's object may be the first one (`…, and the boy followed her`).
fn voting_pronoun(ix: &Index, after: usize, j: usize) -> Option<Gender> {
    let w = ix.word(j);
    let g = pronoun_gender(w)?;
    if !w.eq_ignore_ascii_case("her") {
        return Some(g);
    }
    let next = j + 1;
    let possessive = next < ix.len() && ix.tok(next).kind() == Kind::Word && ix.cx.toks[next].cat & cat::STOP == 0;
    let own_clause = !(after..j).any(|k| clause_ends(ix, k));
    (possessive || !own_clause).then_some(g)
}

/// What separates a party role from the state of its tag (`republican@Texas`).
const STATE_MARK: char = '@';

/// The state a party-and-state tag at token `k` names in full (`D-N.M.`:
/// `New Mexico`, `R-Texas`: `Texas`), or nothing.
fn tag_state(ix: &Index, k: usize) -> &'static str {
    let t = ix.tok(k);
    // The abbreviation's period is a token of its own (`N.M` and `.`).
    let period = ix.cx.toks.get(k + 1).is_some_and(|n| n.start() == t.end() && n.is(ix.cx.text, "."));
    let end = if period { t.end() + 1 } else { t.end() };
    ix.cx.text.get(t.start() + 2..end).and_then(state_or_province).unwrap_or("")
}

/// The entity name of mention `mi`.
fn entity<'a>(ix: &Index<'a>, mi: usize) -> &'a str {
    ix.cx.entities.get(mi).map_or("", String::as_str)
}

/// A title as the role noun a description would use: lower-cased, an
/// abbreviation written out (`Dr` → `doctor`, so `the doctor` finds `Dr.
/// Archie`).
fn role_word(w: &str) -> String {
    let w = lower_case(w);
    TITLE_ABBREVIATIONS.iter().find(|(a, _)| *a == w).map_or(w, |(_, full)| (*full).to_string())
}

/// Adds weight `w` to the votes for gender `g`.
fn add(v: &mut Votes, g: Gender, w: u32) {
    match g {
        Gender::Male => v.0 += w,
        Gender::Female => v.1 += w,
    }
}

/// The gender a person's given name tells (`Carl`, `Mary Lennox`): its
/// first word, unless that is a surname written first (`Kim Jong-un`).
pub(super) fn given_gender(entity: &str) -> Option<Gender> {
    let first = entity.split(' ').next().filter(|w| !lexicon().is_surname_first(w))?;
    given_name_gender(first).map(Gender::from)
}

/// The gender the title right before mention `mi` gives (`Mrs. Bennet`,
/// `Uncle Tom`), if any.
fn own_title_gender(ix: &Index, mi: usize) -> Option<Gender> {
    let k = ix.mention_first(mi)?;
    let j = k.checked_sub(1)?;
    let j = if ix.word_is(j, ".") { j.checked_sub(1)? } else { j };
    let w = ix.word(j);
    ix.capitalised_word(j).then(|| gender_word(w)).flatten()
}

/// The gender the title written right before byte `start` gives (`Mr.
/// Hartley`, `Mrs Hartley`), if any: a capitalised title or kinship word.
pub(super) fn title_gender_before(text: &str, start: usize) -> Option<Gender> {
    lexicon::title_gender_before(text, start).map(Gender::from)
}

/// The gender a title or kinship word gives (`Mr`, `aunt`).
fn gender_word(w: &str) -> Option<Gender> {
    title_word_gender(w).map(Gender::from)
}

/// The sex the head noun of a description tells (`man`, `girl`,
/// `mother`, `uncle`).
pub(super) fn description_gender(w: &str) -> Option<Gender> {
    if MALE_NOUNS.contains(&w) {
        Some(Gender::Male)
    } else if FEMALE_NOUNS.contains(&w) {
        Some(Gender::Female)
    } else {
        gender_word(w)
    }
}

/// Sentence `s` opens with a subject pronoun of gender `g` (after at most
/// a few function words: `As he entered …`), so a person named later in
/// it is not the one that pronoun, or a later one, stands for; unless
/// that person is the subject of the main clause the opening clause is
/// set off before (`Asked whether he would run, Senator Ann Cole
/// laughed`: the pronoun looks forward to them).
fn pronoun_opens(ix: &Index, s: usize, g: Gender) -> bool {
    match opener(ix, s) {
        Some(Attribution { tok, who: Who::Pronoun(pg) }) if pg == g => !looks_forward(ix, s, tok),
        _ => false,
    }
}

/// Words of a title a main clause's subject may carry before the name
/// (`Senate Majority Leader`, `Gov.`): more is no longer the clause's
/// subject.
const FORWARD_TITLE_WORDS: usize = 4;

/// The clause the pronoun at `tok` opens is set off by a comma, and a
/// person's name (after capitalised title words) begins the clause after
/// it.
fn looks_forward(ix: &Index, s: usize, tok: usize) -> bool {
    let (_, hi) = ix.cx.sentences.range(s);
    let Some(comma) = (tok + 1..hi).find(|&k| ix.word_is(k, ",")) else {
        return false;
    };
    (comma + 1..hi.min(comma + 2 + FORWARD_TITLE_WORDS))
        .take_while(|&k| ix.capitalised_word(k) || abbreviation_period(ix.cx.text, ix.cx.toks, k))
        .find_map(|k| ix.mention_at(k))
        .is_some_and(|mi| ix.is_person(mi))
}

/// The gender of a third-person pronoun (`he`, `her`, `himself`).
fn pronoun_gender(w: &str) -> Option<Gender> {
    if !(2..=3).contains(&w.len()) {
        return None; // only `he`, `his`, `she`, `her` are on the stopword list
    }
    let is = |list: &[&str]| list.iter().any(|p| p.eq_ignore_ascii_case(w));
    if is(&["he", "his"]) {
        Some(Gender::Male)
    } else if is(&["she", "her"]) {
        Some(Gender::Female)
    } else {
        None
    }
}
