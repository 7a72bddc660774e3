//! Words of reported speech: reporting verbs, the words allowed between a
//! subject and its verb, unnamed and pronoun subjects, and the cues that
//! make quotation marks a term rather than a quotation.

use super::word_list::{words, Words};

/// Verbs that attribute speech and whose subject is a person (`said`,
/// `told`, `added`, `exclaimed`, `retorted`): a capitalised word before
/// one is a name cue as well as a speaker.
pub(crate) const REPORTING_VERBS: Words = words![
    "accused",
    "accuses",
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "announced",
    "announces",
    "answered",
    "argued",
    "argues",
    "asked",
    "asks",
    "asserted",
    "believes",
    "bragged",
    "called",
    "calls",
    "claimed",
    "claims",
    "commented",
    "conceded",
    "concedes",
    "concluded",
    "confirmed",
    "confirms",
    "continued",
    "deadpanned",
    "declared",
    "declares",
    "described",
    "describes",
    "dismissed",
    "dismisses",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "enquired",
    "enquires",
    "exclaimed",
    "exclaims",
    "explained",
    "explains",
    "fumed",
    "fumes",
    "hailed",
    "hails",
    "inquired",
    "inquires",
    "insisted",
    "insists",
    "interjected",
    "interjects",
    "mocked",
    "murmured",
    "muttered",
    "noted",
    "notes",
    "posted",
    "praised",
    "praises",
    "predicted",
    "promised",
    "quipped",
    "recalled",
    "remarked",
    "replied",
    "replies",
    "reported",
    "reports",
    "responded",
    "retorted",
    "said",
    "say",
    "says",
    "scolded",
    "shouted",
    "sighed",
    "stammered",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "taunted",
    "teased",
    "tells",
    "told",
    "tweeted",
    "urged",
    "urges",
    "vowed",
    "vows",
    "warned",
    "warns",
    "whispered",
    "writes",
    "wrote",
];

/// More verbs that attribute speech beside a quotation, in news and in
/// fiction (`fumed`, `cried`, `countered`, `began`, `returned`), past and
/// present forms but no present form that reads first as a noun
/// (`remarks`, `protests`): their subject speaks, but they say too little
/// of it to make a capitalised word a name (`the season began`).
pub(crate) const SPEECH_VERBS: Words = words![
    "acknowledges",
    "admits",
    "advised",
    "advises",
    "affirmed",
    "affirms",
    "agreed",
    "agrees",
    "alleged",
    "alleges",
    "asserts",
    "assured",
    "assures",
    "barked",
    "began",
    "begged",
    "begins",
    "begs",
    "bellowed",
    "blurted",
    "blurts",
    "boasted",
    "boasts",
    "breathed",
    "breathes",
    "cautioned",
    "cautions",
    "chided",
    "chides",
    "chuckled",
    "complained",
    "complains",
    "concludes",
    "confessed",
    "confesses",
    "confided",
    "confides",
    "contended",
    "contends",
    "continues",
    "countered",
    "cried",
    "crowed",
    "demanded",
    "denied",
    "denies",
    "drawled",
    "echoed",
    "ejaculated",
    "ejaculates",
    "exulted",
    "faltered",
    "gasped",
    "grinned",
    "griped",
    "groaned",
    "growled",
    "grumbled",
    "grumbles",
    "grunted",
    "gushed",
    "hinted",
    "hissed",
    "interposed",
    "interposes",
    "interrupted",
    "interrupts",
    "joked",
    "lamented",
    "laughed",
    "lectured",
    "maintained",
    "maintains",
    "marveled",
    "marvelled",
    "moaned",
    "mumbled",
    "mused",
    "muses",
    "objected",
    "observed",
    "observes",
    "persisted",
    "pleaded",
    "pleads",
    "prayed",
    "predicts",
    "proclaimed",
    "proclaims",
    "protested",
    "pursued",
    "pursues",
    "queried",
    "raged",
    "ranted",
    "reasoned",
    "recalls",
    "recounted",
    "recounts",
    "reiterated",
    "reiterates",
    "rejoined",
    "rejoins",
    "reminded",
    "reminds",
    "repeated",
    "repeats",
    "responds",
    "resumed",
    "resumes",
    "returned",
    "returns",
    "roared",
    "sang",
    "scoffed",
    "screamed",
    "shrieked",
    "shrieks",
    "smiled",
    "snapped",
    "snarled",
    "sneered",
    "snorted",
    "sobbed",
    "testified",
    "testifies",
    "thought",
    "tweets",
    "ventured",
    "ventures",
    "wailed",
    "whimpered",
    "wondered",
    "yelled",
];

/// Phrasal verbs of speech, verb and particle (`went on`, `chimed in`,
/// `pointed out`): the verb alone says nothing of speech.
pub(crate) const PHRASAL_SPEECH_VERBS: [(&str, &str); 24] = [
    ("went", "on"),
    ("goes", "on"),
    ("chimed", "in"),
    ("chimes", "in"),
    ("pointed", "out"),
    ("points", "out"),
    ("broke", "in"),
    ("cut", "in"),
    ("put", "in"),
    ("spoke", "up"),
    ("speaks", "up"),
    ("piped", "up"),
    ("shot", "back"),
    ("fired", "back"),
    ("hit", "back"),
    ("called", "out"),
    ("cried", "out"),
    ("burst", "out"),
    ("blurted", "out"),
    ("summed", "up"),
    ("weighed", "in"),
    ("weighs", "in"),
    ("put", "it"),
    ("puts", "it"),
];

/// Reporting verbs that never put their speaker after them: the name
/// that follows is the one spoken to (`told Jones`, `urged Smith`), even
/// right after a quotation.
pub(crate) const ADDRESSEE_ONLY_VERBS: [&str; 14] = [
    "accused", "accuses", "advised", "advises", "assured", "assures", "begged", "begs", "reminded", "reminds", "tells",
    "told", "urged", "urges",
];

/// Words that open a noun phrase naming someone by a description, not a
/// name (`the parson`, `her father`, `an official`).
pub(crate) const DETERMINERS: [&str; 14] =
    ["a", "an", "another", "her", "his", "its", "my", "one", "our", "some", "that", "the", "their", "this"];

/// Titles and kinship words before a name that say a person is a man
/// (`Mr. Bennet`, `Uncle Tom`).
pub(crate) const MALE_WORDS: [&str; 14] = [
    "baron", "brother", "count", "duke", "earl", "father", "king", "lord", "master", "mister", "mr", "prince", "sir",
    "uncle",
];

/// Titles and kinship words before a name that say a person is a woman
/// (`Mrs. Bennet`, `Aunt Polly`).
pub(crate) const FEMALE_WORDS: [&str; 15] = [
    "aunt", "countess", "dame", "duchess", "lady", "madam", "madame", "miss", "mme", "mother", "mrs", "ms", "princess",
    "queen", "sister",
];

/// Head nouns of a description that say a man is meant (`said the old
/// man`), besides the titles and kin words above: a pronoun after it may
/// stand for him.
pub(crate) const MALE_NOUNS: [&str; 5] = ["boy", "fellow", "gentleman", "lad", "man"];

/// Head nouns of a description that say a woman is meant (`said the
/// girl`), besides the titles and kin words above.
pub(crate) const FEMALE_NOUNS: [&str; 3] = ["girl", "lass", "woman"];

/// Titles abbreviated before a name, with the role noun a description
/// uses for the same person (`Dr. Archie` … `said the doctor`).
pub(crate) const TITLE_ABBREVIATIONS: [(&str, &str); 19] = [
    ("ald", "alderman"),
    ("capt", "captain"),
    ("cmdr", "commander"),
    ("col", "colonel"),
    ("cpl", "corporal"),
    ("det", "detective"),
    ("dr", "doctor"),
    ("gen", "general"),
    ("gov", "governor"),
    ("insp", "inspector"),
    ("lt", "lieutenant"),
    ("maj", "major"),
    ("prof", "professor"),
    ("pvt", "private"),
    ("rep", "representative"),
    ("rev", "reverend"),
    ("sen", "senator"),
    ("sgt", "sergeant"),
    ("supt", "superintendent"),
];

/// Offices written as capitals' abbreviations (`the PM said`, `the CM
/// told reporters`), with the role noun the title before the office
/// holder's name gives (`Prime Minister Keir Starmer`, `Chief Minister
/// Mamata Banerjee`: `minister`), as `the prime minister` reads.
pub(crate) const OFFICE_ABBREVIATIONS: [(&str, &str); 2] = [("CM", "minister"), ("PM", "minister")];

/// Kinship nouns after `his`/`her` that name someone of the possessor's
/// family by the title of their surname (`his wife` → `Mrs. Bennet`), with
/// that title; brothers, sisters and children go unnamed (their given
/// names are not the possessor's).
pub(crate) const KIN_WORDS: [(&str, &str); 5] =
    [("father", "Mr."), ("husband", "Mr."), ("lady", "Mrs."), ("mother", "Mrs."), ("wife", "Mrs.")];

/// Words allowed between a subject and its reporting verb (`Peskov also
/// said`, `The White House had earlier said`).
pub(crate) const FILLERS: Words = words![
    "again",
    "also",
    "earlier",
    "first",
    "further",
    "had",
    "has",
    "have",
    "herself",
    "himself",
    "last",
    "later",
    "on",
    "once",
    "previously",
    "publicly",
    "recently",
    "repeatedly",
    "reportedly",
    "then",
    "was",
    "week",
    "would",
];

/// Reporting verbs whose object is the addressee or the topic, not the
/// speaker: a name after them (`told Peskov`, `praised Lula`) is no cue
/// for a person.
pub(crate) const ADDRESSEE_VERBS: [&str; 16] = [
    "told",
    "tells",
    "asked",
    "asks",
    "called",
    "calls",
    "urged",
    "urges",
    "accused",
    "accuses",
    "praised",
    "praises",
    "hailed",
    "hails",
    "dismissed",
    "dismisses",
];

/// Present participles of speech after `with` and a name, whose subject
/// that name is (`with Ana Lima calling the plan “a disaster”`, `with Tom
/// Reyes saying: “…”`).
pub(crate) const SPEECH_PARTICIPLES: [&str; 12] = [
    "accusing",
    "adding",
    "arguing",
    "calling",
    "claiming",
    "describing",
    "insisting",
    "noting",
    "saying",
    "telling",
    "urging",
    "warning",
];

/// Nouns of what someone said in `That was the ‹noun› of ‹Name›` after a
/// quotation (`That was the verdict of Ana Lima`): the name is its source.
pub(crate) const SAYING_NOUNS: [&str; 13] = [
    "advice",
    "assessment",
    "conclusion",
    "message",
    "opinion",
    "plea",
    "reaction",
    "response",
    "verdict",
    "view",
    "warning",
    "word",
    "words",
];

/// Participles that open a clause naming what a speaker was asked
/// (`Asked about Ana Lima, he said`, `Pressed on the deal,`): a name in
/// that clause is its topic, not who speaks.
pub(crate) const QUESTIONED: [&str; 5] = ["asked", "pressed", "questioned", "quizzed", "challenged"];

/// Subject pronouns that stand for the person a passage is about.
pub(crate) const SPEAKER_PRONOUNS: [&str; 4] = ["he", "she", "He", "She"];

/// The passive frame a speech verb's `-ing` form is reported in (`who was
/// quoted as saying`, `has been quoted as saying`): `quoted as` and the
/// auxiliaries before it, which stand between the verb and its subject.
pub(crate) const QUOTED_AS: (&str, &str) = ("quoted", "as");

/// Auxiliaries before [`QUOTED_AS`] (`was`, `has been`).
pub(crate) const QUOTED_AUXILIARIES: [&str; 7] = ["are", "been", "has", "have", "is", "was", "were"];

/// Nouns for people the article does not name, as the subject of a
/// reporting verb (`officials said`, `the medical staff said`), and the
/// pronouns that name nobody (`somebody exclaimed`). Sorted (capitals
/// first): searched by halves.
pub(crate) const UNNAMED_SPEAKERS: [&str; 30] = [
    "Everybody",
    "Everyone",
    "Somebody",
    "Someone",
    "aide",
    "aides",
    "analyst",
    "analysts",
    "diplomat",
    "diplomats",
    "doctors",
    "everybody",
    "everyone",
    "expert",
    "experts",
    "official",
    "officials",
    "police",
    "resident",
    "residents",
    "somebody",
    "someone",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staff",
    "witness",
    "witnesses",
];

/// Words just before quotation marks that make them a term, not a
/// quotation (`so-called “desire”`, `the report “Efficacy of …”`, `his
/// book, “…”`: a work's noun after a space, not `Facebook`).
pub(crate) const TERM_CUES: [&str; 29] = [
    " book",
    " memoir",
    " novel",
    " podcast",
    " album",
    "so-called",
    "so called",
    "referred to as",
    "refer to as",
    "refers to as",
    "known as",
    "dubbed",
    "termed",
    "labelled",
    "labeled",
    "nicknamed",
    "titled",
    "entitled",
    "the word",
    "the term",
    "the phrase",
    "the paper",
    "the report",
    "the study",
    "the film",
    "the song",
    "the article",
    "the documentary",
    "the headline",
];
