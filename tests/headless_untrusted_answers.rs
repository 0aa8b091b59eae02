//! What a server says reaches a terminal only after the app has checked it: never a value the
//! app sent (a gateway that echoes the request must not print the password), never a control
//! character or terminal escape from Cognito's own message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod headless;
mod support;

use std::io::{Read, Write};

const PASSWORD: &str = "Sup3r-Secret-Pa55";

/// A server that answers every request with 403 and the request's own body as plain text.
fn echoing_server() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let endpoint = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = Vec::new();
            let mut buf = [0u8; 4096];
            let body = loop {
                let Ok(n) = stream.read(&mut buf) else {
                    break String::new();
                };
                request.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&request).into_owned();
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let length = head
                        .lines()
                        .find_map(|l| {
                            l.to_lowercase()
                                .strip_prefix("content-length:")?
                                .trim()
                                .parse()
                                .ok()
                        })
                        .unwrap_or(0);
                    if n == 0 || body.len() >= length {
                        break body.to_owned();
                    }
                }
                if n == 0 {
                    break String::new();
                }
            };
            let _ = write!(
                stream,
                "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    endpoint
}

fn alice_at(endpoint: &str) -> headless::Run {
    headless::alice_signs_in(&["--endpoint", endpoint], "5", "id-token", PASSWORD, &[])
}

/// Today's error line quoted the echoed request, password and all.
#[test]
fn an_echoed_request_shows_no_password() {
    let run = alice_at(&echoing_server());
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert!(!run.stderr.contains(PASSWORD), "{}", run.stderr);
    assert!(
        run.stderr.contains("\"PASSWORD\":\"***\""),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("alice"), "names stay: {}", run.stderr);
}

/// Cognito's message with terminal escapes (clear the screen, set the window title, a bell):
/// printed without one control character. Today's error line passed them to the terminal.
#[test]
fn cognitos_message_reaches_the_terminal_without_escapes() {
    let (endpoint, _) = support::one_shot_server(
        "400 Bad Request",
        "application/x-amz-json-1.1",
        r#"{"__type":"NotAuthorizedException","message":"\u001b[2J\u001b]0;owned\u0007Incorrect username or password."}"#,
    );
    let run = alice_at(&endpoint);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("Incorrect username or password."),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.chars().any(|c| c.is_control() && c != '\n'),
        "{:?}",
        run.stderr
    );
}

/// A "token" that is not shaped like Cognito's (here one that would end a curl command's
/// quoting and run something) is an unexpected answer: nothing is printed for a script to
/// paste. Today's sign-in printed it as the ID token.
#[test]
fn tokens_not_shaped_like_cognitos_are_refused() {
    let (endpoint, _) = support::one_shot_server(
        "200 OK",
        "application/x-amz-json-1.1",
        r#"{"AuthenticationResult":{"IdToken":"a.b.c'; touch /tmp/owned #","AccessToken":"eyJh.eyJz.c2ln","ExpiresIn":3600}}"#,
    );
    let run = headless::alice_signs_in(&["--endpoint", &endpoint], "5", "id-token", PASSWORD, &[]);
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr
            .contains("IdToken is not shaped like one of Cognito's tokens"),
        "{}",
        run.stderr
    );
}
