//! The languages the app speaks, and which one a locale asks for.

/// A language with a catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    /// The BCP 47 code of the catalogue.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The language a locale such as `ja-JP`, `ja_JP.UTF-8` or `en-US` asks for: Japanese
    /// for any `ja`, English for everything else (the only other catalogue).
    pub fn of_locale(locale: &str) -> Self {
        let language = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default();
        if language.eq_ignore_ascii_case("ja") {
            Lang::Ja
        } else {
            Lang::En
        }
    }

    /// The operating system's language (`sys-locale`: LANG and LC_* on Linux, the user's
    /// preferred languages on macOS and Windows); English when it says none.
    pub fn of_system() -> Self {
        sys_locale::get_locale().map_or(Lang::En, |locale| Self::of_locale(&locale))
    }
}
