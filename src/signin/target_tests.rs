use super::*;
use crate::signin::kind::{ManagedLogin, SignInKind};

fn typed() -> Target {
    Target {
        region: " eu-west-1 ".into(),
        pool_id: "eu-west-1_AbC123\n".into(),
        client_id: "\tc1".into(),
        endpoint: String::new(),
        username: " alice".into(),
        flow: Flow::Srp,
        kind: SignInKind::Browser,
        identity_pool_id: " us-east-1:0a1b ".into(),
        managed: ManagedLogin {
            domain: " https://a.example.com ".into(),
            scopes: vec![" openid  email ".into()],
            ..ManagedLogin::default()
        },
    }
}

#[test]
fn blank_means_only_blanks_were_typed_whatever_the_flow() {
    assert!(Target::default().is_blank());
    let blanks = Target {
        region: "  ".into(),
        endpoint: "\t".into(),
        flow: Flow::Password,
        ..Target::default()
    };
    assert!(blanks.is_blank());
    assert!(!typed().is_blank());
}

#[test]
fn trimmed_takes_the_blanks_off_each_end_and_keeps_the_flow() {
    assert_eq!(
        typed().trimmed(),
        Target {
            region: "eu-west-1".into(),
            pool_id: "eu-west-1_AbC123".into(),
            client_id: "c1".into(),
            endpoint: String::new(),
            username: "alice".into(),
            flow: Flow::Srp,
            kind: SignInKind::Browser,
            identity_pool_id: "us-east-1:0a1b".into(),
            managed: ManagedLogin {
                domain: "https://a.example.com".into(),
                scopes: vec!["openid".into(), "email".into()],
                ..ManagedLogin::default()
            },
        }
    );
    let connection = Connection {
        timeout_secs: 7,
        proxy: " http://proxy:3128 ".into(),
    };
    assert_eq!(connection.trimmed().proxy, "http://proxy:3128");
    assert_eq!(connection.trimmed().timeout_secs, 7);
}

#[test]
fn the_pool_is_written_user_pool_id_and_read_by_either_name() {
    let text = toml::to_string(&typed().trimmed()).unwrap();
    assert!(
        text.contains("user_pool_id = \"eu-west-1_AbC123\""),
        "{text}"
    );
    for key in ["user_pool_id", "pool_id"] {
        let read: Target = toml::from_str(&format!("{key} = \"p_1\"")).unwrap();
        assert_eq!(read.pool_id, "p_1");
    }
}

#[test]
fn the_connection_defaults_to_the_default_timeout_and_the_systems_proxy() {
    let read: Connection = toml::from_str("").unwrap();
    assert_eq!(read, Connection::default());
    assert_eq!(read.timeout_secs, DEFAULT_TIMEOUT_SECS);
    assert!(read.proxy.is_empty());
}

#[test]
fn resolve_goes_by_region_pool_and_endpoint() {
    let endpoint = typed().trimmed().resolve().unwrap();
    assert_eq!(
        endpoint.url().as_str(),
        "https://cognito-idp.eu-west-1.amazonaws.com/"
    );
}
