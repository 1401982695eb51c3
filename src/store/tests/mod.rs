//! Tests of the shared-memory store: single-process behaviour, eviction,
//! corruption, named segments, and cross-process / crash safety (fork).

mod basic;
mod corrupt;
mod evict;
mod named;
mod perf;
mod process;

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use super::{Lookup, Store};

pub(crate) fn build_id(n: u8) -> [u8; 32] {
    let mut b = [0u8; 32];
    b[0] = n;
    b[31] = 0x4b;
    b
}

/// xorshift64*: small deterministic PRNG for randomized tests.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub(crate) fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// The body a test stores for a key: derivable from the key alone, so any
/// process can verify a hit.
pub(crate) fn body_for(path: &str, mtime_ns: i64, size: u64, len: usize) -> Vec<u8> {
    let seed =
        xxhash_rust::xxh3::xxh3_64(path.as_bytes()) ^ (mtime_ns as u64).rotate_left(17) ^ size;
    let mut r = Rng::new(seed);
    let mut v = Vec::with_capacity(len + 8);
    while v.len() < len {
        v.extend_from_slice(&r.next().to_le_bytes());
    }
    v.truncate(len);
    v
}

/// Length of a test body for a key (varied, deterministic).
pub(crate) fn len_for(path: &str, mtime_ns: i64, max: usize) -> usize {
    let h = xxhash_rust::xxh3::xxh3_64(path.as_bytes()) ^ mtime_ns as u64;
    1 + (h % max as u64) as usize
}

/// Assert a `get` returns a hit with exactly `want`.
#[track_caller]
pub(crate) fn assert_hit(s: &Store, path: &str, mtime: i64, size: u64, want: &[u8]) {
    let mut out = Vec::new();
    match s.get(path, mtime, size, &mut out) {
        Lookup::Hit(m) => {
            assert_eq!(m.stored_len as usize, want.len());
            assert!(out == want, "wrong bytes for {path}");
        }
        other => panic!("expected hit for {path}, got {other:?}"),
    }
}

#[track_caller]
pub(crate) fn consistent(s: &Store) -> super::CheckReport {
    match s.check_consistency() {
        Ok(r) => r,
        Err(e) => panic!("inconsistent store: {e}"),
    }
}

static NAME_SEQ: AtomicU32 = AtomicU32::new(0);

/// A unique shm name for this test process; unlinked when dropped (also
/// when the test panics).
pub(crate) struct ShmName(pub String);

impl ShmName {
    pub(crate) fn new(tag: &str) -> ShmName {
        let n = NAME_SEQ.fetch_add(1, Ordering::Relaxed);
        let name = format!("/kiln-test.{}.{}.{}", std::process::id(), n, tag);
        let _ = Store::unlink(&name);
        ShmName(name)
    }
}

impl Drop for ShmName {
    fn drop(&mut self) {
        let _ = Store::unlink(&self.0);
    }
}

/// A forked child. Dropping it SIGKILLs and reaps it if still running, so
/// no test leaves a process behind, even when it fails.
pub(crate) struct Child {
    pub pid: libc::pid_t,
    reaped: bool,
}

/// Fork; the child runs `f` and `_exit`s with its return value (or 101 if
/// it panics). Children must not print or take locks other threads of the
/// test harness may hold.
pub(crate) fn fork_child(f: impl FnOnce() -> i32) -> Child {
    // SAFETY: fork in a (possibly multi-threaded) test process. The child
    // only runs `f`, which the tests keep to the store API, allocation
    // (glibc's malloc is fork-safe) and simple syscalls, then `_exit`s
    // without running destructors or atexit handlers.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork failed");
    if pid == 0 {
        let code = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or(101);
        // SAFETY: terminating the child immediately is always allowed.
        unsafe { libc::_exit(code) };
    }
    Child { pid, reaped: false }
}

impl Child {
    /// Wait up to `timeout` for the child to exit; returns its exit code
    /// (128 + signal if killed), or None on timeout (it is then killed and
    /// reaped).
    pub(crate) fn wait(&mut self, timeout: Duration) -> Option<i32> {
        let deadline = Instant::now() + timeout;
        loop {
            let mut status = 0;
            // SAFETY: waiting for our own child; `status` is writable.
            let r = unsafe { libc::waitpid(self.pid, &mut status, libc::WNOHANG) };
            if r == self.pid {
                self.reaped = true;
                return Some(if libc::WIFEXITED(status) {
                    libc::WEXITSTATUS(status)
                } else {
                    128 + libc::WTERMSIG(status)
                });
            }
            if Instant::now() >= deadline {
                self.kill();
                return None;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// SIGKILL and reap.
    pub(crate) fn kill(&mut self) {
        if self.reaped {
            return;
        }
        // SAFETY: signalling our own, not yet reaped child (so the pid
        // cannot have been reused).
        unsafe { libc::kill(self.pid, libc::SIGKILL) };
        // SAFETY: reaping our own child.
        unsafe { libc::waitpid(self.pid, std::ptr::null_mut(), 0) };
        self.reaped = true;
    }
}

impl Drop for Child {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A pipe a child uses to tell the parent "I am at point X".
pub(crate) struct Pipe {
    pub r: libc::c_int,
    pub w: libc::c_int,
}

impl Pipe {
    pub(crate) fn new() -> Pipe {
        let mut fds = [0; 2];
        // SAFETY: `fds` is a writable array of two ints.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        Pipe {
            r: fds[0],
            w: fds[1],
        }
    }

    /// Child side: write one byte.
    pub(crate) fn signal(&self) {
        let b = [1u8];
        // SAFETY: valid fd and a one-byte buffer.
        unsafe { libc::write(self.w, b.as_ptr().cast(), 1) };
    }

    /// Parent side: wait for a byte, at most `timeout`.
    pub(crate) fn wait(&self, timeout: Duration) -> bool {
        let mut pfd = libc::pollfd {
            fd: self.r,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        let n = unsafe { libc::poll(&mut pfd, 1, timeout.as_millis() as libc::c_int) };
        if n != 1 {
            return false;
        }
        let mut b = [0u8];
        // SAFETY: valid fd and a one-byte buffer.
        unsafe { libc::read(self.r, b.as_mut_ptr().cast(), 1) == 1 }
    }
}

impl Drop for Pipe {
    fn drop(&mut self) {
        // SAFETY: we own the descriptor.
        unsafe { libc::close(self.r) };
        // SAFETY: we own the descriptor.
        unsafe { libc::close(self.w) };
    }
}
