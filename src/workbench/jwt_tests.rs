use super::*;

#[test]
fn times_of_any_size_never_panic() {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    for exp in [
        "0",
        "-5",
        "1e300",
        "9000000000000000",
        "1.5",
        "18446744073709551615",
    ] {
        let jwt = Jwt::parse(&token(&format!("{{\"exp\":{exp}}}"))).unwrap();
        if let Some(at) = jwt.time_claim("exp") {
            let _ = (local_date(at, "%Y-%m-%d"), expiry_words(at, now));
            let _ = utc_rfc3339(at, chrono::SecondsFormat::Secs);
        }
    }
    let far = SystemTime::UNIX_EPOCH + Duration::from_secs(9_000_000_000_000_000);
    assert_eq!(local_date(far, "%H:%M"), "far future");
    assert_eq!(expiry_words(far, now), "far future");
    assert_eq!(utc_rfc3339(far, chrono::SecondsFormat::Secs), None);
    assert_eq!(
        utc_rfc3339(now, chrono::SecondsFormat::Secs).as_deref(),
        Some("2023-11-14T22:13:20Z")
    );
}

fn token(claims: &str) -> String {
    let enc = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    format!(
        "{}.{}.sig",
        enc(r#"{"alg":"RS256","kid":"k1"}"#),
        enc(claims)
    )
}

#[test]
fn reads_header_claims_and_picks() {
    let jwt = Jwt::parse(&token(
        r#"{"sub":"u-1","cognito:groups":["admin","qa"],"token_use":"id","exp":1700000000,"custom:x":"1"}"#,
    ))
    .unwrap();
    assert_eq!(jwt.header["kid"], "k1");
    assert_eq!(
        jwt.picked(),
        vec![
            ("sub", "u-1".to_owned()),
            ("cognito:groups", "admin, qa".to_owned()),
            ("token_use", "id".to_owned())
        ]
    );
    assert_eq!(
        jwt.time_claim("exp"),
        Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000))
    );
}

#[test]
fn refuses_what_is_not_a_jwt() {
    assert_eq!(Jwt::parse("abc"), Err(JwtError::NotThreeParts));
    assert_eq!(Jwt::parse("a.b.c.d"), Err(JwtError::NotThreeParts));
    assert_eq!(Jwt::parse("!!.e30.s"), Err(JwtError::BadBase64("header")));
    assert_eq!(
        Jwt::parse("e30.WzFd.s"),
        Err(JwtError::NotJsonObject("payload"))
    );
}

#[test]
fn expiry_in_words() {
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(10_000);
    let before = |s| at - Duration::from_secs(s);
    assert_eq!(expiry_words(at, before(3552)), "expires in 59:12");
    assert_eq!(expiry_words(at, before(7500)), "expires in 2 h 05 min");
    assert_eq!(
        expiry_words(at, at + Duration::from_secs(30)),
        "expired 30 s ago"
    );
    assert_eq!(
        expiry_words(at, at + Duration::from_secs(600)),
        "expired 10 min ago"
    );
}

#[test]
fn minutes_left_for_the_summary_line() {
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(100_000);
    let before = |s| at - Duration::from_secs(s);
    assert_eq!(
        minutes_left(at, before(86_399)).as_deref(),
        Some("23 h 59 min")
    );
    assert_eq!(minutes_left(at, before(725)).as_deref(), Some("12 minutes"));
    assert_eq!(minutes_left(at, before(65)).as_deref(), Some("1 minute"));
    assert_eq!(
        minutes_left(at, before(59)).as_deref(),
        Some("less than a minute")
    );
    assert_eq!(minutes_left(at, at + Duration::from_secs(1)), None);
    let far = SystemTime::UNIX_EPOCH + Duration::from_secs(9_000_000_000_000_000);
    assert_eq!(minutes_left(far, at), None);
}

#[test]
fn time_left_and_the_countdown_in_japanese() {
    use crate::messages::Lang;
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(100_000);
    let before = |s| at - Duration::from_secs(s);
    let left = |s| time_left(at, before(s)).map(|m| m.words(Lang::Ja));
    assert_eq!(left(86_399).as_deref(), Some("23 時間 59 分"));
    assert_eq!(left(725).as_deref(), Some("12 分"));
    assert_eq!(left(59).as_deref(), Some("1 分未満"));
    assert_eq!(
        expiry_message(at, before(3552)).words(Lang::Ja),
        "有効期限まで残り 59:12"
    );
    assert_eq!(
        expiry_message(at, at + Duration::from_secs(600)).words(Lang::Ja),
        "10 分前に有効期限切れ"
    );
}
