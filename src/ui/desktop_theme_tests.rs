use super::*;

#[test]
fn the_portals_color_scheme_picks_the_theme() {
    assert_eq!(from_color_scheme(1), Some(Theme::Dark));
    assert_eq!(from_color_scheme(2), Some(Theme::Light));
    // No preference (0), or a value from a later version of the portal: egui decides.
    assert_eq!(from_color_scheme(0), None);
    assert_eq!(from_color_scheme(7), None);
}

#[test]
fn gtk_themes_dark_variant_is_dark() {
    assert_eq!(from_gtk_theme("Adwaita:dark"), Some(Theme::Dark));
    assert_eq!(from_gtk_theme("Yaru:Dark"), Some(Theme::Dark));
    assert_eq!(from_gtk_theme("Adwaita"), Some(Theme::Light));
    assert_eq!(from_gtk_theme(" "), None);
}
