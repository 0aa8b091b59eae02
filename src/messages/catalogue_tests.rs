use super::{problems, shipped_problems};

#[test]
fn the_shipped_catalogues_agree() {
    let found = shipped_problems();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_key_in_one_catalogue_only_is_named() {
    let found = problems("a = A\nb = B\n", "a = エー\nc = シー\n");
    assert_eq!(
        found,
        ["b: in en.ftl, not in ja.ftl", "c: in ja.ftl, not in en.ftl"]
    );
}

#[test]
fn a_syntax_error_is_named() {
    let found = problems("a = A\nb = { $name\n", "a = エー\n");
    assert!(
        found.iter().any(|p| p.starts_with("en.ftl: syntax error")),
        "{found:#?}"
    );
    let found = problems("a = A\n", "a = エー\n-broken\n");
    assert!(found.iter().any(|p| p.starts_with("ja.ftl:")), "{found:#?}");
}

#[test]
fn placeholders_that_differ_are_named() {
    let found = problems(
        "a = Delete { $name }?\n",
        "a = { $profile } を削除しますか？\n",
    );
    assert_eq!(
        found,
        [r#"a: placeholders differ, en.ftl {"name"}, ja.ftl {"profile"}"#]
    );
}

#[test]
fn placeholders_inside_a_choice_count() {
    let english =
        "a = { $count ->\n    [one] one code\n   *[other] { $count } codes to { $to }\n}\n";
    let found = problems(english, "a = { $count } 個のコード\n");
    assert_eq!(
        found,
        [r#"a: placeholders differ, en.ftl {"count", "to"}, ja.ftl {"count"}"#]
    );
}

#[test]
fn a_key_twice_is_named() {
    let found = problems("a = A\na = B\n", "a = エー\n");
    assert_eq!(found, ["en.ftl: a is there twice"]);
}
