//! A company by what only a company has, whatever its name looks like
//! (`Morgan Stanley` reads as a given name and a surname, `Huawei said` as
//! a person): its shares or profits after its possessive (`Morgan
//! Stanley's shares fell`), its chief executive after it or before `of`
//! (`Wind Mobile CEO`, `the chief executive of Zentrix`), or its stock
//! ticker in brackets after it (`Vallmar (NYSE: VLM)`). So is an armed
//! group by what only a group has or does: its fighters (`Daesh fighters`)
//! and its claim of an attack (`Daesh has claimed responsibility`). Such a
//! name is an organisation wherever the text writes it (pass 9,
//! `org_names`).

use super::rules::{Cx, Verdict};
use super::words::{has_possessive, is_demonym, is_land, tok};
use crate::tokens::Token;

/// Nouns after a name's possessive that only a company has (`Acme's
/// shares`, `Acme's quarterly profit`; not `income` or `earnings`, which
/// people have: `the golfer's earnings`).
const COMPANY_NOUNS: [&str; 11] = [
    "CEO",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "shareholders",
    "shares",
    "stock",
    "stockholders",
    "subsidiaries",
    "subsidiary",
];

/// Words between a possessive and its noun (`Acme's quarterly profit`,
/// `Acme's net profit`).
const COMPANY_NOUN_MODIFIERS: [&str; 6] = ["annual", "first-half", "full-year", "net", "pretax", "quarterly"];

/// Verbs whose object is made chief executive (`named Bob Iger chief
/// executive`, `appointed Jane Doe CEO`): the name between is the person's.
const APPOINTING_VERBS: [&str; 8] =
    ["appointed", "elected", "hired", "installed", "made", "named", "promoted", "tapped"];

/// Roles that a firm employs and a person does not, written between the
/// firm and the employee's name (`Smith Barney analyst Martin Feldman`,
/// `Dean Witter economist Ann Lee`; not `spokesman` or `lawyer`, which
/// a person has: `Trump lawyer Michael Cohen`).
const FIRM_ROLES: [&str; 6] = ["analyst", "analysts", "economist", "economists", "strategist", "strategists"];

/// The shortest of [`FIRM_ROLES`], in bytes: most tokens after a name are
/// shorter, and are passed over by their length.
const FIRM_ROLE_MIN_LEN: usize = 7;

/// Stock exchanges written before a ticker in brackets (`(NYSE: VLM)`,
/// `(Nasdaq: ZNTX)`).
const EXCHANGES: [&str; 10] = ["AMEX", "ASX", "HKEX", "LSE", "NASDAQ", "NYSE", "Nasdaq", "OTC", "TSE", "TSX"];

/// Members only an armed group has, named right after it (`Daesh
/// fighters`, `Hamas militants`, `Wagner gunmen`); not `supporters` or
/// `allies`, which a person has too.
const GROUP_MEMBERS: [&str; 5] = ["fighters", "gunmen", "insurgents", "jihadists", "militants"];

/// The shortest of [`GROUP_MEMBERS`], in bytes.
const GROUP_MEMBER_MIN_LEN: usize = 6;

/// The auxiliaries between a group and its claim (`Daesh has claimed`).
const CLAIM_AUXILIARIES: [&str; 3] = ["had", "has", "have"];

/// The company's head word before and after `of`: `chief executive of X`,
/// `CEO of X`.
const EXECUTIVE: [&str; 2] = ["chief", "executive"];

/// `Morgan Stanley's shares`, `Wind Mobile CEO said`, `the chief executive
/// of Zentrix`, `Vallmar Corp (NYSE: VLM)`: an organisation. A known place
/// in such a slot is the place's own (`Britain's biggest shareholders`,
/// `Ohio's chief executive`): the rule leaves it.
pub(super) fn company_context(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let after = s.last + 1;
    // This runs for every candidate, and most have no cue: the bytes and
    // lengths of the tokens around say so before a word is read (a
    // possessive's apostrophe, the next token's first byte and length,
    // `of` before).
    let bytes = text.as_bytes();
    let end = toks[s.last].end();
    let possessive_on = end >= 3 && bytes[end - 1] == b's' && matches!(bytes[end - 2], b'\'' | APOSTROPHE_LAST);
    let (next, next_len) = toks.get(after).map_or((0, 0), |t| (bytes[t.start()], t.end() - t.start()));
    let possessive_apart = matches!((next, next_len), (b'\'', 2) | (APOSTROPHE_LEAD, 4));
    let ceo = (next, next_len) == (b'C', CEO.len());
    // (`analyst`, `economists`, `strategist`: seven letters or more.)
    let firm_role = matches!(next, b'a' | b'e' | b's') && next_len >= FIRM_ROLE_MIN_LEN;
    // (`fighters`, `militants` …; `claimed`, or `has` before it.)
    let group = matches!(next, b'f' | b'g' | b'i' | b'j' | b'm') && next_len >= GROUP_MEMBER_MIN_LEN
        || matches!(next, b'c' | b'h');
    let chief = (next, next_len) == (b'c', EXECUTIVE[0].len());
    let of_before = s.first >= 2 && {
        let t = toks[s.first - 1];
        t.end() - t.start() == OF.len() && &bytes[t.start()..t.end()] == OF.as_bytes()
    };
    if !(possessive_on || possessive_apart || ceo || chief || firm_role || group || next == b'(' || of_before) {
        return None;
    }
    let word = |k: usize| tok(text, toks, k);
    // News writes these words as the lists do (`shares`, `NYSE`, `Nasdaq`).
    let is = |k: usize, list: &[&str]| list.contains(&word(k));
    // After the name: its possessive, written on it or apart (`Acme 's`).
    let noun_at = if possessive_on && has_possessive(word(s.last)) {
        Some(after)
    } else if possessive_apart && matches!(word(after), "'s" | "\u{2019}s") {
        Some(after + 1)
    } else {
        None
    };
    let owned = noun_at.is_some_and(|k| {
        let k = k + usize::from(is(k, &COMPANY_NOUN_MODIFIERS));
        is(k, &COMPANY_NOUNS) || chief_executive(text, toks, k)
    });
    // `Wind Mobile CEO`, `Scope chief executive`: no possessive needed; not
    // the one appointed to it (`named Bob Iger chief executive`).
    let appointed = || s.first > 0 && APPOINTING_VERBS.contains(&word(s.first - 1));
    let headed = (ceo && word(after) == CEO || chief && chief_executive(text, toks, after)) && !appointed();
    // `Smith Barney analyst Martin Feldman`: a role only a firm employs,
    // before a name.
    let employs = firm_role && is(after, &FIRM_ROLES) && toks.get(after + 1).is_some_and(|t| t.upper());
    // `(NYSE: VLM)`, `(Nasdaq:ZNTX)`.
    let ticker = next == b'(' && is(after + 1, &EXCHANGES) && word(after + 2).starts_with(':');
    // `the chief executive of Zentrix`, `CEO of Zentrix`.
    let of_executive =
        of_before && (word(s.first - 2) == CEO || s.first >= 3 && chief_executive(text, toks, s.first - 3));
    // A land's in such a slot is its own (`Britain's biggest
    // shareholders`, `Ohio's chief executive`), and so is a town's stock
    // market; a town has no shares, profits or chief executive of its own
    // (`Toyota's shares`: the firm, though Toyota is a town in Japan).
    let place_own = || {
        cx.whole_is_place()
            && (is_land(cx.whole)
                || noun_at.is_some_and(|k| word(k) == "stock" && matches!(word(k + 1), "exchange" | "market")))
    };
    if !(owned || headed || employs || ticker || of_executive) || place_own() {
        return (group && armed_group(cx)).then_some(Verdict::Organisation);
    }
    Some(Verdict::Organisation)
}

/// `Daesh fighters`, `Hamas militants`, `Daesh has claimed responsibility`,
/// `Daesh claimed credit`: the name before a group's members or its claim
/// of an attack is an armed group's (see the module doc). Not a known place
/// (`Azov fighters`: the gazetteer's), nor a people (`Kurdish fighters`).
fn armed_group(cx: &Cx) -> bool {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let mut k = s.last + 1;
    if GROUP_MEMBERS.contains(&tok(text, toks, k)) {
        return !cx.whole_is_place() && !is_demonym(cx.whole);
    }
    if CLAIM_AUXILIARIES.contains(&tok(text, toks, k)) {
        k += 1;
    }
    tok(text, toks, k) == "claimed"
        && matches!(tok(text, toks, k + 1), "responsibility" | "credit")
        && !cx.whole_is_place()
}

/// The first byte of `’` in UTF-8 (and of other punctuation of its block).
const APOSTROPHE_LEAD: u8 = 0xE2;

/// The last byte of `’` in UTF-8.
const APOSTROPHE_LAST: u8 = 0x99;

/// The word before a company's name after its chief executive.
const OF: &str = "of";

/// A chief executive's abbreviation, as written.
const CEO: &str = "CEO";

/// Tokens `k` and `k + 1` are `chief executive`, in any case.
fn chief_executive(text: &str, toks: &[Token], k: usize) -> bool {
    EXECUTIVE.iter().enumerate().all(|(i, e)| tok(text, toks, k + i).eq_ignore_ascii_case(e))
}

#[cfg(test)]
mod tests {
    use crate::names::test_names as names;

    /// Each case: a text and the PERSON and PLACE mentions expected.
    #[test]
    fn company_context_cases() {
        let (p, l) = ("PERSON", "PLACE");
        let cases: &[(&str, &[(&str, &str)])] = &[
            // A possessive's company noun; the name goes everywhere.
            ("Carter Beaumont's shares fell 4 percent. Carter Beaumont said demand was weak.", &[]),
            ("Halvorsen's quarterly profit doubled, Halvorsen said on Tuesday.", &[]),
            ("Dunmore 's revenues rose in Ohio .", &[("Ohio", l)]),
            // A town's name is the firm's there (Toyota is a town in Japan);
            // a land's and a town's stock market are the place's own.
            ("Toyota's shares fell 2 percent. Toyota said sales were weak.", &[]),
            ("Ohio's chief executive and Britain's biggest shareholders met.", &[("Ohio", l), ("Britain", l)]),
            ("Frankfurt's stock exchange fell.", &[("Frankfurt", l)]),
            // A chief executive after the name or before `of`.
            ("Teller Grant CEO Maria Lopez said the deal was done.", &[("Maria Lopez", p)]),
            ("Carter Beaumont analyst Maria Lopez said Carter Beaumont was wrong.", &[("Maria Lopez", p)]),
            ("Jane Holloway analysts said little.", &[("Jane Holloway", p)]),
            ("Texas economist Maria Lopez spoke.", &[("Texas", l), ("Maria Lopez", p)]),
            ("She is the chief executive of Brookfield Ames, which Brookfield Ames denied.", &[]),
            // A ticker in brackets.
            ("Orlan Mercer (NYSE: ORM) won the contract. Orlan Mercer said it would hire.", &[]),
            // Counter-cases: a person's income, a place's shares, a
            // person's own words.
            ("Jane Holloway's income rose last year.", &[("Jane Holloway", p)]),
            ("Britain's shares of the vote fell, and Britain said so.", &[("Britain", l), ("Britain", l)]),
            ("Jane Holloway said the shares fell.", &[("Jane Holloway", p)]),
            ("Ohio's chief executive, Mike DeWine, spoke.", &[("Ohio", l), ("Mike DeWine", p)]),
            // An armed group by its fighters or its claim, everywhere.
            ("On Sunday, Qarath claimed responsibility for the blast. Qarath said more would follow.", &[]),
            ("A bomb hit the market, for which Qarath has claimed responsibility.", &[]),
            ("Vostrel fighters seized the town, and Vostrel said so.", &[]),
            // Counter-cases: a person's claim of a title, a place's fighters.
            ("On Sunday, Halvorsen claimed the title.", &[("Halvorsen", p)]),
            ("Ukraine fighters held the line.", &[("Ukraine", l)]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, &str)> = want.iter().map(|(t, l)| (t.to_string(), *l)).collect();
            assert_eq!(names(text), want, "{text}");
        }
    }
}
