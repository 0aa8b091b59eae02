use super::*;
use crate::profiles::Profile;

#[test]
fn free_names_and_tag_colours() {
    let taken = [
        Profile {
            name: "a".into(),
            ..Profile::default()
        },
        Profile {
            name: "a 2".into(),
            ..Profile::default()
        },
    ];
    let names = || taken.iter().map(|p| &p.name);
    assert_eq!(ProfileName::free("a", names()), "a 3");
    assert_eq!(ProfileName::free("b", names()), "b");
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
        assert!(ProfileName::from(hidden).problem().is_some(), "{hidden:?}");
    }
    for fine in ["prod", "ステージング", "dev 2", "مرحلة"] {
        assert_eq!(ProfileName::from(fine).problem(), None, "{fine:?}");
    }
    assert!(ProfileName::from("prod").same_as(&"pro\u{200B}d".into()));
    assert!(!ProfileName::from("prod").same_as(&"prod2".into()));
    let taken = [Profile {
        name: "a\u{200B}".into(),
        ..Profile::default()
    }];
    assert_eq!(ProfileName::free("a", taken.iter().map(|p| &p.name)), "a 2");
}
