//! A test plays the browser of a managed login: it opens the authorize URL, fills the
//! emulator's login form (MiniStack posts it to `/login`, cognito-local to
//! `/oauth2/authorize`: read from the form's `action`, never assumed) and hands back where the
//! login sends the browser; `deliver` then follows that redirect to the app's listener. Plain HTTP/1.0 over a TcpStream, because the emulators
//! are on loopback and the crate's reqwest has no blocking client.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use cognito_login::cognito::Url;

/// The `Location` the login ends at: the callback URL with `?code=&state=`, or `?error=`
/// when the emulator refused the authorize request itself (a scope, a PKCE method).
pub fn sign_in_in_browser(
    authorize_url: &str,
    username: &str,
    password: &str,
) -> Result<String, String> {
    let url = Url::parse(authorize_url).map_err(|e| format!("{authorize_url}: {e}"))?;
    let page = fetch("GET", &url, None)?;
    if let Some(location) = page.location(&url) {
        return Ok(location);
    }
    if page.status != 200 {
        return Err(format!("authorize answered {}: {}", page.status, page.body));
    }
    let (action, mut fields) = login_form(&page.body)?;
    fields.push(("username".into(), username.into()));
    fields.push(("password".into(), password.into()));
    let target = url
        .join(&action)
        .map_err(|e| format!("form action {action}: {e}"))?;
    let mut body = Url::parse("http://form.invalid/").map_err(|e| e.to_string())?;
    body.query_pairs_mut().extend_pairs(&fields);
    let answer = fetch("POST", &target, Some(body.query().unwrap_or_default()))?;
    answer.location(&target).ok_or_else(|| {
        format!(
            "the login form answered {} without a redirect: {}",
            answer.status, answer.body
        )
    })
}

/// Where a GET of `url` redirects the browser (`/logout` does), or `None` without a redirect.
pub fn redirect_of(url: &str) -> Result<Option<String>, String> {
    let url = Url::parse(url).map_err(|e| format!("{url}: {e}"))?;
    Ok(fetch("GET", &url, None)?.location(&url))
}

struct Page {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Page {
    fn location(&self, base: &Url) -> Option<String> {
        if !(300..400).contains(&self.status) {
            return None;
        }
        let raw = (self.headers.iter())
            .find_map(|(k, v)| k.eq_ignore_ascii_case("location").then_some(v))?;
        Some(
            base.join(raw)
                .map_or_else(|_| raw.clone(), |u| u.to_string()),
        )
    }
}

/// One request, no redirect followed; HTTP/1.0 so that no answer comes chunked.
fn fetch(method: &str, url: &Url, form: Option<&str>) -> Result<Page, String> {
    let host = url.host_str().ok_or("no host")?;
    let port = url.port_or_known_default().ok_or("no port")?;
    let mut stream = TcpStream::connect((host, port)).map_err(|e| format!("{url}: {e}"))?;
    let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
    let path = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_owned(),
    };
    let mut request = format!("{method} {path} HTTP/1.0\r\nHost: {host}:{port}\r\n");
    if let Some(form) = form {
        request.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            form.len()
        ));
    }
    request.push_str("\r\n");
    request.push_str(form.unwrap_or_default());
    stream
        .write_all(request.as_bytes())
        .map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&raw);
    let (head, body) = text.split_once("\r\n\r\n").ok_or("no HTTP head")?;
    let mut lines = head.lines();
    let status = (lines.next().and_then(|l| l.split_whitespace().nth(1)))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("not HTTP: {head}"))?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Ok(Page {
        status,
        headers,
        body: body.to_owned(),
    })
}

/// The first form's `action` and its hidden inputs, as a browser would post them.
fn login_form(html: &str) -> Result<(String, Vec<(String, String)>), String> {
    let start = html
        .find("<form")
        .ok_or_else(|| format!("no form in: {html}"))?;
    let form = &html[start..];
    let end = form.find("</form").unwrap_or(form.len());
    let form = &form[..end];
    let open = &form[..form.find('>').unwrap_or(form.len())];
    let action = attribute(open, "action").ok_or("the form has no action")?;
    let hidden = form
        .split("<input")
        .skip(1)
        .map(|tag| &tag[..tag.find('>').unwrap_or(tag.len())])
        .filter(|tag| attribute(tag, "type").as_deref() == Some("hidden"))
        .filter_map(|tag| {
            Some((
                attribute(tag, "name")?,
                attribute(tag, "value").unwrap_or_default(),
            ))
        })
        .collect();
    Ok((action, hidden))
}

/// A double-quoted attribute of a tag, with HTML's escapes undone.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let marker = format!(" {name}=\"");
    let from = tag.find(&marker)? + marker.len();
    let value = &tag[from..from + tag[from..].find('"')?];
    Some(
        value
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// The browser following the login's redirect to the app's listener; the page it got.
pub fn deliver(location: &str) -> (u16, String) {
    let url = Url::parse(location).unwrap();
    let port = url.port().unwrap();
    let mut stream = TcpStream::connect(("localhost", port)).unwrap();
    let target = &location[location.find(url.path()).unwrap()..];
    write!(
        stream,
        "GET {target} HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut page = String::new();
    stream.read_to_string(&mut page).unwrap();
    let status = page
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, page)
}
