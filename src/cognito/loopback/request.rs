//! One request the browser sends to the callback port: what it means and the page it gets.

use reqwest::Url;
use zeroize::Zeroize;

use super::RedirectError;
use crate::cognito::AuthorizationCode;

/// Cap on the untrusted `error` and `error_description` texts shown to the person.
const MAX_ERROR_TEXT: usize = 200;

/// What the browser must come back with.
pub(super) struct Expected {
    pub(super) path: String,
    pub(super) state: String,
}

/// The page for a request head, and the end of the wait if it is the callback.
pub(super) fn judge(
    head: &str,
    expect: &Expected,
) -> (Page, Option<Result<AuthorizationCode, RedirectError>>) {
    let line = head.lines().next().unwrap_or_default();
    let mut words = line.split(' ');
    let (Some("GET"), Some(target), Some(version), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return (Page::BadRequest, None);
    };
    if !target.starts_with('/') || !version.starts_with("HTTP/1.") {
        return (Page::BadRequest, None);
    }
    let Ok(url) = Url::parse(&format!("http://localhost{target}")) else {
        return (Page::BadRequest, None);
    };
    if url.path() != expect.path {
        return (Page::NotFound, None);
    }
    let found = Callback::from_query(&url);
    String::from(url).zeroize();
    let outcome = found.outcome(&expect.state);
    let page = match &outcome {
        Ok(_) => Page::SignedIn,
        Err(RedirectError::Denied { .. }) => Page::Denied,
        Err(_) => Page::StartAgain,
    };
    (page, Some(outcome))
}

/// The parameters the callback brings (the first of each, as RFC 6749 allows only one).
#[derive(Default)]
struct Callback {
    code: Option<AuthorizationCode>,
    state: Option<String>,
    error: Option<String>,
    description: Option<String>,
}

impl Callback {
    fn from_query(url: &Url) -> Self {
        let mut found = Self::default();
        for (name, value) in url.query_pairs() {
            match name.as_ref() {
                "code" if found.code.is_none() => {
                    found.code = Some(AuthorizationCode::new(value.into_owned()));
                }
                "state" if found.state.is_none() => found.state = Some(value.into_owned()),
                "error" if found.error.is_none() => found.error = Some(cleaned(&value)),
                "error_description" if found.description.is_none() => {
                    found.description = Some(cleaned(&value));
                }
                _ => {}
            }
        }
        found
    }

    /// A state that does not match comes first: whatever else such a request says is not ours.
    fn outcome(self, expected_state: &str) -> Result<AuthorizationCode, RedirectError> {
        match (self.state, self.error) {
            (Some(state), _) if state != expected_state => Err(RedirectError::WrongState),
            (_, Some(error)) => Err(RedirectError::Denied {
                error,
                description: self.description.unwrap_or_default(),
            }),
            (None, None) => Err(RedirectError::WrongState),
            (Some(_), None) => self.code.ok_or(RedirectError::MissingCode),
        }
    }
}

/// Untrusted text for a message: no control characters, at most 200 characters.
fn cleaned(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .take(MAX_ERROR_TEXT)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The pages the browser may see. They echo nothing from the request, so nothing needs escaping.
#[derive(Clone, Copy, Debug)]
pub(super) enum Page {
    SignedIn,
    Denied,
    StartAgain,
    NotFound,
    BadRequest,
}

impl Page {
    pub(super) fn response(self) -> String {
        let (status, title, text) = match self {
            Self::SignedIn => (
                "200 OK",
                "Signed in",
                "You can close this tab and go back to Cognito Login.",
            ),
            Self::Denied => (
                "200 OK",
                "Sign-in did not finish",
                "Cognito sent the browser back with an error. Go back to Cognito Login to read it, and start again from there.",
            ),
            Self::StartAgain => (
                "400 Bad Request",
                "Sign-in did not finish",
                "This answer does not belong to the sign-in Cognito Login is waiting for. Go back to Cognito Login and start again.",
            ),
            Self::NotFound => (
                "404 Not Found",
                "Not found",
                "Cognito Login waits for the sign-in at another address.",
            ),
            Self::BadRequest => (
                "400 Bad Request",
                "Bad request",
                "Cognito Login answers only the browser coming back from sign-in.",
            ),
        };
        let body = format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} - Cognito Login</title>\
             <style>body{{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em}}</style></head>\
             <body><h1>{title}</h1><p>{text}</p></body></html>\n"
        );
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
             Connection: close\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n\
             X-Content-Type-Options: nosniff\r\n\
             Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n\r\n{body}",
            body.len()
        )
    }
}

#[cfg(test)]
#[path = "request_tests.rs"]
mod tests;
