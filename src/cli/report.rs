//! How a headless command says what went wrong: `error: …` first (the line scripts read, always
//! in English), then `hint: …` lines for the person, in the command line's language
//! (`speech`). A leaf: every command prints its errors through it.

use std::fmt::Display;
use std::io::Write;

use crate::signin::{Failure, FailureCause};

use crate::messages::Message;

use super::args::OutputProblem;
use super::speech::{say, words};

/// `error: {what}`.
pub fn error(err: &mut dyn Write, what: impl Display) {
    let _ = writeln!(err, "error: {what}");
}

/// `error: invalid input: {problem}`: what the person gave cannot work.
pub fn invalid(err: &mut dyn Write, problem: impl Display) {
    error(err, format_args!("invalid input: {problem}"));
}

/// `warning: {what}`: done, but not all of it.
pub fn warning(err: &mut dyn Write, what: impl Display) {
    let _ = writeln!(err, "warning: {what}");
}

/// `hint: {hint}`.
pub fn hint(err: &mut dyn Write, hint: impl Display) {
    let _ = writeln!(err, "hint: {hint}");
}

/// Bad input to `sign-in` or `refresh`, with where its secrets go instead of flags.
pub fn invalid_input(problem: &str, err: &mut dyn Write) {
    invalid(err, problem);
    hint(err, say("cli-hint-secrets"));
}

/// Output flags that cannot work together: what is wrong and the flag that fixes it (the
/// secrets hint would be beside the point).
pub fn invalid_output(problem: &OutputProblem, err: &mut dyn Write) {
    invalid(err, problem.problem);
    hint(err, problem.fix);
}

/// A sign-in or refresh that failed: what failed, then the explanation's summary and hints.
pub fn failure(failure: &Failure, err: &mut dyn Write) {
    if let FailureCause::PasswordNotAllowed { server } = &failure.cause {
        // The window's hints point at its button; here the way to say yes is a flag.
        invalid(err, failure.explanation.summary.english());
        if let Some(why) = &failure.explanation.why {
            hint(err, words(why));
        }
        let flow = Message::new("cli-hint-send-password").with("server", server);
        hint(err, words(&flow));
        return;
    }
    let first = match &failure.cause {
        FailureCause::InvalidInput(e) => format!("invalid input: {e}"),
        FailureCause::Cognito(e) => format!("{}: {}", e.code, e.message),
        FailureCause::Network(text) => format!("network: {text}"),
        FailureCause::UnexpectedResponse(text) => {
            format!("network: the answer is not Cognito's ({text})")
        }
        FailureCause::Srp(e) => format!("network: the answer is not Cognito's ({e})"),
        FailureCause::Browser(problem) => format!("browser: {problem}"),
        FailureCause::NonceMismatch => {
            "invalid_nonce: the ID token's nonce is not this sign-in's".to_owned()
        }
        FailureCause::InvalidAnswer(text) | FailureCause::PasswordNotAllowed { server: text } => {
            format!("invalid input: {text}")
        }
    };
    error(err, first);
    // For bad input the summary repeats the first line; the hints say where to fix it.
    if !matches!(failure.cause, FailureCause::InvalidInput(_)) {
        hint(err, words(&failure.explanation.summary));
    }
    for line in &failure.explanation.hints {
        hint(err, words(line));
    }
}

/// After a sign-in Cognito refused because the account waits for its confirmation or a new
/// password: the self-service command that gets the person on, for a `hint:` line.
pub fn next_step(failure: &Failure) -> Option<String> {
    let FailureCause::Cognito(refusal) = &failure.cause else {
        return None;
    };
    match refusal.code.as_str() {
        "UserNotConfirmedException" => Some(say("cli-hint-confirm-sign-up")),
        "PasswordResetRequiredException" => Some(say("cli-hint-forgot-password")),
        _ => None,
    }
}
