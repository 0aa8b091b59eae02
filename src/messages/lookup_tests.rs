use super::{Arg, Lang, text, tr};

#[test]
fn each_language_has_its_own_text() {
    assert_eq!(tr(Lang::En, "profile"), "Profile");
    assert_eq!(tr(Lang::Ja, "profile"), "プロファイル");
}

#[test]
fn values_are_filled_in_without_isolation_marks() {
    let args = [("name", Arg::from("staging"))];
    assert_eq!(
        text(Lang::En, "delete-question", &args),
        "Delete the profile \"staging\"?"
    );
    assert_eq!(
        text(Lang::Ja, "delete-question", &args),
        "プロファイル「staging」を削除しますか？"
    );
}

#[test]
fn a_missing_key_is_the_key_itself() {
    assert_eq!(tr(Lang::Ja, "no-such-message"), "no-such-message");
}

#[test]
fn a_value_not_given_falls_back_without_a_panic() {
    // Fluent reports the missing $name as an error; Japanese falls back to English, which
    // reports it too, so the key is what is shown.
    assert_eq!(tr(Lang::Ja, "delete-question"), "delete-question");
}

#[test]
fn locales_choose_the_language() {
    for locale in ["ja", "ja-JP", "ja_JP.UTF-8", "JA"] {
        assert_eq!(Lang::of_locale(locale), Lang::Ja, "{locale}");
    }
    for locale in ["en-US", "C", "", "jav", "de_DE.UTF-8", "zh-Hans-JP"] {
        assert_eq!(Lang::of_locale(locale), Lang::En, "{locale}");
    }
}

#[test]
fn a_message_inside_a_message_is_in_the_same_language() {
    use super::Message;
    let inner = Message::new("delete-question").with("name", "staging");
    let outer = Message::new("form-password-goes-to").with("destination", inner);
    assert_eq!(
        outer.words(Lang::Ja),
        "パスワードは プロファイル「staging」を削除しますか？ に送信されます。"
    );
    assert!(outer.english().contains("Delete the profile \"staging\"?"));
}
