//! The layers of `src` point one way (docs/architecture.md): a file imports only from its own
//! layer or the layers below it, and inside `domain` a folder only from the folders below it.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first.
const LAYERS: [&str; 5] = ["basics", "model", "domain", "store", "ui"];
/// The folders of `domain`, lowest first.
const DOMAIN_FOLDERS: [&str; 8] = [
    "rules", "edge", "records", "seus", "training", "renewals", "path", "advice",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::<a>` or `crate::domain::<b>` a file names, as (a, b).
fn crate_paths(text: &str) -> Vec<(String, Option<String>)> {
    let word = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    text.match_indices("crate::")
        .map(|(at, _)| {
            let rest = &text[at + "crate::".len()..];
            let first = word(rest);
            let second = rest
                .strip_prefix(&format!("{first}::"))
                .map(word)
                .filter(|_| first == "domain");
            (first, second)
        })
        .collect()
}

fn violations() -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for (rank, layer) in LAYERS.iter().enumerate() {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        for file in files {
            let text = fs::read_to_string(&file).expect("a source file");
            let name = file
                .strip_prefix(&src)
                .unwrap_or(&file)
                .display()
                .to_string();
            let folder = name
                .strip_prefix("domain/")
                .and_then(|rest| rest.split_once('/'))
                .map(|(folder, _)| folder.to_owned());
            for (target, domain_folder) in crate_paths(&text) {
                if let Some(target_rank) = LAYERS.iter().position(|l| *l == target) {
                    if target_rank > rank {
                        found.push(format!("src/{name} imports crate::{target}"));
                    }
                }
                if let (Some(from), Some(to)) = (&folder, &domain_folder) {
                    let rank_of = |f: &str| DOMAIN_FOLDERS.iter().position(|d| *d == f);
                    if let (Some(from_rank), Some(to_rank)) = (rank_of(from), rank_of(to)) {
                        if to_rank > from_rank {
                            found.push(format!("src/{name} imports crate::domain::{to}"));
                        }
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_import_points_to_the_same_layer_or_one_below() {
    assert_eq!(violations(), Vec::<String>::new());
}

#[test]
fn every_domain_folder_is_placed_in_the_order() {
    let mut folders: Vec<String> =
        fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"))
            .expect("src/domain")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
    folders.sort();
    let mut listed: Vec<String> = DOMAIN_FOLDERS.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        folders, listed,
        "a new folder of src/domain needs its place in DOMAIN_FOLDERS"
    );
}

#[test]
fn the_check_sees_an_import_that_runs_back_up() {
    assert_eq!(
        crate_paths("use crate::domain::renewals::calendar;\nuse crate::model::x;"),
        vec![
            ("domain".to_owned(), Some("renewals".to_owned())),
            ("model".to_owned(), None)
        ]
    );
}
