//! Security: private directories, no-follow opens, ownership checks, modes.

use std::os::unix::fs::{symlink, MetadataExt, OpenOptionsExt};

use super::*;

fn is_root() -> bool {
    fs::euid() == 0
}

fn refused(dir: &Path) -> String {
    match DiskStore::open(&cfg(dir, TAG)) {
        Err(e @ DiskError::UnsafeDir { .. }) => e.to_string(),
        Err(e) => panic!("refused for the wrong reason: {e}"),
        Ok(_) => panic!("{} accepted", dir.display()),
    }
}

#[test]
fn created_dirs_are_0700_and_files_0600() {
    let td = TestDir::new("modes");
    let s = open_store(&td);
    assert_eq!(mode_of(&td.0), 0o700, "created parent");
    assert_eq!(mode_of(&td.cache()), 0o700);
    assert_eq!(mode_of(s.tag_dir()), 0o700);
    s.put("/a.php", 1, 1, 0, 0, b"x").unwrap();
    let entry = s.entry_path("/a.php");
    assert_eq!(mode_of(entry.parent().unwrap()), 0o700, "fan-out dir");
    assert_eq!(mode_of(&entry), 0o600);
    let (_, tmp) = fs::create_temp(entry.parent().unwrap()).unwrap();
    assert_eq!(mode_of(&tmp), 0o600, "temp file");
    assert!(tmp
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with(".tmp."));
}

#[test]
fn symlinked_cache_dir_refused() {
    let td = TestDir::new("dirlink");
    let real = td.create().join("real");
    std::fs::create_dir(&real).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o700)).unwrap();
    let link = td.0.join("link");
    symlink(&real, &link).unwrap();
    assert!(refused(&link).contains("symlink"));
    // A trailing slash must not make the kernel follow it.
    let mut slash = link.clone().into_os_string();
    slash.push("/");
    assert!(refused(Path::new(&slash)).contains("symlink"));
    // A symlinked build-tag dir inside a good cache dir.
    let cache = td.0.join("cache");
    std::fs::create_dir(&cache).unwrap();
    std::fs::set_permissions(&cache, std::fs::Permissions::from_mode(0o700)).unwrap();
    symlink(&real, cache.join(TAG)).unwrap();
    assert!(refused(&cache).contains("symlink"));
}

#[test]
fn group_or_world_writable_refused() {
    let td = TestDir::new("perm");
    let dir = td.cache();
    DiskStore::open(&cfg(&dir, TAG)).unwrap();
    for mode in [0o770, 0o720, 0o702, 0o777, 0o1777] {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(mode)).unwrap();
        assert!(refused(&dir).contains("writable"), "mode {mode:o}");
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let tag_dir = dir.join(TAG);
    std::fs::set_permissions(&tag_dir, std::fs::Permissions::from_mode(0o775)).unwrap();
    assert!(
        refused(&dir).contains(TAG),
        "tag dir not named in the error"
    );
    std::fs::set_permissions(&tag_dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    DiskStore::open(&cfg(&dir, TAG)).unwrap();
}

#[test]
fn unwritable_or_non_directory_refused() {
    let td = TestDir::new("ro");
    let dir = td.cache();
    DiskStore::open(&cfg(&dir, TAG)).unwrap();
    // Works for root too: owner rwx is required, not just access().
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let msg = match DiskStore::open(&cfg(&dir, TAG)) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("read-only dir accepted"),
    };
    assert!(
        msg.contains("permission") || msg.contains("writable"),
        "{msg}"
    );
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let file = td.0.join("plain-file");
    std::fs::write(&file, b"").unwrap();
    assert!(refused(&file).contains("not a directory"));
}

#[test]
fn dir_owned_by_another_user_refused() {
    if !is_root() {
        eprintln!("skipped: needs root to chown");
        return;
    }
    let td = TestDir::new("owner");
    let dir = td.cache();
    DiskStore::open(&cfg(&dir, TAG)).unwrap();
    std::os::unix::fs::chown(dir.join(TAG), Some(65534), None).unwrap();
    assert!(refused(&dir).contains("owned"));
    std::os::unix::fs::chown(&dir, Some(65534), None).unwrap();
    assert!(refused(&dir).contains("owned"));
}

#[test]
fn symlinked_entry_refused_and_removed() {
    let td = TestDir::new("entrylink");
    let s = open_store(&td);
    s.put("/a.php", 1, 1, 0, 0, b"valid body").unwrap();
    let entry = s.entry_path("/a.php");
    // The target is a perfectly valid entry: only the refusal to follow saves us.
    let target = td.0.join("outside.kiln");
    std::fs::rename(&entry, &target).unwrap();
    symlink(&target, &entry).unwrap();
    let mut out = Vec::new();
    assert!(matches!(
        s.get("/a.php", 1, 1, &mut out),
        DiskLookup::Corrupt(CorruptReason::Symlink)
    ));
    assert!(out.is_empty());
    assert!(
        std::fs::symlink_metadata(&entry).is_err(),
        "link not removed"
    );
    assert!(target.exists(), "link target removed");
}

#[test]
fn put_replaces_planted_symlink_not_its_target() {
    let td = TestDir::new("putlink");
    let s = open_store(&td);
    let victim = td.0.join("victim");
    std::fs::write(&victim, b"precious").unwrap();
    let entry = s.entry_path("/a.php");
    std::fs::create_dir_all(entry.parent().unwrap()).unwrap();
    symlink(&victim, &entry).unwrap();
    s.put("/a.php", 1, 1, 0, 0, b"new").unwrap();
    assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
    assert!(std::fs::symlink_metadata(&entry).unwrap().is_file());
    expect_hit(&s, "/a.php", 1, 1, b"new");
}

#[test]
fn fifo_or_directory_at_entry_path_refused() {
    let td = TestDir::new("fifo");
    let s = open_store(&td);
    let entry = s.entry_path("/a.php");
    std::fs::create_dir_all(entry.parent().unwrap()).unwrap();
    let c = std::ffi::CString::new(entry.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    // Without O_NONBLOCK the open would block (no writer): bound it, and on
    // timeout open the write end to release the reader, then fail.
    let got = std::thread::scope(|sc| {
        let (tx, rx) = std::sync::mpsc::channel();
        let store = &s;
        sc.spawn(move || tx.send(store.get("/a.php", 1, 1, &mut Vec::new())).unwrap());
        rx.recv_timeout(Duration::from_secs(3)).map_err(|_| {
            let _ = std::fs::OpenOptions::new()
                .write(true)
                .custom_flags(libc::O_NONBLOCK)
                .open(&entry);
        })
    });
    let got = got.unwrap_or_else(|()| panic!("get blocked on a FIFO"));
    assert!(matches!(
        got,
        DiskLookup::Corrupt(CorruptReason::NotRegular)
    ));
    assert!(
        std::fs::symlink_metadata(&entry).is_err(),
        "fifo not removed"
    );
    std::fs::create_dir(&entry).unwrap();
    assert!(matches!(
        s.get("/a.php", 1, 1, &mut Vec::new()),
        DiskLookup::Corrupt(CorruptReason::NotRegular)
    ));
    assert!(!entry.exists(), "empty directory not removed");
}

#[test]
fn entry_owned_by_another_user_refused() {
    if !is_root() {
        eprintln!("skipped: needs root to chown");
        return;
    }
    let td = TestDir::new("entryowner");
    let s = open_store(&td);
    s.put("/a.php", 1, 1, 0, 0, b"planted").unwrap();
    let entry = s.entry_path("/a.php");
    std::os::unix::fs::chown(&entry, Some(65534), None).unwrap();
    assert_eq!(std::fs::metadata(&entry).unwrap().uid(), 65534);
    assert!(matches!(
        s.get("/a.php", 1, 1, &mut Vec::new()),
        DiskLookup::Corrupt(CorruptReason::NotOwned)
    ));
    assert!(!entry.exists());
    assert!(s.entries().is_empty());
}
