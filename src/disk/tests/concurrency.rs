//! Concurrency: threads and forked processes hammering a few keys; writers
//! SIGKILLed mid-write. Every hit must be exactly one writer's bytes.

use std::panic::AssertUnwindSafe;
use std::time::Instant;

use super::*;

const KEYS: usize = 4;
const RUN: Duration = Duration::from_millis(1000);

fn key_path(k: usize) -> String {
    format!("/srv/app/hot{k}.php")
}

fn key_stat(k: usize) -> (i64, u64) {
    (1_000 + k as i64, 10 + k as u64)
}

/// The body writer `writer` stores for key `k` on its `seq`-th write: a
/// 16-byte self-description, then bytes derived from all three.
fn body_for(k: usize, writer: u32, seq: u32) -> Vec<u8> {
    let len = 16 + (seq as usize * 7919 + writer as usize * 131) % 6000 + k * 97;
    let mut v = Vec::with_capacity(len);
    v.extend_from_slice(&(k as u32).to_le_bytes());
    v.extend_from_slice(&writer.to_le_bytes());
    v.extend_from_slice(&seq.to_le_bytes());
    v.extend_from_slice(&(len as u32).to_le_bytes());
    let mut x = (k as u64) << 40 ^ u64::from(writer) << 20 ^ u64::from(seq) ^ 0x9E37_79B9_7F4A_7C15;
    while v.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.push(x as u8);
    }
    v
}

/// A hit is valid if its body is exactly what its writer wrote for this key,
/// and the header fields (flags = writer, raw_len = seq) come from the same put.
fn check_hit(k: usize, meta: &DiskMeta, body: &[u8]) -> Result<(), String> {
    let word = |i: usize| -> Option<u32> {
        Some(u32::from_le_bytes(
            body.get(i * 4..i * 4 + 4)?.try_into().ok()?,
        ))
    };
    let (Some(bk), Some(w), Some(seq)) = (word(0), word(1), word(2)) else {
        return Err(format!("key {k}: short body ({} bytes)", body.len()));
    };
    if bk as usize != k {
        return Err(format!("key {k}: body of key {bk}"));
    }
    if (w, seq) != (meta.flags, meta.raw_len) {
        return Err(format!(
            "key {k}: header ({}, {}) vs body ({w}, {seq})",
            meta.flags, meta.raw_len
        ));
    }
    if body != body_for(k, w, seq).as_slice() {
        return Err(format!("key {k}: body of writer {w} seq {seq} differs"));
    }
    Ok(())
}

/// Puts, gets (verifying every hit) and occasionally removes, until `until`.
/// Returns the number of verified hits.
fn hammer(s: &DiskStore, writer: u32, until: Instant) -> Result<u64, String> {
    let mut rng = 0x2545_F491_4F6C_DD1Du64 ^ u64::from(writer).wrapping_mul(0x9E37_79B9);
    let mut seq = 0u32;
    let mut hits = 0;
    let mut out = Vec::new();
    while Instant::now() < until {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let k = (rng % KEYS as u64) as usize;
        let (mtime, size) = key_stat(k);
        match (rng >> 8) % 16 {
            0..=5 => {
                seq += 1;
                s.put(
                    &key_path(k),
                    mtime,
                    size,
                    writer,
                    seq,
                    &body_for(k, writer, seq),
                )
                .map_err(|e| format!("put: {e}"))?;
            }
            6..=14 => match s.get(&key_path(k), mtime, size, &mut out) {
                DiskLookup::Hit(meta) => {
                    check_hit(k, &meta, &out)?;
                    hits += 1;
                }
                DiskLookup::Miss => {}
                other => return Err(format!("key {k}: {other:?}")),
            },
            _ => {
                s.remove(&key_path(k));
            }
        }
    }
    Ok(hits)
}

fn verify_final_state(s: &DiskStore) {
    let st = s.stats();
    assert_eq!(st.temp_files, 0, "temp files left behind");
    for k in 0..KEYS {
        let (mtime, size) = key_stat(k);
        let mut out = Vec::new();
        match s.get(&key_path(k), mtime, size, &mut out) {
            DiskLookup::Hit(meta) => check_hit(k, &meta, &out).unwrap(),
            DiskLookup::Miss => {}
            other => panic!("final state of key {k}: {other:?}"),
        }
    }
}

fn run_threads(s: &DiskStore, n: u32, first_writer: u32) -> u64 {
    let until = Instant::now() + RUN;
    std::thread::scope(|sc| {
        let handles: Vec<_> = (0..n)
            .map(|w| sc.spawn(move || hammer(s, first_writer + w, until)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread panicked").unwrap())
            .sum()
    })
}

#[test]
fn threads_hammer_same_keys() {
    let td = TestDir::new("threads");
    let s = open_store(&td);
    let hits = run_threads(&s, 4, 0);
    assert!(hits > 0, "no hit verified");
    verify_final_state(&s);
}

/// Forks a child that runs `f` and `_exit`s with its code (2 on panic).
/// The child must not print: another thread may have held a stdio lock at fork.
fn fork_child(f: impl FnOnce() -> i32) -> libc::pid_t {
    // SAFETY: the child only runs `f` (file I/O and allocation; glibc makes
    // malloc fork-safe) and leaves with _exit, never returning into the test
    // harness; the parent just records the pid.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork failed");
    if pid == 0 {
        let code = std::panic::catch_unwind(AssertUnwindSafe(f)).unwrap_or(2);
        // SAFETY: _exit ends the child at once, skipping atexit handlers and
        // destructors that belong to the parent's state.
        unsafe { libc::_exit(code) };
    }
    pid
}

/// Waits for `pid` until `deadline`, SIGKILLing it if late. Returns the raw status.
fn wait_child(pid: libc::pid_t, deadline: Instant) -> libc::c_int {
    let mut status = 0;
    loop {
        // SAFETY: `status` is a valid out-pointer for the duration of the call.
        let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if r == pid {
            return status;
        }
        assert!(r == 0, "waitpid failed");
        if Instant::now() > deadline {
            // SAFETY: `pid` is our own unreaped child, so the id cannot have been reused.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            // SAFETY: as above; blocks only until the killed child is reaped.
            unsafe { libc::waitpid(pid, &mut status, 0) };
            panic!("child {pid} timed out");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn processes_and_threads_hammer_same_keys() {
    let td = TestDir::new("procs");
    let s = open_store(&td);
    let until = Instant::now() + RUN;
    let children: Vec<_> = (0..3u32)
        .map(|w| {
            let s = &s;
            fork_child(move || match hammer(s, 100 + w, until) {
                Ok(_) => 0,
                Err(_) => 1,
            })
        })
        .collect();
    let hits = run_threads(&s, 2, 0);
    let deadline = Instant::now() + Duration::from_secs(10);
    for pid in children {
        let st = wait_child(pid, deadline);
        assert!(
            libc::WIFEXITED(st) && libc::WEXITSTATUS(st) == 0,
            "child {pid} failed: status {st:#x}"
        );
    }
    assert!(hits > 0, "no hit verified");
    verify_final_state(&s);
}

/// Forks a writer that stops at `stage` (signalling through a pipe) and is
/// SIGKILLed there by the parent.
fn kill_writer_at(s: &DiskStore, k: usize, stage: WriteStage) {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is a valid 2-element out-array.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    let [rd, wr] = fds;
    let pid = fork_child(|| {
        let (mtime, size) = key_stat(k);
        let fields = Fields {
            mtime_ns: mtime,
            size,
            flags: 99,
            raw_len: 99,
        };
        let body = body_for(k, 99, 99);
        let _ = s.put_staged(&key_path(k), &fields, &body, &mut |at| {
            if at == stage {
                // SAFETY: `wr` is the pipe's write end, open in this child; one byte from a live buffer.
                unsafe { libc::write(wr, b"x".as_ptr().cast(), 1) };
                std::thread::sleep(Duration::from_secs(10)); // killed long before
                                                             // SAFETY: see fork_child.
                unsafe { libc::_exit(4) };
            }
        });
        3
    });
    // SAFETY: the parent's copy of the write end is ours to close (so EOF
    // arrives if the child dies early).
    unsafe { libc::close(wr) };
    let mut pfd = libc::pollfd {
        fd: rd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: `pfd` is one valid pollfd.
    let ready = unsafe { libc::poll(&mut pfd, 1, 5000) };
    let mut byte = 0u8;
    let n = if ready == 1 {
        // SAFETY: reads at most one byte into `byte`; `rd` is our open read end.
        unsafe { libc::read(rd, (&mut byte as *mut u8).cast(), 1) }
    } else {
        0
    };
    // SAFETY: `pid` is our unreaped child.
    unsafe { libc::kill(pid, libc::SIGKILL) };
    let st = wait_child(pid, Instant::now() + Duration::from_secs(5));
    // SAFETY: closing our own read end once.
    unsafe { libc::close(rd) };
    assert_eq!(n, 1, "writer never reached {stage:?}");
    assert!(libc::WIFSIGNALED(st) && libc::WTERMSIG(st) == libc::SIGKILL);
}

#[test]
fn writer_killed_mid_write_leaves_only_a_temp_file() {
    let td = TestDir::new("killed");
    let s = open_store(&td);
    // Key 0 has an older good entry, key 1 has none.
    let (m0, z0) = key_stat(0);
    s.put(&key_path(0), m0, z0, 7, 1, &body_for(0, 7, 1))
        .unwrap();
    let mut killed = 0;
    for stage in [WriteStage::PrefixWritten, WriteStage::BeforeRename] {
        for k in 0..2 {
            kill_writer_at(&s, k, stage);
            killed += 1;
            assert_eq!(
                s.stats().temp_files,
                killed,
                "one temp file per killed writer"
            );
            let mut out = Vec::new();
            let (mtime, size) = key_stat(k);
            match s.get(&key_path(k), mtime, size, &mut out) {
                DiskLookup::Hit(meta) => {
                    assert_eq!(k, 0, "partial write became visible");
                    assert_eq!((meta.flags, meta.raw_len), (7, 1), "old entry replaced");
                    check_hit(k, &meta, &out).unwrap();
                }
                DiskLookup::Miss => assert_eq!(k, 1),
                other => panic!("after killed writer: {other:?}"),
            }
        }
    }
    assert_eq!(
        s.sweep_temp(3600),
        0,
        "fresh temp files must survive a 1 h sweep"
    );
    assert_eq!(s.sweep_temp(0), killed);
    assert_eq!(s.stats().temp_files, 0);
    assert_eq!(s.stats().entries, 1);
}
