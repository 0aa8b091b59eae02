//! The managed-login keys of a profile file (issue 17), read through the file's own `parse`.

use crate::profiles::file::{export, parse};
use crate::signin::SignInKind;

const BROWSER: &str = r#"version = 1

[[profile]]
name = "web"
client_id = "webclient1"
kind = "browser"
domain = "https://myapp.auth.eu-west-1.amazoncognito.com"
callback_url = "http://localhost:53682/callback"
scopes = ["openid", "email"]
identity_provider = "Google"
"#;

fn problems(text: &str) -> Vec<String> {
    parse(text.as_bytes())
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_browser_profile_reads_without_a_region_and_exports_as_it_came() {
    let profiles = parse(BROWSER.as_bytes()).unwrap();
    let target = &profiles[0].target;
    assert_eq!(target.kind, SignInKind::Browser);
    assert_eq!(target.managed.scopes, ["openid", "email"]);
    assert_eq!(target.managed.identity_provider, "Google");
    let again = parse(export(&profiles).as_bytes()).unwrap();
    assert_eq!(again, profiles);
    assert!(export(&profiles).contains("kind = \"browser\""));
}

#[test]
fn a_file_without_the_new_keys_is_a_password_profile_and_exports_none() {
    let text =
        "version = 1\n[[profile]]\nname = \"a\"\nregion = \"eu-west-1\"\nclient_id = \"c1\"\n";
    let profiles = parse(text.as_bytes()).unwrap();
    assert_eq!(profiles[0].target.kind, SignInKind::Password);
    let exported = export(&profiles);
    for key in ["kind", "domain", "scopes", "callback_url"] {
        assert!(!exported.contains(key), "{exported}");
    }
}

#[test]
fn each_managed_login_mistake_is_named() {
    let unknown = BROWSER.replace("\"browser\"", "\"hosted-ui\"");
    assert!(problems(&unknown)[0].contains("kind must be password, browser or client-credentials"));
    let no_domain = BROWSER.replace(
        "domain = \"https://myapp.auth.eu-west-1.amazoncognito.com\"\n",
        "",
    );
    assert!(
        problems(&no_domain)
            .iter()
            .any(|p| p.contains("`domain` is required"))
    );
    let plain_http = BROWSER.replace("https://myapp", "http://myapp");
    assert!(problems(&plain_http).iter().any(|p| p.contains("`domain`")));
    let bad_scope = BROWSER.replace("\"email\"", "\"e mail\", 3");
    let found = problems(&bad_scope);
    assert!(
        found.iter().any(|p| p.contains("list of strings")),
        "{found:?}"
    );
    let machine = BROWSER
        .replace("\"browser\"", "\"client-credentials\"")
        .replace("scopes = [\"openid\", \"email\"]\n", "");
    assert!(
        problems(&machine)
            .iter()
            .any(|p| p.contains("`scopes` is required"))
    );
    let secret = BROWSER.replace("kind =", "client_secret = \"x\"\nkind =");
    assert!(
        problems(&secret)
            .iter()
            .any(|p| p.contains("looks like a secret"))
    );
}
