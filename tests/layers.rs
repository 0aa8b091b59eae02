//! The layers src/lib.rs describes, checked: every `crate::…` reference in `src/` must go down
//! the table below (or to a leaf anyone may use), the graph has no cycle, reqwest is named only
//! under `src/cognito/` and egui/eframe only under `src/ui/` and `src/main.rs`. It prints the
//! graph it found, so a change to it shows in the test log. Inside each folder the files must
//! not use each other in a circle either (a file that needs a sibling's type and is needed by it
//! holds two ideas, or the type belongs in a third file).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Who may use whom. Leaves (`LEAVES`) may be used by anyone and use nothing of the crate.
const ALLOWED: &[(&str, &[&str])] = &[
    ("cognito", &[]),
    ("workbench", &["cognito"]),
    ("signin", &["cognito", "workbench"]),
    ("profiles", &["cognito", "workbench", "signin"]),
    // Above profiles: it files each secret under a profile's name, bound as the profile says,
    // and each remembered device (a cognito type) under its owner (a signin type).
    ("keychain", &["cognito", "signin", "profiles"]),
    // Beside the keychain: each profile's tokens, bound as the profile says.
    (
        "token_cache",
        &["cognito", "workbench", "signin", "profiles"],
    ),
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
    "token_cache",
    "clipboard",
];

/// Small helpers with no knowledge of the app: anyone may use them.
const LEAVES: &[&str] = &[
    "logging",
    "private_file",
    "clipboard",
    "windows_console",
    "messages",
];

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

/// The module path of a file of `src/` (`signin/session/mod.rs` → `signin::session`), or
/// `None` for a test file (`*_tests.rs` is a `mod tests` inside the file it tests).
fn module_path(relative: &Path) -> Option<Vec<String>> {
    let mut path: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_str().unwrap().to_owned())
        .collect();
    if path.last().is_some_and(|last| last.ends_with("_tests")) {
        return None;
    }
    if path.last().is_some_and(|last| last == "mod") {
        path.pop();
    }
    Some(path)
}

/// Every path the code names from `crate::`, `super::` or `self::`, made absolute from the
/// file at `from`; a `use a::{b::C, D}` group gives one path per item.
fn absolute_paths(code: &str, from: &[String]) -> Vec<Vec<String>> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut found = Vec::new();
    for (at, _) in code.match_indices(['c', 's']) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| is_word(c) || c == ':') {
            continue;
        }
        let rest = &code[at..];
        if !["crate::", "super::", "self::"]
            .iter()
            .any(|p| rest.starts_with(p))
        {
            continue;
        }
        let mut base = from.to_vec();
        let mut rest = rest;
        loop {
            if let Some(r) = rest.strip_prefix("crate::") {
                base.clear();
                rest = r;
            } else if let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            } else if let Some(r) = rest.strip_prefix("self::") {
                rest = r;
            } else {
                break;
            }
        }
        for tail in path_tails(rest) {
            let mut path = base.clone();
            path.extend(tail);
            found.push(path);
        }
    }
    found
}

/// The idents of the path at the start of `rest` (`a::b::C` → [a, b, C]); for a group
/// (`a::{b::C, D}`) each item's.
fn path_tails(rest: &str) -> Vec<Vec<String>> {
    let mut idents = Vec::new();
    let mut rest = rest;
    loop {
        let ident: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if ident.is_empty() {
            break;
        }
        rest = &rest[ident.len()..];
        idents.push(ident);
        match rest.strip_prefix("::") {
            Some(r) => rest = r,
            None => return vec![idents],
        }
    }
    let Some(group) = rest.strip_prefix('{') else {
        return vec![idents];
    };
    let mut depth = 0;
    let end = group
        .char_indices()
        .find(|(_, c)| {
            depth += match c {
                '{' => 1,
                '}' => -1,
                _ => 0,
            };
            depth < 0
        })
        .map_or(group.len(), |(i, _)| i);
    let mut items = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in group[..end].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&group[start..end]);
    items
        .into_iter()
        .flat_map(|item| path_tails(item.trim()))
        .map(|tail| idents.iter().cloned().chain(tail).collect())
        .collect()
}

/// The file graph inside each folder of `src/`: folder → (child → the children it uses).
/// A child is a file or a sub-folder; a name a folder's `mod.rs` re-exports (`pub use
/// x::{A, B}`) counts as its child `x`. `mod.rs` itself is the folder's face, not a child.
fn file_graphs() -> BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut codes = BTreeMap::new();
    for path in &files {
        let relative = path.strip_prefix(&src).unwrap();
        let is_mod_rs = relative.file_name().is_some_and(|n| n == "mod.rs");
        if let Some(module) = module_path(relative) {
            let code = code_of(&std::fs::read_to_string(path).unwrap());
            codes.insert(module, (is_mod_rs, code));
        }
    }
    // Re-exports: (folder, name) → child.
    let mut reexported = BTreeMap::new();
    for (module, (is_mod_rs, code)) in &codes {
        if !is_mod_rs {
            continue;
        }
        for statement in code
            .split(';')
            .filter_map(|s| s.trim().strip_prefix("pub use "))
        {
            for tail in path_tails(statement.trim()) {
                if let (Some(child), Some(name)) = (tail.first(), tail.last()) {
                    reexported.insert((module.clone(), name.clone()), child.clone());
                }
            }
        }
    }
    let mut graphs: BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    // A mod.rs naming its children is its job: it has no child of its own folder to be.
    for (module, (_, code)) in &codes {
        for to in absolute_paths(code, module) {
            let shared = module.iter().zip(&to).take_while(|(a, b)| a == b).count();
            // The folder both sit in, and the child of it each belongs to.
            let folder = module[..shared].to_vec();
            let (Some(from_child), Some(named)) = (module.get(shared), to.get(shared)) else {
                continue;
            };
            let is_child = codes.contains_key(&[folder.clone(), vec![named.clone()]].concat());
            let to_child = if is_child {
                Some(named.clone())
            } else {
                reexported.get(&(folder.clone(), named.clone())).cloned()
            };
            if let Some(to_child) = to_child.filter(|c| c != from_child) {
                let graph = graphs.entry(folder).or_default();
                graph
                    .entry(from_child.clone())
                    .or_default()
                    .insert(to_child);
            }
        }
    }
    graphs
}

#[test]
fn the_files_of_a_folder_do_not_go_round_in_circles() {
    let mut cycles = Vec::new();
    for (folder, graph) in file_graphs().iter().filter(|(f, _)| !f.is_empty()) {
        println!("src/{}/ (file -> the files it uses):", folder.join("/"));
        for (from, to) in graph {
            let to: Vec<&str> = to.iter().map(String::as_str).collect();
            println!("  {from} -> {}", to.join(", "));
        }
        if let Some(cycle) = a_cycle(graph) {
            cycles.push(format!("src/{}/: {}", folder.join("/"), cycle.join(" -> ")));
        }
    }
    assert!(cycles.is_empty(), "files that use each other: {cycles:#?}");
}

#[test]
fn the_file_graph_reads_paths_as_rust_does() {
    let from = [
        "signin".to_owned(),
        "session".to_owned(),
        "start".to_owned(),
    ];
    let code = "use super::super::{challenge::Answer, Failure};\nuse crate::cognito::X;";
    let paths = absolute_paths(code, &from);
    assert!(paths.contains(&vec!["signin".into(), "challenge".into(), "Answer".into()]));
    assert!(paths.contains(&vec!["signin".into(), "Failure".into()]));
    assert!(paths.contains(&vec!["cognito".into(), "X".into()]));
    assert_eq!(
        module_path(Path::new("signin/session/mod.rs")).unwrap(),
        ["signin", "session"]
    );
    assert_eq!(module_path(Path::new("signin/form_tests.rs")), None);
}

/// Tests live one way: beside the code as `foo_tests.rs` (`#[path = "foo_tests.rs"] mod tests;`),
/// never as an inline `mod tests { … }` that makes the file twice as long to read.
#[test]
fn unit_tests_sit_beside_the_code() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let inline: Vec<String> = files
        .iter()
        .filter(|path| {
            let code = code_of(&std::fs::read_to_string(path).unwrap());
            code.lines().any(|line| {
                let line = line.trim_start();
                line.starts_with("mod ") && line.trim_end().ends_with('{')
            })
        })
        .map(|path| path.strip_prefix(&src).unwrap().display().to_string())
        .collect();
    assert!(inline.is_empty(), "inline test modules: {inline:?}");
}
