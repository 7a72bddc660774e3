//! What the page says about working offline and keeping work on this
//! device: whether it opens without a network, whether the browser keeps
//! what is saved, and what to do when it saves nothing. The browser edges
//! find out each state; this module words it, once.

/// How the page was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// From a web server (or installed from one): a service worker keeps
    /// it for offline use.
    Hosted,
    /// The single self-contained HTML file, usually opened from disk
    /// (`file://`): there is nothing to fetch, so it is always offline.
    SingleFile,
}

/// Where offline use of the hosted page stands (its service worker).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    /// The app is being copied into the browser's cache.
    Preparing,
    /// The app is cached: it opens with the network off.
    Ready,
    /// This browser keeps no copy (no service workers here: a private
    /// window, a plain-http address, a blocked feature).
    Unavailable,
}

/// Whether the browser promises to keep the saved work when space runs low
/// (`navigator.storage.persist()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Not asked yet.
    Unknown,
    /// Granted: the browser will not clear it to free space.
    Kept,
    /// Refused: saved, but the browser may clear it under storage pressure.
    MayBeCleared,
    /// This browser has no such promise to give.
    Unsupported,
}

/// The line saying whether the page works offline.
pub fn offline_line(mode: Mode, readiness: Readiness) -> &'static str {
    match (mode, readiness) {
        (Mode::SingleFile, _) => "Single file: works offline, straight from disk.",
        (Mode::Hosted, Readiness::Preparing) => "Getting ready to work offline…",
        (Mode::Hosted, Readiness::Ready) => "Works offline: this page opens without a network.",
        (Mode::Hosted, Readiness::Unavailable) => {
            "This browser keeps no offline copy of the page: download the single file to work offline."
        }
    }
}

/// The line saying how safe the saved work is (`None` while unknown).
pub fn persistence_line(persistence: Persistence) -> Option<&'static str> {
    match persistence {
        Persistence::Unknown => None,
        Persistence::Kept => Some("Your work is kept on this device: the browser will not clear it to free space."),
        Persistence::MayBeCleared => Some(
            "Your work is saved in this browser, which may clear it if the disk runs low: export a copy now and then.",
        ),
        Persistence::Unsupported => {
            Some("Your work is saved in this browser, which makes no promise to keep it: export a copy now and then.")
        }
    }
}

/// What the page says when the browser refuses to store anything: `why`
/// is the browser's reason. Edits then live only in the open tab, so the
/// page offers export and asks before the tab is closed.
pub fn storage_refused(mode: Mode, why: &str) -> String {
    let whose = match mode {
        Mode::SingleFile => "a page opened from a file",
        Mode::Hosted => "this page",
    };
    format!(
        "This browser does not let {whose} save your work: {why}. Your changes stay in this tab only: \
         export the corpus to keep them before you close it."
    )
}

/// The single file's download link, with its size in megabytes (what a
/// person weighs before putting it on a stick or in a mail).
pub fn single_file_link(bytes: u64) -> String {
    // Megabytes with one decimal, rounded: tenths of a megabyte.
    let tenths = bytes.saturating_add(50_000) / 100_000;
    format!("Download as one file ({}.{} MB): works from disk, no server needed", tenths / 10, tenths % 10)
}

/// What the page asks before it is closed with changes that are neither
/// saved nor exported (browsers may show their own wording instead).
pub const LEAVE_WARNING: &str = "Your latest changes are not saved in this browser. Export them before you leave.";

/// What the page says when an update waits for a change that could not be
/// saved: reloading would lose it.
pub fn update_postponed(why: &str) -> String {
    format!("Not updated yet: your latest changes are not saved ({why}). Export the corpus, then update.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_has_its_own_line() {
        let lines = [
            offline_line(Mode::SingleFile, Readiness::Preparing),
            offline_line(Mode::Hosted, Readiness::Preparing),
            offline_line(Mode::Hosted, Readiness::Ready),
            offline_line(Mode::Hosted, Readiness::Unavailable),
        ];
        for (i, a) in lines.iter().enumerate() {
            assert!(lines[i + 1..].iter().all(|b| a != b), "{a} repeated");
        }
        assert_eq!(offline_line(Mode::SingleFile, Readiness::Unavailable), lines[0], "a single file is always offline");
        assert!(offline_line(Mode::Hosted, Readiness::Unavailable).contains("single file"));

        assert_eq!(persistence_line(Persistence::Unknown), None);
        let kept = persistence_line(Persistence::Kept).unwrap_or_default();
        assert!(kept.contains("kept") && !kept.contains("export"));
        for p in [Persistence::MayBeCleared, Persistence::Unsupported] {
            let line = persistence_line(p).unwrap_or_default();
            assert!(line.contains("export a copy"), "{p:?}: {line}");
        }
    }

    #[test]
    fn a_refusal_says_where_why_and_what_to_do() {
        let file = storage_refused(Mode::SingleFile, "SecurityError: denied");
        assert!(file.contains("opened from a file") && file.contains(": SecurityError: denied."), "{file}");
        assert!(file.contains("export the corpus"), "{file}");
        assert!(storage_refused(Mode::Hosted, "x").contains("this page"));
        assert!(update_postponed("storage is full").contains("(storage is full)"));
    }

    #[test]
    fn the_single_file_link_gives_its_size() {
        assert!(single_file_link(1_849_000).contains("(1.8 MB)"));
        assert!(single_file_link(1_850_000).contains("(1.9 MB)"));
        assert!(single_file_link(0).contains("(0.0 MB)"));
        assert!(single_file_link(12_345_678).contains("(12.3 MB)"));
    }
}
