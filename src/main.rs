use std::process::ExitCode;

use clap::Parser;
use cognito_login::cli::{Cli, Command, decode, profiles, refresh, sign_in};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::SignIn(args)) => ExitCode::from(sign_in::run(args)),
        Some(Command::Refresh(args)) => ExitCode::from(refresh::run(args)),
        Some(Command::Decode(args)) => ExitCode::from(decode::run(args)),
        Some(Command::Profiles(command)) => ExitCode::from(profiles::run(command)),
        None => match cognito_login::ui::run_window(
            |settings| cli.prefill.apply(settings),
            cli.import.clone(),
        ) {
            Ok(()) => ExitCode::SUCCESS,
            Err(problem) => {
                eprintln!("error: {problem}");
                ExitCode::FAILURE
            }
        },
    }
}
