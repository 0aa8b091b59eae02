//! How `sign-in` and `refresh` print the tokens: Cognito's JSON, one token, or a preset from
//! the token workbench (the same text the window copies).

use std::io::Write;
use std::time::SystemTime;

use crate::signin::{TokenKind, Tokens};
use crate::workbench::Preset;
use crate::workbench::presets::{PresetContext, render};

use super::args::{Output, OutputKind, TokenArg};
use super::exit::{EXIT_NO_TOKEN, EXIT_OK};

impl Output {
    /// What cannot work, found before anything is sent.
    pub fn check(&self) -> Result<(), String> {
        match (self.kind, &self.url) {
            (OutputKind::Curl, None) => Err("--output curl needs --url".to_owned()),
            _ => Ok(()),
        }
    }
}

pub fn print_tokens(
    tokens: &Tokens,
    output: &Output,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let chosen = match output.token {
        TokenArg::Id => TokenKind::Id,
        TokenArg::Access => TokenKind::Access,
    };
    let (preset, kind) = match output.kind {
        OutputKind::Json => {
            let json = tokens.to_authentication_result_json();
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
            return EXIT_OK;
        }
        OutputKind::IdToken => (Preset::Raw, TokenKind::Id),
        OutputKind::AccessToken => (Preset::Raw, TokenKind::Access),
        OutputKind::RefreshToken => (Preset::Raw, TokenKind::Refresh),
        OutputKind::PostmanEnv => (Preset::PostmanEnv, chosen),
        OutputKind::Env => (Preset::Env, chosen),
        OutputKind::Bearer => (Preset::Bearer, chosen),
        OutputKind::Curl => (Preset::Curl, chosen),
    };
    let context = PresetContext {
        url: output.url.clone().unwrap_or_default(),
        name: "Cognito Login".to_owned(),
        now: Some(SystemTime::now()),
        include_refresh: output.include_refresh_token,
    };
    match render(preset, tokens, kind, &context) {
        // `.env` lines end in their own newlines.
        Some(text) if preset == Preset::Env => {
            let _ = write!(out, "{text}");
            EXIT_OK
        }
        Some(text) => {
            let _ = writeln!(out, "{text}");
            EXIT_OK
        }
        None => {
            let _ = writeln!(
                err,
                "error: signed in, but Cognito's answer had no {}",
                kind.label().to_lowercase()
            );
            EXIT_NO_TOKEN
        }
    }
}
