use super::*;
use crate::signin::Target;

#[test]
fn the_prompt_names_the_user_and_the_host() {
    let form = |username: &str, region: &str, endpoint: &str| SignInForm {
        target: Target {
            username: username.into(),
            region: region.into(),
            endpoint: endpoint.into(),
            ..Target::default()
        },
        ..SignInForm::default()
    };
    let regional = form("alice", "eu-west-1", "");
    assert_eq!(
        prompt_for(&regional),
        "Password for alice at cognito-idp.eu-west-1.amazonaws.com: "
    );
    let local = form("alice", "", "http://127.0.0.1:9229");
    assert_eq!(prompt_for(&local), "Password for alice at 127.0.0.1:9229: ");
    let hidden = form("al\u{1b}[2Jice\u{202E}", "eu-west-1", "");
    assert!(prompt_for(&hidden).starts_with("Password for al[2Jice at "));
    assert_eq!(prompt_for(&form("", "", "")), "Password: ");
}
