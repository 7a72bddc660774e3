//! Huge pages for a large `annotate FILE` or `annotate --jsonl FILE`
//! (4 MiB or more of files): the process runs itself again
//! with glibc's malloc tunables, under which its allocator asks the kernel
//! for transparent huge pages (`madvise`) for the memory it maps, so a 10 MB
//! document's some 150 MB of first-touched heap faults in 2 MiB at a time
//! instead of 4 KiB.
//!
//! Why: a new process touches every page of its heap for the first time,
//! where the core timed in a warm process reuses memory it already has. On
//! the 10 MB document that was 38,500 minor page faults, 13% of the CLI's
//! samples (`perf record`), and with `glibc.malloc.hugetlb=1` 8,500–10,000:
//! 15 runs in turns on this 2-core VM, elapsed 0.99 → 0.87 s and system
//! time 0.19 → 0.11 s (medians, the same output); `annotate --jsonl` with
//! that document as one line, 55,500 → 19,600 faults (a stream of many
//! small documents reuses its memory: some 3,000 either way).
//!
//! That tunable covers only the main arena's heap and blocks malloc maps
//! whole, and a mapped block's unaligned ends still fault 4 KiB at a time.
//! `annotate FILE` ([`Run::Annotate`]) also gets [`ONE_ARENA`]: every
//! thread allocates from the main arena (no per-thread heap, which has no
//! huge pages), blocks up to 32 MiB come from that heap instead of maps of
//! their own (each freed block's pages unmapped and faulted in again when
//! the next one is made), and the heap grows 64 MiB ahead: on the 10 MB
//! document 11,000 → 500–900 faults, system time 35–45 → 20–25 ms, CPU time
//! over its threads 10–40 ms less (medians of runs in turns, the same
//! bytes out), its instructions the same (2,886M → 2,890M, callgrind).
//! `annotate --jsonl` ([`Run::Stream`]) keeps huge pages alone: with one
//! arena the document as one line took 31,000 → 500 faults but no less
//! CPU time (350 → 365 ms, system 75 → 95, medians of 10 runs in turns,
//! load 11), and from `--jobs 2` on its workers would wait on each other's
//! allocations.
//!
//! glibc reads its tunables only at start, from the environment, and the
//! workspace forbids `unsafe` (no `madvise` or `mallopt` of our own), so the
//! process starts itself once more with the tunables set (`exec`: same
//! process, same arguments and descriptors; about a millisecond).
//!
//! The run is left as it is when `GLIBC_TUNABLES` is already set (the
//! user's own choice, or this second start: never a loop), when the input
//! is small or not all in files, and off glibc Linux; when the `exec`
//! fails, the run goes on without huge pages. Whether the kernel gives huge
//! pages is still its own setting (`/sys/kernel/mm/transparent_hugepage`:
//! `never` gives none, with no other change). The output is the same bytes
//! either way. The module is built for glibc Linux only (`main.rs`).
//! A tool that follows the process (valgrind without
//! `--trace-children=yes`) sees only the first start on such an input: set
//! `GLIBC_TUNABLES` (even empty) to keep it in one.

/// The environment variable glibc reads its tunables from.
const TUNABLES_VAR: &str = "GLIBC_TUNABLES";

/// The tunable: transparent huge pages for the memory malloc maps.
const HUGE_PAGES: &str = "glibc.malloc.hugetlb=1";

/// With [`HUGE_PAGES`], for `annotate FILE`: one arena
/// for every thread (`arena_max`), blocks below 32 MiB (glibc's largest
/// threshold on 64-bit) from the heap (`mmap_threshold`), which grows 64
/// MiB beyond each request (`top_pad`, address space: a page costs nothing
/// until it is touched). glibc ignores a tunable it does not know.
const ONE_ARENA: &str = "glibc.malloc.arena_max=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.top_pad=67108864";

/// Which command runs, which decides its tunables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Run {
    /// `annotate FILE...`: one thread extracts, the others allocate little.
    Annotate,
    /// `annotate --jsonl`: each worker keeps an arena of its own.
    Stream,
}

/// The tunables a run started again is given.
fn tunables(run: Run) -> String {
    match run {
        Run::Annotate => format!("{HUGE_PAGES}:{ONE_ARENA}"),
        Run::Stream => HUGE_PAGES.to_string(),
    }
}

/// The total input below which the run is left as it is: its heap (about
/// ten times the text) would hold a few huge pages at most, and the second
/// start would cost about what they save.
const MIN_INPUT_BYTES: u64 = 4 << 20;

/// Whether a run with `input_bytes` of files (`None`: some input is not a
/// file of known size, standard input) should start again with huge pages,
/// `tunables_set` telling whether `GLIBC_TUNABLES` is already set.
fn wanted(tunables_set: bool, input_bytes: Option<u64>) -> bool {
    !tunables_set && input_bytes.is_some_and(|n| n >= MIN_INPUT_BYTES)
}

/// The total size of `files`, `None` if one is standard input or cannot be
/// examined (its error is reported when it is read).
fn input_bytes(files: &[String]) -> Option<u64> {
    files.iter().try_fold(0u64, |total, f| {
        if f == "-" {
            return None;
        }
        Some(total + std::fs::metadata(f).ok()?.len())
    })
}

/// Starts this process again with huge pages when [`wanted`] for `files`,
/// with the [`tunables`] of its `run`; returns (having changed nothing)
/// when not, or when that start fails.
pub fn use_huge_pages(files: &[String], run: Run) {
    use std::os::unix::process::CommandExt;
    if !wanted(std::env::var_os(TUNABLES_VAR).is_some(), input_bytes(files)) {
        return;
    }
    let Ok(exe) = std::env::current_exe() else { return };
    let mut args = std::env::args_os();
    let mut command = std::process::Command::new(exe);
    if let Some(arg0) = args.next() {
        command.arg0(arg0);
    }
    // `exec` returns only when it failed: the run then goes on as it is.
    let _failed = command.args(args).env(TUNABLES_VAR, tunables(run)).exec();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_large_input_of_files_with_no_tunables_set_starts_again() {
        assert!(wanted(false, Some(MIN_INPUT_BYTES)));
        assert!(wanted(false, Some(10_008_726)));
        assert!(!wanted(false, Some(MIN_INPUT_BYTES - 1)), "small input");
        assert!(!wanted(false, None), "standard input");
        assert!(!wanted(true, Some(10_008_726)), "tunables already set: the user's, or the second start");
    }

    #[test]
    fn annotate_gets_one_arena_and_a_stream_keeps_its_workers_arenas() {
        let one = tunables(Run::Annotate);
        assert!(one.starts_with("glibc.malloc.hugetlb=1:"), "{one}");
        for t in ["glibc.malloc.arena_max=1", "glibc.malloc.mmap_threshold=33554432", "glibc.malloc.top_pad=67108864"] {
            assert!(one.split(':').any(|x| x == t), "{t} in {one}");
        }
        assert_eq!(tunables(Run::Stream), "glibc.malloc.hugetlb=1");
    }

    #[test]
    fn the_input_size_is_the_files_total_and_unknown_with_standard_input() {
        let dir = std::env::temp_dir().join(format!("annotate-pages-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
        std::fs::write(&a, "abc").unwrap();
        std::fs::write(&b, "de").unwrap();
        let name = |p: &std::path::Path| p.display().to_string();
        assert_eq!(input_bytes(&[name(&a), name(&b)]), Some(5));
        assert_eq!(input_bytes(&[name(&a), "-".into()]), None);
        assert_eq!(input_bytes(&[name(&dir.join("missing.txt"))]), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
