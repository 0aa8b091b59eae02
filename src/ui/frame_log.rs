//! What the window's frames cost, for the log (`COGNITO_LOGIN_LOG=debug|trace`): when the first
//! frame was on screen, and at trace level every frame drawn, so an idle window can be seen to
//! draw nothing and a countdown to draw once a second (tests/bench/window.sh counts them). At
//! debug level, the font atlas too: its size each time it grows and its fill in 5 % steps, so
//! what Japanese text costs the 2,048 px atlas can be read from a run (BENCHMARKS.md).

use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Default)]
pub struct FrameLog {
    drawn: u64,
    atlas: ([usize; 2], u32),
}

impl FrameLog {
    /// Called at the start of every frame the window draws.
    pub fn frame(&mut self, ctx: &egui::Context) {
        self.drawn += 1;
        tracing::trace!(frame = self.drawn, "frame");
        if tracing::enabled!(tracing::Level::DEBUG) {
            self.atlas(ctx);
        }
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

    /// Logs the font atlas's size when it changes and its fill when it passes a 5 % step. The
    /// atlas is texture 0 (egui's `TextureId::default()`); the fill ratio is egui's own.
    fn atlas(&mut self, ctx: &egui::Context) {
        let size = (ctx.tex_manager().read())
            .meta(egui::TextureId::default())
            .map_or([0, 0], |meta| meta.size);
        let fill = ctx.fonts(|fonts| fonts.font_atlas_fill_ratio());
        // Whole 5 % steps: the cast cannot overflow, fill is 0.0..=1.0.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let step = (fill * 20.0) as u32;
        if (size, step) != self.atlas {
            self.atlas = (size, step);
            tracing::debug!(
                width = size[0],
                height = size[1],
                fill_percent = format!("{:.1}", fill * 100.0),
                "font atlas"
            );
        }
    }
}
