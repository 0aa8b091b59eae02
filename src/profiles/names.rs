//! How profiles are told apart: their name and its rules (nothing hidden, nothing reordered, no
//! two alike), and the colour of a tag.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::messages::Message;

/// Why a name cannot name a profile (`ProfileName::problem`); the English of the
/// `profiles-name-…` messages.
const NEEDS_A_NAME: &str = "a profile needs a name";
const TOO_LONG: &str = "a profile name is up to 64 characters";
const HIDDEN_CHARACTERS: &str =
    "a profile name may not hold invisible or text-direction characters (such as U+200B or U+202E)";

/// A character no profile name may hold: controls (Cc), format characters (Cf: U+200B
/// zero-width space, U+202E right-to-left override, U+2066 isolates, …) and line or paragraph
/// separators. Each is invisible or reorders the text around it, so a name holding one could
/// pass for another profile's in the switcher, an import preview or a prompt.
pub fn is_hidden_char(c: char) -> bool {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    matches!(
        get_general_category(c),
        G::Control | G::Format | G::LineSeparator | G::ParagraphSeparator
    )
}

/// A profile's name: what the switcher shows, what `--profile` picks, what the keychain files
/// the profile's secrets under. Any text is one once saved: a name an older version allowed
/// (one holding a character now refused) still loads, and can be picked, renamed or deleted.
/// A name the person gives now goes through `ProfileName::new`. On disk a plain string.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProfileName(String);

impl ProfileName {
    /// A name as the person typed it (surrounding blanks dropped), when it may name a profile;
    /// else the sentence saying why not.
    pub fn new(typed: &str) -> Result<Self, &'static str> {
        let name = Self::from(typed.trim());
        match name.problem() {
            Some(why) => Err(why),
            None => Ok(name),
        }
    }

    /// Why this cannot name a profile, if it cannot: one read from a file is checked as it is.
    pub fn problem(&self) -> Option<&'static str> {
        if self.0.trim().is_empty() {
            Some(NEEDS_A_NAME)
        } else if self.0.chars().count() > 64 {
            Some(TOO_LONG)
        } else if self.0.chars().any(is_hidden_char) {
            Some(HIDDEN_CHARACTERS)
        } else {
            None
        }
    }

    /// `problem`'s sentence (`why`) as a message, for a person in any language.
    pub fn problem_message(why: &str) -> Message {
        match why {
            NEEDS_A_NAME => Message::new("profiles-name-needed"),
            TOO_LONG => Message::new("profiles-name-too-long"),
            HIDDEN_CHARACTERS => Message::new("profiles-name-hidden-characters"),
            other => Message::said(other),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The name as a person reads it: without its hidden characters.
    pub fn seen(&self) -> String {
        self.0.chars().filter(|c| !is_hidden_char(*c)).collect()
    }

    /// Two names are one name when they read the same: compared without hidden characters, so
    /// a name saved by an older version that holds one cannot sit beside its look-alike.
    pub fn same_as(&self, other: &Self) -> bool {
        self == other || self.seen() == other.seen()
    }

    /// A name none of `taken` is (as `same_as` compares): `base`, else `base 2`, `base 3`, …
    pub fn free<'a>(base: &str, taken: impl Iterator<Item = &'a Self> + Clone) -> Self {
        let is_taken = |name: &Self| taken.clone().any(|t| t.same_as(name));
        let base = Self::from(base);
        if !is_taken(&base) {
            return base;
        }
        (2..)
            .map(|n| Self(format!("{base} {n}")))
            .find(|name| !is_taken(name))
            .unwrap_or(base)
    }
}

impl fmt::Display for ProfileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Read as text wherever it is shown or written; only the way in is typed.
impl std::ops::Deref for ProfileName {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for ProfileName {
    fn from(name: &str) -> Self {
        Self(name.to_owned())
    }
}

impl From<String> for ProfileName {
    fn from(name: String) -> Self {
        Self(name)
    }
}

impl PartialEq<str> for ProfileName {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for ProfileName {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// A colour for a tag, the same every time: "prod"-like tags are red so they stand out.
pub fn tag_colour(tag: &str) -> [u8; 3] {
    let lower = tag.to_ascii_lowercase();
    if lower.contains("prod") || lower.contains("live") {
        return [210, 60, 60];
    }
    if lower.contains("stag") || lower.contains("uat") {
        return [220, 150, 40];
    }
    if lower.contains("dev") || lower.contains("local") || lower.contains("test") {
        return [70, 160, 90];
    }
    let hash = tag
        .bytes()
        .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
    let palette = [
        [80, 130, 210],
        [150, 100, 200],
        [60, 160, 170],
        [170, 140, 90],
    ];
    palette
        .get((hash as usize) % palette.len())
        .copied()
        .unwrap_or([120, 120, 120])
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
