//! Pass 5, names: a speaker written out as the fullest name the article
//! gives it. A mention speaks as its entity, but a lone surname that two
//! people of the article share (`Mr. Biden` after `Joe Biden` and `Hunter
//! Biden`) is the one of them named last before it of the sex its title,
//! else the `he`/`she` that stands for it, tells (`Mrs. Biden` is `Jill
//! Biden`), else one whose sex nothing tells. Capitalised words no
//! mention covers (`said Elizabeth`, `Schumer, D-N.Y., said`) are the
//! person whose mention reads the same, or whose full name they are one
//! word of, when only one person's is. `‹Name› of ‹Org›` is the name.
//! The tables behind these are built
//! on first need: most speakers are mentions whose entity is their name.

use std::cell::OnceCell;

use annotator_schema::Label;

use super::acronym;
use super::context::{Context, Gender, Speaker};
use super::salience::{given_gender, title_gender_before};
use crate::lexicon::{FastMap, FastSet};

/// How many person mentions back a shared surname looks for the full name
/// it stands for (a bound on the work for a text full of one surname).
const SURNAME_LOOKBACK: usize = 256;

/// How many times the dialogue must call the narrator by one name for
/// the narrator to take it (the name called most often wins).
const NARRATOR_VOTES: usize = 1;

/// The lookup tables for writing speakers out.
pub(super) struct Names<'a> {
    cx: &'a Context<'a>,
    tables: OnceCell<Tables<'a>>,
    /// The narrator's name, when the dialogue gives it.
    narrator: Option<String>,
}

/// A word of several people's names in [`Tables::by_word`] (no mention's
/// index): a map of `usize`s as `by_text` is, not of `Option`s, is one
/// copy of the hash table's code on the page for both.
const SHARED: usize = usize::MAX;

/// The article's people, by what may name them.
struct Tables<'a> {
    /// A full name, as the article writes it or as its entity → the first
    /// mention of that person.
    by_text: FastMap<&'a str, usize>,
    /// A word of a full (several-word) person name → its mention, or
    /// [`SHARED`] when the names of several people hold it.
    by_word: FastMap<&'a str, usize>,
    /// The person mentions, in order.
    people: Vec<usize>,
}

impl<'a> Tables<'a> {
    fn new(cx: &'a Context<'a>) -> Self {
        let mut by_text: FastMap<&str, usize> = FastMap::default();
        let mut by_word: FastMap<&str, usize> = FastMap::default();
        let mut people = Vec::new();
        let mut seen: FastSet<&str> = FastSet::default();
        for (mi, m) in cx.mentions.iter().enumerate().filter(|(_, m)| m.label == Label::Person) {
            people.push(mi);
            let entity = cx.entities.get(mi).map_or("", String::as_str);
            // Each person once (`Peskov` … `Peskov`), and only full names.
            if !entity.contains(' ') || !seen.insert(entity) {
                continue;
            }
            by_text.entry(cx.text.get(m.start..m.end).unwrap_or("")).or_insert(mi);
            by_text.entry(entity).or_insert(mi);
            for w in entity.split(' ') {
                let slot = by_word.entry(w).or_insert(mi);
                if *slot != mi {
                    *slot = SHARED;
                }
            }
        }
        Tables { by_text, by_word, people }
    }
}

impl<'a> Names<'a> {
    pub(super) fn new(cx: &'a Context<'a>) -> Self {
        Names { cx, tables: OnceCell::new(), narrator: None }
    }

    fn tables(&self) -> &Tables<'a> {
        self.tables.get_or_init(|| Tables::new(self.cx))
    }

    /// The two speakers are one person: the same entity named, the same
    /// words, or both the narrator.
    pub(super) fn same(&self, a: Speaker, b: Speaker) -> bool {
        match (self.named_by(a), self.named_by(b)) {
            (Some(x), Some(y)) => self.cx.entities.get(x) == self.cx.entities.get(y),
            _ => a == b || self.name(a) == self.name(b),
        }
    }

    /// The mention whose entity a mention's speaker is: the mention
    /// itself, or for a pronoun's the one [`Names::bearer`] chooses.
    fn named_by(&self, sp: Speaker) -> Option<usize> {
        match sp {
            Speaker::Mention(mi) => Some(mi),
            Speaker::Pronoun(mi, g) => Some(self.bearer(mi, Some(g))),
            _ => None,
        }
    }

    /// The name a speaker is given (none for a narrator whose name the
    /// dialogue does not give).
    pub(super) fn name(&self, sp: Speaker) -> Option<String> {
        match sp {
            Speaker::Mention(mi) => Some(self.mention_name(mi, None)),
            Speaker::Pronoun(mi, g) => Some(self.mention_name(mi, Some(g))),
            Speaker::Words(start, end) => {
                let words = self.cx.text.get(start..end).unwrap_or("");
                // `the TUC said`: the name its initials spell out.
                let spelled = || acronym::spelled_out(self.cx.text, words, start).unwrap_or(words).to_string();
                Some(self.person(words).map_or_else(spelled, |mi| self.mention_name(mi, None)))
            }
            Speaker::Person(start, end) => {
                self.person(self.cx.text.get(start..end)?).map(|mi| self.mention_name(mi, None))
            }
            Speaker::Kin(mi, title) => {
                let name = self.mention_name(mi, None);
                name.rsplit(' ').next().filter(|s| !s.is_empty()).map(|surname| format!("{title} {surname}"))
            }
            Speaker::Narrator => self.narrator.clone(),
        }
    }

    /// The person `words` name: a full name the article gives, or one word
    /// of only one person's full name.
    fn person(&self, words: &str) -> Option<usize> {
        let t = self.tables();
        t.by_text.get(words).copied().or_else(|| t.by_word.get(words).copied().filter(|&mi| mi != SHARED))
    }

    /// Names the narrator: the person most often called by name (at least
    /// [`NARRATOR_VOTES`] times) in the turn before or after one of theirs,
    /// or whose name opens one of theirs as an answer (`"Pip, sir."`),
    /// but never one of `named_speakers`, the mentions the text gives a
    /// quotation to in the third person (`said Good`).
    pub(super) fn name_narrator(&mut self, called: &[usize], named_speakers: &[usize]) {
        let others: FastSet<&str> =
            named_speakers.iter().filter_map(|&mi| self.cx.entities.get(mi)).map(String::as_str).collect();
        let mut votes: FastMap<&str, usize> = FastMap::default();
        for &mi in called {
            if let Some(e) = self.cx.entities.get(mi).filter(|e| !others.contains(e.as_str())) {
                *votes.entry(e.as_str()).or_default() += 1;
            }
        }
        let best = votes.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)));
        self.narrator = best.filter(|&(_, n)| n >= NARRATOR_VOTES).map(|(e, _)| e.to_string());
    }

    /// The name of the person mention `mi` stands for, said by a pronoun
    /// of sex `pronoun` if one refers to it: the entity of its
    /// [`Names::bearer`], without where they are from.
    fn mention_name(&self, mi: usize, pronoun: Option<Gender>) -> String {
        let entity = self.cx.entities.get(self.bearer(mi, pronoun)).map_or("", String::as_str);
        // `Oleksandr Kravchuk of Ukraine`: the name, not where they are from.
        match before_of(entity) {
            Some(name) if name.contains(' ') => name,
            _ => entity,
        }
        .to_string()
    }

    /// The mention whose entity names mention `mi`: itself, but for a lone
    /// surname that several people's full names end with, the one of them
    /// named last before it of the sex its title tells, else the pronoun
    /// `pronoun` that refers to it (`Mr. Hartley` after `Joe Hartley` and
    /// `Jill Hartley`; `Paul Mercer … Karen Mercer … Mercer said … "…," he
    /// said`); failing one, the last whose sex nothing tells.
    fn bearer(&self, mi: usize, pronoun: Option<Gender>) -> usize {
        let Some(m) = self.cx.mentions.get(mi) else { return mi };
        let text = self.cx.text.get(m.start..m.end).unwrap_or("");
        if text.contains(' ') || self.cx.entities.get(mi).is_none_or(|e| !e.contains(' ')) {
            return mi; // a full name, or nobody's surname
        }
        let t = self.tables();
        if t.by_word.get(text) != Some(&SHARED) {
            return mi;
        }
        // The one of that sex, else one whose sex nothing tells, passing
        // over a person whose own title or given name gives the other one
        // (`Mr. Hartley` … `Mrs. Hartley`: she is not the man the `Mr.`
        // mention stands for).
        let sex = title_gender_before(self.cx.text, m.start).or(pronoun);
        let sex_of = |p: usize, e: &str| {
            let own = self.cx.mentions.get(p).and_then(|pm| title_gender_before(self.cx.text, pm.start));
            own.or_else(|| given_gender(e))
        };
        let here = t.people.partition_point(|&p| p < mi);
        let mut untold = None;
        for &p in t.people[here.saturating_sub(SURNAME_LOOKBACK)..here].iter().rev() {
            // The last word is `text` (which holds no space): the entity
            // ends with a space and `text`.
            let Some(e) = self.cx.entities.get(p) else { continue };
            if !e.strip_suffix(text).is_some_and(|head| head.ends_with(' ')) {
                continue;
            }
            match (sex, sex_of(p, e)) {
                (None, _) => return p,
                (Some(g), Some(pg)) if pg == g => return p,
                (Some(_), None) => untold = untold.or(Some(p)),
                (Some(_), Some(_)) => {}
            }
        }
        untold.unwrap_or(mi)
    }
}

/// The words of `entity` before its first ` of `, if any: found among its
/// spaces (a loop over its bytes: `match_indices(' ')` set up a `memchr`
/// for every mention's name), not by a substring search set up per call.
fn before_of(entity: &str) -> Option<&str> {
    let b = entity.as_bytes();
    (0..b.len()).find(|&i| b[i] == b' ' && b[i..].starts_with(b" of ")).and_then(|i| entity.get(..i))
}
