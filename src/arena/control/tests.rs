//! The control block across real processes: a shared anonymous mapping,
//! `fork`, and children that die the hard way (SIGKILL) while inside a
//! generation or while holding the flip lock.

use super::*;

struct Block(*mut u8);

impl Block {
    fn new() -> Block {
        // SAFETY: a fresh shared anonymous mapping, zero-filled.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                control_len(),
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        assert_ne!(p, libc::MAP_FAILED);
        Block(p as *mut u8)
    }
    fn control(&self) -> Control {
        // SAFETY: the mapping is control_len() bytes and outlives the view.
        let c = unsafe { Control::new(self.0) };
        if c.header().ready.load(Acquire) == 0 {
            // SAFETY: fresh block, not shared yet.
            unsafe { c.init(control_len() as u64 + 2 * HALF, HALF, (1, 2), 100) };
        }
        c
    }
}

impl Drop for Block {
    fn drop(&mut self) {
        // SAFETY: mapped in `new`.
        unsafe { libc::munmap(self.0.cast(), control_len()) };
    }
}

const HALF: u64 = 8 << 20;

fn no_commit() -> impl FnMut(u64, u64) -> bool {
    |_, _| true
}

/// Forks a child that runs `f`, then sleeps until killed.
fn child(f: impl FnOnce()) -> libc::pid_t {
    // SAFETY: the test process is single-threaded enough for fork + a
    // child that only touches the shared block and then sleeps.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0);
    if pid == 0 {
        f();
        loop {
            // SAFETY: plain sleep in the child.
            unsafe { libc::pause() };
        }
    }
    pid
}

fn kill9(pid: libc::pid_t, reap: bool) {
    // SAFETY: our own child.
    unsafe {
        libc::kill(pid, libc::SIGKILL);
        if reap {
            let mut st = 0;
            libc::waitpid(pid, &mut st, 0);
        }
    }
}

fn wait_until(what: &str, mut f: impl FnMut() -> bool) {
    for _ in 0..2000 {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("timed out waiting for {what}");
}

#[test]
fn claim_publish_lookup_and_races() {
    let b = Block::new();
    let c = b.control();
    let g = c.current();
    assert_eq!(g, 1);
    assert_eq!(c.lookup(g, 42), Lookup::Absent);
    let at = c.claim_key(g, 42, 100).unwrap();
    // Claimed: others see a build under way and do not build it too.
    assert_eq!(c.lookup(g, 42), Lookup::Building);
    assert_eq!(c.claim_key(g, 42, 101), None);
    let off = c.alloc(g, 100, &mut no_commit()).unwrap();
    c.publish(g, at, off);
    assert_eq!(c.lookup(g, 42), Lookup::Found(off));
    assert_eq!(
        c.claim_key(g, 42, 500),
        None,
        "published keys are never re-claimed"
    );
    // Colliding keys probe on.
    let k2 = 42 + INDEX as u64;
    let at2 = c.claim_key(g, k2, 100).unwrap();
    assert_ne!(at, at2);
    let off2 = c.alloc(g, 100, &mut no_commit()).unwrap();
    assert_eq!(off2, off + 128);
    c.publish(g, at2, off2);
    assert_eq!(c.lookup(g, k2), Lookup::Found(off2));
    assert_eq!(c.lookup(g, 42), Lookup::Found(off));
    // A builder that died: its claim goes stale and is taken over.
    let at3 = c.claim_key(g, 7, 100).unwrap();
    assert_eq!(c.claim_key(g, 7, 100 + STALE_CLAIM_SECS), None);
    assert_eq!(c.claim_key(g, 7, 101 + STALE_CLAIM_SECS), Some(at3));
    // A builder that failed gives its claim up at once.
    c.abandon(g, at3);
    assert_eq!(c.lookup(g, 7), Lookup::Building);
    assert_eq!(c.claim_key(g, 7, 102), Some(at3));
    // A half fills up: refused, not wrapped.
    assert_eq!(c.alloc(g, HALF, &mut no_commit()), Err(Refused::Full));
}

#[test]
fn commit_failure_refuses() {
    let b = Block::new();
    let c = b.control();
    let mut seen = Vec::new();
    let mut commit = |o, l| {
        seen.push((o, l));
        true
    };
    c.alloc(1, 10, &mut commit).unwrap();
    c.alloc(1, COMMIT_CHUNK, &mut commit).unwrap();
    assert_eq!(seen, vec![(0, COMMIT_CHUNK), (COMMIT_CHUNK, COMMIT_CHUNK)]);
    assert_eq!(
        c.alloc(1, COMMIT_CHUNK, &mut |_, _| false),
        Err(Refused::NoMemory)
    );
}

#[test]
fn flip_waits_for_old_generation_and_clears_the_half() {
    let b = Block::new();
    let c = b.control();
    let me = c.claim(std::process::id(), 0).unwrap();
    let other = c.claim(1, 0).unwrap(); // pid 1 exists and never goes away
    assert_eq!(c.enter(other), 1);
    assert_eq!(c.enter(me), 1);
    // Flipping 1 -> 2 reuses half 0, which no generation used yet.
    let mut emptied = Vec::new();
    assert_eq!(c.flip(1, &mut |h| emptied.push(h)), Ok(2));
    assert_eq!(emptied, vec![0]);
    assert_eq!(c.enter(me), 2);
    let off = c.alloc(2, 64, &mut no_commit()).unwrap();
    let at = c.claim_key(2, 7, 1).unwrap();
    c.publish(2, at, off);
    // Generation 1 is still entered by `other`: 2 -> 3 would overwrite it.
    assert_eq!(c.flip(2, &mut |_| {}), Err(Refused::OldGenerationInUse));
    assert_eq!(c.oldest_live(), 1);
    c.leave(other);
    assert_eq!(c.flip(2, &mut |h| emptied.push(h)), Ok(3));
    assert_eq!(emptied, vec![0, 1]);
    // Generation 3 starts empty; an allocation for 2 is refused now.
    assert_eq!(c.lookup(3, 7), Lookup::Absent);
    assert_eq!(c.alloc(2, 64, &mut no_commit()), Err(Refused::Full));
    assert_eq!(c.header().flips.load(Relaxed), 2);
    assert_eq!(c.header().flips_refused.load(Relaxed), 1);
    // A second flipper from an old generation changes nothing.
    assert_eq!(c.flip(2, &mut |_| panic!("flipped twice")), Ok(3));
    c.unclaim(me, std::process::id());
    c.unclaim(other, 1);
    assert_eq!(c.attached(), 0);
}

#[test]
fn a_worker_killed_inside_a_request_does_not_pin_its_generation() {
    for reap in [true, false] {
        let b = Block::new();
        let c = b.control();
        let pid = child(|| {
            let c = b.control();
            // SAFETY: getpid is always safe.
            let me = unsafe { libc::getpid() } as u32;
            let s = c.claim(me, start_time(me)).unwrap();
            c.enter(s);
        });
        wait_until("the child to enter", || c.oldest_live() == 1);
        assert_eq!(c.attached(), 1);
        assert_eq!(c.flip(1, &mut |_| {}), Ok(2));
        // The child is still inside generation 1: no flip to 3.
        assert_eq!(c.flip(2, &mut |_| {}), Err(Refused::OldGenerationInUse));
        // SIGKILL in the middle of its "request"; reaped or left a zombie.
        kill9(pid, reap);
        wait_until("the flip after the kill", || {
            c.flip(2, &mut |_| {}) == Ok(3)
        });
        assert_eq!(c.header().dead_released.load(Relaxed), 1);
        assert_eq!(c.attached(), 0);
        if !reap {
            kill9(pid, true);
        }
    }
}

#[test]
fn a_flipper_killed_holding_the_lock_leaves_a_usable_lock() {
    let b = Block::new();
    let c = b.control();
    let pid = child(|| {
        let c = b.control();
        let m = std::ptr::addr_of!(c.header().lock) as *mut libc::pthread_mutex_t;
        // SAFETY: the block's initialized mutex.
        unsafe { lock::acquire(m, Wait::For(Duration::from_secs(5))).unwrap() };
        c.header().flips_refused.store(99, SeqCst);
    });
    wait_until("the child to hold the lock", || {
        c.header().flips_refused.load(SeqCst) == 99
    });
    // Held: the flip gives up quickly instead of blocking the request.
    assert_eq!(c.flip(1, &mut |_| {}), Err(Refused::Lock));
    kill9(pid, true);
    // The robust mutex reports the dead owner; the flip goes through.
    assert_eq!(c.flip(1, &mut |_| {}), Ok(2));
    assert_eq!(c.flip(2, &mut |_| {}), Ok(3));
}

#[test]
fn slots_are_claimed_once_and_dead_ones_come_back() {
    let b = Block::new();
    let c = b.control();
    // Fill the table with a pid that does not exist.
    let ghost = 0x3fff_fff0u32;
    for _ in 0..PROCS {
        assert!(c.claim(ghost, 0).is_some());
    }
    assert_eq!(c.attached(), PROCS);
    // Full: the ghosts are found dead and released.
    let s = c.claim(std::process::id(), 0).unwrap();
    assert_eq!(c.attached(), 1);
    c.unclaim(s, std::process::id());
}

#[test]
fn map_ptr_slots_per_generation() {
    let b = Block::new();
    let c = b.control();
    assert_eq!(c.take_slots(1, 60), Some(0));
    assert_eq!(c.take_slots(1, 40), Some(60));
    assert_eq!(c.take_slots(1, 1), None);
    assert_eq!(c.flip(1, &mut |_| {}), Ok(2));
    assert_eq!(c.take_slots(2, 100), Some(0));
}

#[test]
fn start_time_of_self_is_known() {
    assert_ne!(start_time(std::process::id()), 0);
    assert!(alive(std::process::id(), start_time(std::process::id())));
    assert!(!alive(
        std::process::id(),
        start_time(std::process::id()) + 1
    ));
}
