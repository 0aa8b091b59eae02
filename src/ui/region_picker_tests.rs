use super::*;

#[test]
fn every_region_cognito_runs_in_has_a_place() {
    for region in COGNITO_REGIONS {
        assert!(place_of(region).is_some(), "{region} has no place");
    }
    assert_eq!(
        PLACES.len(),
        COGNITO_REGIONS.len(),
        "no place for a region not listed"
    );
}

#[test]
fn a_region_is_listed_with_its_place() {
    assert_eq!(
        listed_in(Lang::En, "ap-northeast-1"),
        "ap-northeast-1 — Tokyo"
    );
    assert_eq!(place_of(" eu-west-1 "), Some("Ireland"));
    assert_eq!(listed_in(Lang::En, "xx-nowhere-9"), "xx-nowhere-9");
}

#[test]
fn every_region_has_its_place_in_both_catalogues() {
    for (region, place) in PLACES {
        let english = listed_in(Lang::En, region);
        assert_eq!(english, format!("{region} — {place}"));
        let japanese = listed_in(Lang::Ja, region);
        assert!(japanese.starts_with(&format!("{region} — ")), "{japanese}");
        assert_ne!(japanese, english, "{region} has no Japanese place");
    }
    assert_eq!(
        listed_in(Lang::Ja, "ap-northeast-1"),
        "ap-northeast-1 — アジアパシフィック (東京)"
    );
}
