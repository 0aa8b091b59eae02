//! The core the window uses (form → state machine → runner → HTTP client), against the
//! emulators, with no window and no process in between.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;

use std::sync::Arc;

use cognito_login::cognito::{ClientSecret, CognitoClient, Password};
use cognito_login::signin::{
    BackgroundRunner, Event, FailureCause, Flow, Phase, SignInForm, SignInSession, Target,
};
use secrecy::ExposeSecret;
use support::{Emulator, claims, emulators};

fn form(emu: &Emulator, client_id: &str, username: &str, password: &str) -> SignInForm {
    SignInForm {
        target: Target {
            endpoint: emu.endpoint.clone(),
            pool_id: emu.pool_id.clone(),
            client_id: client_id.into(),
            username: username.into(),
            ..Target::default()
        },
        password: Password::from(password),
        // As the window sends it once the person said yes to sending the password to the
        // emulator (moto only imitates SRP, cognito-local has none).
        password_flow_allowed: true,
        ..SignInForm::default()
    }
}

fn run(form: SignInForm) -> Phase {
    let mut runner = BackgroundRunner::new(Arc::new(CognitoClient::new().unwrap())).unwrap();
    let mut session = SignInSession::default();
    let effects = session.apply(Event::Submit(form));
    runner.run(effects);
    while session.is_busy() {
        let event = runner.wait().expect("an answer");
        let effects = session.apply(event);
        runner.run(effects);
    }
    session.phase().clone()
}

fn cognito_code(phase: &Phase) -> String {
    match phase {
        Phase::Failed(f) => match &f.cause {
            FailureCause::Cognito(e) => e.code.clone(),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

#[test]
fn signs_in_on_every_emulator() {
    for (name, emu) in emulators().all() {
        match run(form(emu, &emu.clients.plain.id, "alice", &emu.password)) {
            Phase::SignedIn(signed) => {
                let tokens = &signed.tokens;
                let id = claims(tokens.id.as_ref().unwrap().expose_secret());
                assert_eq!(id["cognito:username"], "alice", "{name}");
                assert!(tokens.refresh.is_some(), "{name}");
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn secret_hash_is_computed_and_checked() {
    let emu = emulators().ministack;
    let secret = emu.clients.secret.secret.clone().unwrap();
    let without = run(form(&emu, &emu.clients.secret.id, "alice", &emu.password));
    assert_eq!(cognito_code(&without), "NotAuthorizedException");
    let with = SignInForm {
        client_secret: ClientSecret::from(secret),
        ..form(&emu, &emu.clients.secret.id, "alice", &emu.password)
    };
    assert!(matches!(run(with), Phase::SignedIn(_)));
}

#[test]
fn refusals_keep_cognito_code_and_explain() {
    let emu = emulators().ministack;
    let mut password_flow = form(&emu, &emu.clients.srp_only.id, "alice", &emu.password);
    password_flow.target.flow = Flow::Password;
    let phase = run(password_flow);
    assert_eq!(cognito_code(&phase), "InvalidParameterException");
    let Phase::Failed(failure) = phase else {
        unreachable!()
    };
    assert!(
        failure.explanation.hints[0]
            .english()
            .contains("ALLOW_USER_PASSWORD_AUTH")
    );

    let phase = run(form(&emu, &emu.clients.plain.id, "alice", "Wrong!Passw0rd"));
    assert_eq!(cognito_code(&phase), "NotAuthorizedException");
}

#[test]
fn challenge_reaches_the_session() {
    let emu = emulators().moto;
    match run(form(
        &emu,
        &emu.clients.plain.id,
        "newbie0",
        &emu.temporary_password,
    )) {
        Phase::Challenge(c) => {
            assert_eq!(c.name, "NEW_PASSWORD_REQUIRED");
            assert!(c.session.is_some());
        }
        other => panic!("{other:?}"),
    }
}

/// What goes on the wire, read off a raw socket: POST to `/`, the two JSON 1.1 headers, and
/// the InitiateAuth body of the recipe this app grew from.
#[test]
fn request_on_the_wire() {
    let (endpoint, server) = support::one_shot_server(
        "200 OK",
        "application/x-amz-json-1.1",
        r#"{"ChallengeParameters":{},"AuthenticationResult":{"AccessToken":"a.b.c","IdToken":"i.d.t"}}"#,
    );
    let phase = run(SignInForm {
        target: Target {
            endpoint,
            client_id: "client1".into(),
            username: "alice".into(),
            flow: Flow::Password,
            ..Target::default()
        },
        password: Password::from("Passw0rd!"),
        ..SignInForm::default()
    });
    assert!(matches!(phase, Phase::SignedIn(_)), "{phase:?}");
    let request = server.join().unwrap();
    let (head, body) = request.split_once("\r\n\r\n").unwrap();
    let head = head.to_lowercase();
    assert!(head.starts_with("post / http/1.1\r\n"), "{head}");
    assert!(
        head.contains("\r\ncontent-type: application/x-amz-json-1.1"),
        "{head}"
    );
    assert!(
        head.contains("\r\nx-amz-target: awscognitoidentityproviderservice.initiateauth"),
        "{head}"
    );
    let body: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "AuthFlow": "USER_PASSWORD_AUTH",
            "ClientId": "client1",
            "AuthParameters": {"USERNAME": "alice", "PASSWORD": "Passw0rd!"}
        })
    );
}
