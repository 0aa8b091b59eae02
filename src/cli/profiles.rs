//! `cognito-login profiles list | export | import`, and `--profile NAME` for the headless
//! commands. The same settings file and profile-file rules as the window.

use std::io::Write;

use crate::profiles::file::{export, parse};
use crate::profiles::{Profile, same_name};
use crate::settings::{Config, ConfyStore, SettingsStore as _};

use super::args::ProfilesCommand;
use super::exit::{EXIT_INVALID_INPUT, EXIT_OK};

/// The saved profile named `name`, when one was asked for.
pub fn saved_profile(name: Option<&str>) -> Result<Option<Profile>, String> {
    let Some(name) = name else {
        return Ok(None);
    };
    let (config, _) = ConfyStore::standard().load_config();
    config
        .profiles
        .into_iter()
        .find(|p| p.name == name)
        .map(Some)
        .ok_or_else(|| {
            format!(
                "there is no profile named \"{name}\" (`cognito-login profiles list` shows them)"
            )
        })
}

pub fn run(command: &ProfilesCommand) -> u8 {
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr();
    let store = ConfyStore::standard();
    let (mut config, notice) = store.load_config();
    if let Some(notice) = notice {
        let _ = writeln!(err, "note: {notice}");
    }
    let fail = |err: &mut dyn Write, message: &str| {
        let _ = writeln!(err, "error: invalid input: {message}");
        EXIT_INVALID_INPUT
    };
    match command {
        ProfilesCommand::List => {
            for profile in &config.profiles {
                let _ = writeln!(out, "{}", profile.name);
            }
            EXIT_OK
        }
        ProfilesCommand::Export { name, file } => {
            let Some(profile) = config.profiles.iter().find(|p| &p.name == name) else {
                return fail(&mut err, &format!("there is no profile named \"{name}\""));
            };
            let text = export(std::slice::from_ref(profile));
            match file {
                None => {
                    let _ = write!(out, "{text}");
                    EXIT_OK
                }
                Some(path) => match crate::private_file::write(path, text.as_bytes()) {
                    Ok(()) => {
                        let _ = writeln!(err, "exported \"{name}\" to {}", path.display());
                        EXIT_OK
                    }
                    Err(e) => fail(
                        &mut err,
                        &format!("could not write {}: {e}", path.display()),
                    ),
                },
            }
        }
        ProfilesCommand::Delete { name } => delete(&store, config, name, &mut err),
        ProfilesCommand::Import { file, replace } => {
            let bytes = match std::fs::read(file) {
                Ok(bytes) => bytes,
                Err(e) => {
                    return fail(&mut err, &format!("could not read {}: {e}", file.display()));
                }
            };
            let incoming = match parse(&bytes) {
                Ok(profiles) => profiles,
                Err(problems) => {
                    for problem in &problems {
                        let _ =
                            writeln!(err, "error: invalid input: {}: {problem}", file.display());
                    }
                    let _ = writeln!(
                        err,
                        "hint: nothing was imported; fix the file and import it again"
                    );
                    return EXIT_INVALID_INPUT;
                }
            };
            let taken: Vec<&str> = incoming
                .iter()
                .filter(|p| config.profiles.iter().any(|q| same_name(&q.name, &p.name)))
                .map(|p| p.name.as_str())
                .collect();
            if !taken.is_empty() && !replace {
                return fail(
                    &mut err,
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
            let mut replaced = Vec::new();
            for profile in incoming.iter().cloned() {
                // Came from a file, as the window's import marks it (the tester view, and the
                // check on where it sends the password, go by this).
                let profile = Profile {
                    origin: crate::profiles::Origin::Imported,
                    ..profile
                };
                match (config.profiles.iter_mut()).find(|q| same_name(&q.name, &profile.name)) {
                    Some(existing) => {
                        replaced.push(profile.clone());
                        *existing = profile;
                    }
                    None => config.profiles.push(profile),
                }
            }
            if config.current.is_empty()
                && let Some(first) = incoming.first()
            {
                config.current.clone_from(&first.name);
            }
            match store.save_config(&config) {
                Ok(()) => {
                    let names: Vec<&str> = incoming.iter().map(|p| p.name.as_str()).collect();
                    let _ = writeln!(err, "imported: {}", names.join(", "));
                    for profile in &incoming {
                        let to = profile
                            .destination()
                            .unwrap_or_else(|| "nowhere yet".into());
                        let _ = writeln!(err, "  {} sends the password to {to}", profile.name);
                    }
                    forget_misbound_secrets(&replaced, &mut err);
                    EXIT_OK
                }
                Err(e) => fail(&mut err, &e),
            }
        }
    }
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
/// client secret and refresh token in the keychain: no secret outlives its profile.
fn delete(store: &ConfyStore, mut config: Config, name: &str, err: &mut dyn Write) -> u8 {
    if !config.remove_profile(name) {
        let _ = writeln!(
            err,
            "error: invalid input: there is no profile named \"{name}\""
        );
        return EXIT_INVALID_INPUT;
    }
    if let Err(e) = store.save_config(&config) {
        let _ = writeln!(err, "error: invalid input: {e}");
        return EXIT_INVALID_INPUT;
    }
    let keychain = crate::keychain::Keychain::system();
    keychain.forget_profile(name);
    let _ = match keychain.unavailable() {
        None => writeln!(err, "deleted \"{name}\" and its secrets in the keychain"),
        Some(_) => writeln!(err, "deleted \"{name}\" (no keychain was reachable)"),
    };
    EXIT_OK
}
