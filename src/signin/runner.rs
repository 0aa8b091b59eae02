//! Carries out `Send` and `Abort` effects on a tokio runtime and hands the answers back as
//! events. `wake` is how the window learns an answer arrived without polling every frame.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio::task::JoinHandle;

use crate::cognito::loopback::RedirectListener;

use super::redirect::{BrowserProblem, RedirectWait};
use super::service::{Authenticator, OnRetry};
use super::session::{Effect, Event};

pub type Waker = Arc<dyn Fn() + Send + Sync>;

pub struct BackgroundRunner {
    runtime: tokio::runtime::Runtime,
    auth: Arc<dyn Authenticator>,
    tasks: HashMap<u64, JoinHandle<()>>,
    sender: UnboundedSender<Event>,
    receiver: UnboundedReceiver<Event>,
    wake: Waker,
}

impl BackgroundRunner {
    /// The window's runner: calls go out on a worker thread of their own, so the UI thread
    /// never waits for the network and learns of answers through `poll` and the waker.
    pub fn new(auth: Arc<dyn Authenticator>) -> std::io::Result<Self> {
        // One worker is plenty for one sign-in at a time and keeps the idle app to few threads.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("cognito-login-net")
            .enable_all()
            .build()?;
        Ok(Self::with_runtime(runtime, auth))
    }

    /// The command line's runner: calls go out on the thread that calls `wait`, which has
    /// nothing else to do meanwhile. No thread is started, and no answer is handed from one
    /// thread to another: on a busy machine each such hand-off waits for the scheduler to
    /// wake the other thread, which cost the headless sign-in more than the request itself
    /// (BENCHMARKS.md, "Headless sign-in on a busy machine").
    pub fn on_this_thread(auth: Arc<dyn Authenticator>) -> std::io::Result<Self> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        Ok(Self::with_runtime(runtime, auth))
    }

    fn with_runtime(runtime: tokio::runtime::Runtime, auth: Arc<dyn Authenticator>) -> Self {
        let (sender, receiver) = unbounded_channel();
        Self {
            runtime,
            auth,
            tasks: HashMap::new(),
            sender,
            receiver,
            wake: Arc::new(|| {}),
        }
    }

    pub fn set_waker(&mut self, wake: Waker) {
        self.wake = wake;
    }

    /// Starts or stops background work. Returns the effects that are not this runner's job
    /// (saving settings) for the caller.
    pub fn run(&mut self, effects: Vec<Effect>) -> Vec<Effect> {
        let mut rest = Vec::new();
        for effect in effects {
            match effect {
                Effect::Send { attempt, call } => {
                    tracing::debug!(attempt, operation = call.operation.name(), "call started");
                    let on_retry: OnRetry = {
                        let sender = self.sender.clone();
                        let wake = Arc::clone(&self.wake);
                        Arc::new(move |retry| {
                            let _ = sender.send(Event::Retrying { attempt, retry });
                            wake();
                        })
                    };
                    let future = self.auth.perform(*call, on_retry);
                    let sender = self.sender.clone();
                    let wake = Arc::clone(&self.wake);
                    let handle = self.runtime.spawn(async move {
                        let outcome = future.await;
                        let event = Event::Finished {
                            attempt,
                            outcome,
                            received_at: SystemTime::now(),
                        };
                        // The receiver only goes away when the app is closing.
                        let _ = sender.send(event);
                        wake();
                    });
                    self.tasks.insert(attempt, handle);
                }
                Effect::AwaitRedirect { attempt, wait } => {
                    rest.extend(self.await_redirect(attempt, *wait));
                }
                Effect::Abort { attempt } => {
                    tracing::debug!(attempt, "call abandoned");
                    if let Some(handle) = self.tasks.remove(&attempt) {
                        handle.abort();
                    }
                }
                other => rest.push(other),
            }
        }
        rest
    }

    /// Holds the callback's port now, so that a busy port is known before any browser opens,
    /// then waits there in the background. Hands back the browser's address to open (the
    /// caller's job: the window also shows it, the command line may only print it).
    fn await_redirect(&mut self, attempt: u64, wait: RedirectWait) -> Option<Effect> {
        tracing::debug!(
            attempt,
            callback = wait.callback.as_str(),
            "waiting for the browser"
        );
        let bound = RedirectListener::bind(&wait.callback);
        let open = bound
            .is_ok()
            .then(|| Effect::OpenBrowser(wait.address.clone()));
        let sender = self.sender.clone();
        let wake = Arc::clone(&self.wake);
        let handle = self.runtime.spawn(async move {
            let result = match bound {
                Ok(listener) => (listener.wait_for_code(&wait.state, wait.timeout).await)
                    .map_err(BrowserProblem::from),
                Err(error) => Err(BrowserProblem::from(error)),
            };
            let _ = sender.send(Event::Redirected { attempt, result });
            wake();
        });
        self.tasks.insert(attempt, handle);
        open
    }

    /// Answers that arrived since the last call.
    pub fn poll(&mut self) -> Vec<Event> {
        let events: Vec<Event> = std::iter::from_fn(|| self.receiver.try_recv().ok()).collect();
        for event in &events {
            if let Event::Finished { attempt, .. } | Event::Redirected { attempt, .. } = event {
                self.tasks.remove(attempt);
            }
        }
        events
    }

    /// Waits for the next answer: the command line's way of driving the same work. `None`
    /// when nothing is out, rather than waiting forever. With `on_this_thread`, the calls run
    /// here, while waiting.
    pub fn wait(&mut self) -> Option<Event> {
        if self.tasks.is_empty() {
            return None;
        }
        let event = self.runtime.block_on(self.receiver.recv())?;
        if let Event::Finished { attempt, .. } | Event::Redirected { attempt, .. } = &event {
            self.tasks.remove(attempt);
        }
        Some(event)
    }
}

#[cfg(test)]
#[path = "runner_tests.rs"]
mod tests;
