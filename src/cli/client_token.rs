//! `cognito-login client-token`: the app client's own access token (client credentials,
//! machine to machine; issue 17) for API tests. The secret only from $COGNITO_CLIENT_SECRET;
//! the same session and outputs as `sign-in`, for the access token alone.

use crate::profiles::{Profile, untrusted_domain};
use crate::signin::{Event, Phase, SignInKind, SignInSession};

use super::args::{BrowserArgs, ClientTokenArgs, TokenArg};
use super::browser::domain_form;
use super::drive::{runner, settle};
use super::exit::Exit;
use super::outcome::{self, Shown};
use super::report::{invalid_input, invalid_output};
use super::saved_profile::saved_profile;

pub fn run(args: &ClientTokenArgs) -> Exit {
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr();
    // Client credentials give an access token only: that is the token every output shows.
    let output = super::args::Output {
        token: TokenArg::Access,
        ..args.output.clone()
    };
    if let Err(problem) = output.check() {
        invalid_output(&problem, &mut stderr);
        return Exit::InvalidInput;
    }
    let phase = match get_token(args) {
        Ok(phase) => phase,
        Err(problem) => {
            invalid_input(&problem, &mut stderr);
            return Exit::InvalidInput;
        }
    };
    outcome::print(&phase, &output, Shown::default(), &mut stdout, &mut stderr)
}

fn get_token(args: &ClientTokenArgs) -> Result<Phase, String> {
    let profile = saved_profile(args.profile.as_ref())?;
    check_handed_over_domain(profile.as_ref(), args.domain.domain.as_deref())?;
    let form = domain_form(
        &args.target,
        profile.as_ref(),
        SignInKind::ClientCredentials,
        &args.domain,
        &BrowserArgs::default(),
        args.timeout,
    )?;
    let mut runner = runner()?;
    let mut session = SignInSession::default();
    session.set_token_checks(false);
    settle(&mut session, &mut runner, Event::Submit(form));
    Ok(session.phase().clone())
}

/// A profile from a file whose domain is neither an Amazon Cognito domain nor this computer
/// would have the person's client secret sent to a server they never chose: refused, unless
/// the domain is given on the command line, which is choosing it.
fn check_handed_over_domain(profile: Option<&Profile>, flag: Option<&str>) -> Result<(), String> {
    let Some(profile) = profile.filter(|_| flag.is_none()) else {
        return Ok(());
    };
    let Some(host) = untrusted_domain(profile) else {
        return Ok(());
    };
    Err(format!(
        "the profile \"{}\" (from a file) sends the client secret to {host}, which is not an Amazon Cognito domain; \
         go on only if it is your pool's custom domain: give it with --domain {}",
        profile.name,
        profile.target.managed.domain.trim()
    ))
}
