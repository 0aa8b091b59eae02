//! Named profiles (a region, pool, app client, flow, …) and the profile file a developer
//! hands to testers: TOML, versioned, strictly checked, never a secret in it.

mod binding;
mod bundled;
pub mod file;
mod file_managed;
mod names;
mod profile;

pub use binding::Binding;
pub use bundled::{bundled_candidates, bundled_file};
pub use names::{ProfileName, is_hidden_char, tag_colour};
pub use profile::{Origin, Profile, secret_binding, untrusted_domain, untrusted_server};
