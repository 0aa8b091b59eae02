//! The language of the command line's words for a person: its `hint:` and `note:` lines. The
//! `error:` line stays English, for scripts. `--lang` when given, else the Language saved in
//! the window's About, else the system's (`LanguageChoice::resolve`), as the window decides.
//! Kept for the process, so that every command's printing finds it without a parameter.

use std::sync::OnceLock;

use crate::messages::{Lang, Message, tr};
use crate::settings::ConfyStore;

/// `--lang`, once `main` has read the arguments.
static FLAG: OnceLock<Option<Lang>> = OnceLock::new();
/// The language decided from it, the first time a line needs it.
static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Called by `main` with `--lang` before a command runs.
pub fn choose(flag: Option<Lang>) {
    let _ = FLAG.set(flag);
}

/// The language the command line speaks. English where `main` did not choose (the library's
/// own tests), so that no test depends on the computer's settings.
pub fn language() -> Lang {
    let Some(flag) = FLAG.get() else {
        return Lang::En;
    };
    *CHOSEN.get_or_init(|| match flag {
        Some(lang) => *lang,
        // The settings file is read only when no flag decides.
        None => ConfyStore::standard()
            .load_config()
            .0
            .language
            .resolve(None),
    })
}

/// A message from the core, in the command line's language.
pub fn words(message: &Message) -> String {
    message.words(language())
}

/// The catalogue's text for `key` in the command line's language.
pub fn say(key: &str) -> String {
    tr(language(), key)
}
