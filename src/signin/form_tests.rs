use super::*;

fn filled() -> SignInForm {
    SignInForm {
        region: "eu-west-1".into(),
        client_id: "abc123".into(),
        username: "alice".into(),
        password: SecretString::from("Passw0rd!"),
        ..SignInForm::default()
    }
}

#[test]
fn builds_user_password_auth_body() {
    let req = filled().validate().unwrap();
    let body: serde_json::Value = serde_json::to_value(req.password_auth()).unwrap();
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
        client_id: "123abd".into(),
        username: " test ".into(),
        client_secret: SecretString::from("clientSecret"),
        ..filled()
    };
    let body = serde_json::to_value(form.validate().unwrap().password_auth()).unwrap();
    assert_eq!(body["AuthParameters"]["USERNAME"], "test");
    assert_eq!(
        body["AuthParameters"]["SECRET_HASH"],
        "LoIX/oPJWZzFYv8liJYRo+CHv16FNDY10JlZEDjL3Vg="
    );
}

#[test]
fn debug_never_shows_secrets() {
    let form = SignInForm {
        client_secret: SecretString::from("topsecret"),
        ..filled()
    };
    let req = form.validate().unwrap();
    for text in [
        format!("{form:?}"),
        format!("{req:?}"),
        format!("{:?}", req.password_auth()),
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
        (|f| f.client_id.clear(), Field::ClientId),
        (|f| f.client_id = "a b".into(), Field::ClientId),
        (|f| f.username = "  ".into(), Field::Username),
        (|f| f.password = SecretString::default(), Field::Password),
        (|f| f.timeout_secs = 0, Field::Timeout),
        (|f| f.region.clear(), Field::Region),
    ];
    for (break_it, field) in cases {
        let mut form = filled();
        break_it(&mut form);
        assert_eq!(form.validate().unwrap_err().field(), field);
    }
    let bad_secret = SignInForm {
        client_secret: SecretString::from("has space"),
        ..filled()
    };
    assert_eq!(
        bad_secret.validate().unwrap_err(),
        InputError::BadClientSecret
    );
    let remote_http = SignInForm {
        endpoint: "http://example.com".into(),
        ..filled()
    };
    assert_eq!(remote_http.validate().unwrap_err().field(), Field::Endpoint);
}

#[test]
fn settings_round_trip_without_secrets() {
    let form = SignInForm {
        pool_id: "eu-west-1_x1".into(),
        ..filled()
    };
    let settings = form.settings();
    let text = toml_like(&settings);
    assert!(!text.contains("Passw0rd!"));
    let back = SignInForm::from_settings(&settings);
    assert_eq!(back.client_id, "abc123");
    assert_eq!(back.pool_id, "eu-west-1_x1");
    assert!(back.password.expose_secret().is_empty());
}

fn toml_like(settings: &Settings) -> String {
    format!("{settings:?}")
}
