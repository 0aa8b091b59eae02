//! `cognito-login sign-in`: the window's sign-in, driven from a script. Same form checks, same
//! state machine, same runner; only the output differs.

use std::io::Write;
use std::sync::Arc;

use secrecy::ExposeSecret;

use crate::cognito::CognitoClient;
use crate::signin::{
    BackgroundRunner, Effect, Event, Failure, FailureCause, Phase, SignInForm, SignInSession,
    TokenKind,
};

use super::args::{OutputKind, SignInArgs};
use super::password::{read_client_secret, read_password};

pub const EXIT_OK: u8 = 0;
pub const EXIT_NO_TOKEN: u8 = 1;
pub const EXIT_INVALID_INPUT: u8 = 2;
pub const EXIT_REFUSED: u8 = 3;
pub const EXIT_NETWORK: u8 = 4;
pub const EXIT_CHALLENGE: u8 = 5;

pub fn run(args: &SignInArgs) -> u8 {
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    let phase = match sign_in(args) {
        Ok(phase) => phase,
        Err(problem) => {
            let _ = writeln!(stderr, "error: invalid input: {problem}");
            let _ = writeln!(
                stderr,
                "hint: secrets are never flags: pipe the password with --password-stdin or set $COGNITO_PASSWORD; the client secret goes in $COGNITO_CLIENT_SECRET"
            );
            return EXIT_INVALID_INPUT;
        }
    };
    report(&phase, args.output, &mut stdout, &mut stderr)
}

fn sign_in(args: &SignInArgs) -> Result<Phase, String> {
    let t = &args.target;
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let form = SignInForm {
        region: value(&t.region),
        pool_id: value(&t.pool_id),
        client_id: value(&t.client_id),
        username: value(&t.username),
        endpoint: value(&t.endpoint),
        timeout_secs: args.timeout,
        password: read_password(args.password_stdin)?,
        client_secret: read_client_secret()?,
    };
    let client = CognitoClient::new().map_err(|e| e.to_string())?;
    let mut runner = BackgroundRunner::new(Arc::new(client)).map_err(|e| e.to_string())?;
    let mut session = SignInSession::default();
    let effects = session.apply(Event::Submit(form));
    // Scripts should not change the window's remembered settings.
    let sending = runner
        .run(effects)
        .iter()
        .all(|e| matches!(e, Effect::SaveSettings(_)));
    while sending && session.is_submitting() {
        match runner.wait() {
            Some(event) => {
                session.apply(event);
            }
            None => break,
        }
    }
    Ok(session.phase().clone())
}

/// Prints the result the way scripts expect and returns the exit code.
pub fn report(phase: &Phase, output: OutputKind, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match phase {
        Phase::SignedIn(tokens) => {
            let kind = match output {
                OutputKind::Json => {
                    let json = tokens.to_authentication_result_json();
                    let text = serde_json::to_string_pretty(&json).unwrap_or_default();
                    let _ = writeln!(out, "{text}");
                    return EXIT_OK;
                }
                OutputKind::IdToken => TokenKind::Id,
                OutputKind::AccessToken => TokenKind::Access,
                OutputKind::RefreshToken => TokenKind::Refresh,
            };
            match tokens.get(kind) {
                Some(token) => {
                    let _ = writeln!(out, "{}", token.expose_secret());
                    EXIT_OK
                }
                None => {
                    let _ = writeln!(
                        err,
                        "error: signed in, but Cognito's answer had no {}",
                        kind.label().to_lowercase()
                    );
                    EXIT_NO_TOKEN
                }
            }
        }
        Phase::Challenge(challenge) => {
            let mut json = serde_json::json!({
                "ChallengeName": challenge.name,
                "ChallengeParameters": challenge.parameters,
            });
            if let Some(session) = &challenge.session {
                json["Session"] = session.expose_secret().into();
            }
            if !challenge.available_challenges.is_empty() {
                json["AvailableChallenges"] = challenge.available_challenges.clone().into();
            }
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
            let _ = writeln!(
                err,
                "challenge: Cognito asks for {}, which this version cannot answer yet",
                challenge.name
            );
            EXIT_CHALLENGE
        }
        Phase::Failed(failure) => report_failure(failure, err),
        Phase::Editing | Phase::Submitting { .. } => {
            let _ = writeln!(err, "error: network: the sign-in ended without an answer");
            EXIT_NETWORK
        }
    }
}

fn report_failure(failure: &Failure, err: &mut dyn Write) -> u8 {
    let (first, code) = match &failure.cause {
        FailureCause::InvalidInput(e) => (format!("invalid input: {e}"), EXIT_INVALID_INPUT),
        FailureCause::Cognito(e) => (format!("{}: {}", e.code, e.message), EXIT_REFUSED),
        FailureCause::Network(text) => (format!("network: {text}"), EXIT_NETWORK),
        FailureCause::UnexpectedResponse(text) => (
            format!("network: the answer is not Cognito's ({text})"),
            EXIT_NETWORK,
        ),
    };
    let _ = writeln!(err, "error: {first}");
    // For bad input the summary repeats the first line; the hints say where to fix it.
    if !matches!(failure.cause, FailureCause::InvalidInput(_)) {
        let _ = writeln!(err, "hint: {}", failure.explanation.summary);
    }
    for hint in &failure.explanation.hints {
        let _ = writeln!(err, "hint: {hint}");
    }
    code
}
