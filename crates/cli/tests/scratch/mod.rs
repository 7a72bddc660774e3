//! A scratch directory per test, removed when the test ends, passed or
//! failed (its guard drops while the panic unwinds), so runs leave nothing
//! in the system's temporary directory.
//!
//! Written here rather than taken from `tempfile`: these twenty lines are all
//! the tests need, and that crate would add its platform dependencies to
//! every build of the workspace's tests.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One test's directory under the system's temporary directory.
pub struct Scratch(PathBuf);

impl Scratch {
    /// A new empty directory, its name unique to this process and call
    /// (tests of one binary run in parallel threads).
    pub fn new() -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("annotate-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }

    /// `name` inside the directory, not created.
    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// A file `name` holding `bytes`.
    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).expect("write scratch file");
        p
    }

    /// An empty directory `name`.
    #[allow(dead_code)] // each test binary compiles this module; only cli.rs makes directories
    pub fn dir(&self, name: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::create_dir_all(&p).expect("scratch subdir");
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
