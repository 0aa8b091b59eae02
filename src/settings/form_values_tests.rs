use secrecy::ExposeSecret;

use super::*;
use crate::cognito::Password;

#[test]
fn settings_round_trip_without_secrets() {
    let form = SignInForm {
        region: "eu-west-1".into(),
        pool_id: "eu-west-1_x1".into(),
        client_id: "abc123".into(),
        username: "alice".into(),
        password: Password::from("Passw0rd!"),
        ..SignInForm::default()
    };
    let settings = form.settings();
    assert!(!format!("{settings:?}").contains("Passw0rd!"));
    let back = SignInForm::from_settings(&settings);
    assert_eq!(back.client_id, "abc123");
    assert_eq!(back.pool_id, "eu-west-1_x1");
    assert!(back.password.expose_secret().is_empty());
}
