//! Single-process behaviour: round trips, staleness, remove, reset,
//! replacement accounting, and a randomized sequence against a model.

use std::collections::HashMap;
use std::time::Duration;

use super::*;
use crate::store::lock::Wait;
use crate::store::{Counter, Lookup, StoreError};

fn small() -> Store {
    Store::anonymous(256 * 1024, build_id(1)).unwrap()
}

#[test]
fn store_is_send_and_sync() {
    fn is<T: Send + Sync>() {}
    is::<Store>();
}

#[test]
fn roundtrip_stale_and_miss() {
    let s = small();
    let body = body_for("/srv/a.php", 10, 300, 1000);
    s.put("/srv/a.php", 10, 300, 7, 4242, &body).unwrap();
    let mut out = vec![1, 2, 3];
    match s.get("/srv/a.php", 10, 300, &mut out) {
        Lookup::Hit(m) => {
            assert_eq!((m.flags, m.raw_len, m.stored_len), (7, 4242, 1000));
            assert_eq!((m.mtime_ns, m.size), (10, 300));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(out, body);
    assert_eq!(s.get("/srv/a.php", 11, 300, &mut out), Lookup::Stale);
    assert!(out.is_empty(), "out is cleared on anything but a hit");
    assert_eq!(s.get("/srv/a.php", 10, 301, &mut out), Lookup::Stale);
    assert_eq!(s.get("/srv/b.php", 10, 300, &mut out), Lookup::Miss);
    // Empty body and a long path are fine.
    let long = format!("/{}", "x".repeat(3000));
    s.put(&long, 1, 0, 0, 0, b"").unwrap();
    assert_hit(&s, &long, 1, 0, b"");
    consistent(&s);
}

#[test]
fn get_counts_per_entry_not_globally() {
    let s = small();
    s.put("/a", 1, 1, 0, 0, b"abc").unwrap();
    for _ in 0..3 {
        assert_hit(&s, "/a", 1, 1, b"abc");
    }
    let mut out = Vec::new();
    assert_eq!(s.get("/nope", 1, 1, &mut out), Lookup::Miss);
    let st = s.stats();
    assert_eq!((st.hits, st.misses), (0, 0), "the caller owns Hits/Misses");
    let e = s.entries();
    assert_eq!(e.len(), 1);
    assert_eq!(
        (e[0].path.as_str(), e[0].hits, e[0].stored_len),
        ("/a", 3, 3)
    );
    assert!(e[0].last_used >= e[0].created && e[0].created > 1_600_000_000);
    s.counter(Counter::Hits)
        .fetch_add(2, std::sync::atomic::Ordering::Relaxed);
    s.counter(Counter::DiskWrites)
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let st = s.stats();
    assert_eq!((st.hits, st.counter(Counter::DiskWrites)), (2, 1));
}

#[test]
fn remove_and_replace_accounting() {
    let s = small();
    s.put("/a", 1, 1, 0, 0, &[1u8; 500]).unwrap();
    s.put("/b", 1, 1, 0, 0, &[2u8; 500]).unwrap();
    let before = s.stats();
    assert_eq!((before.entries, before.inserts, before.wasted), (2, 2, 0));
    // Replace: the old record becomes wasted; counted as removed.
    s.put("/a", 2, 1, 0, 9, &[3u8; 100]).unwrap();
    let st = s.stats();
    assert_eq!(
        (st.entries, st.removed, st.replacements, st.inserts),
        (2, 1, 1, 3)
    );
    assert_eq!(st.wasted, crate::store::layout::record_len(2, 500));
    assert_eq!(st.used + st.free + st.wasted, st.data_size);
    assert_eq!((st.stored_bytes, st.raw_bytes), (600, 9));
    assert_hit(&s, "/a", 2, 1, &[3u8; 100]);
    consistent(&s);
    // Remove: invalidation + removed.
    assert!(s.remove("/a"));
    assert!(!s.remove("/a"));
    let mut out = Vec::new();
    assert_eq!(s.get("/a", 2, 1, &mut out), Lookup::Miss);
    let st = s.stats();
    assert_eq!((st.entries, st.removed, st.invalidations), (1, 2, 1));
    assert_eq!(
        st.removed,
        st.replacements + st.evictions + st.invalidations
    );
    assert_eq!(st.used + st.free + st.wasted, st.data_size);
    consistent(&s);
}

#[test]
fn reset_keeps_counters_and_works_after() {
    let s = small();
    s.counter(Counter::Hits)
        .store(5, std::sync::atomic::Ordering::Relaxed);
    for i in 0..20 {
        s.put(&format!("/f{i}"), 1, 1, 0, 0, &[i as u8; 200])
            .unwrap();
    }
    let epoch = s.stats().epoch;
    s.reset();
    let st = s.stats();
    assert_eq!((st.entries, st.used, st.wasted, st.resets), (0, 0, 0, 1));
    assert_eq!(st.free, st.data_size);
    assert_eq!((st.hits, st.inserts), (5, 20), "counters survive a reset");
    assert!(st.epoch > epoch);
    let mut out = Vec::new();
    assert_eq!(s.get("/f3", 1, 1, &mut out), Lookup::Miss);
    s.put("/f3", 1, 1, 0, 0, b"again").unwrap();
    assert_hit(&s, "/f3", 1, 1, b"again");
    consistent(&s);
}

#[test]
fn reset_without_the_lock_is_deferred() {
    let s = small();
    s.put("/a", 1, 1, 0, 0, b"old").unwrap();
    s.set_lock_timeout(Duration::from_millis(30));
    std::thread::scope(|sc| {
        let w = s.lock_writer(Wait::Try).unwrap();
        sc.spawn(|| s.reset()).join().unwrap();
        drop(w);
    });
    let mut out = Vec::new();
    assert_eq!(
        s.get("/a", 1, 1, &mut out),
        Lookup::Miss,
        "epoch bump hides old entries at once"
    );
    assert_eq!(s.stats().resets, 1);
    s.put("/b", 1, 1, 0, 0, b"new").unwrap(); // performs the pending wipe
    let st = s.stats();
    assert_eq!(st.entries, 1);
    assert_hit(&s, "/b", 1, 1, b"new");
    assert_eq!(s.get("/a", 1, 1, &mut out), Lookup::Miss);
    consistent(&s);
}

#[test]
fn lock_timeout_is_reported() {
    let s = small();
    s.set_lock_timeout(Duration::from_millis(20));
    std::thread::scope(|sc| {
        let w = s.lock_writer(Wait::Try).unwrap();
        let r = sc.spawn(|| s.put("/a", 1, 1, 0, 0, b"x")).join().unwrap();
        assert_eq!(r, Err(StoreError::LockTimeout));
        // Readers never wait, even while the lock is held.
        let mut out = Vec::new();
        assert_eq!(s.get("/a", 1, 1, &mut out), Lookup::Miss);
        drop(w);
    });
    assert_eq!(s.stats().lock_timeouts, 1);
    s.put("/a", 1, 1, 0, 0, b"x").unwrap();
}

#[test]
fn too_large_is_refused() {
    let s = small();
    let st = s.stats();
    assert_eq!(s.max_entry() as u64, st.data_size / 4);
    let big = vec![0u8; s.max_entry() + 1];
    assert!(matches!(
        s.put("/big", 1, 1, 0, 0, &big),
        Err(StoreError::TooLarge { .. })
    ));
    s.set_max_entry(1000);
    assert!(matches!(
        s.put("/b", 1, 1, 0, 0, &[0u8; 1001]),
        Err(StoreError::TooLarge { .. })
    ));
    s.put("/b", 1, 1, 0, 0, &[0u8; 1000]).unwrap();
    s.set_max_entry(usize::MAX); // clamped to half the ring
    assert!(s.max_entry() as u64 <= st.data_size / 2);
    let half = vec![7u8; s.max_entry()];
    s.put("/half", 1, 1, 0, 0, &half).unwrap();
    assert_hit(&s, "/half", 1, 1, &half);
    assert_eq!(s.stats().oom_rejects, 2);
    consistent(&s);
}

#[test]
fn bad_sizes_are_config_errors() {
    assert!(matches!(
        Store::anonymous(1000, build_id(1)),
        Err(StoreError::InvalidConfig(_))
    ));
    let s = Store::anonymous(64 * 1024, build_id(1)).unwrap();
    let st = s.stats();
    assert_eq!(st.index_slots, 256);
    assert_eq!(st.free, st.data_size);
    assert_eq!(s.name(), "");
    assert_eq!(s.size(), 64 * 1024);
    assert!(s.start_time() > 1_600_000_000 && s.last_reset_time() >= s.start_time());
}

/// Thousands of random operations against a model, with a full
/// consistency check after every one.
#[test]
fn randomized_ops_stay_consistent() {
    let s = Store::anonymous(96 * 1024, build_id(2)).unwrap();
    let mut rng = Rng::new(42);
    // path -> (mtime, size, body) of the latest put
    let mut model: HashMap<String, (i64, u64, Vec<u8>)> = HashMap::new();
    let mut out = Vec::new();
    let mut hits = 0;
    for op in 0..4000 {
        let path = format!("/app/src/file{}.php", rng.below(120));
        match rng.below(10) {
            0..=3 => {
                let mtime = rng.below(3) as i64;
                let len = len_for(&path, mtime, if rng.below(8) == 0 { 8000 } else { 900 });
                let body = body_for(&path, mtime, 77, len);
                s.put(&path, mtime, 77, 1, len as u32 * 2, &body).unwrap();
                model.insert(path, (mtime, 77, body));
            }
            4..=7 => {
                let mtime = match model.get(&path) {
                    Some(m) if rng.below(3) != 0 => m.0,
                    _ => rng.below(3) as i64,
                };
                match s.get(&path, mtime, 77, &mut out) {
                    Lookup::Hit(m) => {
                        let (mt, _, body) = model.get(&path).expect("hit for a path never put");
                        assert_eq!(*mt, mtime);
                        assert_eq!(&out, body, "op {op}: wrong bytes");
                        assert_eq!(m.raw_len as usize, body.len() * 2);
                        hits += 1;
                    }
                    Lookup::Stale => assert_ne!(model.get(&path).map(|m| m.0), Some(mtime)),
                    Lookup::Miss => {} // never put, removed, or evicted
                    Lookup::Corrupt => panic!("op {op}: corrupt without damage"),
                }
            }
            8 => {
                let found = s.remove(&path);
                let had = model.remove(&path).is_some();
                assert!(!found || had, "removed a path never put");
            }
            _ => {
                if rng.below(40) == 0 {
                    s.reset();
                    model.clear();
                }
            }
        }
        let r = consistent(&s);
        let st = s.stats();
        assert_eq!(st.used + st.free + st.wasted, st.data_size, "op {op}");
        assert_eq!(
            (r.used, r.wasted, r.free, r.entries),
            (st.used, st.wasted, st.free, st.entries)
        );
        assert!(st.used <= st.data_size);
        assert_eq!(
            st.removed,
            st.replacements + st.evictions + st.invalidations
        );
    }
    let st = s.stats();
    assert!(hits > 200, "too few hits ({hits}) to be meaningful");
    assert!(st.evictions > 0 && st.index_rebuilds > 0, "{st:?}");
}

/// Threads of one process sharing one Store: readers verify every hit.
#[test]
fn threads_share_one_store() {
    let s = Store::anonymous(128 * 1024, build_id(3)).unwrap();
    let bad = std::sync::atomic::AtomicU64::new(0);
    std::thread::scope(|sc| {
        for t in 0..4u64 {
            let (s, bad) = (&s, &bad);
            sc.spawn(move || {
                let mut rng = Rng::new(t + 100);
                let mut out = Vec::new();
                for _ in 0..3000 {
                    let path = format!("/t/{}", rng.below(64));
                    let mtime = rng.below(2) as i64;
                    if rng.below(3) == 0 {
                        let body = body_for(&path, mtime, 5, len_for(&path, mtime, 3000));
                        let _ = s.put(&path, mtime, 5, 0, 0, &body);
                    } else if let Lookup::Hit(_) = s.get(&path, mtime, 5, &mut out) {
                        if out != body_for(&path, mtime, 5, len_for(&path, mtime, 3000)) {
                            bad.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        }
                    }
                }
            });
        }
    });
    assert_eq!(bad.load(std::sync::atomic::Ordering::Relaxed), 0);
    consistent(&s);
}
