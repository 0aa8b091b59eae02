//! `sign-in --browser`: managed login in the system browser, from a script or a terminal
//! (issue 17). The same form checks, session and runner as the window; the address goes to
//! stderr on a line of its own whenever no browser was opened, and the outputs and exit codes
//! are `sign-in`'s.

use std::io::Write;

use crate::cognito::Url;
use crate::profiles::Profile;
use crate::signin::redirect::BROWSER_WAIT;
use crate::signin::{Connection, Event, Phase, SignInForm, SignInKind, SignInSession, Target};

use super::args::{BrowserArgs, DomainArgs, Prefill};
use super::drive::{runner, settle_opening};
use super::password::read_client_secret;

/// The form for a sign-in through the pool's domain: the profile's values, then the flags.
pub fn domain_form(
    prefill: &Prefill,
    profile: Option<&Profile>,
    kind: SignInKind,
    domain: &DomainArgs,
    browser: &BrowserArgs,
    timeout_secs: u64,
) -> Result<SignInForm, String> {
    let mut form = prefill.form(
        profile,
        SignInForm {
            connection: Connection {
                timeout_secs,
                ..Connection::default()
            },
            client_secret: read_client_secret()?,
            ..SignInForm::default()
        },
    );
    let target: &mut Target = &mut form.target;
    target.kind = kind;
    let managed = &mut target.managed;
    let flags = [
        (&domain.domain, &mut managed.domain),
        (&browser.callback, &mut managed.callback_url),
        (&browser.identity_provider, &mut managed.identity_provider),
    ];
    for (flag, field) in flags {
        if let Some(value) = flag {
            field.clone_from(value);
        }
    }
    if !domain.scopes.is_empty() {
        managed.scopes.clone_from(&domain.scopes);
    }
    Ok(form)
}

/// Signs in through the browser and says where it stands on `err` meanwhile.
pub fn sign_in_with_browser(
    form: SignInForm,
    no_browser: bool,
    err: &mut dyn Write,
) -> Result<Phase, String> {
    let mut runner = runner()?;
    let mut session = SignInSession::default();
    session.set_token_checks(false);
    let callback = form.target.managed.callback_or_default().to_owned();
    let mut open = |address: &Url| show_address(address, &callback, no_browser, err);
    settle_opening(&mut session, &mut runner, Event::Submit(form), &mut open);
    Ok(session.phase().clone())
}

/// Opens the managed-login page, unless told not to; the address is printed on a line of its
/// own either way a browser may not have shown it, for a browser on another machine.
fn show_address(address: &Url, callback: &str, no_browser: bool, err: &mut dyn Write) {
    let opened = !no_browser && webbrowser::open(address.as_str()).is_ok();
    let minutes = BROWSER_WAIT.as_secs() / 60;
    let _ = if opened {
        writeln!(
            err,
            "Opened the sign-in page in your browser; waiting up to {minutes} minutes for it to come back to {callback}. If no browser opened, open this address:"
        )
    } else {
        writeln!(
            err,
            "Open this address in a browser to sign in (waiting up to {minutes} minutes for it to come back to {callback}):"
        )
    };
    let _ = writeln!(err, "{address}");
}
