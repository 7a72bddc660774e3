//! Regression floors on the development sets: annotates each set's
//! articles, scores them with `../shared/eval/score.py` (through
//! `scripts/score.py`, which adds NUMBER value recall) and checks every
//! label stays at the level reached (minus a small margin).
//!
//! * `../shared/corpus`: the five shared articles and their gold.
//! * `tests/extra_dev_set`: ten more articles of other outlets, years and
//!   topics (sport, US and UK politics, markets, disasters, health, Africa,
//!   Asia, Latin America), written for this project with gold labels to the
//!   guide (`extra_dev_set/NOTES.md`). The rules were first tuned on the
//!   shared five only; this set showed where they did not generalise.
//! * `tests/numbers_set`: 16 short texts with every NUMBER labelled, in
//!   styles the news sets lack (spec sheets, results, markets in many
//!   currencies, weather, science, recipes, polls, bills); NUMBER only.
//! * `tests/wire_set`: 26 texts in the styles of the unseen news issue 9
//!   names (1990s wire and sports pages, tokenised as NLP corpora hold them;
//!   US political quotes; world news; lone names and landmarks).

use std::path::{Path, PathBuf};
use std::process::Command;

use annotator_schema::Corpus;

const EXTRA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/extra_dev_set");
const NUMBERS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/numbers_set");
const WIRE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/wire_set");

/// The scorer: the shared one plus NUMBER value recall.
const SCORER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scripts/score.py");

/// Annotates every `*.txt` in `articles` and scores the result against the
/// gold folder on `labels` (all four when empty): the JSON `score.py
/// --json` prints.
fn score(articles: &Path, gold: &Path, expect_docs: usize, labels: &str) -> serde_json::Value {
    let tag = articles.parent().and_then(Path::file_name).and_then(|n| n.to_str()).unwrap_or("set");
    let out_dir = std::env::temp_dir().join(format!("annotator-extract-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir");
    let mut n = 0;
    for path in annotator_testdata::files_with_extension(articles, "txt") {
        let text = std::fs::read_to_string(&path).expect("article");
        let id = path.file_stem().and_then(|s| s.to_str()).expect("name").to_string();
        let name = format!("{id}.txt");
        let doc = annotator_extract::annotate(&id, &name, &text);
        let json = Corpus { documents: vec![doc] }.to_json();
        std::fs::write(out_dir.join(format!("{id}.json")), json).expect("write prediction");
        n += 1;
    }
    assert_eq!(n, expect_docs, "articles in {}", articles.display());
    let mut scorer = Command::new("python3");
    scorer.arg(SCORER).arg(gold).arg(&out_dir).arg("--json");
    if !labels.is_empty() {
        scorer.arg("--labels").arg(labels);
    }
    // scripts/score.py finds the shared scorer beside the clone, or here.
    scorer.env("ANNOTATOR_SHARED", annotator_testdata::shared_path(""));
    let output = scorer.output().expect("python3 runs");
    let _ = std::fs::remove_dir_all(&out_dir);
    assert!(output.status.success(), "score.py failed: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("score.py --json output")
}

fn check_floors(scores: &serde_json::Value, floors: &[(&str, &str, f64)]) {
    for (label, metric, floor) in floors {
        let got = scores[label][metric].as_f64().unwrap_or(0.0);
        assert!(got >= *floor, "{label} {metric} = {got} fell below {floor}\n{scores:#}");
    }
}

#[test]
fn shared_dev_set_scores_stay_above_the_floor() {
    // Reached: every F1 and accuracy 1.0.
    let scores = score(
        &annotator_testdata::shared_path("corpus/articles"),
        &annotator_testdata::shared_path("corpus/gold"),
        5,
        "",
    );
    check_floors(
        &scores,
        &[
            ("PERSON", "f1", 0.97),
            ("PLACE", "f1", 0.97),
            ("NUMBER", "f1", 0.97),
            ("QUOTE", "f1", 0.97),
            ("PERSON", "entity_acc", 0.97),
            ("PLACE", "entity_acc", 0.97),
            ("NUMBER", "value_acc", 0.97),
            ("QUOTE", "speaker_acc", 0.97),
        ],
    );
}

#[test]
fn extra_dev_set_scores_stay_above_the_floor() {
    // Reached: F1 PERSON 0.932, PLACE 0.971, NUMBER 0.999, QUOTE 0.981;
    // entity 0.98 / 0.99, value 1.0, speaker 0.949.
    let scores = score(&PathBuf::from(EXTRA).join("articles"), &PathBuf::from(EXTRA).join("gold"), 10, "");
    check_floors(
        &scores,
        &[
            ("PERSON", "f1", 0.91),
            ("PLACE", "f1", 0.95),
            ("NUMBER", "f1", 0.97),
            ("QUOTE", "f1", 0.96),
            ("PERSON", "entity_acc", 0.96),
            ("PLACE", "entity_acc", 0.97),
            ("NUMBER", "value_acc", 0.97),
            ("QUOTE", "speaker_acc", 0.92),
        ],
    );
}

#[test]
fn wire_set_scores_stay_above_the_floor() {
    // Reached: F1 PERSON 0.958, PLACE 0.946, NUMBER 0.997, QUOTE 0.990
    // (0.921 before quotation marks set apart by spaces, `said : " It was
    // a draw . "`, paired up); speaker 0.947, by surname 0.979.
    let scores = score(&PathBuf::from(WIRE).join("articles"), &PathBuf::from(WIRE).join("gold"), 26, "");
    check_floors(
        &scores,
        &[
            ("PERSON", "f1", 0.94),
            ("PLACE", "f1", 0.93),
            ("NUMBER", "f1", 0.98),
            ("QUOTE", "f1", 0.97),
            ("QUOTE", "speaker_acc", 0.93),
            ("QUOTE", "speaker_acc_surname", 0.96),
        ],
    );
}

#[test]
fn numbers_set_value_recall_stays_above_the_floor() {
    // Issue 9's floor: value recall >= 0.95 (the share of all gold NUMBERs
    // found with the right edges and value). Reached: F1 0.995, value
    // accuracy 0.999, value recall 0.995.
    let scores = score(&PathBuf::from(NUMBERS).join("articles"), &PathBuf::from(NUMBERS).join("gold"), 16, "NUMBER");
    check_floors(&scores, &[("NUMBER", "value_recall", 0.95), ("NUMBER", "f1", 0.97), ("NUMBER", "value_acc", 0.97)]);
}
