//! Eviction: stores far smaller than the working set.

use super::*;
use crate::store::{Lookup, StoreError};

#[track_caller]
fn accounting_holds(s: &Store) {
    let st = s.stats();
    assert!(st.used <= st.data_size);
    assert_eq!(st.used + st.free + st.wasted, st.data_size, "{st:?}");
    assert_eq!(
        st.removed,
        st.replacements + st.evictions + st.invalidations
    );
}

#[test]
fn working_set_far_larger_than_store() {
    let s = Store::anonymous(128 * 1024, build_id(1)).unwrap();
    let data = s.stats().data_size as usize;
    let mut rng = Rng::new(7);
    let mut put_bytes = 0usize;
    let mut too_large = 0;
    for i in 0..3000 {
        let path = format!("/w/{}.php", rng.below(700));
        let len = match rng.below(20) {
            0 => s.max_entry() + 1 + rng.below(100) as usize, // refused
            1 => s.max_entry(),                               // a quarter of the ring
            _ => 50 + rng.below(5000) as usize,
        };
        let body = body_for(&path, i, 1, len);
        match s.put(&path, i, 1, 0, len as u32, &body) {
            Ok(()) => {
                put_bytes += len;
                // The entry just put is always there.
                assert_hit(&s, &path, i, 1, &body);
            }
            Err(StoreError::TooLarge { .. }) => {
                assert!(len > s.max_entry());
                too_large += 1;
            }
            Err(e) => panic!("put {i} failed: {e}"),
        }
        accounting_holds(&s);
        if i % 25 == 0 {
            consistent(&s);
        }
    }
    consistent(&s);
    let st = s.stats();
    assert!(
        put_bytes > 20 * data,
        "working set {put_bytes} vs ring {data}"
    );
    assert!(st.evictions > 1000, "{st:?}");
    assert_eq!(st.oom_rejects, too_large);
    assert_eq!(
        st.corruption_wipes + st.resets + st.lock_recoveries,
        0,
        "never a wipe for space"
    );
    let live = s.entries();
    assert_eq!(live.len() as u64, st.entries);
    let mut out = Vec::new();
    for e in live {
        assert!(matches!(
            s.get(&e.path, e.mtime_ns, e.size, &mut out),
            Lookup::Hit(_)
        ));
    }
}

#[test]
fn tiny_entries_hit_the_index_limit_not_an_error() {
    let s = Store::anonymous(64 * 1024, build_id(1)).unwrap();
    let st = s.stats();
    let max_live = st.index_slots - st.index_slots / 4;
    for i in 0..5000u64 {
        s.put(&format!("/t/{i}"), 0, 0, 0, 0, b"x").unwrap();
        let st = s.stats();
        assert!(st.entries <= max_live);
        assert!(st.entries + st.tombstones < st.index_slots);
        if i % 97 == 0 {
            consistent(&s);
        }
    }
    let st = s.stats();
    assert_eq!(
        st.entries, max_live,
        "the index stays full of the newest entries"
    );
    assert!(st.index_rebuilds > 10, "{st:?}");
    assert_hit(&s, "/t/4999", 0, 0, b"x");
    let mut out = Vec::new();
    assert_eq!(s.get("/t/0", 0, 0, &mut out), Lookup::Miss);
    consistent(&s);
}

#[test]
fn replaced_bytes_are_wasted_then_reused() {
    let s = Store::anonymous(64 * 1024, build_id(1)).unwrap();
    let body = vec![9u8; 4000];
    let mut max_wasted = 0;
    for i in 0..1000 {
        s.put("/same.php", i, 4000, 0, 0, &body).unwrap();
        let st = s.stats();
        max_wasted = max_wasted.max(st.wasted);
        assert_eq!(st.entries, 1);
        assert_eq!(st.used, crate::store::layout::record_len(9, 4000));
        accounting_holds(&s);
    }
    let st = s.stats();
    assert!(
        max_wasted > st.data_size / 2,
        "dead records accumulate as wasted"
    );
    assert_eq!((st.replacements, st.evictions), (999, 0));
    assert_hit(&s, "/same.php", 999, 4000, &body);
    consistent(&s);
}

/// A hot entry survives a scan of cold inserts many times the ring size;
/// without hits the same entry is evicted.
#[test]
fn second_chance_keeps_hot_entries() {
    for hot_hits in [true, false] {
        let s = Store::anonymous(128 * 1024, build_id(1)).unwrap();
        let data = s.stats().data_size as usize;
        let hot = body_for("/hot.php", 1, 1, 3000);
        s.put("/hot.php", 1, 1, 0, 0, &hot).unwrap();
        let mut out = Vec::new();
        let mut i = 0;
        let mut cold_bytes = 0;
        while cold_bytes < 8 * data {
            let body = body_for("/cold", i, 1, 1500);
            s.put(&format!("/cold/{i}.php"), i, 1, 0, 0, &body).unwrap();
            cold_bytes += body.len();
            if hot_hits && i % 10 == 0 {
                assert!(
                    matches!(s.get("/hot.php", 1, 1, &mut out), Lookup::Hit(_)),
                    "hot entry lost at {i}"
                );
            }
            i += 1;
        }
        let st = s.stats();
        if hot_hits {
            assert_hit(&s, "/hot.php", 1, 1, &hot);
            assert!(st.second_chances >= 8, "{st:?}");
        } else {
            assert_eq!(s.get("/hot.php", 1, 1, &mut out), Lookup::Miss);
            assert_eq!(st.second_chances, 0);
        }
        consistent(&s);
    }
}

/// When everything is hot, the copy budget still forces evictions: puts
/// succeed, nothing loops, and consistency holds.
#[test]
fn all_hot_is_bounded() {
    let s = Store::anonymous(96 * 1024, build_id(1)).unwrap();
    let mut out = Vec::new();
    for i in 0..600u64 {
        let body = body_for("/h", i as i64, 1, 700 + (i as usize % 7) * 300);
        s.put(&format!("/h/{}", i % 150), i as i64, 1, 0, 0, &body)
            .unwrap();
        for e in s.entries() {
            let _ = s.get(&e.path, e.mtime_ns, e.size, &mut out);
        }
        accounting_holds(&s);
        if i % 20 == 0 {
            consistent(&s);
        }
    }
    let st = s.stats();
    assert!(st.evictions > 0 && st.second_chances > 0, "{st:?}");
    consistent(&s);
}
