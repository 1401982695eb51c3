//! Tests of the disk tier: helpers and basic behaviour here; corruption,
//! security and concurrency in their own files.

mod concurrency;
mod corrupt;
mod security;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use super::*;

pub(super) const TAG: &str = "0123456789abcdef";

/// A unique directory under the system temp dir, removed (with everything
/// under it, permissions restored first) on drop. Not created up front:
/// `DiskStore::open` creates it as a parent of [`TestDir::cache`].
pub(super) struct TestDir(pub PathBuf);

impl TestDir {
    pub fn new(name: &str) -> TestDir {
        static N: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        TestDir(std::env::temp_dir().join(format!(
            "kiln-disk-{name}-{}-{}-{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        )))
    }

    pub fn cache(&self) -> PathBuf {
        self.0.join("cache")
    }

    /// Creates the root (for tests that plant things before `open`).
    pub fn create(&self) -> &Path {
        std::fs::create_dir_all(&self.0).unwrap();
        &self.0
    }
}

fn make_removable(p: &Path) {
    let Ok(md) = std::fs::symlink_metadata(p) else {
        return;
    };
    if md.is_dir() {
        let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o700));
        if let Ok(rd) = std::fs::read_dir(p) {
            for e in rd.flatten() {
                make_removable(&e.path());
            }
        }
    }
}

impl Drop for TestDir {
    fn drop(&mut self) {
        make_removable(&self.0);
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub(super) fn cfg(dir: &Path, tag: &str) -> DiskConfig {
    DiskConfig {
        dir: dir.to_path_buf(),
        build_tag: tag.to_string(),
    }
}

pub(super) fn open_store(td: &TestDir) -> DiskStore {
    DiskStore::open(&cfg(&td.cache(), TAG)).unwrap()
}

pub(super) fn mode_of(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777
}

/// Expects a hit with exactly `body` and the given fields.
pub(super) fn expect_hit(
    s: &DiskStore,
    path: &str,
    mtime: i64,
    size: u64,
    body: &[u8],
) -> DiskMeta {
    let mut out = b"junk".to_vec();
    match s.get(path, mtime, size, &mut out) {
        DiskLookup::Hit(meta) => {
            assert_eq!(out, body, "body of {path}");
            assert_eq!(meta.body_len, body.len() as u64);
            assert_eq!((meta.mtime_ns, meta.size), (mtime, size));
            meta
        }
        other => panic!("expected hit for {path}, got {other:?}"),
    }
}

fn pattern(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

#[test]
fn roundtrip_various_sizes() {
    let td = TestDir::new("roundtrip");
    let s = open_store(&td);
    for (i, len) in [0usize, 1, 100, 4096, 3 << 20].into_iter().enumerate() {
        let path = format!("/srv/www/app/file{i}.php");
        let body = pattern(len, i as u8);
        s.put(
            &path,
            1_700_000_000_000_000_123 + i as i64,
            42 + i as u64,
            7,
            9000 + i as u32,
            &body,
        )
        .unwrap();
        let meta = expect_hit(
            &s,
            &path,
            1_700_000_000_000_000_123 + i as i64,
            42 + i as u64,
            &body,
        );
        assert_eq!((meta.flags, meta.raw_len), (7, 9000 + i as u32));
    }
    assert_eq!(s.stats().temp_files, 0);
}

#[test]
fn miss_leaves_out_empty() {
    let td = TestDir::new("miss");
    let s = open_store(&td);
    let mut out = b"previous".to_vec();
    assert!(matches!(
        s.get("/nope.php", 1, 1, &mut out),
        DiskLookup::Miss
    ));
    assert!(out.is_empty());
}

#[test]
fn stale_on_mtime_or_size_change_unlinks() {
    let td = TestDir::new("stale");
    let s = open_store(&td);
    let mut out = Vec::new();
    for (mtime, size) in [(101, 10), (100, 11)] {
        s.put("/a.php", 100, 10, 0, 0, b"body").unwrap();
        assert!(s.entry_path("/a.php").exists());
        assert!(matches!(
            s.get("/a.php", mtime, size, &mut out),
            DiskLookup::Stale
        ));
        assert!(out.is_empty());
        assert!(!s.entry_path("/a.php").exists(), "stale file left behind");
        assert!(matches!(
            s.get("/a.php", 100, 10, &mut out),
            DiskLookup::Miss
        ));
    }
}

#[test]
fn replace_overwrites() {
    let td = TestDir::new("replace");
    let s = open_store(&td);
    s.put("/a.php", 1, 10, 1, 1, b"first version").unwrap();
    s.put("/a.php", 2, 20, 2, 2, b"second").unwrap();
    let meta = expect_hit(&s, "/a.php", 2, 20, b"second");
    assert_eq!((meta.flags, meta.raw_len), (2, 2));
    assert_eq!(s.stats().entries, 1);
    assert_eq!(s.stats().temp_files, 0);
}

#[test]
fn remove_entry() {
    let td = TestDir::new("remove");
    let s = open_store(&td);
    s.put("/a.php", 1, 1, 0, 0, b"x").unwrap();
    assert!(s.remove("/a.php"));
    assert!(!s.remove("/a.php"));
    assert!(matches!(
        s.get("/a.php", 1, 1, &mut Vec::new()),
        DiskLookup::Miss
    ));
}

#[test]
fn entry_path_shape_and_containment() {
    let td = TestDir::new("entrypath");
    let s = open_store(&td);
    for path in [
        "/srv/a.php",
        "../../../../etc/passwd",
        "/x/../../y",
        "",
        "a\nb/..\\c",
    ] {
        let p = s.entry_path(path);
        assert!(p.starts_with(s.tag_dir()), "{p:?} escapes");
        let rel = p.strip_prefix(s.tag_dir()).unwrap();
        let parts: Vec<_> = rel
            .iter()
            .map(|c| c.to_str().unwrap().to_string())
            .collect();
        assert_eq!(parts.len(), 2, "{rel:?}");
        let (fan, name) = (&parts[0], &parts[1]);
        let stem = name.strip_suffix(".kiln").unwrap();
        assert_eq!(stem.len(), 32);
        assert!(stem
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        assert_eq!(&stem[..2], fan);
        assert_eq!(stem, format!("{:032x}", xxh3_128(path.as_bytes())));
    }
    assert_ne!(s.entry_path("/a.php"), s.entry_path("/b.php"));
    assert_eq!(s.tag_dir(), td.cache().join(TAG));
}

#[test]
fn clear_removes_entries_and_temps_of_this_tag_only() {
    let td = TestDir::new("clear");
    let s = open_store(&td);
    let other = DiskStore::open(&cfg(&td.cache(), "feedbeef")).unwrap();
    for i in 0..10 {
        s.put(&format!("/c{i}.php"), 1, 1, 0, 0, b"body").unwrap();
    }
    other.put("/c0.php", 1, 1, 0, 0, b"other").unwrap();
    let fan = s.entry_path("/c0.php").parent().unwrap().to_path_buf();
    fs::create_temp(&fan).unwrap();
    assert_eq!(s.stats().temp_files, 1);
    assert_eq!(s.clear().unwrap(), 10);
    assert_eq!(s.stats(), DiskStats::default());
    assert!(matches!(
        s.get("/c3.php", 1, 1, &mut Vec::new()),
        DiskLookup::Miss
    ));
    expect_hit(&other, "/c0.php", 1, 1, b"other");
    assert_eq!(s.clear().unwrap(), 0);
    // The store still works after a clear.
    s.put("/c0.php", 1, 1, 0, 0, b"again").unwrap();
    expect_hit(&s, "/c0.php", 1, 1, b"again");
}

#[test]
fn stats_and_entries() {
    let td = TestDir::new("stats");
    let s = open_store(&td);
    let before = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    s.put("/b.php", 20, 200, 3, 33, &[1u8; 50]).unwrap();
    s.put("/a.php", 10, 100, 2, 22, &[2u8; 10]).unwrap();
    s.put("/c.php", 30, 300, 4, 44, &[]).unwrap();
    // Noise that must not be listed: a corrupt entry, a misplaced entry, a temp file, an odd name.
    let zz = s.entry_path("/zz.php");
    std::fs::create_dir_all(zz.parent().unwrap()).unwrap();
    std::fs::write(&zz, b"garbage that is not an entry").unwrap();
    let misplaced = s.entry_path("/misplaced.php");
    std::fs::create_dir_all(misplaced.parent().unwrap()).unwrap();
    std::fs::copy(s.entry_path("/a.php"), &misplaced).unwrap();
    let fan = s.entry_path("/a.php").parent().unwrap().to_path_buf();
    let (mut t, _) = fs::create_temp(&fan).unwrap();
    std::io::Write::write_all(&mut t, b"partial").unwrap();
    std::fs::write(fan.join("README"), b"x").unwrap();

    let st = s.stats();
    assert_eq!(st.entries, 5);
    assert_eq!(st.temp_files, 1);
    assert_eq!(st.temp_bytes, 7);
    let expect_bytes: u64 = ["/a.php", "/b.php", "/c.php", "/zz.php", "/misplaced.php"]
        .iter()
        .map(|p| std::fs::metadata(s.entry_path(p)).unwrap().len())
        .sum();
    assert_eq!(st.bytes, expect_bytes);

    let list = s.entries();
    let paths: Vec<&str> = list.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["/a.php", "/b.php", "/c.php"]);
    let b = &list[1];
    assert_eq!(
        (b.mtime_ns, b.size, b.flags, b.raw_len, b.body_len),
        (20, 200, 3, 33, 50)
    );
    assert_eq!(b.file_len, (format::HEADER_LEN + 6 + 50) as u64);
    assert!(b.file_mtime_secs >= before - 1);
    // Listing mutates nothing.
    assert!(s.entry_path("/zz.php").exists());
}

#[test]
fn sweep_temp_by_age() {
    let td = TestDir::new("sweep");
    let s = open_store(&td);
    s.put("/a.php", 1, 1, 0, 0, b"x").unwrap();
    let fan = s.entry_path("/a.php").parent().unwrap().to_path_buf();
    let (old, _) = fs::create_temp(&fan).unwrap();
    old.set_modified(SystemTime::now() - Duration::from_secs(7200))
        .unwrap();
    drop(old);
    fs::create_temp(&fan).unwrap();
    assert_eq!(s.sweep_temp(3600), 1);
    assert_eq!(s.stats().temp_files, 1);
    assert_eq!(s.sweep_temp(0), 1);
    assert_eq!(s.stats().temp_files, 0);
    // Entries are never swept.
    expect_hit(&s, "/a.php", 1, 1, b"x");
}

#[test]
fn open_rejects_bad_config() {
    let td = TestDir::new("badcfg");
    let bad_tags = ["", "../x", "a/b", ".", "..", "tag with space"];
    for tag in bad_tags {
        let e = DiskStore::open(&cfg(&td.cache(), tag)).unwrap_err();
        assert!(matches!(e, DiskError::Config(_)), "{tag:?}: {e}");
    }
    let long = "a".repeat(65);
    assert!(matches!(
        DiskStore::open(&cfg(&td.cache(), &long)),
        Err(DiskError::Config(_))
    ));
    DiskStore::open(&cfg(&td.cache(), &"a".repeat(64))).unwrap();
    let e = DiskStore::open(&cfg(Path::new("relative/dir"), TAG)).unwrap_err();
    assert!(matches!(e, DiskError::Config(_)), "{e}");
    let e = DiskStore::open(&cfg(&td.0.join("x/../cache"), TAG)).unwrap_err();
    assert!(matches!(e, DiskError::Config(_)), "{e}");
    assert!(!e.to_string().is_empty() && !e.to_string().contains('\n'));
}

#[test]
fn reopen_existing_dir_and_too_long_path() {
    let td = TestDir::new("reopen");
    let s = open_store(&td);
    s.put("/a.php", 1, 1, 0, 0, b"persisted").unwrap();
    drop(s);
    let s = DiskStore::open(&cfg(&td.cache().join("."), TAG)).unwrap();
    expect_hit(&s, "/a.php", 1, 1, b"persisted");
    let long = "/".repeat(format::MAX_PATH_LEN + 1);
    assert!(matches!(
        s.put(&long, 1, 1, 0, 0, b"x"),
        Err(DiskError::TooLarge(_))
    ));
}

#[test]
fn failed_put_removes_its_temp_file() {
    let td = TestDir::new("puterr");
    let s = open_store(&td);
    // A non-empty directory at the entry name makes rename() fail after the
    // temp file has been fully written.
    let entry = s.entry_path("/a.php");
    std::fs::create_dir_all(entry.join("blocker")).unwrap();
    let e = s.put("/a.php", 1, 1, 0, 0, &[7u8; 1000]).unwrap_err();
    assert!(
        matches!(
            e,
            DiskError::Io {
                what: "rename temp file",
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(s.stats().temp_files, 0, "temp file left after a failed put");
}

#[test]
fn store_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<DiskStore>();
}
