// No console window behind the app on Windows; see src/windows_console.rs for the terminal.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;
use cognito_login::cli::{
    Cli, Command, aws_credentials, client_token, decode, profiles, refresh, self_service, sign_in,
    sign_out, token, window_client_secret,
};

#[cfg(windows)]
mod windows_console;

fn main() -> ExitCode {
    // Only with arguments: a plain start opens the window, and a window tied to the terminal's
    // console would be closed by Ctrl+C there. --help, --version and the subcommands need it.
    #[cfg(windows)]
    if std::env::args_os().len() > 1 {
        windows_console::attach_parent_console();
    }
    let cli = Cli::parse();
    cognito_login::logging::init(cli.verbose);
    // The hint and note lines of every command speak --lang, else the saved choice, else the system's.
    cognito_login::cli::speech::choose(cli.lang.map(Into::into));
    match &cli.command {
        Some(Command::SignIn(args)) => sign_in::run(args).into(),
        Some(Command::Refresh(args)) => refresh::run(args).into(),
        Some(Command::ClientToken(args)) => client_token::run(args).into(),
        Some(Command::Decode(args)) => decode::run(args).into(),
        Some(Command::Profiles(command)) => profiles::run(command).into(),
        Some(Command::Token(args)) => token::run(args).into(),
        Some(Command::SignOut(args)) => sign_out::run(args).into(),
        Some(Command::AwsCredentials(args)) => aws_credentials::run(args).into(),
        Some(Command::SignUp(args)) => self_service::sign_up(args).into(),
        Some(Command::ConfirmSignUp(args)) => self_service::confirm_sign_up(args).into(),
        Some(Command::ForgotPassword(args)) => self_service::forgot_password(args).into(),
        Some(Command::ConfirmForgotPassword(args)) => {
            self_service::confirm_forgot_password(args).into()
        }
        Some(Command::ChangePassword(args)) => self_service::change_password(args).into(),
        None => match cognito_login::ui::run_window(
            |settings| {
                cli.prefill.apply(settings);
                settings.language_flag = cli.lang.map(Into::into);
                if let Some(pool) = &cli.identity_pool_id {
                    settings.target.identity_pool_id.clone_from(pool);
                }
            },
            cli.import.clone(),
            window_client_secret(),
        ) {
            Ok(()) => ExitCode::SUCCESS,
            Err(problem) => {
                eprintln!("error: {problem}");
                ExitCode::FAILURE
            }
        },
    }
}
