use super::*;

#[test]
fn bundled_files_are_looked_for_where_packages_put_them() {
    let found = bundled_candidates(std::path::Path::new("/usr/bin/cognito-login"));
    let found: Vec<String> = found.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(
        found,
        [
            "/usr/bin/profiles.toml",
            "/usr/share/cognito-login/profiles.toml",
            "/usr/Resources/profiles.toml"
        ]
    );
}
