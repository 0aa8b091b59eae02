//! What a headless run prints when it ends (tokens, a challenge, or an error with its hints)
//! and the exit code that goes with it: shared by `sign-in` and `refresh`.

use std::io::Write;

use secrecy::ExposeSecret;

use crate::signin::{Challenge, ChallengeKind, Failure, FailureCause, Phase, SignedIn};

use super::answers::NEW_PASSWORD_ENV;
use super::args::Output;
use super::exit::Exit;
use super::output::print_tokens;
use super::report;

/// What a printed challenge may include beyond its name and parameters.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shown {
    /// Cognito's `Session`: whoever holds it can answer the challenge for its 3 minutes, so
    /// only with `--print-session`.
    pub session: bool,
}

/// Prints the result the way scripts expect and returns the exit code.
pub fn print(
    phase: &Phase,
    output: &Output,
    shown: Shown,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit {
    match phase {
        Phase::SignedIn(signed) => signed_in(signed, output, out, err),
        Phase::Challenge(challenge) => challenged(challenge, shown, out, err),
        Phase::Failed(failure) => failed(failure, err),
        Phase::Editing | Phase::Submitting { .. } | Phase::WaitingForBrowser(_) => {
            report::error(err, "network: the sign-in ended without an answer");
            Exit::Network
        }
    }
}

fn signed_in(signed: &SignedIn, output: &Output, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    if let Some(problem) = &signed.refresh_problem {
        return failed(problem, err);
    }
    let _ = writeln!(
        err,
        "signed in with {}",
        signed.refreshed.map_or(signed.flow.as_str(), |(_, op)| op)
    );
    for note in &signed.notes {
        let _ = writeln!(err, "note: {}", super::speech::words(note));
    }
    print_tokens(&signed.tokens, output, out, err)
}

/// The challenge as JSON on stdout (for a script to answer), and why this run did not. An
/// answer that was refused is an error like any other: nothing on stdout, so a script that
/// reads stdout on exit 3 finds nothing to mistake for its result.
fn challenged(
    challenge: &Challenge,
    shown: Shown,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit {
    if let Some(problem) = &challenge.problem {
        // The answer given (--mfa-code, $COGNITO_NEW_PASSWORD) was refused.
        return failed(problem, err);
    }
    let mut json = serde_json::Map::new();
    json.insert("ChallengeName".into(), challenge.name.as_str().into());
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
            serde_json::json!(challenge.available),
        );
    }
    let json = serde_json::Value::Object(json);
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&json).unwrap_or_default()
    );
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
    Exit::Challenge
}

/// Says what failed and returns the exit code for it.
pub(super) fn failed(failure: &Failure, err: &mut dyn Write) -> Exit {
    report::failure(failure, err);
    match &failure.cause {
        FailureCause::Cognito(_) | FailureCause::NonceMismatch => Exit::Refused,
        FailureCause::Browser(problem) if problem.is_refusal() => Exit::Refused,
        FailureCause::Browser(_) => Exit::Network,
        FailureCause::Network(_) | FailureCause::UnexpectedResponse(_) | FailureCause::Srp(_) => {
            Exit::Network
        }
        FailureCause::InvalidInput(_)
        | FailureCause::InvalidAnswer(_)
        | FailureCause::PasswordNotAllowed { .. } => Exit::InvalidInput,
    }
}
