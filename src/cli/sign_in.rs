//! `cognito-login sign-in`: the window's sign-in, driven from a script. Same form checks, same
//! state machine, same runner; only the output differs.

use std::io::Write;

use secrecy::ExposeSecret;

use secrecy::SecretString;

use crate::signin::{
    ChallengeKind, Event, Failure, FailureCause, Flow, Phase, SignInForm, SignInSession,
};

use crate::profiles::{Profile, untrusted_server};

use super::answers::{Answers, NEW_PASSWORD_ENV};
use super::args::{AuthArg, Output, SignInArgs};
use super::drive::{runner, settle};
use super::output::print_tokens;
use super::password::{prompt_for, read_client_secret, read_password};
use super::profiles::saved_profile;

pub const EXIT_OK: u8 = 0;
pub const EXIT_NO_TOKEN: u8 = 1;
pub const EXIT_INVALID_INPUT: u8 = 2;
pub const EXIT_REFUSED: u8 = 3;
pub const EXIT_NETWORK: u8 = 4;
pub const EXIT_CHALLENGE: u8 = 5;

pub fn run(args: &SignInArgs) -> u8 {
    let mut stdout = std::io::stdout().lock();
    // Not locked for the whole run: the log (--verbose) writes to stderr from the network thread.
    let mut stderr = std::io::stderr();
    if let Err(problem) = args.output.check() {
        return invalid_input(&problem, &mut stderr);
    }
    let phase = match sign_in(args, &mut stderr) {
        Ok(phase) => phase,
        Err(problem) => return invalid_input(&problem, &mut stderr),
    };
    let shown = Shown {
        session: args.print_session,
    };
    report(&phase, &args.output, shown, &mut stdout, &mut stderr)
}

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

/// How many challenges one run answers before giving up: enough for password, MFA setup,
/// a code and a retry; a loop beyond that is a misconfigured pool, not a sign-in.
const MAX_STEPS: usize = 8;

fn sign_in(args: &SignInArgs, err: &mut dyn Write) -> Result<Phase, String> {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let profile = saved_profile(args.profile.as_deref())?;
    check_handed_over_endpoint(args, profile.as_ref())?;
    let flow = match (args.auth, args.flow, &profile) {
        (Some(AuthArg::UserAuth), _, _) => Flow::Choice,
        (None, Some(flow), _) => flow.into(),
        (None, None, Some(profile)) => profile.flow,
        (None, None, None) => Flow::Auto,
    };
    // SRP's A is made on another thread while the password is read and the client set up.
    flow.prepare();
    let preferred_challenge = value(&args.preferred_challenge);
    let passwordless = flow == Flow::Choice
        && !matches!(
            preferred_challenge.trim().to_ascii_uppercase().as_str(),
            "PASSWORD" | "PASSWORD_SRP"
        );
    let prompt = prompt_for(&args.target.form(profile.as_ref(), SignInForm::default()));
    let password = match read_password(args.password_stdin, &prompt) {
        Ok(password) => password,
        Err(_) if passwordless => SecretString::default(),
        Err(problem) => return Err(problem),
    };
    let interactive = !args.password_stdin && Answers::terminal();
    let mut answers = Answers::new(args.mfa_code.as_deref(), interactive)?;
    let form = args.target.form(
        profile.as_ref(),
        SignInForm {
            timeout_secs: args.timeout,
            password,
            client_secret: read_client_secret()?,
            flow,
            preferred_challenge,
            ..SignInForm::default()
        },
    );
    let mut runner = runner()?;
    let mut session = SignInSession::default();
    session.set_token_checks(false);
    settle(&mut session, &mut runner, Event::Submit(form));
    for _ in 0..MAX_STEPS {
        let Phase::Challenge(challenge) = session.phase() else {
            break;
        };
        let Some(answer) = answers.answer(challenge, err) else {
            break;
        };
        settle(&mut session, &mut runner, Event::Answer(answer));
    }
    Ok(session.phase().clone())
}

/// A profile that came from a file and sends the password to a server that is neither Amazon
/// Cognito nor this computer is refused (exit 2) unless `--trust-endpoint HOST` names that
/// server: a profile file is the easiest way to send a tester's password somewhere unseen.
fn check_handed_over_endpoint(args: &SignInArgs, profile: Option<&Profile>) -> Result<(), String> {
    let Some(profile) = profile else {
        return Ok(());
    };
    let form = args.target.form(Some(profile), SignInForm::default());
    let Ok(endpoint) = form.endpoint() else {
        return Ok(()); // The form's own checks say what is wrong.
    };
    let Some(host) = untrusted_server(profile, &endpoint) else {
        return Ok(());
    };
    let bare = endpoint.url().host_str().unwrap_or_default();
    if args
        .trust_endpoint
        .as_deref()
        .is_some_and(|t| t == host || t == bare)
    {
        return Ok(());
    }
    Err(format!(
        "the profile \"{}\" (from a file) sends your password to {host}, which is not Amazon Cognito; \
         go on only if your team runs this server: add --trust-endpoint {host}",
        profile.name
    ))
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
