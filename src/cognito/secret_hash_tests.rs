use super::*;

#[test]
fn published_vector() {
    // From the Go implementation's test, recomputed in the protocol notes.
    let secret = ClientSecret::from("clientSecret");
    assert_eq!(
        secret_hash(&secret, "test", &"123abd".into()),
        "LoIX/oPJWZzFYv8liJYRo+CHv16FNDY10JlZEDjL3Vg="
    );
}

#[test]
fn depends_on_the_username() {
    let secret = ClientSecret::from("s");
    assert_ne!(
        secret_hash(&secret, "alice", &"c".into()),
        secret_hash(&secret, "bob", &"c".into())
    );
}
