//! What an explanation is, and what it may know of the attempt: the words every explaining
//! file builds. Its own file so that the table of Cognito's codes and the other explanations
//! share it without using each other. An explanation holds messages (catalogue keys and their
//! values, errors.ftl), never finished sentences: the window and the command line put them into
//! words in their language.

use crate::cognito::{ClientId, Endpoint};
use crate::messages::{Lang, Message};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// One plain sentence: what happened.
    pub summary: Message,
    /// What to do about it, one step each.
    pub hints: Vec<Message>,
    /// The hint that says why it happened rather than what to do (it is in `hints` too):
    /// the command line shows it alone where the window's other hints point at its buttons.
    pub why: Option<Message>,
}

impl Explanation {
    /// The summary `summary` and the hints of these catalogue keys.
    pub(crate) fn of(summary: Message, hints: &[&'static str]) -> Self {
        Self {
            summary,
            hints: hints.iter().map(|key| Message::new(key)).collect(),
            why: None,
        }
    }

    /// The catalogue key `summary` with the hints of these keys.
    pub(crate) fn keys(summary: &'static str, hints: &[&'static str]) -> Self {
        Self::of(Message::new(summary), hints)
    }

    pub(crate) fn hint(mut self, hint: Message) -> Self {
        self.hints.push(hint);
        self
    }

    /// Adds the hint that says why (see `why`).
    pub(super) fn hint_why(mut self, why: Message) -> Self {
        self.why = Some(why.clone());
        self.hint(why)
    }

    /// The summary in `lang`.
    pub fn summary_in(&self, lang: Lang) -> String {
        self.summary.words(lang)
    }

    /// The hints in `lang`, in their order.
    pub fn hints_in(&self, lang: Lang) -> Vec<String> {
        self.hints.iter().map(|hint| hint.words(lang)).collect()
    }

    /// The hints in English: for logs, and for tests that read what a person reads.
    pub fn hints_english(&self) -> Vec<String> {
        self.hints_in(Lang::En)
    }
}

/// What the explanation may mention about the attempt (never a secret).
#[derive(Debug, Clone)]
pub struct AttemptContext {
    pub endpoint: Endpoint,
    pub client_id: ClientId,
    pub sent_secret: bool,
    pub timeout_secs: u64,
    /// The username the last call sent (and hashed, with a client secret).
    pub username: String,
    /// Whether the user pool ID was given: SRP cannot start without it.
    pub pool_id_given: bool,
    /// Client credentials: the app client's own sign-in, which always sends its secret.
    pub by_client_credentials: bool,
}
