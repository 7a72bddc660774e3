//! Every gold file loads through `import::load_file`, and exporting the
//! corpus then importing the export gives back exactly the same corpus.

use annotator_doc::import::{load_file, Loaded};
use annotator_doc::{Scope, Workspace};
use annotator_schema::Corpus;

fn gold_files() -> Vec<(String, Vec<u8>)> {
    annotator_testdata::files_with_extension(&annotator_testdata::shared_path("corpus/gold"), "json")
        .into_iter()
        .map(|path| {
            let name = path.file_name().expect("file name").to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("readable gold file"))
        })
        .collect()
}

#[test]
fn gold_corpus_survives_export_and_reimport_unchanged() {
    let mut ws = Workspace::default();
    for (name, bytes) in gold_files() {
        let loaded = load_file(&name, &bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let Loaded::Labelled(docs) = &loaded else { panic!("{name}: not read as labelled JSON") };
        // The workspace keeps what the file says, span for span.
        let direct = Corpus::from_json(std::str::from_utf8(&bytes).unwrap()).unwrap();
        assert_eq!(docs, &direct.documents, "{name}");
        ws.add_loaded(loaded);
    }
    assert_eq!(ws.docs.len(), 5);
    assert!(ws.docs.iter().all(|d| !d.spans().is_empty()));

    let export = ws.export(Scope::Corpus);
    let mut again = Workspace::default();
    again.add_loaded(load_file("corpus.json", export.as_bytes()).expect("the export reads back"));
    assert_eq!(again.to_corpus(), ws.to_corpus());
    assert_eq!(again.export(Scope::Corpus), export, "byte-identical second export");
}

#[test]
fn exporting_one_document_holds_just_that_document() {
    let mut ws = Workspace::default();
    for (name, bytes) in gold_files() {
        ws.add_loaded(load_file(&name, &bytes).unwrap());
    }
    ws.current = 2;
    let one = Corpus::from_json(&ws.export(Scope::Document)).unwrap();
    assert_eq!(one.documents, vec![ws.docs[2].to_document()]);
}
