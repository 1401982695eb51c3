//! The arena's control block: the bytes at the start of the arena object
//! that every process of the family maps read-write (the images after it
//! are mapped read-only). PHP-free: it works on any mapping of the right
//! size, which is how the unit tests drive it across `fork`.
//!
//! ```text
//!   Header   magic, version, sizes, family id, robust lock, current
//!            generation, two Half records, counters
//!   Proc[]   one slot per attached process: pid, start time, the
//!            generation it is inside (0 between requests)
//!   Index[2] per half: open-addressing table key → image offset
//! ```
//!
//! **Generations.** Images are never freed one by one. The data region is
//! two halves; generation `g` allocates from half `g % 2` with a bump
//! pointer. When the current half is full, a process *flips*: the other
//! half, which held generation `g - 1`, is emptied (its pages punched out
//! of the object, its index cleared) and becomes generation `g + 1`. That
//! is allowed only when no live process is inside a generation older than
//! `g`; otherwise the flip is refused and the caller falls back to a
//! private image (a flip never waits and never blocks a request).
//!
//! **Entering.** At request start a process stores the current generation
//! in its slot, then reads the current generation again; if it moved, it
//! stores the new value and repeats ([`Control::enter`]). With both sides
//! SeqCst, a flipper that sees no slot at `g - 1` knows every process that
//! could still reach that half has left it, or will see the new value
//! before touching anything. At request end (after the engine destroyed
//! its tables, `post_deactivate`) the slot goes back to 0.
//!
//! **Dead processes.** A slot whose pid no longer exists (`kill(pid, 0)`
//! fails with ESRCH) or whose pid now belongs to a process started at
//! another time (pid reuse, `/proc/PID/stat` field 22) is released by the
//! next flipper or the next process looking for a slot: a worker killed
//! with SIGKILL in the middle of a request pins its generation only until
//! then. The flip itself runs under a robust mutex; a flipper killed inside
//! it leaves a flip that the next one simply redoes (the current generation
//! is published last).

use crate::store::lock::{self, Acquired, Wait};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering::*};
use std::time::Duration;

pub const MAGIC: u64 = u64::from_le_bytes(*b"KILNAREN");
pub const VERSION: u32 = 1;
/// Process slots (one per attached worker).
pub const PROCS: usize = 1024;
/// Index slots per half (a power of two).
pub const INDEX: usize = 1 << 15;
/// Bytes fallocate'd at a time as a half fills.
pub const COMMIT_CHUNK: u64 = 2 << 20;
/// Longest probe sequence in the index.
const MAX_PROBE: usize = 64;
/// Marks an index slot whose image is being built (low bits: since when,
/// in CLOCK_MONOTONIC seconds; 0 = given up).
const BUILDING: u64 = 1 << 63;
/// A build claimed longer ago than this is taken over by the next process.
pub const STALE_CLAIM_SECS: u64 = 10;

/// What the index says about a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// Published: the record's offset in its half.
    Found(u64),
    /// Claimed by a builder that has not published yet.
    Building,
    Absent,
}

#[repr(C)]
pub struct Half {
    /// The generation this half serves.
    pub gen: AtomicU64,
    /// Bytes handed out.
    pub bump: AtomicU64,
    /// Bytes backed by fallocate.
    pub committed: AtomicU64,
    /// Map_ptr slots of the arena pool handed out.
    pub slots: AtomicU64,
    /// Images published, and bytes of images built but not published
    /// (a lost race, a failed build).
    pub images: AtomicU64,
    pub wasted: AtomicU64,
    /// Linked classes published (inheritance cache entries).
    pub links: AtomicU64,
    pub _r: u64,
}

#[repr(C)]
pub struct Proc {
    pub pid: AtomicU32,
    pub _pad: u32,
    pub start: AtomicU64,
    /// The generation this process is inside (0: between requests).
    pub epoch: AtomicU64,
    pub _r: u64,
}

#[repr(C)]
pub struct Slot {
    pub key: AtomicU64,
    /// Offset of the image record in its half, + 1; or [`BUILDING`] |
    /// claim time (0 right after the key was claimed).
    pub off: AtomicU64,
}

#[repr(C)]
pub struct Header {
    pub magic: AtomicU64,
    pub version: u32,
    pub _pad: u32,
    pub total_len: u64,
    pub data_off: u64,
    pub half_len: u64,
    pub family_pid: u64,
    pub family_nonce: u64,
    pub pool_slots: u64,
    pub ready: AtomicU32,
    pub _pad2: u32,
    pub lock: libc::pthread_mutex_t,
    pub cur_gen: AtomicU64,
    pub flips: AtomicU64,
    pub flips_refused: AtomicU64,
    pub dead_released: AtomicU64,
    pub alloc_failures: AtomicU64,
    pub lookups_hit: AtomicU64,
    pub builds: AtomicU64,
    pub _r: [u64; 8],
    pub halves: [Half; 2],
}

/// Bytes of the control block (page-aligned): the data region starts here.
pub const fn control_len() -> usize {
    let n = std::mem::size_of::<Header>()
        + PROCS * std::mem::size_of::<Proc>()
        + 2 * INDEX * std::mem::size_of::<Slot>();
    (n + 4095) & !4095
}

/// Why a step did not happen (the caller uses a private image instead).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The current half has no room left (a flip may help).
    Full,
    /// A process is still inside the generation a flip would overwrite.
    OldGenerationInUse,
    /// The flip lock could not be had in time.
    Lock,
    /// fallocate failed (tmpfs full).
    NoMemory,
}

/// A view of a mapped control block.
pub struct Control {
    base: *mut u8,
}

// SAFETY: every field is atomic or written once before `ready`.
unsafe impl Send for Control {}
// SAFETY: as above.
unsafe impl Sync for Control {}

impl Control {
    /// # Safety
    /// `base` maps at least [`control_len`] bytes, read-write, 8-aligned,
    /// for as long as the view is used.
    pub unsafe fn new(base: *mut u8) -> Control {
        Control { base }
    }

    pub fn header(&self) -> &Header {
        // SAFETY: `new`'s contract.
        unsafe { &*(self.base as *const Header) }
    }

    fn procs(&self) -> &[Proc] {
        // SAFETY: `new`'s contract; Proc[] follows the header.
        unsafe {
            std::slice::from_raw_parts(
                self.base.add(std::mem::size_of::<Header>()) as *const Proc,
                PROCS,
            )
        }
    }

    fn index(&self, half: usize) -> &[Slot] {
        // SAFETY: `new`'s contract; two indexes follow the process table.
        unsafe {
            let p = self
                .base
                .add(std::mem::size_of::<Header>() + PROCS * std::mem::size_of::<Proc>())
                as *const Slot;
            std::slice::from_raw_parts(p.add(half * INDEX), INDEX)
        }
    }

    /// Initializes a fresh (zeroed) block and publishes it.
    ///
    /// # Safety
    /// No other process uses the block yet.
    pub unsafe fn init(&self, total_len: u64, half_len: u64, family: (u64, u64), pool_slots: u64) {
        // SAFETY: exclusive access (caller contract).
        unsafe {
            let h = self.base as *mut Header;
            (*h).version = VERSION;
            (*h).total_len = total_len;
            (*h).data_off = control_len() as u64;
            (*h).half_len = half_len;
            (*h).family_pid = family.0;
            (*h).family_nonce = family.1;
            (*h).pool_slots = pool_slots;
            let _ = lock::init(std::ptr::addr_of_mut!((*h).lock));
            (*h).cur_gen.store(1, Relaxed);
            (*h).halves[1].gen.store(1, Relaxed);
            (*h).magic.store(MAGIC, Relaxed);
            (*h).ready.store(1, Release);
        }
    }

    /// Whether the block is initialized for this family and layout.
    pub fn matches(&self, total_len: u64, half_len: u64, family: (u64, u64)) -> bool {
        let h = self.header();
        h.ready.load(Acquire) == 1
            && h.magic.load(Relaxed) == MAGIC
            && h.version == VERSION
            && h.total_len == total_len
            && h.half_len == half_len
            && h.data_off == control_len() as u64
            && (h.family_pid, h.family_nonce) == family
    }

    pub fn current(&self) -> u64 {
        self.header().cur_gen.load(SeqCst)
    }

    /// The half serving generation `gen`.
    pub fn half_of(gen: u64) -> usize {
        (gen % 2) as usize
    }

    /// Claims a process slot for `pid` (started at `start`); releases dead
    /// slots when the table is full. None: no slot (private images).
    pub fn claim(&self, pid: u32, start: u64) -> Option<usize> {
        for pass in 0..2 {
            for (i, p) in self.procs().iter().enumerate() {
                if p.pid.load(Relaxed) == 0
                    && p.pid.compare_exchange(0, pid, AcqRel, Relaxed).is_ok()
                {
                    p.start.store(start, Relaxed);
                    p.epoch.store(0, SeqCst);
                    return Some(i);
                }
            }
            if pass == 0 {
                self.release_dead();
            }
        }
        None
    }

    /// Gives a slot back (a process leaving the family cleanly).
    pub fn unclaim(&self, slot: usize, pid: u32) {
        let p = &self.procs()[slot];
        p.epoch.store(0, SeqCst);
        let _ = p.pid.compare_exchange(pid, 0, AcqRel, Relaxed);
    }

    /// Request start: announces the current generation in `slot` and
    /// returns it (see the module docs for the protocol).
    pub fn enter(&self, slot: usize) -> u64 {
        let p = &self.procs()[slot];
        let mut g = self.current();
        loop {
            p.epoch.store(g, SeqCst);
            let now = self.current();
            if now == g {
                return g;
            }
            g = now;
        }
    }

    /// Request end: nothing of the arena is reachable from this process's
    /// engine tables any more.
    pub fn leave(&self, slot: usize) {
        self.procs()[slot].epoch.store(0, SeqCst);
    }

    /// Releases the slots of processes that are gone; returns how many.
    pub fn release_dead(&self) -> usize {
        let mut n = 0;
        for p in self.procs() {
            let pid = p.pid.load(Acquire);
            if pid == 0 || alive(pid, p.start.load(Relaxed)) {
                continue;
            }
            p.epoch.store(0, SeqCst);
            if p.pid.compare_exchange(pid, 0, AcqRel, Relaxed).is_ok() {
                n += 1;
            }
        }
        self.header().dead_released.fetch_add(n as u64, Relaxed);
        n
    }

    /// The oldest generation a live process is inside (0: none).
    pub fn oldest_live(&self) -> u64 {
        self.procs()
            .iter()
            .filter(|p| p.pid.load(Relaxed) != 0)
            .map(|p| p.epoch.load(SeqCst))
            .filter(|&e| e != 0)
            .min()
            .unwrap_or(0)
    }

    /// Processes attached (slots held).
    pub fn attached(&self) -> usize {
        self.procs()
            .iter()
            .filter(|p| p.pid.load(Relaxed) != 0)
            .count()
    }

    /// Takes `len` bytes (rounded to 64) in the half of generation `gen`:
    /// the offset within the half. `commit(off, len)` backs a range with
    /// memory (fallocate); it is called for each new chunk.
    pub fn alloc(
        &self,
        gen: u64,
        len: u64,
        commit: &mut dyn FnMut(u64, u64) -> bool,
    ) -> Result<u64, Refused> {
        let h = self.header();
        let half = &h.halves[Self::half_of(gen)];
        if half.gen.load(Acquire) != gen || self.current() != gen {
            return Err(Refused::Full);
        }
        let len = (len + 63) & !63;
        let off = half.bump.fetch_add(len, AcqRel);
        let end = off + len;
        if end > h.half_len {
            h.alloc_failures.fetch_add(1, Relaxed);
            return Err(Refused::Full);
        }
        loop {
            let c = half.committed.load(Acquire);
            if c >= end {
                break;
            }
            let upto = end.div_ceil(COMMIT_CHUNK) * COMMIT_CHUNK;
            let upto = upto.min(h.half_len);
            if !commit(c, upto - c) {
                h.alloc_failures.fetch_add(1, Relaxed);
                half.wasted.fetch_add(len, Relaxed);
                return Err(Refused::NoMemory);
            }
            half.committed.fetch_max(upto, AcqRel);
        }
        Ok(off)
    }

    /// Takes `n` map_ptr slots of the arena pool in generation `gen`: the
    /// index of the first.
    pub fn take_slots(&self, gen: u64, n: u64) -> Option<u64> {
        let h = self.header();
        let half = &h.halves[Self::half_of(gen)];
        let first = half.slots.fetch_add(n, AcqRel);
        (first + n <= h.pool_slots).then_some(first)
    }

    /// What the index of generation `gen` says about `key`.
    pub fn lookup(&self, gen: u64, key: u64) -> Lookup {
        let idx = self.index(Self::half_of(gen));
        let key = key.max(1);
        for i in 0..MAX_PROBE {
            let s = &idx[(key as usize).wrapping_add(i) & (INDEX - 1)];
            match s.key.load(Acquire) {
                0 => return Lookup::Absent,
                k if k == key => {
                    let off = s.off.load(Acquire);
                    return if off != 0 && off & BUILDING == 0 {
                        Lookup::Found(off - 1)
                    } else {
                        Lookup::Building
                    };
                }
                _ => {}
            }
        }
        Lookup::Absent
    }

    /// Claims `key` for a build by this process: the index slot to
    /// [`publish`](Self::publish) into, or None when another process
    /// published it or is building it (a claim older than
    /// [`STALE_CLAIM_SECS`] — its builder died or failed — is taken over).
    pub fn claim_key(&self, gen: u64, key: u64, now_secs: u64) -> Option<usize> {
        if self.current() != gen {
            return None;
        }
        let idx = self.index(Self::half_of(gen));
        let key = key.max(1);
        let mark = BUILDING | now_secs.max(1);
        for i in 0..MAX_PROBE {
            let at = (key as usize).wrapping_add(i) & (INDEX - 1);
            let s = &idx[at];
            match s.key.compare_exchange(0, key, AcqRel, Acquire) {
                Ok(_) => {
                    s.off.store(mark, Release);
                    return Some(at);
                }
                Err(k) if k == key => {
                    let off = s.off.load(Acquire);
                    let stale = off & BUILDING != 0
                        && now_secs.saturating_sub(off & !BUILDING) > STALE_CLAIM_SECS;
                    return (stale && s.off.compare_exchange(off, mark, AcqRel, Relaxed).is_ok())
                        .then_some(at);
                }
                Err(_) => {}
            }
        }
        None
    }

    /// Publishes the record at `off` in the slot `at` this process claimed.
    pub fn publish(&self, gen: u64, at: usize, off: u64) {
        let h = Self::half_of(gen);
        self.index(h)[at].off.store(off + 1, Release);
        self.header().halves[h].images.fetch_add(1, Relaxed);
    }

    /// Stores a small value (not an image) in the slot `at` this process
    /// claimed; [`lookup`](Self::lookup) then answers `Found(value)`.
    pub fn store_value(&self, gen: u64, at: usize, value: u64) {
        self.index(Self::half_of(gen))[at]
            .off
            .store(value + 1, Release);
    }

    /// Gives a claim up (the build failed): the next process may claim it.
    pub fn abandon(&self, gen: u64, at: usize) {
        self.index(Self::half_of(gen))[at]
            .off
            .store(BUILDING, Release);
    }

    /// The value of a mutable index entry (a list head): the offset it
    /// points at, if set.
    pub fn head(&self, gen: u64, key: u64) -> Option<u64> {
        match self.lookup(gen, key) {
            Lookup::Found(off) => Some(off),
            _ => None,
        }
    }

    /// Moves the list head under `key` from `old` (None: no head yet) to
    /// `new`. False when another process moved it first.
    pub fn swap_head(&self, gen: u64, key: u64, old: Option<u64>, new: u64) -> bool {
        if self.current() != gen {
            return false;
        }
        let idx = self.index(Self::half_of(gen));
        let key = key.max(1);
        for i in 0..MAX_PROBE {
            let s = &idx[(key as usize).wrapping_add(i) & (INDEX - 1)];
            match s.key.compare_exchange(0, key, AcqRel, Acquire) {
                Ok(_) if old.is_none() => {
                    s.off.store(new + 1, Release);
                    self.header().halves[Self::half_of(gen)]
                        .links
                        .fetch_add(1, Relaxed);
                    return true;
                }
                Ok(_) => return false,
                Err(k) if k == key => {
                    let want = match old {
                        Some(o) => o + 1,
                        None => 0,
                    };
                    let ok = s
                        .off
                        .compare_exchange(want, new + 1, AcqRel, Relaxed)
                        .is_ok();
                    if ok {
                        self.header().halves[Self::half_of(gen)]
                            .links
                            .fetch_add(1, Relaxed);
                    }
                    return ok;
                }
                Err(_) => {}
            }
        }
        false
    }

    /// Records `len` bytes of generation `gen` that no index entry reaches.
    pub fn waste(&self, gen: u64, len: u64) {
        self.header().halves[Self::half_of(gen)]
            .wasted
            .fetch_add((len + 63) & !63, Relaxed);
    }

    /// Starts generation `from + 1` in the other half, if no live process
    /// is inside a generation older than `from`. `empty(half)` releases the
    /// half's memory (punches its pages out of the object). Under the
    /// robust lock; never waits long.
    pub fn flip(&self, from: u64, empty: &mut dyn FnMut(usize)) -> Result<u64, Refused> {
        let h = self.header();
        let m = std::ptr::addr_of!(h.lock) as *mut libc::pthread_mutex_t;
        // SAFETY: the mutex was initialized by `init` and lives in the
        // mapping this view was made over.
        match unsafe { lock::acquire(m, Wait::For(Duration::from_millis(50))) } {
            Ok(Acquired::Clean) => {}
            Ok(Acquired::OwnerDied) => {
                // A flipper died inside; the flip below is idempotent (the
                // generation is published last).
                // SAFETY: held by this thread.
                unsafe {
                    let _ = lock::make_consistent(m);
                }
            }
            Err(_) => return Err(Refused::Lock),
        }
        let r = self.flip_locked(from, empty);
        // SAFETY: held by this thread.
        unsafe { lock::release(m) };
        r
    }

    fn flip_locked(&self, from: u64, empty: &mut dyn FnMut(usize)) -> Result<u64, Refused> {
        let h = self.header();
        let cur = self.current();
        if cur != from {
            // Someone flipped already.
            return Ok(cur);
        }
        let old = self.oldest_live();
        if old != 0 && old < from {
            self.release_dead();
            let old = self.oldest_live();
            if old != 0 && old < from {
                h.flips_refused.fetch_add(1, Relaxed);
                return Err(Refused::OldGenerationInUse);
            }
        }
        let next = from + 1;
        let hi = Self::half_of(next);
        let half = &h.halves[hi];
        for s in self.index(hi) {
            s.key.store(0, Relaxed);
            s.off.store(0, Relaxed);
        }
        empty(hi);
        half.bump.store(0, Relaxed);
        half.committed.store(0, Relaxed);
        half.slots.store(0, Relaxed);
        half.images.store(0, Relaxed);
        half.wasted.store(0, Relaxed);
        half.links.store(0, Relaxed);
        half.gen.store(next, SeqCst);
        h.cur_gen.store(next, SeqCst);
        h.flips.fetch_add(1, Relaxed);
        Ok(next)
    }
}

/// The start time of process `pid` (clock ticks since boot, field 22 of
/// `/proc/PID/stat`), 0 if unknown.
pub fn start_time(pid: u32) -> u64 {
    let Ok(s) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return 0;
    };
    // The command name (field 2) is in parentheses and may contain spaces.
    let Some(rest) = s.rfind(')').map(|i| &s[i + 1..]) else {
        return 0;
    };
    rest.split_whitespace()
        .nth(19)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Whether `pid` is the process that claimed the slot.
fn alive(pid: u32, start: u64) -> bool {
    // SAFETY: kill with signal 0 only checks for existence.
    let rc = unsafe { libc::kill(pid as libc::pid_t, 0) };
    if rc != 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH) {
        return false;
    }
    if start != 0 {
        let now = start_time(pid);
        if now != 0 && now != start {
            return false;
        }
        // A zombie (killed, not yet reaped) holds nothing.
        if let Ok(s) = std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            if let Some(state) = s
                .rfind(')')
                .and_then(|i| s[i + 1..].split_whitespace().next())
            {
                if state == "Z" || state == "X" {
                    return false;
                }
            }
        }
    }
    true
}

#[cfg(test)]
mod tests;
