//! Corruption: flipped bytes and scribbled memory must yield Miss/Corrupt
//! (or exact bytes), never wrong bytes or a panic, and the store must
//! work again afterwards.

use std::sync::atomic::Ordering;

use super::*;
use crate::store::layout::{RecordHeader, HEADER_SIZE, REC_HDR_SIZE, STATE_LIVE};
use crate::store::lock::Wait;
use crate::store::Lookup;

/// Overwrite bytes anywhere in the segment (models a stray write).
fn poke(s: &Store, seg_off: usize, bytes: &[u8]) {
    assert!(seg_off + bytes.len() <= s.map.len());
    let dst = s.map.base().wrapping_add(seg_off);
    // SAFETY: in bounds of the mapping (asserted). The store may be read
    // concurrently only by this test's own calls, which tolerate garbage.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len()) };
}

fn peek(s: &Store, seg_off: usize) -> u8 {
    assert!(seg_off < s.map.len());
    // SAFETY: in bounds of the mapping (asserted).
    unsafe { s.map.base().wrapping_add(seg_off).read_volatile() }
}

/// (slot, segment offset of the record, its header) of a stored path.
fn record_of(s: &Store, path: &str) -> (usize, usize, RecordHeader) {
    let hash = xxhash_rust::xxh3::xxh3_64(path.as_bytes());
    for i in 0..s.geom.slots {
        let sl = s.slot(i);
        if sl.state.load(Ordering::Relaxed) == STATE_LIVE
            && sl.key_hash.load(Ordering::Relaxed) == hash
        {
            let off = sl.rec_off.load(Ordering::Relaxed);
            return (
                i,
                s.geom.data_off + off as usize,
                s.read_header(off).unwrap(),
            );
        }
    }
    panic!("{path} not stored");
}

fn filled() -> Store {
    let s = Store::anonymous(128 * 1024, build_id(1)).unwrap();
    for i in 0..20 {
        let p = format!("/c/{i}.php");
        s.put(&p, 1, 2, 0, 0, &body_for(&p, 1, 2, 1500)).unwrap();
    }
    s
}

#[test]
fn flipped_body_byte_is_corrupt_counted_and_dropped() {
    let s = filled();
    let (_, rec, h) = record_of(&s, "/c/3.php");
    let at = rec + REC_HDR_SIZE as usize + h.path_len as usize + 700;
    poke(&s, at, &[peek(&s, at) ^ 0x10]);
    let mut out = Vec::new();
    assert_eq!(s.get("/c/3.php", 1, 2, &mut out), Lookup::Corrupt);
    assert!(out.is_empty());
    let st = s.stats();
    assert_eq!(
        (st.checksum_failures, st.entries, st.invalidations),
        (1, 19, 1)
    );
    assert_eq!(st.corruption_wipes, 0, "a bad body drops one entry only");
    assert_eq!(s.get("/c/3.php", 1, 2, &mut out), Lookup::Miss);
    assert_hit(&s, "/c/4.php", 1, 2, &body_for("/c/4.php", 1, 2, 1500));
    consistent(&s);
    // The path can be stored again.
    s.put("/c/3.php", 1, 2, 0, 0, b"fresh").unwrap();
    assert_hit(&s, "/c/3.php", 1, 2, b"fresh");
}

#[test]
fn flipped_path_byte_is_corrupt_and_dropped() {
    let s = filled();
    let (_, rec, _) = record_of(&s, "/c/5.php");
    let at = rec + REC_HDR_SIZE as usize + 2;
    poke(&s, at, &[peek(&s, at) ^ 1]);
    let mut out = Vec::new();
    assert_eq!(s.get("/c/5.php", 1, 2, &mut out), Lookup::Corrupt);
    assert_eq!(s.get("/c/5.php", 1, 2, &mut out), Lookup::Miss);
    assert_eq!(s.stats().entries, 19);
    consistent(&s);
}

#[test]
fn flipped_record_header_wipes_and_recovers() {
    let s = filled();
    let (_, rec, _) = record_of(&s, "/c/7.php");
    poke(&s, rec + 20, &[0xEE]); // inside mtime_ns: header hash now fails
    let mut out = Vec::new();
    assert_eq!(s.get("/c/7.php", 1, 2, &mut out), Lookup::Corrupt);
    // A bad header makes the ring unwalkable: the store wiped itself.
    let st = s.stats();
    assert_eq!(
        (st.checksum_failures, st.corruption_wipes, st.entries),
        (1, 1, 0)
    );
    assert_eq!(s.get("/c/7.php", 1, 2, &mut out), Lookup::Miss);
    consistent(&s);
    s.put("/c/7.php", 1, 2, 0, 0, b"ok").unwrap();
    assert_hit(&s, "/c/7.php", 1, 2, b"ok");
}

#[test]
fn scribbled_index_and_data_give_only_miss_or_corrupt() {
    let s = filled();
    let mut rng = Rng::new(99);
    let garbage: Vec<u8> = (0..s.size() - HEADER_SIZE)
        .map(|_| rng.next() as u8)
        .collect();
    poke(&s, HEADER_SIZE, &garbage);
    let mut out = Vec::new();
    for round in 0..2 {
        for i in 0..40 {
            let p = format!("/c/{i}.php");
            let r = s.get(&p, 1, 2, &mut out);
            assert!(
                matches!(r, Lookup::Miss | Lookup::Corrupt),
                "round {round} {p}: {r:?}"
            );
        }
    }
    let _ = s.entries(); // no panic
    assert!(s.check_consistency().is_err() || s.stats().entries == 0);
    // Writers notice the damage, wipe and carry on.
    s.put("/after.php", 1, 1, 0, 0, b"after").unwrap();
    assert_hit(&s, "/after.php", 1, 1, b"after");
    s.reset();
    consistent(&s);
    for i in 0..20 {
        let p = format!("/c/{i}.php");
        let body = body_for(&p, 1, 2, 1500);
        s.put(&p, 1, 2, 0, 0, &body).unwrap();
        assert_hit(&s, &p, 1, 2, &body);
    }
    consistent(&s);
}

/// Random small scribbles while the store is in use: every hit must still
/// return exactly the bytes that were put; nothing panics.
#[test]
fn partial_scribbles_never_return_wrong_bytes() {
    let s = Store::anonymous(96 * 1024, build_id(1)).unwrap();
    let mut rng = Rng::new(5);
    let mut out = Vec::new();
    let (mut hits, mut corrupt) = (0, 0);
    for op in 0..6000 {
        let p = format!("/s/{}.php", rng.below(60));
        let mtime = rng.below(2) as i64;
        let len = len_for(&p, mtime, 2500);
        if rng.below(3) == 0 {
            s.put(&p, mtime, 3, 0, 0, &body_for(&p, mtime, 3, len))
                .unwrap();
        } else {
            match s.get(&p, mtime, 3, &mut out) {
                Lookup::Hit(_) => {
                    assert!(out == body_for(&p, mtime, 3, len), "op {op}: wrong bytes");
                    hits += 1;
                }
                Lookup::Corrupt => corrupt += 1,
                Lookup::Miss | Lookup::Stale => {}
            }
        }
        if op % 50 == 0 {
            let at = HEADER_SIZE + rng.below((s.size() - HEADER_SIZE - 16) as u64) as usize;
            let n = 1 + rng.below(16) as usize;
            let junk: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            poke(&s, at, &junk);
        }
    }
    assert!(hits > 500, "hits {hits}");
    assert!(corrupt > 0, "scribbles were never detected");
    s.reset();
    consistent(&s);
    s.put("/fine", 1, 1, 0, 0, b"fine").unwrap();
    assert_hit(&s, "/fine", 1, 1, b"fine");
}

#[test]
fn scribbled_allocator_state_is_wiped_by_next_writer() {
    let s = filled();
    s.hdr().ring.head.store(1 << 40, Ordering::Relaxed); // head > tail
    s.put("/x", 1, 1, 0, 0, b"x").unwrap();
    let st = s.stats();
    assert_eq!((st.corruption_wipes, st.entries), (1, 1));
    assert_hit(&s, "/x", 1, 1, b"x");
    consistent(&s);
}

#[test]
fn writer_that_panics_inside_the_lock_is_recovered_from() {
    let s = filled();
    let r = std::thread::scope(|sc| {
        sc.spawn(|| {
            let _w = s.lock_writer(Wait::Try).unwrap();
            s.hdr().ring.used.store(12345, Ordering::Relaxed); // half-done update
            panic!("simulated bug inside the critical section");
        })
        .join()
    });
    assert!(r.is_err());
    s.put("/y", 1, 1, 0, 0, b"y").unwrap();
    let st = s.stats();
    assert_eq!(
        (st.corruption_wipes, st.lock_recoveries, st.entries),
        (1, 0, 1)
    );
    consistent(&s);
}
