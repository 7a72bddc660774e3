//! The gender a given name tells (`Mary`, `Carl`), from the US Census 1990
//! first names `scripts/lexicons/build.py` keeps as clear: common, and far
//! likelier for one sex than the other. Names shared by both (`Leslie`) and
//! rare ones tell nothing. Marked in the given names' list (a `<` or `>`
//! after the name, `gazetteer::marked`), read once per process on first
//! use.

use std::sync::OnceLock;

use super::gazetteer::{front_decoded, marked, FEMALE_MARK, GIVEN, MALE_MARK};
use super::hash::FastMap;

/// What a given name says of the person who bears it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameGender {
    Male,
    Female,
}

/// The gender given name `name` (as written: `Mary`) tells, if clear.
pub fn given_name_gender(name: &str) -> Option<NameGender> {
    static TABLE: OnceLock<FastMap<Box<str>, NameGender>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut t = FastMap::default();
            front_decoded(GIVEN, |n| {
                let (name, mark) = marked(n.strip_prefix('~').unwrap_or(n));
                let gender = match mark {
                    Some(MALE_MARK) => NameGender::Male,
                    Some(FEMALE_MARK) => NameGender::Female,
                    _ => return,
                };
                t.insert(name.into(), gender);
            });
            t
        })
        .get(name)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Clear names by either list; names both sexes bear, surnames and
    /// words tell nothing.
    #[test]
    fn given_name_gender_cases() {
        let cases: &[(&str, Option<NameGender>)] = &[
            ("Mary", Some(NameGender::Female)),
            ("Elizabeth", Some(NameGender::Female)),
            ("Alexandra", Some(NameGender::Female)),
            ("John", Some(NameGender::Male)),
            ("Carl", Some(NameGender::Male)),
            ("Howard", Some(NameGender::Male)),
            ("Leslie", None),
            ("Smith", None),
            ("mary", None),
            ("", None),
        ];
        for &(name, want) in cases {
            assert_eq!(given_name_gender(name), want, "{name}");
        }
    }
}
