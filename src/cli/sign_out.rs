//! `cognito-login sign-out --profile NAME`: revokes the refresh token the keychain keeps for
//! the profile (RevokeToken, or the token endpoint's /oauth2/revoke for managed login, as the
//! window's Sign out picks), then forgets it and the cached tokens either way. Exit 0 once the
//! copies on this computer are gone, even when the server did not revoke (moto has no
//! RevokeToken): that is a warning on stderr, since the token then works until it expires,
//! and a script cannot do more about it than the person can.

use std::io::Write;
use std::time::SystemTime;

use secrecy::ExposeSecret as _;

use crate::cognito::RefreshToken;
use crate::keychain::{Keychain, SecretKind};
use crate::signin::{Connection, Event, Notice, Phase, SignInForm, SignInSession, Tokens};
use crate::token_cache::TokenCache;

use super::args::{Prefill, SignOutArgs};
use super::drive::{runner, settle_all};
use super::exit::Exit;
use super::keep::client_secret;
use super::report::{self, invalid};
use super::saved_profile::saved_profile;

pub fn run(args: &SignOutArgs) -> Exit {
    let mut stderr = std::io::stderr();
    let profile = match saved_profile(Some(&args.profile)) {
        Ok(Some(profile)) => profile,
        Ok(None) => return Exit::InvalidInput,
        Err(problem) => {
            invalid(&mut stderr, problem);
            return Exit::InvalidInput;
        }
    };
    let at = profile.secret_binding();
    if let Some(cache) = TokenCache::standard() {
        cache.forget(&profile.name);
        let _ = writeln!(stderr, "forgot the cached tokens");
    }
    let keychain = Keychain::system();
    let Some(kept) = keychain.get(&at, SecretKind::RefreshToken) else {
        let _ = writeln!(stderr, "no refresh token was kept for \"{}\"", profile.name);
        return Exit::Ok;
    };
    let form = Prefill::default().form(
        Some(&profile),
        SignInForm {
            connection: Connection {
                timeout_secs: args.timeout,
                ..Connection::default()
            },
            client_secret: client_secret(&keychain, &at).unwrap_or_default(),
            ..SignInForm::default()
        },
    );
    let revoked = revoke(form, RefreshToken::from(kept.expose_secret()));
    keychain.delete(&profile.name, SecretKind::RefreshToken);
    let _ = writeln!(stderr, "forgot the refresh token in the system keychain");
    match revoked {
        Ok(Notice::Done(said)) => {
            let _ = writeln!(stderr, "{said}");
        }
        Ok(Notice::Warning(said)) | Err(said) => report::warning(&mut stderr, said),
    }
    Exit::Ok
}

/// Signs the kept refresh token out as the window would: restored into a session, then
/// `SignOut`, whose revoke call is waited for here. What the session said about it.
fn revoke(form: SignInForm, refresh_token: RefreshToken) -> Result<Notice, String> {
    let mut runner = runner()?;
    let mut session = SignInSession::default();
    session.set_token_checks(false);
    let tokens = Tokens {
        refresh: Some(refresh_token),
        ..Tokens::empty(SystemTime::now())
    };
    let effects = session.apply(Event::Restore { form, tokens });
    if let Phase::Failed(failure) = session.phase() {
        return Err(format!(
            "the refresh token was not revoked: {}",
            failure.explanation.summary.english()
        ));
    }
    runner.run(effects);
    // The browser's /logout (managed login) is the window's to open: a script has no
    // browser session to end (`settle_all` drops it).
    settle_all(&mut session, &mut runner, Event::SignOut);
    session
        .take_notice()
        .ok_or_else(|| "the refresh token was not revoked: no answer came".to_owned())
}
