use super::*;

#[test]
fn regional_endpoint_uses_partition_suffix() {
    let e = Endpoint::for_region("eu-west-1").unwrap();
    assert_eq!(
        e.url().as_str(),
        "https://cognito-idp.eu-west-1.amazonaws.com/"
    );
    let cn = Endpoint::for_region("cn-north-1").unwrap();
    assert_eq!(
        cn.url().as_str(),
        "https://cognito-idp.cn-north-1.amazonaws.com.cn/"
    );
    let gov = Endpoint::for_region("us-gov-west-1").unwrap();
    assert_eq!(
        gov.url().as_str(),
        "https://cognito-idp.us-gov-west-1.amazonaws.com/"
    );
    assert!(!e.is_custom());
}

#[test]
fn every_listed_region_is_valid() {
    for region in COGNITO_REGIONS {
        assert!(dns_suffix(region).is_ok(), "{region}");
    }
}

#[test]
fn region_pattern_rejects_junk() {
    for bad in [
        "",
        "us-east",
        "useast1",
        "xx-east-1",
        "us-east-1a",
        "us--1",
        "us-east-1 ",
        "US-EAST-1",
        "us-east-1/evil",
    ] {
        assert!(
            matches!(dns_suffix(bad), Err(EndpointError::BadRegion(_))),
            "{bad:?} was accepted"
        );
    }
}

#[test]
fn pool_id_gives_region() {
    assert_eq!(
        pool_region("ap-northeast-1_AbCdEf123").unwrap(),
        "ap-northeast-1"
    );
    for bad in [
        "ap-northeast-1",
        "_abc",
        "ap-northeast-1_",
        "nowhere-1_abc",
        "us-east-1_ab-c",
    ] {
        assert!(pool_region(bad).is_err(), "{bad:?} was accepted");
    }
}

#[test]
fn resolve_takes_region_from_pool_and_flags_mismatch() {
    let e = Endpoint::resolve("", "eu-central-1_abc", "").unwrap();
    assert_eq!(
        e.url().host_str(),
        Some("cognito-idp.eu-central-1.amazonaws.com")
    );
    assert_eq!(
        Endpoint::resolve("us-east-1", "eu-central-1_abc", ""),
        Err(EndpointError::RegionMismatch {
            region: "us-east-1".into(),
            pool_region: "eu-central-1".into()
        })
    );
    assert_eq!(
        Endpoint::resolve("", "", ""),
        Err(EndpointError::MissingRegion)
    );
}

#[test]
fn custom_endpoint_wins_over_region() {
    let e = Endpoint::resolve("", "us-east-1_abc", "http://127.0.0.1:9229").unwrap();
    assert_eq!(e.url().as_str(), "http://127.0.0.1:9229/");
    assert!(e.is_custom());
    // Emulators' pool IDs need not start with a region, but must still look like pool IDs.
    assert!(Endpoint::resolve("", "local_3QbDLmdQ", "http://127.0.0.1:9229").is_ok());
    assert_eq!(
        Endpoint::resolve("", "local", "http://127.0.0.1:9229"),
        Err(EndpointError::BadPoolId("local".into()))
    );
}

#[test]
fn plain_http_only_for_loopback() {
    for ok in [
        "http://127.0.0.1:4566",
        "http://127.8.9.10",
        "http://localhost:9229/",
        "http://LOCALHOST",
        "http://[::1]:5000",
        "https://cognito.example.com/",
        "https://10.0.0.5:8443",
    ] {
        assert!(Endpoint::custom(ok).is_ok(), "{ok} was refused");
    }
    for bad in [
        "http://10.0.0.5",
        "http://example.com",
        "http://localhost.example.com",
        "http://[::2]",
    ] {
        assert!(
            matches!(
                Endpoint::custom(bad),
                Err(EndpointError::PlainHttpNotLoopback(_))
            ),
            "{bad} was accepted"
        );
    }
    assert!(matches!(
        Endpoint::custom("ftp://127.0.0.1"),
        Err(EndpointError::UnsupportedScheme(_))
    ));
    assert!(matches!(
        Endpoint::custom("not a url"),
        Err(EndpointError::BadUrl(_))
    ));
}

#[test]
fn errors_say_what_to_type() {
    let msg = EndpointError::PlainHttpNotLoopback("http://x".into()).to_string();
    assert!(msg.contains("https://"));
    let msg = EndpointError::RegionMismatch {
        region: "a".into(),
        pool_region: "b".into(),
    }
    .to_string();
    assert!(msg.contains("own region"));
}

#[test]
fn nothing_typed_as_a_region_moves_the_host() {
    // Whatever is typed, the password goes to cognito-idp.<a real region shape>.amazonaws.com
    // or nowhere.
    for hostile in [
        "us-east-1.evil.example",
        "evil.example/us-east-1",
        "us-east-1/../",
        "us-east-1@evil.example",
        "us-east-1:443@evil.example",
        "us-east-1#.evil.example",
        "us-east-1?.evil.example",
        "us-east-1\\evil",
        "us-\u{0435}ast-1",  // Cyrillic е
        "us-east-\u{0661}",  // Arabic-Indic digit one
        "ｕｓ-east-1",       // full-width letters
        "us-east-1\u{200b}", // zero-width space
        "us east-1",
        "us-east-1\nHost: evil.example",
        "us-east-1\r\n",
        "us-east-1%2eevil",
    ] {
        match Endpoint::resolve(hostile, "", "") {
            Err(EndpointError::BadRegion(_)) => {}
            Ok(endpoint) => {
                // Only surrounding blanks are forgiven, and then the host is the real one.
                assert_eq!(
                    endpoint.url().as_str(),
                    "https://cognito-idp.us-east-1.amazonaws.com/",
                    "{hostile:?}"
                );
            }
            Err(other) => panic!("{hostile:?}: {other:?}"),
        }
    }
}

#[test]
fn a_custom_endpoint_carries_no_credentials_query_or_fragment() {
    assert_eq!(
        Endpoint::custom("https://user:secret@cognito.example.com/"),
        Err(EndpointError::CredentialsInUrl)
    );
    assert_eq!(
        Endpoint::custom("http://admin@127.0.0.1:9229"),
        Err(EndpointError::CredentialsInUrl)
    );
    // The message never repeats the password it refuses.
    assert!(
        !EndpointError::CredentialsInUrl
            .to_string()
            .contains("secret")
    );
    for with_query in [
        "https://cognito.example.com/?redirect=evil",
        "http://127.0.0.1:9229/#x",
    ] {
        assert!(
            matches!(
                Endpoint::custom(with_query),
                Err(EndpointError::QueryInUrl(_))
            ),
            "{with_query}"
        );
    }
    assert!(Endpoint::custom("https://cognito.example.com/prefix/").is_ok());
}

#[test]
fn a_proxy_is_an_http_url_without_credentials() {
    let base = || Endpoint::for_region("eu-west-1").unwrap();
    assert_eq!(base().with_proxy("  ").unwrap().proxy(), None);
    let through = base()
        .with_proxy(" http://proxy.example.com:3128 ")
        .unwrap();
    assert_eq!(
        through.proxy().map(Url::as_str),
        Some("http://proxy.example.com:3128/")
    );
    // The endpoint itself is unchanged.
    assert_eq!(through.url(), base().url());
    assert!(base().with_proxy("https://proxy.example.com").is_ok());
    for bad in [
        "proxy.example.com:3128",
        "socks5://127.0.0.1:1080",
        "ftp://x",
        "http://",
    ] {
        assert!(
            matches!(base().with_proxy(bad), Err(EndpointError::BadProxy(_))),
            "{bad}"
        );
    }
    assert_eq!(
        base().with_proxy("http://me:hunter2@proxy.example.com:3128"),
        Err(EndpointError::ProxyCredentials)
    );
    assert!(
        !EndpointError::ProxyCredentials
            .to_string()
            .contains("hunter2")
    );
}

#[test]
fn only_cognitos_own_hosts_are_cognito() {
    for (host, region) in [
        ("cognito-idp.eu-west-1.amazonaws.com", Some("eu-west-1")),
        (
            "cognito-idp-fips.us-east-1.amazonaws.com",
            Some("us-east-1"),
        ),
        (
            "cognito-idp.cn-north-1.amazonaws.com.cn",
            Some("cn-north-1"),
        ),
        ("cognito-idp.eu-west-1.amazonaws.com.evil.example", None),
        ("cognito-idp.eu-west-1.amazonaws.com.cn", None),
        ("xcognito-idp.eu-west-1.amazonaws.com", None),
        ("cognito-idp.evil.amazonaws.com", None),
        ("cognito-idp.eu-west-1.evil.example", None),
    ] {
        assert_eq!(cognito_region(host), region, "{host}");
    }
    let look_alike = Endpoint::custom("https://cognito-idp.eu-west-1.amazonaws.com.evil.example/");
    assert!(look_alike.unwrap().is_custom());
    let with_port = Endpoint::custom("https://cognito-idp.eu-west-1.amazonaws.com:8443/");
    assert!(with_port.unwrap().is_custom());
}

#[test]
fn destinations_read_as_what_they_are() {
    let regional = Endpoint::for_region("eu-west-1").unwrap();
    assert_eq!(regional.destination(), "Amazon Cognito, eu-west-1");
    let local = Endpoint::custom("http://127.0.0.1:9229").unwrap();
    assert_eq!(local.destination(), "this computer (127.0.0.1:9229)");
    let look_alike =
        Endpoint::custom("https://cognito-idp.eu-west-1.amazonaws.com.evil.example/").unwrap();
    assert_eq!(
        look_alike.destination(),
        "https://cognito-idp.eu-west-1.amazonaws.com.evil.example"
    );
}
