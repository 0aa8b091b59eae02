use super::*;

#[test]
fn free_names_and_tag_colours() {
    let taken = vec![
        Profile {
            name: "a".into(),
            ..Profile::default()
        },
        Profile {
            name: "a 2".into(),
            ..Profile::default()
        },
    ];
    assert_eq!(free_name(&taken, "a"), "a 3");
    assert_eq!(free_name(&taken, "b"), "b");
    assert_eq!(tag_colour("PROD"), [210, 60, 60]);
    assert_eq!(tag_colour("x"), tag_colour("x"));
}

#[test]
fn names_may_not_hide_or_reorder_characters() {
    for hidden in [
        "pro\u{200B}d",
        "\u{202E}dorp",
        "a\u{2066}b",
        "a\u{FEFF}",
        "a\tb",
        "a\u{2028}b",
    ] {
        assert!(name_problem(hidden).is_some(), "{hidden:?}");
    }
    for fine in ["prod", "ステージング", "dev 2", "مرحلة"] {
        assert_eq!(name_problem(fine), None, "{fine:?}");
    }
    assert!(same_name("prod", "pro\u{200B}d"));
    assert!(!same_name("prod", "prod2"));
    let taken = vec![Profile {
        name: "a\u{200B}".into(),
        ..Profile::default()
    }];
    assert_eq!(free_name(&taken, "a"), "a 2");
}
