//! Runs the state machine to its next resting point on the command line: the same runner the
//! window uses, waited on instead of polled, and running its calls on the waiting thread.

use std::io::IsTerminal;
use std::sync::Arc;

use crate::cognito::retry::Retry;
use crate::cognito::{CognitoClient, Url};
use crate::signin::{BackgroundRunner, Effect, Event, SignInSession};

/// The HTTP client on a runner that makes its calls on this thread, while `settle` waits:
/// the window needs a thread for the network, a command has nothing else to do meanwhile.
pub fn runner() -> Result<BackgroundRunner, String> {
    let client = CognitoClient::new().map_err(|e| e.to_string())?;
    BackgroundRunner::on_this_thread(Arc::new(client)).map_err(|e| e.to_string())
}

/// Applies `event`, carries out what it asks for, and waits until no call is out. Hands back
/// what the runner does not carry out: settings effects (which a script drops: it should not
/// change the window's remembered form) and the device to keep or forget.
pub fn settle(
    session: &mut SignInSession,
    runner: &mut BackgroundRunner,
    event: Event,
) -> Vec<Effect> {
    settle_opening(session, runner, event, &mut |_| {})
}

/// `settle`, with `open` told of each address the sign-in wants opened in a browser (managed
/// login's page, once the callback's port is held).
pub fn settle_opening(
    session: &mut SignInSession,
    runner: &mut BackgroundRunner,
    event: Event,
    open: &mut dyn FnMut(&Url),
) -> Vec<Effect> {
    let mut left = Vec::new();
    let mut effects = session.apply(event);
    loop {
        for effect in runner.run(effects) {
            match effect {
                Effect::OpenBrowser(address) => open(&address),
                other => left.push(other),
            }
        }
        if !session.is_busy() {
            return left;
        }
        match runner.wait() {
            Some(event) => {
                if let Event::Retrying { retry, .. } = &event {
                    note_retry(retry);
                }
                effects = session.apply(event);
            }
            None => return left,
        }
    }
}

/// `settle`, waiting also for the calls the event started beside the sign-in (revoking at
/// sign-out, the identity pool's two calls), which `settle` leaves running: until nothing is
/// out. Addresses to open are dropped: a script has no browser session to open or end.
pub fn settle_all(
    session: &mut SignInSession,
    runner: &mut BackgroundRunner,
    event: Event,
) -> Vec<Effect> {
    let effects = session.apply(event);
    drain(session, runner, effects)
}

/// Carries out `effects` and waits until nothing is out (the device calls after a sign-in);
/// hands back what the runner does not carry out, as `settle` does.
pub fn drain(
    session: &mut SignInSession,
    runner: &mut BackgroundRunner,
    mut effects: Vec<Effect>,
) -> Vec<Effect> {
    let mut left = Vec::new();
    loop {
        left.extend(
            (runner.run(effects).into_iter()).filter(|e| !matches!(e, Effect::OpenBrowser(_))),
        );
        let Some(event) = runner.wait() else {
            return left;
        };
        if let Event::Retrying { retry, .. } = &event {
            note_retry(retry);
        }
        effects = session.apply(event);
    }
}

/// A person at a terminal sees why the wait is longer; a script's stderr keeps its contract
/// (the first line is the error, if any).
fn note_retry(retry: &Retry) {
    if std::io::stderr().is_terminal() {
        eprintln!(
            "retrying ({} of {}) after: {}",
            retry.attempt, retry.of, retry.reason
        );
    }
}
