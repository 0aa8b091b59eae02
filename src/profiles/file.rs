//! The profile file: the contract a developer and a tester's app share (README, "Profile
//! files"). Reading is strict — every problem is reported with the profile and key it is in,
//! and a file with any problem adds nothing.

use std::collections::BTreeSet;

use toml::{Table, Value};

use crate::cognito::IdentityPoolId;
use crate::signin::form::is_id_like;
use crate::signin::{Flow, Target};
use crate::workbench::Preset;

use super::file_managed::{MANAGED_KEYS, check_managed, export_managed, read_managed};
use super::names::ProfileName;
use super::profile::{Origin, Profile};

pub const VERSION: i64 = 1;
/// Far more than any team's environments; a bigger file is not a profile file.
pub const MAX_BYTES: usize = 256 * 1024;

const KEYS: [&str; 10] = [
    "name",
    "region",
    "user_pool_id",
    "client_id",
    "endpoint",
    "username",
    "flow",
    "copy_preset",
    "tag",
    "identity_pool_id",
];

/// What is wrong, and where: `profile` is the profile's name (or its number when it has none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub profile: Option<String>,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.profile {
            Some(profile) => write!(f, "profile {profile}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

fn problem(profile: Option<&str>, message: impl Into<String>) -> Problem {
    Problem {
        profile: profile.map(str::to_owned),
        message: message.into(),
    }
}

/// Reads a profile file; either every profile in it, or every problem found.
pub fn parse(bytes: &[u8]) -> Result<Vec<Profile>, Vec<Problem>> {
    let table = read_table(bytes).map_err(|problem| vec![problem])?;
    let mut problems = Vec::new();
    check_version(&table, &mut problems);
    for key in table
        .keys()
        .filter(|k| !["version", "profile"].contains(&k.as_str()))
    {
        problems.push(unknown_key(None, key));
    }
    let entries = match table.get("profile") {
        Some(Value::Array(entries)) if entries.is_empty() => {
            problems.push(problem(None, "the file has no [[profile]]"));
            &[]
        }
        Some(Value::Array(entries)) => entries.as_slice(),
        Some(_) => {
            problems.push(problem(None, "profiles are written as [[profile]] tables"));
            &[]
        }
        None => {
            problems.push(problem(None, "the file has no [[profile]]"));
            &[]
        }
    };
    let profiles = read_profiles(entries, &mut problems);
    if problems.is_empty() {
        Ok(profiles)
    } else {
        Err(problems)
    }
}

/// The file as a TOML table, when it is one of a sensible size.
fn read_table(bytes: &[u8]) -> Result<Table, Problem> {
    if bytes.len() > MAX_BYTES {
        return Err(problem(
            None,
            format!(
                "the file is {} bytes; a profile file is at most {} KiB",
                bytes.len(),
                MAX_BYTES / 1024
            ),
        ));
    }
    let text =
        std::str::from_utf8(bytes).map_err(|_| problem(None, "the file is not UTF-8 text"))?;
    toml::from_str(text).map_err(|e| {
        let start = e.span().map_or(0, |span| span.start.min(text.len()));
        let line = text[..start].matches('\n').count() + 1;
        problem(
            None,
            format!("not valid TOML (line {line}): {}", e.message()),
        )
    })
}

/// `version = 1`: a file from a newer app says so, rather than being misread.
fn check_version(table: &Table, problems: &mut Vec<Problem>) {
    match table.get("version") {
        Some(Value::Integer(VERSION)) => {}
        Some(Value::Integer(v)) if *v > VERSION => problems.push(problem(
            None,
            format!(
                "version {v} is newer than this app understands ({VERSION}); update Cognito Login"
            ),
        )),
        Some(other) => problems.push(problem(
            None,
            format!("version must be {VERSION}, not {other}"),
        )),
        None => problems.push(problem(
            None,
            format!("the file needs `version = {VERSION}` at the top"),
        )),
    }
}

/// Each `[[profile]]`, named in its problems by its name (or its number when it has none);
/// two profiles may not share a name.
fn read_profiles(entries: &[Value], problems: &mut Vec<Problem>) -> Vec<Profile> {
    let mut profiles = Vec::new();
    let mut names = BTreeSet::new();
    for (index, entry) in entries.iter().enumerate() {
        let label = entry
            .get("name")
            .and_then(Value::as_str)
            .filter(|n| !n.trim().is_empty())
            .map_or_else(
                || format!("#{}", index + 1),
                |n| format!("\"{}\"", n.trim()),
            );
        let Some(entry) = entry.as_table() else {
            problems.push(problem(Some(&label), "is not a table of keys"));
            continue;
        };
        match read_profile(entry, &label) {
            Ok(profile) => {
                if !names.insert(profile.name.seen()) {
                    problems.push(problem(Some(&label), "the name is used twice in this file"));
                }
                profiles.push(profile);
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    profiles
}

fn unknown_key(profile: Option<&str>, key: &str) -> Problem {
    let lower = key.to_ascii_lowercase();
    if ["secret", "password", "token", "private", "credential"]
        .iter()
        .any(|s| lower.contains(s))
    {
        problem(
            profile,
            format!(
                "`{key}` looks like a secret; secrets never go in profile files (the app asks for them, or keeps them in the system keychain)"
            ),
        )
    } else {
        problem(
            profile,
            format!("unknown key `{key}` (known: {})", KEYS.join(", ")),
        )
    }
}

fn read_profile(entry: &Table, label: &str) -> Result<Profile, Vec<Problem>> {
    let mut problems = Vec::new();
    let at = Some(label);
    let known = |k: &String| KEYS.contains(&k.as_str()) || MANAGED_KEYS.contains(&k.as_str());
    for key in entry.keys().filter(|k| !known(k)) {
        problems.push(unknown_key(at, key));
    }
    let mut text = |key: &str| match entry.get(key) {
        None => String::new(),
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(other) => {
            problems.push(problem(
                at,
                format!(
                    "`{key}` must be a string in quotes, not {}",
                    other.type_str()
                ),
            ));
            String::new()
        }
    };
    let profile = Profile {
        name: ProfileName::from(text("name")),
        target: Target {
            region: text("region"),
            pool_id: text("user_pool_id"),
            client_id: text("client_id"),
            endpoint: text("endpoint"),
            username: text("username"),
            identity_pool_id: text("identity_pool_id"),
            flow: Flow::default(),
            ..Target::default()
        },
        copy_preset: Preset::default(),
        tag: text("tag"),
        origin: Origin::Own,
        password_flow_server: String::new(),
        tester_view: false,
    };
    let flow = text("flow");
    let copy_preset = text("copy_preset");
    let mut profile = profile;
    let mut found = Vec::new();
    (profile.target.kind, profile.target.managed) = read_managed(entry, &mut found);
    problems.extend(found.into_iter().map(|message| problem(at, message)));
    match flow.as_str() {
        "" | "auto" => profile.target.flow = Flow::Auto,
        "srp" => profile.target.flow = Flow::Srp,
        "password" => profile.target.flow = Flow::Password,
        "user-auth" => profile.target.flow = Flow::Choice,
        other => problems.push(problem(
            at,
            format!("flow must be auto, srp, password or user-auth, not \"{other}\""),
        )),
    }
    if !copy_preset.is_empty() {
        match toml::Value::String(copy_preset.clone()).try_into::<Preset>() {
            Ok(preset) => profile.copy_preset = preset,
            Err(_) => problems.push(problem(
                at,
                format!("copy_preset must be raw, bearer, authorization-header, curl, env or postman-env, not \"{copy_preset}\""),
            )),
        }
    }
    problems.extend(check(&profile, label));
    if problems.is_empty() {
        Ok(profile)
    } else {
        Err(problems)
    }
}

/// The checks a profile must pass wherever it comes from (a file, the window).
pub fn check(profile: &Profile, label: &str) -> Vec<Problem> {
    let at = Some(label);
    let target = &profile.target;
    let mut problems = Vec::new();
    if profile.name.is_empty() {
        problems.push(problem(at, "`name` is required"));
    } else if let Some(why) = profile.name.problem() {
        problems.push(problem(at, format!("`name`: {why}")));
    }
    if target.client_id.is_empty() {
        problems.push(problem(at, "`client_id` is required"));
    } else if !is_id_like(&target.client_id, 128) {
        problems.push(problem(
            at,
            "`client_id` may contain only letters, digits, _ and + (up to 128)",
        ));
    }
    problems.extend(check_managed(target).into_iter().map(|m| problem(at, m)));
    let by_domain = target.kind.uses_domain() && !target.managed.domain.is_empty();
    if target.region.is_empty() && target.endpoint.is_empty() && target.pool_id.is_empty() {
        if !by_domain {
            problems.push(problem(
                at,
                "`region` is required unless `endpoint` is given",
            ));
        }
    } else if let Err(e) = target.resolve() {
        problems.push(problem(at, e.to_string()));
    }
    if !target.identity_pool_id.is_empty()
        && let Err(e) = IdentityPoolId::parse(&target.identity_pool_id)
    {
        problems.push(problem(at, format!("`identity_pool_id`: {e}")));
    }
    if target.username.chars().count() > 128 {
        problems.push(problem(
            at,
            "`username` is longer than Cognito allows (128)",
        ));
    }
    if profile.tag.chars().count() > 16 {
        problems.push(problem(at, "`tag` is a short label, up to 16 characters"));
    }
    problems
}

/// The profile file for `profiles`: only the keys that have a value, in the documented order.
pub fn export(profiles: &[Profile]) -> String {
    let mut out = format!("version = {VERSION}\n");
    for p in profiles {
        out.push_str("\n[[profile]]\n");
        let mut put = |key: &str, value: &str| {
            if !value.is_empty() {
                out.push_str(&format!("{key} = {}\n", Value::String(value.to_owned())));
            }
        };
        put("name", &p.name);
        let t = &p.target;
        put("region", &t.region);
        put("user_pool_id", &t.pool_id);
        put("client_id", &t.client_id);
        put("endpoint", &t.endpoint);
        put("username", &t.username);
        put("flow", flow_name(t.flow));
        if p.copy_preset != Preset::default() {
            put("copy_preset", preset_name(p.copy_preset));
        }
        put("tag", &p.tag);
        put("identity_pool_id", &t.identity_pool_id);
        export_managed(t, &mut out);
    }
    out
}

fn flow_name(flow: Flow) -> &'static str {
    match flow {
        Flow::Auto => "auto",
        Flow::Srp => "srp",
        Flow::Password => "password",
        Flow::Choice => "user-auth",
    }
}

fn preset_name(preset: Preset) -> &'static str {
    match preset {
        Preset::Raw => "raw",
        Preset::Bearer => "bearer",
        Preset::AuthorizationHeader => "authorization-header",
        Preset::Curl => "curl",
        Preset::Env => "env",
        Preset::PostmanEnv => "postman-env",
    }
}

#[cfg(test)]
#[path = "file_tests.rs"]
mod tests;
