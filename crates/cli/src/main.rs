//! `annotate FILE...`: labelled JSON for text files on stdout.
fn main() {
    eprintln!("annotate: not built yet");
    std::process::exit(2);
}
