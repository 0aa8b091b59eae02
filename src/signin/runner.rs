//! Carries out `Send` and `Abort` effects on a tokio runtime and hands the answers back as
//! events. `wake` is how the window learns an answer arrived without polling every frame.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::SystemTime;

use tokio::task::JoinHandle;

use super::service::{Authenticator, OnRetry};
use super::session::{Effect, Event};

pub type Waker = Arc<dyn Fn() + Send + Sync>;

pub struct BackgroundRunner {
    runtime: tokio::runtime::Runtime,
    auth: Arc<dyn Authenticator>,
    tasks: HashMap<u64, JoinHandle<()>>,
    sender: Sender<Event>,
    receiver: Receiver<Event>,
    wake: Waker,
}

impl BackgroundRunner {
    pub fn new(auth: Arc<dyn Authenticator>) -> std::io::Result<Self> {
        // One worker is plenty for one sign-in at a time and keeps the idle app to few threads.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("cognito-login-net")
            .enable_all()
            .build()?;
        let (sender, receiver) = channel();
        Ok(Self {
            runtime,
            auth,
            tasks: HashMap::new(),
            sender,
            receiver,
            wake: Arc::new(|| {}),
        })
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

    /// Answers that arrived since the last call.
    pub fn poll(&mut self) -> Vec<Event> {
        let events: Vec<Event> = self.receiver.try_iter().collect();
        for event in &events {
            if let Event::Finished { attempt, .. } = event {
                self.tasks.remove(attempt);
            }
        }
        events
    }

    /// Waits for the next answer: the command line's way of driving the same work. `None`
    /// when nothing is out, rather than waiting forever.
    pub fn wait(&mut self) -> Option<Event> {
        if self.tasks.is_empty() {
            return None;
        }
        let event = self.receiver.recv().ok()?;
        if let Event::Finished { attempt, .. } = &event {
            self.tasks.remove(attempt);
        }
        Some(event)
    }
}
