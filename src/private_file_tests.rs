use std::os::unix::fs::PermissionsExt as _;

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).map_or(0, |m| m.permissions().mode() & 0o777)
}

#[test]
fn new_and_existing_files_end_up_owner_only() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let new = folder.path().join("new.toml");
    super::write(&new, b"x")?;
    assert_eq!(mode(&new), 0o600);
    let old = folder.path().join("old.json");
    std::fs::write(&old, b"before")?;
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644))?;
    super::write(&old, b"after")?;
    assert_eq!(mode(&old), 0o600);
    assert_eq!(std::fs::read(&old)?, b"after");
    Ok(())
}
