//! Not part of the test command: tests/soak.sh runs it against MiniStack. One long-lived
//! session and background runner over the real HTTP client — the core the window drives —
//! signs in and out SOAK_RUNS times (default 1,000); resident memory is sampled every 100
//! rounds and must stay flat once warm.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;

use std::sync::Arc;

use cognito_login::cognito::{CognitoClient, Password};
use cognito_login::signin::{
    BackgroundRunner, Event, Flow, Phase, SignInForm, SignInSession, Target,
};

/// Applies `event` and carries out everything it leads to, background calls included.
fn settle(session: &mut SignInSession, runner: &mut BackgroundRunner, event: Event) {
    let effects = session.apply(event);
    runner.run(effects);
    while let Some(next) = runner.wait() {
        let effects = session.apply(next);
        runner.run(effects);
    }
}

fn resident_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[test]
#[ignore = "a soak run: bash tests/soak.sh"]
fn sign_in_and_out_a_thousand_times_in_one_process() {
    let runs: usize = std::env::var("SOAK_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let emu = support::emulators().ministack;
    let form = SignInForm {
        target: Target {
            endpoint: emu.endpoint.clone(),
            pool_id: emu.pool_id.clone(),
            client_id: emu.clients.plain.id.clone(),
            username: "alice".into(),
            // The password flow: what is soaked is the core and the HTTP client, not the SRP
            // math, which a debug build makes slow (tests/srp_ministack.rs covers SRP).
            flow: Flow::Password,
            ..Target::default()
        },
        password: Password::from(emu.password.clone()),
        ..SignInForm::default()
    };
    let mut runner = BackgroundRunner::new(Arc::new(CognitoClient::new().unwrap())).unwrap();
    let mut session = SignInSession::default();
    let mut samples = Vec::new();
    let started = std::time::Instant::now();
    for round in 1..=runs {
        settle(&mut session, &mut runner, Event::Submit(form.clone()));
        assert!(
            matches!(session.phase(), Phase::SignedIn(_)),
            "round {round}: {:?}",
            session.phase()
        );
        settle(&mut session, &mut runner, Event::SignOut);
        assert!(matches!(session.phase(), Phase::Editing), "round {round}");
        if round % 100 == 0 {
            samples.push((round, resident_kb()));
        }
    }
    let took = started.elapsed();
    println!(
        "{runs} sign-ins and sign-outs (USER_PASSWORD_AUTH, MiniStack) in {:.1} s, {:.1} ms a round",
        took.as_secs_f64(),
        took.as_secs_f64() * 1000.0 / runs as f64
    );
    for (round, kb) in &samples {
        println!("after {round:>5} rounds: resident {kb} kB");
    }
    // Flat once warm: from the second sample on, growth stays under 4 MiB.
    if let (Some((_, warm)), Some((_, last))) = (samples.get(1), samples.last()) {
        assert!(
            last.saturating_sub(*warm) < 4096,
            "resident memory grew from {warm} kB to {last} kB"
        );
    }
}
