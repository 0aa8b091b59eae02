use std::time::{Duration, SystemTime};

use base64::Engine as _;
use secrecy::{ExposeSecret as _, SecretString};

use super::*;
use crate::cognito::ClientId;
use crate::workbench::TokenKind;

/// An unsigned JWT whose `exp` is `exp` seconds after 1970.
fn jwt(exp: u64, who: &str) -> String {
    let part = |json: String| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json);
    format!(
        "{}.{}.c2ln",
        part(r#"{"alg":"none"}"#.to_owned()),
        part(format!(r#"{{"exp":{exp},"sub":"{who}"}}"#))
    )
}

fn binding(profile: &str) -> Binding {
    Binding {
        profile: ProfileName::from(profile),
        server: "127.0.0.1:9229".to_owned(),
        client_id: ClientId::from("client-a"),
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn tokens(exp: u64, who: &str) -> Tokens {
    Tokens {
        id: Some(SecretString::from(jwt(exp, who))),
        access: Some(SecretString::from(jwt(exp, &format!("{who}-access")))),
        ..Tokens::empty(SystemTime::now())
    }
}

fn cache() -> (tempfile::TempDir, TokenCache) {
    let dir = tempfile::tempdir().unwrap();
    let cache = TokenCache::at(dir.path().join("tokens"));
    (dir, cache)
}

#[test]
fn tokens_come_back_as_written() {
    let (_dir, cache) = cache();
    let at = binding("staging");
    assert!(cache.read(&at).is_none());
    let written = tokens(now() + 3600, "alice");
    cache.write(&at, &written).unwrap();
    let read = cache.read(&at).unwrap();
    assert_eq!(
        read.id.unwrap().expose_secret(),
        written.id.unwrap().expose_secret()
    );
    assert_eq!(
        read.access.unwrap().expose_secret(),
        written.access.unwrap().expose_secret()
    );
    let text = std::fs::read_to_string(cache.file(&at.profile)).unwrap();
    assert!(!text.contains("refresh"), "{text}");
}

#[cfg(unix)]
#[test]
fn folder_and_file_are_owner_only() {
    use std::os::unix::fs::PermissionsExt as _;
    let (_dir, cache) = cache();
    let at = binding("staging");
    cache.write(&at, &tokens(now() + 3600, "alice")).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(cache.dir()), 0o700);
    assert_eq!(mode(&cache.file(&at.profile)), 0o600);
}

#[test]
fn a_damaged_file_is_no_cache() {
    let (_dir, cache) = cache();
    let at = binding("staging");
    cache.write(&at, &tokens(now() + 3600, "alice")).unwrap();
    let path = cache.file(&at.profile);
    let text = std::fs::read_to_string(&path).unwrap();
    private_json::write_atomic(&path, &text.as_bytes()[..text.len() / 2]).unwrap();
    assert!(cache.read(&at).is_none());
    private_json::write_atomic(
        &path,
        br#"{"format":1,"server":"127.0.0.1:9229","client_id":"client-a","id_token":""}"#,
    )
    .unwrap();
    assert!(cache.read(&at).is_none());
}

#[cfg(unix)]
#[test]
fn a_file_others_may_read_is_no_cache() {
    use std::os::unix::fs::PermissionsExt as _;
    let (_dir, cache) = cache();
    let at = binding("staging");
    cache.write(&at, &tokens(now() + 3600, "alice")).unwrap();
    let path = cache.file(&at.profile);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(cache.read(&at).is_none());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o620)).unwrap();
    assert!(cache.read(&at).is_none());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(cache.read(&at).is_some());
}

#[cfg(unix)]
#[test]
fn a_link_or_a_folder_is_no_cache() {
    let (dir, cache) = cache();
    let at = binding("staging");
    let elsewhere = binding("elsewhere");
    cache
        .write(&elsewhere, &tokens(now() + 3600, "alice"))
        .unwrap();
    std::os::unix::fs::symlink(cache.file(&elsewhere.profile), cache.file(&at.profile)).unwrap();
    assert!(
        cache
            .read(&Binding {
                profile: at.profile.clone(),
                ..elsewhere.clone()
            })
            .is_none()
    );
    std::fs::remove_file(cache.file(&at.profile)).unwrap();
    std::fs::create_dir(cache.file(&at.profile)).unwrap();
    assert!(cache.read(&at).is_none());
    drop(dir);
}

#[test]
fn tokens_for_another_server_or_client_are_not_handed_out() {
    let (_dir, cache) = cache();
    let at = binding("staging");
    cache.write(&at, &tokens(now() + 3600, "alice")).unwrap();
    let moved = Binding {
        server: "cognito-idp.eu-west-1.amazonaws.com".to_owned(),
        ..at.clone()
    };
    assert!(cache.read(&moved).is_none());
    let other_client = Binding {
        client_id: ClientId::from("client-b"),
        ..at.clone()
    };
    assert!(cache.read(&other_client).is_none());
    assert!(cache.read(&at).is_some());
}

#[test]
fn validity_comes_from_each_tokens_exp() {
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
    let cached = CachedTokens {
        id: Some(SecretString::from(jwt(1_000_600, "alice"))),
        access: Some(SecretString::from(jwt(999_000, "alice"))),
    };
    assert_eq!(
        cached.valid_for(TokenKind::Id, at),
        Some(Duration::from_secs(600))
    );
    assert_eq!(cached.valid_for(TokenKind::Access, at), None);
    assert_eq!(cached.valid_for(TokenKind::Refresh, at), None);
    let no_exp = CachedTokens {
        id: Some(SecretString::from("not.a.jwt")),
        access: None,
    };
    assert_eq!(no_exp.valid_for(TokenKind::Id, at), None);
    assert_eq!(no_exp.valid_for(TokenKind::Access, at), None);
    let back = cached.to_tokens(at);
    assert!(back.refresh.is_none());
    assert_eq!(
        back.expires_at(),
        Some(SystemTime::UNIX_EPOCH + Duration::from_secs(999_000))
    );
}

#[test]
fn forget_drops_one_profile_and_forget_all_every_one() {
    let (_dir, cache) = cache();
    let (a, b) = (binding("a"), binding("b"));
    cache.write(&a, &tokens(now() + 3600, "alice")).unwrap();
    cache.write(&b, &tokens(now() + 3600, "bob")).unwrap();
    cache.forget(&a.profile);
    assert!(cache.read(&a).is_none());
    assert!(cache.read(&b).is_some());
    cache.write(&a, &tokens(now() + 3600, "alice")).unwrap();
    cache.forget_all();
    assert!(cache.read(&a).is_none() && cache.read(&b).is_none());
    // Nothing cached yet (no folder) is as good as forgotten.
    TokenCache::at(cache.dir().join("none")).forget_all();
}

#[test]
fn renamed_profiles_keep_their_tokens() {
    let (_dir, cache) = cache();
    let (old, new) = (binding("old"), binding("new"));
    cache.write(&old, &tokens(now() + 3600, "alice")).unwrap();
    cache.rename(&old.profile, &new.profile);
    assert!(cache.read(&old).is_none());
    assert!(cache.read(&new).is_some());
    // Nothing cached: nothing to move, nothing goes wrong.
    cache.rename(&old.profile, &new.profile);
    assert!(cache.read(&new).is_some());
}

#[test]
fn every_profile_name_gets_a_file_of_its_own() {
    let names = [
        "prod",
        "Prod",
        "PROD",
        "staging 2",
        "für/../x",
        "con",
        "日本語",
    ];
    let files: std::collections::BTreeSet<String> = names
        .iter()
        .map(|n| file_safe(&ProfileName::from(*n)))
        .collect();
    assert_eq!(files.len(), names.len());
    assert!(
        files.iter().all(|f| !f.contains(['/', '\\', '.'])),
        "{files:?}"
    );
    let long = ProfileName::from("日".repeat(64).as_str());
    assert!(file_safe(&long).starts_with('#'));
    assert!(file_safe(&long).len() < 100);
}

/// Unix only: there a rename replaces a file others have open. Windows may refuse to replace
/// a file another writer or reader has open at that instant; the write then fails whole (a
/// warning, the tokens still printed), which is no torn file either, but not this test's
/// "every write succeeds".
#[cfg(unix)]
#[test]
fn writers_at_once_never_leave_a_torn_file() {
    let (_dir, cache) = cache();
    let at = binding("staging");
    let writers: Vec<_> = (0..8)
        .map(|n| {
            let (cache, at) = (cache.clone(), at.clone());
            std::thread::spawn(move || {
                for round in 0..20 {
                    let who = format!("writer-{n}-{round}-{}", "x".repeat(n * 300));
                    cache.write(&at, &tokens(now() + 3600, &who)).unwrap();
                    let read = cache.read(&at).expect("a whole file at every moment");
                    assert!(read.valid_for(TokenKind::Id, SystemTime::now()).is_some());
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let read = cache.read(&at).unwrap();
    let id = crate::workbench::jwt::unverified_claims(read.id.unwrap().expose_secret()).unwrap();
    let access =
        crate::workbench::jwt::unverified_claims(read.access.unwrap().expose_secret()).unwrap();
    // Both tokens came from one writer's one write.
    assert_eq!(
        format!("{}-access", id["sub"].as_str().unwrap()),
        access["sub"].as_str().unwrap()
    );
    let left: Vec<_> = std::fs::read_dir(cache.dir()).unwrap().collect();
    assert_eq!(left.len(), 1, "temporary files left behind");
}
