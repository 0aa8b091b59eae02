use super::*;
use crate::cognito::{Endpoint, ServiceError};

fn ctx(sent_secret: bool) -> AttemptContext {
    AttemptContext {
        endpoint: Endpoint::for_region("eu-west-1").unwrap(),
        client_id: "client1".into(),
        sent_secret,
        timeout_secs: 7,
        username: "alice".into(),
        pool_id_given: true,
        by_client_credentials: false,
    }
}

fn service(code: &str, message: &str) -> CognitoError {
    CognitoError::Service(ServiceError {
        code: code.into(),
        message: message.into(),
        status: 400,
        request_id: None,
    })
}

fn explain(code: &str, message: &str) -> Explanation {
    explain_cognito(&service(code, message), &ctx(false))
}

/// Each (code, message) gets its own words, not the generic fallback, with a hint holding
/// the needle.
fn each_has_its_own_words(rows: &[(&str, &str, &str)]) {
    let generic = explain("SomethingNew", "").summary.english();
    for (code, message, needle) in rows.iter().copied() {
        let e = explain(code, message);
        assert_ne!(e.summary.english(), generic, "{code} fell through");
        assert!(!e.hints.is_empty(), "{code} has no hint");
        let all = format!("{} {}", e.summary.english(), e.hints_english().join(" "));
        assert!(all.contains(needle), "{code} / {message}: {all}");
    }
}

/// Every row of the landscape table gets its own words, not the generic fallback.
#[test]
fn every_table_row_has_a_specific_hint() {
    let rows = [
        (
            "NotAuthorizedException",
            "Incorrect username or password.",
            "password",
        ),
        ("NotAuthorizedException", "User is disabled.", "disabled"),
        (
            "NotAuthorizedException",
            "Password attempts exceeded",
            "locked",
        ),
        (
            "NotAuthorizedException",
            "Unable to verify secret hash for client client1",
            "client secret",
        ),
        (
            "NotAuthorizedException",
            "Client x is configured for secret but secret was not received",
            "client secret",
        ),
        (
            "NotAuthorizedException",
            "Invalid session for the user, session is expired.",
            "session",
        ),
        (
            "NotAuthorizedException",
            "Invalid Refresh Token",
            "refresh token",
        ),
        ("UserNotFoundException", "User does not exist.", "no user"),
        (
            "UserNotConfirmedException",
            "User is not confirmed.",
            "confirmed",
        ),
        (
            "PasswordResetRequiredException",
            "Password reset required for the user",
            "reset",
        ),
        (
            "InvalidParameterException",
            "USER_PASSWORD_AUTH flow not enabled for this client",
            "USER_PASSWORD_AUTH",
        ),
        (
            "ResourceNotFoundException",
            "User pool client X does not exist.",
            "app client",
        ),
        ("InvalidUserPoolConfigurationException", "", "administers"),
        ("UnsupportedOperationException", "", "administers"),
        ("OperationNotEnabledException", "", "administers"),
        (
            "CodeMismatchException",
            "Invalid code or auth state for the user.",
            "code is wrong",
        ),
        ("ExpiredCodeException", "", "expired"),
        (
            "InvalidPasswordException",
            "Password did not conform with policy",
            "rules",
        ),
        ("PasswordHistoryPolicyViolationException", "", "rules"),
        ("TooManyRequestsException", "Rate exceeded", "Too many"),
        (
            "LimitExceededException",
            "Attempt limit exceeded, please try after some time.",
            "Too many",
        ),
        ("TooManyFailedAttemptsException", "", "Too many"),
        (
            "UserLambdaValidationException",
            "PreAuthentication failed with error x",
            "Lambda",
        ),
        ("UnexpectedLambdaException", "", "Lambda"),
        ("InvalidLambdaResponseException", "", "Lambda"),
        ("MFAMethodNotFoundException", "", "MFA"),
        ("SoftwareTokenMFANotFoundException", "", "MFA"),
        ("RefreshTokenReuseException", "", "already used"),
        ("ForbiddenException", "", "WAF"),
        ("InternalErrorException", "", "internal"),
    ];
    each_has_its_own_words(&rows);
}

#[test]
fn cognito_local_wrong_password_reads_as_wrong_password() {
    assert!(
        explain("InvalidPasswordException", "Invalid password")
            .summary
            .english()
            .contains("password is wrong")
    );
    assert!(
        explain(
            "InvalidPasswordException",
            "Password did not conform with policy"
        )
        .summary
        .english()
        .contains("rules")
    );
}

#[test]
fn flow_not_enabled_says_what_to_enable() {
    let e = explain(
        "InvalidParameterException",
        "USER_PASSWORD_AUTH flow not enabled for this client",
    );
    assert!(e.hints[0].english().contains("ALLOW_USER_PASSWORD_AUTH"));
}

#[test]
fn resource_not_found_mentions_client_and_region() {
    let e = explain("ResourceNotFoundException", "Client x not found.");
    let all = e.hints_english().join(" ");
    assert!(all.contains("client ID") && all.contains("region"));
}

#[test]
fn secret_message_depends_on_whether_one_was_sent() {
    let err = service(
        "NotAuthorizedException",
        "Unable to verify secret hash for client client1",
    );
    let missing = explain_cognito(&err, &ctx(false));
    let wrong = explain_cognito(&err, &ctx(true));
    assert!(missing.summary.english().contains("enter it"));
    assert!(wrong.summary.english().contains("does not match"));
}

#[test]
fn network_failures_are_named() {
    let custom = AttemptContext {
        endpoint: Endpoint::custom("http://127.0.0.1:1").unwrap(),
        ..ctx(false)
    };
    let net = |kind| CognitoError::Network {
        kind,
        detail: String::new(),
    };
    assert!(
        explain_cognito(&net(NetworkErrorKind::Refused), &custom)
            .summary
            .english()
            .contains("Nothing answered")
    );
    assert!(
        explain_cognito(&net(NetworkErrorKind::Dns), &ctx(false))
            .summary
            .english()
            .contains("could not be found")
    );
    assert!(
        explain_cognito(&net(NetworkErrorKind::Tls), &ctx(false))
            .summary
            .english()
            .contains("secure connection")
    );
    assert!(
        explain_cognito(&net(NetworkErrorKind::Timeout), &ctx(false))
            .summary
            .english()
            .contains("within 7 seconds")
    );
}

#[test]
fn input_errors_start_with_a_capital_and_point_at_the_field() {
    let e = explain_input(&InputError::MissingPassword);
    assert_eq!(e.summary.english(), "Enter the password.");
    assert!(e.hints[0].english().contains("password"));
}

#[test]
fn a_refused_connection_through_a_chosen_proxy_blames_the_proxy() {
    let endpoint = Endpoint::for_region("eu-west-1")
        .unwrap()
        .with_proxy("http://127.0.0.1:3128")
        .unwrap();
    let ctx = AttemptContext {
        endpoint,
        ..ctx(false)
    };
    let e = explain_network(NetworkErrorKind::Refused, &ctx);
    assert_eq!(
        e.summary.english(),
        "Nothing answered at the proxy http://127.0.0.1:3128/."
    );
    let e = explain_network(NetworkErrorKind::Proxy, &ctx);
    assert!(
        e.summary
            .english()
            .contains("The proxy would not connect to cognito-idp.eu-west-1")
    );
}

#[test]
fn a_secret_sent_to_a_client_without_one_says_so() {
    // MiniStack's words (AUTH=true); Cognito's generic words would say nothing useful.
    let e = explain(
        "InvalidParameterException",
        "App client abc is not configured for secret but secret hash was received",
    );
    assert_eq!(
        e.summary.english(),
        "This app client has no client secret, but one was sent."
    );
    assert!(
        e.hints[0].english().contains("$COGNITO_CLIENT_SECRET"),
        "{e:?}"
    );
}

#[test]
fn a_missing_secret_says_where_it_goes_in_the_window_and_on_the_command_line() {
    let err = service(
        "NotAuthorizedException",
        "Client abc is configured with secret but SECRET_HASH was not received",
    );
    let e = explain_cognito(&err, &ctx(false));
    assert!(e.summary.english().contains("none was sent"), "{e:?}");
    assert!(
        e.hints[0].english().contains("Client secret")
            && e.hints[0].english().contains("$COGNITO_CLIENT_SECRET"),
        "{e:?}"
    );
}

#[test]
fn a_refused_hash_made_with_an_alias_points_at_the_internal_username() {
    let err = service(
        "NotAuthorizedException",
        "Unable to verify secret hash for client client1",
    );
    let with = |username: &str| {
        let ctx = AttemptContext {
            username: username.into(),
            ..ctx(true)
        };
        explain_cognito(&err, &ctx).hints_english().join(" ")
    };
    for alias in ["alice@example.com", "+15555550100"] {
        let hints = with(alias);
        assert!(hints.contains("cognito:username"), "{alias}: {hints}");
        assert!(hints.contains(alias), "{alias}: {hints}");
    }
    for internal in [
        "alice",
        "+1",
        "@",
        "a@",
        "1f2e3d4c-0000-4000-8000-000000000000",
    ] {
        assert!(!with(internal).contains("cognito:username"), "{internal}");
    }
}

#[test]
fn password_flow_refused_without_a_pool_id_says_srp_needs_it() {
    let err = service(
        "InvalidParameterException",
        "USER_PASSWORD_AUTH flow not enabled for this client",
    );
    let without = AttemptContext {
        pool_id_given: false,
        by_client_credentials: false,
        ..ctx(false)
    };
    let e = explain_cognito(&err, &without);
    assert!(
        e.hints[0].english().contains("SRP") && e.hints[0].english().contains("user pool ID"),
        "{e:?}"
    );
    assert!(e.hints[0].english().contains("--pool-id"), "{e:?}");
    let e = explain_cognito(&err, &ctx(false));
    assert!(
        !e.hints_english().join(" ").contains("user pool ID"),
        "{e:?}"
    );
}

/// Managed login's OAuth errors (issue 17), each in plain words with what to do.
#[test]
fn oauth_errors_say_what_to_do() {
    let rows = [
        ("invalid_client", "", "none was sent"),
        (
            "invalid_client",
            "client_credentials requires a confidential client.",
            "client credentials need one",
        ),
        (
            "invalid_grant",
            "PKCE verification failed.",
            "code verifier",
        ),
        (
            "invalid_grant",
            "code_verifier does not match code_challenge",
            "code verifier",
        ),
        ("invalid_grant", "Invalid refresh token", "revoked"),
        (
            "invalid_grant",
            "Invalid or expired authorization code.",
            "works once",
        ),
        ("invalid_scope", "", "resource-server/scope"),
        ("unauthorized_client", "", "client credentials need one"),
        ("unsupported_grant_type", "", "domain"),
        (
            "invalid_request",
            "code_verifier is required.",
            "description",
        ),
        (
            "invalid_request",
            "redirect_uri is not allowed: http://localhost:1/cb",
            "Allowed callback URLs",
        ),
        ("redirect_mismatch", "", "http://localhost:53682/callback"),
        ("access_denied", "", "cancel"),
        ("invalid_token", "Access token is expired", "sign in again"),
        ("invalid_token", "", "openid"),
    ];
    each_has_its_own_words(&rows);
    let sent = explain_cognito(&service("invalid_client", ""), &ctx(true));
    assert!(
        sent.summary.english().contains("secret is wrong"),
        "{sent:?}"
    );
}
