//! The "Copied" note beside a Copy button, shown for a moment after the copy.

use crate::workbench::TokenKind;

pub const COPIED_FEEDBACK_SECS: f64 = 2.0;

/// Whether `kind` was copied less than `COPIED_FEEDBACK_SECS` before `now` (egui's clock).
pub fn copied_recently(copied: Option<(TokenKind, f64)>, kind: TokenKind, now: f64) -> bool {
    copied.is_some_and(|(k, at)| k == kind && now - at < COPIED_FEEDBACK_SECS)
}
