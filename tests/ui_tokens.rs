//! The token panel, driven by accessible names: claims, the signature verdict, the expiry
//! countdown, every copy preset, clipboard clearing, the Postman file, Who am I and sign-out.
//! Tokens are signed with the throwaway test key and its JWKS is the scripted key answer.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod support;
mod ui_harness;

use cognito_login::cognito::{
    AttributeType, AuthResponse, AuthenticationResult, GetUserResponse, Reply,
};
use cognito_login::settings::Settings;
use cognito_login::signin::{Flow, Target, TokenKind};
use cognito_login::ui::labels;
use cognito_login::workbench::Preset;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable};
use support::{TEST_JWKS, test_signed_token};
use ui_harness::*;

const ISS: &str = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test123";

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

struct Signed {
    id: String,
    access: String,
}

fn signed(exp: u64) -> Signed {
    Signed {
        id: test_signed_token(
            serde_json::json!({"iss": ISS, "aud": "client123", "token_use": "id",
            "sub": "sub-1", "cognito:username": "alice", "email": "alice@example.com",
            "cognito:groups": ["testers"], "iat": exp - 3600, "auth_time": exp - 3600, "exp": exp}),
        ),
        access: test_signed_token(serde_json::json!({"iss": ISS, "client_id": "client123",
            "token_use": "access", "username": "alice", "scope": "aws.cognito.signin.user.admin",
            "iat": exp - 3600, "exp": exp})),
    }
}

fn answer(tokens: &Signed, exp: u64) -> Reply {
    Reply::Auth(AuthResponse {
        authentication_result: Some(AuthenticationResult {
            id_token: Some(tokens.id.clone().into()),
            access_token: Some(tokens.access.clone().into()),
            refresh_token: Some(REFRESH_TOKEN.into()),
            expires_in: Some(exp as i64 - now_secs() as i64),
            token_type: Some("Bearer".into()),
            ..Default::default()
        }),
        ..Default::default()
    })
}

fn settings() -> Settings {
    Settings {
        target: Target {
            region: "eu-west-1".into(),
            pool_id: "eu-west-1_Test123".into(),
            client_id: "client123".into(),
            username: "alice".into(),
            flow: Flow::Password,
            ..Target::default()
        },
        ..Settings::default()
    }
}

/// Signed in with tokens expiring at `exp`; the pool's keys and GetUser are scripted.
fn signed_in_with(exp: u64, settings: Settings) -> (Ui, Signed) {
    let tokens = signed(exp);
    let reply = answer(&tokens, exp);
    let reply = std::sync::Mutex::new(Some(reply));
    let mut ui = open_with(
        Some(Box::new(move |sent| match sent.op {
            "FetchJwks" => Some(Ok(Reply::Jwks(serde_json::from_str(TEST_JWKS).unwrap()))),
            "GetUser" => Some(Ok(Reply::User(GetUserResponse {
                username: "alice".into(),
                user_attributes: vec![AttributeType {
                    name: "email".into(),
                    value: "alice@example.com".into(),
                }],
                ..Default::default()
            }))),
            "RevokeToken" | "GlobalSignOut" => Some(Ok(Reply::Done)),
            _ => reply
                .lock()
                .unwrap()
                .take()
                .map(Ok)
                .or_else(|| Some(tokens_again(exp))),
        })),
        settings,
    );
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    settle(&mut ui);
    (ui, tokens)
}

fn tokens_again(exp: u64) -> cognito_login::signin::Outcome {
    Ok(answer(&signed(exp), exp))
}

/// Steps until the background work (the key fetch) has been shown.
fn settle(ui: &mut Ui) {
    for _ in 0..50 {
        std::thread::sleep(std::time::Duration::from_millis(10));
        ui.harness.step();
    }
    ui.harness.run();
}

fn open_details(ui: &mut Ui, kind: TokenKind) {
    ui.harness.get_by_label(labels::details(kind)).click();
    ui.harness.run();
}

fn clipboard(ui: &Ui) -> Option<String> {
    ui.clipboard.contents.lock().unwrap().clone()
}

#[test]
fn details_show_claims_times_and_a_valid_signature() {
    let (mut ui, _) = signed_in_with(now_secs() + 3000, settings());
    open_details(&mut ui, TokenKind::Id);
    assert!(
        ui.shows("Signature: valid"),
        "{:?}",
        ui.harness.state().phase()
    );
    for text in [
        "cognito:username",
        "alice@example.com",
        "testers",
        "auth_time",
        "expires in",
    ] {
        assert!(ui.shows(text), "{text}");
    }
    ui.click(labels::copy_claims(TokenKind::Id));
    let claims: serde_json::Value = serde_json::from_str(&clipboard(&ui).unwrap()).unwrap();
    assert_eq!(claims["cognito:username"], "alice");

    open_details(&mut ui, TokenKind::Access);
    assert!(ui.shows("aws.cognito.signin.user.admin"));
    assert!(!ui.shows("INVALID"));
}

#[test]
fn expired_tokens_say_so_everywhere() {
    let (mut ui, _) = signed_in_with(now_secs() - 120, settings());
    assert!(ui.shows("expired at"), "the summary says it");
    open_details(&mut ui, TokenKind::Id);
    assert!(ui.shows("Signature: INVALID: expired at"));
    assert!(
        ui.shows("expired 2 min ago")
            || ui.shows("expired 120 s ago")
            || ui.shows("expired 121 s ago")
    );
}

#[test]
fn every_preset_copies_exactly_and_the_choice_is_remembered() {
    let (mut ui, tokens) = signed_in_with(now_secs() + 3000, settings());
    let copy_with = |ui: &mut Ui, preset: Preset, kind: TokenKind| {
        choose_preset(ui, preset);
        if preset == Preset::Curl {
            ui.type_into(labels::CURL_URL, "https://api.example.com/me");
        }
        // A whole-set preset has one button, saying what it copies.
        ui.click(preset.copy_all_label().unwrap_or(labels::copy(kind)));
        clipboard(ui).unwrap()
    };
    assert_eq!(copy_with(&mut ui, Preset::Raw, TokenKind::Id), tokens.id);
    assert_eq!(
        copy_with(&mut ui, Preset::Bearer, TokenKind::Access),
        format!("Bearer {}", tokens.access)
    );
    assert_eq!(
        copy_with(&mut ui, Preset::AuthorizationHeader, TokenKind::Id),
        format!("Authorization: Bearer {}", tokens.id)
    );
    assert_eq!(
        copy_with(&mut ui, Preset::Curl, TokenKind::Access),
        format!(
            "curl -H 'Authorization: Bearer {}' 'https://api.example.com/me'",
            tokens.access
        )
    );
    assert_eq!(
        copy_with(&mut ui, Preset::Env, TokenKind::Id),
        format!(
            "ID_TOKEN={}\nACCESS_TOKEN={}\nREFRESH_TOKEN={REFRESH_TOKEN}\n",
            tokens.id, tokens.access
        )
    );
    let postman: serde_json::Value =
        serde_json::from_str(&copy_with(&mut ui, Preset::PostmanEnv, TokenKind::Id)).unwrap();
    assert_eq!(postman["values"][0]["value"], tokens.id.as_str());

    let saved = std::fs::read_to_string(settings_path(&ui.config)).unwrap();
    assert!(saved.contains("copy_preset = \"postman-env\""), "{saved}");
    assert!(
        saved.contains("curl_url = \"https://api.example.com/me\""),
        "{saved}"
    );
    assert!(!saved.contains("eyJ"), "no token in the settings: {saved}");
}

#[test]
fn the_clipboard_is_cleared_only_if_it_still_holds_our_token() {
    let with_clearing = Settings {
        clear_clipboard_secs: 5,
        ..settings()
    };
    let (mut ui, tokens) = signed_in_with(now_secs() + 3000, with_clearing);
    ui.click(labels::copy(TokenKind::Id));
    assert_eq!(clipboard(&ui), Some(tokens.id.clone()));
    // The harness's clock moves a quarter second a step.
    for _ in 0..30 {
        ui.harness.step();
    }
    assert_eq!(clipboard(&ui), None);
    assert!(ui.shows("Cleared the clipboard."));

    ui.click(labels::copy(TokenKind::Id));
    *ui.clipboard.contents.lock().unwrap() = Some("something the person copied".into());
    for _ in 0..30 {
        ui.harness.step();
    }
    assert_eq!(
        clipboard(&ui).as_deref(),
        Some("something the person copied")
    );
}

/// Save Postman environment…, the dialog answering `path`; the file as saved.
fn save_postman(ui: &mut Ui, path: &std::path::Path) -> serde_json::Value {
    ui.click(labels::SAVE_POSTMAN);
    for _ in 0..100 {
        if path.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        ui.harness.step();
    }
    ui.harness.run();
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn postman_environment_is_saved_where_the_dialog_says() {
    let (mut ui, tokens) = signed_in_with(now_secs() + 3000, settings());
    // Cancelled (or no dialog on this system): nothing written, and the way to copy it instead.
    ui.click(labels::SAVE_POSTMAN);
    for _ in 0..50 {
        std::thread::sleep(std::time::Duration::from_millis(10));
        ui.harness.step();
    }
    assert!(ui.shows("type where to save the file"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("staging.postman_environment.json");
    *ui.saved_to.lock().unwrap() = Some(path.clone());
    let env = save_postman(&mut ui, &path);
    assert_eq!(env["_postman_variable_scope"], "environment");
    assert_eq!(env["values"][1]["key"], "access_token");
    assert_eq!(env["values"][1]["value"], tokens.access.as_str());
    assert!(ui.shows("Saved ") && ui.shows("staging.postman_environment.json"));
    // The refresh token only when ticked: today's file always carried it.
    let keys = |env: &serde_json::Value| -> Vec<String> {
        (env["values"].as_array().unwrap().iter())
            .map(|v| v["key"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(!keys(&env).contains(&"refresh_token".to_owned()), "{env}");
    ui.harness.get_by_label(labels::INCLUDE_REFRESH).click();
    ui.harness.run();
    std::fs::remove_file(&path).unwrap();
    let env = save_postman(&mut ui, &path);
    assert!(keys(&env).contains(&"refresh_token".to_owned()), "{env}");
    // It holds tokens: readable by its owner alone.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{mode:o}");
    }
}

#[test]
fn who_am_i_lists_the_attributes() {
    let (mut ui, _) = signed_in_with(now_secs() + 3000, settings());
    ui.click(labels::WHO_AM_I);
    settle(&mut ui);
    assert!(ui.shows("User alice"));
    assert!(ui.shows("alice@example.com"));
}

#[test]
fn sign_out_revokes_and_sign_out_everywhere_ends_every_session() {
    let (mut ui, tokens) = signed_in_with(now_secs() + 3000, settings());
    ui.click(labels::SIGN_OUT);
    settle(&mut ui);
    assert!(ui.shows("Cognito revoked the refresh token"));
    let revoke = ui.last_sent();
    assert_eq!(
        revoke,
        serde_json::json!({"Token": REFRESH_TOKEN, "ClientId": "client123"})
    );
    ui.harness
        .get_by_role_and_label(Role::Button, labels::SIGN_IN);

    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    settle(&mut ui);
    ui.click(labels::SIGN_OUT_EVERYWHERE);
    ui.harness.run();
    ui.click(labels::SIGN_OUT_EVERYWHERE);
    settle(&mut ui);
    assert!(ui.shows("Signed out everywhere"));
    assert!(ui.last_sent()["AccessToken"].is_string());
    let _ = tokens;
}

/// A server may say the tokens expire in 285 million years (ExpiresIn 9e15 s, exp likewise):
/// the panel and the details read "far future". Today's window ended there, since chrono
/// cannot hold such a date.
#[test]
fn a_far_off_expiry_reads_far_future() {
    let (mut ui, _) = signed_in_with(9_000_000_000_000_000, settings());
    assert!(ui.shows("far future"), "the expiry line");
    open_details(&mut ui, TokenKind::Id);
    assert!(ui.shows("exp"));
    assert!(ui.shows("far future ("), "the exp row");
}

/// Sign out takes back a token the app left on the clipboard, but never what the person copied
/// since. Today's Sign out left the ID token there.
#[test]
fn sign_out_clears_the_clipboard_only_of_the_apps_copy() {
    let (mut ui, tokens) = signed_in_with(now_secs() + 3000, settings());
    ui.click(labels::copy(TokenKind::Id));
    ui.harness.run();
    assert_eq!(clipboard(&ui), Some(tokens.id.clone()));
    ui.click(labels::SIGN_OUT);
    settle(&mut ui);
    assert_eq!(clipboard(&ui), None, "the ID token outlived the sign-out");

    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    settle(&mut ui);
    ui.click(labels::copy(TokenKind::Id));
    ui.harness.run();
    *ui.clipboard.contents.lock().unwrap() = Some("the person's own text".into());
    ui.click(labels::SIGN_OUT);
    settle(&mut ui);
    assert_eq!(clipboard(&ui).as_deref(), Some("the person's own text"));
}

/// Signed in, the form folds into one line, which still says where the password went.
#[test]
fn the_folded_form_names_where_the_password_went() {
    let (ui, _) = signed_in_with(now_secs() + 3000, settings());
    assert!(
        ui.shows("The password goes to Amazon Cognito, eu-west-1."),
        "the summary line"
    );
}

/// Keys fetched from the server a profile file chose are not called the user pool's: an
/// imported profile's emulator reads "keys from this computer (…), which is not Amazon
/// Cognito". Today's panel said "checked with the user pool's keys" for any server.
#[test]
fn keys_from_a_handed_over_profiles_server_are_not_called_the_pools() {
    use cognito_login::profiles::{Origin, Profile};
    let exp = now_secs() + 3000;
    let tokens = signed(exp);
    let reply = std::sync::Mutex::new(Some(answer(&tokens, exp)));
    let config = cognito_login::settings::Config {
        current: "local".into(),
        profiles: vec![Profile {
            name: "local".into(),
            target: Target {
                endpoint: "http://127.0.0.1:9229".into(),
                pool_id: "eu-west-1_Test123".into(),
                client_id: "client123".into(),
                username: "alice".into(),
                flow: Flow::Password,
                ..Target::default()
            },
            origin: Origin::Imported,
            ..Profile::default()
        }],
        ..Default::default()
    };
    let script: Box<Script> = Box::new(move |sent| match sent.op {
        "FetchJwks" => Some(Ok(Reply::Jwks(serde_json::from_str(TEST_JWKS).unwrap()))),
        _ => reply.lock().unwrap().take().map(Ok),
    });
    let keychain = std::sync::Arc::new(cognito_login::keychain::Keychain::mock());
    let mut ui = open_with_keychain(Some(script), &config, keychain);
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    settle(&mut ui);
    open_details(&mut ui, TokenKind::Id);
    assert!(ui.shows(
        "checked with keys from this computer (127.0.0.1:9229), which is not Amazon Cognito"
    ));
    assert!(!ui.shows("the user pool's keys"));
}

/// Picks `preset` under Copy as, as a person does.
fn choose_preset(ui: &mut Ui, preset: Preset) {
    ui.harness.get_by_label(labels::COPY_AS).click();
    ui.harness.run();
    ui.harness
        .get_by_role_and_label(Role::Button, preset.label())
        .click();
    ui.harness.run();
}

/// The refresh token goes to Cognito's token endpoint alone, never to an API: under Bearer,
/// the Authorization header or curl its button copies it bare. Today's copied
/// `Bearer <refresh>`.
#[test]
fn the_refresh_token_is_never_copied_as_a_bearer_token() {
    let (mut ui, tokens) = signed_in_with(now_secs() + 3000, settings());
    for preset in [Preset::Bearer, Preset::AuthorizationHeader, Preset::Curl] {
        choose_preset(&mut ui, preset);
        if preset == Preset::Curl {
            ui.type_into(labels::CURL_URL, "https://api.example.com/me");
        }
        ui.click(labels::copy(TokenKind::Refresh));
        assert_eq!(clipboard(&ui).as_deref(), Some(REFRESH_TOKEN), "{preset:?}");
        ui.click(labels::copy(TokenKind::Access));
        assert!(
            clipboard(&ui).unwrap().contains(&tokens.access),
            "{preset:?}"
        );
        assert_ne!(clipboard(&ui).as_deref(), Some(tokens.access.as_str()));
    }
}

/// With .env or Postman, one button says it copies them all; no "Copy ID token" that copies
/// the refresh token too. Today's three buttons each copied the whole set.
#[test]
fn whole_set_presets_have_one_button_that_says_copy_all() {
    let (mut ui, _) = signed_in_with(now_secs() + 3000, settings());
    choose_preset(&mut ui, Preset::Env);
    for kind in TokenKind::ALL {
        assert!(
            ui.harness.query_by_label(labels::copy(kind)).is_none(),
            "{kind:?}"
        );
    }
    ui.click("Copy all as .env");
    ui.harness.run();
    assert!(clipboard(&ui).unwrap().starts_with("ID_TOKEN="));
    assert!(ui.shows(labels::COPIED));
    choose_preset(&mut ui, Preset::PostmanEnv);
    ui.click("Copy all as Postman environment");
    let env: serde_json::Value = serde_json::from_str(&clipboard(&ui).unwrap()).unwrap();
    assert_eq!(env["_postman_variable_scope"], "environment");
}

/// The curl preset with no URL asks for one, and copies nothing until it has it (by button
/// or by Ctrl+1). Today's copied a command for https://api.example.com/.
#[test]
fn curl_without_a_url_asks_for_one() {
    let (mut ui, tokens) = signed_in_with(now_secs() + 3000, settings());
    choose_preset(&mut ui, Preset::Curl);
    assert!(ui.shows("Type the URL the curl command should call"));
    let button = ui
        .harness
        .get_by_role_and_label(Role::Button, labels::copy(TokenKind::Id));
    assert!(button.accesskit_node().is_disabled());
    ui.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num1);
    ui.harness.run();
    assert_eq!(clipboard(&ui), None, "nothing copied without a URL");
    ui.type_into(labels::CURL_URL, "https://api.test/me");
    assert!(!ui.shows("Type the URL the curl command should call"));
    ui.click(labels::copy(TokenKind::Id));
    assert_eq!(
        clipboard(&ui).unwrap(),
        format!(
            "curl -H 'Authorization: Bearer {}' 'https://api.test/me'",
            tokens.id
        )
    );
}

/// cognito-local sends no ExpiresIn: the line reads the tokens' `exp`, as the details do.
/// Today's said "(0 min after they were issued)" while the details said 23 h 59 min.
#[test]
fn without_expires_in_the_expiry_line_reads_the_tokens_exp() {
    let exp = now_secs() + 24 * 3600 - 30;
    let tokens = signed(exp);
    let Reply::Auth(mut reply) = answer(&tokens, exp) else {
        unreachable!()
    };
    if let Some(result) = reply.authentication_result.as_mut() {
        result.expires_in = None;
    }
    let reply = std::sync::Mutex::new(Some(Reply::Auth(reply)));
    let mut ui = open_with(
        Some(Box::new(move |sent| match sent.op {
            "FetchJwks" => Some(Ok(Reply::Jwks(serde_json::from_str(TEST_JWKS).unwrap()))),
            _ => reply.lock().unwrap().take().map(Ok),
        })),
        settings(),
    );
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    settle(&mut ui);
    assert!(ui.shows(", in 23 h 59 min."), "the expiry line");
    assert!(!ui.shows("0 min after"));
    open_details(&mut ui, TokenKind::Id);
    assert!(ui.shows("expires in 23 h 59 min"), "the exp row agrees");
}

/// Sign out everywhere asks first, saying what it does; Cancel keeps everything as it was.
/// Today's signed every device out at the first click.
#[test]
fn sign_out_everywhere_asks_first() {
    let (mut ui, _) = signed_in_with(now_secs() + 3000, settings());
    let global_sign_outs = |ui: &Ui| {
        (ui.sent.lock().unwrap().iter())
            .filter(|body| body.get("AccessToken").is_some() && body.get("ClientId").is_none())
            .count()
    };
    let before = global_sign_outs(&ui);
    ui.click(labels::SIGN_OUT_EVERYWHERE);
    settle(&mut ui);
    assert!(ui.shows("ends every session of this user on every device"));
    assert_eq!(
        global_sign_outs(&ui),
        before,
        "nothing sent before the answer"
    );
    ui.assert_signed_in();
    ui.click(labels::CANCEL);
    ui.harness.run();
    assert!(!ui.shows("ends every session of this user on every device"));
    ui.assert_signed_in();
    ui.click(labels::SIGN_OUT_EVERYWHERE);
    ui.harness.run();
    ui.click(labels::SIGN_OUT_EVERYWHERE);
    settle(&mut ui);
    assert_eq!(global_sign_outs(&ui), before + 1);
    assert!(ui.shows("Signed out everywhere"));
}

/// The token rows use the window: at 1280 px more of each token shows (today 19 characters
/// at any width); at 480×500 no control runs past the window's edge under the scrollbar.
#[test]
fn tokens_widen_with_the_window_and_fit_a_small_one() {
    let (mut ui, tokens) = signed_in_with(now_secs() + 3000, settings());
    let shown = |ui: &Ui| -> usize {
        let node = (ui.harness)
            .query_all_by_label_contains(&tokens.id[..12])
            .next()
            .unwrap();
        // A label keeps its text in the value (AccessKit's Role::Label).
        node.accesskit_node()
            .value()
            .unwrap_or_default()
            .chars()
            .count()
    };
    ui.harness.set_size(egui::vec2(1280.0, 900.0));
    ui.harness.run();
    assert!(shown(&ui) > 80, "{} characters at 1280 px", shown(&ui));
    ui.harness.set_size(egui::vec2(480.0, 500.0));
    ui.harness.run();
    assert!(shown(&ui) >= 19);
    // The scroll bar takes the window's last few points.
    let edge = 480.0 - 8.0;
    for kind in TokenKind::ALL {
        let copy = ui
            .harness
            .get_by_role_and_label(Role::Button, labels::copy(kind));
        assert!(copy.rect().max.x <= edge, "{kind:?}: {:?}", copy.rect());
    }
    for label in [
        labels::COPY_AS,
        labels::SIGN_OUT_EVERYWHERE,
        labels::WHO_AM_I,
    ] {
        let node = ui.harness.get_by_label(label);
        assert!(node.rect().max.x <= edge, "{label}: {:?}", node.rect());
    }
}

/// Who am I's answer is scrolled into view when it arrives. Today's came in below the fold
/// of a short window, unseen.
#[test]
fn who_am_i_scrolls_its_answer_into_view() {
    let (mut ui, _) = signed_in_with(now_secs() + 3000, settings());
    ui.harness.set_size(egui::vec2(620.0, 360.0));
    ui.harness.run();
    ui.harness
        .get_by_role_and_label(Role::Button, labels::WHO_AM_I)
        .click_accesskit();
    ui.harness.step();
    settle(&mut ui);
    let answer = ui.harness.get_by_label("User alice").rect();
    assert!(answer.min.y >= 0.0 && answer.max.y <= 360.0, "{answer:?}");
}

/// The "Which one?" hint is read at body size like the text around it. Today's was egui's
/// small size (9 px), a line a third shorter than its neighbours.
#[test]
fn the_which_one_hint_is_body_size() {
    let (mut ui, _) = signed_in_with(now_secs() + 3000, settings());
    // Wide enough for the hint to fit one line.
    ui.harness.set_size(egui::vec2(1800.0, 900.0));
    ui.harness.run();
    let height = |ui: &Ui, text: &str| {
        let node = ui.harness.query_all_by_label_contains(text).next().unwrap();
        node.rect().height()
    };
    let hint = height(&ui, "Which one?");
    let body = height(&ui, "Flow used:");
    assert!(
        hint >= body - 0.5,
        "hint {hint} px high, body text {body} px"
    );
}

/// The tester view has no Copy as row, but a curl preset chosen before still needs its URL:
/// the field shows there too. Today's tester view left the Copy buttons waiting for a field
/// it did not show.
#[test]
fn the_tester_view_asks_for_the_curl_url_too() {
    use cognito_login::profiles::{Origin, Profile};
    let config = cognito_login::settings::Config {
        current: "staging".into(),
        profiles: vec![Profile {
            name: "staging".into(),
            target: settings().target,
            origin: Origin::Imported,
            ..Profile::default()
        }],
        ..Default::default()
    };
    let mut ui = open_with_config(&config, None);
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    choose_preset(&mut ui, Preset::Curl);
    ui.click(labels::SIGN_OUT);
    ui.harness.run();
    ui.click(labels::TESTER_VIEW);
    ui.harness.run();
    ui.type_into(labels::PASSWORD, "Passw0rd!");
    ui.click(labels::SIGN_IN);
    ui.wait_for_answer();
    assert!(
        ui.harness.query_by_label(labels::COPY_AS).is_none(),
        "the tester view"
    );
    assert!(ui.shows("Type the URL the curl command should call"));
    ui.type_into(labels::CURL_URL, "https://api.test/me");
    ui.click(labels::copy(TokenKind::Id));
    assert_eq!(
        clipboard(&ui).unwrap(),
        format!("curl -H 'Authorization: Bearer {ID_TOKEN}' 'https://api.test/me'")
    );
}
