use secrecy::ExposeSecret;

use super::*;

#[test]
fn debug_names_the_kind_and_nothing_of_the_secret() {
    let password = Password::new("hunter2-Pa55");
    assert_eq!(format!("{password:?}"), "Password([REDACTED])");
    let token = RefreshToken::new("eyJ-refresh");
    assert_eq!(format!("{token:?}"), "RefreshToken([REDACTED])");
    let shown = format!(
        "{:?}",
        (ClientSecret::new("s3cret"), SessionToken::new("AYAB"))
    );
    assert!(
        !shown.contains("s3cret") && !shown.contains("AYAB"),
        "{shown}"
    );
}

#[test]
fn the_secret_is_there_for_who_asks_for_it() {
    let password = Password::new("hunter2");
    assert_eq!(password.expose_secret(), "hunter2");
    assert!(Password::new(" \t").is_blank());
    assert!(Password::default().is_blank());
    let from_secrecy = RefreshToken::from(secrecy::SecretString::from("abc".to_owned()));
    assert_eq!(from_secrecy.expose_secret(), "abc");
}
