//! Named profiles (a region, pool, app client, flow, …) and the profile file a developer
//! hands to testers: TOML, versioned, strictly checked, never a secret in it.

mod bundled;
pub mod file;
mod names;
mod profile;

pub use bundled::{bundled_candidates, bundled_file};
pub use names::{free_name, is_hidden_char, name_problem, same_name, tag_colour};
pub use profile::{Origin, Profile, secret_binding, untrusted_server};
