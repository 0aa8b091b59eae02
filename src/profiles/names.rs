//! How profiles are told apart: the rules for a name (nothing hidden, nothing reordered, no two
//! alike) and the colour of a tag.

use super::profile::Profile;

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

/// Why `name` cannot name a profile, if it cannot.
pub fn name_problem(name: &str) -> Option<&'static str> {
    if name.trim().is_empty() {
        Some("a profile needs a name")
    } else if name.chars().count() > 64 {
        Some("a profile name is up to 64 characters")
    } else if name.chars().any(is_hidden_char) {
        Some(
            "a profile name may not hold invisible or text-direction characters (such as U+200B or U+202E)",
        )
    } else {
        None
    }
}

/// Two names are one name when they read the same: compared without hidden characters, so
/// a name saved by an older version that holds one cannot sit beside its look-alike.
pub fn same_name(a: &str, b: &str) -> bool {
    let seen = |s: &str| -> String { s.chars().filter(|c| !is_hidden_char(*c)).collect() };
    a == b || seen(a) == seen(b)
}

/// A name not yet taken among `profiles`: `base`, else `base 2`, `base 3`, …
pub fn free_name(profiles: &[Profile], base: &str) -> String {
    let taken = |name: &str| profiles.iter().any(|p| same_name(&p.name, name));
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base} {n}"))
        .find(|name| !taken(name))
        .unwrap_or_else(|| base.to_owned())
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
