//! `cognito-login sign-in`: the window's sign-in, driven from a script. Same form checks, same
//! state machine, same runner; only the output differs.

use std::io::Write;

use crate::cognito::{ChallengeChoice, Password};
use crate::signin::{
    Connection, Event, FailureCause, Flow, Phase, SignInForm, SignInKind, SignInSession, Target,
};

use crate::keychain::Keychain;
use crate::profiles::{Profile, secret_binding, untrusted_server};

use super::answers::Answers;
use super::args::{AuthArg, SignInArgs};
use super::browser::{domain_form, sign_in_with_browser};
use super::device;
use super::drive::{drain, runner, settle};
use super::exit::Exit;
use super::keep::{Say, keep};
use super::outcome::{self, Shown};
use super::password::{prompt_for, read_client_secret, read_password};
use super::report::{hint, invalid_input, invalid_output, next_step};
use super::saved_profile::saved_profile;

pub fn run(args: &SignInArgs) -> Exit {
    let mut stdout = std::io::stdout().lock();
    // Not locked for the whole run: the log (--verbose) writes to stderr from the network thread.
    let mut stderr = std::io::stderr();
    if let Err(problem) = args.output.check() {
        invalid_output(&problem, &mut stderr);
        return Exit::InvalidInput;
    }
    let Ended {
        phase,
        pool_id_given,
        target,
    } = match sign_in(args, &mut stderr) {
        Ok(ended) => ended,
        Err(problem) => {
            invalid_input(&problem, &mut stderr);
            return Exit::InvalidInput;
        }
    };
    let shown = Shown {
        session: args.print_session,
    };
    let exit = outcome::print(&phase, &args.output, shown, &mut stdout, &mut stderr);
    if let (true, Some(name), Phase::SignedIn(signed)) = (args.remember, &args.profile, &phase)
        && signed.refresh_problem.is_none()
    {
        // Bound to where this sign-in went, flags included, as the window binds its secrets.
        let at = secret_binding(name, &target);
        let keychain = Keychain::system();
        keep(
            &at,
            &signed.tokens,
            &keychain,
            None,
            Say::WhereItWent,
            &mut stderr,
        );
    }
    if let Phase::Failed(failure) = &phase
        && let Some(step) = next_step(failure)
    {
        hint(&mut stderr, step);
    }
    if let Phase::Failed(failure) = &phase
        && matches!(failure.cause, FailureCause::PasswordNotAllowed { .. })
        && !pool_id_given
    {
        // Auto had no pool ID for SRP: --flow password is one way on, and fails on an app
        // client that allows only SRP; the pool ID is the other.
        hint(
            &mut stderr,
            "or give the user pool ID with --pool-id, so that SRP keeps the password on this computer",
        );
    }
    exit
}

/// How many challenges one run answers before giving up: enough for password, MFA setup,
/// a code and a retry; a loop beyond that is a misconfigured pool, not a sign-in.
const MAX_STEPS: usize = 8;

/// Where a sign-in came to rest.
pub(super) struct Ended {
    pub phase: Phase,
    /// Whether it had a user pool ID to start SRP with.
    pub pool_id_given: bool,
    /// Where it went and as whom (the profile with the flags laid over it).
    pub target: Target,
}

/// Signs in as `args` say, asking at the terminal for what is missing.
pub(super) fn sign_in(args: &SignInArgs, err: &mut dyn Write) -> Result<Ended, String> {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let profile = saved_profile(args.profile.as_ref())?;
    let by_browser = args.browser.browser
        || profile
            .as_ref()
            .is_some_and(|p| p.target.kind == SignInKind::Browser);
    if by_browser {
        return by_browser_sign_in(args, profile.as_ref(), err);
    }
    check_handed_over_endpoint(args, profile.as_ref())?;
    let flow = match (args.auth, args.flow, &profile) {
        (Some(AuthArg::UserAuth), _, _) => Flow::Choice,
        (None, Some(flow), _) => flow.into(),
        (None, None, Some(profile)) => profile.target.flow,
        (None, None, None) => Flow::Auto,
    };
    let given = args.target.form(profile.as_ref(), SignInForm::default());
    // SRP's A is made on another thread while the password is read and the client set up.
    flow.prepare_for(&given.target.pool_id);
    let preferred_challenge = value(&args.preferred_challenge);
    let passwordless = flow == Flow::Choice
        && !ChallengeChoice::parse(&preferred_challenge.trim().to_ascii_uppercase())
            .is_a_password();
    let prompt = prompt_for(&given);
    let password = match read_password(args.password_stdin, &prompt) {
        Ok(password) => password,
        Err(_) if passwordless => Password::default(),
        Err(problem) => return Err(problem),
    };
    let interactive = !args.password_stdin && Answers::terminal();
    let mut answers = Answers::new(args.mfa_code.as_deref(), interactive)?;
    let form = args.target.form(
        profile.as_ref(),
        SignInForm {
            target: Target {
                flow,
                ..Target::default()
            },
            connection: Connection {
                timeout_secs: args.timeout,
                ..Connection::default()
            },
            password,
            client_secret: read_client_secret()?,
            preferred_challenge,
            ..SignInForm::default()
        },
    );
    let pool_id_given = !form.target.pool_id.trim().is_empty();
    let target = form.target.clone();
    let keychain = Keychain::system();
    let form = SignInForm {
        device: device::device_use(args.device, &target, &keychain),
        ..form
    };
    let mut runner = runner()?;
    let mut session = SignInSession::default();
    session.set_token_checks(false);
    let mut left = settle(&mut session, &mut runner, Event::Submit(form));
    for _ in 0..MAX_STEPS {
        let Phase::Challenge(challenge) = session.phase() else {
            break;
        };
        let Some(answer) = answers.answer(challenge, err) else {
            break;
        };
        left.extend(settle(&mut session, &mut runner, Event::Answer(answer)));
    }
    // The device calls after the tokens (ConfirmDevice, UpdateDeviceStatus, ForgetDevice).
    left.extend(drain(&mut session, &mut runner, Vec::new()));
    device::keep_or_forget(left, &keychain, err);
    device::say(session.phase(), err);
    Ok(Ended {
        phase: session.phase().clone(),
        pool_id_given,
        target,
    })
}

/// Managed login: no password here, the person types it into the pool's own page in the
/// browser.
fn by_browser_sign_in(
    args: &SignInArgs,
    profile: Option<&Profile>,
    err: &mut dyn Write,
) -> Result<Ended, String> {
    let form = domain_form(
        &args.target,
        profile,
        SignInKind::Browser,
        &args.domain,
        &args.browser,
        args.timeout,
    )?;
    let target = form.target.clone();
    let phase = sign_in_with_browser(form, args.browser.no_browser, err)?;
    Ok(Ended {
        phase,
        pool_id_given: true,
        target,
    })
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
