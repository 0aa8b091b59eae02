use super::*;

const STAGING: &str = r#"version = 1

[[profile]]
name = "staging"                 # required, unique
region = "ap-northeast-1"        # required unless endpoint is given
user_pool_id = "ap-northeast-1_AbCdEf123"   # optional
client_id = "1h2j3k4l5m6n7o8p9q0r1s2t3u"    # required
endpoint = "http://127.0.0.1:9229"         # optional
username = "tester1"             # optional
flow = "auto"                    # optional: auto | srp | password
"#;

fn problems(text: &str) -> Vec<String> {
    parse(text.as_bytes())
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_documented_example_reads() {
    let profiles = parse(STAGING.as_bytes()).unwrap();
    assert_eq!(
        profiles,
        [Profile {
            name: "staging".into(),
            target: Target {
                region: "ap-northeast-1".into(),
                pool_id: "ap-northeast-1_AbCdEf123".into(),
                client_id: "1h2j3k4l5m6n7o8p9q0r1s2t3u".into(),
                endpoint: "http://127.0.0.1:9229".into(),
                username: "tester1".into(),
                ..Target::default()
            },
            ..Profile::default()
        }]
    );
}

#[test]
fn export_then_import_is_lossless() {
    let profiles = vec![
        Profile {
            name: "prod \"eu\"".into(),
            target: Target {
                region: "eu-west-1".into(),
                client_id: "abc123".into(),
                flow: Flow::Srp,
                identity_pool_id: "eu-west-2:0a1b2c3d-4e5f-6789-abcd-ef0123456789".into(),
                ..Target::default()
            },
            copy_preset: Preset::PostmanEnv,
            tag: "prod".into(),
            ..Profile::default()
        },
        Profile {
            name: "local".into(),
            target: Target {
                endpoint: "http://127.0.0.1:9229".into(),
                pool_id: "local_abc".into(),
                client_id: "x1".into(),
                username: "ユーザー".into(),
                flow: Flow::Choice,
                ..Target::default()
            },
            ..Profile::default()
        },
    ];
    let text = export(&profiles);
    assert_eq!(parse(text.as_bytes()).unwrap(), profiles);
    assert!(
        text.starts_with("version = 1\n\n[[profile]]\nname = "),
        "{text}"
    );
}

#[test]
fn every_malformed_file_says_what_and_where() {
    let cases: [(&str, &str); 13] = [
        (
            "version = 1\n[[profile]]\nname = \"pro\\u200bd\"\nclient_id = \"c\"\nregion = \"eu-west-1\"\n",
            "may not hold invisible or text-direction characters",
        ),
        (
            "version = 1\n[[profile]]\nname = \"\\u202edorp\"\nclient_id = \"c\"\nregion = \"eu-west-1\"\n",
            "may not hold invisible or text-direction characters",
        ),
        ("version = 1\nprofile = []\n", "the file has no [[profile]]"),
        ("version = 1\n", "the file has no [[profile]]"),
        (
            "version = 1\n[[profile]]\nname = 3\nclient_id = \"c\"\nregion = \"eu-west-1\"\n",
            "`name` must be a string",
        ),
        (
            "version = 1\n[[profile]]\nname = \"a\"\nregion = \"eu-west-1\"\nclient_id = \"c\"\ncolour = \"red\"\n",
            "profile \"a\": unknown key `colour`",
        ),
        (
            "version = 1\n[[profile]]\nname = \"a\"\nregion = \"eu-west-1\"\n",
            "profile \"a\": `client_id` is required",
        ),
        (
            "version = 1\n[[profile]]\nclient_id = \"c\"\nregion = \"eu-west-1\"\n",
            "profile #1: `name` is required",
        ),
        (
            "version = 1\n[[profile]]\nname = \"a\"\nclient_id = \"c\"\n",
            "`region` is required unless `endpoint` is given",
        ),
        (
            "version = 1\n[[profile]]\nname = \"a\"\nclient_id = \"c\"\nregion = \"eu-west-1\"\nclient_secret = \"s\"\n",
            "secrets never go in profile files",
        ),
        (
            "[[profile]]\nname = \"a\"\nclient_id = \"c\"\nregion = \"eu-west-1\"\n",
            "needs `version = 1`",
        ),
        (
            "version = 2\n[[profile]]\nname = \"a\"\n",
            "newer than this app understands",
        ),
        (
            "version = 1\n[[profile]]\nname = \"a\"\nclient_id = \"c\"\nregion = \"eu-west-1\"\n[[profile]]\nname = \"a\"\nclient_id = \"d\"\nregion = \"eu-west-1\"\n",
            "used twice",
        ),
    ];
    for (text, expected) in cases {
        let found = problems(text);
        assert!(
            found.iter().any(|p| p.contains(expected)),
            "{expected:?} in {found:?}"
        );
    }
    assert_eq!(
        problems("version = 1\nprofile = ["),
        ["not valid TOML (line 2): unclosed array, expected `]`"]
    );
}

#[test]
fn huge_and_binary_files_are_refused_before_reading() {
    let huge = vec![b'#'; MAX_BYTES + 1];
    assert!(
        parse(&huge).unwrap_err()[0]
            .message
            .english()
            .contains("at most 256 KiB")
    );
    assert_eq!(
        parse(&[0xff, 0xfe, 0x00]).unwrap_err()[0].message.english(),
        "the file is not UTF-8 text"
    );
}

#[test]
fn bad_values_are_checked_like_the_form_checks_them() {
    let text = "version = 1\n[[profile]]\nname = \"a\"\nclient_id = \"c d\"\nregion = \"us-east-1.evil.example\"\nflow = \"fast\"\n";
    let found = problems(text);
    assert!(
        found
            .iter()
            .any(|p| p.contains("client_id` may contain only")),
        "{found:?}"
    );
    assert!(found.iter().any(|p| p.contains("region")), "{found:?}");
    assert!(
        found.iter().any(|p| p.contains("flow must be")),
        "{found:?}"
    );
}

#[test]
fn a_bad_identity_pool_id_is_explained_where_it_is() {
    let text = format!("{STAGING}identity_pool_id = \"my-pool\"\n");
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(
            "profile \"staging\": `identity_pool_id`: \"my-pool\" is not an identity pool ID"
        ),
        "{found:?}"
    );
}

#[test]
fn an_identity_pool_id_is_read_and_written_only_when_given() {
    let text = format!(
        "{STAGING}identity_pool_id = \"ap-northeast-1:0a1b2c3d-0000-0000-0000-000000000000\"\n"
    );
    let profiles = parse(text.as_bytes()).unwrap();
    assert_eq!(
        profiles[0].target.identity_pool_id,
        "ap-northeast-1:0a1b2c3d-0000-0000-0000-000000000000"
    );
    assert!(export(&profiles).contains("\nidentity_pool_id = \"ap-northeast-1:0a1b"));
    let plain = parse(STAGING.as_bytes()).unwrap();
    assert!(!export(&plain).contains("identity_pool_id"));
}

/// Problems are messages: in Japanese they are Japanese, and the file's own text (a key, a
/// value that looks like a placeholder) stays exactly as the file wrote it.
#[test]
fn problems_read_in_japanese_with_the_files_text_as_it_is() {
    use crate::messages::Lang;
    let text = "version = 1\n[[profile]]\nname = \"x\"\nregion = \"eu-west-1\"\nclient_id = \"c\"\napi_token = \"t\"\nflow = \"{ $key }\"\n";
    let found: Vec<String> = (parse(text.as_bytes()).unwrap_err().iter())
        .map(|p| p.message().words(Lang::Ja))
        .collect();
    assert!(
        found.contains(&"プロファイル \"x\": `api_token` はシークレットのようです。シークレットはプロファイルファイルに記述しません（アプリが入力を求めるか、システムのキーチェーンに保存します）".to_owned()),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.contains("（\"{ $key }\" ではありません）")),
        "{found:?}"
    );
    let english = parse(b"version = 1\n").unwrap_err()[0].to_string();
    assert_eq!(english, "the file has no [[profile]]");
    let japanese = parse(b"version = 1\n").unwrap_err()[0]
        .message()
        .words(Lang::Ja);
    assert_eq!(japanese, "ファイルに [[profile]] がありません");
}
