//! Throughput figures, printed (not asserted beyond sanity). Run with
//! `cargo test --release --lib store::tests::perf -- --nocapture`.

use std::time::{Duration, Instant};

use super::*;
use crate::store::Lookup;

/// Run `f` repeatedly for about `budget`; returns (iterations, seconds).
fn timed(budget: Duration, mut f: impl FnMut(u64)) -> (u64, f64) {
    let t = Instant::now();
    let mut n = 0;
    while t.elapsed() < budget {
        for _ in 0..64 {
            f(n);
            n += 1;
        }
    }
    (n, t.elapsed().as_secs_f64())
}

fn report(what: &str, n: u64, secs: f64, bytes_per_op: usize) {
    let ops = n as f64 / secs;
    eprintln!(
        "perf: {what:<34} {:>9.0} ops/s {:>8.0} MB/s",
        ops,
        ops * bytes_per_op as f64 / 1e6
    );
}

#[test]
fn throughput_report() {
    let budget = Duration::from_millis(250);
    for body_len in [2 * 1024, 32 * 1024] {
        let s = Store::anonymous(64 << 20, build_id(1)).unwrap();
        let keys = ((32 << 20) / body_len) as u64; // fits: no eviction
        let paths: Vec<String> = (0..keys)
            .map(|i| format!("/var/www/app/src/Module{i}/File.php"))
            .collect();
        let body = body_for("/perf", 0, 0, body_len);

        let (n, t) = timed(budget, |i| {
            s.put(&paths[(i % keys) as usize], 1, 2, 0, 0, &body)
                .unwrap()
        });
        report(
            &format!("put {} KiB (no eviction)", body_len / 1024),
            n,
            t,
            body_len,
        );

        let stored = n.min(keys); // debug builds may not get through all keys
        let mut out = Vec::new();
        let (n, t) = timed(budget, |i| {
            let r = s.get(&paths[(i % stored) as usize], 1, 2, &mut out);
            assert!(matches!(r, Lookup::Hit(_)));
        });
        report(
            &format!("get hit {} KiB (copy + xxh3)", body_len / 1024),
            n,
            t,
            body_len,
        );

        let (n, t) = timed(budget, |i| {
            let r = s.get(&format!("/missing/{i}"), 1, 2, &mut out);
            assert_eq!(r, Lookup::Miss);
        });
        report("get miss (incl. format!)", n, t, 0);

        let small = Store::anonymous(4 << 20, build_id(1)).unwrap();
        let (n, t) = timed(budget, |i| {
            small
                .put(&paths[(i % keys) as usize], 1, 2, 0, 0, &body)
                .unwrap()
        });
        report(
            &format!("put {} KiB, 4 MiB store (evicting)", body_len / 1024),
            n,
            t,
            body_len,
        );
        let st = small.stats();
        assert!(st.evictions > 0);
        consistent(&small);
    }
}
