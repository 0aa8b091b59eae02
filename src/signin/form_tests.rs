use super::*;
use crate::cognito::AuthFlow;
use crate::cognito::Operation;
use crate::signin::conversation::Conversation;
use crate::signin::flow::Flow;
use crate::signin::target::DEFAULT_TIMEOUT_SECS;

/// The InitiateAuth body a checked form sends with USER_PASSWORD_AUTH.
fn password_body(req: &SignInRequest) -> serde_json::Value {
    let call = Conversation::new(req.clone()).initiate(AuthFlow::UserPassword, None);
    match call.operation {
        Operation::InitiateAuth(body) => serde_json::to_value(body).unwrap(),
        other => panic!("{other:?}"),
    }
}

fn filled() -> SignInForm {
    SignInForm {
        target: Target {
            region: "eu-west-1".into(),
            client_id: "abc123".into(),
            username: "alice".into(),
            ..Target::default()
        },
        password: Password::from("Passw0rd!"),
        ..SignInForm::default()
    }
}

#[test]
fn builds_user_password_auth_body() {
    let req = filled().validate().unwrap();
    let body = password_body(&req);
    assert_eq!(
        body,
        serde_json::json!({
            "AuthFlow": "USER_PASSWORD_AUTH",
            "ClientId": "abc123",
            "AuthParameters": {"USERNAME": "alice", "PASSWORD": "Passw0rd!"}
        })
    );
    assert_eq!(
        req.endpoint.url().as_str(),
        "https://cognito-idp.eu-west-1.amazonaws.com/"
    );
    assert_eq!(req.timeout, Duration::from_secs(DEFAULT_TIMEOUT_SECS));
}

#[test]
fn adds_secret_hash_of_typed_username() {
    let form = SignInForm {
        target: Target {
            client_id: "123abd".into(),
            username: " test ".into(),
            ..filled().target
        },
        client_secret: ClientSecret::from("clientSecret"),
        ..filled()
    };
    let body = password_body(&form.validate().unwrap());
    assert_eq!(body["AuthParameters"]["USERNAME"], "test");
    assert_eq!(
        body["AuthParameters"]["SECRET_HASH"],
        "LoIX/oPJWZzFYv8liJYRo+CHv16FNDY10JlZEDjL3Vg="
    );
}

#[test]
fn debug_never_shows_secrets() {
    let form = SignInForm {
        client_secret: ClientSecret::from("topsecret"),
        ..filled()
    };
    let req = form.validate().unwrap();
    for text in [
        format!("{form:?}"),
        format!("{req:?}"),
        format!(
            "{:?}",
            Conversation::new(req.clone()).initiate(AuthFlow::UserPassword, None)
        ),
    ] {
        assert!(
            !text.contains("Passw0rd!") && !text.contains("topsecret"),
            "{text}"
        );
    }
}

#[test]
fn each_missing_field_is_named() {
    type Breaker = fn(&mut SignInForm);
    let cases: [(Breaker, Field); 6] = [
        (|f| f.target.client_id.clear(), Field::ClientId),
        (|f| f.target.client_id = "a b".into(), Field::ClientId),
        (|f| f.target.username = "  ".into(), Field::Username),
        (|f| f.password = Password::default(), Field::Password),
        (|f| f.connection.timeout_secs = 0, Field::Timeout),
        (|f| f.target.region.clear(), Field::Region),
    ];
    for (break_it, field) in cases {
        let mut form = filled();
        break_it(&mut form);
        assert_eq!(form.validate().unwrap_err().field(), field);
    }
    let bad_secret = SignInForm {
        client_secret: ClientSecret::from("has space"),
        ..filled()
    };
    assert_eq!(
        bad_secret.validate().unwrap_err(),
        InputError::BadClientSecret
    );
    let remote_http = SignInForm {
        target: Target {
            endpoint: "http://example.com".into(),
            ..filled().target
        },
        ..filled()
    };
    assert_eq!(remote_http.validate().unwrap_err().field(), Field::Endpoint);
}

#[test]
fn srp_needs_the_pool_id_and_choice_may_go_without_a_password() {
    let srp = SignInForm {
        target: Target {
            flow: Flow::Srp,
            ..filled().target
        },
        ..filled()
    };
    assert_eq!(srp.validate().unwrap_err(), InputError::PoolIdNeededForSrp);
    assert_eq!(InputError::PoolIdNeededForSrp.field(), Field::PoolId);
    let with_pool = SignInForm {
        target: Target {
            pool_id: "eu-west-1_AbC123".into(),
            ..srp.target
        },
        ..srp
    };
    assert_eq!(
        with_pool.validate().unwrap().pool_id.as_deref(),
        Some("eu-west-1_AbC123")
    );

    let passwordless = SignInForm {
        target: Target {
            flow: Flow::Choice,
            ..filled().target
        },
        preferred_challenge: "email_otp".into(),
        password: Password::default(),
        ..filled()
    };
    let req = passwordless.validate().unwrap();
    assert_eq!(req.preferred_challenge.as_deref(), Some("EMAIL_OTP"));
    let with_password = SignInForm {
        preferred_challenge: "PASSWORD".into(),
        ..passwordless.clone()
    };
    assert_eq!(
        with_password.validate().unwrap_err(),
        InputError::MissingPassword
    );
    let unknown = SignInForm {
        preferred_challenge: "FAX".into(),
        ..passwordless
    };
    assert_eq!(
        unknown.validate().unwrap_err(),
        InputError::BadPreferredChallenge
    );
}

#[test]
fn refresh_needs_neither_password_nor_username_without_a_secret() {
    let form = SignInForm {
        target: Target {
            username: String::new(),
            ..filled().target
        },
        password: Password::default(),
        ..filled()
    };
    assert!(form.validate_for_refresh().is_ok());
    let with_secret = SignInForm {
        client_secret: ClientSecret::from("s3cret"),
        ..form
    };
    assert_eq!(
        with_secret.validate_for_refresh().unwrap_err(),
        InputError::MissingUsername
    );
}

#[test]
fn cognito_length_limits_count_characters() {
    let mut form = filled();
    form.target.username = "名".repeat(128);
    assert!(form.validate().is_ok(), "128 characters (384 bytes) fit");
    form.target.username = "名".repeat(129);
    assert_eq!(form.validate().unwrap_err(), InputError::LongUsername);
    assert_eq!(InputError::LongUsername.field(), Field::Username);
    let mut form = filled();
    form.password = Password::from("🔑".repeat(256));
    assert!(form.validate().is_ok());
    form.password = Password::from("🔑".repeat(257));
    assert_eq!(form.validate().unwrap_err(), InputError::LongPassword);
    assert_eq!(InputError::LongPassword.field(), Field::Password);
    let mut form = filled();
    form.target.client_id = "a".repeat(129);
    assert_eq!(form.validate().unwrap_err(), InputError::BadClientId);
}

#[test]
fn pasted_blanks_around_ids_go_but_a_password_is_sent_as_typed() {
    let mut form = filled();
    form.target.region = " eu-west-1\n".into();
    form.target.client_id = "\tabc123 ".into();
    form.target.username = "  alice\n".into();
    form.password = Password::from("  pass word  ");
    let body = password_body(&form.validate().unwrap());
    assert_eq!(body["ClientId"], "abc123");
    assert_eq!(body["AuthParameters"]["USERNAME"], "alice");
    assert_eq!(body["AuthParameters"]["PASSWORD"], "  pass word  ");
}

#[test]
fn any_script_is_sent_exactly_as_typed() {
    // Japanese, an emoji with a skin tone, a decomposed é (e + U+0301) and a right-to-left
    // name: no normalisation, no re-encoding.
    let username = "山田太郎👋🏽e\u{301}שלום";
    let password = "パスワード🔐e\u{301}\u{200d}";
    let mut form = filled();
    form.target.username = username.into();
    form.password = Password::from(password);
    let body = password_body(&form.validate().unwrap());
    assert_eq!(body["AuthParameters"]["USERNAME"], username);
    assert_eq!(body["AuthParameters"]["PASSWORD"], password);
    let wire = serde_json::to_vec(&body).unwrap();
    let text = String::from_utf8(wire).unwrap();
    assert!(text.contains(username) && text.contains(password));
}

/// Every problem says in English exactly what the command line says (`Display`), and says it
/// in Japanese too.
#[test]
fn each_problem_says_the_same_english_and_has_japanese() {
    use crate::cognito::EndpointError;
    use crate::messages::Lang;
    let url = || "http://example.com".to_owned();
    let problems = [
        InputError::Endpoint(EndpointError::MissingRegion),
        InputError::Endpoint(EndpointError::BadRegion("mars-1".into())),
        InputError::Endpoint(EndpointError::BadPoolId("x".into())),
        InputError::Endpoint(EndpointError::RegionMismatch {
            region: "eu-west-1".into(),
            pool_region: "us-east-1".into(),
        }),
        InputError::Endpoint(EndpointError::BadUrl(url())),
        InputError::Endpoint(EndpointError::PlainHttpNotLoopback(url())),
        InputError::Endpoint(EndpointError::UnsupportedScheme(url())),
        InputError::Endpoint(EndpointError::CredentialsInUrl),
        InputError::Endpoint(EndpointError::QueryInUrl(url())),
        InputError::Endpoint(EndpointError::BadProxy(url())),
        InputError::Endpoint(EndpointError::ProxyCredentials),
        InputError::MissingClientId,
        InputError::BadClientId,
        InputError::BadClientSecret,
        InputError::MissingUsername,
        InputError::LongUsername,
        InputError::MissingPassword,
        InputError::LongPassword,
        InputError::BadTimeout(999),
        InputError::BadPreferredChallenge,
        InputError::PoolIdNeededForSrp,
        InputError::MissingDomain,
        InputError::Domain(EndpointError::CredentialsInUrl),
        InputError::Callback("port 80 is taken".into()),
        InputError::MissingScopes,
        InputError::BadScope("a\"b".into()),
        InputError::SecretNeededForMachine,
    ];
    for problem in &problems {
        let message = problem.message();
        assert_eq!(message.english(), problem.to_string());
        let japanese = message.words(Lang::Ja);
        assert_ne!(japanese, problem.to_string());
        assert!(!japanese.contains("form-error"), "{japanese}");
    }
    assert_eq!(
        InputError::MissingPassword.message().words(Lang::Ja),
        "パスワードを入力してください。"
    );
    assert_eq!(
        InputError::BadTimeout(999).message().words(Lang::Ja),
        "タイムアウトは 1～300 秒にしてください（指定値: 999）。"
    );
}
