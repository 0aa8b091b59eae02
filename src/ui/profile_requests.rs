//! What the app does with what the person asks of the profile bar: the change itself is the
//! settings' (`Config`'s methods, the same rules for the command line); here, the form taken
//! in first, the words for the person, and the secrets in the keychain moved or forgotten.

use zeroize::Zeroizing;

use crate::messages::Message;
use crate::profiles::{Origin, Profile, ProfileName};
use crate::settings::{AfterImport, Config, ImportRules, NameProblem, Renamed, SameName};
use crate::signin::{Event, Phase};

use super::app::CognitoLoginApp;
use super::profile_request::ProfileRequest;
use super::trust_prompt::TrustPrompt;

impl CognitoLoginApp {
    pub(super) fn handle_profile(&mut self, request: ProfileRequest, ctx: &egui::Context) {
        if let ProfileRequest::File(answer) = request {
            return self.answer_file_prompt(answer);
        }
        // A warning about one profile's server does not carry over to another, nor does
        // what the status line said about the last thing the person did.
        self.trust_prompt = TrustPrompt::default();
        self.status.clear();
        if matches!(self.session.phase(), Phase::Failed(_)) {
            // A failed sign-in shown below the form was this profile's (issue 16: it followed
            // the person to the next one). Nothing is out, so nothing is aborted.
            self.session.apply(Event::StartOver);
        }
        let mut config = self.store.config();
        config.take_form(&self.form_settings());
        // Profiles whose server or client may have changed: the form's, and those replaced.
        let mut touched = vec![config.current.clone()];
        match request {
            ProfileRequest::Switch(name) => config.current = name,
            ProfileRequest::New => {
                config.create_profile();
            }
            ProfileRequest::Rename(name) => match config.rename_current(&name) {
                Ok(renamed) => self.move_secrets(&config, &renamed),
                Err(problem) => {
                    self.status.warn(name_problem_notice(&problem));
                    return;
                }
            },
            ProfileRequest::Duplicate => {
                config.duplicate_current();
            }
            ProfileRequest::Delete => {
                let gone = config.delete_current();
                self.secrets.forget_profile(&gone.name);
                if let Some(cache) = &self.token_cache {
                    cache.forget(&gone.name);
                }
                self.status.success(
                    Message::new("handoff-deleted-profile").with("name", gone.name.as_str()),
                );
            }
            ProfileRequest::PickImportFile => return self.pick_import_file(ctx),
            ProfileRequest::Import {
                profiles,
                same_name,
                origin,
            } => touched.extend(self.import(&mut config, profiles, same_name, origin)),
            ProfileRequest::Export { all } => {
                self.profile_bar.file_prompt = None;
                self.export(&config, all, ctx);
                self.use_config(&config);
                return;
            }
            ProfileRequest::CancelImport => {
                self.profile_bar.import = None;
                return;
            }
            // Answered above; nothing changes here.
            ProfileRequest::File(_) => return,
            ProfileRequest::TesterView(on) => {
                // Kept with the profile, so it opens the same way next time (issue 16).
                let current = config.current.clone();
                if let Some(profile) = config.profiles.iter_mut().find(|p| p.name == current) {
                    profile.tester_view = on;
                }
                self.use_config(&config);
                return;
            }
        }
        self.rebind(&config, &touched);
        self.use_config(&config);
    }

    /// A renamed profile's secrets go with it.
    fn move_secrets(&mut self, config: &Config, renamed: &Renamed) {
        if let (Some(cache), Some(profile)) = (&self.token_cache, config.current_profile()) {
            cache.rename(&renamed.old, &profile.name);
        }
        if let Some(profile) = config.current_profile()
            && let Some(said) = self.secrets.rename(&renamed.old, &profile.secret_binding())
        {
            self.status.warn(said);
        }
    }

    /// Adds the profiles of the file previewed, and shows the first; the names replaced.
    fn import(
        &mut self,
        config: &mut Config,
        profiles: Vec<Profile>,
        same_name: SameName,
        origin: Origin,
    ) -> Vec<ProfileName> {
        let rules = ImportRules {
            origin,
            same_name,
            current: AfterImport::FirstImported,
        };
        let imported = config.import(profiles, rules);
        self.profile_bar.import = None;
        let names: Vec<&str> = imported.names.iter().map(ProfileName::as_str).collect();
        self.status.success(
            Message::new("handoff-imported")
                .with("count", names.len())
                .with("names", names.join(", ")),
        );
        imported.replaced
    }

    /// Saves the current profile (or all) as a profile file, where the person picks.
    fn export(&mut self, config: &Config, all: bool, ctx: &egui::Context) {
        let profiles: Vec<Profile> = if all {
            config.profiles.clone()
        } else {
            config.current_profile().cloned().into_iter().collect()
        };
        let name = match (all, profiles.first()) {
            (false, Some(p)) => format!("{}.toml", p.name.replace(['/', '\\', ':'], "-")),
            _ => "profiles.toml".to_owned(),
        };
        let waker = ctx.clone();
        super::handover::set_dialog_language(super::speech::language(ctx));
        self.handover.save_text(
            Zeroizing::new(crate::profiles::file::export(&profiles)),
            &name,
            move || waker.request_repaint(),
        );
    }

    /// Profiles whose server or app client may have changed lose the secrets saved for the
    /// old one: a profile file cannot redirect a saved client secret.
    fn rebind(&mut self, config: &Config, touched: &[ProfileName]) {
        for name in touched {
            if let Some(profile) = config.profiles.iter().find(|p| &p.name == name)
                && let Some(said) = self.secrets.rebind(profile)
            {
                self.status.warn(said);
            }
        }
    }
}

fn name_problem_notice(problem: &NameProblem) -> Message {
    match problem {
        NameProblem::Unusable(why) => {
            Message::new("handoff-name-unusable").with("why", ProfileName::problem_message(why))
        }
        NameProblem::Taken(name) => Message::new("handoff-name-taken").with("name", name.as_str()),
    }
}
