//! Regression floor on the development set: annotates the five shared
//! articles, scores them with `../shared/eval/score.py` and checks each
//! label stays at the level reached (minus a small margin).

use std::path::PathBuf;
use std::process::Command;

use annotator_schema::Corpus;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

/// (label, metric, floor). Reached: F1 1.0/0.997/1.0/1.0, all accuracies 1.0.
const FLOORS: &[(&str, &str, f64)] = &[
    ("PERSON", "f1", 0.97),
    ("PLACE", "f1", 0.97),
    ("NUMBER", "f1", 0.97),
    ("QUOTE", "f1", 0.97),
    ("PERSON", "entity_acc", 0.97),
    ("PLACE", "entity_acc", 0.97),
    ("NUMBER", "value_acc", 0.97),
    ("QUOTE", "speaker_acc", 0.97),
];

#[test]
fn dev_set_scores_stay_above_the_floor() {
    let articles = PathBuf::from(SHARED).join("corpus/articles");
    let out_dir = std::env::temp_dir().join(format!("annotator-extract-dev-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir");
    let mut n = 0;
    for entry in std::fs::read_dir(&articles).expect("../shared/corpus/articles") {
        let path = entry.expect("dir entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("article");
        let id = path.file_stem().and_then(|s| s.to_str()).expect("name").to_string();
        let name = format!("{id}.txt");
        let doc = annotator_extract::annotate(&id, &name, &text);
        let json = Corpus { documents: vec![doc] }.to_json();
        std::fs::write(out_dir.join(format!("{id}.json")), json).expect("write prediction");
        n += 1;
    }
    assert_eq!(n, 5);
    let output = Command::new("python3")
        .arg(PathBuf::from(SHARED).join("eval/score.py"))
        .arg(PathBuf::from(SHARED).join("corpus/gold"))
        .arg(&out_dir)
        .arg("--json")
        .output()
        .expect("python3 runs");
    let _ = std::fs::remove_dir_all(&out_dir);
    assert!(output.status.success(), "score.py failed: {}", String::from_utf8_lossy(&output.stderr));
    let scores: serde_json::Value = serde_json::from_slice(&output.stdout).expect("score.py --json output");
    for (label, metric, floor) in FLOORS {
        let got = scores[label][metric].as_f64().unwrap_or(0.0);
        assert!(got >= *floor, "{label} {metric} = {got} fell below {floor}\n{scores:#}");
    }
}
