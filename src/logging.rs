//! Diagnostic logging, off unless asked for: `--verbose` (debug) or `-vv` (trace) on the
//! command line, or COGNITO_LOGIN_LOG=debug|trace for the window. Lines go to stderr.
//!
//! What is logged is chosen here and at each call site, never a value that could be secret:
//! operation names, hosts, statuses, sizes, timings, the *names* of the fields in a request or
//! an answer, retry decisions. Secrets are `SecretString`s, whose `Debug` is redacted, and no
//! body is ever logged. Only this crate's own events are shown: the HTTP and TLS crates'
//! tracing is not ours to vouch for, so no setting turns it on.

use tracing::Level;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;

/// The environment variable the window reads (it has no command-line flag for it).
pub const ENV: &str = "COGNITO_LOGIN_LOG";

/// How much to log: from `-v` counted on the command line, else from COGNITO_LOGIN_LOG.
pub fn level(verbose: u8, env: Option<&str>) -> Option<Level> {
    match verbose {
        0 => match env.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
            Some("debug" | "1") => Some(Level::DEBUG),
            Some("trace" | "2") => Some(Level::TRACE),
            _ => None,
        },
        1 => Some(Level::DEBUG),
        _ => Some(Level::TRACE),
    }
}

/// A subscriber for this crate's events at `level`, written to `writer`.
pub fn subscriber<W>(level: Level, writer: W) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let only_ours = Targets::new().with_target(env!("CARGO_CRATE_NAME"), level);
    tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .with_max_level(level)
        .finish()
        .with(only_ours)
}

static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Time since `init`, which `main` calls first: for start-up figures in the log.
pub fn since_start() -> std::time::Duration {
    STARTED.get_or_init(std::time::Instant::now).elapsed()
}

/// Turns logging on to stderr when asked for; does nothing otherwise.
pub fn init(verbose: u8) {
    STARTED.get_or_init(std::time::Instant::now);
    let env = std::env::var(ENV).ok();
    if let Some(level) = level(verbose, env.as_deref()) {
        // Fails only when a subscriber is already set, which then keeps logging.
        let _ = tracing::subscriber::set_global_default(subscriber(level, std::io::stderr));
    }
}

/// The names of the fields in a JSON object, nested objects as `Name{inner,…}`: enough to
/// see the shape of a request or an answer, nothing of its values.
pub fn field_names(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Object(map) => {
            let names: Vec<String> = map
                .iter()
                .map(|(key, inner)| match inner {
                    serde_json::Value::Object(_) => format!("{key}{}", field_names(inner)),
                    _ => key.clone(),
                })
                .collect();
            format!("{{{}}}", names.join(","))
        }
        _ => String::new(),
    }
}

#[cfg(test)]
#[path = "logging_tests.rs"]
mod tests;
