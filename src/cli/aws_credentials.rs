//! `cognito-login aws-credentials`: the temporary AWS credentials of a profile's signed-in user,
//! from its identity pool by the enhanced flow (GetId, then GetCredentialsForIdentity with the
//! ID token: cognito-protocol.md §8), printed as the AWS CLI's `credential_process` wants them
//! (next-wave.md, "credential_process output"). The ID token comes as `token` gets one (cache,
//! refresh, terminal sign-in); the credentials are kept until `--min-valid` before they expire,
//! since the AWS CLI runs this for every command it runs.

use std::io::Write;
use std::time::{Duration, SystemTime};

use secrecy::{ExposeSecret as _, SecretString};

use crate::cognito::{AwsCredentials, IdentityPoolId};
use crate::profiles::Profile;
use crate::signin::{AwsCredentialsState, Event, Phase, SignInSession};
use crate::token_cache::TokenCache;
use crate::workbench::aws_exports::{AwsExport, aws_export};
use crate::workbench::jwt::unverified_claims;

use super::aws_credentials_args::{AwsCredentialsArgs, AwsOutput};
use super::drive::{runner, settle, settle_all};
use super::exit::Exit;
use super::outcome::failed;
use super::report::{error, invalid};
use super::saved_profile::saved_profile;
use super::token::current_tokens;

/// How long the ID token must stay valid for the two calls that trade it.
const ID_TOKEN_MIN_VALID: Duration = Duration::from_secs(60);

pub fn run(args: &AwsCredentialsArgs) -> Exit {
    let mut stdout = std::io::stdout().lock();
    // Not locked for the whole run: the log (--verbose) writes to stderr from the network thread.
    let mut stderr = std::io::stderr();
    let credentials = match credentials(args, &mut stderr) {
        Ok(credentials) => credentials,
        Err(exit) => return exit,
    };
    let (form, section) = match args.output {
        AwsOutput::CredentialProcess => (AwsExport::CredentialProcess, ""),
        AwsOutput::Env => (AwsExport::Shell, ""),
    };
    match aws_export(&credentials, form, section) {
        Ok(text) => {
            let _ = writeln!(stdout, "{}", text.trim_end());
            Exit::Ok
        }
        // The client refused odd values already; this is the second line of defence.
        Err(problem) => {
            error(&mut stderr, format_args!("network: {problem}"));
            Exit::Network
        }
    }
}

/// The profile's credentials: kept ones while valid long enough, else fresh from Cognito.
fn credentials(args: &AwsCredentialsArgs, err: &mut dyn Write) -> Result<AwsCredentials, Exit> {
    let profile = saved_profile(Some(&args.profile))
        .and_then(|p| p.ok_or_else(|| "no profile".to_owned()))
        .map_err(|problem| {
            invalid(err, problem);
            Exit::InvalidInput
        })?;
    let pool = identity_pool(args, &profile).map_err(|problem| {
        invalid(err, problem);
        Exit::InvalidInput
    })?;
    let at = profile.secret_binding();
    let cache = TokenCache::standard();
    let min_valid = Duration::from_secs(args.min_valid);
    // Whose credentials: the person whose tokens are cached now.
    let user = cache
        .as_ref()
        .and_then(|c| c.read(&at))
        .and_then(|cached| user_of(cached.id.as_ref()))
        .unwrap_or_default();
    if let Some(kept) = cache.as_ref().and_then(|c| c.read_aws(&at, &pool, &user))
        && valid_for(&kept) >= min_valid
    {
        tracing::debug!(profile = %args.profile, "AWS credentials from the cache");
        return Ok(kept);
    }
    let (fresh, user) = fetch(args, &pool, err)?;
    if let Some(cache) = &cache
        && let Err(problem) = cache.write_aws(&at, &pool, &user, &fresh)
    {
        let _ = writeln!(err, "note: {problem}");
    }
    Ok(fresh)
}

/// The identity pool: the flag's, else the profile's.
fn identity_pool(args: &AwsCredentialsArgs, profile: &Profile) -> Result<IdentityPoolId, String> {
    let given = args
        .identity_pool_id
        .as_deref()
        .unwrap_or(&profile.target.identity_pool_id);
    if given.trim().is_empty() {
        return Err(format!(
            "the profile \"{}\" has no identity pool ID: add identity_pool_id to it (the window's \
             Get AWS credentials panel saves the one typed there) or give --identity-pool-id",
            profile.name
        ));
    }
    IdentityPoolId::parse(given).map_err(|e| e.to_string())
}

/// How long `credentials` stay valid from now; zero once expired.
fn valid_for(credentials: &AwsCredentials) -> Duration {
    credentials
        .expiration
        .duration_since(SystemTime::now())
        .unwrap_or_default()
}

/// The ID token's subject (`sub`): the user the credentials are for.
fn user_of(id_token: Option<&SecretString>) -> Option<String> {
    let claims = unverified_claims(id_token?.expose_secret())?;
    claims.get("sub")?.as_str().map(str::to_owned)
}

/// The ID token as `token` gets it, traded at the identity pool by the session; the
/// credentials and whose they are.
fn fetch(
    args: &AwsCredentialsArgs,
    pool: &IdentityPoolId,
    err: &mut dyn Write,
) -> Result<(AwsCredentials, String), Exit> {
    let current = current_tokens(&args.profile, ID_TOKEN_MIN_VALID, args.timeout, err)?;
    let user = user_of(current.tokens.id.as_ref()).unwrap_or_default();
    let mut runner = runner().map_err(|problem| {
        error(err, format_args!("network: {problem}"));
        Exit::Network
    })?;
    let mut session = SignInSession::default();
    session.set_token_checks(false);
    let restore = Event::Restore {
        form: current.form,
        tokens: current.tokens,
    };
    settle(&mut session, &mut runner, restore);
    if let Phase::Failed(failure) = session.phase() {
        return Err(failed(failure, err));
    }
    // The two calls run beside the sign-in, as in the window.
    let ask = Event::GetAwsCredentials {
        identity_pool_id: pool.as_str().to_owned(),
    };
    settle_all(&mut session, &mut runner, ask);
    match aws_state(&session) {
        Some(AwsCredentialsState::Got(credentials)) => Ok((credentials.as_ref().clone(), user)),
        Some(AwsCredentialsState::Failed(failure)) => Err(failed(failure, err)),
        Some(AwsCredentialsState::Fetching) | None => {
            error(err, "network: the identity pool did not answer");
            Err(Exit::Network)
        }
    }
}

fn aws_state(session: &SignInSession) -> Option<&AwsCredentialsState> {
    match session.phase() {
        Phase::SignedIn(signed) => signed.aws.as_ref(),
        _ => None,
    }
}
