use std::time::{Duration, SystemTime};

use super::*;

fn credentials(secret: &str) -> AwsCredentials {
    AwsCredentials {
        identity_id: "us-east-1:1111".into(),
        access_key_id: "ASIAEXAMPLEEXAMPLE12".into(),
        secret_access_key: secret.into(),
        session_token: "IQoJb3JpZ2luX2Vj/+=".into(),
        expiration: SystemTime::UNIX_EPOCH + Duration::from_secs(1_796_205_600),
    }
}

fn export(form: AwsExport, profile: &str) -> String {
    aws_export(&credentials("wJalr/K7MDENG+bPxRfiCY"), form, profile)
        .unwrap()
        .to_string()
}

#[test]
fn shell_lines_are_single_quoted_exports() {
    assert_eq!(
        export(AwsExport::Shell, "staging"),
        "export AWS_ACCESS_KEY_ID='ASIAEXAMPLEEXAMPLE12'\n\
         export AWS_SECRET_ACCESS_KEY='wJalr/K7MDENG+bPxRfiCY'\n\
         export AWS_SESSION_TOKEN='IQoJb3JpZ2luX2Vj/+='\n"
    );
}

#[test]
fn powershell_lines_set_env() {
    assert_eq!(
        export(AwsExport::PowerShell, "staging"),
        "$env:AWS_ACCESS_KEY_ID=\"ASIAEXAMPLEEXAMPLE12\"\n\
         $env:AWS_SECRET_ACCESS_KEY=\"wJalr/K7MDENG+bPxRfiCY\"\n\
         $env:AWS_SESSION_TOKEN=\"IQoJb3JpZ2luX2Vj/+=\"\n"
    );
}

#[test]
fn a_credentials_block_is_named_for_the_profile() {
    assert_eq!(
        export(AwsExport::CredentialsFile, "staging"),
        "[staging]\n\
         aws_access_key_id = ASIAEXAMPLEEXAMPLE12\n\
         aws_secret_access_key = wJalr/K7MDENG+bPxRfiCY\n\
         aws_session_token = IQoJb3JpZ2luX2Vj/+=\n"
    );
    assert!(export(AwsExport::CredentialsFile, "").starts_with("[cognito-login]\n"));
    assert_eq!(section_name("prod]\n[default"), "prod---default");
    assert_eq!(section_name(" eu west "), "eu-west");
}

#[test]
fn credential_process_json_is_the_aws_clis_version_1() {
    let json: serde_json::Value =
        serde_json::from_str(&export(AwsExport::CredentialProcess, "x")).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"Version": 1, "AccessKeyId": "ASIAEXAMPLEEXAMPLE12",
            "SecretAccessKey": "wJalr/K7MDENG+bPxRfiCY", "SessionToken": "IQoJb3JpZ2luX2Vj/+=",
            "Expiration": "2026-12-02T10:00:00Z"})
    );
}

#[test]
fn values_that_could_break_out_of_their_quotes_are_refused() {
    for secret in ["a'b", "a\"b", "$(reboot)", "a`b", "a\\b", "a b", "a\nb", ""] {
        for form in AwsExport::ALL {
            assert_eq!(
                aws_export(&credentials(secret), form, "p"),
                Err(UnsafeValue("secret access key")),
                "{secret:?} as {form:?}"
            );
        }
    }
}
