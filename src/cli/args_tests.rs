use clap::Parser;

use super::{Cli, Command, ProfilesCommand};
use crate::messages::Lang;

fn lang_of(args: &[&str]) -> Option<Lang> {
    Cli::try_parse_from(args).unwrap().lang.map(Into::into)
}

#[test]
fn lang_is_taken_by_the_window_and_by_every_command() {
    assert_eq!(lang_of(&["cognito-login", "--lang", "ja"]), Some(Lang::Ja));
    assert_eq!(lang_of(&["cognito-login"]), None);
    assert_eq!(
        lang_of(&["cognito-login", "profiles", "list", "--lang", "en"]),
        Some(Lang::En)
    );
    let cli = Cli::try_parse_from(["cognito-login", "--lang", "ja", "profiles", "list"]).unwrap();
    assert!(matches!(
        cli.command,
        Some(Command::Profiles(ProfilesCommand::List))
    ));
    assert_eq!(cli.lang.map(Lang::from), Some(Lang::Ja));
}

#[test]
fn only_the_languages_with_a_catalogue_are_taken() {
    assert!(Cli::try_parse_from(["cognito-login", "--lang", "fr"]).is_err());
}
