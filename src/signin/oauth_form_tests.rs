use super::*;
use crate::cognito::ClientSecret;
use crate::signin::form::{Field, SignInForm};
use crate::signin::kind::ManagedLogin;
use crate::signin::oauth_setup::region_of_domain;
use crate::signin::target::Target;

#[test]
fn a_prefix_domain_names_its_region_and_nothing_else_does() {
    assert_eq!(
        region_of_domain("https://myapp.auth.ap-northeast-1.amazoncognito.com"),
        Some("ap-northeast-1")
    );
    assert_eq!(
        region_of_domain(" https://my-app.auth.eu-west-1.amazoncognito.com/ "),
        Some("eu-west-1")
    );
    for other in [
        "http://myapp.auth.eu-west-1.amazoncognito.com",
        "https://auth.example.com",
        "https://evil.com/.auth.eu-west-1.amazoncognito.com",
        "https://x.auth.eu-west-1.amazoncognito.com.evil.com",
        "",
    ] {
        assert_eq!(region_of_domain(other), None, "{other}");
    }
}

fn browser(callback: &str, domain: &str) -> SignInForm {
    SignInForm {
        target: Target {
            region: "eu-west-1".into(),
            client_id: "client1".into(),
            kind: SignInKind::Browser,
            managed: ManagedLogin {
                domain: domain.into(),
                callback_url: callback.into(),
                ..ManagedLogin::default()
            },
            ..Target::default()
        },
        ..SignInForm::default()
    }
}

#[test]
fn the_browser_needs_no_username_or_password_but_a_domain_and_a_usable_callback() {
    let ok = browser("", "https://myapp.auth.eu-west-1.amazoncognito.com")
        .validate()
        .unwrap();
    let setup = ok.oauth.unwrap();
    assert_eq!(
        setup.browser.unwrap().callback.as_str(),
        "http://localhost:53682/callback"
    );
    assert_eq!(setup.scopes, ["openid", "email", "profile"]);

    let fields =
        |form: SignInForm| -> Vec<Field> { form.problems().iter().map(|p| p.field()).collect() };
    assert_eq!(fields(browser("", "")), [Field::Domain]);
    assert_eq!(
        fields(browser("", "http://auth.example.com")),
        [Field::Domain],
        "plain http only on this computer"
    );
    assert_eq!(
        fields(browser(
            "https://localhost:53682/cb",
            "https://a.example.com"
        )),
        [Field::CallbackUrl]
    );
    assert_eq!(
        fields(browser(
            "http://example.com:53682/cb",
            "https://a.example.com"
        )),
        [Field::CallbackUrl]
    );
}

#[test]
fn a_scope_with_a_quote_or_space_inside_is_refused() {
    let mut form = browser("", "https://a.example.com");
    form.target.managed.scopes = vec!["openid".into(), "bad\"scope".into()];
    let problems = form.problems();
    assert!(
        matches!(problems.as_slice(), [InputError::BadScope(s)] if s == "bad\"scope"),
        "{problems:?}"
    );
    form.client_secret = ClientSecret::from("x");
    assert!(form.problems().iter().all(|p| p.field() == Field::Scopes));
}
