//! Light or dark, as the desktop is set. On Windows and macOS winit tells egui the system's
//! theme; on Linux it never does (winit 0.30, platform_impl/linux: `system_theme()` is
//! `None`), so egui fell back to dark on every Linux desktop. There the choice is read from
//! the XDG desktop portal's Settings (`org.freedesktop.appearance` `color-scheme`: 0 no
//! preference, 1 dark, 2 light; flatpak.github.io/xdg-desktop-portal, "Settings"), which
//! GNOME, KDE and others serve, else from `GTK_THEME`'s `:dark` variant.

use egui::Theme;

/// The desktop's choice, when it has made one; used where egui learns none from winit.
pub fn desktop_theme() -> Option<Theme> {
    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ))]
    if let Some(theme) = portal_color_scheme().and_then(from_color_scheme) {
        return Some(theme);
    }
    std::env::var("GTK_THEME")
        .ok()
        .and_then(|name| from_gtk_theme(&name))
}

/// The portal's `color-scheme` value.
pub fn from_color_scheme(value: u32) -> Option<Theme> {
    match value {
        1 => Some(Theme::Dark),
        2 => Some(Theme::Light),
        _ => None,
    }
}

/// `GTK_THEME` is a theme name with an optional `:variant` ("Adwaita:dark").
pub fn from_gtk_theme(name: &str) -> Option<Theme> {
    let name = name.trim();
    if name.is_empty() {
        None
    } else if name.to_ascii_lowercase().ends_with(":dark") {
        Some(Theme::Dark)
    } else {
        Some(Theme::Light)
    }
}

/// A portal that does not answer at once is not waited for: the window opens with egui's own
/// choice rather than late.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
const PORTAL_PATIENCE: std::time::Duration = std::time::Duration::from_millis(300);

/// The portal's `color-scheme`: `ReadOne` (portal version 2 and later), else the older `Read`,
/// whose answer is wrapped in one more variant.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn portal_color_scheme() -> Option<u32> {
    let connection = zbus::blocking::connection::Builder::session()
        .ok()?
        .method_timeout(PORTAL_PATIENCE)
        .build()
        .ok()?;
    ["ReadOne", "Read"].into_iter().find_map(|method| {
        let reply = connection
            .call_method(
                Some("org.freedesktop.portal.Desktop"),
                "/org/freedesktop/portal/desktop",
                Some("org.freedesktop.portal.Settings"),
                method,
                &("org.freedesktop.appearance", "color-scheme"),
            )
            .ok()?;
        let value: zbus::zvariant::OwnedValue = reply.body().deserialize().ok()?;
        unwrap_u32(&value)
    })
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn unwrap_u32(value: &zbus::zvariant::Value<'_>) -> Option<u32> {
    match value {
        zbus::zvariant::Value::U32(number) => Some(*number),
        zbus::zvariant::Value::Value(inner) => unwrap_u32(inner),
        _ => None,
    }
}

#[cfg(test)]
#[path = "desktop_theme_tests.rs"]
mod tests;
