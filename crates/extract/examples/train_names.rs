//! Trains the learned name rule (`src/names/learned.rs`) and writes its
//! weights to `data/names_model.bin`:
//!
//! ```sh
//! cargo run --release -p annotator-extract --features train --example train_names
//! cargo run --release -p annotator-extract --features train --example train_names -- --dry-run
//! cargo run --release -p annotator-extract --features train --example train_names -- --margins 50,150,32767
//! cargo run --release -p annotator-extract --features train --example train_names -- --explain FILE
//! ```
//!
//! `--dry-run` reports without writing the model; `--margins P,L,N` skips
//! the margin search; `--explain FILE` prints the embedded model's scores
//! for each candidate of a text.
//!
//! Data: ONLY the CC BY and public-domain parts of `../shared/corpus/external`
//! (see its LICENSES.md): btc (CC BY 4.0), litbank_quotes (CC BY 4.0
//! annotations on public-domain texts), re3d's CENTCOM and US State
//! Department documents (public domain) and Australian DFAT (CC BY 3.0 AU),
//! and GUM's academic, conversation, court, speech, textbook and vlog genres
//! (CC BY / public domain). Never the CC BY-SA sets (wikigold, uner_ewt,
//! uner_pud, GUM bio and voyage, re3d Wikipedia) nor the OGL ones (re3d UK
//! Government): they stay unseen, to test on.
//!
//! Split: a document is held back when the FNV-1a hash of its id is 0
//! modulo [`HELD_BACK_ONE_IN`]; the rest trains. Every candidate that
//! reaches the rule (no hand-written rule before it decides it) is an
//! example, computed by the core's own feature code
//! (`annotator_extract::train::examples`); its class is PERSON or PLACE when
//! a gold span of that label covers exactly its words, NEITHER when no gold
//! PERSON or PLACE overlaps it, and it is skipped otherwise.
//!
//! Training is deterministic: a fixed number of epochs over the examples in
//! an order shuffled by a fixed-seed generator; the averaged weights are
//! quantised to `i8` (clipped at a high percentile). The rule only adds
//! names: the NEITHER margin is [`NEVER`]. The margins PERSON and PLACE
//! need are chosen end to end (the mean of PERSON and PLACE F1 of the
//! whole extractor with the model) by [`FOLDS`]-fold cross-validation over
//! the training documents: each fold is scored by a model trained on the
//! others; a larger margin within [`CV_TOLERANCE`] of the best is
//! preferred. The final model is trained on all training documents with those
//! margins. Then the held-back documents, and every set it never saw, are
//! scored with the rules alone, with the embedded model (the one it would
//! replace) and with the new model.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use annotator_extract::train;
use annotator_schema::Corpus;

/// One document in `HELD_BACK_ONE_IN` is held back from training.
const HELD_BACK_ONE_IN: u64 = 5;
/// Cross-validation folds of the training documents (by hash) that choose
/// the margins.
const FOLDS: u64 = 4;
/// Buckets of the hashed features: `2^BITS`.
const BITS: u32 = 14;
/// Passes over the training examples.
const EPOCHS: usize = 5;
/// The generator's seed for the order of the examples.
const SEED: u64 = 0x5eed_1234_abcd_0001;
/// Weights above this quantile of their magnitudes are clipped before they
/// are scaled to `i8`.
const CLIP_QUANTILE: f64 = 0.999;
/// The margins tried for PERSON and PLACE, in `i8` weight units (a
/// feature's weight is at most 127; a candidate sums some 40).
const MARGINS: [i16; 10] = [0, 25, 50, 75, 100, 150, 200, 300, 400, 600];
/// Cross-validated mean F1 within this of the best counts as a tie; ties go
/// to the larger margin.
const CV_TOLERANCE: f64 = 0.002;
/// The margin of NEITHER: never reached. The rule only adds names: the
/// training sets' conventions for what is no name (btc and GUM leave clubs,
/// companies and works unmarked, and more) are not LABELS.md's, and a
/// learned NEITHER deletes what news marks (a trial cost the development
/// sets PERSON and PLACE spans).
const NEVER: i16 = i16::MAX;
const CLASSES: usize = train::CLASSES.len();

/// The sets and files trained on, by licence (see the module docs).
fn allowed(set: &str, file: &str) -> bool {
    match set {
        "btc" | "litbank_quotes" => true,
        "re3d" => ["re3d-CENTCOM-", "re3d-US_State_Department-", "re3d-Australian_Department_of_Foreign_Affairs-"]
            .iter()
            .any(|p| file.starts_with(p)),
        "gum" => ["academic", "conversation", "court", "speech", "textbook", "vlog"]
            .iter()
            .any(|g| file.starts_with(&format!("gum-GUM_{g}_"))),
        _ => false,
    }
}

/// A document: its id, text and gold PERSON / PLACE spans in bytes.
struct Doc {
    id: String,
    set: String,
    text: String,
    gold: Vec<(usize, usize, usize)>,
}

fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

fn held_back(id: &str) -> bool {
    fnv1a(id).is_multiple_of(HELD_BACK_ONE_IN)
}

/// The training sets' documents that [`allowed`] admits.
fn load(external: &Path) -> Vec<Doc> {
    ["btc", "litbank_quotes", "re3d", "gum"]
        .iter()
        .flat_map(|set| load_dir(&external.join(set), set, &|name| allowed(set, name)))
        .collect()
}

/// The documents of every labelled JSON file in `dir` whose name `keep`
/// admits, with their PERSON and PLACE spans in bytes.
fn load_dir(dir: &Path, set: &str, keep: &dyn Fn(&str) -> bool) -> Vec<Doc> {
    let mut docs = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return docs };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for f in files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !keep(name) {
            continue;
        }
        let json = std::fs::read_to_string(&f).expect("readable set file");
        let corpus = Corpus::from_json(&json).expect("a labelled JSON file");
        for d in corpus.documents {
            // Code points to bytes.
            let bytes: Vec<usize> =
                d.text.char_indices().map(|(b, _)| b).chain(std::iter::once(d.text.len())).collect();
            let gold = d
                .spans
                .iter()
                .filter_map(|s| {
                    let class = match s.label.as_str() {
                        "PERSON" => 0,
                        "PLACE" => 1,
                        _ => return None,
                    };
                    Some((bytes[s.start.0], bytes[s.end.0], class))
                })
                .collect();
            docs.push(Doc { id: d.id.clone(), set: set.to_string(), text: d.text.clone(), gold });
        }
    }
    docs
}

/// The sets the model never saw: the CC BY-SA and OGL external sets and
/// the hand-labelled development sets.
fn unseen(external: &Path) -> Vec<(String, Vec<Doc>)> {
    let all = |_: &str| true;
    let extract_tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut out = vec![
        ("wikigold".to_string(), load_dir(&external.join("wikigold"), "wikigold", &all)),
        ("uner_ewt".to_string(), load_dir(&external.join("uner_ewt"), "uner_ewt", &all)),
        ("uner_pud".to_string(), load_dir(&external.join("uner_pud"), "uner_pud", &all)),
        ("gum bio+voyage".to_string(), load_dir(&external.join("gum"), "gum", &|n| !allowed("gum", n))),
        ("re3d wikipedia+uk".to_string(), load_dir(&external.join("re3d"), "re3d", &|n| !allowed("re3d", n))),
        ("shared dev set".to_string(), load_dir(&external.join("../gold"), "shared", &all)),
    ];
    for set in ["extra_dev_set", "wire_set"] {
        out.push((set.to_string(), load_dir(&extract_tests.join(set).join("gold"), set, &all)));
    }
    out.retain(|(_, d)| !d.is_empty());
    out
}

/// The class of an example span, or `None` when a gold span only overlaps it.
fn class_of(doc: &Doc, start: usize, end: usize) -> Option<usize> {
    let mut class = Some(2);
    for &(s, e, c) in &doc.gold {
        if s == start && e == end {
            return Some(c);
        }
        if s < end && start < e {
            class = None;
        }
    }
    class
}

/// A fixed-seed generator (splitmix64).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// An averaged multi-class perceptron over `2^BITS` buckets.
fn train_perceptron(examples: &[(Vec<usize>, usize)]) -> Vec<f64> {
    let n = (1usize << BITS) * CLASSES;
    let (mut w, mut u) = (vec![0f64; n], vec![0f64; n]);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(SEED);
    let mut t = 1f64;
    for _ in 0..EPOCHS {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &k in &order {
            let (feats, y) = &examples[k];
            let mut s = [0f64; CLASSES];
            for &b in feats {
                for (c, v) in s.iter_mut().enumerate() {
                    *v += w[b * CLASSES + c];
                }
            }
            let p = (0..CLASSES).max_by(|&a, &b| s[a].total_cmp(&s[b]).then(b.cmp(&a))).unwrap_or(2);
            if p != *y {
                for &b in feats {
                    w[b * CLASSES + y] += 1.0;
                    u[b * CLASSES + y] += t;
                    w[b * CLASSES + p] -= 1.0;
                    u[b * CLASSES + p] -= t;
                }
            }
            t += 1.0;
        }
    }
    w.iter().zip(&u).map(|(w, u)| w - u / t).collect()
}

/// The weights as `i8`, and the model file with these margins.
fn quantise(avg: &[f64]) -> Vec<i8> {
    let mut mags: Vec<f64> = avg.iter().map(|w| w.abs()).filter(|&m| m > 0.0).collect();
    mags.sort_by(f64::total_cmp);
    let clip = mags.get(((mags.len() as f64) * CLIP_QUANTILE) as usize).copied().unwrap_or(1.0).max(1e-9);
    avg.iter().map(|w| (w / clip * 127.0).round().clamp(-127.0, 127.0) as i8).collect()
}

fn model_file(weights: &[i8], margins: [i16; CLASSES]) -> Vec<u8> {
    train::model_file(BITS as u8, margins, weights)
}

/// PERSON and PLACE F1 (exact spans) of the whole extractor over `docs`.
fn score(docs: &[&Doc]) -> [f64; 2] {
    let mut counts = [[0usize; 3]; 2]; // tp, gold, pred
    for d in docs {
        let found = annotator_extract::extract(&d.text);
        for (c, label) in ["PERSON", "PLACE"].iter().enumerate() {
            let pred: Vec<(usize, usize)> =
                found.iter().filter(|e| e.label.as_str() == *label).map(|e| (e.start.0, e.end.0)).collect();
            let gold: Vec<(usize, usize)> = d.gold.iter().filter(|g| g.2 == c).map(|g| (g.0, g.1)).collect();
            counts[c][0] += pred.iter().filter(|p| gold.contains(p)).count();
            counts[c][1] += gold.len();
            counts[c][2] += pred.len();
        }
    }
    counts.map(|[tp, g, p]| if g + p == 0 { 0.0 } else { 2.0 * tp as f64 / (g + p) as f64 })
}

/// PERSON and PLACE F1 of `docs` with the rules alone, the embedded model
/// and the model `file`, as `PERSON a / b / c, PLACE a / b / c`; leaves the
/// embedded model in place.
fn compared(docs: &[&Doc], file: &[u8]) -> String {
    train::set_model(None);
    let rules = score(docs);
    train::reset_model();
    let embedded = score(docs);
    train::set_model(Some(file));
    let new = score(docs);
    train::reset_model();
    let row = |c: usize| format!("{:.3} / {:.3} / {:.3}", rules[c], embedded[c], new[c]);
    format!("PERSON {}, PLACE {}", row(0), row(1))
}

/// `--explain FILE`: the embedded model's scores for each candidate of a
/// text file that reaches the rule.
fn explain(path: &str) {
    let text = std::fs::read_to_string(path).expect("a readable text file");
    let (bits, weights) =
        train::model_weights(include_bytes!("../data/names_model.bin")).expect("the embedded model parses");
    for (start, end, feats) in train::examples(&text) {
        let mut s = [0i32; CLASSES];
        for h in feats {
            let b = (h >> (64 - bits)) as usize * CLASSES;
            for (c, v) in s.iter_mut().enumerate() {
                *v += i32::from(weights[b + c]);
            }
        }
        println!("{:?} {:?}", &text[start..end], s);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--explain") {
        explain(args.get(i + 1).map_or("", String::as_str));
        return;
    }
    let dry_run = args.iter().any(|a| a == "--dry-run");
    let external = annotator_testdata::shared_path("corpus/external");
    let docs = load(&external);
    let (test, train_docs): (Vec<&Doc>, Vec<&Doc>) = docs.iter().partition(|d| held_back(&d.id));
    println!("documents: {} training, {} held back", train_docs.len(), test.len());

    let fold = |d: &Doc| fnv1a(&d.id) / HELD_BACK_ONE_IN % FOLDS;
    let mut examples = Vec::new();
    let mut per_class = [0usize; CLASSES];
    for d in &train_docs {
        for (start, end, feats) in train::examples(&d.text) {
            let Some(y) = class_of(d, start, end) else { continue };
            per_class[y] += 1;
            let buckets: Vec<usize> = feats.iter().map(|&h| (h >> (64 - BITS)) as usize).collect();
            examples.push((buckets, y, fold(d)));
        }
    }
    println!(
        "examples: {} (PERSON {}, PLACE {}, NEITHER {})",
        examples.len(),
        per_class[0],
        per_class[1],
        per_class[2]
    );
    let folds: Vec<(Vec<i8>, Vec<&Doc>)> = (0..FOLDS)
        .map(|k| {
            let fit: Vec<(Vec<usize>, usize)> =
                examples.iter().filter(|e| e.2 != k).map(|e| (e.0.clone(), e.1)).collect();
            let docs = train_docs.iter().copied().filter(|d| fold(d) == k).collect();
            (quantise(&train_perceptron(&fit)), docs)
        })
        .collect();

    // Margins: one for all classes first, then each class on its own.
    let f1 = |margins: [i16; CLASSES]| {
        let mut sum = [0.0; 2];
        for (weights, docs) in &folds {
            train::set_model(Some(&model_file(weights, margins)));
            let [p, l] = score(docs);
            sum = [sum[0] + p, sum[1] + l];
        }
        (sum[0] + sum[1]) / (2 * FOLDS) as f64
    };
    let fixed: Option<Vec<i16>> = args
        .iter()
        .position(|a| a == "--margins")
        .and_then(|i| args.get(i + 1))
        .map(|m| m.split(',').filter_map(|x| x.parse().ok()).collect());
    let mut best = [MARGINS[0]; CLASSES];
    let mut best_f1 = f64::MIN;
    if let Some(&[p, l, n]) = fixed.as_deref() {
        (best, best_f1) = ([p, l, n], f1([p, l, n]));
    }
    for m in MARGINS.iter().copied().filter(|_| fixed.is_none()) {
        let v = f1([m, m, NEVER]);
        if v > best_f1 {
            (best, best_f1) = ([m, m, NEVER], v);
        }
    }
    for c in (0..CLASSES - 1).filter(|_| fixed.is_none()) {
        for m in MARGINS {
            let mut trial = best;
            trial[c] = m;
            let v = f1(trial);
            if v > best_f1 {
                (best, best_f1) = (trial, v);
            }
        }
    }
    // Where cross-validation cannot tell margins apart, the larger one: the
    // rules are the default, and the model must clearly beat them.
    for c in (0..CLASSES - 1).filter(|_| fixed.is_none()) {
        for m in MARGINS.iter().rev().copied().filter(|&m| m > best[c]) {
            let mut trial = best;
            trial[c] = m;
            if f1(trial) >= best_f1 - CV_TOLERANCE {
                best = trial;
                break;
            }
        }
    }
    let all: Vec<(Vec<usize>, usize)> = examples.into_iter().map(|e| (e.0, e.1)).collect();
    let weights = quantise(&train_perceptron(&all));
    let file = model_file(&weights, best);
    println!("margins (PERSON, PLACE, NEITHER): {best:?}; cross-validated mean F1 {best_f1:.4}");

    // The held-back documents, and each set's share of them: the rules
    // alone, with the embedded model (the one this run would replace), and
    // with the new one.
    println!("held back: PERSON F1, PLACE F1 (rules alone / embedded model / new model)");
    println!("  all ({} docs): {}", test.len(), compared(&test, &file));
    let mut by_set: HashMap<&str, Vec<&Doc>> = HashMap::new();
    for d in &test {
        by_set.entry(d.set.as_str()).or_default().push(d);
    }
    let mut sets: Vec<_> = by_set.into_iter().collect();
    sets.sort_by_key(|(s, _)| *s);
    for (set, ds) in sets {
        println!("  {set} ({} docs): {}", ds.len(), compared(&ds, &file));
    }
    println!("sets never trained on:");
    for (set, ds) in unseen(&external) {
        let ds: Vec<&Doc> = ds.iter().collect();
        println!("  {set} ({} docs): {}", ds.len(), compared(&ds, &file));
    }

    let nonzero = weights.iter().filter(|&&w| w != 0).count();
    println!("weights: {} buckets x {CLASSES}, {nonzero} non-zero", 1usize << BITS);
    if !dry_run {
        let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/names_model.bin");
        std::fs::write(&out, &file).expect("write the model");
        println!("wrote {} ({} bytes)", out.display(), file.len());
    }
}
