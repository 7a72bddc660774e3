//! The CLI's speed figures, printed by `scripts/bench.sh` (its section
//! `scripts/bench/cli.sh`, which builds this example and the binary with the
//! same profile and passes the binary's path). Figures, not assertions.
//!
//! 1. The CLI end to end (the process reading the file, extracting and
//!    writing JSON) on a 10 MB document, as a ratio to the core's own speed
//!    (`annotator_extract::extract` in this process) on the same document
//!    in the same run: `annotate big.txt -o big.json` and
//!    `annotate --jsonl big.jsonl -o big.out.jsonl`. Target ≥ 0.8.
//! 2. `annotate --jsonl --jobs N` on a stream of thousands of documents:
//!    the speed-up of every core over one. Target ≥ 1.8 on two cores.
//!
//! 3. Where the CLI's time goes beyond the core, in process on the same
//!    document: `to_document` (byte offsets to code points, spans copied
//!    into the document) and the labelled-JSON export (the offset check
//!    every export runs, and the writing), each as a share of the core's
//!    time. The rest of the end-to-end gap is the process: reading the file,
//!    writing the output, and page faults of the allocations.
//! 4. The core in a fresh process (`bench_cli --core-once FILE`: this
//!    program again, reading the file and extracting once, the lexicons
//!    loading beside the reading and the allocator given huge pages, as
//!    `annotate` does), timed as `annotate` is: the part of the gap that
//!    is a new process's (its lexicons, its memory touched for the first
//!    time) and not the CLI's own work. The target's ratio stays the one
//!    to the core in process.
//! 5. What each costs in CPU time over all its threads, and the page faults
//!    of a new process (Linux: this process's `/proc` figures for itself
//!    and for the children it waited for): the core in process is warm (its
//!    lexicons loaded, its memory already its own), `annotate` and the
//!    fresh core are not. Less sensitive than elapsed time to a shared
//!    machine's load, though not immune to it.
//!
//! Each figure is the median of `ROUNDS` rounds, the kinds of run taking
//! turns within a round, so that a shared machine's load falls on all alike;
//! a ratio to the core is the median of each round's own ratio (the core and
//! the CLI timed seconds apart, under the same load), with the rounds'
//! spread beside it. Each `annotate` run writes to a path that the run
//! before it left empty (the old output removed, untimed): replacing a
//! 53 MB file is the file system's work, not the CLI's (on ext4 a rename
//! over an existing file starts writing the new one out and frees the old
//! one's pages, in the `rename` call).
//! Given a second binary (`bench_cli NEW BASE`, e.g. main's build), each
//! `annotate` run is made with both in turns and both figures are printed,
//! BASE's marked `(base)`: a loaded machine's figures compare only within
//! one run. Which of the two goes first alternates from round to round:
//! the run right after this process's own export was 10% slower whichever
//! binary it was (the same two binaries, given in one order then the other,
//! under load 8-11).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Rounds per figure: the median of 7 is steady on a shared 2-core VM.
const ROUNDS: usize = 7;
/// The size of the one big document.
const BIG: usize = 10_000_000;
/// Documents in the stream for `--jobs`.
const STREAM_DOCS: usize = 4_000;
/// The argument that makes this program the core in a fresh process.
const CORE_ONCE: &str = "--core-once";
/// glibc's tunables for the fresh core: `annotate FILE` starts itself again
/// with these on an input of 4 MiB or more (`src/pages.rs`: huge pages and
/// one arena).
const HUGE_PAGES: (&str, &str) = (
    "GLIBC_TUNABLES",
    "glibc.malloc.hugetlb=1:glibc.malloc.arena_max=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.top_pad=67108864",
);

/// `--core-once FILE`: reads FILE and extracts it once, the lexicons
/// loading meanwhile, the spans left to the process's end (as `annotate`
/// leaves its documents).
fn core_once(file: &str) {
    let _ = std::thread::Builder::new().name("warm-up".into()).spawn(annotator_extract::warm_up);
    let text = std::fs::read_to_string(file).expect("read the document");
    std::mem::forget(annotator_extract::extract(&text));
}

/// The CPU time and minor page faults of a run.
#[derive(Clone, Copy)]
struct Cost {
    cpu: f64,
    faults: u64,
}

/// Clock ticks a second in `/proc`'s times (`USER_HZ`: 100 on Linux).
const TICKS: f64 = 100.0;

/// What the children this process has waited for cost so far (`cutime`,
/// `cstime`, `cminflt` of `/proc/self/stat`); `None` off Linux.
fn children() -> Option<Cost> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command's name, which is in brackets: field 3 on.
    let fields: Vec<&str> = stat.get(stat.rfind(')')? + 2..)?.split(' ').collect();
    let field = |n: usize| fields.get(n - 3)?.parse::<u64>().ok();
    Some(Cost { cpu: (field(16)? + field(17)?) as f64 / TICKS, faults: field(11)? })
}

/// What the children waited for since `before` cost.
fn since(before: Option<Cost>) -> Option<Cost> {
    let (b, now) = (before?, children()?);
    Some(Cost { cpu: now.cpu - b.cpu, faults: now.faults - b.faults })
}

/// This thread's CPU time so far (`/proc/thread-self/schedstat`, in ns);
/// `None` off Linux.
fn thread_cpu() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(stat.split(' ').next()?.parse::<f64>().ok()? / 1e9)
}

/// The median CPU time of `costs` and their page faults (median, least and
/// most), `None` if one is unknown.
fn median_cost(costs: &[Option<Cost>]) -> Option<(f64, String)> {
    let costs: Vec<Cost> = costs.iter().copied().collect::<Option<_>>()?;
    let faults: Vec<u64> = costs.iter().map(|c| c.faults).collect();
    let (lo, hi) = (faults.iter().min()?, faults.iter().max()?);
    let faults = format!("{} page faults ({lo}-{hi})", median(faults.iter().map(|&f| f as f64).collect()));
    Some((median(costs.iter().map(|c| c.cpu).collect()), faults))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Seconds `f` takes.
fn time(f: impl FnOnce()) -> f64 {
    let started = Instant::now();
    f();
    started.elapsed().as_secs_f64()
}

/// Seconds `annotate` takes with `args`, writing to `out`, which is
/// removed first, untimed; panics (this is a benchmark) if it fails.
fn run(annotate: &Path, args: &[&str], input: &Path, out: &Path) -> f64 {
    match std::fs::remove_file(out) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => panic!("cannot remove {}: {e}", out.display()),
        _ => {}
    }
    time(|| {
        let status = Command::new(annotate).args(args).arg("-o").arg(out).arg(input).status().expect("annotate runs");
        assert!(status.success(), "annotate {args:?} failed");
    })
}

/// The median of the rounds' ratios `core[r] / cli[r]`, and their least
/// and greatest.
fn ratio(core: &[f64], cli: &[f64]) -> (f64, f64, f64) {
    let ratios: Vec<f64> = core.iter().zip(cli).map(|(c, e)| c / e).collect();
    let (lo, hi) = ratios.iter().fold((f64::MAX, 0f64), |(lo, hi), &r| (lo.min(r), hi.max(r)));
    (median(ratios), lo, hi)
}

fn mb_s(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / secs / 1e6
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some(CORE_ONCE) {
        return core_once(&std::env::args().nth(2).expect("usage: bench_cli --core-once FILE"));
    }
    let annotate = PathBuf::from(std::env::args().nth(1).expect("usage: bench_cli PATH/TO/annotate [BASE]"));
    let base = std::env::args().nth(2).map(PathBuf::from);
    let bins: Vec<(&Path, &str)> =
        std::iter::once((annotate.as_path(), "")).chain(base.as_deref().map(|b| (b, " (base)"))).collect();
    let dir = std::env::temp_dir().join(format!("annotate-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let articles: Vec<String> = annotator_testdata::seed_articles().into_iter().map(|(_, t)| t).collect();

    // 1. One 10 MB document: the five articles, again and again.
    let mut big = String::with_capacity(BIG + 100_000);
    while big.len() < BIG {
        for a in &articles {
            big.push_str(a);
            big.push_str("\n\n");
        }
    }
    let (txt, jsonl) = (dir.join("big.txt"), dir.join("big.jsonl"));
    std::fs::write(&txt, &big).expect("write big.txt");
    let line = serde_json::json!({"id": "big", "text": big}).to_string() + "\n";
    std::fs::write(&jsonl, line).expect("write big.jsonl");
    std::hint::black_box(annotator_extract::extract(&big)); // warm-up: lexicons loaded
    let (mut core, mut cli, mut stream) = (Vec::new(), vec![Vec::new(); bins.len()], vec![Vec::new(); bins.len()]);
    // The binaries' indices in round `r`'s order: each goes first in turn.
    let n = bins.len();
    let turn = move |r: usize| (0..n).map(move |i| (i + r) % n);
    let (mut convert, mut export, mut fresh) = (Vec::new(), Vec::new(), Vec::new());
    let (mut core_cpu, mut fresh_cost, mut cli_cost) = (Vec::new(), Vec::new(), vec![Vec::new(); bins.len()]);
    let this = std::env::current_exe().expect("this program's path");
    for r in 0..ROUNDS {
        let mut found = Vec::new();
        let cpu_before = thread_cpu();
        core.push(time(|| {
            found = annotator_extract::extract(std::hint::black_box(&big));
        }));
        core_cpu.push(cpu_before.zip(thread_cpu()).map(|(b, a)| a - b));
        let mut doc = None;
        convert.push(time(|| {
            doc = Some(annotator_extract::to_document("big", "big.txt", &big, std::mem::take(&mut found)))
        }));
        let docs: Vec<_> = doc.into_iter().collect();
        export.push(time(|| {
            let files = annotator_formats::by_id("json").map(|json| json.write(&docs, "big"));
            assert!(matches!(files, Some(Ok(_))), "the JSON export fails");
            std::hint::black_box(files);
        }));
        let before = children();
        fresh.push(time(|| {
            let status =
                Command::new(&this).arg(CORE_ONCE).arg(&txt).env(HUGE_PAGES.0, HUGE_PAGES.1).status().expect("runs");
            assert!(status.success(), "the core in a fresh process failed");
        }));
        fresh_cost.push(since(before));
        for b in turn(r) {
            let before = children();
            cli[b].push(run(bins[b].0, &[], &txt, &dir.join("big.json")));
            cli_cost[b].push(since(before));
        }
        for b in turn(r) {
            let args = ["--jsonl", "--quiet", "--jobs", "1"];
            stream[b].push(run(bins[b].0, &args, &jsonl, &dir.join("out.jsonl")));
        }
    }
    let big_core = median(core.clone());
    let (convert, export) = (median(convert), median(export));
    println!("10 MB document ({} bytes), median of {ROUNDS} rounds:", big.len());
    println!("  core (annotator_extract::extract, in process)   {:6.1} MB/s", mb_s(big.len(), big_core));
    let line = |what: &str, runs: &[Vec<f64>]| {
        for (b, (_, mark)) in bins.iter().enumerate() {
            let (r, lo, hi) = ratio(&core, &runs[b]);
            println!(
                "  {what}{:6.1} MB/s   ratio to the core {r:.2} (rounds {lo:.2}-{hi:.2}; target >= 0.8){mark}",
                mb_s(big.len(), median(runs[b].clone())),
            );
        }
    };
    line("annotate big.txt -o big.json (end to end)       ", &cli);
    line("annotate --jsonl --jobs 1 (one line)            ", &stream);
    println!(
        "  beyond the core, in process on one thread: to_document {:.0}% of the core's time, labelled-JSON export {:.0}%",
        100.0 * convert / big_core,
        100.0 * export / big_core,
    );
    for (b, (_, mark)) in bins.iter().enumerate() {
        let cli = median(cli[b].clone());
        println!(
            "  beyond the core, end to end (all the CLI does besides extraction, less what overlaps it): {:.0}% of the core's time{mark}",
            100.0 * (cli - big_core) / big_core
        );
    }
    let (r, lo, hi) = ratio(&core, &fresh);
    println!(
        "  the core in a fresh process (reading, extracting){:6.1} MB/s   ratio to the core {r:.2} (rounds {lo:.2}-{hi:.2})",
        mb_s(big.len(), median(fresh.clone()))
    );
    for (b, (_, mark)) in bins.iter().enumerate() {
        let (r, lo, hi) = ratio(&fresh, &cli[b]);
        println!("  annotate big.txt -o big.json to the core in a fresh process: ratio {r:.2} (rounds {lo:.2}-{hi:.2}){mark}");
    }
    let core_cpu: Option<Vec<f64>> = core_cpu.into_iter().collect();
    if let (Some(core_cpu), Some((fresh_cpu, fresh_faults))) = (core_cpu, median_cost(&fresh_cost)) {
        println!(
            "  CPU time over all threads: the core in process (warm: lexicons loaded, memory reused) {:.0} ms; in a fresh process {:.0} ms, {fresh_faults}",
            1e3 * median(core_cpu),
            1e3 * fresh_cpu,
        );
        for (b, (_, mark)) in bins.iter().enumerate() {
            if let Some((cpu, faults)) = median_cost(&cli_cost[b]) {
                println!(
                    "  CPU time over all threads: annotate big.txt -o big.json {:.0} ms, {faults}{mark}",
                    1e3 * cpu
                );
            }
        }
    }

    // 2. A stream of thousands of articles, one thread against every core.
    let mut lines = String::new();
    for i in 0..STREAM_DOCS {
        let text = &articles[i % articles.len()];
        lines += &serde_json::json!({"id": format!("a{i}"), "text": text}).to_string();
        lines.push('\n');
    }
    let many = dir.join("stream.jsonl");
    std::fs::write(&many, &lines).expect("write stream.jsonl");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let all = cores.to_string();
    let (mut one, mut every) = (vec![Vec::new(); bins.len()], vec![Vec::new(); bins.len()]);
    let mut same = true;
    for r in 0..ROUNDS {
        for b in turn(r) {
            let bin = bins[b].0;
            one[b].push(run(bin, &["--jsonl", "--quiet", "--jobs", "1"], &many, &dir.join("s1.jsonl")));
            every[b].push(run(bin, &["--jsonl", "--quiet", "--jobs", &all], &many, &dir.join("sn.jsonl")));
            same &= std::fs::read(dir.join("s1.jsonl")).ok() == std::fs::read(dir.join("sn.jsonl")).ok();
        }
    }
    println!("stream of {STREAM_DOCS} articles ({} bytes), median of {ROUNDS} rounds:", lines.len());
    for (b, (_, mark)) in bins.iter().enumerate() {
        let (one, every) = (median(one[b].clone()), median(every[b].clone()));
        println!(
            "  --jobs 1                                         {:6.1} MB/s   {:7.0} docs/s{mark}",
            mb_s(lines.len(), one),
            STREAM_DOCS as f64 / one
        );
        println!(
            "  --jobs {cores} (every core)                            {:6.1} MB/s   {:7.0} docs/s   speed-up {:.2}x (target >= 1.8 on 2 cores){mark}{}",
            mb_s(lines.len(), every),
            STREAM_DOCS as f64 / every,
            one / every,
            if same { "" } else { "   OUTPUTS DIFFER" }
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
