use super::*;

fn asked() -> IdentityAttempt {
    IdentityAttempt {
        identity_pool_id: "eu-west-2:0a1b".into(),
        user_pool_id: "us-east-1_AbC123".into(),
        client_id: "client1".into(),
    }
}

fn refusal(code: &str, message: &str) -> Explanation {
    let error = ServiceError {
        code: code.into(),
        message: message.into(),
        status: 400,
        request_id: None,
    };
    explain_refusal(&error, &asked()).unwrap_or_else(|| panic!("{code} fell through"))
}

fn words(e: &Explanation) -> String {
    format!("{} {}", e.summary.english(), e.hints_english().join(" "))
}

#[test]
fn an_untrusted_client_is_named_with_its_user_pool() {
    // AWS's and MiniStack's words for a token from a client or pool the identity pool lacks.
    for message in [
        "Token is not from a supported provider of this identity pool.",
        "Invalid login token. Issuer doesn't match providerName",
    ] {
        let e = refusal("NotAuthorizedException", message);
        assert_eq!(
            e.summary.english(),
            "Identity pool eu-west-2:0a1b does not trust app client client1 of user pool us-east-1_AbC123."
        );
        assert!(words(&e).contains("User access"), "{e:?}");
    }
}

#[test]
fn each_refusal_has_its_own_words() {
    let rows = [
        (
            "NotAuthorizedException",
            "Unauthenticated access is not supported for this identity pool.",
            "unauthenticated access",
        ),
        (
            "NotAuthorizedException",
            "Invalid login token. Token expired: 1 >= 0",
            "Refresh the tokens",
        ),
        (
            "NotAuthorizedException",
            "Invalid login token. Token signature invalid.",
            "signature",
        ),
        (
            "ResourceNotFoundException",
            "Identity pool eu-west-2:0a1b not found.",
            "There is no identity pool eu-west-2:0a1b",
        ),
        (
            "InvalidIdentityPoolConfigurationException",
            "Invalid identity pool configuration. Check assigned IAM roles for this pool.",
            "trust policy",
        ),
    ];
    for (code, message, needle) in rows {
        let e = refusal(code, message);
        assert!(words(&e).contains(needle), "{code} / {message}: {e:?}");
        assert!(!e.hints.is_empty(), "{code}");
    }
}

#[test]
fn other_codes_are_said_as_for_any_call() {
    let error = ServiceError {
        code: "TooManyRequestsException".into(),
        message: "Rate exceeded".into(),
        status: 400,
        request_id: None,
    };
    assert!(explain_refusal(&error, &asked()).is_none());
}

#[test]
fn a_bad_identity_pool_id_says_what_one_looks_like() {
    let e = explain_identity_pool_id(&BadIdentityPoolId("pool\u{1b}[2J".into()));
    assert_eq!(
        e.summary.english(),
        "\"pool[2J\" is not an identity pool ID."
    );
    assert!(words(&e).contains("us-east-1:0a1b2c3d"));
}

#[test]
fn names_from_a_token_are_shown_on_one_line() {
    assert_eq!(shown("a\nb"), "ab");
    assert_eq!(shown(""), "(unknown)");
    assert_eq!(shown(&"x".repeat(500)).len(), 128);
}
