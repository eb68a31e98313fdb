//! Files that may hold personal data (rejects, exports, seeded registers, manifests, SQLite
//! databases): created for the owner only, 0600, in directories created 0700, whatever the
//! umask. An existing file keeps the mode it has; an existing directory is left alone.
use anyhow::{Context, Result};
use std::fs::{File, OpenOptions};
use std::path::Path;

fn private(o: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(o, 0o600);
    o
}

/// Create or truncate `path` for writing.
pub fn create(path: &Path) -> Result<File> {
    private(OpenOptions::new().write(true).create(true).truncate(true))
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))
}

/// Open `path` for appending, creating it if missing.
pub fn append(path: &Path) -> Result<File> {
    private(OpenOptions::new().create(true).append(true)).open(path).with_context(|| format!("cannot write {}", path.display()))
}

/// Create `path` empty if it does not exist yet (so that a program that then opens it, such as
/// SQLite, finds it private).
pub fn touch(path: &Path) -> Result<()> {
    match private(OpenOptions::new().write(true).create_new(true)).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e).with_context(|| format!("cannot create {}", path.display())),
    }
}

/// Create `dir` and its missing parents, the new ones 0700.
pub fn create_dir(dir: &Path) -> Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir).with_context(|| format!("cannot create {}", dir.display()))
}

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    #[test]
    fn private_whatever_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("a/b");
        super::create_dir(&sub).unwrap();
        let f = sub.join("x.csv");
        super::create(&f).unwrap();
        let g = sub.join("y.db");
        super::touch(&g).unwrap();
        super::touch(&g).unwrap();
        for p in [&f, &g] {
            assert_eq!(std::fs::metadata(p).unwrap().permissions().mode() & 0o777, 0o600, "{}", p.display());
        }
        assert_eq!(std::fs::metadata(&sub).unwrap().permissions().mode() & 0o777, 0o700);
    }
}
