//! The loopback redirect listener of managed login (RFC 8252 §7.3 and §8.3; the rules Cognito
//! adds are in ../shared/docs/cognito-protocol.md §7 and next-wave.md §2): the registered
//! callback URL, checked, and a tiny HTTP server on its exact host and port that lives only while
//! one sign-in waits for the browser to come back with `?code=…&state=…`.
//!
//! No HTTP server crate: this answers one GET on the loopback interface. hyper is in the tree
//! but needs a page of glue for that, and tiny_http would add crates; tokio's TcpListener and
//! the URL parser of the HTTP client (`Url`, for the percent-decoding) are enough.

mod callback_url;
mod failure;
mod request;

use std::io;
use std::net::{SocketAddr, TcpListener as StdListener};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;
use zeroize::Zeroize;

pub use callback_url::{CallbackError, CallbackUrl, DEFAULT_CALLBACK};
pub use failure::{ListenError, RedirectError};
use request::{Expected, Page, judge};

use super::AuthorizationCode;

/// The request head a browser sends for the callback is well under 2 KiB; more is not a browser.
const MAX_REQUEST_HEAD: usize = 8 * 1024;
/// How long one connection may take to send its request: browsers open spare connections and
/// leave them silent, and each is served on its own so that none holds up the real one.
const REQUEST_TIME: Duration = Duration::from_secs(5);
/// Connections served at once; more are closed unanswered (only local programs can connect).
const MAX_CONNECTIONS: usize = 16;

/// The open callback port, waiting to be handed to `wait_for_code`.
#[derive(Debug)]
pub struct RedirectListener {
    listeners: Vec<StdListener>,
    path: String,
}

impl RedirectListener {
    /// Binds now (synchronously) so that a busy port is known before the browser opens.
    /// `localhost` binds both 127.0.0.1 and ::1: a busy port on either is `PortInUse`; a family
    /// this machine lacks is tolerated when the other bound.
    pub fn bind(callback: &CallbackUrl) -> Result<Self, ListenError> {
        let port = callback.port();
        let mut listeners = Vec::new();
        let mut failure = None;
        for ip in callback.addresses() {
            match StdListener::bind(SocketAddr::new(ip, port)) {
                Ok(listener) => listeners.push(listener),
                Err(e) if e.kind() == io::ErrorKind::AddrInUse => {
                    return Err(ListenError::PortInUse { port });
                }
                Err(e) => failure = Some(format!("{ip} port {port}: {e}")),
            }
        }
        if listeners.is_empty() {
            return Err(ListenError::Other(failure.unwrap_or_default()));
        }
        for listener in &listeners {
            listener
                .set_nonblocking(true)
                .map_err(|e| ListenError::Other(e.to_string()))?;
        }
        Ok(Self {
            listeners,
            path: callback.path().to_owned(),
        })
    }

    /// Waits at most `timeout` for the browser's GET of the callback path and answers it with a
    /// short page. Other paths get 404, anything that is not a GET gets 400, and the wait goes
    /// on. Returning closes the port: a later request is refused by the operating system.
    /// Must run inside a tokio runtime.
    pub async fn wait_for_code(
        self,
        expected_state: &str,
        timeout: Duration,
    ) -> Result<AuthorizationCode, RedirectError> {
        let expect = Arc::new(Expected {
            path: self.path,
            state: expected_state.to_owned(),
        });
        let mut listeners = Vec::new();
        for listener in self.listeners {
            listeners.push(TcpListener::from_std(listener).map_err(io_error)?);
        }
        tokio::time::timeout(timeout, serve(&listeners, expect))
            .await
            .unwrap_or(Err(RedirectError::TimedOut { after: timeout }))
    }
}

fn io_error(e: io::Error) -> RedirectError {
    RedirectError::Io(e.to_string())
}

/// Serves every connection on its own task until one brings the callback.
async fn serve(
    listeners: &[TcpListener],
    expect: Arc<Expected>,
) -> Result<AuthorizationCode, RedirectError> {
    let mut visits = JoinSet::new();
    loop {
        tokio::select! {
            accepted = accept_any(listeners) => match accepted {
                Ok(stream) if visits.len() < MAX_CONNECTIONS => {
                    visits.spawn(visit(stream, Arc::clone(&expect)));
                }
                Ok(_) => {}
                // Out of file handles or a connection reset before it was taken: the port
                // itself is fine, so wait a moment and take the next one.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            },
            Some(done) = visits.join_next() => {
                if let Ok(Some(outcome)) = done {
                    return outcome;
                }
            }
        }
    }
}

async fn accept_any(listeners: &[TcpListener]) -> io::Result<TcpStream> {
    let accepted = match listeners {
        [one] => one.accept().await,
        [first, second] => tokio::select! {
            a = first.accept() => a,
            b = second.accept() => b,
        },
        _ => return Err(io::Error::other("no address to listen on")),
    };
    accepted.map(|(stream, _)| stream)
}

/// One connection: reads its request, answers it, and says whether the wait is over.
async fn visit(
    mut stream: TcpStream,
    expect: Arc<Expected>,
) -> Option<Result<AuthorizationCode, RedirectError>> {
    let mut head = tokio::time::timeout(REQUEST_TIME, read_head(&mut stream))
        .await
        .ok()?;
    let (page, outcome) = match head.as_deref().map(|head| judge(head, &expect)) {
        Some(judged) => judged,
        None => (Page::BadRequest, None),
    };
    head.zeroize();
    // A browser that left before the page still brought what it brought: the outcome stands.
    let _ = tokio::time::timeout(REQUEST_TIME, async {
        stream.write_all(page.response().as_bytes()).await?;
        stream.shutdown().await
    })
    .await;
    outcome
}

/// The request line and headers, up to the blank line; `None` for a head too long or not text.
async fn read_head(stream: &mut TcpStream) -> Option<String> {
    let mut bytes = Vec::with_capacity(1024);
    let mut chunk = [0_u8; 1024];
    let found = loop {
        let read = stream.read(&mut chunk).await.unwrap_or(0);
        bytes.extend_from_slice(chunk.get(..read).unwrap_or_default());
        if let Some(end) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
            break Some(end);
        }
        if read == 0 || bytes.len() > MAX_REQUEST_HEAD {
            break None;
        }
    };
    chunk.zeroize();
    let head = found.and_then(|end| String::from_utf8(bytes.get(..end)?.to_vec()).ok());
    bytes.zeroize();
    head
}
