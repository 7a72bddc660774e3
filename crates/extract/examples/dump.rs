//! Prints the spans found in a file (or stdin): a debugging aid.
fn main() {
    let text = match std::env::args().nth(1) {
        Some(p) => std::fs::read_to_string(p).unwrap_or_default(),
        None => std::io::read_to_string(std::io::stdin()).unwrap_or_default(),
    };
    for e in annotator_extract::extract(&text) {
        println!("{:?} {:?} {:?}", e.label, &text[e.start.0..e.end.0], e.attrs);
    }
}
