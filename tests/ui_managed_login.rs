//! Managed login and client credentials in the window (issue 17), driven like a person by
//! their labels, over real HTTP to MiniStack with the app's real loopback listener. The test
//! plays the browser with the address the app "opened" (the harness records it).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

use cognito_login::cognito::Url;
use cognito_login::keychain::Keychain;
use cognito_login::profiles::Profile;
use cognito_login::settings::Config;
use cognito_login::signin::{ManagedLogin, Phase, SignInKind, Target};
use cognito_login::ui::labels;
use egui_kittest::kittest::Queryable;
use support::browser::{deliver, sign_in_in_browser};
use support::{Emulator, emulators};
use ui_harness::*;

fn profile(emu: &Emulator, kind: SignInKind, client: &str, managed: ManagedLogin) -> Config {
    Config {
        current: "managed".into(),
        profiles: vec![Profile {
            name: "managed".into(),
            target: Target {
                endpoint: emu.endpoint.clone(),
                pool_id: emu.pool_id.clone(),
                client_id: client.to_owned(),
                kind,
                managed,
                ..Target::default()
            },
            ..Profile::default()
        }],
        ..Config::default()
    }
}

/// The window with a browser profile on MiniStack, its callback the `n`th registered one.
fn browser_window(n: usize) -> (Ui, String) {
    let emu = emulators().ministack;
    let oauth = emu.oauth.clone().unwrap();
    let callback = oauth.callbacks[n].clone();
    let managed = ManagedLogin {
        domain: oauth.domain.clone(),
        callback_url: callback.clone(),
        sign_out_url: oauth.logout_url.clone(),
        ..ManagedLogin::default()
    };
    let config = profile(&emu, SignInKind::Browser, &oauth.browser_client.id, managed);
    let ui = open_with_keychain(None, &config, Arc::new(Keychain::mock()));
    (ui, callback)
}

/// Steps the window until it has opened an address in "the browser".
fn opened_address(ui: &mut Ui, nth: usize) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(address) = ui.browsed.lock().unwrap().get(nth).cloned() {
            return address;
        }
        assert!(Instant::now() < deadline, "no browser opened");
        std::thread::sleep(Duration::from_millis(10));
        ui.harness.step();
    }
}

/// Plays the browser on another thread (the window keeps drawing meanwhile): signs in on the
/// emulator's page and follows the redirect to the app's listener.
fn browser_signs_in(address: String) -> std::thread::JoinHandle<String> {
    let oauth = emulators().ministack.oauth.unwrap();
    std::thread::spawn(move || {
        let location = sign_in_in_browser(&address, &oauth.user, &oauth.password).unwrap();
        deliver(&location).1
    })
}

#[test]
fn sign_in_with_browser_shows_the_tokens_then_refreshes_looks_up_and_signs_out() {
    let (mut ui, callback) = browser_window(5);
    assert!(ui.shows(labels::DOMAIN));
    assert!(
        !ui.shows(labels::PASSWORD),
        "the browser asks for the password, not the window"
    );
    ui.click(labels::SIGN_IN_WITH_BROWSER);
    let address = opened_address(&mut ui, 0);
    assert!(address.contains("/oauth2/authorize?"), "{address}");
    wait_for_text(&mut ui, "Finish signing in in your browser");
    assert!(ui.shows(&callback));
    assert!(ui.harness.query_by_label(labels::COPY_ADDRESS).is_some());
    let page = browser_signs_in(address).join().unwrap();
    assert!(page.contains("go back to Cognito Login"), "{page}");
    ui.wait_for_answer();
    ui.assert_signed_in();
    assert!(ui.shows("Flow used: managed login (authorization code + PKCE)"));
    assert!(ui.shows("The ID token carries this sign-in's nonce."));
    assert!(ui.shows("Scopes: "));
    // GlobalSignOut needs aws.cognito.signin.user.admin, which these tokens were not given.
    assert!(
        ui.harness
            .query_by_label(labels::SIGN_OUT_EVERYWHERE)
            .is_none()
    );

    ui.click(labels::REFRESH);
    ui.wait_for_answer();
    assert!(ui.shows("Refreshed at"), "the status line says so");
    let Phase::SignedIn(signed) = ui.harness.state().phase() else {
        panic!()
    };
    assert!(signed.tokens.refresh.is_some(), "the refresh token is kept");

    ui.click(labels::WHO_AM_I);
    wait_for_text(&mut ui, "alice");

    ui.click(labels::SIGN_OUT);
    ui.harness.run();
    let logout = opened_address(&mut ui, 1);
    assert!(logout.contains("/logout?client_id="), "{logout}");
    assert!(matches!(ui.harness.state().phase(), Phase::Editing));
}

#[test]
fn cancel_while_waiting_closes_the_port() {
    let (mut ui, callback) = browser_window(6);
    ui.click(labels::SIGN_IN_WITH_BROWSER);
    opened_address(&mut ui, 0);
    let port = Url::parse(&callback).unwrap().port().unwrap();
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_ok(),
        "listening while it waits"
    );
    wait_for_text(&mut ui, "Finish signing in in your browser");
    // The form shrinks to a line in the frame after the click: Cancel moves up with it.
    ui.harness.step();
    ui.click(labels::CANCEL);
    ui.harness.run();
    assert!(matches!(ui.harness.state().phase(), Phase::Editing));
    assert!(ui.shows(&format!("Stopped waiting: nothing listens at {callback}")));
    let deadline = Instant::now() + Duration::from_secs(5);
    while TcpStream::connect(("127.0.0.1", port)).is_ok() {
        assert!(
            Instant::now() < deadline,
            "the port stayed open after Cancel"
        );
        std::thread::sleep(Duration::from_millis(20));
        ui.harness.step();
    }
}

#[test]
fn a_busy_port_is_said_in_plain_words_and_no_browser_opens() {
    let (mut ui, callback) = browser_window(7);
    let port = Url::parse(&callback).unwrap().port().unwrap();
    let _taken = std::net::TcpListener::bind(("127.0.0.1", port)).unwrap();
    ui.click(labels::SIGN_IN_WITH_BROWSER);
    wait_for_text(&mut ui, &format!("Port {port} on this computer is in use"));
    assert!(ui.browsed.lock().unwrap().is_empty());
}

#[test]
fn get_token_with_client_credentials_shows_the_access_token_and_its_scope() {
    let emu = emulators().ministack;
    let oauth = emu.oauth.clone().unwrap();
    let machine = oauth.machine_client.clone().unwrap();
    let managed = ManagedLogin {
        domain: oauth.domain.clone(),
        scopes: machine.scopes.clone(),
        ..ManagedLogin::default()
    };
    let config = profile(&emu, SignInKind::ClientCredentials, &machine.id, managed);
    let mut ui = open_with_keychain(None, &config, Arc::new(Keychain::mock()));
    assert!(!ui.shows(labels::USERNAME));
    ui.click(labels::GET_TOKEN);
    ui.harness.run();
    assert!(
        ui.shows("Enter the client secret"),
        "nothing sent without it"
    );
    ui.type_into(labels::CLIENT_SECRET, &machine.secret);
    ui.click(labels::GET_TOKEN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    assert!(ui.shows(&format!("Scopes: {}", machine.scopes[0])));
    assert!(ui.shows("Got an access token for the app client"));
    assert!(ui.shows("The access token expires at"));
    assert!(
        ui.harness.query_by_label(labels::WHO_AM_I).is_none(),
        "no user to ask about"
    );
    assert!(
        ui.harness
            .query_by_label(labels::SIGN_OUT_EVERYWHERE)
            .is_none()
    );
    ui.click(labels::REFRESH);
    ui.wait_for_answer();
    assert!(ui.shows("client_credentials"), "asked again");
}

#[test]
fn a_handed_over_profile_asks_before_its_client_secret_goes_to_a_domain_not_cognitos() {
    let mut config = profile(
        &emulators().ministack,
        SignInKind::ClientCredentials,
        "machine1",
        ManagedLogin {
            domain: "https://auth.example.com".into(),
            scopes: vec!["orders/read".into()],
            ..ManagedLogin::default()
        },
    );
    config.profiles[0].origin = cognito_login::profiles::Origin::Imported;
    let script: Box<Script> = Box::new(|_| Some(tokens()));
    let mut ui = open_with_keychain(Some(script), &config, Arc::new(Keychain::mock()));
    ui.type_into(labels::CLIENT_SECRET, "s3cret");
    ui.click(labels::GET_TOKEN);
    ui.harness.run();
    assert!(ui.shows("This profile sends the client secret to auth.example.com"));
    assert_eq!(
        ui.calls.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "held"
    );
    ui.click(labels::TRUST_HOST);
    ui.wait_for_answer();
    ui.assert_signed_in();
}

#[test]
fn switching_how_to_sign_in_takes_the_last_failure_away() {
    let emu = emulators().ministack;
    let managed = ManagedLogin {
        domain: "https://myapp.auth.eu-west-1.amazoncognito.com".into(),
        scopes: vec!["orders/read".into()],
        ..ManagedLogin::default()
    };
    let config = profile(&emu, SignInKind::ClientCredentials, "machine1", managed);
    let script: Box<Script> = Box::new(|_| Some(refused("invalid_client", "bad secret")));
    let mut ui = open_with_keychain(Some(script), &config, Arc::new(Keychain::mock()));
    ui.type_into(labels::CLIENT_SECRET, "wrong");
    ui.click(labels::GET_TOKEN);
    ui.wait_for_answer();
    assert!(
        ui.shows("client credentials need one"),
        "the failure is shown"
    );
    ui.harness.get_by_label(labels::SIGN_IN_WITH).click();
    ui.harness.run();
    ui.harness.get_by_label(SignInKind::Browser.label()).click();
    ui.harness.run();
    assert!(matches!(ui.harness.state().phase(), Phase::Editing));
    assert!(!ui.shows("client credentials need one"));
    assert!(ui.shows(labels::SIGN_IN_WITH_BROWSER));
}
