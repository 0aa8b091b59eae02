//! The token workbench, free of any window: reading a JWT, checking it against its issuer's
//! keys, and turning tokens into what Postman, curl or a script wants.

pub mod jwt;
pub mod presets;
pub mod verify;

pub use jwt::{Jwt, JwtError};
pub use presets::Preset;
pub use verify::{Expected, KeySource, Verdict};
