//! The modules of `annotator-doc` use each other without cycles, and the
//! graph ARCHITECTURE.md draws is the real one.
//!
//! A module's uses are the `crate::…` paths in its code (comments and its
//! `#[cfg(test)]` module aside): `use crate::{a, b::C}` uses `a` and `b`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
const ARCHITECTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ARCHITECTURE.md");

/// Marks the block of ARCHITECTURE.md that lists the graph, one
/// `module -> used, modules` line each.
const MARKER: &str = "<!-- crates/doc module graph: checked by crates/doc/tests/module_graph.rs -->";

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The leading identifier of `s`.
fn ident(s: &str) -> &str {
    let end = s.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(s.len());
    &s[..end]
}

fn uses(source: &str, modules: &BTreeSet<String>, me: &str) -> BTreeSet<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let code: String = code.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let names: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => {
                group[..group.find('}').unwrap_or(group.len())].split(',').map(|n| ident(n.trim())).collect()
            }
            None => vec![ident(rest)],
        };
        out.extend(names.into_iter().filter(|n| modules.contains(*n) && *n != me).map(String::from));
    }
    out
}

fn code_graph() -> Graph {
    let files: Vec<(String, String)> = std::fs::read_dir(SRC)
        .expect("crates/doc/src")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs") && p.file_stem().is_some_and(|s| s != "lib"))
        .map(|p| (stem(&p), read(&p.to_string_lossy())))
        .collect();
    let modules: BTreeSet<String> = files.iter().map(|(m, _)| m.clone()).collect();
    files.iter().map(|(m, src)| (m.clone(), uses(src, &modules, m))).collect()
}

fn stem(p: &Path) -> String {
    p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

fn documented_graph() -> Graph {
    let doc = read(ARCHITECTURE);
    let block = doc.split(MARKER).nth(1).unwrap_or_else(|| panic!("ARCHITECTURE.md has no {MARKER}"));
    let block = block.split("```").nth(1).expect("a fenced block after the marker");
    block
        .lines()
        .filter_map(|l| l.split_once("->"))
        .map(|(m, deps)| {
            let deps = deps.split(',').map(str::trim).filter(|d| !d.is_empty()).map(String::from).collect();
            (m.trim().to_string(), deps)
        })
        .collect()
}

/// A module of `graph` that lies on a cycle, if any.
fn on_a_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(g: &Graph, m: &str, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            return Some(path[at..].iter().cloned().chain([m.to_string()]).collect());
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for d in g.get(m).into_iter().flatten() {
            if let Some(cycle) = visit(g, d, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|m| visit(graph, m, &mut Vec::new(), &mut done))
}

#[test]
fn the_modules_use_each_other_without_cycles() {
    let graph = code_graph();
    assert!(graph.len() > 10, "read the modules: {graph:?}");
    assert_eq!(on_a_cycle(&graph), None, "a cycle of `use crate::`");
}

#[test]
fn architecture_md_draws_the_real_graph() {
    let code = code_graph();
    let listed: Vec<String> =
        code.iter().map(|(m, d)| format!("{m} -> {}", d.iter().cloned().collect::<Vec<_>>().join(", "))).collect();
    assert_eq!(documented_graph(), code, "update ARCHITECTURE.md's graph to:\n{}", listed.join("\n"));
}

#[test]
fn a_cycle_is_found() {
    let g: Graph = [("a", "b"), ("b", "c"), ("c", "a")]
        .into_iter()
        .map(|(m, d)| (m.to_string(), [d.to_string()].into()))
        .collect();
    assert_eq!(on_a_cycle(&g), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
    let modules: BTreeSet<String> = ["edit", "span_id", "history"].map(String::from).into();
    let src =
        "//! See [`crate::history`].\nuse crate::{edit::Edit, span_id::SpanId};\n#[cfg(test)]\nuse crate::history;";
    assert_eq!(uses(src, &modules, "x"), ["edit", "span_id"].map(String::from).into());
}
