//! The shared development material for tests and benchmarks.
//!
//! The labelling guide, the five seed articles with their gold labels, the
//! external development sets and the scorer live in a read-only folder
//! beside the clone, `../shared` (override with `ANNOTATOR_SHARED`). Every
//! test and benchmark that reads it goes through this crate, so a missing
//! folder or file fails with one clear message instead of a compile error
//! (`include_str!`) in one place and a silent pass in another.
//!
//! ```no_run
//! let articles = annotator_testdata::seed_articles();
//! assert_eq!(articles.len(), 5);
//! let gold = annotator_testdata::shared_path("corpus/gold");
//! ```

use std::path::{Path, PathBuf};

/// The environment variable that points at the shared folder elsewhere.
pub const SHARED_ENV: &str = "ANNOTATOR_SHARED";

/// The shared folder: `$ANNOTATOR_SHARED`, or `../shared` beside the
/// workspace root.
///
/// # Panics
/// When the folder does not exist, with a message saying where it was
/// looked for and how to point elsewhere.
pub fn shared_dir() -> PathBuf {
    let dir = std::env::var_os(SHARED_ENV).map(PathBuf::from).unwrap_or_else(|| {
        // This crate sits at <root>/crates/testdata; the shared folder at <root>/../shared.
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
    });
    assert!(
        dir.is_dir(),
        "the shared development material was not found at {}: it must sit beside the clone as ../shared \
         (or set {SHARED_ENV} to its path)",
        dir.display()
    );
    dir
}

/// `relative` inside the shared folder.
///
/// # Panics
/// When the folder or the path within it does not exist.
pub fn shared_path(relative: &str) -> PathBuf {
    let path = shared_dir().join(relative);
    assert!(path.exists(), "{} not found in the shared folder ({})", relative, path.display());
    path
}

/// The text of the file `relative` inside the shared folder.
///
/// # Panics
/// When the file is missing or not UTF-8.
pub fn read_shared(relative: &str) -> String {
    let path = shared_path(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The files directly inside `dir` whose name ends with `.{ext}`, sorted.
///
/// # Panics
/// When `dir` cannot be read or holds no such file: a set that silently
/// shrank to nothing would make every test over it pass.
pub fn files_with_extension(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .{ext} files in {}", dir.display());
    files
}

/// The seed articles of `corpus/articles` as `(file name, text)`, sorted by
/// name.
///
/// # Panics
/// When the folder is missing or empty.
pub fn seed_articles() -> Vec<(String, String)> {
    files_with_extension(&shared_path("corpus/articles"), "txt")
        .into_iter()
        .map(|path| {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (name, text)
        })
        .collect()
}

/// The seed article whose file name starts with `prefix` (`"002_"`).
///
/// # Panics
/// When there is none.
pub fn seed_article(prefix: &str) -> String {
    seed_articles()
        .into_iter()
        .find_map(|(name, text)| name.starts_with(prefix).then_some(text))
        .unwrap_or_else(|| panic!("no seed article named {prefix}* in corpus/articles"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_five_seed_articles_and_their_gold() {
        assert_eq!(seed_articles().len(), 5);
        assert_eq!(files_with_extension(&shared_path("corpus/gold"), "json").len(), 5);
        assert!(seed_article("002_").len() > 1000);
    }

    #[test]
    #[should_panic(expected = "not found in the shared folder")]
    fn a_missing_path_fails_with_a_clear_message() {
        shared_path("corpus/no-such-folder");
    }
}
