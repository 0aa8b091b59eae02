use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::*;

#[test]
fn the_default_callback_is_accepted_as_typed() {
    let callback = CallbackUrl::parse(DEFAULT_CALLBACK).unwrap();
    assert_eq!(callback.as_str(), "http://localhost:53682/callback");
    assert_eq!(callback.port(), 53682);
    assert_eq!(callback.path(), "/callback");
    assert_eq!(callback.addresses().len(), 2, "localhost is both families");
}

#[test]
fn the_text_is_kept_byte_for_byte_only_trimmed() {
    // Cognito compares the redirect_uri with the registered text: no added slash, no lowercasing.
    let callback = CallbackUrl::parse("  http://LOCALHOST:8765\t").unwrap();
    assert_eq!(callback.as_str(), "http://LOCALHOST:8765");
    assert_eq!(callback.path(), "/");
    assert_eq!(callback.to_string(), "http://LOCALHOST:8765");
}

#[test]
fn every_loopback_form_is_accepted() {
    let v4 = CallbackUrl::parse("http://127.0.0.1:9000/auth/cb").unwrap();
    assert_eq!((v4.port(), v4.path()), (9000, "/auth/cb"));
    assert_eq!(v4.addresses(), vec![IpAddr::V4(Ipv4Addr::LOCALHOST)]);
    let v6 = CallbackUrl::parse("http://[::1]:65535/").unwrap();
    assert_eq!(v6.port(), 65535);
    assert_eq!(v6.addresses(), vec![IpAddr::V6(Ipv6Addr::LOCALHOST)]);
    // A typed :80 is explicit even though the parser drops it as http's default.
    assert_eq!(
        CallbackUrl::parse("http://localhost:80/cb").unwrap().port(),
        80
    );
}

#[test]
fn what_the_app_cannot_listen_on_is_refused_with_the_reason() {
    let refused = [
        ("", CallbackError::Empty),
        ("   ", CallbackError::Empty),
        ("localhost:53682/callback", CallbackError::NotLoopbackHttp),
        ("http://local host:1/", CallbackError::NotAUrl),
        ("no scheme at all", CallbackError::NotAUrl),
        ("http://localhost:1/a\tb", CallbackError::NotAUrl),
        (
            "https://localhost:53682/callback",
            CallbackError::NotLoopbackHttp,
        ),
        (
            "http://example.com:53682/callback",
            CallbackError::NotLoopbackHttp,
        ),
        (
            "http://127.0.0.2:53682/callback",
            CallbackError::NotLoopbackHttp,
        ),
        (
            "http://0.0.0.0:53682/callback",
            CallbackError::NotLoopbackHttp,
        ),
        ("myapp://callback", CallbackError::NotLoopbackHttp),
        ("http://localhost/callback", CallbackError::NoPort),
        ("http://localhost:0/callback", CallbackError::NoPort),
        ("http://localhost:65536/callback", CallbackError::NotAUrl),
        ("http://me:pw@localhost:1/cb", CallbackError::HasUserinfo),
        (
            "http://localhost:1/cb?x=1",
            CallbackError::HasQueryOrFragment,
        ),
        (
            "http://localhost:1/cb#top",
            CallbackError::HasQueryOrFragment,
        ),
    ];
    for (raw, error) in refused {
        assert_eq!(CallbackUrl::parse(raw), Err(error), "{raw:?}");
    }
    let long = format!("http://localhost:1/{}", "a".repeat(1024));
    assert_eq!(CallbackUrl::parse(&long), Err(CallbackError::TooLong));
}

#[test]
fn the_refusal_says_what_to_write() {
    let https = CallbackUrl::parse("https://localhost:1/")
        .unwrap_err()
        .to_string();
    assert!(https.contains("http://localhost:PORT/PATH"), "{https}");
    assert!(
        https.contains("plain http only for this computer"),
        "{https}"
    );
}
