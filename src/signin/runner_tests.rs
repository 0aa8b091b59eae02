use std::sync::{Arc, Mutex};
use std::thread::ThreadId;
use std::time::Duration;

use secrecy::SecretString;

use super::BackgroundRunner;
use crate::cognito::{Endpoint, GlobalSignOutRequest, Operation, Reply};
use crate::signin::service::{Authenticator, Call, OnRetry, OutcomeFuture};
use crate::signin::session::{Effect, Event};

/// Answers every call at once and notes the thread the call ran on.
struct NotesItsThread(Arc<Mutex<Option<ThreadId>>>);

impl Authenticator for NotesItsThread {
    fn perform(&self, _call: Call, _on_retry: OnRetry) -> OutcomeFuture {
        let ran_on = Arc::clone(&self.0);
        Box::pin(async move {
            *ran_on.lock().unwrap() = Some(std::thread::current().id());
            Ok(Reply::Done)
        })
    }
}

fn send(attempt: u64) -> Effect {
    Effect::Send {
        attempt,
        call: Box::new(Call {
            endpoint: Endpoint::for_region("eu-west-1").unwrap(),
            timeout: Duration::from_secs(5),
            operation: Operation::GlobalSignOut(GlobalSignOutRequest {
                access_token: SecretString::from("access"),
            }),
        }),
    }
}

/// Sends one call on `runner`, waits for its answer, and says on which thread the call ran.
fn thread_of_a_call(
    make: fn(Arc<dyn Authenticator>) -> std::io::Result<BackgroundRunner>,
) -> ThreadId {
    let ran_on = Arc::new(Mutex::new(None));
    let mut runner = make(Arc::new(NotesItsThread(Arc::clone(&ran_on)))).unwrap();
    assert!(runner.run(vec![send(7)]).is_empty());
    match runner.wait() {
        Some(Event::Finished { attempt: 7, .. }) => {}
        other => panic!("expected the call's answer, got {other:?}"),
    }
    assert!(runner.wait().is_none(), "nothing is out after the answer");
    ran_on.lock().unwrap().expect("the call ran")
}

#[test]
fn the_command_lines_runner_makes_its_calls_on_the_waiting_thread() {
    // No thread to start and no answer to hand over: on a busy machine each hand-off waits
    // for the scheduler (BENCHMARKS.md, "Headless sign-in on a busy machine").
    assert_eq!(
        thread_of_a_call(BackgroundRunner::on_this_thread),
        std::thread::current().id()
    );
}

#[test]
fn the_windows_runner_makes_its_calls_off_the_ui_thread() {
    assert_ne!(
        thread_of_a_call(BackgroundRunner::new),
        std::thread::current().id()
    );
}
