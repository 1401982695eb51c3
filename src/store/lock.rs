//! The writers' lock: one process-shared, robust pthread mutex in the
//! segment header.
//!
//! Robust means the kernel marks the mutex "owner died" when its holder
//! dies (for any reason, including SIGKILL); the next acquirer gets
//! `EOWNERDEAD`, must repair the protected state and call
//! `pthread_mutex_consistent`. This module only wraps the libc calls; the
//! repair policy lives in the store (`writer.rs`).
//!
//! `parking_lot` and std mutexes are neither process-shared nor robust, and
//! `fcntl` locks are dropped when any fd of the file closes, so neither is
//! used here.

use std::time::Duration;

use super::StoreError;

/// How long an acquirer may wait.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Wait {
    /// `pthread_mutex_trylock`: never wait (used by readers that found a
    /// corrupt entry and want to drop it opportunistically).
    Try,
    /// `pthread_mutex_timedlock` with this timeout.
    For(Duration),
}

/// Result of a successful acquisition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Acquired {
    Clean,
    /// The previous holder died while holding the lock. The caller now owns
    /// it but must repair the state and call [`make_consistent`] before
    /// releasing, or the mutex becomes unusable (`ENOTRECOVERABLE`).
    OwnerDied,
}

/// Initialise a process-shared, robust, error-checking mutex in place.
///
/// # Safety
/// - `m` must point to writable memory of `size_of::<pthread_mutex_t>()`
///   bytes, suitably aligned, that no process uses as a mutex yet.
pub(crate) unsafe fn init(m: *mut libc::pthread_mutex_t) -> Result<(), StoreError> {
    let mut attr = std::mem::MaybeUninit::<libc::pthread_mutexattr_t>::uninit();
    // SAFETY: `attr` is a local, writable pthread_mutexattr_t.
    let rc = unsafe { libc::pthread_mutexattr_init(attr.as_mut_ptr()) };
    if rc != 0 {
        return Err(StoreError::Os {
            what: "pthread_mutexattr_init",
            errno: rc,
        });
    }
    let attr = attr.as_mut_ptr();
    let result = (|| {
        // SAFETY: `attr` was initialised by pthread_mutexattr_init above.
        let rc = unsafe { libc::pthread_mutexattr_setpshared(attr, libc::PTHREAD_PROCESS_SHARED) };
        check(rc, "pthread_mutexattr_setpshared")?;
        // SAFETY: as above.
        let rc = unsafe { libc::pthread_mutexattr_setrobust(attr, libc::PTHREAD_MUTEX_ROBUST) };
        check(rc, "pthread_mutexattr_setrobust")?;
        // SAFETY: as above.
        let rc = unsafe { libc::pthread_mutexattr_settype(attr, libc::PTHREAD_MUTEX_ERRORCHECK) };
        check(rc, "pthread_mutexattr_settype")?;
        // SAFETY: the caller guarantees `m` is valid, aligned and unused;
        // `attr` is initialised.
        let rc = unsafe { libc::pthread_mutex_init(m, attr) };
        check(rc, "pthread_mutex_init")
    })();
    // SAFETY: `attr` is initialised and not used after this.
    unsafe { libc::pthread_mutexattr_destroy(attr) };
    result
}

fn check(rc: libc::c_int, what: &'static str) -> Result<(), StoreError> {
    if rc == 0 {
        Ok(())
    } else {
        Err(StoreError::Os { what, errno: rc })
    }
}

/// Acquire the mutex.
///
/// # Safety
/// - `m` must point to a mutex initialised by [`init`] (in this or another
///   process) inside a mapping that stays mapped while it is held.
pub(crate) unsafe fn acquire(
    m: *mut libc::pthread_mutex_t,
    wait: Wait,
) -> Result<Acquired, StoreError> {
    let rc = match wait {
        // SAFETY: `m` is an initialised mutex (caller contract).
        Wait::Try => unsafe { libc::pthread_mutex_trylock(m) },
        Wait::For(d) => {
            let deadline = deadline_after(d);
            // SAFETY: `m` is an initialised mutex (caller contract) and
            // `deadline` a valid timespec on the stack.
            unsafe { libc::pthread_mutex_timedlock(m, &deadline) }
        }
    };
    match rc {
        0 => Ok(Acquired::Clean),
        libc::EOWNERDEAD => Ok(Acquired::OwnerDied),
        libc::ETIMEDOUT | libc::EBUSY => Err(StoreError::LockTimeout),
        libc::ENOTRECOVERABLE => Err(StoreError::LockUnrecoverable),
        libc::EDEADLK => Err(StoreError::Os {
            what: "pthread_mutex_lock: already held by this thread",
            errno: rc,
        }),
        _ => Err(StoreError::Os {
            what: "pthread_mutex_lock",
            errno: rc,
        }),
    }
}

/// Mark a mutex acquired with [`Acquired::OwnerDied`] as consistent again.
///
/// # Safety
/// - `m` is an initialised mutex held by the calling thread.
pub(crate) unsafe fn make_consistent(m: *mut libc::pthread_mutex_t) -> Result<(), StoreError> {
    // SAFETY: caller contract.
    let rc = unsafe { libc::pthread_mutex_consistent(m) };
    check(rc, "pthread_mutex_consistent")
}

/// Release the mutex.
///
/// # Safety
/// - `m` is an initialised mutex held by the calling thread.
pub(crate) unsafe fn release(m: *mut libc::pthread_mutex_t) {
    // SAFETY: caller contract. An error (EPERM: not the owner) cannot
    // happen under the contract and there is nothing useful to do with it.
    unsafe { libc::pthread_mutex_unlock(m) };
}

/// `pthread_mutex_timedlock` takes an absolute CLOCK_REALTIME deadline
/// (glibc's `pthread_mutex_clocklock` is not in the libc crate); a wall
/// clock step during the wait can only shorten or lengthen one wait.
fn deadline_after(d: Duration) -> libc::timespec {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut now) };
    let nanos = now.tv_nsec as u64 + u64::from(d.subsec_nanos());
    let secs = (now.tv_sec as u64)
        .saturating_add(d.as_secs())
        .saturating_add(nanos / 1_000_000_000);
    libc::timespec {
        tv_sec: secs.min(i64::MAX as u64) as libc::time_t,
        tv_nsec: (nanos % 1_000_000_000) as libc::c_long,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Boxed(Box<std::cell::UnsafeCell<libc::pthread_mutex_t>>);

    fn fresh() -> Boxed {
        // SAFETY: an all-zero pthread_mutex_t is a valid bit pattern for
        // storage; it is initialised by `init` before use.
        let b = Boxed(Box::new(std::cell::UnsafeCell::new(unsafe {
            std::mem::zeroed()
        })));
        // SAFETY: freshly allocated, aligned, unused.
        unsafe { init(b.0.get()) }.unwrap();
        b
    }

    #[test]
    fn lock_try_and_timeout() {
        let m = fresh();
        // SAFETY: initialised mutex, held only by this thread below.
        let first = unsafe { acquire(m.0.get(), Wait::Try) };
        assert_eq!(first.unwrap(), Acquired::Clean);
        let p = m.0.get() as usize;
        let t = std::thread::spawn(move || {
            let start = std::time::Instant::now();
            // SAFETY: the mutex outlives the thread (joined below).
            let r = unsafe { acquire(p as *mut _, Wait::For(Duration::from_millis(50))) };
            (r, start.elapsed())
        });
        let (r, took) = t.join().unwrap();
        assert!(matches!(r, Err(StoreError::LockTimeout)));
        assert!(took >= Duration::from_millis(40) && took < Duration::from_secs(2));
        // SAFETY: held by this thread.
        unsafe { release(m.0.get()) };
    }

    #[test]
    fn thread_death_gives_owner_died() {
        let m = fresh();
        let p = m.0.get() as usize;
        // A thread that exits holding a robust mutex is treated like a dead
        // process: the next acquirer gets EOWNERDEAD.
        std::thread::spawn(move || {
            // SAFETY: the mutex outlives the thread (joined).
            unsafe { acquire(p as *mut _, Wait::Try) }.unwrap();
        })
        .join()
        .unwrap();
        // SAFETY: initialised mutex.
        let r = unsafe { acquire(m.0.get(), Wait::For(Duration::from_millis(200))) }.unwrap();
        assert_eq!(r, Acquired::OwnerDied);
        // SAFETY: held by this thread.
        unsafe { make_consistent(m.0.get()) }.unwrap();
        // SAFETY: held by this thread.
        unsafe { release(m.0.get()) };
        // SAFETY: initialised, consistent again.
        let again = unsafe { acquire(m.0.get(), Wait::Try) };
        assert_eq!(again.unwrap(), Acquired::Clean);
        // SAFETY: held by this thread.
        unsafe { release(m.0.get()) };
    }
}
