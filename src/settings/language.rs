//! The language the window speaks, as chosen in its About window.

use serde::{Deserialize, Serialize};

use crate::messages::Lang;

/// Saved in the settings file as `language = "system" | "english" | "japanese"`; files from
/// before the choice existed load as `System`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LanguageChoice {
    /// The operating system's language.
    #[default]
    System,
    English,
    Japanese,
}

impl LanguageChoice {
    pub const ALL: [LanguageChoice; 3] = [Self::System, Self::English, Self::Japanese];

    /// The language this choice means on this computer.
    pub fn lang(self) -> Lang {
        match self {
            Self::System => Lang::of_system(),
            Self::English => Lang::En,
            Self::Japanese => Lang::Ja,
        }
    }

    /// The language shown: `--lang` when given, else this choice.
    pub fn resolve(self, flag: Option<Lang>) -> Lang {
        flag.unwrap_or_else(|| self.lang())
    }
}
