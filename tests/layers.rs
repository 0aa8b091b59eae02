//! The layers src/lib.rs describes, checked: every `crate::…` reference in `src/` must go down
//! the table below (or to a leaf anyone may use), the graph has no cycle, reqwest is named only
//! under `src/cognito/` and egui/eframe only under `src/ui/` and `src/main.rs`. It prints the
//! graph it found, so a change to it shows in the test log.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Who may use whom. Leaves (`LEAVES`) may be used by anyone and use nothing of the crate.
const ALLOWED: &[(&str, &[&str])] = &[
    ("cognito", &[]),
    ("workbench", &["cognito"]),
    ("signin", &["cognito", "workbench"]),
    ("keychain", &[]),
    ("profiles", &["cognito", "workbench", "signin", "keychain"]),
    (
        "settings",
        &["cognito", "workbench", "signin", "profiles", "keychain"],
    ),
    ("ui", BELOW_THE_FACES),
    ("cli", BELOW_THE_FACES),
    ("main", &["ui", "cli", "windows_console"]),
    ("lib", &[]),
];

/// What the window and the command line may use: the whole core, never each other.
const BELOW_THE_FACES: &[&str] = &[
    "cognito",
    "workbench",
    "signin",
    "keychain",
    "profiles",
    "settings",
    "clipboard",
];

/// Small helpers with no knowledge of the app: anyone may use them.
const LEAVES: &[&str] = &["logging", "private_file", "clipboard", "windows_console"];

/// The top-level module a file of `src/` belongs to (`signin/form.rs` → `signin`,
/// `keychain_tests.rs` → `keychain`).
fn module_of(relative: &Path) -> String {
    let first = relative.components().next().unwrap();
    let name = first.as_os_str().to_str().unwrap();
    let name = name.strip_suffix(".rs").unwrap_or(name);
    name.strip_suffix("_tests").unwrap_or(name).to_owned()
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The code of a file without its comments (a comment may name any module).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `prefix<name>` in `code`: the module names it refers to.
fn names_after(code: &str, prefix: &str) -> BTreeSet<String> {
    code.match_indices(prefix)
        .filter(|(at, _)| {
            // `crate::` must not be the end of a longer word (`my_crate::`).
            let before = code[..*at].chars().next_back();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
        .map(|(at, _)| {
            code[at + prefix.len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

struct Found {
    /// Module → the modules it refers to.
    graph: BTreeMap<String, BTreeSet<String>>,
    /// (file, crate) for each use of an outside crate where it does not belong.
    misplaced: Vec<(String, &'static str)>,
}

fn read_src() -> Found {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut misplaced = Vec::new();
    for path in files {
        let relative = path.strip_prefix(&src).unwrap();
        let from = module_of(relative);
        let code = code_of(&std::fs::read_to_string(&path).unwrap());
        // main.rs is the binary: it reaches the library by its crate name.
        let prefix = if from == "main" {
            "cognito_login::"
        } else {
            "crate::"
        };
        let targets = names_after(&code, prefix);
        let edges = graph.entry(from.clone()).or_default();
        edges.extend(targets.into_iter().filter(|t| *t != from));
        let shown = relative.display().to_string();
        let outside = [
            ("reqwest", from == "cognito"),
            ("egui", from == "ui" || from == "main"),
            ("eframe", from == "ui" || from == "main"),
        ];
        for (name, allowed) in outside {
            if !allowed && !names_after(&code, &format!("{name}::")).is_empty() {
                misplaced.push((shown.clone(), name));
            }
        }
    }
    Found { graph, misplaced }
}

fn allowed(from: &str, to: &str) -> bool {
    LEAVES.contains(&to)
        || ALLOWED
            .iter()
            .any(|(module, uses)| *module == from && uses.contains(&to))
}

/// A cycle in `graph`, if there is one, as the path around it.
fn a_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn every_reference_goes_down_the_layers() {
    let found = read_src();
    println!("the module graph of src/ (module -> what it uses):");
    for (from, to) in &found.graph {
        let to: Vec<&str> = to.iter().map(String::as_str).collect();
        println!("  {from} -> {}", to.join(", "));
    }
    let upward: Vec<String> = found
        .graph
        .iter()
        .flat_map(|(from, to)| to.iter().map(move |to| (from, to)))
        .filter(|(from, to)| !allowed(from, to))
        .map(|(from, to)| format!("{from} -> {to}"))
        .collect();
    assert!(
        upward.is_empty(),
        "references the layer table does not allow: {upward:?}"
    );
    assert_eq!(a_cycle(&found.graph), None, "a cycle between modules");
    assert!(
        found.misplaced.is_empty(),
        "outside crates named outside their folder: {:?}",
        found.misplaced
    );
}

#[test]
fn the_checks_see_what_they_check() {
    let code = code_of("use crate::signin::Flow; // crate::ui is only named here\nmy_crate::x");
    assert_eq!(
        names_after(&code, "crate::"),
        BTreeSet::from(["signin".to_owned()])
    );
    assert!(!allowed("signin", "settings"), "upward");
    assert!(allowed("settings", "signin"));
    assert!(allowed("cognito", "logging"), "a leaf");
    let looped = BTreeMap::from([
        ("a".to_owned(), BTreeSet::from(["b".to_owned()])),
        ("b".to_owned(), BTreeSet::from(["a".to_owned()])),
    ]);
    assert_eq!(a_cycle(&looped).unwrap(), ["a", "b", "a"]);
    assert_eq!(module_of(Path::new("keychain_tests.rs")), "keychain");
    assert_eq!(module_of(Path::new("signin/form.rs")), "signin");
}
