//! `cognito-login token`: a profile's token on one line, as fast as the token cache allows.
//! The ladder: a cached token valid long enough (no network, no runtime, no keychain); else a
//! refresh with the keychain's refresh token; else, at a terminal, a sign-in as `sign-in`
//! asks; else exit 3 with the command that makes the next run work.

use std::io::{IsTerminal as _, Write};
use std::time::{Duration, SystemTime};

use secrecy::{ExposeSecret as _, SecretString};

use crate::cognito::{ClientSecret, RefreshToken};
use crate::keychain::{Keychain, SecretKind};
use crate::profiles::{Profile, ProfileName};
use crate::signin::{
    Connection, Event, FailureCause, Phase, SignInForm, SignInKind, SignInSession, TokenKind,
    Tokens,
};
use crate::token_cache::{CachedTokens, TokenCache};

use super::args::{
    BrowserArgs, DomainArgs, Output, OutputKind, OutputProblem, Prefill, SignInArgs, TokenArg,
    TokenArgs,
};
use super::device::{self, DeviceArg};
use super::drive::{runner, settle};
use super::exit::Exit;
use super::keep::{Say, client_secret, keep};
use super::outcome::failed;
use super::password::read_client_secret;
use super::report::{self, hint, invalid, invalid_output};
use super::saved_profile::saved_profile;
use super::token_output::{preset, print};

/// A profile's tokens, valid for as long as was asked (or as long as Cognito gives).
pub struct Current {
    pub profile: Profile,
    /// Where they came from: the profile's form, without a password. The client secret is in
    /// it when a call was made; a cached answer fills it from $COGNITO_CLIENT_SECRET alone,
    /// so as not to wait for the keychain.
    pub form: SignInForm,
    /// The ID and access tokens; the refresh token when a call brought one.
    pub tokens: Tokens,
}

pub fn run(args: &TokenArgs) -> Exit {
    let mut stdout = std::io::stdout().lock();
    // Not locked for the whole run: the log (--verbose) writes to stderr from the network thread.
    let mut stderr = std::io::stderr();
    if args.clear {
        return clear(args.profile.as_ref(), &mut stderr);
    }
    if args.output == Some(OutputKind::RefreshToken) {
        let problem = OutputProblem {
            problem: "`token` never prints the refresh token: it stays in the keychain",
            fix: "use --output id-token or access-token, or `sign-in --output refresh-token` for a refresh token of its own",
        };
        invalid_output(&problem, &mut stderr);
        return Exit::InvalidInput;
    }
    if let Err(problem) = preset(args).check() {
        invalid_output(&problem, &mut stderr);
        return Exit::InvalidInput;
    }
    let Some(profile) = &args.profile else {
        invalid(&mut stderr, "--profile NAME is needed");
        return Exit::InvalidInput;
    };
    let kind = match args.token {
        TokenArg::Id => TokenKind::Id,
        TokenArg::Access => TokenKind::Access,
    };
    let min_valid = Duration::from_secs(args.min_valid);
    match current_tokens_of(profile, kind, min_valid, args.timeout, &mut stderr) {
        Ok(current) => print(&current.tokens, kind, args, &mut stdout, &mut stderr),
        Err(exit) => exit,
    }
}

fn clear(profile: Option<&ProfileName>, err: &mut dyn Write) -> Exit {
    let Some(cache) = TokenCache::standard() else {
        return Exit::Ok; // No cache folder: nothing was ever cached.
    };
    match profile {
        Some(profile) => cache.forget(profile),
        None => cache.forget_all(),
    }
    let _ = writeln!(err, "forgot the cached tokens in {}", cache.dir().display());
    Exit::Ok
}

/// `profile`'s ID token, valid `min_valid` more (the cache → refresh → terminal sign-in →
/// exit 3 ladder). What went wrong is said on `err`; the error is the exit code.
pub fn current_tokens(
    profile: &ProfileName,
    min_valid: Duration,
    timeout: u64,
    err: &mut dyn Write,
) -> Result<Current, Exit> {
    current_tokens_of(profile, TokenKind::Id, min_valid, timeout, err)
}

/// `current_tokens` for the token of `kind`.
pub fn current_tokens_of(
    name: &ProfileName,
    kind: TokenKind,
    min_valid: Duration,
    timeout: u64,
    err: &mut dyn Write,
) -> Result<Current, Exit> {
    let profile = saved_profile(Some(name))
        .and_then(|p| p.ok_or_else(|| "no profile".to_owned()))
        .and_then(|p| {
            if p.target.kind == SignInKind::ClientCredentials {
                return Err(format!("the profile \"{name}\" gets tokens with client credentials, which have no refresh token: use `cognito-login client-token --profile {name}`"));
            }
            Ok(p)
        })
        .map_err(|problem| {
            invalid(err, problem);
            Exit::InvalidInput
        })?;
    let at = profile.secret_binding();
    let cache = TokenCache::standard();
    let cached = cache.as_ref().and_then(|c| c.read(&at));
    let now = SystemTime::now();
    if let Some(cached) = &cached
        && cached
            .valid_for(kind, now)
            .is_some_and(|left| left >= min_valid)
    {
        tracing::debug!(profile = %name, "token from the cache");
        let secret = read_client_secret().unwrap_or_default();
        return Ok(Current {
            form: form_of(&profile, timeout, secret),
            tokens: cached.to_tokens(now),
            profile,
        });
    }
    let keychain = Keychain::system();
    let secret = client_secret(&keychain, &at).map_err(|problem| {
        invalid(err, problem);
        Exit::InvalidInput
    })?;
    let mut form = form_of(&profile, timeout, secret);
    let refused = match keychain.get(&at, SecretKind::RefreshToken) {
        Some(kept) => {
            // A refresh's SECRET_HASH needs Cognito's internal username, which the cached ID
            // token names even when it has expired (cognito-protocol.md §4).
            if let Some(internal) = cached.as_ref().and_then(internal_username) {
                form.target.username = internal;
            }
            match refresh(&form, &kept, &keychain, err)? {
                Ok(tokens) => {
                    keep(&at, &tokens, &keychain, Some(&kept), Say::ProblemsOnly, err);
                    return Ok(Current {
                        profile,
                        form,
                        tokens,
                    });
                }
                Err(refused) => Some(refused),
            }
        }
        None => None,
    };
    sign_in_or_give_up(profile, form, refused, &keychain, timeout, err)
}

/// The profile's form for a call without a password: where, as whom, with what secret.
fn form_of(profile: &Profile, timeout: u64, client_secret: ClientSecret) -> SignInForm {
    Prefill::default().form(
        Some(profile),
        SignInForm {
            connection: Connection {
                timeout_secs: timeout,
                ..Connection::default()
            },
            client_secret,
            ..SignInForm::default()
        },
    )
}

fn internal_username(cached: &CachedTokens) -> Option<String> {
    cached
        .to_tokens(SystemTime::UNIX_EPOCH)
        .internal_username()
        .filter(|u| !u.trim().is_empty())
}

/// New tokens from the kept refresh token: `Ok(Err(why))` when Cognito refused it (revoked,
/// expired, another client's), so that signing in is the next step; `Err` for what ends the
/// run (the network, the form), already said on `err`.
fn refresh(
    form: &SignInForm,
    kept: &SecretString,
    keychain: &Keychain,
    err: &mut dyn Write,
) -> Result<Result<Tokens, String>, Exit> {
    let mut runner = runner().map_err(|problem| {
        invalid(err, problem);
        Exit::InvalidInput
    })?;
    let mut session = SignInSession::default();
    session.set_token_checks(false);
    let refresh_token = RefreshToken::from(kept.expose_secret());
    let form = SignInForm {
        device: device::for_refresh(&form.target, keychain),
        ..form.clone()
    };
    settle(
        &mut session,
        &mut runner,
        Event::Resume {
            form,
            refresh_token,
        },
    );
    let failure = match session.phase() {
        Phase::SignedIn(signed) => match &signed.refresh_problem {
            None => return Ok(Ok(signed.tokens.clone())),
            Some(failure) => failure,
        },
        Phase::Failed(failure) => failure,
        _ => {
            report::error(err, "network: the refresh ended without an answer");
            return Err(Exit::Network);
        }
    };
    match &failure.cause {
        // The refresh token itself was refused (revoked, expired, another client's): signing
        // in again is the way on. A missing or wrong SECRET_HASH is NotAuthorized too, but
        // signing in would fail the same way: that, and any other error (throttling, a
        // server fault), is explained as it is, with its own hints.
        FailureCause::Cognito(e)
            if e.code == "NotAuthorizedException" && !about_the_secret_hash(&e.message) =>
        {
            Ok(Err(format!("{}: {}", e.code, e.message)))
        }
        _ => Err(failed(failure, err)),
    }
}

/// Whether Cognito's words are about the app client's secret rather than the refresh token:
/// "Unable to verify secret hash for client …" (Cognito), "… SECRET_HASH was not received"
/// (the emulators).
fn about_the_secret_hash(message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    message.contains("secret hash") || message.contains("secret_hash")
}

/// No token without the person: at a terminal they sign in (as `sign-in --profile NAME
/// --remember`); a script gets exit 3 and the command to run once.
fn sign_in_or_give_up(
    profile: Profile,
    form: SignInForm,
    refused: Option<String>,
    keychain: &Keychain,
    timeout: u64,
    err: &mut dyn Write,
) -> Result<Current, Exit> {
    let name = profile.name.clone();
    let why = match &refused {
        Some(refused) => format!("Cognito refused the kept refresh token ({refused})"),
        None => format!("no valid cached token and no refresh token kept for \"{name}\""),
    };
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        report::error(err, &why);
        hint(
            err,
            format_args!("run `cognito-login sign-in --profile {name} --remember` once"),
        );
        return Err(Exit::Refused);
    }
    let _ = writeln!(err, "{why}: signing in");
    let args = for_a_person(name, timeout);
    let ended = super::sign_in::sign_in(&args, err).map_err(|problem| {
        invalid(err, problem);
        Exit::InvalidInput
    })?;
    match &ended.phase {
        Phase::SignedIn(signed) if signed.refresh_problem.is_none() => {
            keep(
                &profile.secret_binding(),
                &signed.tokens,
                keychain,
                None,
                Say::WhereItWent,
                err,
            );
            Ok(Current {
                profile,
                form,
                tokens: signed.tokens.clone(),
            })
        }
        Phase::Failed(failure) => Err(failed(failure, err)),
        Phase::Challenge(challenge) => {
            report::error(
                err,
                format_args!("challenge: {} was not answered", challenge.name),
            );
            Err(Exit::Challenge)
        }
        _ => {
            report::error(err, "network: the sign-in ended without an answer");
            Err(Exit::Network)
        }
    }
}

/// `sign-in --profile NAME` as a person at the terminal runs it: asked for the password and
/// for each challenge's answer.
fn for_a_person(profile: ProfileName, timeout: u64) -> SignInArgs {
    SignInArgs {
        profile: Some(profile),
        target: Prefill::default(),
        timeout,
        password_stdin: false,
        output: Output {
            kind: OutputKind::Json,
            token: TokenArg::Id,
            url: None,
            include_refresh_token: false,
        },
        flow: None,
        auth: None,
        preferred_challenge: None,
        mfa_code: None,
        trust_endpoint: None,
        print_session: false,
        browser: BrowserArgs::default(),
        domain: DomainArgs::default(),
        remember: true,
        // A device is neither used nor made by a sign-in `token` starts: `sign-in --device`
        // is where that is asked for.
        device: DeviceArg::Ignore,
    }
}
