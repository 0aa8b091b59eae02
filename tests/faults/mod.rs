//! A misbehaving server on a free loopback port, one kind of misbehaviour per server: what a
//! sign-in meets on hotel Wi-Fi, behind a proxy or at a wrong endpoint. Plain threads and raw
//! HTTP/1.1, so nothing in the HTTP stack under test smooths the fault over.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

#[derive(Clone, Copy, Debug)]
pub enum Fault {
    /// Nothing listens on the port.
    Refuse,
    /// Accepts the connection, reads the request and never answers.
    Silent,
    /// Answers a byte a second: a transfer that never finishes in time.
    Trickle,
    /// This status, with a short plain-text body (not Cognito's JSON).
    Status(u16),
    /// An HTML page with this status (a captive portal, a proxy's block page).
    Html(u16),
    /// 200 with JSON cut off in the middle.
    TruncatedJson,
    /// 200 with valid JSON that has neither tokens nor a challenge.
    WrongShape,
    /// 200 announcing (and sending) a 20 MB body.
    Huge,
    /// 200 with a 20 MB body sent in chunks, no length announced.
    HugeChunked,
    /// Announces 1,000 bytes, sends 100, and closes the connection.
    CloseMidBody,
    /// Cognito's throttling answer (HTTP 400, TooManyRequestsException).
    Throttle,
    /// A wrong password (HTTP 400, NotAuthorizedException).
    NotAuthorized,
    /// 503 to the first `n` requests, then tokens.
    Flaky(usize),
    /// Signs in with `MARKED_TOKENS` (ID, access, refresh), and answers anything else `{}`.
    Marked,
    /// HTTPS with a certificate for 127.0.0.1 from a test CA (tests/data/test-ca.pem) that no
    /// trust store knows: what a TLS-inspecting proxy whose CA is not installed looks like.
    /// Trusting the CA makes it sign in with MARKED_TOKENS.
    UntrustedTls,
    /// 307 Temporary Redirect (which keeps the method and body) to 127.0.0.1 on this port.
    Redirect(u16),
    /// Tokens whose numbers are out of any range: ExpiresIn 9e15 s, exp 1e300, iat -5.
    FarFuture,
}

/// An unsigned JWT with these claims (the app decodes tokens it is given; signatures are
/// checked separately).
pub fn unsigned_jwt(claims: &str) -> String {
    use base64::Engine as _;
    let encode = |text: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text);
    format!(
        "{}.{}.c2ln",
        encode(r#"{"alg":"RS256","kid":"k"}"#),
        encode(claims)
    )
}

/// Values no log, file or panic message may ever contain (tests/secrets_leak.rs).
/// Shaped as Cognito shapes tokens (three base64url segments; the refresh token opaque), or
/// the app would refuse them before they could leak anywhere.
pub const MARKED_TOKENS: [&str; 3] = [
    "MARKER-ID-TOKEN-7f3a.e30.c2ln",
    "MARKER-ACCESS-TOKEN-91c2.e30.c2ln",
    "MARKER-REFRESH-TOKEN-5e8d",
];

/// The tokens a Flaky server answers with in the end.
pub const FLAKY_ID_TOKEN: &str = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJmbGFreSJ9.";

/// Starts a server showing `fault` to every connection; returns its http:// address. The
/// server lives until the test process ends.
pub fn start(fault: Fault) -> String {
    start_counted(fault).0
}

/// An address that refuses every connection: a socket bound but never listening. Holding the
/// port (for the life of the test process, like the servers) is the point: a listener bound and
/// dropped frees its port, and the next test to start a server can be handed it, so "refused"
/// got answered by another test's HTTP 500 (seen in CI, 2026-12-02).
fn refusing_endpoint() -> String {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None).expect("socket");
    let loopback = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    socket.bind(&loopback.into()).expect("bind");
    let address = socket.local_addr().expect("addr");
    let address = address.as_socket().expect("an IP address");
    Box::leak(Box::new(socket));
    format!("http://{address}")
}

/// Like `start`, with a count of the requests the server has received.
pub fn start_counted(fault: Fault) -> (String, Arc<AtomicUsize>) {
    let count = Arc::new(AtomicUsize::new(0));
    if matches!(fault, Fault::Refuse) {
        return (refusing_endpoint(), count);
    }
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let endpoint = format!("http://{}", listener.local_addr().expect("addr"));
    if matches!(fault, Fault::UntrustedTls) {
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                thread::spawn(move || serve_untrusted_tls(stream));
            }
        });
        return (endpoint.replace("http://", "https://"), count);
    }
    let counter = Arc::clone(&count);
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let counter = Arc::clone(&counter);
            thread::spawn(move || serve(stream, fault, &counter));
        }
    });
    (endpoint, count)
}

fn serve(mut stream: TcpStream, fault: Fault, count: &AtomicUsize) {
    let target = read_target(&mut stream);
    let number = count.fetch_add(1, Ordering::SeqCst) + 1;
    let _ = match fault {
        Fault::Refuse | Fault::UntrustedTls => Ok(()),
        Fault::Silent => {
            // Holds the connection open, saying nothing, for longer than any test waits.
            thread::sleep(Duration::from_secs(120));
            Ok(())
        }
        Fault::Flaky(failures) if number <= failures => {
            stream.write_all(answer(503, "text/plain", "try again").as_bytes())
        }
        Fault::Flaky(_) => stream.write_all(
            answer(
                200,
                "application/x-amz-json-1.1",
                &tokens_json(FLAKY_ID_TOKEN, FLAKY_ID_TOKEN, None),
            )
            .as_bytes(),
        ),
        Fault::Marked => {
            let [id, access, refresh] = MARKED_TOKENS;
            let body = if target.ends_with("InitiateAuth")
                || target.ends_with("RespondToAuthChallenge")
            {
                tokens_json(id, access, Some(refresh))
            } else {
                "{}".to_owned()
            };
            stream.write_all(answer(200, "application/x-amz-json-1.1", &body).as_bytes())
        }
        Fault::NotAuthorized => stream.write_all(
            answer(
                400,
                "application/x-amz-json-1.1",
                "{\"__type\":\"NotAuthorizedException\",\"message\":\"Incorrect username or password.\"}",
            )
            .as_bytes(),
        ),
        Fault::Trickle => {
            let answer = answer(200, "application/x-amz-json-1.1", "{\"AuthenticationResult\":{}}");
            for byte in answer.as_bytes() {
                if stream.write_all(&[*byte]).is_err() {
                    break;
                }
                thread::sleep(Duration::from_secs(1));
            }
            Ok(())
        }
        Fault::Status(code) => stream.write_all(answer(code, "text/plain", "upstream trouble").as_bytes()),
        Fault::Html(code) => stream.write_all(
            answer(
                code,
                "text/html",
                "<!DOCTYPE html><html><head><title>Sign in to the Wi-Fi</title></head><body><p>Accept the terms to continue.</p><script>var x = 1;</script></body></html>",
            )
            .as_bytes(),
        ),
        Fault::TruncatedJson => stream.write_all(
            answer(200, "application/x-amz-json-1.1", "{\"AuthenticationResult\":{\"IdToken\":\"eyJhbGciOi").as_bytes(),
        ),
        Fault::WrongShape => stream.write_all(
            answer(200, "application/x-amz-json-1.1", "{\"Greeting\":\"hello\",\"Items\":[1,2,3]}").as_bytes(),
        ),
        Fault::Huge => {
            let size = 20 * 1024 * 1024;
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n"
            );
            stream.write_all(head.as_bytes()).and_then(|()| write_filler(&mut stream, size))
        }
        Fault::HugeChunked => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
            let chunk = vec![b'a'; 64 * 1024];
            let mut result = stream.write_all(head.as_bytes());
            for _ in 0..320 {
                if result.is_err() {
                    break;
                }
                result = write!(stream, "{:x}\r\n", chunk.len())
                    .and_then(|()| stream.write_all(&chunk))
                    .and_then(|()| stream.write_all(b"\r\n"));
            }
            result.and_then(|()| stream.write_all(b"0\r\n\r\n"))
        }
        Fault::CloseMidBody => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n";
            stream
                .write_all(head.as_bytes())
                .and_then(|()| stream.write_all(&[b' '; 100]))
        }
        Fault::FarFuture => {
            let id = unsigned_jwt(r#"{"token_use":"id","exp":1e300,"iat":-5,"auth_time":9000000000000000}"#);
            let access = unsigned_jwt(r#"{"token_use":"access","exp":9000000000000000}"#);
            let body = tokens_json(&id, &access, Some("refresh"))
                .replace("\"ExpiresIn\":3600", "\"ExpiresIn\":9000000000000000");
            stream.write_all(answer(200, "application/x-amz-json-1.1", &body).as_bytes())
        }
        Fault::Redirect(port) => stream.write_all(
            format!(
                "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:{port}/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )
            .as_bytes(),
        ),
        Fault::Throttle => stream.write_all(
            answer(
                400,
                "application/x-amz-json-1.1",
                "{\"__type\":\"TooManyRequestsException\",\"message\":\"Rate exceeded\"}",
            )
            .as_bytes(),
        ),
    };
    let _ = stream.flush();
}

/// Offers the self-signed certificate; the client is expected to refuse it mid-handshake.
fn serve_untrusted_tls(stream: TcpStream) {
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let _ = rustls::crypto::ring::default_provider().install_default();
    let cert = CertificateDer::from(include_bytes!("../data/untrusted-cert.der").to_vec());
    let key = PrivateKeyDer::try_from(include_bytes!("../data/untrusted-key.der").to_vec())
        .expect("PKCS#8 key");
    let config = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .expect("server config");
    let connection = rustls::ServerConnection::new(Arc::new(config)).expect("connection");
    let mut tls = rustls::StreamOwned::new(connection, stream);
    // Reading drives the handshake. A client that does not trust the certificate gives up
    // there; one that does (its trust store has tests/data/test-ca.pem) is signed in.
    let head = read_head(&mut tls);
    if head.is_empty() {
        return;
    }
    let [id, access, refresh] = MARKED_TOKENS;
    let body = tokens_json(id, access, Some(refresh));
    let _ = tls.write_all(answer(200, "application/x-amz-json-1.1", &body).as_bytes());
    let _ = tls.flush();
}

/// Cognito's answer with tokens: `AuthenticationResult` with these values.
fn tokens_json(id: &str, access: &str, refresh: Option<&str>) -> String {
    let refresh = refresh
        .map(|r| format!("\"RefreshToken\":\"{r}\","))
        .unwrap_or_default();
    format!(
        "{{\"AuthenticationResult\":{{\"IdToken\":\"{id}\",\"AccessToken\":\"{access}\",{refresh}\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"}}}}"
    )
}

fn head_of(request: &[u8]) -> String {
    let text = String::from_utf8_lossy(request);
    text.split("\r\n\r\n").next().unwrap_or_default().to_owned()
}

fn answer(status: u16, content_type: &str, body: &str) -> String {
    format!(
        "HTTP/1.1 {status} Whatever\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

fn write_filler(stream: &mut TcpStream, mut left: usize) -> std::io::Result<()> {
    let block = vec![b' '; 64 * 1024];
    while left > 0 {
        let n = left.min(block.len());
        stream.write_all(&block[..n])?;
        left -= n;
    }
    Ok(())
}

/// Reads a request and returns its X-Amz-Target header (the operation), or "".
fn read_target(stream: &mut TcpStream) -> String {
    let head = read_request(stream);
    head.lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("x-amz-target")
                .then(|| value.trim().to_owned())
        })
        .unwrap_or_default()
}

/// Reads the request head and as much body as it announces, so the client is not reset
/// before it reads our answer. Returns the head.
fn read_request(stream: &mut TcpStream) -> String {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    read_head(stream)
}

fn read_head(stream: &mut impl Read) -> String {
    let mut request = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let Ok(n) = stream.read(&mut buf) else {
            return head_of(&request);
        };
        if n == 0 {
            return head_of(&request);
        }
        request.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&request);
        if let Some((head, rest)) = text.split_once("\r\n\r\n") {
            let length = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .and_then(|v| v.trim().parse::<usize>().ok())
                })
                .unwrap_or(0);
            if rest.len() >= length || head.starts_with("CONNECT ") {
                return head.to_owned();
            }
        }
    }
}

/// A forward proxy that only pretends: it records each request line, answers a plain-HTTP
/// request itself with tokens (as if it had passed it on), and refuses every CONNECT tunnel.
/// Returns its URL and the request lines seen.
pub fn start_proxy() -> (String, Arc<std::sync::Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let log = Arc::clone(&log);
            thread::spawn(move || {
                let head = read_request(&mut stream);
                let first = head.lines().next().unwrap_or_default().to_owned();
                let tunnel = first.starts_with("CONNECT ");
                log.lock().unwrap().push(first);
                let reply = if tunnel {
                    "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .to_owned()
                } else {
                    answer(
                        200,
                        "application/x-amz-json-1.1",
                        &tokens_json(FLAKY_ID_TOKEN, FLAKY_ID_TOKEN, None),
                    )
                };
                let _ = stream.write_all(reply.as_bytes());
            });
        }
    });
    (url, seen)
}
