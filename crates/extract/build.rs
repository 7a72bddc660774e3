//! Front-codes the embedded lexicons (`data/places.txt`,
//! `data/given_names.txt`) into `OUT_DIR`: each sorted entry is written as
//! the number of leading bytes it shares with the one before (one byte),
//! the rest of it and a line break. The lists stay plain text in `data/`
//! (what `scripts/lexicons/build.py` writes and people review); the page
//! carries the coded form, which gzips about a sixth smaller (221 KiB ->
//! 183 KiB). `lexicon::gazetteer::expand` undoes it.

use std::{env, fs, path::Path};

/// The longest shared prefix one byte can count.
const MAX_SHARED: usize = u8::MAX as usize;

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for name in ["places", "given_names"] {
        let src = format!("data/{name}.txt");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        fs::write(Path::new(&out).join(format!("{name}.fc")), front_code(&text))
            .unwrap_or_else(|e| panic!("{name}.fc: {e}"));
    }
}

/// Every non-empty line of `text` as (shared prefix length, rest, `\n`).
fn front_code(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut prev: &[u8] = &[];
    for line in text.lines().filter(|l| !l.is_empty()).map(str::as_bytes) {
        let shared = line.iter().zip(prev).take(MAX_SHARED).take_while(|(a, b)| a == b).count();
        out.push(shared as u8);
        out.extend_from_slice(&line[shared..]);
        out.push(b'\n');
        prev = line;
    }
    out
}
