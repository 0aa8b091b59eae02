//! How `sign-in` and `refresh` print the tokens: Cognito's JSON, one token, or a preset from
//! the token workbench (the same text the window copies).

use std::io::Write;
use std::time::SystemTime;

use crate::signin::{TokenKind, Tokens};
use crate::workbench::Preset;
use crate::workbench::presets::{PresetContext, render};

use super::args::{Output, OutputKind, OutputProblem, TokenArg};
use super::exit::Exit;
use super::report;

impl Output {
    /// What cannot work, found before anything is read or sent.
    pub fn check(&self) -> Result<(), OutputProblem> {
        match (self.kind, self.url.as_deref().map(str::trim)) {
            (OutputKind::Curl, None | Some("")) => Err(OutputProblem {
                problem: "--output curl needs --url",
                fix: "add --url URL with the address of the API the curl command should call, or use --output bearer for the Authorization header's value alone",
            }),
            _ => Ok(()),
        }
    }
}

pub fn print_tokens(
    tokens: &Tokens,
    output: &Output,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit {
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
            return Exit::Ok;
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
            Exit::Ok
        }
        Some(text) => {
            let _ = writeln!(out, "{text}");
            Exit::Ok
        }
        None => {
            report::error(
                err,
                format_args!(
                    "signed in, but Cognito's answer had no {}",
                    kind.label().to_lowercase()
                ),
            );
            Exit::NoToken
        }
    }
}
