//! Named profiles (a region, pool, app client, flow, …) and the profile file a developer
//! hands to testers: TOML, versioned, strictly checked, never a secret in it.

pub mod file;

use serde::{Deserialize, Serialize};

use crate::keychain::Binding;
use crate::signin::Flow;
use crate::workbench::Preset;

/// One environment to sign in to. No secret has a field here, so none can be written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub name: String,
    pub region: String,
    pub user_pool_id: String,
    pub client_id: String,
    pub endpoint: String,
    pub username: String,
    pub flow: Flow,
    pub copy_preset: Preset,
    /// A short label shown beside the name ("prod"), which also picks its colour.
    pub tag: String,
    /// Where the profile came from; only the settings file keeps this, profile files do not.
    pub origin: Origin,
    /// The server (host and port) the person allowed Auto to send the password itself to
    /// when SRP does not work there, though it is not Amazon Cognito. Only the settings file
    /// keeps this: a profile file cannot say yes for the tester.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub password_flow_server: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Made in this app.
    #[default]
    Own,
    /// From a profile file someone handed over.
    Imported,
    /// From the profiles.toml shipped beside the app.
    Bundled,
}

/// The server (host and port) a profile that came from a file sends the password to, when
/// that is neither Amazon Cognito nor this computer: one the person must accept first (the
/// window asks once per host, the command line wants --trust-endpoint).
pub fn untrusted_server(profile: &Profile, endpoint: &crate::cognito::Endpoint) -> Option<String> {
    (profile.handed_over() && endpoint.is_custom() && !endpoint.is_loopback())
        .then(|| endpoint.host_and_port())
}

/// The server and app client a profile's secrets are bound to (`keychain::Binding`): the
/// endpoint's host and port (the region's Cognito host without one) and the client ID. The
/// pool ID plays no part: it does not change where a secret is sent.
pub fn secret_binding(
    profile: &str,
    region: &str,
    pool_id: &str,
    endpoint: &str,
    client_id: &str,
) -> Binding {
    use crate::cognito::{Endpoint, endpoint::pool_region};
    let place = if !endpoint.trim().is_empty() {
        Endpoint::custom(endpoint)
    } else if !region.trim().is_empty() {
        Endpoint::for_region(region.trim())
    } else {
        pool_region(pool_id.trim()).and_then(Endpoint::for_region)
    };
    Binding {
        profile: profile.to_owned(),
        server: place.map(|e| e.host_and_port()).unwrap_or_default(),
        client_id: client_id.trim().to_owned(),
    }
}

impl Profile {
    /// Whether Auto may send the password itself to `endpoint` for this profile.
    pub fn allows_password_flow(&self, endpoint: &crate::cognito::Endpoint) -> bool {
        !self.password_flow_server.is_empty()
            && self.password_flow_server == endpoint.host_and_port()
    }

    /// Where this profile's client secret and refresh token may be sent.
    pub fn secret_binding(&self) -> Binding {
        secret_binding(
            &self.name,
            &self.region,
            &self.user_pool_id,
            &self.endpoint,
            &self.client_id,
        )
    }

    /// Where this profile sends the password (`Endpoint::destination`), or None while its
    /// region or endpoint is not usable yet.
    pub fn destination(&self) -> Option<String> {
        crate::cognito::Endpoint::resolve(&self.region, &self.user_pool_id, &self.endpoint)
            .ok()
            .map(|endpoint| endpoint.destination())
    }

    /// Profiles handed over (imported or bundled) are the ones a tester view is for.
    pub fn handed_over(&self) -> bool {
        self.origin != Origin::Own
    }
}

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

/// Where a profiles.toml shipped with the app may be: beside the executable, in the package's
/// data folder (`/usr/share/cognito-login` for `/usr/bin`), or in a macOS bundle's Resources.
pub fn bundled_candidates(exe: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Some(dir) = exe.parent() else {
        return Vec::new();
    };
    let mut candidates = vec![dir.join("profiles.toml")];
    if let Some(prefix) = dir.parent() {
        candidates.push(
            prefix
                .join("share")
                .join("cognito-login")
                .join("profiles.toml"),
        );
        candidates.push(prefix.join("Resources").join("profiles.toml"));
    }
    candidates
}

/// The profiles.toml shipped with the running app, if there is one.
pub fn bundled_file() -> Option<std::path::PathBuf> {
    let exe = std::env::current_exe().ok()?;
    bundled_candidates(&exe).into_iter().find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_files_are_looked_for_where_packages_put_them() {
        let found = bundled_candidates(std::path::Path::new("/usr/bin/cognito-login"));
        let found: Vec<String> = found.iter().map(|p| p.display().to_string()).collect();
        assert_eq!(
            found,
            [
                "/usr/bin/profiles.toml",
                "/usr/share/cognito-login/profiles.toml",
                "/usr/Resources/profiles.toml"
            ]
        );
    }

    #[test]
    fn free_names_and_tag_colours() {
        let taken = vec![
            Profile {
                name: "a".into(),
                ..Profile::default()
            },
            Profile {
                name: "a 2".into(),
                ..Profile::default()
            },
        ];
        assert_eq!(free_name(&taken, "a"), "a 3");
        assert_eq!(free_name(&taken, "b"), "b");
        assert_eq!(tag_colour("PROD"), [210, 60, 60]);
        assert_eq!(tag_colour("x"), tag_colour("x"));
    }

    #[test]
    fn names_may_not_hide_or_reorder_characters() {
        for hidden in [
            "pro\u{200B}d",
            "\u{202E}dorp",
            "a\u{2066}b",
            "a\u{FEFF}",
            "a\tb",
            "a\u{2028}b",
        ] {
            assert!(name_problem(hidden).is_some(), "{hidden:?}");
        }
        for fine in ["prod", "ステージング", "dev 2", "مرحلة"] {
            assert_eq!(name_problem(fine), None, "{fine:?}");
        }
        assert!(same_name("prod", "pro\u{200B}d"));
        assert!(!same_name("prod", "prod2"));
        let taken = vec![Profile {
            name: "a\u{200B}".into(),
            ..Profile::default()
        }];
        assert_eq!(free_name(&taken, "a"), "a 2");
    }
}
