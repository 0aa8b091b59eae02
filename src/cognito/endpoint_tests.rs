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
