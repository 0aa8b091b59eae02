//! Answers to challenges from the command line: `--mfa-code` and `$COGNITO_NEW_PASSWORD` for
//! scripts, a prompt on the terminal for people, and nothing (exit code 5) otherwise.

use std::io::{BufRead, IsTerminal, Write};

use secrecy::{ExposeSecret, SecretString};

use crate::cognito::{ChallengeChoice, Password};
use crate::signin::{Answer, Challenge, ChallengeKind, CodeChallenge, TotpSetup};

pub const NEW_PASSWORD_ENV: &str = "COGNITO_NEW_PASSWORD";

pub struct Answers {
    /// Used once: a wrong code is reported, not sent again.
    mfa_code: Option<SecretString>,
    new_password: Option<Password>,
    interactive: bool,
}

impl Answers {
    pub fn new(mfa_code: Option<&str>, interactive: bool) -> Result<Self, String> {
        let new_password = match std::env::var_os(NEW_PASSWORD_ENV) {
            None => None,
            Some(value) => Some(
                value
                    .into_string()
                    .map(Password::from)
                    .map_err(|_| format!("${NEW_PASSWORD_ENV} is not valid UTF-8"))?,
            ),
        };
        Ok(Self {
            mfa_code: mfa_code.map(SecretString::from),
            new_password,
            interactive,
        })
    }

    /// Whether a person at a terminal can be asked (stdin and stderr are both terminals).
    pub fn terminal() -> bool {
        std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// The answer to `challenge`, or `None` when there is none to give.
    pub fn answer(&mut self, challenge: &Challenge, err: &mut dyn Write) -> Option<Answer> {
        if let Some(problem) = &challenge.problem {
            if !self.interactive {
                return None;
            }
            let _ = writeln!(err, "{}", problem.explanation.summary.english());
        }
        match &challenge.kind {
            ChallengeKind::Code(code) => self.code(code, err),
            ChallengeKind::MfaSetup {
                totp: Some(setup), ..
            } => self.totp_setup(setup, err),
            ChallengeKind::NewPassword { required, .. } => self.new_password(required, err),
            ChallengeKind::SelectMfa { choices } => {
                // A script with a code most likely holds an authenticator app's code.
                if self.mfa_code.is_some() && choices.contains(&ChallengeChoice::SoftwareTokenMfa) {
                    return Some(Answer::Choose(ChallengeChoice::SoftwareTokenMfa));
                }
                self.choose(choices, err).map(Answer::Choose)
            }
            ChallengeKind::SelectChallenge { choices } => {
                self.choose(choices, err).map(Answer::Choose)
            }
            ChallengeKind::Custom => {
                for (key, value) in &challenge.parameters {
                    let _ = writeln!(err, "  {key}: {value}");
                }
                self.ask("Answer: ", err).map(|a| Answer::Custom(a.into()))
            }
            ChallengeKind::MfaSetup { totp: None, .. }
            | ChallengeKind::Unsupported { .. }
            | ChallengeKind::Other => None,
        }
    }

    /// A code sent by SMS or e-mail, or shown by the authenticator app.
    fn code(&mut self, code: &CodeChallenge, err: &mut dyn Write) -> Option<Answer> {
        if let Some(given) = self.mfa_code.take() {
            return Some(Answer::Code(given));
        }
        let whence = match &code.destination {
            Some(to) => format!("Code from the {} (sent to {to}): ", code.source.label()),
            None => format!("Code from the {}: ", code.source.label()),
        };
        self.ask(&whence, err).map(|c| Answer::Code(c.into()))
    }

    /// Setting up an authenticator app: the key shown, then its first code.
    fn totp_setup(&mut self, setup: &TotpSetup, err: &mut dyn Write) -> Option<Answer> {
        // Without a person at a terminal the key would land in a script's log.
        if !self.interactive {
            return None;
        }
        let _ = writeln!(
            err,
            "Set up an authenticator app: add this key by hand, or open the URI.\n  key: {}\n  uri: {}",
            setup.secret.expose_secret(),
            setup.uri.expose_secret()
        );
        if let Some(given) = self.mfa_code.take() {
            return Some(Answer::Code(given));
        }
        self.ask("Code from the authenticator app: ", err)
            .map(|c| Answer::Code(c.into()))
    }

    /// NEW_PASSWORD_REQUIRED: $COGNITO_NEW_PASSWORD or a prompt typed twice, and the
    /// attributes the pool requires.
    fn new_password(&mut self, required: &[String], err: &mut dyn Write) -> Option<Answer> {
        let password = match self.new_password.take() {
            Some(p) => p,
            None if self.interactive => {
                let p = rpassword::prompt_password("New password: ").ok()?;
                let again = rpassword::prompt_password("New password again: ").ok()?;
                if p != again {
                    let _ = writeln!(err, "The two passwords differ.");
                    return None;
                }
                Password::from(p)
            }
            None => return None,
        };
        let mut attributes = Vec::new();
        for name in required {
            let value = self.ask(&format!("{name}: "), err)?;
            attributes.push((name.clone(), value));
        }
        Some(Answer::NewPassword {
            password,
            attributes,
        })
    }

    fn ask(&self, prompt: &str, err: &mut dyn Write) -> Option<String> {
        if !self.interactive {
            return None;
        }
        let _ = write!(err, "{prompt}");
        let _ = err.flush();
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).ok()?;
        let line = line.trim().to_owned();
        (!line.is_empty()).then_some(line)
    }

    fn choose(&self, choices: &[ChallengeChoice], err: &mut dyn Write) -> Option<ChallengeChoice> {
        if !self.interactive || choices.is_empty() {
            return None;
        }
        for (i, choice) in choices.iter().enumerate() {
            let _ = writeln!(err, "  {}. {choice}", i + 1);
        }
        let picked = self.ask("Choose a number: ", err)?;
        let index: usize = picked.parse().ok()?;
        choices.get(index.checked_sub(1)?).cloned()
    }
}
