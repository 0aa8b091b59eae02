//! Cognito Login: sign in to an Amazon Cognito user pool and hand over the tokens.
//!
//! Layers, bottom up, each using only those below it (tests/layers.rs checks it): `cognito`
//! (the wire protocol, the only user of reqwest), `workbench` (a session's tokens: reading,
//! checking and handing them over), `signin` (the form, the pure state machine and the
//! background runner), `profiles`, `keychain` and `settings` (what is kept between runs),
//! `token_cache` (each profile's latest ID and access tokens, shared by the window and the
//! command line; above profiles, beside the keychain), then the two faces that drive the same
//! core: `ui` (egui, the only user of egui) and `cli`. `logging`, `private_file`, `clipboard`
//! and `messages` (the texts in each language) are leaves anyone may use.

pub mod cli;
pub mod clipboard;
pub mod cognito;
pub mod keychain;
pub mod logging;
pub mod messages;
pub mod private_file;
pub mod profiles;
pub mod settings;
pub mod signin;
pub mod token_cache;
pub mod ui;
pub mod workbench;
