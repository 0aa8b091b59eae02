//! The one asynchronous step of a sign-in, behind a trait so the window can be tested with
//! scripted answers and the real app plugs in the HTTP client.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

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

pub trait Authenticator: Send + Sync + 'static {
    fn perform(&self, call: Call) -> OutcomeFuture;
}

impl Authenticator for CognitoClient {
    fn perform(&self, call: Call) -> OutcomeFuture {
        let client = self.clone();
        Box::pin(async move {
            client
                .perform(&call.endpoint, &call.operation, call.timeout)
                .await
        })
    }
}
