//! Cross-process and crash safety, with real processes (fork).
//!
//! Children only call the store API, allocate and make simple syscalls;
//! they report through exit codes and shared counters and `_exit`. Every
//! child is waited for with a deadline and killed + reaped by its guard.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::*;
use crate::store::{Counter, Lookup, SegmentConfig, StoreError};

#[test]
fn child_puts_parent_sees() {
    let s = Store::anonymous(512 * 1024, build_id(1)).unwrap();
    let mut child = fork_child(|| {
        for i in 0..50 {
            let p = format!("/child/{i}.php");
            if s.put(&p, i, 9, 1, 2, &body_for(&p, i, 9, 2000)).is_err() {
                return 1;
            }
        }
        0
    });
    assert_eq!(child.wait(Duration::from_secs(5)), Some(0));
    for i in 0..50 {
        let p = format!("/child/{i}.php");
        assert_hit(&s, &p, i, 9, &body_for(&p, i, 9, 2000));
    }
    assert_eq!(s.stats().inserts, 50);
    consistent(&s);
}

/// Like above, but the child maps the named segment itself (another
/// address; only offsets are shared), and the parent writes too.
#[test]
fn named_segment_shared_between_independent_mappings() {
    let name = ShmName::new("xproc");
    let cfg = SegmentConfig {
        name: name.0.clone(),
        size: 512 * 1024,
        build_id: build_id(1),
    };
    let (s, _) = Store::open(&cfg).unwrap();
    s.put("/parent.php", 1, 1, 0, 0, b"from parent").unwrap();
    let mut child = fork_child(|| {
        let Ok((c, _)) = Store::open(&cfg) else {
            return 1;
        };
        let mut out = Vec::new();
        if !matches!(c.get("/parent.php", 1, 1, &mut out), Lookup::Hit(_)) || out != b"from parent"
        {
            return 2;
        }
        if c.put("/child.php", 1, 1, 0, 0, b"from child").is_err() {
            return 3;
        }
        0
    });
    assert_eq!(child.wait(Duration::from_secs(5)), Some(0));
    assert_hit(&s, "/child.php", 1, 1, b"from child");
    consistent(&s);
}

/// A child takes the writer lock, leaves a half-done update and is
/// SIGKILLed. Readers never wait meanwhile; the next writer recovers
/// promptly through EOWNERDEAD.
#[test]
fn killed_lock_holder_is_recovered_from() {
    let s = Store::anonymous(256 * 1024, build_id(1)).unwrap();
    for i in 0..30 {
        s.put(&format!("/before/{i}"), 1, 1, 0, 0, &[i as u8; 900])
            .unwrap();
    }
    let pipe = Pipe::new();
    let mut child = fork_child(|| s.debug_lock_and_hang(|| pipe.signal()));
    assert!(
        pipe.wait(Duration::from_secs(3)),
        "child never took the lock"
    );

    s.set_lock_timeout(Duration::from_millis(50));
    assert_eq!(s.put("/x", 1, 1, 0, 0, b"x"), Err(StoreError::LockTimeout));
    let t = Instant::now();
    let mut out = Vec::new();
    for i in 0..30 {
        let r = s.get(&format!("/before/{i}"), 1, 1, &mut out);
        assert!(matches!(r, Lookup::Hit(_) | Lookup::Miss), "{r:?}");
    }
    // The lock is held indefinitely: a reader that waited would hang.
    assert!(
        t.elapsed() < Duration::from_secs(1),
        "readers must not wait for the lock"
    );

    child.kill();
    s.set_lock_timeout(Duration::from_millis(500));
    let t = Instant::now();
    s.put("/after", 1, 1, 0, 0, b"after").unwrap();
    let took = t.elapsed();
    // Prompt: EOWNERDEAD at once, not after the 500 ms timeout.
    assert!(took < Duration::from_millis(450), "recovery took {took:?}");

    let st = s.stats();
    assert_eq!(st.lock_recoveries, 1);
    assert_eq!(st.entries, 1, "recovery wipes the suspect contents");
    consistent(&s);
    assert_hit(&s, "/after", 1, 1, b"after");
    assert_eq!(s.get("/before/3", 1, 1, &mut out), Lookup::Miss);
    for i in 0..30 {
        s.put(&format!("/again/{i}"), 1, 1, 0, 0, &[i as u8; 900])
            .unwrap();
    }
    consistent(&s);
    assert_eq!(s.stats().lock_recoveries, 1);
}

/// A writer already blocked on the lock is woken by the holder's death
/// (long before its own timeout) and performs the recovery.
#[test]
fn blocked_writer_is_woken_by_the_holders_death() {
    let s = Store::anonymous(256 * 1024, build_id(1)).unwrap();
    let pipe = Pipe::new();
    let mut child = fork_child(|| s.debug_lock_and_hang(|| pipe.signal()));
    assert!(pipe.wait(Duration::from_secs(3)));
    s.set_lock_timeout(Duration::from_secs(4));
    let (r, took) = std::thread::scope(|sc| {
        let h = sc.spawn(|| {
            let t = Instant::now();
            (s.put("/w", 1, 1, 0, 0, b"waited"), t.elapsed())
        });
        std::thread::sleep(Duration::from_millis(150));
        child.kill();
        h.join().unwrap()
    });
    assert_eq!(r, Ok(()));
    assert!(took < Duration::from_secs(1), "woken only after {took:?}");
    assert_eq!(s.stats().lock_recoveries, 1);
    assert_hit(&s, "/w", 1, 1, b"waited");
    consistent(&s);
}

/// The deployment case: an unrelated process maps the named segment at its
/// own address, takes the lock and dies. The kernel's robust-list walk uses
/// the dead process's address of the mutex; the survivor must still see
/// EOWNERDEAD through its own mapping.
#[test]
fn killed_holder_of_independently_mapped_named_segment() {
    let name = ShmName::new("robust");
    let cfg = SegmentConfig {
        name: name.0.clone(),
        size: 256 * 1024,
        build_id: build_id(1),
    };
    let (s, _) = Store::open(&cfg).unwrap();
    s.put("/a", 1, 1, 0, 0, b"a").unwrap();
    let pipe = Pipe::new();
    let mut child = fork_child(|| {
        let Ok((own, _)) = Store::open(&cfg) else {
            return 1;
        };
        own.debug_lock_and_hang(|| pipe.signal())
    });
    assert!(
        pipe.wait(Duration::from_secs(3)),
        "child never took the lock"
    );
    child.kill();
    let t = Instant::now();
    s.put("/b", 1, 1, 0, 0, b"b").unwrap();
    assert!(t.elapsed() < Duration::from_millis(450));
    assert_eq!(s.stats().lock_recoveries, 1);
    assert_hit(&s, "/b", 1, 1, b"b");
    consistent(&s);
}

const KEYS: u64 = 48;
const MAX_LEN: usize = 6000;

/// Exit codes of chaos children.
const WRONG_BYTES: i32 = 3;
const CORRUPT: i32 = 4;
const BAD_ERROR: i32 = 5;

/// Random put/get/remove/reset on a small store until `until`; every hit
/// is checked against the key-derived body.
fn chaos_worker(s: &Store, seed: u64, until: Instant) -> i32 {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    while Instant::now() < until {
        let path = format!("/chaos/{}.php", rng.below(KEYS));
        let mtime = rng.below(2) as i64;
        let len = len_for(&path, mtime, MAX_LEN);
        match rng.below(100) {
            0..=44 => {
                let body = body_for(&path, mtime, 11, len);
                match s.put(&path, mtime, 11, 5, len as u32, &body) {
                    Ok(()) | Err(StoreError::LockTimeout) => {}
                    Err(_) => return BAD_ERROR,
                }
            }
            45..=94 => match s.get(&path, mtime, 11, &mut out) {
                Lookup::Hit(m) => {
                    if out != body_for(&path, mtime, 11, len)
                        || m.raw_len as usize != len
                        || m.flags != 5
                    {
                        return WRONG_BYTES;
                    }
                    s.counter(Counter::Spare0).fetch_add(1, Ordering::Relaxed);
                }
                Lookup::Corrupt => return CORRUPT,
                Lookup::Miss | Lookup::Stale => {}
            },
            95..=98 => {
                s.remove(&path);
            }
            _ => {
                if rng.below(20) == 0 {
                    s.reset();
                }
            }
        }
        s.counter(Counter::Spare1).fetch_add(1, Ordering::Relaxed);
    }
    0
}

/// Several processes hammer a small store; one is killed while holding the
/// lock mid-update, another at a random moment. No deadlock, every hit
/// byte-exact (in children and in the parent), consistency afterwards.
#[test]
fn chaos_with_killed_processes() {
    let s = Store::anonymous(128 * 1024, build_id(1)).unwrap();
    s.set_lock_timeout(Duration::from_millis(300)); // inherited by the children
    let start = Instant::now();
    let until = start + Duration::from_millis(1500);

    let mut workers: Vec<Child> = (0..4)
        .map(|k| fork_child(|| chaos_worker(&s, 1000 + k, until)))
        .collect();
    let pipe = Pipe::new();
    let mut victim = fork_child(|| {
        chaos_worker(&s, 77, start + Duration::from_millis(300));
        s.debug_lock_and_hang(|| pipe.signal())
    });
    let mut random_victim = fork_child(|| chaos_worker(&s, 78, until + Duration::from_secs(5)));

    let stop = AtomicBool::new(false);
    let parent_hits = std::thread::scope(|sc| {
        let reader = sc.spawn(|| {
            let mut rng = Rng::new(5);
            let mut out = Vec::new();
            let mut hits = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let path = format!("/chaos/{}.php", rng.below(KEYS));
                let mtime = rng.below(2) as i64;
                match s.get(&path, mtime, 11, &mut out) {
                    Lookup::Hit(_) => {
                        let len = len_for(&path, mtime, MAX_LEN);
                        assert!(
                            out == body_for(&path, mtime, 11, len),
                            "parent read wrong bytes"
                        );
                        hits += 1;
                    }
                    Lookup::Corrupt => panic!("corrupt without damage"),
                    Lookup::Miss | Lookup::Stale => {}
                }
            }
            hits
        });
        let took_lock = pipe.wait(Duration::from_secs(3));
        std::thread::sleep(Duration::from_millis(100)); // others pile up on the lock
        victim.kill();
        std::thread::sleep(Duration::from_millis(400));
        random_victim.kill();
        let codes: Vec<_> = workers
            .iter_mut()
            .map(|w| w.wait(Duration::from_secs(5)))
            .collect();
        stop.store(true, Ordering::Relaxed);
        let hits = reader.join().unwrap();
        assert!(took_lock, "victim never reached the lock");
        assert_eq!(
            codes,
            vec![Some(0); 4],
            "workers: 0 ok, 3 wrong bytes, 4 corrupt, 5 error, None hung"
        );
        hits
    });
    assert!(start.elapsed() < Duration::from_secs(5));

    let rep = consistent(&s);
    let st = s.stats();
    assert!(st.lock_recoveries >= 1, "{st:?}");
    assert_eq!(st.corruption_wipes, 0, "{st:?}");
    let child_hits = s.counter(Counter::Spare0).load(Ordering::Relaxed);
    let ops = s.counter(Counter::Spare1).load(Ordering::Relaxed);
    assert!(
        child_hits > 100 && parent_hits > 100,
        "{child_hits} {parent_hits}"
    );
    eprintln!(
        "chaos: {ops} child ops, {child_hits} verified child hits, {parent_hits} parent hits, \
         {} evictions, {} second chances, {} resets, {} lock recoveries, {} lock timeouts, {} entries at end",
        st.evictions, st.second_chances, st.resets, st.lock_recoveries, st.lock_timeouts, rep.entries
    );
    // Everything left is still exact.
    let mut out = Vec::new();
    for k in 0..KEYS {
        for mtime in 0..2 {
            let path = format!("/chaos/{k}.php");
            if let Lookup::Hit(_) = s.get(&path, mtime, 11, &mut out) {
                assert!(out == body_for(&path, mtime, 11, len_for(&path, mtime, MAX_LEN)));
            }
        }
    }
    // And the store keeps working.
    s.put("/end", 1, 1, 0, 0, b"end").unwrap();
    assert_hit(&s, "/end", 1, 1, b"end");
    consistent(&s);
}
