//! Pass 9, organisation heads: `Newcastle United … beat Newcastle`,
//! `Vallmar AG … Vallmar said`. Once a word heads a club's or a company's
//! name, that word alone names the same organisation, not a place or a
//! person: its mentions go.

use super::mention::Mention;
use super::words::{starts_run, tok};
use crate::lexicon::{cat, core, is_all_caps, ACRONYM_MAX_LEN};
use crate::tokens::Token;

/// Drops the mentions that are exactly the head of a club or company name.
pub(super) fn drop_org_heads(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    // Written as clubs and companies write them: `United`, `AG`, `plc`, `GmbH`.
    let as_written = |w: &str| {
        w == "plc" || w.chars().next().is_some_and(char::is_uppercase) && !(w.len() > ACRONYM_MAX_LEN && is_all_caps(w))
    };
    let mut orgs: Vec<&str> = Vec::new();
    for (i, t) in toks.iter().enumerate().skip(1) {
        let suffix = t.cat & cat::ORG_SUFFIX != 0 && as_written(core(t.text(text)));
        if suffix && t.space_before() && !t.newline_before() && starts_run(toks, i - 1) {
            let head = core(tok(text, toks, i - 1));
            if !orgs.contains(&head) {
                orgs.push(head);
            }
        }
    }
    if !orgs.is_empty() {
        mentions.retain(|m| !orgs.contains(&&text[m.start..m.end]));
    }
    mentions
}
