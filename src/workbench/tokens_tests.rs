use super::*;

#[test]
fn json_keeps_only_what_was_received() {
    let result = AuthenticationResult {
        access_token: Some("a.b.c".into()),
        id_token: Some("i.d.t".into()),
        ..Default::default()
    };
    let tokens = Tokens::from_result(result, SystemTime::UNIX_EPOCH);
    assert_eq!(
        tokens.to_authentication_result_json(),
        serde_json::json!({"AccessToken": "a.b.c", "IdToken": "i.d.t"})
    );
    assert_eq!(tokens.expires_at(), None);
}

#[test]
fn expiry_from_expires_in() {
    let result = AuthenticationResult {
        expires_in: Some(3600),
        ..Default::default()
    };
    let tokens = Tokens::from_result(result, SystemTime::UNIX_EPOCH);
    assert_eq!(
        tokens.expires_at(),
        Some(SystemTime::UNIX_EPOCH + Duration::from_secs(3600))
    );
    let negative = Tokens {
        expires_in: Some(-5),
        ..tokens
    };
    assert_eq!(negative.expires_at(), None);
}

#[test]
fn refresh_keeps_the_old_refresh_token_unless_a_new_one_came() {
    let first = Tokens::from_result(
        AuthenticationResult {
            refresh_token: Some("old".into()),
            ..Default::default()
        },
        SystemTime::UNIX_EPOCH,
    );
    let kept = first.refreshed(AuthenticationResult::default(), SystemTime::UNIX_EPOCH);
    assert_eq!(kept.refresh.unwrap().expose_secret(), "old");
    let rotated = first.refreshed(
        AuthenticationResult {
            refresh_token: Some("new".into()),
            ..Default::default()
        },
        SystemTime::UNIX_EPOCH,
    );
    assert_eq!(rotated.refresh.unwrap().expose_secret(), "new");
}

#[test]
fn internal_username_from_the_id_token_then_the_access_token() {
    // {"cognito:username":"internal-1"} and {"username":"internal-2"}
    let id = "h.eyJjb2duaXRvOnVzZXJuYW1lIjoiaW50ZXJuYWwtMSJ9.s";
    let access = "h.eyJ1c2VybmFtZSI6ImludGVybmFsLTIifQ.s";
    let mut tokens = Tokens::from_result(
        AuthenticationResult {
            id_token: Some(id.into()),
            access_token: Some(access.into()),
            ..Default::default()
        },
        SystemTime::UNIX_EPOCH,
    );
    assert_eq!(tokens.internal_username().as_deref(), Some("internal-1"));
    tokens.id = Some("not a jwt".into());
    assert_eq!(tokens.internal_username().as_deref(), Some("internal-2"));
    tokens.access = None;
    assert_eq!(tokens.internal_username(), None);
}

#[test]
fn shortened_tokens_hide_the_middle() {
    let token = "eyJraWQiOiJhYmMiLCJhbGciOiJSUzI1NiJ9.payload.signature123";
    assert_eq!(shorten(token), "eyJraWQiOiJh…ure123");
    assert_eq!(shorten("short"), "•••••");
}

/// A wide window shows more of a token, but never more than a quarter of it.
#[test]
fn tokens_widen_with_the_room_but_never_show_a_quarter() {
    let token: String = ('a'..='z').cycle().take(1000).collect();
    assert_eq!(shorten_to(&token, 0).chars().count(), 19);
    let wide = shorten_to(&token, 120);
    assert_eq!(wide.chars().count(), 120, "{wide}");
    assert!(wide.starts_with(&token[..113]) && wide.ends_with(&token[994..]));
    let huge = shorten_to(&token, 5000);
    assert_eq!(
        huge.chars().count(),
        250 + 1,
        "a quarter at most, and the …"
    );
}
