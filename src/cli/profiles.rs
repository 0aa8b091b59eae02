//! `cognito-login profiles list | export | import | delete`. The same settings file and
//! profile-file rules as the window.

use std::io::Write;
use std::path::Path;

use crate::profiles::file::{export, parse};
use crate::profiles::{Origin, Profile, ProfileName};
use crate::settings::{AfterImport, Config, ConfyStore, ImportRules, SameName, SettingsStore as _};

use super::args::ProfilesCommand;
use super::exit::Exit;
use super::report;

pub fn run(command: &ProfilesCommand) -> Exit {
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr();
    let store = ConfyStore::standard();
    let (config, notice) = store.load_config();
    if let Some(notice) = notice {
        let _ = writeln!(err, "note: {notice}");
    }
    match command {
        ProfilesCommand::List => list(&config, &mut out),
        ProfilesCommand::Export { name, file } => {
            export_one(&config, name, file.as_deref(), &mut out, &mut err)
        }
        ProfilesCommand::Delete { name } => delete(&store, config, name, &mut err),
        ProfilesCommand::Import { file, replace } => {
            import(&store, config, file, *replace, &mut err)
        }
    }
}

/// `error: invalid input: …`, and the exit code that goes with it.
fn refuse(err: &mut dyn Write, problem: &str) -> Exit {
    report::invalid(err, problem);
    Exit::InvalidInput
}

/// `profiles list`: the names, one a line.
fn list(config: &Config, out: &mut dyn Write) -> Exit {
    for profile in &config.profiles {
        let _ = writeln!(out, "{}", profile.name);
    }
    Exit::Ok
}

/// `profiles export NAME [FILE]`: the profile as a profile file, to FILE or stdout.
fn export_one(
    config: &Config,
    name: &ProfileName,
    file: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit {
    let Some(profile) = config.profiles.iter().find(|p| &p.name == name) else {
        return refuse(err, &format!("there is no profile named \"{name}\""));
    };
    let text = export(std::slice::from_ref(profile));
    let Some(path) = file else {
        let _ = write!(out, "{text}");
        return Exit::Ok;
    };
    match crate::private_file::write(path, text.as_bytes()) {
        Ok(()) => {
            let _ = writeln!(err, "exported \"{name}\" to {}", path.display());
            Exit::Ok
        }
        Err(e) => refuse(err, &format!("could not write {}: {e}", path.display())),
    }
}

/// `profiles import FILE [--replace]`: every profile in the file, or none.
fn import(
    store: &ConfyStore,
    mut config: Config,
    file: &Path,
    replace: bool,
    err: &mut dyn Write,
) -> Exit {
    let incoming = match read_profile_file(file, err) {
        Ok(profiles) => profiles,
        Err(exit) => return exit,
    };
    let taken = config.taken_names(&incoming);
    if !taken.is_empty() && !replace {
        return refuse(
            err,
            &format!(
                "a profile named {} exists already; nothing was imported (use --replace to overwrite)",
                taken
                    .iter()
                    .map(|n| format!("\"{n}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    // The window's rules, but the current profile stays: a script's import does not change
    // which environment the window opens on.
    let rules = ImportRules {
        origin: Origin::Imported,
        same_name: SameName::Replace,
        current: AfterImport::FirstImportedIfNone,
    };
    let imported = config.import(incoming.clone(), rules);
    let replaced: Vec<Profile> = (imported.replaced.iter())
        .filter_map(|name| config.profiles.iter().find(|p| &p.name == name).cloned())
        .collect();
    if let Err(e) = store.save_config(&config) {
        return refuse(err, &e);
    }
    let names: Vec<&str> = incoming.iter().map(|p| p.name.as_str()).collect();
    let _ = writeln!(err, "imported: {}", names.join(", "));
    for profile in &incoming {
        let _ = writeln!(err, "  {} {}", profile.name, profile.sends());
    }
    forget_misbound_secrets(&replaced, err);
    Exit::Ok
}

/// The profiles in `file`, or every problem with it printed (and nothing imported).
fn read_profile_file(file: &Path, err: &mut dyn Write) -> Result<Vec<Profile>, Exit> {
    let bytes = std::fs::read(file)
        .map_err(|e| refuse(err, &format!("could not read {}: {e}", file.display())))?;
    parse(&bytes).map_err(|problems| {
        for problem in &problems {
            report::invalid(err, format_args!("{}: {problem}", file.display()));
        }
        report::hint(
            err,
            "nothing was imported; fix the file and import it again",
        );
        Exit::InvalidInput
    })
}

/// Replaced profiles that now point at another server or app client lose the secrets saved
/// for the old one, as in the window: a file cannot redirect a saved client secret.
fn forget_misbound_secrets(replaced: &[Profile], err: &mut dyn Write) {
    if replaced.is_empty() {
        return;
    }
    let keychain = crate::keychain::Keychain::system();
    for profile in replaced {
        let removed = keychain.forget_unless_bound(&profile.secret_binding());
        if !removed.is_empty() {
            let what: Vec<&str> = removed.iter().map(|k| k.words()).collect();
            let _ = writeln!(
                err,
                "  removed the saved {} of \"{}\": it was saved for another server or app client",
                what.join(" and "),
                profile.name
            );
        }
    }
}

/// `profiles delete NAME`: the profile goes, and with it (as the window's Delete does) its
/// client secret and refresh token in the keychain and its cached tokens: no secret outlives
/// its profile.
fn delete(store: &ConfyStore, mut config: Config, name: &ProfileName, err: &mut dyn Write) -> Exit {
    if !config.remove_profile(name) {
        return refuse(err, &format!("there is no profile named \"{name}\""));
    }
    if let Err(e) = store.save_config(&config) {
        return refuse(err, &e);
    }
    let keychain = crate::keychain::Keychain::system();
    keychain.forget_profile(name);
    if let Some(cache) = crate::token_cache::TokenCache::standard() {
        cache.forget(name);
    }
    let _ = match keychain.unavailable() {
        None => writeln!(err, "deleted \"{name}\" and its secrets in the keychain"),
        Some(_) => writeln!(err, "deleted \"{name}\" (no keychain was reachable)"),
    };
    Exit::Ok
}
