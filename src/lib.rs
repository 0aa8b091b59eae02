//! Cognito Login: sign in to an Amazon Cognito user pool and hand over the tokens.
//!
//! Layers, bottom up: `cognito` (the wire protocol, the only user of reqwest), `signin` (the
//! form, the pure state machine and the background runner), `workbench` (reading, checking and
//! handing over tokens), `settings`, `clipboard`, then the
//! two faces that drive the same core: `ui` (egui, the only user of egui) and `cli`.

pub mod cli;
pub mod clipboard;
pub mod cognito;
pub mod keychain;
pub mod logging;
pub mod private_file;
pub mod profiles;
pub mod settings;
pub mod signin;
pub mod ui;
pub mod workbench;
