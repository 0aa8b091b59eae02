use secrecy::ExposeSecret;

use super::*;

fn expected(state: &str) -> Expected {
    Expected {
        path: "/callback".to_owned(),
        state: state.to_owned(),
    }
}

fn judged(target: &str) -> (Page, Option<Result<AuthorizationCode, RedirectError>>) {
    judge(
        &format!("GET {target} HTTP/1.1\r\nHost: localhost"),
        &expected("s1"),
    )
}

#[test]
fn the_callback_with_code_and_state_ends_the_wait() {
    let (page, outcome) = judged("/callback?code=ab%2Bc&state=s1");
    assert!(matches!(page, Page::SignedIn));
    assert_eq!(outcome.unwrap().unwrap().expose_secret(), "ab+c");
}

#[test]
fn other_requests_do_not_end_the_wait() {
    assert!(matches!(judged("/favicon.ico"), (Page::NotFound, None)));
    assert!(matches!(
        judged("/callback/x?code=1&state=s1"),
        (Page::NotFound, None)
    ));
    for head in [
        "POST /callback?code=1&state=s1 HTTP/1.1",
        "GET /callback?code=1&state=s1",
        "GET http://evil/callback?code=1&state=s1 HTTP/1.1",
        "GET /callback?code=1&state=s1 SPDY/3",
        "GET  /callback HTTP/1.1",
        "",
        "\u{0}\u{1}",
    ] {
        assert!(
            matches!(judge(head, &expected("s1")), (Page::BadRequest, None)),
            "{head:?}"
        );
    }
}

#[test]
fn a_foreign_state_wins_over_anything_else_the_request_says() {
    for target in [
        "/callback?code=1&state=s2",
        "/callback?error=access_denied&state=s2",
        "/callback?code=1",
        "/callback?state=s1x&code=1",
    ] {
        let (page, outcome) = judged(target);
        assert!(matches!(page, Page::StartAgain), "{target}");
        assert!(
            matches!(outcome, Some(Err(RedirectError::WrongState))),
            "{target}"
        );
    }
    let (_, outcome) = judged("/callback?state=s1");
    assert!(matches!(outcome, Some(Err(RedirectError::MissingCode))));
}

#[test]
fn an_error_is_kept_cut_and_cleaned() {
    let long = "x".repeat(500);
    let (page, outcome) = judged(&format!(
        "/callback?error=access_denied%0D%0A&error_description=User+said+no%1B%5B31m{long}&state=s1"
    ));
    assert!(matches!(page, Page::Denied));
    let Some(Err(RedirectError::Denied { error, description })) = outcome else {
        panic!("{outcome:?}");
    };
    assert_eq!(error, "access_denied");
    assert!(
        description.starts_with("User said no[31mxxx"),
        "{description}"
    );
    assert_eq!(description.chars().count(), 200);
    let shown = RedirectError::Denied {
        error,
        description: "User said no".into(),
    }
    .to_string();
    assert!(
        shown.contains("\"access_denied\" (User said no)"),
        "{shown}"
    );
}

#[test]
fn every_page_is_a_complete_closed_uncached_response() {
    for page in [
        Page::SignedIn,
        Page::Denied,
        Page::StartAgain,
        Page::NotFound,
        Page::BadRequest,
    ] {
        let response = page.response();
        let (head, body) = response.split_once("\r\n\r\n").unwrap();
        assert!(
            head.contains(&format!("Content-Length: {}", body.len())),
            "{head}"
        );
        for header in [
            "Connection: close",
            "Cache-Control: no-store",
            "Referrer-Policy: no-referrer",
        ] {
            assert!(head.contains(header), "{page:?} {header}");
        }
        assert!(!body.contains("http"), "no external resources: {body}");
    }
}
