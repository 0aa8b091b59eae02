use secrecy::ExposeSecret;

use super::*;
use crate::cognito::Password;
use crate::signin::Target;

#[test]
fn settings_round_trip_without_secrets() {
    let form = SignInForm {
        target: Target {
            region: "eu-west-1".into(),
            pool_id: "eu-west-1_x1".into(),
            client_id: "abc123".into(),
            username: "alice".into(),
            ..Target::default()
        },
        password: Password::from("Passw0rd!"),
        ..SignInForm::default()
    };
    let settings = form.settings();
    assert!(!format!("{settings:?}").contains("Passw0rd!"));
    let back = SignInForm::from_settings(&settings);
    assert_eq!(back.target.client_id, "abc123");
    assert_eq!(back.target.pool_id, "eu-west-1_x1");
    assert!(back.password.expose_secret().is_empty());
}
