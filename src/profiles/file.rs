//! The profile file: the contract a developer and a tester's app share (README, "Profile
//! files"). Reading is strict — every problem is reported with the profile and key it is in,
//! and a file with any problem adds nothing.

use std::collections::BTreeSet;

use toml::{Table, Value};

use crate::cognito::IdentityPoolId;
use crate::messages::Message;
use crate::signin::form::is_id_like;
use crate::signin::{Flow, Target};
use crate::workbench::Preset;

use super::file_managed::{
    MANAGED_KEYS, check_managed, export_managed, not_a_string, read_managed,
};
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
/// The file is untrusted input: its own text (keys, names, values) is only ever a value of the
/// message, never part of the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub profile: Option<String>,
    pub message: Message,
}

impl Problem {
    /// The problem and where it is, for a person, in any language.
    pub fn message(&self) -> Message {
        match &self.profile {
            Some(profile) => Message::new("profiles-problem-in")
                .with("profile", profile)
                .with("problem", self.message.clone()),
            None => self.message.clone(),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

fn problem(profile: Option<&str>, message: Message) -> Problem {
    Problem {
        profile: profile.map(str::to_owned),
        message,
    }
}

/// A problem's message without values.
fn said(key: &'static str) -> Message {
    Message::new(key)
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
            problems.push(problem(None, said("profiles-problem-no-profile")));
            &[]
        }
        Some(Value::Array(entries)) => entries.as_slice(),
        Some(_) => {
            problems.push(problem(None, said("profiles-problem-not-tables")));
            &[]
        }
        None => {
            problems.push(problem(None, said("profiles-problem-no-profile")));
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
            Message::new("profiles-problem-too-big")
                .with("bytes", bytes.len())
                .with("max", MAX_BYTES / 1024),
        ));
    }
    let text =
        std::str::from_utf8(bytes).map_err(|_| problem(None, said("profiles-problem-not-utf8")))?;
    toml::from_str(text).map_err(|e| {
        let start = e.span().map_or(0, |span| span.start.min(text.len()));
        let line = text[..start].matches('\n').count() + 1;
        problem(
            None,
            Message::new("profiles-problem-not-toml")
                .with("line", line)
                .with("error", e.message()),
        )
    })
}

/// `version = 1`: a file from a newer app says so, rather than being misread.
fn check_version(table: &Table, problems: &mut Vec<Problem>) {
    match table.get("version") {
        Some(Value::Integer(VERSION)) => {}
        Some(Value::Integer(v)) if *v > VERSION => problems.push(problem(
            None,
            Message::new("profiles-problem-version-newer")
                .with("version", *v)
                .with("known", VERSION),
        )),
        Some(other) => problems.push(problem(
            None,
            Message::new("profiles-problem-version-wrong")
                .with("known", VERSION)
                .with("version", other.to_string()),
        )),
        None => problems.push(problem(
            None,
            Message::new("profiles-problem-version-missing").with("known", VERSION),
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
            problems.push(problem(Some(&label), said("profiles-problem-not-a-table")));
            continue;
        };
        match read_profile(entry, &label) {
            Ok(profile) => {
                if !names.insert(profile.name.seen()) {
                    problems.push(problem(Some(&label), said("profiles-problem-name-twice")));
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
            Message::new("profiles-problem-looks-secret").with("key", key),
        )
    } else {
        problem(
            profile,
            Message::new("profiles-problem-unknown-key")
                .with("key", key)
                .with("known", KEYS.join(", ")),
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
            problems.push(problem(at, not_a_string(key, other)));
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
            Message::new("profiles-problem-bad-flow").with("flow", other),
        )),
    }
    if !copy_preset.is_empty() {
        match toml::Value::String(copy_preset.clone()).try_into::<Preset>() {
            Ok(preset) => profile.copy_preset = preset,
            Err(_) => problems.push(problem(
                at,
                Message::new("profiles-problem-bad-preset").with("preset", &copy_preset),
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
        problems.push(problem(at, said("profiles-problem-name-required")));
    } else if let Some(why) = profile.name.problem() {
        problems.push(problem(
            at,
            Message::new("profiles-problem-name-bad")
                .with("why", ProfileName::problem_message(why)),
        ));
    }
    if target.client_id.is_empty() {
        problems.push(problem(at, said("profiles-problem-client-id-required")));
    } else if !is_id_like(&target.client_id, 128) {
        problems.push(problem(at, said("profiles-problem-client-id-bad")));
    }
    problems.extend(check_managed(target).into_iter().map(|m| problem(at, m)));
    let by_domain = target.kind.uses_domain() && !target.managed.domain.is_empty();
    if target.region.is_empty() && target.endpoint.is_empty() && target.pool_id.is_empty() {
        if !by_domain {
            problems.push(problem(at, said("profiles-problem-region-required")));
        }
    } else if let Err(e) = target.resolve() {
        problems.push(problem(at, Message::said(e.to_string())));
    }
    if !target.identity_pool_id.is_empty()
        && let Err(e) = IdentityPoolId::parse(&target.identity_pool_id)
    {
        problems.push(problem(
            at,
            Message::new("profiles-problem-identity-pool").with("error", e.to_string()),
        ));
    }
    if target.username.chars().count() > 128 {
        problems.push(problem(at, said("profiles-problem-username-long")));
    }
    if profile.tag.chars().count() > 16 {
        problems.push(problem(at, said("profiles-problem-tag-long")));
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
