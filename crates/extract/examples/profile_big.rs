fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/articles");
    let mut arts = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    for p in &paths { arts.push(std::fs::read_to_string(p).unwrap()); }
    let mut big = String::new();
    while big.len() < 10_000_000 { for a in &arts { big.push_str(a); big.push_str("\n\n"); } }
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(3);
    let mut t = 0;
    for _ in 0..n { t += annotator_extract::extract(&big).len(); }
    println!("{t}");
}
