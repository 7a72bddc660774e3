//! Which known places are countries (`Brazil`, `England`, `Yugoslavia`):
//! a national team is named after its country and stays a place, while a
//! club named after a town is none (`LABELS.md`, CoNLL-2003). The list is
//! `scripts/lexicons/build.py`'s (GeoNames' countries, the home nations,
//! former countries and the aliases news uses), front-coded like the other
//! lexicons and loaded once per process on first use. A list of its own:
//! the gazetteer's name bits are all taken.

use std::sync::OnceLock;

use super::gazetteer::front_decoded;
use super::hash::FastSet;

const COUNTRIES: &str = include_str!("../../data/countries.txt");

/// `name` (as written, in title case: `Brazil`, `Czech Republic`) is a
/// country's.
pub fn is_country(name: &str) -> bool {
    static TABLE: OnceLock<FastSet<Box<str>>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut t = FastSet::default();
            front_decoded(COUNTRIES, |n| {
                t.insert(n.into());
            });
            t
        })
        .contains(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Countries by GeoNames, the home nations, aliases and former
    /// countries; towns, states and regions are none.
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
            ("Texas", false),
            ("Bavaria", false),
            ("brazil", false),
            ("", false),
        ];
        for &(name, want) in cases {
            assert_eq!(is_country(name), want, "{name}");
        }
    }
}
