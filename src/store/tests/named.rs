//! Named segments: creation, attach, validation and replacement.

use std::ffi::CString;
use std::time::{Duration, Instant};

use super::*;
use crate::store::layout::HEADER_SIZE;
use crate::store::segment::{scribble_named, stat_named};
use crate::store::{AttachOutcome, SegmentConfig, StoreError};

const SIZE: usize = 256 * 1024;

fn cfg(name: &ShmName, size: usize, bid: u8) -> SegmentConfig {
    SegmentConfig {
        name: name.0.clone(),
        size,
        build_id: build_id(bid),
    }
}

/// Create a raw segment by hand (not through the store), `size` zero
/// bytes, with `mode`, optionally chowned.
fn make_raw(name: &ShmName, size: usize, mode: libc::mode_t, owner: Option<u32>) {
    let c = CString::new(name.0.clone()).unwrap();
    // SAFETY: valid C string.
    let fd = unsafe {
        libc::shm_open(
            c.as_ptr(),
            libc::O_RDWR | libc::O_CREAT | libc::O_EXCL,
            0o600,
        )
    };
    assert!(fd >= 0);
    // SAFETY: valid fd.
    assert_eq!(unsafe { libc::ftruncate(fd, size as libc::off_t) }, 0);
    // SAFETY: valid fd.
    assert_eq!(unsafe { libc::fchmod(fd, mode) }, 0);
    if let Some(uid) = owner {
        // SAFETY: valid fd.
        assert_eq!(unsafe { libc::fchown(fd, uid, uid) }, 0);
    }
    // SAFETY: we own the fd.
    unsafe { libc::close(fd) };
}

#[test]
fn create_is_0600_and_second_open_attaches() {
    let name = ShmName::new("create");
    let (a, out) = Store::open(&cfg(&name, SIZE, 1)).unwrap();
    assert_eq!(out, AttachOutcome::Created);
    let (uid, mode, size) = stat_named(&name.0).unwrap();
    // SAFETY: geteuid cannot fail.
    assert_eq!(uid, unsafe { libc::geteuid() });
    assert_eq!(mode, 0o600);
    assert_eq!(size, SIZE as u64);
    assert_eq!((a.name(), a.size()), (name.0.as_str(), SIZE));
    a.put("/a.php", 1, 2, 3, 4, b"from a").unwrap();

    let (b, out) = Store::open(&cfg(&name, SIZE, 1)).unwrap();
    assert_eq!(out, AttachOutcome::Attached);
    assert_hit(&b, "/a.php", 1, 2, b"from a");
    b.put("/b.php", 1, 2, 0, 0, b"from b").unwrap();
    assert_hit(&a, "/b.php", 1, 2, b"from b");
    assert_eq!(a.start_time(), b.start_time());
    consistent(&a);
}

#[test]
fn build_id_mismatch_recreates() {
    let name = ShmName::new("bid");
    let (a, _) = Store::open(&cfg(&name, SIZE, 1)).unwrap();
    a.put("/a.php", 1, 2, 0, 0, b"old build").unwrap();
    let (b, out) = Store::open(&cfg(&name, SIZE, 2)).unwrap();
    match out {
        AttachOutcome::Recreated { reason } => assert!(reason.contains("build id"), "{reason}"),
        other => panic!("{other:?}"),
    }
    let mut v = Vec::new();
    assert_eq!(b.get("/a.php", 1, 2, &mut v), crate::store::Lookup::Miss);
    // The old mapping keeps working on its (now unlinked) segment.
    assert_hit(&a, "/a.php", 1, 2, b"old build");
    // A third opener with the new build attaches to the new segment.
    let (c, out) = Store::open(&cfg(&name, SIZE, 2)).unwrap();
    assert_eq!(out, AttachOutcome::Attached);
    b.put("/n.php", 1, 1, 0, 0, b"new").unwrap();
    assert_hit(&c, "/n.php", 1, 1, b"new");
}

#[test]
fn attach_existing_takes_the_segment_as_it_is_and_never_changes_it() {
    let name = ShmName::new("attach");
    // Missing: an error, and still missing (nothing created).
    match Store::attach_existing(&name.0, build_id(1)) {
        Err(StoreError::Os { errno, .. }) => assert_eq!(errno, libc::ENOENT),
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("attached a segment that does not exist"),
    }
    assert!(
        stat_named(&name.0).is_err(),
        "attach-only created a segment"
    );

    // Made with another size than the attacher would configure: attached
    // at the size it has, entries visible both ways.
    let (a, _) = Store::open(&cfg(&name, 2 * SIZE, 1)).unwrap();
    a.put("/a.php", 1, 2, 0, 0, b"from the pool").unwrap();
    let b = Store::attach_existing(&name.0, build_id(1)).unwrap();
    assert_eq!(b.size(), 2 * SIZE);
    assert_hit(&b, "/a.php", 1, 2, b"from the pool");
    assert!(b.remove("/a.php"));
    let mut v = Vec::new();
    assert_eq!(a.get("/a.php", 1, 2, &mut v), crate::store::Lookup::Miss);

    // Another build: refused, the segment and its entries left alone.
    a.put("/b.php", 1, 2, 0, 0, b"kept").unwrap();
    match Store::attach_existing(&name.0, build_id(2)) {
        Err(StoreError::Unusable(why)) => assert!(why.contains("build id"), "{why}"),
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("attached a segment of another build"),
    }
    let (c, out) = Store::open(&cfg(&name, 2 * SIZE, 1)).unwrap();
    assert_eq!(out, AttachOutcome::Attached, "the segment was replaced");
    assert_hit(&c, "/b.php", 1, 2, b"kept");
}

#[test]
fn size_mismatch_recreates() {
    let name = ShmName::new("size");
    drop(Store::open(&cfg(&name, SIZE, 1)).unwrap());
    let (s, out) = Store::open(&cfg(&name, 2 * SIZE, 1)).unwrap();
    match out {
        AttachOutcome::Recreated { reason } => assert!(reason.contains("size"), "{reason}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(s.size(), 2 * SIZE);
    assert_eq!(stat_named(&name.0).unwrap().2, 2 * SIZE as u64);
}

#[test]
fn garbage_header_recreates() {
    let name = ShmName::new("magic");
    let (a, _) = Store::open(&cfg(&name, SIZE, 1)).unwrap();
    a.put("/a.php", 1, 1, 0, 0, b"x").unwrap();
    drop(a);
    let mut rng = Rng::new(3);
    let junk: Vec<u8> = (0..HEADER_SIZE).map(|_| rng.next() as u8).collect();
    scribble_named(&name.0, 0, &junk).unwrap();
    let t = Instant::now();
    let (s, out) = Store::open(&cfg(&name, SIZE, 1)).unwrap();
    assert!(
        t.elapsed() < Duration::from_millis(500),
        "garbage must not be waited for"
    );
    match out {
        AttachOutcome::Recreated { reason } => assert!(
            reason.contains("magic") || reason.contains("ready"),
            "{reason}"
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(s.stats().entries, 0);
    s.put("/a.php", 1, 1, 0, 0, b"y").unwrap();
    consistent(&s);
}

#[test]
fn segment_never_made_ready_is_replaced_after_a_bounded_wait() {
    let name = ShmName::new("unready");
    make_raw(&name, SIZE, 0o600, None); // a creator that died before initialising
    let t = Instant::now();
    let (s, out) = Store::open(&cfg(&name, SIZE, 1)).unwrap();
    let waited = t.elapsed();
    assert!(
        waited >= Duration::from_millis(1900) && waited < Duration::from_secs(4),
        "{waited:?}"
    );
    assert!(
        matches!(out, AttachOutcome::Recreated { ref reason } if reason.contains("not initialised"))
    );
    s.put("/a", 1, 1, 0, 0, b"a").unwrap();
    consistent(&s);
}

#[test]
fn foreign_mode_or_owner_is_refused_and_left_alone() {
    let name = ShmName::new("mode");
    make_raw(&name, SIZE, 0o644, None);
    let r = Store::open(&cfg(&name, SIZE, 1));
    assert!(matches!(r, Err(StoreError::Foreign { .. })), "{r:?}");
    assert_eq!(
        stat_named(&name.0).unwrap().1,
        0o644,
        "not unlinked or changed"
    );

    // SAFETY: geteuid cannot fail.
    if unsafe { libc::geteuid() } == 0 {
        // Only root can give a segment to another user.
        let name = ShmName::new("owner");
        make_raw(&name, SIZE, 0o600, Some(65534));
        let r = Store::open(&cfg(&name, SIZE, 1));
        assert!(matches!(r, Err(StoreError::Foreign { .. })), "{r:?}");
        assert_eq!(stat_named(&name.0).unwrap().0, 65534);
    }
}

#[test]
fn names_are_validated_and_unlink_is_idempotent() {
    for bad in ["", "/", "noslash", "/a/b", "/nul\0x"] {
        let c = SegmentConfig {
            name: bad.to_string(),
            size: SIZE,
            build_id: build_id(1),
        };
        assert!(
            matches!(Store::open(&c), Err(StoreError::InvalidConfig(_))),
            "{bad:?}"
        );
    }
    let long = format!("/{}", "n".repeat(300));
    assert!(matches!(
        Store::unlink(&long),
        Err(StoreError::InvalidConfig(_))
    ));
    let name = ShmName::new("unlink");
    Store::unlink(&name.0).unwrap(); // missing is fine
    drop(Store::open(&cfg(&name, SIZE, 1)).unwrap());
    Store::unlink(&name.0).unwrap();
    assert!(stat_named(&name.0).is_err());
    let small = SegmentConfig {
        name: name.0.clone(),
        size: 4096,
        build_id: build_id(1),
    };
    assert!(matches!(
        Store::open(&small),
        Err(StoreError::InvalidConfig(_))
    ));
}

/// tmpfs refuses a fallocate larger than the whole filesystem up front
/// (no memory is touched); the store must unlink and report NoSpace.
#[test]
fn fallocate_failure_unlinks_and_errors() {
    let name = ShmName::new("nospace");
    let dir = CString::new("/dev/shm").unwrap();
    let mut vfs = std::mem::MaybeUninit::<libc::statvfs>::uninit();
    // SAFETY: valid C string and a writable statvfs buffer.
    if unsafe { libc::statvfs(dir.as_ptr(), vfs.as_mut_ptr()) } != 0 {
        return; // no /dev/shm to size against: nothing to test here
    }
    // SAFETY: statvfs succeeded.
    let vfs = unsafe { vfs.assume_init() };
    #[allow(clippy::unnecessary_cast)] // u64 only on 64-bit targets
    let fs_bytes = (vfs.f_blocks as u64).saturating_mul(vfs.f_frsize as u64);
    if fs_bytes == 0 || fs_bytes > (1 << 45) {
        return; // unlimited tmpfs: fallocate would really allocate
    }
    let r = Store::open(&cfg(&name, (2 * fs_bytes + (1 << 20)) as usize, 1));
    assert!(matches!(r, Err(StoreError::NoSpace { .. })), "{r:?}");
    assert!(stat_named(&name.0).is_err(), "a failed create must unlink");
}

/// Several processes open the same fresh name at once: exactly one
/// creates, all share one segment.
#[test]
fn concurrent_openers_share_one_segment() {
    let name = ShmName::new("race");
    let c = cfg(&name, SIZE, 1);
    let go = Pipe::new();
    let mut kids: Vec<Child> = (0..4)
        .map(|k| {
            let (c, go) = (&c, &go);
            fork_child(move || {
                // Wait for the start signal so the opens overlap.
                if !go.wait(Duration::from_secs(3)) {
                    return 20;
                }
                let Ok((s, out)) = Store::open(c) else {
                    return 21;
                };
                if s.put(&format!("/k{k}"), 1, 1, 0, 0, &[k as u8; 100])
                    .is_err()
                {
                    return 22;
                }
                match out {
                    AttachOutcome::Created => 0,
                    AttachOutcome::Attached => 1,
                    AttachOutcome::Recreated { .. } => 23,
                }
            })
        })
        .collect();
    for _ in 0..4 {
        go.signal();
    }
    let codes: Vec<_> = kids
        .iter_mut()
        .map(|k| k.wait(Duration::from_secs(5)))
        .collect();
    assert_eq!(
        codes.iter().filter(|c| **c == Some(0)).count(),
        1,
        "{codes:?}"
    );
    assert_eq!(
        codes.iter().filter(|c| **c == Some(1)).count(),
        3,
        "{codes:?}"
    );
    let (s, out) = Store::open(&c).unwrap();
    assert_eq!(out, AttachOutcome::Attached);
    for k in 0..4u8 {
        assert_hit(&s, &format!("/k{k}"), 1, 1, &[k; 100]);
    }
    consistent(&s);
}
