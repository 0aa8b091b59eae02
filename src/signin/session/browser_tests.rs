//! Managed login and client credentials through the pure session: what goes out at each step
//! and what each answer leads to, without a network (the wire is tests/oauth_wire.rs, the
//! whole trip tests/managed_login.rs).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use super::super::tests::{finish, sent, service_error, signed_in};
use super::*;
use crate::cognito::loopback::RedirectError;
use crate::cognito::{AuthResponse, AuthenticationResult, ClientSecret, Url};
use crate::signin::failure::FailureCause;
use crate::signin::form::SignInForm;
use crate::signin::kind::ManagedLogin;
use crate::signin::redirect::BrowserProblem;
use crate::signin::target::Target;
use crate::signin::{Event, SignInKind};

const DOMAIN: &str = "https://myapp.auth.eu-west-1.amazoncognito.com";

fn browser_form() -> SignInForm {
    SignInForm {
        target: Target {
            pool_id: "eu-west-1_abc".into(),
            client_id: "client1".into(),
            kind: SignInKind::Browser,
            managed: ManagedLogin {
                domain: DOMAIN.into(),
                sign_out_url: "http://localhost:53682/signed-out".into(),
                ..ManagedLogin::default()
            },
            ..Target::default()
        },
        ..SignInForm::default()
    }
}

fn machine_form() -> SignInForm {
    SignInForm {
        target: Target {
            region: "eu-west-1".into(),
            client_id: "machine1".into(),
            kind: SignInKind::ClientCredentials,
            managed: ManagedLogin {
                domain: DOMAIN.into(),
                scopes: vec!["orders/read orders/write".into()],
                ..ManagedLogin::default()
            },
            ..Target::default()
        },
        client_secret: ClientSecret::from("s3cret"),
        ..SignInForm::default()
    }
}

/// An ID token (not signed: the session reads its nonce only) carrying `nonce`.
fn tokens_with_nonce(nonce: &str) -> Outcome {
    let claims = serde_json::json!({"nonce": nonce, "cognito:username": "alice"});
    let payload = URL_SAFE_NO_PAD.encode(claims.to_string());
    Ok(Reply::Auth(AuthResponse {
        authentication_result: Some(AuthenticationResult {
            id_token: Some(format!("h.{payload}.s").into()),
            access_token: Some("access".into()),
            refresh_token: Some("refresh".into()),
            expires_in: Some(3600),
            ..Default::default()
        }),
        ..Default::default()
    }))
}

/// The token endpoint's answer with an access token alone (a refresh, client credentials).
fn access_token_only() -> Outcome {
    Ok(Reply::Auth(AuthResponse {
        authentication_result: Some(AuthenticationResult {
            access_token: Some("access2".into()),
            expires_in: Some(3600),
            ..Default::default()
        }),
        ..Default::default()
    }))
}

/// Submits the browser form: the session waits for the browser and says where it went.
fn waiting() -> (SignInSession, u64, Url) {
    let mut s = SignInSession::default();
    s.set_token_checks(false);
    let effects = s.apply(Event::Submit(browser_form()));
    let [
        Effect::SaveSettings,
        Effect::AwaitRedirect { attempt, wait },
    ] = effects.as_slice()
    else {
        panic!("{effects:?}")
    };
    let Phase::WaitingForBrowser(shown) = s.phase() else {
        panic!("{:?}", s.phase())
    };
    assert_eq!(shown.address, wait.address);
    assert_eq!(shown.callback, "http://localhost:53682/callback");
    (s, *attempt, wait.address.clone())
}

fn query(url: &Url, key: &str) -> String {
    url.query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| panic!("no {key} in {url}"))
}

/// Waiting, then the browser came back with a code: the exchange's attempt is out.
fn code_sent() -> (SignInSession, u64, Url) {
    let (mut s, attempt, address) = waiting();
    let effects = s.apply(Event::Redirected {
        attempt,
        result: Ok("code".into()),
    });
    let (exchange, ..) = sent(&effects);
    (s, exchange, address)
}

#[test]
fn the_browser_goes_to_authorize_with_s256_pkce_state_and_nonce() {
    let (_, _, address) = waiting();
    assert_eq!(
        address.as_str().split('?').next(),
        Some("https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/authorize")
    );
    assert_eq!(query(&address, "response_type"), "code");
    assert_eq!(query(&address, "client_id"), "client1");
    assert_eq!(
        query(&address, "redirect_uri"),
        "http://localhost:53682/callback"
    );
    assert_eq!(query(&address, "scope"), "openid email profile");
    assert_eq!(query(&address, "code_challenge_method"), "S256");
    assert!(query(&address, "state").len() >= 16);
    assert!(query(&address, "nonce").len() >= 16);
    assert_ne!(query(&address, "state"), query(&address, "nonce"));
}

#[test]
fn the_code_goes_to_the_token_endpoint_with_the_verifier_of_the_challenge_sent() {
    let (mut s, attempt, address) = waiting();
    let effects = s.apply(Event::Redirected {
        attempt,
        result: Ok("the-code".into()),
    });
    let (_, operation, body) = sent(&effects);
    assert_eq!(operation, "OAuthToken");
    assert_eq!(body["grant_type"], "authorization_code");
    assert_eq!(body["code"], "the-code");
    assert_eq!(body["client_id"], "client1");
    assert_eq!(body["redirect_uri"], "http://localhost:53682/callback");
    let verifier = body["code_verifier"].as_str().unwrap();
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    assert_eq!(challenge, query(&address, "code_challenge"));
    let Some(Effect::Send { call, .. }) = effects.first() else {
        panic!()
    };
    assert_eq!(call.endpoint.url().as_str(), format!("{DOMAIN}/"));
    assert!(matches!(s.phase(), Phase::Submitting { .. }));
}

#[test]
fn tokens_with_this_sign_ins_nonce_sign_in_and_others_do_not() {
    let (mut s, exchange, address) = code_sent();
    finish(
        &mut s,
        exchange,
        tokens_with_nonce(&query(&address, "nonce")),
    );
    assert_eq!(signed_in(&s).flow.as_str(), BY_BROWSER);
    assert_eq!(
        signed_in(&s).notes,
        [crate::messages::Message::new("note-nonce-checked")]
    );

    let (mut s, exchange, _) = code_sent();
    finish(&mut s, exchange, tokens_with_nonce("someone-elses"));
    let Phase::Failed(failure) = s.phase() else {
        panic!("{:?}", s.phase())
    };
    assert_eq!(failure.cause, FailureCause::NonceMismatch);
}

#[test]
fn a_redirect_that_is_not_this_sign_ins_fails_with_what_to_do() {
    let (mut s, attempt, _) = waiting();
    let problem = BrowserProblem::Redirect(RedirectError::WrongState);
    assert!(
        s.apply(Event::Redirected {
            attempt,
            result: Err(problem.clone()),
        })
        .is_empty()
    );
    let Phase::Failed(failure) = s.phase() else {
        panic!("{:?}", s.phase())
    };
    assert_eq!(failure.cause, FailureCause::Browser(problem));
    assert!(
        failure
            .explanation
            .summary
            .english()
            .contains("different sign-in")
    );
}

#[test]
fn cancel_stops_the_wait_and_a_late_redirect_changes_nothing() {
    let (mut s, attempt, _) = waiting();
    let effects = s.apply(Event::Cancel);
    assert!(matches!(effects.as_slice(), [Effect::Abort { attempt: a }] if *a == attempt));
    assert!(matches!(s.phase(), Phase::Editing));
    let late = s.apply(Event::Redirected {
        attempt,
        result: Ok("code".into()),
    });
    assert!(late.is_empty());
    assert!(matches!(s.phase(), Phase::Editing));
}

#[test]
fn a_refused_code_is_cognitos_refusal_with_its_code() {
    let (mut s, exchange, _) = code_sent();
    finish(
        &mut s,
        exchange,
        Err(service_error("invalid_grant", "Invalid code verifier")),
    );
    let Phase::Failed(failure) = s.phase() else {
        panic!("{:?}", s.phase())
    };
    assert!(matches!(&failure.cause, FailureCause::Cognito(e) if e.code == "invalid_grant"));
}

/// Signed in through the browser, for what comes after.
fn signed_in_by_browser() -> SignInSession {
    let (mut s, exchange, address) = code_sent();
    finish(
        &mut s,
        exchange,
        tokens_with_nonce(&query(&address, "nonce")),
    );
    s
}

#[test]
fn refreshing_uses_the_token_endpoint_and_keeps_the_refresh_token() {
    let mut s = signed_in_by_browser();
    let effects = s.apply(Event::Refresh);
    let (attempt, operation, body) = sent(&effects);
    assert_eq!(operation, "OAuthToken");
    assert_eq!(body["grant_type"], "refresh_token");
    assert_eq!(body["refresh_token"], "refresh");
    finish(&mut s, attempt, access_token_only());
    let signed = signed_in(&s);
    assert!(signed.refresh_problem.is_none());
    use secrecy::ExposeSecret as _;
    assert_eq!(
        signed.tokens.refresh.as_ref().unwrap().expose_secret(),
        "refresh"
    );
}

#[test]
fn who_am_i_asks_user_info_and_sign_out_revokes_and_ends_the_browser_session() {
    let mut s = signed_in_by_browser();
    let (_, operation, _) = sent(&s.apply(Event::WhoAmI));
    assert_eq!(operation, "UserInfo");
    let effects = s.apply(Event::SignOut);
    let revoke = effects.iter().find_map(|e| match e {
        Effect::Send { call, .. } => Some(call.operation.name()),
        _ => None,
    });
    assert_eq!(revoke, Some("OAuthRevoke"));
    let logout = effects.iter().find_map(|e| match e {
        Effect::OpenBrowser(url) => Some(url.clone()),
        _ => None,
    });
    let logout = logout.expect("the domain's /logout opened");
    assert_eq!(logout.path(), "/logout");
    assert_eq!(
        query(&logout, "logout_uri"),
        "http://localhost:53682/signed-out"
    );
    assert!(matches!(s.phase(), Phase::Editing));
}

#[test]
fn client_credentials_ask_for_the_scopes_and_refresh_by_asking_again() {
    let mut s = SignInSession::default();
    s.set_token_checks(false);
    let effects = s.apply(Event::Submit(machine_form()));
    let (attempt, operation, body) = sent(&effects);
    assert_eq!(operation, "OAuthToken");
    assert_eq!(body["grant_type"], "client_credentials");
    assert_eq!(body["scope"], "orders/read orders/write");
    finish(&mut s, attempt, access_token_only());
    let signed = signed_in(&s);
    assert!(signed.by_client_credentials());
    assert!(signed.can_refresh());
    let (_, operation, body) = sent(&s.apply(Event::Refresh));
    assert_eq!(operation, "OAuthToken");
    assert_eq!(body["grant_type"], "client_credentials");
}

#[test]
fn client_credentials_without_a_secret_or_scopes_send_nothing() {
    let mut s = SignInSession::default();
    let form = SignInForm {
        client_secret: ClientSecret::default(),
        target: Target {
            managed: ManagedLogin {
                domain: DOMAIN.into(),
                ..ManagedLogin::default()
            },
            ..machine_form().target
        },
        ..machine_form()
    };
    assert!(s.apply(Event::Submit(form.clone())).is_empty());
    let problems: Vec<String> = form.problems().iter().map(ToString::to_string).collect();
    assert!(
        problems.iter().any(|p| p.contains("client secret")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("scopes")),
        "{problems:?}"
    );
}

#[test]
fn the_region_of_a_prefix_domain_is_the_pools() {
    let form = SignInForm {
        target: Target {
            pool_id: String::new(),
            ..browser_form().target
        },
        ..browser_form()
    };
    let endpoint = form.endpoint().unwrap();
    assert_eq!(
        endpoint.url().as_str(),
        "https://cognito-idp.eu-west-1.amazonaws.com/"
    );
}
