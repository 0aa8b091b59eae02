//! Draws a QR code as squares with egui's painter: no image decoding, no texture upload, and
//! it stays sharp at any scale.

use egui::{Color32, Rect, Role, Sense, Ui, Vec2, WidgetInfo};
use qrcode::{Color, QrCode};

/// The white border QR readers need around the code, in modules.
const QUIET_ZONE: usize = 4;

/// Shows `data` as a QR code `side` points wide; a label when it cannot be encoded (too long).
pub fn show(ui: &mut Ui, data: &str, side: f32, label: &str) {
    let Ok(code) = QrCode::new(data.as_bytes()) else {
        ui.label(super::speech::say(ui.ctx(), "challenge-qr-too-long"));
        return;
    };
    let width = code.width();
    let colors = code.to_colors();
    let modules = width + 2 * QUIET_ZONE;
    // Whole pixels per module keep the edges crisp for the camera.
    let cell = (side / modules as f32).floor().max(2.0);
    let size = Vec2::splat(cell * modules as f32);
    let (response, painter) = ui.allocate_painter(size, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, label));
    let origin = response.rect.min;
    painter.rect_filled(response.rect, 0.0, Color32::WHITE);
    for (index, color) in colors.iter().enumerate() {
        if *color != Color::Dark {
            continue;
        }
        let (x, y) = (index % width + QUIET_ZONE, index / width + QUIET_ZONE);
        let min = origin + Vec2::new(x as f32 * cell, y as f32 * cell);
        painter.rect_filled(
            Rect::from_min_size(min, Vec2::splat(cell)),
            0.0,
            Color32::BLACK,
        );
    }
}
