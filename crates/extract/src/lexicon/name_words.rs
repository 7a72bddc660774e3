//! Words that make, join or break a name: titles and roles, institution,
//! landmark and place nouns, club and company suffixes, name particles,
//! demonyms, US states and the short forms of country names.

use super::word_list::{words, Words};

/// Titles and roles that announce a person's name (`President`, `spokesman`).
pub(crate) const TITLES: Words = words![
    "adm",
    "admiral",
    "adviser",
    "advisor",
    "aide",
    "ald",
    "alderman",
    "alderwoman",
    "ambassador",
    "analyst",
    "archbishop",
    "assemblyman",
    "assemblymember",
    "assemblywoman",
    "attorney",
    "atty",
    "batsman",
    "batter",
    "bishop",
    "bowler",
    "brig",
    "brigadier",
    "capt",
    "captain",
    "cardinal",
    "center-back",
    "centre-back",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "chancellor",
    "chief",
    "cmdr",
    "coach",
    "col",
    "colonel",
    "commander",
    "commissioner",
    "commodore",
    "comptroller",
    "congressman",
    "congresswoman",
    "consul",
    "coo",
    "corporal",
    "correspondent",
    "councillor",
    "councilman",
    "councilmember",
    "councilor",
    "councilwoman",
    "cpl",
    "cto",
    "czar",
    "dame",
    "defenceman",
    "defender",
    "defenseman",
    "delegate",
    "deputy",
    "det",
    "detective",
    "diplomat",
    "director",
    "doctor",
    "dr",
    "economist",
    "editor",
    "emir",
    "emperor",
    "empress",
    "envoy",
    "executive",
    "flanker",
    "fly-half",
    "flyhalf",
    "fm",
    "forward",
    "founder",
    "full-back",
    "fullback",
    "gen",
    "general",
    "goalie",
    "goalkeeper",
    "goaltender",
    "gov",
    "governor",
    "halfback",
    "headmaster",
    "headmistress",
    "headteacher",
    "historian",
    "imam",
    "infielder",
    "inspector",
    "judge",
    "justice",
    "keeper",
    "king",
    "lady",
    "lawmaker",
    "leader",
    "legislator",
    "lieutenant",
    "linebacker",
    "lord",
    "lt",
    "mademoiselle",
    "magistrate",
    "maj",
    "manager",
    "marquis",
    "marshal",
    "master",
    "mayor",
    "midfielder",
    "minister",
    "miss",
    "mister",
    "mp",
    "mr",
    "mrs",
    "ms",
    "mufti",
    "negotiator",
    "netminder",
    "nightwatchman",
    "officer",
    "outfielder",
    "pastor",
    "pfc",
    "pitcher",
    "pm",
    "pope",
    "prefect",
    "premier",
    "president",
    "presidents",
    "prime",
    "prince",
    "princess",
    "principal",
    "prof",
    "professor",
    "prophet",
    "prosecutor",
    "pvt",
    "quarterback",
    "queen",
    "rabbi",
    "referee",
    "rep",
    "reporter",
    "representative",
    "researcher",
    "rev",
    "reverend",
    "scientist",
    "scrum-half",
    "scrumhalf",
    "secretary",
    "seismologist",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "shah",
    "sheikh",
    "sheriff",
    "shortstop",
    "sir",
    "skipper",
    "spc",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strategist",
    "striker",
    "substitute",
    "sultan",
    "superintendent",
    "supervisor",
    "supt",
    "team-mate",
    "teammate",
    "treasurer",
    "trooper",
    "tsar",
    "umpire",
    "whip",
    "wicketkeeper",
    "wing-back",
    "winger",
];

/// Words that make a capitalised run an institution, not a person or place:
/// organisations, companies (`Danube Holdings`, `Kenya Airways`, `Texas
/// Instruments`, `Boston Scientific`, `Frankfurt Newsroom`), newspapers
/// (`The Fresno Bee`) and events named after a place (`U.S. Open`, `Berlin
/// Grand Prix`, `London Marathon`, `Tour of Andalusia`, a horse race's
/// `Queen Mary Stakes`), accords, awards, wars
/// and eras (`Paris Agreement`, `César Award`, `French Revolution`,
/// `Roman Empire`), bands and studios; and the armed groups and news
/// agencies that news quotes as speakers (`Hamas said`, `Xinhua
/// reported`), like `Kremlin`.
pub(crate) const ORG_WORDS: Words = words![
    "academy",
    "accord",
    "accords",
    "administration",
    "administrations",
    "ag",
    "agency",
    "agreement",
    "agreements",
    "airlines",
    "airways",
    "albion",
    "alliance",
    "amendment",
    "army",
    "assembly",
    "association",
    "athletic",
    "authority",
    "award",
    "awards",
    "band",
    "bank",
    "battalion",
    "battle",
    "bee",
    "board",
    "brands",
    "brewery",
    "brigade",
    "brothers",
    "bureau",
    "cabinet",
    "championship",
    "championships",
    "channel",
    "chart",
    "chemicals",
    "chronicle",
    "circuit",
    "city",
    "clinic",
    "club",
    "college",
    "command",
    "commission",
    "committee",
    "communications",
    "company",
    "conference",
    "congress",
    "convention",
    "conventions",
    "corp",
    "corporation",
    "council",
    "courier",
    "court",
    "cup",
    "democrats",
    "department",
    "dept",
    "dispatch",
    "electric",
    "electronics",
    "embassy",
    "empire",
    "energy",
    "entertainment",
    "examiner",
    "exchange",
    "fc",
    "federation",
    "festival",
    "financial",
    "foods",
    "force",
    "forces",
    "forum",
    "foundation",
    "front",
    "fund",
    "games",
    "gazette",
    "global",
    "gmbh",
    "government",
    "grains",
    "group",
    "guard",
    "hamas",
    "herald",
    "hezbollah",
    "holding",
    "holdings",
    "house",
    "houthis",
    "inc",
    "industries",
    "initiative",
    "inquirer",
    "institute",
    "institution",
    "instruments",
    "insurance",
    "interfax",
    "international",
    "investments",
    "journal",
    "kremlin",
    "labor",
    "laboratories",
    "laboratory",
    "labour",
    "league",
    "llc",
    "logistics",
    "ltd",
    "magazine",
    "marathon",
    "massacre",
    "media",
    "mining",
    "ministry",
    "motor",
    "motors",
    "movement",
    "navy",
    "network",
    "networks",
    "news",
    "newsroom",
    "offensive",
    "office",
    "olympics",
    "open",
    "operation",
    "orchestra",
    "organisation",
    "organization",
    "parliament",
    "partners",
    "partnership",
    "party",
    "pentagon",
    "petroleum",
    "pharmaceuticals",
    "pictures",
    "plc",
    "police",
    "post",
    "press",
    "prix",
    "program",
    "programme",
    "project",
    "properties",
    "protocol",
    "radio",
    "railway",
    "railways",
    "rally",
    "rangers",
    "records",
    "regiment",
    "republicans",
    "resources",
    "reuters",
    "revolution",
    "rights",
    "rovers",
    "sa",
    "school",
    "scientific",
    "securities",
    "semiconductor",
    "semiconductors",
    "senate",
    "sentinel",
    "service",
    "services",
    "shipping",
    "show",
    "society",
    "software",
    "solutions",
    "sport",
    "staff",
    "stakes",
    "statistics",
    "steel",
    "stock",
    "studios",
    "summit",
    "survey",
    "systems",
    "taliban",
    "team",
    "technologies",
    "telecom",
    "telecoms",
    "telegraph",
    "telescope",
    "times",
    "tour",
    "tournament",
    "treaty",
    "tribune",
    "tv",
    "union",
    "united",
    "university",
    "uprising",
    "wanderers",
    "war",
    "xinhua",
];

/// Nouns that make a capitalised run a named landmark or facility, a
/// natural feature, a street or an administrative area (`Ciragan Palace`,
/// `Royal Free Hospital`, `Fish River Canyon`, `Elland Road`, `Nyanza
/// Province`, `Ocean County`).
pub(crate) const LANDMARK_WORDS: Words = words![
    "abbey",
    "airport",
    "alley",
    "amphitheater",
    "amphitheatre",
    "aquarium",
    "archipelago",
    "arena",
    "atoll",
    "ave",
    "avenue",
    "barrage",
    "basilica",
    "basin",
    "bay",
    "beach",
    "boardwalk",
    "boulevard",
    "bridge",
    "brook",
    "building",
    "camp",
    "canal",
    "canyon",
    "castle",
    "cathedral",
    "causeway",
    "cave",
    "caves",
    "cemetery",
    "center",
    "centre",
    "checkpoint",
    "citadel",
    "coast",
    "complex",
    "county",
    "cove",
    "crater",
    "creek",
    "crossing",
    "dam",
    "delta",
    "desert",
    "district",
    "dock",
    "docks",
    "drive",
    "dunes",
    "embankment",
    "estuary",
    "expressway",
    "falls",
    "fault",
    "field",
    "fjord",
    "forest",
    "fortress",
    "freeway",
    "garden",
    "gardens",
    "gate",
    "glacier",
    "gorge",
    "governorate",
    "ground",
    "gulf",
    "gym",
    "hall",
    "harbor",
    "harbour",
    "heights",
    "highlands",
    "highway",
    "hill",
    "hills",
    "hospital",
    "hotel",
    "island",
    "islands",
    "isle",
    "jail",
    "junction",
    "krai",
    "kray",
    "lagoon",
    "lake",
    "lane",
    "lighthouse",
    "mall",
    "marina",
    "market",
    "massif",
    "mausoleum",
    "memorial",
    "monastery",
    "monument",
    "mosque",
    "motorway",
    "mount",
    "mountains",
    "municipality",
    "museum",
    "oasis",
    "oblast",
    "observatory",
    "okrug",
    "oval",
    "palace",
    "parish",
    "park",
    "parkway",
    "pass",
    "pavilion",
    "peak",
    "peninsula",
    "pier",
    "plateau",
    "playfield",
    "plaza",
    "port",
    "prefecture",
    "prison",
    "promenade",
    "province",
    "pyramid",
    "pyramids",
    "quay",
    "racecourse",
    "railroad",
    "railway",
    "raion",
    "rapids",
    "reef",
    "reservoir",
    "ridge",
    "rink",
    "river",
    "road",
    "room",
    "sea",
    "shore",
    "shrine",
    "speedway",
    "springs",
    "square",
    "stadium",
    "station",
    "steppe",
    "strait",
    "street",
    "swamp",
    "synagogue",
    "temple",
    "terrace",
    "territory",
    "theater",
    "theatre",
    "tower",
    "township",
    "trail",
    "trench",
    "tunnel",
    "turnpike",
    "valley",
    "velodrome",
    "voivodeship",
    "volcano",
    "wall",
    "waterfall",
    "wetlands",
    "wharf",
    "zoo",
];

/// Landmark nouns that are surnames the surname list lacks (`Kelly
/// Brook`, `Sally Field`): after a given name, a person.
pub(crate) const SURNAME_LANDMARKS: [&str; 2] = ["Brook", "Field"];

/// Whether landmark noun `w` (in any case) is one of
/// [`SURNAME_LANDMARKS`]: the landmark rule and a titled facility
/// (`King | Baudouin Stadium`, not `Coach | Bill Field`) ask.
pub(crate) fn is_listed_surname_landmark(w: &str) -> bool {
    SURNAME_LANDMARKS.iter().any(|l| l.eq_ignore_ascii_case(w))
}

/// Generic place nouns in `the X region`, `the village of X`, `X is a
/// village`.
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "city",
    "commune",
    "county",
    "district",
    "hamlet",
    "municipality",
    "oblast",
    "province",
    "region",
    "settlement",
    "state",
    "suburb",
    "town",
    "village",
];

/// Nouns of a place's people, parts, fate or territorial titles before
/// `of` (`the people of X`, `residents of X`, `the mayor of X`, `the
/// outskirts of X`, `the liberation of X`, `Duke of X`, `the kings of X`,
/// `the parish of X`, `the villagers of X`, `her hometown of X`, `the
/// capital of X`, `the port of X`, `the coast of X`), and the bearings
/// from it (`20 km north of X`): what
/// follows `of` is a place. Not the titles that name no land as often
/// (`King of Pop`, `Queen of Soul`, `Prince of Darkness`).
pub(crate) const OF_PLACE_NOUNS: [&str; 38] = [
    "archbishop",
    "bishop",
    "capital",
    "citizens",
    "coast",
    "coastline",
    "countess",
    "duchess",
    "duke",
    "earl",
    "east",
    "emir",
    "hometown",
    "inhabitants",
    "kings",
    "liberation",
    "marquess",
    "mayor",
    "natives",
    "north",
    "northeast",
    "northwest",
    "outskirts",
    "parish",
    "people",
    "port",
    "residents",
    "shores",
    "siege",
    "south",
    "southeast",
    "southwest",
    "streets",
    "suburbs",
    "territory",
    "townspeople",
    "villagers",
    "west",
];

/// Endings of English plural nouns for people and things that open news
/// sentences (`Officials`, `Critics`, `Analysts`, `Residents`,
/// `Prosecutors`, `Lawmakers`, `Authorities`, `Witnesses`); names in them
/// are in the lexicons (`Sanders`).
pub(crate) const PLURAL_NOUN_ENDINGS: [&str; 10] =
    ["ants", "ents", "ers", "ors", "ists", "ics", "als", "ies", "sses", "ats"];

pub(crate) const ORG_SUFFIXES: Words = words![
    "ag",
    "albion",
    "athletic",
    "co",
    "corp",
    "cos",
    "fc",
    "gmbh",
    "inc",
    "llc",
    "ltd",
    "nv",
    "plc",
    "rovers",
    "se",
    "united",
    "wanderers",
];

/// Words in a social-media handle that name an account's kind rather than
/// a person (`@SkyWeatherAUS`, `@abcnews`), besides the institution words.
pub(crate) const ACCOUNT_WORDS: &[&str] = &[
    "app", "blog", "daily", "fm", "hq", "live", "media", "mag", "news", "official", "online", "photo", "photos",
    "radio", "shop", "sport", "sports", "team", "tv", "weather",
];

/// Compass points that open a region's or a town's name (`West Seattle`,
/// `North Shields`, `Southern Sudan`).
pub(crate) const COMPASS_PREFIXES: [&str; 12] = [
    "east",
    "eastern",
    "north",
    "northeast",
    "northern",
    "northwest",
    "south",
    "southeast",
    "southern",
    "southwest",
    "west",
    "western",
];

/// Words before a known place that name a part, a namesake or a larger
/// realm of it (`Upper Egypt`, `Lower Saxony`, `Central Java`, `New
/// France`, `Great Moravia`).
pub(crate) const REGION_PREFIXES: [&str; 5] = ["central", "great", "lower", "new", "upper"];

/// Words before a known place that name its old town or its wider area
/// (`Old Goa`, `Greater Poland`), but before a given name a person's
/// epithet (`Old Daniel`): read only before a known place that is no given
/// name, and not kept opening a sentence as [`REGION_PREFIXES`] are.
pub(crate) const AREA_PREFIXES: [&str; 2] = ["greater", "old"];

/// Words before a name that make it a place whatever follows (`Mount
/// Kenya`, `Lake Ohrid`, `Fort Liberté`, `Mt. Everest`), in English and as
/// place names keep them in other languages (`Lagoa dos Patos`, `Mont
/// Blanc`, `Wadi Rum`, `Plaza de Mayo`, `Casa Rosada`, stadiums: `Stade
/// Louis II`, `Estadio Azteca`). Not the ones that
/// are also given names or common surnames (`Isla`, `Sierra`, `Costa`,
/// `Serra`).
pub(crate) const FEATURE_PREFIXES: [&str; 28] = [
    "cape", "casa", "cerro", "estadio", "estádio", "fort", "ft", "ilha", "isle", "jebel", "lac", "lagoa", "lago",
    "lake", "loch", "mont", "monte", "mount", "mt", "piazza", "plaza", "playa", "port", "praia", "river", "stade",
    "stadio", "wadi",
];

/// Feature words that are also given names or surnames (`Sierra`,
/// `Costa`, `Isla`, `Val`, `Villa`), or common words of other languages
/// (`Puerto`, `Terre`, `Porte`): a place's first word only before a
/// particle (`Sierra de Cutucú`, `Costa del Sol`, `Isla de Margarita`,
/// `Serra da Estrela`, `Puerto de la Cruz`, `Val d'Isère`, `Terre de Haut`).
pub(crate) const FEATURE_PREFIXES_BEFORE_PARTICLE: [&str; 18] = [
    "bahia",
    "cabo",
    "castillo",
    "catedral",
    "ciudad",
    "cordillera",
    "costa",
    "isla",
    "paseo",
    "porte",
    "puerto",
    "punta",
    "serra",
    "sierra",
    "terre",
    "val",
    "valle",
    "villa",
];

/// The state forms before `of` and a place that belong to its name
/// (`Republic of Macedonia`, `State of Kuwait`).
pub(crate) const STATE_FORMS: [&str; 8] =
    ["commonwealth", "emirate", "kingdom", "principality", "province", "republic", "state", "sultanate"];

/// Lower-case nouns after a market index's name (`the Dow Jones industrial
/// average`, `the Hang Seng index`, `the Nasdaq composite`).
pub(crate) const MARKET_INDEX_NOUNS: [&str; 4] = ["average", "composite", "index", "indexes"];

/// The words before a weather system's name (`Storm Boris`, `Hurricane
/// Helene`, `Typhoon Yagi`): the system is no person, and its name alone
/// names it after (`Helene made landfall`).
pub(crate) const WEATHER_SYSTEM_WORDS: [&str; 4] = ["cyclone", "hurricane", "storm", "typhoon"];

/// Organisations named like a person, a given name and a surname (`the
/// Kenya Red Cross said`): the news's most frequent, which no organisation
/// word marks.
pub(crate) const NAME_SHAPED_ORGANISATIONS: [&str; 2] = ["Red Cross", "Red Crescent"];

/// Lower-case nouns for an organisation, which name the one right after
/// them (`aid group Médecins Sans Frontières`, `carmaker Toyota`,
/// `broadcaster Channel Seven`): no person, no place. (Not nouns a
/// person is too: `the manufacturer Georg Reichenbach`, `publisher`.)
pub(crate) const ORGANISATION_NOUNS: [&str; 26] = [
    "agency",
    "airline",
    "app",
    "automaker",
    "bank",
    "broadcaster",
    "carmaker",
    "carrier",
    "chain",
    "charity",
    "chipmaker",
    "company",
    "conglomerate",
    "firm",
    "group",
    "insurer",
    "lender",
    "militia",
    "network",
    "newspaper",
    "outlet",
    "platform",
    "retailer",
    "startup",
    "union",
    "watchdog",
];

/// Company words before a place (`Air France`, `Air India`).
pub(crate) const COMPANY_PREFIXES: [&str; 1] = ["air"];

/// Titles that are also common words before other nouns (`Master Plan`,
/// `Miss Universe`, `Doctor Who`, `Speaker Series`): they announce a name
/// only when a given name or surname follows (`Master Edmund Carrow`, `Miss
/// Treadwell`, `Speaker Mike Johnson`). `Major` is one too, though no title
/// elsewhere: in lower case it is an adjective (`a major Brazilian firm`).
pub(crate) const TITLES_BEFORE_NAMES_ONLY: [&str; 5] = ["doctor", "major", "master", "miss", "speaker"];

/// Endings only nouns for what someone does have (`geneticist`,
/// `politician`, `seismologist`, `agronomist`, `choreographer`): no
/// adjective ends so (`communist China`, `authoritarian Belarus` keep
/// their places), so an occupation no list holds is read by its ending.
pub(crate) const OCCUPATION_ENDINGS: [&str; 5] = ["ologist", "ician", "icist", "nomist", "grapher"];

/// Occupations and other nouns for a person written in lower case before
/// a name (`author Chimamanda Ngozi Adichie`, `biologist Haruki Tanabe`,
/// `driver Lewis Hamilton`, `resident Mary Okafor`; not words that name
/// firms as often, `miner BHP`, `investor SoftBank`, `trader Glencore`, nor
/// adjectives, `veteran Democrat`): a
/// role there, like a title's, but no title: capitalised they are surnames
/// (`Gary Player`) or open titles of works and groups (`Poet Laureate`,
/// `Student Volunteers`), and a run is split at its titles. No word of
/// [`TITLES`] (`officer`, `pastor`): the role rule reads those first.
/// Sorted; a token on it has the list's bit ([`super::list::OCCUPATION`]),
/// which the role rule, asked before most names, reads first.
pub(crate) const OCCUPATIONS: Words = words![
    "activist",
    "actor",
    "actress",
    "archer",
    "architect",
    "artist",
    "astronaut",
    "astronomer",
    "athlete",
    "author",
    "billionaire",
    "biologist",
    "blogger",
    "boxer",
    "broadcaster",
    "businessman",
    "businesswoman",
    "campaigner",
    "candidate",
    "chef",
    "chemist",
    "climber",
    "comedian",
    "composer",
    "cricketer",
    "curator",
    "cyclist",
    "dancer",
    "dentist",
    "diver",
    "driver",
    "drummer",
    "engineer",
    "entrepreneur",
    "farmer",
    "filmmaker",
    "firefighter",
    "fisherman",
    "footballer",
    "geologist",
    "golfer",
    "guitarist",
    "gymnast",
    "herder",
    "jockey",
    "journalist",
    "lawyer",
    "lecturer",
    "mathematician",
    "mechanic",
    "midwife",
    "monk",
    "mountaineer",
    "musician",
    "nominee",
    "novelist",
    "nun",
    "nurse",
    "painter",
    "paramedic",
    "pensioner",
    "philosopher",
    "photographer",
    "physicist",
    "pianist",
    "pilot",
    "player",
    "playwright",
    "plumber",
    "poet",
    "presenter",
    "priest",
    "producer",
    "protester",
    "ranger",
    "rapper",
    "resident",
    "rider",
    "rower",
    "runner",
    "sailor",
    "sculptor",
    "shopkeeper",
    "singer",
    "skater",
    "skier",
    "soldier",
    "songwriter",
    "sprinter",
    "student",
    "surfer",
    "surgeon",
    "survivor",
    "swimmer",
    "teacher",
    "teenager",
    "tycoon",
    "volunteer",
    "witness",
    "wrestler",
    "writer",
];

/// A word of [`OCCUPATIONS`], or one with an occupation's ending
/// ([`OCCUPATION_ENDINGS`]): what the role rule's token test (which
/// reads the token's list bit first) must answer, in the tests.
#[cfg(test)]
pub(crate) fn is_occupation(w: &str) -> bool {
    OCCUPATIONS.contains_sorted(w) || has_occupation_ending(w)
}

/// `w` ends in one of [`OCCUPATION_ENDINGS`], with more before it.
pub(crate) fn has_occupation_ending(w: &str) -> bool {
    OCCUPATION_ENDINGS.iter().any(|e| w.len() > e.len() && w.ends_with(e))
}

/// Title words that do not announce a name on their own: `chief` in
/// `chief executive`, `first` in `first minister`; `miss`, the verb (`will
/// miss Sunday 's game`), which a title only in capitals is.
pub(crate) const TITLES_NOT_ALONE: [&str; 3] = ["first", "chief", "miss"];

/// A byline's desk after the writer's name (`Amelia Thornton-Reyes Science
/// correspondent`): the run before it ends one word earlier.
pub(crate) const BYLINE_DESKS: [&str; 5] = ["correspondent", "editor", "reporter", "writer", "columnist"];

/// Landmark nouns that make a place even in lower case after a name
/// (`the Crimean bridge`, `Kakhovka dam`).
pub(crate) const LOWER_CASE_LANDMARKS: [&str; 5] = ["bridge", "dam", "airport", "canal", "cathedral"];

/// Particles inside a name (`dos Santos`, `van der Merwe`, `de la Fuente`,
/// `Daniel arap Moi`, `Dar es Salaam`, `Dayr az Zawr`, `Salah ad Din`).
pub(crate) const CONNECTORS: [&str; 26] = [
    "ad", "al", "arap", "az", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du", "es",
    "ibn", "la", "las", "le", "los", "ten", "ter", "van", "von",
];

/// Words that open an Arabic name as its first part, a father's, mother's
/// or forebear's name (`Abu Bakr`, `Umm Kulthum`, `Ibn Battuta`): a run so
/// opening that no place is named like is a person.
pub(crate) const NAME_OPENING_PARTICLES: [&str; 3] = ["abu", "ibn", "umm"];

/// Arabic particles joined to a name by a hyphen (`al-Burhan`, `el-Sisi`).
pub(crate) const ARABIC_PARTICLES: [&str; 15] =
    ["al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ibn", "bin", "abu", "ben", "ould", "ul"];

/// Nationality endings (`Russian`, `Crimean`, `Turkish`, `Chinese`): a
/// word so ending is a demonym unless a place is so named.
pub(crate) const DEMONYM_SUFFIXES: [&str; 4] = ["ian", "ean", "ish", "ese"];

/// Demonyms no ending rule finds (`Mexican`, `Arab`, `Thai`, `German`), nationality
/// nouns (`Frenchman`), and the
/// US parties' members, which describe a person the same way (`Republican
/// Tom Reyes`, `the Ohio Democrat`).
pub(crate) const DEMONYMS: Words = words![
    "afghan",
    "afghans",
    "american",
    "americans",
    "arab",
    "arabs",
    "basque",
    "basques",
    "briton",
    "croat",
    "croats",
    "czech",
    "dane",
    "democrat",
    "democrats",
    "dutch",
    "dutchman",
    "dutchwoman",
    "emirati",
    "emiratis",
    "englishman",
    "englishwoman",
    "filipino",
    "filipinos",
    "french",
    "frenchman",
    "frenchwoman",
    "german",
    "greek",
    "iraqi",
    "irishman",
    "irishwoman",
    "israeli",
    "kiwi",
    "kurd",
    "kurds",
    "mexican",
    "mexicans",
    "moroccan",
    "moroccans",
    "republican",
    "republicans",
    "saudi",
    "saudis",
    "scot",
    "scotsman",
    "scotswoman",
    "serb",
    "serbs",
    "somali",
    "somalis",
    "spaniard",
    "spaniards",
    "swede",
    "swiss",
    "thai",
    "turk",
    "turks",
    "welsh",
    "welshman",
    "welshwoman",
];

/// Prepositions before `X, Country` that make X a place (`in Bucha,
/// Ukraine`).
pub(crate) const PLACE_PREPOSITIONS: [&str; 5] = ["in", "near", "at", "from", "outside"];

/// Nouns for a land's parts that a possessive before them makes the
/// land's (`Ostrelia's capital`, `its northern provinces`, `Kelmar's
/// coast`): a person or a company has none of them. (Not `state`: `his
/// home state`; nor `capital` after `political`, which stands between.)
pub(crate) const POSSESSED_PLACE_NOUNS: [&str; 16] = [
    "border",
    "borders",
    "capital",
    "cities",
    "city",
    "coast",
    "coastline",
    "islands",
    "mainland",
    "port",
    "province",
    "provinces",
    "region",
    "regions",
    "territory",
    "towns",
];

/// Lower-case words between a possessive and a place's noun that make the
/// place a person's (`his home city`, `her native province`, `their own
/// territory`).
pub(crate) const PERSONAL_PLACE_WORDS: [&str; 4] = ["adopted", "home", "native", "own"];

/// Words before `in` and a field of study or work, in lower case, their
/// periods and possessive left out (`a Ph.D. in Linguistics`, `the Nobel
/// Prize in Chemistry`, `a Bachelor of Science in Psychology`, `a career in
/// Marketing`): what follows is a field, no place. Sorted: searched by
/// halves. (Not `master`: `a master in Chancery` is a court's officer;
/// nor `studies`, a centre's name: `Scottish Studies in Aberdeen`.)
pub(crate) const FIELD_HOLDERS: [&str; 16] = [
    "arts",
    "bachelor",
    "bsc",
    "career",
    "careers",
    "degree",
    "degrees",
    "diploma",
    "doctorate",
    "major",
    "majored",
    "majoring",
    "msc",
    "phd",
    "prize",
    "science",
];

/// Words before an unknown single name that make it a place (`homes in
/// Ruidoso,`, `near Tawila`, `continues past Lillesand`, `swept across
/// Brundle`).
pub(crate) const LOCATIVE_CUES: [&str; 7] = ["across", "in", "near", "outside", "past", "reach", "reached"];

/// Nouns for a leader's time in office: after `the` and one name, the name
/// is the leader's (`the Obama administration`, `the Reagan presidency`),
/// as CoNLL-2003 and OntoNotes mark it. (`government` and `regime` are not
/// here: a party or a movement holds them as often, `the Labour
/// government`, `the Taliban regime`.)
pub(crate) const TENURE_NOUNS: [&str; 2] = ["administration", "presidency"];

/// Endings of English adjectives that stand where a leader's name goes
/// before a [`TENURE_NOUNS`] noun (`the Democratic administration`, `the
/// Federal`, `the Communist`, `the Conservative administration`); few
/// surnames end so.
pub(crate) const ADJECTIVE_ENDINGS: [&str; 4] = ["ic", "al", "ist", "ive"];

/// Verbs of a life's events whose subject is a person, never a place or an
/// institution (`Hall later resigned`, `Barrie enrolled`): a lone name
/// before one is a person.
pub(crate) const LIFE_EVENT_VERBS: [&str; 13] = [
    "apologised",
    "apologized",
    "died",
    "divorced",
    "emigrated",
    "enrolled",
    "graduated",
    "married",
    "pleaded",
    "resigned",
    "retired",
    "starred",
    "testified",
];

/// Life's events that name a person only in the passive, after `was`,
/// `is`, `were` or `been` (`Seagal was born`, `Herzl was buried`; not
/// `Brooklyn born`, `Moscow arrested`).
pub(crate) const PASSIVE_LIFE_EVENTS: [&str; 10] =
    ["acquitted", "arrested", "baptised", "baptized", "born", "buried", "convicted", "jailed", "knighted", "sentenced"];

/// Words between a name and its life-event verb (`Hall later resigned`,
/// `Aldrin has been married`): auxiliaries and time adverbs.
pub(crate) const LIFE_EVENT_FILLERS: [&str; 9] = ["also", "been", "had", "has", "is", "later", "never", "then", "was"];

/// Nouns after a possessive that only a person has (`Duffy's lawyer`,
/// `Knightley's husband`, `Carangi's life and career`, `Arafat's death`,
/// `Yeltsin's health`, `Lebed's aides`, `Biden's administration`): kin,
/// counsel and aides, a life's course, a body's health and an office
/// held (not `coalition` nor `government`: a party and a region the
/// gazetteer lacks have those too). Sorted: a binary search reads it.
/// (`lawyer` is in [`OCCUPATIONS`] too, the slot before a name: most
/// occupations after a possessive are a firm's as often, `Zentrix's
/// engineer`, so neither list reads the other.)
pub(crate) const PERSONAL_NOUNS: Words = words![
    "administration",
    "aide",
    "aides",
    "arrest",
    "assassination",
    "attorney",
    "attorneys",
    "aunt",
    "autobiography",
    "biography",
    "birthday",
    "bodyguard",
    "bodyguards",
    "boyfriend",
    "brother",
    "career",
    "childhood",
    "children",
    "confidant",
    "confidante",
    "cousin",
    "dad",
    "daughter",
    "daughters",
    "death",
    "father",
    "fiancee",
    "fiancée",
    "funeral",
    "girlfriend",
    "grandchildren",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "health",
    "husband",
    "illness",
    "impeachment",
    "inauguration",
    "lawyer",
    "lawyers",
    "life",
    "memoir",
    "memoirs",
    "mom",
    "mother",
    "mum",
    "nephew",
    "niece",
    "parents",
    "premiership",
    "presidency",
    "resignation",
    "sister",
    "son",
    "sons",
    "stepdaughter",
    "stepfather",
    "stepmother",
    "stepson",
    "surgery",
    "uncle",
    "wedding",
    "widow",
    "widower",
    "wife",
];

/// Common nouns for a person that open a headline like a name (`Man, 59,
/// held`, `Actor Richard Attenborough has died`): no name starts with one
/// in a person-only slot.
pub(crate) const PERSON_NOUNS: [&str; 14] = [
    "actor",
    "actress",
    "baby",
    "boy",
    "child",
    "girl",
    "man",
    "pensioner",
    "singer",
    "student",
    "teen",
    "teenager",
    "toddler",
    "woman",
];

/// Greetings before a name that address a person (`Hi Kat!`, `Dear
/// Vince,`).
pub(crate) const GREETINGS: [&str; 4] = ["dear", "hello", "hey", "hi"];

/// The closing words of a letter, on the line before its signature
/// (`Thanks`, `Best regards,`).
pub(crate) const CLOSINGS: [&str; 6] = ["best", "cheers", "regards", "sincerely", "thanks", "wishes"];

/// Words before an age set off by commas (`Jutting, now 31,`).
pub(crate) const AGE_LEADS: [&str; 2] = ["aged", "now"];

/// The oldest age read in `X, 45,`: larger numbers are years or counts.
const MAX_AGE: u32 = 119;

/// `w` is a person's age as news writes it after a name (`45` in `Tom
/// Reyes, 45,`): figures alone, from 1 to [`MAX_AGE`]. The names' cue
/// (`Jutting, 31,`) and the speakers' description (`Tom Reyes, 45, a
/// friend of …`) both read it.
pub(crate) fn is_age_figure(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) && w.parse::<u32>().is_ok_and(|a| (1..=MAX_AGE).contains(&a))
}

/// A player's or coach's role after a team's name (`Madrid coach`,
/// `Dortmund's striker`, `Denver quarterback`, `Natal fly-half`,
/// `Leicestershire batsman`), each on [`TITLES`] too (the
/// tokenizer's title bit finds it first). `manager` and `captain` also run
/// firms and ships, but a town's name before them is its club's far more
/// often. Not `guard` or `center`, which end institutions' and places'
/// names in capitals (`Air National Guard`, `Civic Center`).
pub(crate) const SPORTS_ROLES: [&str; 23] = [
    "batsman",
    "bowler",
    "captain",
    "centre-back",
    "coach",
    "defender",
    "fly-half",
    "forward",
    "full-back",
    "goalie",
    "goalkeeper",
    "goaltender",
    "keeper",
    "linebacker",
    "manager",
    "midfielder",
    "pitcher",
    "quarterback",
    "scrum-half",
    "shortstop",
    "skipper",
    "striker",
    "winger",
];

/// Verbs between two teams (`Aston Villa beat Newcastle United`): a side
/// facing a club is a team too.
pub(crate) const MATCH_VERBS: [&str; 24] = [
    "beat",
    "beats",
    "crushed",
    "defeated",
    "defeats",
    "downed",
    "edged",
    "eliminated",
    "face",
    "faced",
    "faces",
    "hammered",
    "host",
    "hosted",
    "hosts",
    "outplayed",
    "overcame",
    "play",
    "plays",
    "routed",
    "stunned",
    "swept",
    "thrashed",
    "trounced",
];

/// Verbs that face a team through `with`, `to` or `against`, a score
/// between (`drew 0-0 with`, `lost 2-1 to`), or through `out` (`knocked
/// out`).
pub(crate) const MATCH_VERBS_BEFORE: [&str; 8] = ["draw", "draws", "drew", "knocked", "lose", "lost", "tied", "won"];

/// Words before a place that make it a club's name (`Dynamo Kiev`,
/// `Sporting Lisbon`, `Real Madrid`, `Inter Milan`, `AC Milan`).
pub(crate) const CLUB_PREFIXES: [&str; 15] = [
    "ac",
    "athletic",
    "atletico",
    "borussia",
    "cska",
    "dinamo",
    "dynamo",
    "inter",
    "lokomotiv",
    "olympique",
    "racing",
    "rapid",
    "real",
    "spartak",
    "sporting",
];

/// US political copy's party tags before a state (`R-Idaho`, `D-N.M.`).
pub(crate) const PARTY_TAGS: [&str; 3] = ["D-", "R-", "I-"];

/// Short forms of a country's name and the long form an entity takes when
/// the article spells it out (`U.S.` → `United States`).
pub(crate) const COUNTRY_SHORT_FORMS: [(&str, &str); 12] = [
    ("US", "United States"),
    ("U.S.", "United States"),
    ("USA", "United States"),
    ("U.S.A.", "United States"),
    ("America", "United States"),
    ("United States of America", "United States"),
    ("UK", "United Kingdom"),
    ("U.K.", "United Kingdom"),
    ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
    ("NZ", "New Zealand"),
    ("N.Z.", "New Zealand"),
];

/// The US Postal Service's two-letter codes of the states and the District
/// of Columbia (`Raleigh, NC`, `Houston, TX 77002`), two letters each.
const US_POSTAL_CODES: &str =
    "AKALARAZCACOCTDCDEFLGAHIIAIDILINKSKYLAMAMDMEMIMNMOMSMTNCNDNENHNJNMNVNYOHOKORPARISCSDTNTXUTVAVTWAWIWVWY";

/// `code` is a US state's postal code (`TX`).
pub fn is_us_postal_code(code: &str) -> bool {
    code.len() == 2 && US_POSTAL_CODES.as_bytes().chunks_exact(2).any(|c| c == code.as_bytes())
}

/// The US states and Canadian provinces as AP and the Canadian Press
/// write them, with their full names.
const AP: &[(&str, &str)] = &[
    ("Ala.", "Alabama"),
    ("Alta.", "Alberta"),
    ("Alaska", "Alaska"),
    ("Ariz.", "Arizona"),
    ("Ark.", "Arkansas"),
    ("B.C.", "British Columbia"),
    ("Calif.", "California"),
    ("Colo.", "Colorado"),
    ("Conn.", "Connecticut"),
    ("D.C.", "District of Columbia"),
    ("Del.", "Delaware"),
    ("Fla.", "Florida"),
    ("Ga.", "Georgia"),
    ("Hawaii", "Hawaii"),
    ("Idaho", "Idaho"),
    ("Ill.", "Illinois"),
    ("Ind.", "Indiana"),
    ("Iowa", "Iowa"),
    ("Kan.", "Kansas"),
    ("Ky.", "Kentucky"),
    ("La.", "Louisiana"),
    ("Maine", "Maine"),
    ("Man.", "Manitoba"),
    ("Md.", "Maryland"),
    ("Mass.", "Massachusetts"),
    ("Mich.", "Michigan"),
    ("Minn.", "Minnesota"),
    ("Miss.", "Mississippi"),
    ("Mo.", "Missouri"),
    ("Mont.", "Montana"),
    ("N.B.", "New Brunswick"),
    ("N.C.", "North Carolina"),
    ("N.D.", "North Dakota"),
    ("N.H.", "New Hampshire"),
    ("N.J.", "New Jersey"),
    ("N.M.", "New Mexico"),
    ("N.S.", "Nova Scotia"),
    ("N.Y.", "New York"),
    ("Neb.", "Nebraska"),
    ("Nev.", "Nevada"),
    ("Ohio", "Ohio"),
    ("Okla.", "Oklahoma"),
    ("Ont.", "Ontario"),
    ("Ore.", "Oregon"),
    ("P.E.I.", "Prince Edward Island"),
    ("Pa.", "Pennsylvania"),
    ("Que.", "Quebec"),
    ("R.I.", "Rhode Island"),
    ("S.C.", "South Carolina"),
    ("S.D.", "South Dakota"),
    ("Sask.", "Saskatchewan"),
    ("Tenn.", "Tennessee"),
    ("Texas", "Texas"),
    ("Utah", "Utah"),
    ("Va.", "Virginia"),
    ("Vt.", "Vermont"),
    ("W.Va.", "West Virginia"),
    ("Wash.", "Washington"),
    ("Wis.", "Wisconsin"),
    ("Wyo.", "Wyoming"),
];

/// The full name of a US state written the AP way (`N.M.`, `Wash.`,
/// `Calif.`) or in full where AP keeps it (`Idaho`, `Texas`), or of a
/// Canadian province written the Canadian Press way (`Ont.`, `B.C.`).
pub fn state_or_province(abbrev: &str) -> Option<&'static str> {
    AP.iter().find(|(a, _)| *a == abbrev).map(|(_, full)| *full)
}

/// `Ohio State`, `Michigan State`: a US state's (or a Canadian
/// province's) name (`name`, the words before `State`) that, with
/// `State`, names a university and its teams,
/// never the state. Not `New York` and `Washington`, whose states are
/// called so to tell them from their cities (`New York State police`).
pub fn names_a_state_university(name: &str) -> bool {
    !matches!(name, "New York" | "Washington") && is_state_or_province(name)
}

/// `name` (in full: `California`, `Ontario`) is a US state's or a
/// Canadian province's.
pub fn is_state_or_province(name: &str) -> bool {
    AP.iter().any(|&(_, full)| full == name)
}
