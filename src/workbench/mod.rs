//! The token workbench, free of any window: a session's tokens, reading a JWT, checking it
//! against its issuer's keys, and turning tokens into what Postman, curl or a script wants.

pub mod aws_exports;
pub mod jwt;
pub mod presets;
pub mod tokens;
pub mod verify;

pub use aws_exports::{AwsExport, UnsafeValue, aws_export};
pub use jwt::{Jwt, JwtError};
pub use presets::Preset;
pub use tokens::{TokenKind, Tokens};
pub use verify::{Expected, KeySource, Verdict};
