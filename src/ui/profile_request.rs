//! What the person asked of the profile bar or the import preview, handled by the app
//! (profile_requests.rs).

use crate::profiles::{Origin, Profile, ProfileName};
use crate::settings::SameName;

#[derive(Debug)]
pub enum ProfileRequest {
    Switch(ProfileName),
    New,
    Rename(String),
    Duplicate,
    Delete,
    PickImportFile,
    /// Save the current profile (or all) as a profile file.
    Export {
        all: bool,
    },
    /// Add the profiles of a file read for import.
    Import {
        profiles: Vec<Profile>,
        /// What happens to a profile here of the same name.
        same_name: SameName,
        /// Handed over in a file, or shipped with the app.
        origin: Origin,
    },
    CancelImport,
    TesterView(bool),
    /// The path typed where no file dialog gave one.
    File(FileAnswer),
}

/// The person's answer where a file dialog gave no file (none on this system, or cancelled).
#[derive(Debug)]
pub enum FileAnswer {
    SaveTo(std::path::PathBuf),
    Open(std::path::PathBuf),
    Cancel,
}
