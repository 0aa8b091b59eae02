//! The one asynchronous step of a sign-in, behind a trait so the window can be tested with a
//! scripted answer and the real app plugs in the HTTP client.

use std::future::Future;
use std::pin::Pin;

use crate::cognito::{AuthResponse, CognitoClient, CognitoError};

use super::form::SignInRequest;

pub type Outcome = Result<AuthResponse, CognitoError>;
pub type OutcomeFuture = Pin<Box<dyn Future<Output = Outcome> + Send>>;

pub trait Authenticator: Send + Sync + 'static {
    fn sign_in(&self, request: &SignInRequest) -> OutcomeFuture;
}

impl Authenticator for CognitoClient {
    fn sign_in(&self, request: &SignInRequest) -> OutcomeFuture {
        let client = self.clone();
        let endpoint = request.endpoint.clone();
        let body = request.password_auth();
        let timeout = request.timeout;
        Box::pin(async move { client.initiate_auth(&endpoint, &body, timeout).await })
    }
}
