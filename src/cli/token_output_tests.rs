#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::SystemTime;

use secrecy::SecretString;

use super::*;
use crate::cli::output_kinds::TokenArg;

fn args(output: Option<OutputKind>) -> TokenArgs {
    TokenArgs {
        profile: None,
        token: TokenArg::Id,
        min_valid: 300,
        output,
        url: None,
        clear: false,
        timeout: 30,
    }
}

fn printed(tokens: &Tokens, output: Option<OutputKind>) -> (Exit, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let exit = print(tokens, TokenKind::Id, &args(output), &mut out, &mut err);
    (exit, String::from_utf8(out).unwrap())
}

#[test]
fn json_names_when_the_tokens_expire_and_a_date_past_9999_is_left_out_not_a_crash() {
    let mut tokens = Tokens {
        id: Some(SecretString::from("eyJ.id.token")),
        expires_in: Some(3600),
        ..Tokens::empty(SystemTime::UNIX_EPOCH)
    };
    let (exit, out) = printed(&tokens, Some(OutputKind::Json));
    assert_eq!(exit, Exit::Ok);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["expires_at"], "1970-01-01T01:00:00Z");

    // A server (or a cache file) may claim any ExpiresIn.
    tokens.expires_in = Some(9_000_000_000_000_000_000);
    let (exit, out) = printed(&tokens, Some(OutputKind::Json));
    assert_eq!(exit, Exit::Ok);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(json.get("expires_at").is_none(), "{json}");
    assert_eq!(json["IdToken"], "eyJ.id.token");
}

#[test]
fn bare_prints_the_token_alone_and_never_the_refresh_token() {
    let tokens = Tokens {
        id: Some(SecretString::from("eyJ.id.token")),
        refresh: Some(crate::cognito::RefreshToken::from(
            "refresh-secret".to_owned(),
        )),
        ..Tokens::empty(SystemTime::UNIX_EPOCH)
    };
    assert_eq!(
        printed(&tokens, None),
        (Exit::Ok, "eyJ.id.token\n".to_owned())
    );
    let (_, json) = printed(&tokens, Some(OutputKind::Json));
    assert!(!json.contains("refresh-secret"), "{json}");
}
