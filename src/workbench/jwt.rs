//! A JWT read without trusting it: its header and claims, and the claims people look for.
//! Checking the signature is verify.rs's job.

use std::time::{Duration, SystemTime};

use base64::Engine as _;
use serde_json::{Map, Value};

use crate::messages::Message;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JwtError {
    NotThreeParts,
    BadBase64(&'static str),
    NotJsonObject(&'static str),
}

impl std::fmt::Display for JwtError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotThreeParts => write!(f, "a JWT has three parts separated by dots"),
            Self::BadBase64(part) => write!(f, "the {part} is not base64url"),
            Self::NotJsonObject(part) => write!(f, "the {part} is not a JSON object"),
        }
    }
}

impl std::error::Error for JwtError {}

#[derive(Debug, Clone, PartialEq)]
pub struct Jwt {
    pub header: Map<String, Value>,
    pub claims: Map<String, Value>,
}

/// The claims worth seeing first, in this order (cognito-protocol.md §6).
pub const PICKED: [&str; 11] = [
    "sub",
    "cognito:username",
    "username",
    "email",
    "cognito:groups",
    "scope",
    "client_id",
    "aud",
    "token_use",
    "iss",
    "origin_jti",
];

/// Claims holding times (seconds since 1970), shown in local time.
pub const TIMES: [&str; 3] = ["iat", "auth_time", "exp"];

impl Jwt {
    pub fn parse(token: &str) -> Result<Self, JwtError> {
        let parts: Vec<&str> = token.trim().split('.').collect();
        let [header, claims, _signature] = parts.as_slice() else {
            return Err(JwtError::NotThreeParts);
        };
        Ok(Self {
            header: object(header, "header")?,
            claims: object(claims, "payload")?,
        })
    }

    pub fn str_claim(&self, name: &str) -> Option<&str> {
        self.claims.get(name).and_then(Value::as_str)
    }

    /// A time claim, when it is a number of seconds this computer can hold as a time (a
    /// token may say anything: 1e300, -5, 9,000,000,000,000,000).
    pub fn time_claim(&self, name: &str) -> Option<SystemTime> {
        let secs = self.claims.get(name)?.as_f64()?;
        let after_epoch = Duration::try_from_secs_f64(secs).ok()?;
        SystemTime::UNIX_EPOCH.checked_add(after_epoch)
    }

    /// The picked claims that are present, as text (lists joined with ", ").
    pub fn picked(&self) -> Vec<(&'static str, String)> {
        PICKED
            .iter()
            .filter_map(|name| Some((*name, text(self.claims.get(*name)?))))
            .collect()
    }

    pub fn pretty_header(&self) -> String {
        serde_json::to_string_pretty(&self.header).unwrap_or_default()
    }

    pub fn pretty_claims(&self) -> String {
        serde_json::to_string_pretty(&self.claims).unwrap_or_default()
    }
}

/// A JWT's claims alone, read without checking anything (the header is not needed): only for
/// choosing what to send next, never for trusting anything.
pub fn unverified_claims(token: &str) -> Option<Map<String, Value>> {
    object(token.trim().split('.').nth(1)?, "payload").ok()
}

fn object(part: &str, name: &'static str) -> Result<Map<String, Value>, JwtError> {
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(part.trim_end_matches('='))
        .map_err(|_| JwtError::BadBase64(name))?;
    match serde_json::from_slice(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(JwtError::NotJsonObject(name)),
    }
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// 9999-12-31 23:59:59 UTC, the last moment written as a date: chrono cannot hold the times a
/// server or token may name (`ExpiresIn` of 9e15 s), and none of them is a real expiry.
const LAST_DATE_SECS: u64 = 253_402_300_799;

fn within_dates(at: SystemTime) -> bool {
    at.duration_since(SystemTime::UNIX_EPOCH)
        .is_ok_and(|since| since.as_secs() <= LAST_DATE_SECS)
}

/// `at` in local time, as `format` (chrono's), or "far future" past the year 9999.
pub fn local_date(at: SystemTime, format: &str) -> String {
    if !within_dates(at) {
        return "far future".to_owned();
    }
    let local: chrono::DateTime<chrono::Local> = at.into();
    local.format(format).to_string()
}

/// `at` as RFC 3339 UTC (`2026-12-01T05:00:00Z`), or None past the year 9999.
pub fn utc_rfc3339(at: SystemTime, seconds: chrono::SecondsFormat) -> Option<String> {
    within_dates(at)
        .then(|| chrono::DateTime::<chrono::Utc>::from(at).to_rfc3339_opts(seconds, true))
}

/// "expires in 59:12", "expires in 2 h 05 min", or "expired 3 min ago" (English).
pub fn expiry_words(exp: SystemTime, now: SystemTime) -> String {
    expiry_message(exp, now).english()
}

/// The countdown to `exp`, to the second: "expires in 59:12", "expires in 2 h 05 min",
/// "expired 3 min ago", or "far future" past the year 9999.
pub fn expiry_message(exp: SystemTime, now: SystemTime) -> Message {
    if !within_dates(exp) {
        return Message::new("token-far-future");
    }
    match exp.duration_since(now) {
        Ok(left) => {
            let secs = left.as_secs();
            if secs >= 3600 {
                Message::new("token-expires-in-hours")
                    .with("hours", whole(secs / 3600))
                    .with("minutes", format!("{:02}", secs % 3600 / 60))
            } else {
                let clock = format!("{}:{:02}", secs / 60, secs % 60);
                Message::new("token-expires-in-clock").with("clock", clock)
            }
        }
        Err(past) => {
            let secs = past.duration().as_secs();
            if secs < 120 {
                Message::new("token-expired-seconds-ago").with("seconds", whole(secs))
            } else {
                Message::new("token-expired-minutes-ago").with("minutes", whole(secs / 60))
            }
        }
    }
}

/// The time left until `exp` to the minute, for a line that is not redrawn every second:
/// "23 h 59 min", "12 minutes", "less than a minute" (English); `None` once it has passed or
/// past the year 9999 (`local_date` says "far future" there).
pub fn minutes_left(exp: SystemTime, now: SystemTime) -> Option<String> {
    time_left(exp, now).map(|left| left.english())
}

/// [`minutes_left`] as a message, for the language on screen.
pub fn time_left(exp: SystemTime, now: SystemTime) -> Option<Message> {
    if !within_dates(exp) {
        return None;
    }
    let minutes = exp.duration_since(now).ok()?.as_secs() / 60;
    Some(match minutes {
        0 => Message::new("token-left-under-a-minute"),
        1..60 => Message::new("token-left-minutes").with("minutes", whole(minutes)),
        _ => Message::new("token-left-hours")
            .with("hours", whole(minutes / 60))
            .with("minutes", format!("{:02}", minutes % 60)),
    })
}

/// Whether `at` is past the year 9999, where `local_date` says "far future".
pub fn far_future(at: SystemTime) -> bool {
    !within_dates(at)
}

/// A count for a message (the catalogue picks the plural form); no count here nears i64's end.
fn whole(count: u64) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

#[cfg(test)]
#[path = "jwt_tests.rs"]
mod tests;
