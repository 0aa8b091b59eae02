use super::Flow;

#[test]
fn without_a_pool_id_no_flow_makes_an_srp_exchange() {
    // Auto falls back to USER_PASSWORD_AUTH at once without a pool ID (session/start.rs), and
    // SRP or choice-based SRP refuse to start without it (form.rs): A would never be used.
    for flow in Flow::ALL {
        assert!(!flow.may_use_srp(""), "{flow:?} without a pool ID");
        assert!(!flow.may_use_srp("  "), "{flow:?} with a blank pool ID");
    }
}

#[test]
fn with_a_pool_id_every_flow_but_the_password_may_use_srp() {
    let pool = "us-east-1_AbC123";
    assert!(Flow::Auto.may_use_srp(pool));
    assert!(Flow::Srp.may_use_srp(pool));
    // USER_AUTH may be answered with PASSWORD_SRP (preferred, or chosen at SELECT_CHALLENGE).
    assert!(Flow::Choice.may_use_srp(pool));
    assert!(!Flow::Password.may_use_srp(pool));
}

#[test]
fn each_flow_is_named_in_both_languages() {
    use crate::messages::Lang;
    for flow in Flow::ALL {
        assert_eq!(flow.message().english(), flow.label());
    }
    let japanese = Flow::ALL.map(|f| f.message().words(Lang::Ja));
    assert_eq!(japanese[0], "自動（SRP、使えない場合はパスワード）");
    assert_eq!(japanese[3], "選択ベース (USER_AUTH)");
}
