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
    assert_eq!(listed("ap-northeast-1"), "ap-northeast-1 — Tokyo");
    assert_eq!(place_of(" eu-west-1 "), Some("Ireland"));
    assert_eq!(listed("xx-nowhere-9"), "xx-nowhere-9");
}
