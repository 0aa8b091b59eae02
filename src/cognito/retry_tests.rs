use super::*;
use crate::cognito::{InitiateAuthRequest, RespondToAuthChallengeRequest, ServiceError};

fn initiate() -> Operation {
    Operation::InitiateAuth(InitiateAuthRequest {
        auth_flow: "USER_PASSWORD_AUTH".into(),
        client_id: "client".into(),
        auth_parameters: Vec::new(),
    })
}

fn respond() -> Operation {
    Operation::RespondToAuthChallenge(RespondToAuthChallengeRequest {
        challenge_name: "SMS_MFA".into(),
        client_id: "client".into(),
        session: None,
        challenge_responses: Vec::new(),
    })
}

fn service(code: &str, status: u16) -> CognitoError {
    CognitoError::Service(ServiceError {
        code: code.to_owned(),
        message: String::new(),
        status,
        request_id: None,
    })
}

fn network(kind: NetworkErrorKind) -> CognitoError {
    CognitoError::Network {
        kind,
        detail: String::new(),
    }
}

#[test]
fn throttling_server_faults_and_failed_connections_are_retried() {
    for error in [
        service("TooManyRequestsException", 400),
        service("InternalErrorException", 500),
        service("ServiceUnavailable", 503),
        network(NetworkErrorKind::Refused),
        network(NetworkErrorKind::Other),
        CognitoError::UnexpectedResponse {
            status: 502,
            detail: String::new(),
        },
    ] {
        assert!(worth_retrying(&initiate(), &error), "{error:?}");
    }
}

#[test]
fn the_persons_mistakes_and_other_4xx_are_never_retried() {
    for code in [
        "NotAuthorizedException",
        "CodeMismatchException",
        "ExpiredCodeException",
        "InvalidParameterException",
        "InvalidPasswordException",
        "UserNotFoundException",
        "UserNotConfirmedException",
        "PasswordResetRequiredException",
        "LimitExceededException",
        "ForbiddenException",
        "ResourceNotFoundException",
    ] {
        assert!(!worth_retrying(&initiate(), &service(code, 400)), "{code}");
    }
    let html_403 = CognitoError::UnexpectedResponse {
        status: 403,
        detail: String::new(),
    };
    assert!(!worth_retrying(&initiate(), &html_403));
}

#[test]
fn timeouts_dns_and_tls_failures_are_not_retried() {
    for kind in [
        NetworkErrorKind::Timeout,
        NetworkErrorKind::Dns,
        NetworkErrorKind::Tls,
    ] {
        assert!(!worth_retrying(&initiate(), &network(kind)), "{kind:?}");
    }
}

#[test]
fn a_challenge_answer_is_sent_again_only_when_surely_unprocessed() {
    assert!(worth_retrying(
        &respond(),
        &network(NetworkErrorKind::Refused)
    ));
    assert!(worth_retrying(
        &respond(),
        &service("TooManyRequestsException", 400)
    ));
    assert!(!worth_retrying(
        &respond(),
        &network(NetworkErrorKind::Other)
    ));
    assert!(!worth_retrying(
        &respond(),
        &service("InternalErrorException", 500)
    ));
}

#[test]
fn backoff_doubles_with_bounded_jitter() {
    assert_eq!(backoff(2, 0), Duration::from_millis(200));
    assert_eq!(backoff(3, 0), Duration::from_millis(400));
    assert_eq!(backoff(2, 99), Duration::from_millis(299));
    assert_eq!(backoff(2, 250), Duration::from_millis(250));
    // Far-off attempts stay finite.
    assert_eq!(backoff(u32::MAX, 0), Duration::from_millis(102_400));
}

#[test]
fn a_self_service_call_that_changes_the_account_is_not_sent_twice() {
    use crate::cognito::{ConfirmSignUpRequest, ConfirmationCode, ForgotPasswordRequest};
    let confirm = Operation::ConfirmSignUp(ConfirmSignUpRequest {
        client_id: "client".into(),
        secret_hash: None,
        username: "bob".into(),
        confirmation_code: ConfirmationCode::new("123456"),
    });
    // A second ConfirmSignUp of one that went through is refused, hiding that it worked.
    assert!(!worth_retrying(
        &confirm,
        &service("InternalErrorException", 500)
    ));
    assert!(!worth_retrying(&confirm, &network(NetworkErrorKind::Other)));
    assert!(worth_retrying(
        &confirm,
        &network(NetworkErrorKind::Refused)
    ));
    // Asking for a code again only sends another one.
    let forgot = Operation::ForgotPassword(ForgotPasswordRequest {
        client_id: "client".into(),
        secret_hash: None,
        username: "bob".into(),
    });
    assert!(worth_retrying(
        &forgot,
        &service("InternalErrorException", 500)
    ));
}
