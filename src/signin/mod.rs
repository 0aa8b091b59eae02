//! The sign-in session, free of any window: the form and its checks, the pure state machine,
//! the words that explain each failure, and the background runner that carries out effects.

pub mod explain;
pub mod form;
pub mod machine;
pub mod runner;
pub mod service;
pub mod tokens;

pub use explain::Explanation;
pub use form::{Field, InputError, SignInForm, SignInRequest};
pub use machine::{ChallengePrompt, Effect, Event, Failure, FailureCause, Phase, SignInSession};
pub use runner::BackgroundRunner;
pub use service::{Authenticator, Outcome};
pub use tokens::{TokenKind, Tokens};
