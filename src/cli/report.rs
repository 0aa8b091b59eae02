//! What a headless run prints when it ends (tokens, a challenge, or an error with its hints)
//! and the exit code that goes with it: shared by `sign-in` and `refresh`.

use std::io::Write;

use secrecy::ExposeSecret;

use crate::signin::{ChallengeKind, Failure, FailureCause, Phase};

use super::answers::NEW_PASSWORD_ENV;
use super::args::Output;
use super::exit::{EXIT_CHALLENGE, EXIT_INVALID_INPUT, EXIT_NETWORK, EXIT_REFUSED};
use super::output::print_tokens;

/// What a printed challenge may include beyond its name and parameters.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shown {
    /// Cognito's `Session`: whoever holds it can answer the challenge for its 3 minutes, so
    /// only with `--print-session`.
    pub session: bool,
}

pub(super) fn invalid_input(problem: &str, err: &mut dyn Write) -> u8 {
    let _ = writeln!(err, "error: invalid input: {problem}");
    let _ = writeln!(
        err,
        "hint: secrets are never flags: pipe the password with --password-stdin or set $COGNITO_PASSWORD; the client secret goes in $COGNITO_CLIENT_SECRET"
    );
    EXIT_INVALID_INPUT
}

/// Prints the result the way scripts expect and returns the exit code.
pub fn report(
    phase: &Phase,
    output: &Output,
    shown: Shown,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    match phase {
        Phase::SignedIn(signed) => {
            if let Some(problem) = &signed.refresh_problem {
                return report_failure(problem, err);
            }
            let _ = writeln!(
                err,
                "signed in with {}",
                signed.refreshed.map_or(signed.flow, |(_, op)| op)
            );
            for note in &signed.notes {
                let _ = writeln!(err, "note: {note}");
            }
            print_tokens(&signed.tokens, output, out, err)
        }
        Phase::Challenge(challenge) => {
            let mut json = serde_json::Map::new();
            json.insert("ChallengeName".into(), challenge.name.clone().into());
            json.insert(
                "ChallengeParameters".into(),
                serde_json::json!(challenge.parameters),
            );
            if let Some(session) = challenge.session.as_ref().filter(|_| shown.session) {
                json.insert("Session".into(), session.expose_secret().into());
            }
            if !challenge.available.is_empty() {
                json.insert(
                    "AvailableChallenges".into(),
                    challenge.available.clone().into(),
                );
            }
            let json = serde_json::Value::Object(json);
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
            if let Some(problem) = &challenge.problem {
                // The answer given (--mfa-code, $COGNITO_NEW_PASSWORD) was refused.
                return report_failure(problem, err);
            }
            let why = match &challenge.kind {
                ChallengeKind::Unsupported { reason } => (*reason).to_owned(),
                ChallengeKind::Code(_) => {
                    "give the code with --mfa-code, or run in a terminal to be asked".to_owned()
                }
                // The key must reach a person's authenticator app: never a script's output.
                ChallengeKind::MfaSetup { .. } => {
                    "setting up an authenticator app needs a person: run this in a terminal, or sign in with the window".to_owned()
                }
                ChallengeKind::NewPassword { .. } => {
                    format!("set ${NEW_PASSWORD_ENV}, or run in a terminal to be asked")
                }
                _ => "run in a terminal to be asked".to_owned(),
            };
            let _ = writeln!(err, "challenge: Cognito asks for {}: {why}", challenge.name);
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
    if let FailureCause::PasswordNotAllowed { server } = &failure.cause {
        // The window's hints point at its button; here the way to say yes is a flag.
        let _ = writeln!(err, "error: invalid input: {}", failure.explanation.summary);
        for hint in failure
            .explanation
            .hints
            .iter()
            .filter(|h| h.starts_with("Why"))
        {
            let _ = writeln!(err, "hint: {hint}");
        }
        let _ = writeln!(
            err,
            "hint: to send the password itself to {server}, run again with --flow password"
        );
        return EXIT_INVALID_INPUT;
    }
    let (first, code) = match &failure.cause {
        FailureCause::InvalidInput(e) => (format!("invalid input: {e}"), EXIT_INVALID_INPUT),
        FailureCause::Cognito(e) => (format!("{}: {}", e.code, e.message), EXIT_REFUSED),
        FailureCause::Network(text) => (format!("network: {text}"), EXIT_NETWORK),
        FailureCause::UnexpectedResponse(text) => (
            format!("network: the answer is not Cognito's ({text})"),
            EXIT_NETWORK,
        ),
        FailureCause::Srp(e) => (
            format!("network: the answer is not Cognito's ({e})"),
            EXIT_NETWORK,
        ),
        FailureCause::InvalidAnswer(text) | FailureCause::PasswordNotAllowed { server: text } => {
            (format!("invalid input: {text}"), EXIT_INVALID_INPUT)
        }
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
