use super::*;
use crate::messages::Lang;

fn removed(kinds: &[SecretKind]) -> Message {
    Message::new("status-secrets-removed")
        .with("what", what(kinds))
        .with("profile", "dev")
}

#[test]
fn the_removed_secrets_are_named_in_either_language() {
    let both = removed(&[SecretKind::ClientSecret, SecretKind::RefreshToken]);
    assert_eq!(
        both.english(),
        "Removed the saved client secret and refresh token of \"dev\": it was saved for another server or app client."
    );
    assert_eq!(
        removed(&[SecretKind::RefreshToken]).words(Lang::Ja),
        "「dev」に保存されていた更新トークンを削除しました。別のサーバーまたはアプリクライアント用に保存されたものでした。"
    );
    let not_sent = |kinds: &[SecretKind]| {
        Message::new("status-secrets-not-sent")
            .with("what", what(kinds))
            .with("profile", "dev")
            .with("from-client", "a")
            .with("from-server", "x")
            .with("to-client", "b")
            .with("to-server", "y")
    };
    let one = not_sent(&[SecretKind::ClientSecret]).english();
    assert_eq!(
        one,
        "The client secret saved for \"dev\" belonged to app client a at x, not to b at y, so it was removed and not sent."
    );
    let two = not_sent(&[SecretKind::ClientSecret, SecretKind::RefreshToken]).english();
    assert!(two.contains("so they were removed"), "{two}");
    let again = Message::new("status-type-client-secret-again")
        .with("said", not_sent(&[SecretKind::ClientSecret]));
    let japanese = again.words(Lang::Ja);
    assert!(
        japanese.starts_with(
            "「dev」に保存されていたクライアントシークレットは、y のアプリクライアント b ではなく"
        ),
        "{japanese}"
    );
    assert!(
        japanese.ends_with("もう一度サインインしてください。"),
        "{japanese}"
    );
}
