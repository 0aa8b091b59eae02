use super::*;
use crate::signin::Target;

fn profile(name: &str, client_id: &str) -> Profile {
    Profile {
        name: name.into(),
        target: Target {
            client_id: client_id.into(),
            ..Target::default()
        },
        ..Profile::default()
    }
}

fn config_with(names: &[&str], current: &str) -> Config {
    Config {
        current: current.into(),
        profiles: names.iter().map(|n| profile(n, "c")).collect(),
        ..Config::default()
    }
}

fn names(config: &Config) -> Vec<&str> {
    config.profiles.iter().map(|p| p.name.as_str()).collect()
}

const WINDOW: ImportRules = ImportRules {
    origin: Origin::Imported,
    same_name: SameName::Keep,
    current: AfterImport::FirstImported,
};

#[test]
fn an_empty_form_makes_no_profile_but_a_typed_one_does() {
    let mut config = Config::default();
    config.take_form(&Settings {
        target: Target {
            region: "  ".into(),
            ..Target::default()
        },
        ..Settings::default()
    });
    assert!(config.profiles.is_empty());
    config.take_form(&Settings {
        target: Target {
            client_id: "abc".into(),
            ..Target::default()
        },
        ..Settings::default()
    });
    assert_eq!(names(&config), ["Default"]);
    assert_eq!(config.current, "Default");
    assert_eq!(config.profiles[0].target.client_id, "abc");
}

#[test]
fn the_form_goes_into_an_existing_profile_even_when_empty() {
    let mut config = config_with(&["dev"], "dev");
    config.take_form(&Settings::default());
    assert_eq!(config.profiles[0].target.client_id, "");
}

#[test]
fn new_profiles_get_free_names_and_become_current() {
    let mut config = config_with(&["New profile"], "New profile");
    assert_eq!(config.create_profile(), "New profile 2");
    assert_eq!(config.current, "New profile 2");
    assert_eq!(names(&config), ["New profile", "New profile 2"]);
}

#[test]
fn rename_trims_and_keeps_the_old_name_for_the_secrets() {
    let mut config = config_with(&["dev", "prod"], "dev");
    let renamed = config.rename_current("  staging ").unwrap();
    assert_eq!(
        renamed,
        Renamed {
            old: "dev".into(),
            new: "staging".into()
        }
    );
    assert_eq!(names(&config), ["staging", "prod"]);
    assert_eq!(config.current, "staging");
}

#[test]
fn rename_refuses_unusable_and_taken_names_and_changes_nothing() {
    let mut config = config_with(&["dev", "prod"], "dev");
    let before = config.clone();
    assert_eq!(
        config.rename_current("   "),
        Err(NameProblem::Unusable("a profile needs a name"))
    );
    assert!(matches!(
        config.rename_current("pro\u{200B}d"),
        Err(NameProblem::Unusable(_))
    ));
    assert_eq!(
        config.rename_current(" prod "),
        Err(NameProblem::Taken("prod".into()))
    );
    // Its own name is taken too: a rename to itself changes nothing.
    assert_eq!(
        config.rename_current("dev"),
        Err(NameProblem::Taken("dev".into()))
    );
    assert_eq!(config, before);
}

#[test]
fn a_duplicate_is_our_own_and_becomes_current() {
    let mut config = config_with(&["dev"], "dev");
    config.profiles[0].origin = Origin::Imported;
    assert_eq!(config.duplicate_current().as_deref(), Some("dev copy"));
    assert_eq!(config.duplicate_current().as_deref(), Some("dev copy copy"));
    config.current = "dev".into();
    assert_eq!(config.duplicate_current().as_deref(), Some("dev copy 2"));
    let copy = &config.profiles[1];
    assert_eq!(
        (copy.origin, copy.target.client_id.as_str()),
        (Origin::Own, "c")
    );
    assert_eq!(config.current, "dev copy 2");
    assert_eq!(Config::default().duplicate_current(), None);
}

#[test]
fn delete_moves_current_to_the_first_left() {
    let mut config = config_with(&["dev", "prod"], "prod");
    assert_eq!(
        config.delete_current(),
        Deleted {
            name: "prod".into()
        }
    );
    assert_eq!(
        (names(&config), config.current.as_str()),
        (vec!["dev"], "dev")
    );
    config.delete_current();
    assert!(config.profiles.is_empty());
    assert_eq!(config.current, "");
}

#[test]
fn taken_names_compare_without_hidden_characters() {
    let config = config_with(&["dev", "prod"], "dev");
    let incoming = [profile("pro\u{200B}d", "x"), profile("new", "x")];
    assert_eq!(config.taken_names(&incoming), ["pro\u{200B}d"]);
}

#[test]
fn import_keeps_or_replaces_taken_names_and_marks_the_origin() {
    let incoming = vec![profile("prod", "new-client"), profile("qa", "q")];
    let mut kept = config_with(&["dev", "prod"], "dev");
    let imported = kept.import(incoming.clone(), WINDOW);
    assert_eq!(imported.names, ["prod", "qa"]);
    assert!(imported.replaced.is_empty());
    assert_eq!(kept.profiles[1].target.client_id, "c");
    assert_eq!(kept.profiles[2].origin, Origin::Imported);
    assert_eq!(kept.current, "prod");

    let mut replaced = config_with(&["dev", "prod"], "dev");
    let rules = ImportRules {
        origin: Origin::Bundled,
        same_name: SameName::Replace,
        ..WINDOW
    };
    let imported = replaced.import(incoming, rules);
    assert_eq!(imported.replaced, ["prod"]);
    assert_eq!(names(&replaced), ["dev", "prod", "qa"]);
    assert_eq!(replaced.profiles[1].target.client_id, "new-client");
    assert_eq!(replaced.profiles[1].origin, Origin::Bundled);
}

#[test]
fn the_command_line_rule_leaves_the_current_profile_alone() {
    let rules = ImportRules {
        current: AfterImport::FirstImportedIfNone,
        ..WINDOW
    };
    let mut config = config_with(&["dev"], "dev");
    config.import(vec![profile("qa", "q")], rules);
    assert_eq!(config.current, "dev");
    let mut empty = Config::default();
    empty.import(vec![profile("qa", "q"), profile("uat", "u")], rules);
    assert_eq!(empty.current, "qa");
}
