//! Pass 12, handles: a social-media handle or hashtag that spells a
//! person's name is that person (`@David_Speers`, `@jamesmassola`,
//! `#AlexFerguson`, without the `@` or `#`); a handle that spells none
//! (`@VictoriaPolice`, `@PMOnAir`) names an account, so no piece of it is
//! a name (`Victoria`).
//!
//! A handle spells a name when its first part is a given name and another
//! part follows: parts are split at `_` and at capitals (`David_Speers`,
//! `NinaBStevens`), and a handle in lower case is split after the longest
//! given name that leaves a surname's length (`liz|tilley84`). A part that
//! names an account's kind (`News`, `Police`, `Weather`) makes it no
//! person. Hashtags are topics more often than names: only one written in
//! parts (`#JamesFoley`) counts, never one in lower case (`#fairwarning`);
//! but a hashtag in lower case that is a known place is that place
//! (`#dublin`, as `#Dublin` would be).

use annotator_schema::Label;

use super::mention::Mention;
use crate::lexicon::name_words::ACCOUNT_WORDS;
use crate::lexicon::{is_org_word, lexicon};
use crate::tokens::{Kind, Token};

/// The longest handle or hashtag read (Twitter's handles have at most 15
/// characters; a longer hashtag is a slogan, not a name).
const MAX_HANDLE: usize = 30;

/// The shortest given name read off the front of a handle in lower case
/// (`liz|tilley`): shorter ones (`al`, `jo`) start too many words.
const MIN_GLUED_GIVEN: usize = 3;

/// The fewest letters left for the surname after that given name.
const MIN_GLUED_SURNAME: usize = 3;

/// Adds the people handles and hashtags spell, over whatever was found
/// inside them, and drops the pieces of the other handles.
pub(super) fn people(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    let found = handles(text, toks);
    if found.is_empty() {
        return mentions;
    }
    // `found` is sorted and disjoint: the handle a mention overlaps, if any.
    let overlapping = |m: &Mention| {
        let i = found.partition_point(|h| h.end <= m.start);
        found.get(i).filter(|h| h.start < m.end)
    };
    mentions.retain(|m| match overlapping(m) {
        Some(h) => h.kind == Names::Other && !(h.at && (m.start, m.end) != (h.start, h.end)),
        None => true,
    });
    for h in &found {
        let label = match h.kind {
            Names::Person => Label::Person,
            Names::Place => Label::Place,
            Names::Other => continue,
        };
        mentions.push(Mention { start: h.start, end: h.end, label, bracket_name: None });
    }
    mentions
}

/// A handle (`@…`) or hashtag (`#…`) in byte offsets, without its sign.
struct Handle {
    start: usize,
    end: usize,
    at: bool,
    kind: Names,
}

/// What a handle or hashtag names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Names {
    Person,
    Place,
    Other,
}

/// Every handle and hashtag of the text, in order.
fn handles(text: &str, toks: &[Token]) -> Vec<Handle> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    // Most texts hold no `@` or `#`: one search of the text for them (by
    // `memchr2`) spares the walk over every token (0.8% of extraction
    // natively).
    if memchr::memchr2(b'@', b'#', bytes).is_none() {
        return out;
    }
    // The sign of token `k`, read by byte: this runs for every token.
    let sign = |k: usize| {
        let t = &toks[k];
        if t.kind() != Kind::Punct {
            return None;
        }
        match bytes.get(t.start()) {
            Some(&b) if t.end() == t.start() + 1 && (b == b'@' || b == b'#') => Some(b),
            _ => None,
        }
    };
    let mut k = 0;
    while k + 1 < toks.len() {
        let Some(sign) = sign(k) else {
            k += 1;
            continue;
        };
        let first = &toks[k + 1];
        // The sign starts a word (not `a@b`) and the handle follows at once.
        let starts = first.kind() == Kind::Word
            && !first.space_before()
            && (k == 0 || toks[k].space_before() || toks[k - 1].kind() == Kind::Punct);
        if !starts {
            k += 1;
            continue;
        }
        // The handle: words and `_` joined without spaces.
        let mut j = k + 1;
        while toks.get(j + 1).is_some_and(|t| !t.space_before() && (t.kind() == Kind::Word || t.is(text, "_"))) {
            j += 1;
        }
        let (start, end) = (first.start(), toks[j].end());
        let body = &text[start..end];
        if body.len() <= MAX_HANDLE && body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            let at = sign == b'@';
            let kind = if spells_person(body, at) {
                Names::Person
            } else if !at && is_place_tag(body) {
                Names::Place
            } else {
                Names::Other
            };
            out.push(Handle { start, end, at, kind });
        }
        k = j + 1;
    }
    out
}

/// Does handle `body` spell a person's name? `glued`: a handle in lower
/// case may be read as a given name and a surname written together.
fn spells_person(body: &str, glued: bool) -> bool {
    let body = body.trim_end_matches(|c: char| c.is_ascii_digit());
    let parts = parts(body);
    let lx = lexicon();
    if parts.iter().any(|p| account_word(p)) {
        return false;
    }
    match parts.as_slice() {
        [] => false,
        [one] => {
            glued
                && one.bytes().all(|b| b.is_ascii_lowercase())
                && (MIN_GLUED_GIVEN..=one.len().saturating_sub(MIN_GLUED_SURNAME))
                    .rev()
                    .any(|i| lx.is_given(&name_case(&one[..i]), true) && !account_word(&one[i..]))
        }
        [given, rest @ ..] => {
            let given = lx.is_given(&name_case(given), false);
            // Not a place written in parts (`#NewYork`, `@HongKong`).
            let place = lx.is_place(&parts.iter().map(|p| name_case(p)).collect::<Vec<_>>().join(" "));
            given && !place && rest.iter().any(|p| p.len() >= 2)
        }
    }
}

/// `#dublin`: a hashtag in lower case that is a known place (not one
/// named like an English word: `#reading`).
fn is_place_tag(body: &str) -> bool {
    body.bytes().all(|b| b.is_ascii_lowercase()) && lexicon().is_place_at(&name_case(body), true)
}

/// A handle's parts: split at `_` and where a capital starts a word
/// (`NinaBStevens` -> `Nina`, `B`, `Stevens`; `PMOnAir` -> `PM`, `On`,
/// `Air`); one part when it is all in one case.
fn parts(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for piece in body.split('_').filter(|p| !p.is_empty()) {
        let b = piece.as_bytes();
        let mut from = 0;
        for i in 1..b.len() {
            // A capital after a lower-case letter, or the last capital of a
            // run before a lower-case letter (`PMOn`: `PM` | `On`).
            let upper = b[i].is_ascii_uppercase();
            let after_lower = b[i - 1].is_ascii_lowercase();
            let run_end = b[i - 1].is_ascii_uppercase() && b.get(i + 1).is_some_and(u8::is_ascii_lowercase);
            if upper && (after_lower || run_end) {
                out.push(&piece[from..i]);
                from = i;
            }
        }
        out.push(&piece[from..]);
    }
    out
}

/// `james`, `JAMES` -> `James`: the form the name lexicons hold.
fn name_case(part: &str) -> String {
    let mut out = part.to_ascii_lowercase();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// A part that names an account's kind (`News`, `Police`, `Weather`)
/// rather than a person.
fn account_word(part: &str) -> bool {
    let lower = part.to_ascii_lowercase();
    ACCOUNT_WORDS.contains(&lower.as_str()) || is_org_word(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handle_cases() {
        // (text, the people found in handles and hashtags, in order)
        let cases: &[(&str, &[&str])] = &[
            // In parts, by `_` or capitals, and with an initial.
            ("Next on the show ( @David_Speers )", &["David_Speers"]),
            ("Join me & @NinaBStevens tonight", &["NinaBStevens"]),
            ("held hostage with #JamesFoley for months", &["JamesFoley"]),
            // In lower case: a given name and a surname's length after it.
            ("About to chat with @jamesmassola on the panel", &["jamesmassola"]),
            ("more soon ( @liztilley84 )", &["liztilley84"]),
            // No person: an account's kind, a place, no given name first,
            // a short remainder, a hashtag in lower case, an e-mail address.
            ("Vic Dept of Human Services , @VictoriaPolice and others", &[]),
            ("Watch ( @PMOnAir ) tonight", &[]),
            ("Sunrise over #NewYork today", &[]),
            ("great view @SkyWeatherAUS", &[]),
            ("see @bobby now", &[]),
            ("on #fairwarning and #jamesmassola tonight", &[]),
            ("mail anna@jamesmassola.com", &[]),
            ("sunrise over #dublin", &[]),
            ("@ # @_ #", &[]),
        ];
        for (text, want) in cases {
            let toks = crate::tokens::tokenize(text);
            let got: Vec<&str> = handles(text, &toks)
                .iter()
                .filter(|h| h.kind == Names::Person)
                .map(|h| &text[h.start..h.end])
                .collect();
            assert_eq!(got, *want, "{text:?}");
        }
    }

    #[test]
    fn place_tag_cases() {
        // (hashtag, a known place in lower case?)
        let cases = [("dublin", true), ("townsville", true), ("reading", false), ("auspol", false), ("Dublin", false)];
        for (tag, want) in cases {
            assert_eq!(is_place_tag(tag), want, "{tag}");
        }
    }

    #[test]
    fn handles_replace_what_was_found_inside_them() {
        // `Victoria` inside an account's handle goes; `Speers` inside a
        // person's becomes the whole handle; a mention outside stays.
        let text = "@VictoriaPolice and @David_Speers in Sydney";
        let toks = crate::tokens::tokenize(text);
        let at = |w: &str| text.find(w).unwrap_or(0);
        let m = |w: &str, label| Mention { start: at(w), end: at(w) + w.len(), label, bracket_name: None };
        let found = vec![m("Victoria", Label::Place), m("Speers", Label::Person), m("Sydney", Label::Place)];
        let mut got: Vec<(&str, Label)> =
            people(text, &toks, found).iter().map(|m| (&text[m.start..m.end], m.label.clone())).collect();
        got.sort_by_key(|(w, _)| at(w));
        assert_eq!(got, vec![("David_Speers", Label::Person), ("Sydney", Label::Place)]);
    }
}
