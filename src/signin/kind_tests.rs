use super::*;

#[test]
fn scopes_are_split_on_blanks_and_commas_once_each() {
    assert_eq!(
        split_scopes(" api/read,api/write  api/read\topenid "),
        ["api/read", "api/write", "openid"]
    );
    assert!(split_scopes(" , ").is_empty());
}

#[test]
fn the_browser_asks_for_openid_email_profile_unless_told_otherwise() {
    let none = ManagedLogin::default();
    assert_eq!(
        none.scopes_for(SignInKind::Browser),
        ["openid", "email", "profile"]
    );
    assert!(none.scopes_for(SignInKind::ClientCredentials).is_empty());
    let some = ManagedLogin {
        scopes: vec!["openid phone".to_owned()],
        ..ManagedLogin::default()
    };
    assert_eq!(some.scopes_for(SignInKind::Browser), ["openid", "phone"]);
}

#[test]
fn kinds_read_back_from_their_file_names() {
    for kind in SignInKind::ALL {
        assert_eq!(SignInKind::from_file_name(kind.file_name()), Some(kind));
    }
    assert_eq!(SignInKind::from_file_name("hosted-ui"), None);
}

#[test]
fn each_kind_is_named_in_both_languages() {
    use crate::messages::Lang;
    for kind in SignInKind::ALL {
        assert_eq!(kind.message().english(), kind.label());
        assert_ne!(kind.message().words(Lang::Ja), kind.label());
    }
    assert_eq!(
        SignInKind::Browser.message().words(Lang::Ja),
        "ブラウザーでマネージドログイン"
    );
}
