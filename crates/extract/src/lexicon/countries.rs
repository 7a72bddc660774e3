//! Which known places are countries (`Brazil`, `England`, `Yugoslavia`):
//! a national team is named after its country and stays a place, while a
//! club named after a town is none (`LABELS.md`, CoNLL-2003); and which
//! are capitals (`Moscow`, `Washington`), which news names for their
//! governments (`Moscow faced Kyiv`). The names are
//! `scripts/lexicons/build.py`'s (GeoNames' countries and capitals, the
//! home nations, former countries and the aliases news uses): a mark after
//! a place of the gazetteer's list (`gazetteer::marked`), and the few
//! countries it holds as no place in a list of their own (capitals flagged
//! `^`); read once per process on first use. A table of its own: the
//! gazetteer's name bits are all taken.

use std::sync::OnceLock;

use super::gazetteer::{front_decoded, marked, places, CAPITAL_MARK, COUNTRY_MARK};
use super::hash::FastMap;

const COUNTRIES: &str = include_str!("../../data/countries.txt");

/// What the list says a name is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Nation {
    Country,
    Capital,
}

/// The list's names, each with what it is.
fn nations() -> &'static FastMap<Box<str>, Nation> {
    static TABLE: OnceLock<FastMap<Box<str>, Nation>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = FastMap::default();
        front_decoded(places(), |n| {
            let (name, mark) = marked(n.strip_prefix('~').unwrap_or(n));
            let nation = match mark {
                Some(COUNTRY_MARK) => Nation::Country,
                Some(CAPITAL_MARK) => Nation::Capital,
                _ => return,
            };
            t.insert(name.into(), nation);
        });
        front_decoded(COUNTRIES, |n| {
            match n.strip_prefix('^') {
                Some(capital) => t.insert(capital.into(), Nation::Capital),
                None => t.insert(n.into(), Nation::Country),
            };
        });
        t
    })
}

/// `name` (as written, in title case: `Brazil`, `Czech Republic`) is a
/// country's.
pub fn is_country(name: &str) -> bool {
    nations().get(name) == Some(&Nation::Country)
}

/// `name` (as written: `Brazil`, `Moscow`, `Kyiv`) is a country's or a
/// capital's: the one question the rules ask of capitals (a government's
/// seat: `Moscow faced Kyiv`, `Washington said`), so no `is_capital`.
pub fn is_nation(name: &str) -> bool {
    // (`get`, as `is_country` asks: one lookup's code in the page.)
    nations().get(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Countries by GeoNames, the home nations, aliases and former
    /// countries; towns, capitals, states and regions are none.
    #[test]
    fn is_country_cases() {
        let cases: &[(&str, bool)] = &[
            ("Brazil", true),
            ("South Korea", true),
            ("England", true),
            ("U.S.", true),
            ("Yugoslavia", true),
            ("West Indies", true),
            ("Madrid", false),
            ("^Madrid", false),
            ("Texas", false),
            ("Bavaria", false),
            ("brazil", false),
            ("", false),
        ];
        for &(name, want) in cases {
            assert_eq!(is_country(name), want, "{name}");
        }
    }

    /// Capitals by GeoNames and `Kiev` are nations, no countries; a country
    /// that is its own capital is a country, a town no capital.
    #[test]
    fn is_capital_cases() {
        let is_capital = |name: &str| is_nation(name) && !is_country(name);
        let cases: &[(&str, bool)] = &[
            ("Moscow", true),
            ("Kiev", true),
            ("Washington", true),
            ("Singapore", false),
            ("Leeds", false),
            ("Brazil", false),
        ];
        for &(name, want) in cases {
            assert_eq!(is_capital(name), want, "{name}");
        }
    }
}
