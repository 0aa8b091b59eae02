//! The managed-login redirect listener (src/cognito/loopback.rs) against its fault cases, through
//! its public API, with raw TCP playing the browser: a busy port, a foreign `state`, a wrong
//! path, a second request, garbage, a silent connection, an error redirect and no request at all.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::Duration;

use cognito_login::cognito::loopback::{CallbackUrl, ListenError, RedirectError, RedirectListener};
use secrecy::ExposeSecret;

const STATE: &str = "st8-Xy_42";
const WAIT: Duration = Duration::from_secs(20);

/// A port nobody listens on right now: the OS picks it, and it is let go again.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn callback(host: &str, port: u16) -> CallbackUrl {
    CallbackUrl::parse(&format!("http://{host}:{port}/callback")).unwrap()
}

/// Sends raw bytes as a browser would and reads the whole answer.
fn send(address: SocketAddr, request: &[u8]) -> String {
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(5)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

fn get(address: SocketAddr, target: &str) -> String {
    let request = format!("GET {target} HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n");
    send(address, request.as_bytes())
}

fn v4(port: u16) -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], port))
}

fn v6(port: u16) -> SocketAddr {
    SocketAddr::from(([0, 0, 0, 0, 0, 0, 0, 1], port))
}

/// Runs the browser's visits on a thread while the listener waits; both results.
async fn wait_while<T: Send + 'static>(
    listener: RedirectListener,
    timeout: Duration,
    browser: impl FnOnce() -> T + Send + 'static,
) -> (Result<String, RedirectError>, T) {
    let browser = tokio::task::spawn_blocking(browser);
    let outcome = listener.wait_for_code(STATE, timeout).await;
    let code = outcome.map(|code| code.expose_secret().to_owned());
    (code, browser.await.unwrap())
}

#[test]
fn a_port_another_program_holds_is_reported_before_the_browser_opens() {
    let port = free_port();
    let _other_program = TcpListener::bind(v4(port)).unwrap();
    for host in ["localhost", "127.0.0.1"] {
        let refused = RedirectListener::bind(&callback(host, port)).unwrap_err();
        assert_eq!(refused, ListenError::PortInUse { port }, "{host}");
        assert!(
            refused
                .to_string()
                .starts_with(&format!("Port {port} on this computer is in use"))
        );
    }
}

fn has_ipv6_loopback() -> bool {
    let found = TcpListener::bind("[::1]:0").is_ok();
    if !found {
        println!("skipped the ::1 half: this machine has no IPv6 loopback");
    }
    found
}

#[test]
fn localhost_is_busy_when_only_its_ipv6_half_is_taken() {
    if !has_ipv6_loopback() {
        return;
    }
    let port = free_port();
    let _other_program = TcpListener::bind(v6(port)).unwrap();
    let refused = RedirectListener::bind(&callback("localhost", port)).unwrap_err();
    assert_eq!(refused, ListenError::PortInUse { port });
    // 127.0.0.1 is only the IPv4 half: it neither needs nor takes [::1].
    let v4_only = RedirectListener::bind(&callback("127.0.0.1", port)).unwrap();
    assert!(TcpStream::connect(v4(port)).is_ok());
    drop(v4_only);
}

#[tokio::test]
async fn a_foreign_state_ends_the_wait_and_the_browser_is_told() {
    let port = free_port();
    let listener = RedirectListener::bind(&callback("127.0.0.1", port)).unwrap();
    let (outcome, page) = wait_while(listener, WAIT, move || {
        get(v4(port), "/callback?code=stolen&state=someone-else")
    })
    .await;
    assert_eq!(outcome, Err(RedirectError::WrongState));
    assert!(page.starts_with("HTTP/1.1 400 "), "{page}");
    assert!(page.contains("start again"), "{page}");
    assert!(
        !page.contains("stolen") && !page.contains("someone-else"),
        "echoes nothing: {page}"
    );
}

#[tokio::test]
async fn a_wrong_path_gets_404_and_the_wait_goes_on() {
    let port = free_port();
    let listener = RedirectListener::bind(&callback("127.0.0.1", port)).unwrap();
    let (outcome, pages) = wait_while(listener, WAIT, move || {
        let favicon = get(v4(port), "/favicon.ico");
        let root = get(v4(port), &format!("/?code=c&state={STATE}"));
        let right = get(
            v4(port),
            &format!("/callback?code=the%2Fcode&state={STATE}"),
        );
        (favicon, root, right)
    })
    .await;
    assert_eq!(outcome.unwrap(), "the/code");
    let (favicon, root, right) = pages;
    assert!(favicon.starts_with("HTTP/1.1 404 "), "{favicon}");
    assert!(root.starts_with("HTTP/1.1 404 "), "{root}");
    assert!(right.starts_with("HTTP/1.1 200 "), "{right}");
    assert!(
        right.contains("You can close this tab and go back to Cognito Login"),
        "{right}"
    );
    for header in [
        "Connection: close",
        "Cache-Control: no-store",
        "Referrer-Policy: no-referrer",
    ] {
        assert!(right.contains(header), "{header}: {right}");
    }
}

#[tokio::test]
async fn a_second_request_after_the_code_is_refused_by_the_system() {
    let port = free_port();
    let listener = RedirectListener::bind(&callback("127.0.0.1", port)).unwrap();
    let (outcome, _) = wait_while(listener, WAIT, move || {
        get(v4(port), &format!("/callback?code=once&state={STATE}"))
    })
    .await;
    assert_eq!(outcome.unwrap(), "once");
    let again = TcpStream::connect_timeout(&v4(port), Duration::from_secs(5));
    assert_eq!(again.unwrap_err().kind(), ErrorKind::ConnectionRefused);
}

#[tokio::test]
async fn no_request_before_the_timeout_is_a_timeout() {
    let port = free_port();
    let listener = RedirectListener::bind(&callback("localhost", port)).unwrap();
    let after = Duration::from_millis(300);
    let outcome = listener.wait_for_code(STATE, after).await;
    assert_eq!(outcome.unwrap_err(), RedirectError::TimedOut { after });
    let again = TcpStream::connect_timeout(&v4(port), Duration::from_secs(5));
    assert_eq!(
        again.unwrap_err().kind(),
        ErrorKind::ConnectionRefused,
        "the port is closed"
    );
}

#[tokio::test]
async fn an_error_redirect_is_denied_with_its_text_cleaned() {
    let port = free_port();
    let listener = RedirectListener::bind(&callback("127.0.0.1", port)).unwrap();
    let target = format!(
        "/callback?error=access_denied&error_description=User+cancelled+the+login%0A%1B%5B2J&state={STATE}"
    );
    let (outcome, page) = wait_while(listener, WAIT, move || get(v4(port), &target)).await;
    assert_eq!(
        outcome,
        Err(RedirectError::Denied {
            error: "access_denied".into(),
            description: "User cancelled the login[2J".into(),
        })
    );
    assert!(page.contains("Sign-in did not finish"), "{page}");
    assert!(!page.contains("User cancelled"), "echoes nothing: {page}");
}

#[tokio::test]
async fn localhost_is_reachable_over_both_families() {
    let port = free_port();
    let listener = RedirectListener::bind(&callback("localhost", port)).unwrap();
    let (outcome, _) = wait_while(listener, WAIT, move || {
        get(v4(port), &format!("/callback?code=four&state={STATE}"))
    })
    .await;
    assert_eq!(outcome.unwrap(), "four");

    if !has_ipv6_loopback() {
        return;
    }
    let listener = RedirectListener::bind(&callback("localhost", port)).unwrap();
    let (outcome, _) = wait_while(listener, WAIT, move || {
        get(v6(port), &format!("/callback?code=six&state={STATE}"))
    })
    .await;
    assert_eq!(outcome.unwrap(), "six");
}

#[tokio::test]
async fn garbage_gets_400_and_the_right_request_still_works() {
    let port = free_port();
    let listener = RedirectListener::bind(&callback("127.0.0.1", port)).unwrap();
    let (outcome, answers) = wait_while(listener, WAIT, move || {
        let oversized = [b"GET /callback?code=".as_slice(), &[b'a'; 64 * 1024]].concat();
        [
            send(v4(port), b"\x00\x01\xff garbage\r\n\r\n"),
            send(
                v4(port),
                format!("POST /callback?code=x&state={STATE} HTTP/1.1\r\n\r\n").as_bytes(),
            ),
            send(v4(port), &oversized),
            get(
                v4(port),
                &format!("/callback?code=after-garbage&state={STATE}"),
            ),
        ]
    })
    .await;
    assert_eq!(outcome.unwrap(), "after-garbage");
    for answer in &answers[..3] {
        assert!(answer.starts_with("HTTP/1.1 400 "), "{answer}");
    }
}

#[tokio::test]
async fn a_silent_connection_does_not_hold_up_the_browser() {
    let port = free_port();
    let listener = RedirectListener::bind(&callback("127.0.0.1", port)).unwrap();
    // A browser's spare connection: opened first, never used. The wait stays well under the
    // few seconds a silent connection is given, so the code must come through beside it.
    let (outcome, _) = wait_while(listener, Duration::from_secs(2), move || {
        let spare = TcpStream::connect(v4(port)).unwrap();
        std::thread::sleep(Duration::from_millis(100));
        let page = get(v4(port), &format!("/callback?code=beside&state={STATE}"));
        drop(spare);
        page
    })
    .await;
    assert_eq!(outcome.unwrap(), "beside");
}
