//! What can go wrong on the wire, kept apart: Cognito's own error answers, transport failures,
//! and answers that are not Cognito's at all (a proxy page, a wrong endpoint).

use std::fmt;

/// An error answer from Cognito: its code (the cleaned `__type`) and message, verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceError {
    pub code: String,
    pub message: String,
    pub status: u16,
    pub request_id: Option<String>,
}

/// How a request failed before any answer arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkErrorKind {
    Refused,
    Dns,
    Tls,
    Timeout,
    /// The proxy refused the tunnel or could not be reached.
    Proxy,
    Other,
}

impl NetworkErrorKind {
    pub fn describe(self) -> &'static str {
        match self {
            Self::Refused => "connection refused",
            Self::Dns => "host name not found (DNS)",
            Self::Tls => "secure connection (TLS) failed",
            Self::Timeout => "timed out",
            Self::Proxy => "the proxy refused or failed",
            Self::Other => "connection failed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CognitoError {
    Service(ServiceError),
    Network {
        kind: NetworkErrorKind,
        detail: String,
    },
    /// The server answered, but not in Cognito's shape (HTML, XML, an empty body, …).
    UnexpectedResponse {
        status: u16,
        detail: String,
    },
}

impl fmt::Display for CognitoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Service(e) => write!(f, "{}: {}", e.code, e.message),
            Self::Network { kind, detail } => write!(f, "{}: {detail}", kind.describe()),
            Self::UnexpectedResponse { status, detail } => {
                write!(f, "unexpected answer (HTTP {status}): {detail}")
            }
        }
    }
}

impl std::error::Error for CognitoError {}

/// Cleans an AWS error type name: drop anything from the first `:` (the header form ends in
/// `:`), then anything up to the first `#` (a namespace). As smithy's `sanitize_error_code`.
pub fn clean_error_code(raw: &str) -> &str {
    let before_colon = raw.split(':').next().unwrap_or(raw);
    let name = before_colon
        .split_once('#')
        .map_or(before_colon, |(_, name)| name);
    name.trim()
}

/// Decodes an error answer (any status ≥ 300). The code comes from the body's `__type`, then
/// its `code`, then the `x-amzn-ErrorType` header; the message from `message` or `Message`.
pub fn decode_error(
    status: u16,
    error_type_header: Option<&str>,
    error_message_header: Option<&str>,
    request_id: Option<String>,
    body: &[u8],
) -> CognitoError {
    let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
    let field = |name: &str| string_field(json.as_ref(), name);
    let code = field("__type")
        .or_else(|| field("code"))
        .or_else(|| error_type_header.map(str::to_owned))
        .map(|raw| plain_code(clean_error_code(&raw)))
        .filter(|c| !c.is_empty());
    let Some(code) = code else {
        return CognitoError::UnexpectedResponse {
            status,
            detail: body_excerpt(body),
        };
    };
    let message = field("message")
        .or_else(|| field("Message"))
        .or_else(|| error_message_header.map(str::to_owned))
        .unwrap_or_default();
    CognitoError::Service(ServiceError {
        code,
        message: plain_line(&message),
        status,
        request_id,
    })
}

/// A string member of a JSON object.
pub(super) fn string_field(json: Option<&serde_json::Value>, name: &str) -> Option<String> {
    json.and_then(|j| j.get(name))
        .and_then(|v| v.as_str())
        .map(str::to_owned)
}

/// Codes are words like NotAuthorizedException or invalid_grant: anything else in one is
/// dropped, so the first line of an error stays one plain line.
pub(super) fn plain_code(raw: &str) -> String {
    (raw.chars())
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        .collect()
}

/// The server's words go to a terminal and a log as they are: no control character (an
/// escape sequence could rewrite the screen) survives.
pub(super) fn plain_line(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Reads any answer: an error for status ≥ 300, else the expected JSON. A 2xx body that is
/// not that JSON (moto answers a request without X-Amz-Target with S3's XML) is an
/// unexpected answer, never a panic.
pub fn decode_response<T: serde::de::DeserializeOwned>(
    status: u16,
    error_type_header: Option<&str>,
    error_message_header: Option<&str>,
    request_id: Option<String>,
    body: &[u8],
) -> Result<T, CognitoError> {
    if status >= 300 {
        return Err(decode_error(
            status,
            error_type_header,
            error_message_header,
            request_id,
            body,
        ));
    }
    serde_json::from_slice(body).map_err(|_| CognitoError::UnexpectedResponse {
        status,
        detail: body_excerpt(body),
    })
}

/// The start of a body that is not Cognito's, for the developer: enough to recognise a proxy's
/// page or a wrong endpoint, never a whole page. An HTML page is named by its title (or its
/// first words) rather than quoted as markup; control characters and runs of whitespace
/// become single spaces, so nothing in the body can rearrange a terminal or a log line.
pub fn body_excerpt(body: &[u8]) -> String {
    const LIMIT: usize = 200;
    let text = String::from_utf8_lossy(body);
    let (prefix, text) = match html_words(&text) {
        Some((Some(title), _)) => ("an HTML page titled: ", title),
        Some((None, words)) => ("an HTML page: ", words),
        None => ("", text.into_owned()),
    };
    let text = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if text.is_empty() {
        return if prefix.is_empty() {
            "empty body".to_owned()
        } else {
            "an HTML page with no text".to_owned()
        };
    }
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{prefix}{}…", &text[..cut]),
        None => format!("{prefix}{text}"),
    }
}

/// For a body that looks like HTML: its `<title>` if it has one, and its text without tags,
/// scripts or styles. None for anything else.
fn html_words(text: &str) -> Option<(Option<String>, String)> {
    let start = text.trim_start().get(..15)?.to_ascii_lowercase();
    if !(start.starts_with("<!doctype html") || start.starts_with("<html")) {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    let title = lower.find("<title").and_then(|open| {
        let from = open + lower[open..].find('>')? + 1;
        let to = from + lower[from..].find("</title")?;
        Some(text[from..to].trim().to_owned()).filter(|t| !t.is_empty())
    });
    let mut words = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        words.push_str(&rest[..open]);
        words.push(' ');
        let tag = rest[open..].to_ascii_lowercase();
        // Skip the contents of script and style elements, not only their tags.
        let skip_to = ["script", "style"]
            .iter()
            .find(|name| tag.starts_with(&format!("<{name}")))
            .and_then(|name| tag.find(&format!("</{name}")));
        let after = skip_to.unwrap_or(0);
        match rest[open + after..].find('>') {
            Some(close) => rest = &rest[open + after + close + 1..],
            None => {
                rest = "";
                break;
            }
        }
    }
    words.push_str(rest);
    Some((title, words))
}

/// Names a transport failure. reqwest wraps the real cause several layers deep (hyper, io,
/// rustls), and `io::Error::source` skips its own payload, so both are walked.
pub fn classify_transport(err: &reqwest::Error) -> CognitoError {
    let mut kind = if err.is_timeout() {
        NetworkErrorKind::Timeout
    } else {
        NetworkErrorKind::Other
    };
    let mut texts = Vec::new();
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = current {
        texts.push(e.to_string());
        let payload = e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| {
                match io.kind() {
                    std::io::ErrorKind::ConnectionRefused => kind = NetworkErrorKind::Refused,
                    std::io::ErrorKind::TimedOut => kind = NetworkErrorKind::Timeout,
                    _ => {}
                }
                io.get_ref()
            })
            .map(|inner| inner as &(dyn std::error::Error + 'static));
        for candidate in [Some(e), payload].into_iter().flatten() {
            if candidate.downcast_ref::<rustls::Error>().is_some() {
                kind = NetworkErrorKind::Tls;
            }
        }
        current = payload.or_else(|| e.source());
    }
    let all = texts.join(": ").to_lowercase();
    if kind == NetworkErrorKind::Other || kind == NetworkErrorKind::Refused {
        // hyper-util names a refused CONNECT "tunnel error"; reqwest names its proxy setup.
        if all.contains("tunnel error") || all.contains("proxy") {
            kind = NetworkErrorKind::Proxy;
        }
    }
    if kind == NetworkErrorKind::Other {
        if all.contains("dns error") || all.contains("failed to lookup address") {
            kind = NetworkErrorKind::Dns;
        } else if all.contains("certificate") || all.contains("tls") {
            kind = NetworkErrorKind::Tls;
        }
    }
    CognitoError::Network {
        kind,
        detail: texts.last().cloned().unwrap_or_default(),
    }
}

#[cfg(test)]
#[path = "error_tests.rs"]
mod tests;
