//! The one asynchronous step of a sign-in, behind a trait so the window can be tested with
//! scripted answers and the real app plugs in the HTTP client.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use crate::cognito::retry::Retry;
use crate::cognito::{CognitoClient, CognitoError, Endpoint, Operation, Reply};

/// One call to Cognito: where, how long to wait, what.
#[derive(Debug)]
pub struct Call {
    pub endpoint: Endpoint,
    pub timeout: Duration,
    pub operation: Operation,
}

pub type Outcome = Result<Reply, CognitoError>;
pub type OutcomeFuture = Pin<Box<dyn Future<Output = Outcome> + Send>>;

/// Told of each retry while a call is out, so the person sees "retrying (2 of 3)".
pub type OnRetry = Arc<dyn Fn(Retry) + Send + Sync>;

pub trait Authenticator: Send + Sync + 'static {
    fn perform(&self, call: Call, on_retry: OnRetry) -> OutcomeFuture;
}

impl Authenticator for CognitoClient {
    fn perform(&self, call: Call, on_retry: OnRetry) -> OutcomeFuture {
        let client = self.clone();
        Box::pin(async move {
            client
                .perform_with_retries(&call.endpoint, &call.operation, call.timeout, &*on_retry)
                .await
        })
    }
}
