use super::*;
use crate::signin::Target;

fn store_in(dir: &tempfile::TempDir) -> (ConfyStore, PathBuf) {
    let path = dir.path().join("cognito-login").join("default-config.toml");
    (ConfyStore::at(path.clone()), path)
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn round_trip_keeps_other_profiles_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let (store, path) = store_in(&dir);
    assert_eq!(store.load(), (Settings::default(), None));
    let config = Config {
        current: "dev".into(),
        profiles: vec![
            Profile {
                name: "dev".into(),
                target: Target {
                    client_id: "c1".into(),
                    ..Target::default()
                },
                ..Profile::default()
            },
            Profile {
                name: "prod".into(),
                target: Target {
                    client_id: "c2".into(),
                    ..Target::default()
                },
                tag: "prod".into(),
                ..Profile::default()
            },
        ],
        ..Config::default()
    };
    store.save_config(&config).unwrap();
    let (settings, notice) = ConfyStore::at(path.clone()).load();
    assert_eq!((settings.target.client_id.as_str(), notice), ("c1", None));

    // Saving the form changes the current profile only.
    let again = ConfyStore::at(path.clone());
    let (mut settings, _) = again.load();
    settings.target.username = "alice".into();
    again.save(&settings).unwrap();
    let (config, _) = ConfyStore::at(path.clone()).load_config();
    assert_eq!(config.profiles[0].target.username, "alice");
    assert_eq!(config.profiles[1].target.client_id, "c2");
    assert_eq!(files_in(path.parent().unwrap()), ["default-config.toml"]);
}

#[test]
fn the_first_slices_settings_become_a_first_profile() {
    let dir = tempfile::tempdir().unwrap();
    let (store, path) = store_in(&dir);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        "region = \"eu-west-1\"\npool_id = \"eu-west-1_Ab\"\nclient_id = \"old\"\nusername = \"bob\"\nendpoint = \"\"\ntimeout_secs = 12\n",
    )
    .unwrap();
    let (config, notice) = store.load_config();
    assert_eq!(notice, None);
    assert_eq!(config.version, SCHEMA_VERSION);
    assert_eq!(config.current, "Default");
    assert_eq!(config.connection.timeout_secs, 12);
    let first = &config.profiles[0];
    assert_eq!(
        (
            first.target.region.as_str(),
            first.target.pool_id.as_str(),
            first.target.client_id.as_str(),
            first.target.username.as_str()
        ),
        ("eu-west-1", "eu-west-1_Ab", "old", "bob")
    );
}

#[test]
fn corrupt_and_newer_files_are_kept_aside_intact() {
    for (bytes, why) in [
        (b"this is = = not toml".to_vec(), "is damaged"),
        (
            b"version = 9\ncurrent = \"x\"\n".to_vec(),
            "newer Cognito Login",
        ),
        (vec![0xff, 0xfe, 0x00, 0x41], "is not text"),
        (
            b"version = 2\nprofile = \"not a list\"\n".to_vec(),
            "is damaged",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (store, path) = store_in(&dir);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &bytes).unwrap();
        let (settings, notice) = store.load();
        assert_eq!(settings, Settings::default());
        let notice = notice.unwrap().english();
        assert!(notice.contains(why) && notice.contains(".bak-"), "{notice}");
        let names = files_in(path.parent().unwrap());
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(
            names[0].starts_with("default-config.toml.bak-"),
            "{names:?}"
        );
        let kept = std::fs::read(path.parent().unwrap().join(&names[0])).unwrap();
        assert_eq!(kept, bytes, "the bad file is kept byte for byte");
        // The app goes on: the next save writes a fresh file beside the backup.
        store.save(&Settings::default()).unwrap();
        assert!(path.exists());
    }
}

#[test]
fn the_file_never_has_a_field_for_a_secret() {
    let text = toml::to_string_pretty(&Config {
        profiles: vec![Profile::default()],
        ..Config::default()
    })
    .unwrap();
    // The only such word is the yes/no choice to keep refresh tokens in the keychain.
    let text = text.replace("remember_refresh_token = false", "");
    for word in ["secret", "password", "token"] {
        assert!(!text.contains(word), "{word} in {text}");
    }
}

#[test]
fn the_language_choice_is_kept_and_older_files_load_as_system() {
    let dir = tempfile::tempdir().unwrap();
    let (store, path) = store_in(&dir);
    let config = Config {
        language: LanguageChoice::Japanese,
        ..Config::default()
    };
    store.save_config(&config).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("language = \"japanese\""), "{text}");
    let again = ConfyStore::at(path.clone()).load_config();
    assert_eq!(again.0.language, LanguageChoice::Japanese);
    // Saving the form's values leaves the choice alone.
    store.save(&Settings::default()).unwrap();
    assert_eq!(store.config().language, LanguageChoice::Japanese);

    std::fs::write(&path, text.replace("language = \"japanese\"\n", "")).unwrap();
    let (older, notice) = ConfyStore::at(path).load_config();
    assert_eq!(notice, None, "read without complaint");
    assert_eq!(older.language, LanguageChoice::System);
}

#[test]
fn the_flag_wins_over_the_choice() {
    use crate::messages::Lang;
    assert_eq!(LanguageChoice::English.resolve(Some(Lang::Ja)), Lang::Ja);
    assert_eq!(LanguageChoice::Japanese.resolve(Some(Lang::En)), Lang::En);
    assert_eq!(LanguageChoice::Japanese.resolve(None), Lang::Ja);
    assert_eq!(LanguageChoice::English.resolve(None), Lang::En);
}

/// The notice about an unusable settings file is a message: Japanese in a Japanese window,
/// the same English as before on the command line.
#[test]
fn an_unusable_settings_file_is_said_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let (store, path) = store_in(&dir);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
    let (_, said) = store.load_config_said();
    let said = said.unwrap();
    let japanese = said.words(crate::messages::Lang::Ja);
    assert!(
        japanese.starts_with(&format!(
            "設定ファイル {} はテキストではありません。元のファイルは ",
            path.display()
        )) && japanese.ends_with("として保存しました。既定の設定で開始します。"),
        "{japanese}"
    );
    assert!(said.english().contains("is not text; it was kept as "));
}
