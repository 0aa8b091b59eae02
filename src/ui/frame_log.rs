//! What the window's frames cost, for the log (`COGNITO_LOGIN_LOG=debug|trace`): when the first
//! frame was on screen, and at trace level every frame drawn, so an idle window can be seen to
//! draw nothing and a countdown to draw once a second (tests/bench/window.sh counts them).

use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Default)]
pub struct FrameLog {
    drawn: u64,
}

impl FrameLog {
    /// Called at the start of every frame the window draws.
    pub fn frame(&mut self, ctx: &egui::Context) {
        self.drawn += 1;
        tracing::trace!(frame = self.drawn, "frame");
        match self.drawn {
            // eframe presents a frame before it starts the next, so the second frame's start is
            // when the first is on screen. One extra frame at start; none afterwards.
            1 if tracing::enabled!(tracing::Level::DEBUG) => ctx.request_repaint(),
            2 => {
                let unix_ms = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |d| d.as_millis());
                tracing::debug!(
                    since_start_ms = crate::logging::since_start().as_millis(),
                    unix_ms,
                    "first frame on screen"
                );
            }
            _ => {}
        }
    }
}
