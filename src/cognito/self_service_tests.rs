use secrecy::SecretString;
use serde_json::json;

use super::*;
use crate::cognito::secret_hash::secret_hash;
use crate::cognito::wire::Operation;

fn attribute(name: &str, value: &str) -> AttributeType {
    AttributeType {
        name: name.into(),
        value: value.into(),
    }
}

#[test]
fn sign_up_goes_out_with_the_model_s_member_names() {
    let request = SignUpRequest {
        client_id: "client1".into(),
        secret_hash: Some(SecretString::from("hash=")),
        username: "bob".into(),
        password: Password::new("Passw0rd!"),
        user_attributes: vec![attribute("email", "bob@example.com")],
        client_metadata: Some(BTreeMap::from([("source".into(), "tests".into())])),
    };
    assert_eq!(
        Operation::SignUp(request).wire_body(),
        json!({
            "ClientId": "client1",
            "SecretHash": "hash=",
            "Username": "bob",
            "Password": "Passw0rd!",
            "UserAttributes": [{"Name": "email", "Value": "bob@example.com"}],
            "ClientMetadata": {"source": "tests"},
        })
    );
}

#[test]
fn without_a_client_secret_no_secret_hash_member_is_sent() {
    let operation = Operation::ForgotPassword(ForgotPasswordRequest {
        client_id: "client1".into(),
        secret_hash: self_service_hash(None, "bob", &"client1".into()),
        username: "bob".into(),
    });
    assert_eq!(
        operation.wire_body(),
        json!({"ClientId": "client1", "Username": "bob"})
    );
    assert_eq!(operation.name(), "ForgotPassword");
}

#[test]
fn the_secret_hash_is_made_from_the_username_sent() {
    let secret = ClientSecret::new("clientSecret");
    let hash = self_service_hash(Some(&secret), "test", &"123abd".into()).unwrap();
    // cognito-protocol.md §4's vector.
    assert_eq!(
        hash.expose_secret(),
        "LoIX/oPJWZzFYv8liJYRo+CHv16FNDY10JlZEDjL3Vg="
    );
    assert_eq!(
        hash.expose_secret(),
        secret_hash(&secret, "test", &"123abd".into())
    );
    assert!(self_service_hash(Some(&ClientSecret::new(" ")), "test", &"1".into()).is_none());
}

#[test]
fn every_call_names_its_members_as_aws_does() {
    let code = || ConfirmationCode::new("123456");
    let token = || SecretString::from("eyJ.access.token");
    let cases = [
        (
            Operation::ConfirmSignUp(ConfirmSignUpRequest {
                client_id: "c".into(),
                secret_hash: None,
                username: "bob".into(),
                confirmation_code: code(),
            }),
            json!({"ClientId": "c", "Username": "bob", "ConfirmationCode": "123456"}),
        ),
        (
            Operation::ResendConfirmationCode(ResendConfirmationCodeRequest {
                client_id: "c".into(),
                secret_hash: Some(SecretString::from("h")),
                username: "bob".into(),
            }),
            json!({"ClientId": "c", "SecretHash": "h", "Username": "bob"}),
        ),
        (
            Operation::ConfirmForgotPassword(ConfirmForgotPasswordRequest {
                client_id: "c".into(),
                secret_hash: None,
                username: "bob".into(),
                confirmation_code: code(),
                password: Password::new("N3w!pass"),
            }),
            json!({"ClientId": "c", "Username": "bob", "ConfirmationCode": "123456",
                   "Password": "N3w!pass"}),
        ),
        (
            Operation::ChangePassword(ChangePasswordRequest {
                access_token: token(),
                previous_password: Password::new("old"),
                proposed_password: Password::new("new"),
            }),
            json!({"AccessToken": "eyJ.access.token", "PreviousPassword": "old",
                   "ProposedPassword": "new"}),
        ),
        (
            Operation::UpdateUserAttributes(UpdateUserAttributesRequest {
                access_token: token(),
                user_attributes: vec![attribute("name", "Bob")],
                client_metadata: None,
            }),
            json!({"AccessToken": "eyJ.access.token",
                   "UserAttributes": [{"Name": "name", "Value": "Bob"}]}),
        ),
        (
            Operation::GetUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest {
                access_token: token(),
                attribute_name: "email".into(),
            }),
            json!({"AccessToken": "eyJ.access.token", "AttributeName": "email"}),
        ),
        (
            Operation::VerifyUserAttribute(VerifyUserAttributeRequest {
                access_token: token(),
                attribute_name: "email".into(),
                code: code(),
            }),
            json!({"AccessToken": "eyJ.access.token", "AttributeName": "email",
                   "Code": "123456"}),
        ),
    ];
    for (operation, expected) in cases {
        assert_eq!(operation.wire_body(), expected, "{}", operation.name());
    }
}

#[test]
fn debug_shows_no_password_code_or_token() {
    let shown = format!(
        "{:?}",
        (
            ConfirmForgotPasswordRequest {
                client_id: "c".into(),
                secret_hash: Some(SecretString::from("hash-value")),
                username: "bob".into(),
                confirmation_code: ConfirmationCode::new("918273"),
                password: Password::new("N3w!pass"),
            },
            ChangePasswordRequest {
                access_token: SecretString::from("eyJ.access.token"),
                previous_password: Password::new("0ld!pass"),
                proposed_password: Password::new("N3w!pass"),
            },
        )
    );
    for secret in ["hash-value", "918273", "N3w!pass", "0ld!pass", "eyJ.access"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
    assert!(shown.contains("ConfirmationCode([REDACTED])"), "{shown}");
}
