//! AWS credentials from an identity pool through the core the window and the command line
//! share (form → session → runner → HTTP client), against the emulators: MiniStack is the
//! reference (it checks the provider key, issuer, signature, audience and expiry), moto
//! answers the happy path. The seeded identity pool trusts the plain app client only.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;

use std::sync::Arc;
use std::time::SystemTime;

use cognito_login::cognito::{CognitoClient, Password};
use cognito_login::signin::{
    AwsCredentialsState, BackgroundRunner, Event, FailureCause, Flow, Phase, SignInForm,
    SignInSession, Target,
};
use support::{Emulator, emulators};

fn form(emu: &Emulator, client_id: &str, pool_id: &str) -> SignInForm {
    SignInForm {
        target: Target {
            endpoint: emu.endpoint.clone(),
            pool_id: pool_id.into(),
            client_id: client_id.into(),
            username: "alice".into(),
            flow: Flow::Password,
            ..Target::default()
        },
        password: Password::from(emu.password.as_str()),
        password_flow_allowed: true,
        ..SignInForm::default()
    }
}

/// Signs alice in with `form`, then asks `identity_pool_id` for credentials, as the command
/// line will: apply, run the effects, and settle until the credentials are no longer fetching.
fn aws_credentials(form: SignInForm, identity_pool_id: &str) -> AwsCredentialsState {
    let mut runner = BackgroundRunner::new(Arc::new(CognitoClient::new().unwrap())).unwrap();
    let mut session = SignInSession::default();
    session.set_token_checks(false);
    runner.run(session.apply(Event::Submit(form)));
    while session.is_busy() {
        let event = runner.wait().expect("an answer");
        runner.run(session.apply(event));
    }
    assert!(
        matches!(session.phase(), Phase::SignedIn(_)),
        "{:?}",
        session.phase()
    );
    runner.run(session.apply(Event::GetAwsCredentials {
        identity_pool_id: identity_pool_id.into(),
    }));
    loop {
        let Phase::SignedIn(signed) = session.phase() else {
            panic!("signed out: {:?}", session.phase());
        };
        match &signed.aws {
            Some(AwsCredentialsState::Fetching) => {}
            Some(done) => return done.clone(),
            None => panic!("never asked"),
        }
        let event = runner.wait().expect("an answer");
        runner.run(session.apply(event));
    }
}

fn seeded_pool(emu: &Emulator) -> String {
    emu.identity.clone().expect("an identity pool").pool_id
}

fn assert_got(state: &AwsCredentialsState) {
    match state {
        AwsCredentialsState::Got(credentials) => {
            assert!(credentials.identity_id.starts_with("us-east-1:"));
            assert!(!credentials.access_key_id.is_empty());
            assert!(credentials.expiration > SystemTime::now());
        }
        other => panic!("{other:?}"),
    }
}

/// The failure's Cognito code and its plain words.
fn refused(state: &AwsCredentialsState) -> (String, String) {
    match state {
        AwsCredentialsState::Failed(failure) => match &failure.cause {
            FailureCause::Cognito(e) => (e.code.clone(), failure.explanation.summary.english()),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

#[test]
fn ministack_gives_alice_credentials_through_the_session() {
    let emu = emulators().ministack;
    let state = aws_credentials(
        form(&emu, &emu.clients.plain.id, &emu.pool_id),
        &seeded_pool(&emu),
    );
    assert_got(&state);
    let AwsCredentialsState::Got(credentials) = state else {
        unreachable!()
    };
    assert!(credentials.access_key_id.starts_with("ASIA"));
}

#[test]
fn without_a_user_pool_id_the_id_tokens_issuer_names_it() {
    // MiniStack compares the Logins key with the token's `iss`: a wrong key is refused.
    let emu = emulators().ministack;
    let state = aws_credentials(form(&emu, &emu.clients.plain.id, ""), &seeded_pool(&emu));
    assert_got(&state);
}

#[test]
fn moto_gives_credentials_too() {
    let emu = emulators().moto;
    let state = aws_credentials(
        form(&emu, &emu.clients.plain.id, &emu.pool_id),
        &seeded_pool(&emu),
    );
    assert_got(&state);
}

#[test]
fn ministack_refuses_an_app_client_the_identity_pool_does_not_trust() {
    let emu = emulators().ministack;
    let untrusted = &emu.clients.password_only.id;
    let pool = seeded_pool(&emu);
    let (code, said) = refused(&aws_credentials(form(&emu, untrusted, &emu.pool_id), &pool));
    assert_eq!(code, "NotAuthorizedException");
    assert_eq!(
        said,
        format!(
            "Identity pool {pool} does not trust app client {untrusted} of user pool {}.",
            emu.pool_id
        )
    );
}

#[test]
fn ministack_does_not_know_a_wrong_identity_pool() {
    let emu = emulators().ministack;
    let unknown = "us-east-1:00000000-0000-0000-0000-000000000000";
    let (code, said) = refused(&aws_credentials(
        form(&emu, &emu.clients.plain.id, &emu.pool_id),
        unknown,
    ));
    assert_eq!(code, "ResourceNotFoundException");
    assert_eq!(said, format!("There is no identity pool {unknown}."));
}
