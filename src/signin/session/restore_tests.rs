//! Restoring cached tokens: no call, signed in with a note, and refresh and sign-out work from
//! there as after a sign-in.

use std::time::SystemTime;

use secrecy::{ExposeSecret as _, SecretString};

use crate::cognito::{Password, RefreshToken};
use crate::signin::failure::FailureCause;
use crate::signin::form::SignInForm;
use crate::signin::session::tests::{form, sent, signed_in};
use crate::signin::session::{Event, FROM_TOKEN_CACHE, Phase, SignInSession};
use crate::signin::target::Target;
use crate::workbench::tokens::Tokens;

fn no_password() -> SignInForm {
    SignInForm {
        password: Password::default(),
        ..form()
    }
}

fn cached(refresh: Option<&str>) -> Tokens {
    Tokens {
        id: Some(SecretString::from("id.token.cached")),
        access: Some(SecretString::from("access.token.cached")),
        refresh: refresh.map(RefreshToken::from),
        ..Tokens::empty(SystemTime::now())
    }
}

fn restored(refresh: Option<&str>) -> SignInSession {
    let mut s = SignInSession::default();
    s.set_token_checks(false);
    let effects = s.apply(Event::Restore {
        form: no_password(),
        tokens: cached(refresh),
    });
    assert!(effects.is_empty(), "{effects:?}");
    s
}

#[test]
fn restored_tokens_are_signed_in_without_a_call() {
    let s = restored(None);
    let signed = signed_in(&s);
    assert_eq!(
        signed.tokens.id.as_ref().unwrap().expose_secret(),
        "id.token.cached"
    );
    assert_eq!(signed.flow.as_str(), FROM_TOKEN_CACHE);
    assert!(
        signed
            .notes
            .iter()
            .any(|n| n.english().contains("token cache"))
    );
    assert!(!s.is_busy());
}

#[test]
fn restored_tokens_refresh_with_the_kept_refresh_token() {
    let mut s = restored(Some("rt"));
    let (_, op, body) = sent(&s.apply(Event::Refresh));
    assert_eq!(op, "InitiateAuth");
    assert_eq!(
        body["AuthParameters"],
        serde_json::json!({"REFRESH_TOKEN": "rt"})
    );
    // Without a refresh token there is nothing to refresh with.
    let mut bare = restored(None);
    assert!(bare.apply(Event::Refresh).is_empty());
}

#[test]
fn signing_out_of_restored_tokens_revokes_the_refresh_token() {
    let mut s = restored(Some("rt"));
    let (_, op, body) = sent(&s.apply(Event::SignOut));
    assert_eq!(op, "RevokeToken");
    assert_eq!(body["Token"], "rt");
    assert!(matches!(s.phase(), Phase::Editing));
}

#[test]
fn a_form_that_cannot_refresh_is_refused() {
    let mut s = SignInSession::default();
    let effects = s.apply(Event::Restore {
        form: SignInForm {
            target: Target {
                client_id: String::new(),
                ..form().target
            },
            ..no_password()
        },
        tokens: cached(Some("rt")),
    });
    assert!(effects.is_empty());
    let Phase::Failed(failure) = s.phase() else {
        panic!("{:?}", s.phase());
    };
    assert!(matches!(failure.cause, FailureCause::InvalidInput(_)));
}
