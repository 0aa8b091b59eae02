use super::*;

#[test]
fn every_known_name_reads_back_as_itself() {
    for flow in AuthFlow::KNOWN {
        assert_eq!(&AuthFlow::parse(flow.as_str()), flow);
    }
    for name in ChallengeName::KNOWN {
        assert_eq!(&ChallengeName::parse(name.as_str()), name);
    }
    for choice in ChallengeChoice::KNOWN {
        assert_eq!(&ChallengeChoice::parse(&choice.to_string()), choice);
    }
}

#[test]
fn names_are_spelled_as_cognito_spells_them() {
    assert_eq!(AuthFlow::UserPassword.as_str(), "USER_PASSWORD_AUTH");
    assert_eq!(AuthFlow::UserSrp.as_str(), "USER_SRP_AUTH");
    assert_eq!(AuthFlow::UserAuth.as_str(), "USER_AUTH");
    assert_eq!(AuthFlow::RefreshToken.as_str(), "REFRESH_TOKEN_AUTH");
    assert_eq!(
        ChallengeName::SoftwareTokenMfa.as_str(),
        "SOFTWARE_TOKEN_MFA"
    );
    assert_eq!(ChallengeChoice::PasswordSrp.as_str(), "PASSWORD_SRP");
}

#[test]
fn an_unknown_name_is_kept_not_mistaken() {
    let name = ChallengeName::parse("PASSKEY_NEXT_YEAR");
    assert_eq!(name, ChallengeName::Other("PASSKEY_NEXT_YEAR".to_owned()));
    assert_eq!(name.as_str(), "PASSKEY_NEXT_YEAR");
    // Case matters on the wire: "password" is not PASSWORD.
    assert!(!ChallengeChoice::parse("password").is_a_password());
    assert!(ChallengeChoice::parse("PASSWORD").is_a_password());
    assert!(ChallengeChoice::PasswordSrp.is_a_password());
    assert!(!ChallengeChoice::EmailOtp.is_a_password());
}

#[test]
fn a_pool_id_names_its_pool() {
    let pool = PoolId::new("eu-west-1_AbC123");
    assert_eq!(pool.name(), Some("AbC123"));
    assert_eq!(PoolId::new("nounderscore").name(), None);
    assert_eq!(PoolId::new("eu-west-1_").name(), None);
    assert!(PoolId::new("  ").is_blank());
    assert!(!ClientId::new("abc").is_blank());
}
