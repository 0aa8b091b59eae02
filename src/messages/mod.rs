//! The texts a person reads, in their language: one Fluent catalogue per language
//! (assets/i18n/en/*.ftl, assets/i18n/ja/*.ftl), built into the binary and parsed once. Word order
//! and plurals belong to the catalogue, so code hands over the values (`Arg`), never sentences
//! glued from pieces. A leaf: the window and the command line use it, it uses nothing of the
//! crate.
//!
//! A missing key or a message that fails to format never panics: English is used instead,
//! then the key itself, and the miss is logged (the catalogue tests keep both from shipping).

mod catalogue;
mod lang;
mod message;

pub use catalogue::{problems, shipped_problems};
pub use lang::Lang;
pub use message::{Message, Value};

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// One catalogue file of each language, for one part of the app.
pub struct Catalogue {
    /// The file's name in `assets/i18n/en/` and `assets/i18n/ja/`.
    pub name: &'static str,
    pub english: &'static str,
    pub japanese: &'static str,
}

macro_rules! catalogue {
    ($name:literal) => {
        Catalogue {
            name: $name,
            english: include_str!(concat!("../../assets/i18n/en/", $name, ".ftl")),
            japanese: include_str!(concat!("../../assets/i18n/ja/", $name, ".ftl")),
        }
    };
}

/// Every catalogue file, built into the binary. A file per part of the app, so that the
/// people (and helpers) translating one part do not edit the same file as another.
pub const CATALOGUES: &[Catalogue] = &[
    catalogue!("app"),
    catalogue!("form"),
    catalogue!("status"),
    catalogue!("errors"),
    catalogue!("challenges"),
    catalogue!("tokens"),
    catalogue!("self-service"),
    catalogue!("hand-off"),
];

/// A value a message is filled with. Numbers stay numbers, so the catalogue can choose a
/// plural form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg<'_> {
    fn from(number: i64) -> Self {
        Arg::Number(number)
    }
}

type Bundle = FluentBundle<FluentResource>;

static ENGLISH: LazyLock<Bundle> = LazyLock::new(|| catalogue::bundle(Lang::En));
static JAPANESE: LazyLock<Bundle> = LazyLock::new(|| catalogue::bundle(Lang::Ja));

fn bundle(lang: Lang) -> &'static Bundle {
    match lang {
        Lang::En => &ENGLISH,
        Lang::Ja => &JAPANESE,
    }
}

/// The message `key` in `lang`, filled with `args`.
pub fn text(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    if let Some(found) = format(lang, key, args) {
        return found;
    }
    if lang != Lang::En
        && let Some(english) = format(Lang::En, key, args)
    {
        return english;
    }
    tracing::warn!(key, "no message of this key in any catalogue");
    key.to_owned()
}

/// The message `key` in `lang`, without values to fill in.
pub fn tr(lang: Lang, key: &str) -> String {
    text(lang, key, &[])
}

/// The message, or `None` when `lang`'s catalogue has no such key or cannot format it.
fn format(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        tracing::warn!(
            key,
            lang = lang.code(),
            "message missing from the catalogue"
        );
        return None;
    };
    let mut values = FluentArgs::new();
    for (name, arg) in args {
        let value = match arg {
            Arg::Text(text) => FluentValue::from(*text),
            Arg::Number(number) => FluentValue::from(*number),
        };
        values.set(*name, value);
    }
    let mut errors = Vec::new();
    let formatted = bundle.format_pattern(pattern, Some(&values), &mut errors);
    if errors.is_empty() {
        Some(formatted.into_owned())
    } else {
        tracing::warn!(
            key,
            lang = lang.code(),
            ?errors,
            "message could not be formatted"
        );
        None
    }
}

#[cfg(test)]
mod catalogue_tests;
#[cfg(test)]
mod lookup_tests;
