//! What the speaker stage reads ([`Context`]) and what its passes hand on
//! about a speaker before it is written out as a name ([`Speaker`]).

use crate::lexicon::NameGender;
use crate::names::Mention;
use crate::quote::QuoteSpan;
use crate::sentences::Sentences;
use crate::slots::Slots;
use crate::tokens::Token;

/// Everything the speaker rules read.
pub struct Context<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub quotes: &'a [QuoteSpan],
    /// The quotation each token is in.
    pub in_quote: &'a Slots,
    pub sentences: &'a Sentences,
    pub mentions: &'a [Mention],
    /// The entity name of each mention.
    pub entities: &'a [String],
}

/// A speaker, until it is written out as a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Speaker {
    /// A person or place mention: its entity's name.
    Mention(usize),
    /// A person mention a `he` or `she` stands for, with the pronoun's
    /// sex: named as [`Speaker::Mention`], but a lone surname that several
    /// people's full names end with is the one of that sex (`Paul Mercer …
    /// Karen Mercer … Mercer said … "…," he said`).
    Pronoun(usize, Gender),
    /// Capitalised words no mention covers (an organisation: `White House`),
    /// by byte offsets.
    Words(usize, usize),
    /// Capitalised words that speak only if they name a person of the
    /// article (`Rafiqul` for `Mohammad Rafiqul Islam`), by byte offsets.
    Person(usize, usize),
    /// `his wife`: the person of mention's family of the title (`Mrs.`,
    /// `Mr.`) kinship gives, written out as title and surname.
    Kin(usize, &'static str),
    /// `I` of a story told in the first person: named only when the
    /// dialogue calls the narrator by name.
    Narrator,
}

/// What a pronoun or a title says of a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    Male,
    Female,
}

impl From<NameGender> for Gender {
    fn from(g: NameGender) -> Self {
        match g {
            NameGender::Male => Gender::Male,
            NameGender::Female => Gender::Female,
        }
    }
}
