//! The window shares the token cache with `cognito-login token`: a sign-in with "Keep the
//! refresh token" ticked leaves its tokens there, signing out forgets them, and tokens cached
//! before the window opens show it signed in, without a sign-in. The cache is a temporary
//! folder, never the person's.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use std::sync::Arc;
use std::time::SystemTime;

use base64::Engine as _;
use cognito_login::keychain::{Keychain, SecretKind};
use cognito_login::profiles::Origin;
use cognito_login::settings::Config;
use cognito_login::signin::{Flow, Phase, Tokens};
use cognito_login::token_cache::TokenCache;
use cognito_login::ui::labels;
use egui_kittest::kittest::Queryable;
use secrecy::{ExposeSecret, SecretString};
use ui_harness::*;

fn config() -> Config {
    let mut profile = test_profile("dev", "client123", Origin::Own);
    profile.target.flow = Flow::Password;
    Config {
        current: "dev".into(),
        profiles: vec![profile],
        ..Config::default()
    }
}

/// An unsigned JWT valid for an hour from now.
fn fresh_jwt(use_: &str) -> String {
    jwt_for(use_, 3600)
}

/// An unsigned JWT valid for `secs` from now.
fn jwt_for(use_: &str, secs: u64) -> String {
    let exp = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + secs;
    let part = |json: String| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json);
    format!(
        "{}.{}.c2ln",
        part(r#"{"alg":"RS256"}"#.to_owned()),
        part(format!(
            r#"{{"exp":{exp},"token_use":"{use_}","cognito:username":"dev-user"}}"#
        ))
    )
}

#[test]
fn a_kept_sign_in_fills_the_cache_and_signing_out_empties_it() {
    let folder = tempfile::tempdir().unwrap();
    let cache = TokenCache::at(folder.path().join("tokens"));
    let config = config();
    let at = config.profiles[0].secret_binding();
    let keychain = Arc::new(Keychain::mock());
    let script: Box<Script> = Box::new(|_| Some(tokens()));
    let mut ui = open_with_token_cache(script, &config, Arc::clone(&keychain), cache.clone());
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    // Not asked to keep anything: nothing cached.
    assert!(cache.read(&at).is_none());
    ui.harness.get_by_label(labels::REMEMBER_REFRESH).click();
    ui.harness.run();
    let cached = cache.read(&at).expect("the tokens were cached");
    assert_eq!(cached.id.unwrap().expose_secret(), ID_TOKEN);
    assert_eq!(cached.access.unwrap().expose_secret(), ACCESS_TOKEN);
    let text = std::fs::read_to_string(cache.file(&at.profile)).unwrap();
    assert!(!text.contains(REFRESH_TOKEN), "{text}");
    assert!(keychain.get(&at, SecretKind::RefreshToken).is_some());

    ui.click(labels::SIGN_OUT);
    ui.harness.run();
    assert!(
        cache.read(&at).is_none(),
        "signing out left the tokens cached"
    );
    assert!(!cache.file(&at.profile).exists());
}

#[test]
fn tokens_cached_before_the_window_opens_show_it_signed_in() {
    let folder = tempfile::tempdir().unwrap();
    let cache = TokenCache::at(folder.path().join("tokens"));
    let config = config();
    let at = config.profiles[0].secret_binding();
    let (id, access) = (fresh_jwt("id"), fresh_jwt("access"));
    let written = Tokens {
        id: Some(SecretString::from(id.clone())),
        access: Some(SecretString::from(access)),
        ..Tokens::empty(SystemTime::now())
    };
    cache.write(&at, &written).unwrap();
    let keychain = Arc::new(Keychain::mock());
    keychain
        .set(
            &at,
            SecretKind::RefreshToken,
            &SecretString::from("kept-rt"),
        )
        .unwrap();
    let script: Box<Script> = Box::new(|_| Some(tokens()));
    let mut ui = open_with_token_cache(script, &config, keychain, cache);
    ui.harness.run();
    let Phase::SignedIn(signed) = ui.harness.state().phase() else {
        panic!("{:?}", ui.harness.state().phase())
    };
    assert_eq!(signed.tokens.id.as_ref().unwrap().expose_secret(), id);
    assert!(ui.shows("token cache"), "no note says where they came from");
    // No sign-in was sent for them.
    let sent = ui.sent.lock().unwrap().clone();
    assert!(
        sent.iter().all(|body| body.get("AuthFlow").is_none()),
        "{sent:?}"
    );
    // The keychain's refresh token renews them.
    ui.click(labels::REFRESH);
    ui.wait_for_answer();
    assert_eq!(ui.last_sent()["AuthParameters"]["REFRESH_TOKEN"], "kept-rt");
}

#[test]
fn tokens_about_to_expire_or_for_another_client_are_not_shown() {
    let folder = tempfile::tempdir().unwrap();
    let cache = TokenCache::at(folder.path().join("tokens"));
    let config = config();
    let mut elsewhere = config.profiles[0].secret_binding();
    elsewhere.client_id = "another-client".into();
    let written = Tokens {
        id: Some(SecretString::from(fresh_jwt("id"))),
        access: Some(SecretString::from(fresh_jwt("access"))),
        ..Tokens::empty(SystemTime::now())
    };
    cache.write(&elsewhere, &written).unwrap();
    let script: Box<Script> = Box::new(|_| Some(tokens()));
    let ui = open_with_token_cache(script, &config, Arc::new(Keychain::mock()), cache.clone());
    assert!(matches!(ui.harness.state().phase(), Phase::Editing));
    // Bound right, but good for half a minute only.
    let expiring = Tokens {
        id: Some(SecretString::from(jwt_for("id", 30))),
        access: Some(SecretString::from(jwt_for("access", 30))),
        ..Tokens::empty(SystemTime::now())
    };
    cache
        .write(&config.profiles[0].secret_binding(), &expiring)
        .unwrap();
    assert!(cache.read(&config.profiles[0].secret_binding()).is_some());
    let script: Box<Script> = Box::new(|_| Some(tokens()));
    let ui = open_with_token_cache(script, &config, Arc::new(Keychain::mock()), cache);
    assert!(matches!(ui.harness.state().phase(), Phase::Editing));
}
