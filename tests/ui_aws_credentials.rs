//! The "AWS credentials" panel under the tokens, driven by accessible names: the identity pool
//! ID typed (and saved with the profile), Get AWS credentials, the identity and access key ID
//! shown while the secret key and session token are not, each copy form on the clipboard, and
//! refusals explained with Cognito's code. Cognito's answers are scripted.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use std::time::{Duration, SystemTime};

use cognito_login::cognito::{AwsCredentials, Reply};
use cognito_login::settings::Settings;
use cognito_login::signin::{Flow, Target};
use cognito_login::ui::labels;
use cognito_login::workbench::AwsExport;
use cognito_login::workbench::aws_exports::section_name;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable};
use ui_harness::*;

const POOL: &str = "us-east-1:0a1b2c3d-4e5f-6789-abcd-ef0123456789";
const UNTRUSTING: &str = "us-east-1:99999999-0000-0000-0000-000000000000";
const IDENTITY: &str = "us-east-1:11111111-2222-3333-4444-555555555555";
const KEY_ID: &str = "ASIAEXAMPLEEXAMPLE12";
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRET";
const SESSION: &str = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN";

fn credentials() -> AwsCredentials {
    AwsCredentials {
        identity_id: IDENTITY.into(),
        access_key_id: KEY_ID.into(),
        secret_access_key: SECRET.into(),
        session_token: SESSION.into(),
        expiration: SystemTime::now() + Duration::from_secs(3600),
    }
}

fn settings() -> Settings {
    Settings {
        target: Target {
            region: "us-east-1".into(),
            pool_id: "us-east-1_AbC123".into(),
            client_id: "client123".into(),
            username: "alice".into(),
            flow: Flow::Password,
            ..Target::default()
        },
        ..Settings::default()
    }
}

/// Signed in; GetId refuses the untrusting pool and answers the other, as an identity pool
/// trusting only some app clients does.
fn signed_in() -> Ui {
    let mut ui = open_with(
        Some(Box::new(|sent| match sent.op {
            "GetId" if sent.body["IdentityPoolId"] == UNTRUSTING => Some(refused(
                "NotAuthorizedException",
                "Token is not from a supported provider of this identity pool.",
            )),
            "GetId" => Some(Ok(Reply::IdentityId(IDENTITY.into()))),
            "GetCredentialsForIdentity" => Some(Ok(Reply::AwsCredentials(credentials()))),
            "FetchJwks" => Some(refused("ResourceNotFoundException", "no keys here")),
            _ => Some(tokens()),
        })),
        settings(),
    );
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    ui.assert_signed_in();
    ui
}

fn get_credentials(ui: &mut Ui, pool: &str) {
    type_over(ui, labels::IDENTITY_POOL_ID, pool);
    ui.click(labels::GET_AWS_CREDENTIALS);
}

fn clipboard(ui: &Ui) -> String {
    ui.clipboard
        .contents
        .lock()
        .unwrap()
        .clone()
        .unwrap_or_default()
}

#[test]
fn credentials_are_shown_masked_and_copied_in_each_form() {
    let mut ui = signed_in();
    get_credentials(&mut ui, POOL);
    wait_for_text(&mut ui, KEY_ID);
    assert!(ui.shows(IDENTITY));
    assert!(
        ui.shows("Got AWS credentials: they are below."),
        "the status line"
    );
    assert!(ui.shows("expires in"), "the countdown");
    assert!(
        !ui.shows(SECRET) && !ui.shows(SESSION),
        "secrets are never drawn"
    );
    // GetCredentialsForIdentity went last, with the ID token under the user pool's key.
    let sent = ui.last_sent();
    assert_eq!(sent["IdentityId"], IDENTITY);
    assert_eq!(
        sent["Logins"]["cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123"],
        ID_TOKEN
    );
    // The identity pool ID is the profile's now.
    let config = saved_config(&ui);
    let profile = config.current_profile().unwrap();
    assert_eq!(profile.target.identity_pool_id, POOL);

    ui.click(labels::copy_aws(AwsExport::Shell));
    assert_eq!(
        clipboard(&ui),
        format!(
            "export AWS_ACCESS_KEY_ID='{KEY_ID}'\nexport AWS_SECRET_ACCESS_KEY='{SECRET}'\nexport AWS_SESSION_TOKEN='{SESSION}'\n"
        )
    );
    ui.harness.run();
    assert!(ui.shows(labels::COPIED));
    ui.click(labels::copy_aws(AwsExport::PowerShell));
    assert_eq!(
        clipboard(&ui),
        format!(
            "$env:AWS_ACCESS_KEY_ID=\"{KEY_ID}\"\n$env:AWS_SECRET_ACCESS_KEY=\"{SECRET}\"\n$env:AWS_SESSION_TOKEN=\"{SESSION}\"\n"
        )
    );
    ui.click(labels::copy_aws(AwsExport::CredentialsFile));
    assert_eq!(
        clipboard(&ui),
        format!(
            "[{}]\naws_access_key_id = {KEY_ID}\naws_secret_access_key = {SECRET}\naws_session_token = {SESSION}\n",
            section_name(&config.current)
        )
    );
    ui.click(labels::copy_aws(AwsExport::CredentialProcess));
    let json: serde_json::Value = serde_json::from_str(&clipboard(&ui)).unwrap();
    assert_eq!(json["Version"], 1);
    assert_eq!(json["AccessKeyId"], KEY_ID);
    assert_eq!(json["SecretAccessKey"], SECRET);
    assert_eq!(json["SessionToken"], SESSION);
    assert!(json["Expiration"].as_str().unwrap().ends_with('Z'));

    // Signing out forgets them, and takes the copy back off the clipboard.
    ui.click(labels::SIGN_OUT);
    ui.harness.run();
    assert!(!ui.shows(KEY_ID));
    assert!(!clipboard(&ui).contains(SECRET));
}

#[test]
fn a_refusal_is_explained_with_cognitos_code() {
    let mut ui = signed_in();
    get_credentials(&mut ui, UNTRUSTING);
    wait_for_text(&mut ui, "does not trust app client");
    assert!(ui.shows(&format!(
        "Identity pool {UNTRUSTING} does not trust app client"
    )));
    assert!(ui.shows("Cognito error NotAuthorizedException"));
}

#[test]
fn a_bad_identity_pool_id_is_explained_before_anything_is_sent() {
    let mut ui = signed_in();
    let before = ui.sent.lock().unwrap().len();
    get_credentials(&mut ui, "my-identity-pool");
    ui.harness.run();
    assert!(ui.shows("\"my-identity-pool\" is not an identity pool ID."));
    let sent = ui.sent.lock().unwrap();
    assert!(
        sent[before..]
            .iter()
            .all(|body| body.get("IdentityPoolId").is_none()),
        "{sent:?}"
    );
}

#[test]
fn the_button_waits_for_an_identity_pool_id() {
    let ui = signed_in();
    let button = ui
        .harness
        .get_by_role_and_label(Role::Button, labels::GET_AWS_CREDENTIALS);
    assert!(button.accesskit_node().is_disabled());
}
