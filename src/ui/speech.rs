//! The language of the frame being drawn, kept in egui's context so that any view can put its
//! texts into words without every caller passing the language down (and without the views
//! touching the app's settings). `App::show` sets it first thing in every frame.

use egui::{Context, Id};

use crate::messages::{Lang, Message, tr};

fn id() -> Id {
    Id::unique("cognito-login-language")
}

/// Called by the app at the start of every frame, before any view is drawn.
pub fn set_language(ctx: &Context, lang: Lang) {
    ctx.data_mut(|data| data.insert_temp(id(), lang));
}

/// The language this frame is drawn in (English before the app has set one).
pub fn language(ctx: &Context) -> Lang {
    ctx.data(|data| data.get_temp(id())).unwrap_or(Lang::En)
}

/// The catalogue's text for `key` in this frame's language.
pub fn say(ctx: &Context, key: &str) -> String {
    tr(language(ctx), key)
}

/// A message from the core, in this frame's language.
pub fn words(ctx: &Context, message: &Message) -> String {
    message.words(language(ctx))
}
