//! Changing the list of profiles: create, rename, duplicate, delete, import. Methods on
//! `Config`, so that the window and the command line can follow one set of rules; each says
//! what it did in a type, and the words for the person stay with the face that shows them.

use crate::profiles::{Origin, Profile, ProfileName};

use super::{Config, Settings};

/// The name a new profile gets (" 2", " 3", … added while it is taken).
pub const NEW_PROFILE_NAME: &str = "New profile";

/// Why a profile cannot be given a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    /// Empty, too long, or holding hidden characters (`ProfileName::new` says which).
    Unusable(&'static str),
    /// A profile of that name (as `ProfileName::same_as` compares) exists already.
    Taken(ProfileName),
}

/// A rename that happened: the secrets saved under `old` move to `new`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    pub old: ProfileName,
    pub new: ProfileName,
}

/// A profile deleted: its secrets in the keychain go with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    pub name: ProfileName,
}

/// What an import does with a profile whose name is taken (as `ProfileName::same_as` compares).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SameName {
    /// The imported profile takes the place of the one here.
    Replace,
    /// The one here stays and the imported one is left out.
    Keep,
}

/// Which profile is current after an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterImport {
    /// The first imported, always (the window shows what was just imported).
    FirstImported,
    /// The first imported only when none was current (the command line's import).
    FirstImportedIfNone,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportRules {
    /// Where the profiles came from: the tester view, and the check on where a profile sends
    /// the password, go by this.
    pub origin: Origin,
    pub same_name: SameName,
    pub current: AfterImport,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    /// Every profile of the file, in its order (those left out by `SameName::Keep` too).
    pub names: Vec<ProfileName>,
    /// Profiles that took the place of one of the same name: their server or client may have
    /// changed, so secrets saved for the old one must not follow them.
    pub replaced: Vec<ProfileName>,
}

impl Config {
    /// Takes the form's values into the current profile before the list of profiles changes;
    /// an empty form with no profile yet is not worth a profile of its own.
    pub fn take_form(&mut self, form: &Settings) {
        if !form.target.is_blank() || !self.profiles.is_empty() {
            self.apply(form);
        }
    }

    /// `base`, or `base` with a number when a profile has that name already.
    fn free_name(&self, base: &str) -> ProfileName {
        ProfileName::free(base, self.profiles.iter().map(|p| &p.name))
    }

    /// Whether a profile here has `name` (as `ProfileName::same_as` compares).
    fn has_name(&self, name: &ProfileName) -> bool {
        self.profiles.iter().any(|p| p.name.same_as(name))
    }

    /// Adds an empty profile under a free name and makes it current; returns the name.
    pub fn create_profile(&mut self) -> ProfileName {
        let name = self.free_name(NEW_PROFILE_NAME);
        self.profiles.push(Profile {
            name: name.clone(),
            ..Profile::default()
        });
        self.current.clone_from(&name);
        name
    }

    /// Gives the current profile the name `wanted` (trimmed), unless it cannot be a name or
    /// is taken: then nothing changes.
    pub fn rename_current(&mut self, wanted: &str) -> Result<Renamed, NameProblem> {
        let name = ProfileName::new(wanted).map_err(NameProblem::Unusable)?;
        if self.has_name(&name) {
            return Err(NameProblem::Taken(name));
        }
        if let Some(profile) = self.profiles.iter_mut().find(|p| p.name == self.current) {
            profile.name.clone_from(&name);
        }
        let old = std::mem::replace(&mut self.current, name.clone());
        Ok(Renamed { old, new: name })
    }

    /// Copies the current profile under a free name ("… copy") as one made here, and makes
    /// the copy current; its name, or None when there is no profile.
    pub fn duplicate_current(&mut self) -> Option<ProfileName> {
        let current = self.current_profile().cloned()?;
        let name = self.free_name(&format!("{} copy", current.name));
        self.profiles.push(Profile {
            name: name.clone(),
            origin: Origin::Own,
            ..current
        });
        self.current.clone_from(&name);
        Some(name)
    }

    /// Deletes the profile `current` names; the first left becomes current.
    pub fn delete_current(&mut self) -> Deleted {
        let name = self.current.clone();
        self.remove_profile(&name);
        Deleted { name }
    }

    /// The names among `incoming` that a profile here has already (as `same_as` compares), in
    /// `incoming`'s order: what an import would replace or leave out.
    pub fn taken_names(&self, incoming: &[Profile]) -> Vec<ProfileName> {
        incoming
            .iter()
            .filter(|p| self.has_name(&p.name))
            .map(|p| p.name.clone())
            .collect()
    }

    /// Adds `incoming` (marked with `rules.origin`), treating taken names as `rules` say.
    pub fn import(&mut self, incoming: Vec<Profile>, rules: ImportRules) -> Imported {
        let names: Vec<ProfileName> = incoming.iter().map(|p| p.name.clone()).collect();
        let mut replaced = Vec::new();
        for profile in incoming {
            // A profile handed over in a file opens in the tester view (issue 16): the tester
            // it is for needs only the username and password.
            let profile = Profile {
                origin: rules.origin,
                tester_view: rules.origin != Origin::Own,
                ..profile
            };
            match (self.profiles.iter_mut()).find(|p| p.name.same_as(&profile.name)) {
                Some(existing) if rules.same_name == SameName::Replace => {
                    replaced.push(profile.name.clone());
                    *existing = profile;
                }
                Some(_) => {}
                None => self.profiles.push(profile),
            }
        }
        let move_current = match rules.current {
            AfterImport::FirstImported => true,
            AfterImport::FirstImportedIfNone => self.current.is_empty(),
        };
        if move_current && let Some(first) = names.first() {
            self.current.clone_from(first);
        }
        Imported { names, replaced }
    }
}

#[cfg(test)]
#[path = "profile_edits_tests.rs"]
mod tests;
