//! Shared-memory tier: one named POSIX shared-memory segment per (user,
//! PHP build, config), shared by every PHP process of that user.
//!
//! # What it owns, what it must not know
//! The store keeps opaque byte bodies keyed by a script's real path plus its
//! mtime (ns) and size. It stores, finds, evicts and counts. It never
//! compresses, decodes or looks inside a body (`flags` and `raw_len` are the
//! caller's and are handed back untouched), and it names no PHP symbol.
//!
//! # Layout (see `layout.rs`)
//! `[4 KiB header][index: 2^k slots of 64 B][data area: ring of records]`.
//! Unrelated processes map the segment at different addresses, so it holds
//! offsets only. The header carries magic, layout version, build id,
//! geometry, creator pid and time, `epoch`, `ready`, the robust mutex, the
//! allocator state and all counters. Records are
//! `{header(80 B), path, body}`, 16-byte aligned; the header carries the
//! owning slot, the epoch, the key, `flags`, `raw_len`, the body's xxh3 and
//! its own xxh3.
//!
//! # Invariants
//! - Between critical sections: `used + wasted == tail - head <= data_size`;
//!   every live slot points at a valid record in `[head, tail)` whose header
//!   names that slot, the current epoch and the slot's key; every record in
//!   the ring is either owned by exactly one live slot or marked dead; live
//!   entries never exceed 3/4 of the slots and `live + tombstones <= 7/8` of
//!   them. `check_consistency` verifies all of this.
//! - Only bytes of dead or free space are ever overwritten; a live record's
//!   bytes change only after its slot's seqlock was made odd.
//!
//! # Writers
//! One process-shared **robust** pthread mutex (`lock.rs`), taken with a
//! timeout (default 500 ms; on timeout `put` fails with `LockTimeout` and the
//! caller simply does not cache). Inside it: only memcpy and metadata, no
//! allocation, no I/O. A slot is published as `seq` odd -> fields -> `seq`
//! even (Release). If the previous holder died inside (`EOWNERDEAD`), or
//! unwound from a panic (the `dirty` marker), or the allocator state fails a
//! sanity check, the contents are suspect: the next writer bumps `epoch`,
//! clears the index and the ring (the only whole-store wipe), counts it and
//! marks the mutex consistent. A header found corrupt while walking the ring
//! is handled the same way. If the recovering process dies before marking
//! the mutex consistent, the next acquirer gets `EOWNERDEAD` again and
//! repeats the recovery. `LockUnrecoverable` (`ENOTRECOVERABLE`) can only
//! follow a failed `pthread_mutex_consistent`; the caller should then stop
//! using the segment (unlink it and reopen).
//!
//! # Readers take no lock
//! `get` reads `epoch`, probes the index, reads a slot under its seqlock
//! (odd = being written), copies the record header, path and body out of
//! shared memory with plain `ptr::copy`/`read_volatile` (racy by design:
//! another process may be overwriting those bytes), then re-validates: `seq`
//! unchanged, `epoch` unchanged, record header valid and matching the slot
//! and key, body checksum correct. Any change observed means a concurrent
//! writer: the answer is `Miss`, never wrong bytes. A mismatch on a *stable*
//! entry is real corruption: `Corrupt`, counted, and the entry is dropped if
//! the lock can be taken without waiting. Readers bump the entry's `hits`,
//! `last_used` and second-chance bit with relaxed atomics (advisory).
//!
//! The non-atomic copies of bytes another process may be writing are, in
//! the letter of the Rust/C++ memory model, data races: the compromise every
//! seqlock makes. The Release fence after a writer makes a seqlock odd (or
//! bumps the epoch) and the reader's Acquire fence before re-checking give
//! the ordering that matters on the supported hardware, the copies are of
//! plain bytes (any value is valid), and nothing derived from them is
//! trusted before validation.
//!
//! # Eviction: a log-structured ring with second chance
//! Records are appended at `tail`; making room advances `head`, and each
//! live record it passes is evicted, unless it was hit since it was written
//! or last moved, in which case it is re-appended at the tail once (its
//! second-chance bit is cleared), within a copy budget per put
//! (`max(2 x record, 64 KiB)`, at most half the ring). Dead records (replaced,
//! invalidated) and end-of-lap padding are `wasted` until the head passes
//! them. Why this policy: allocation is a bump with no free lists, so a
//! crashed writer can leave nothing half-linked and recovery is trivial; the
//! memory of dead entries is reused by construction (no fragmentation beyond
//! one lap) and no whole-store restart is ever needed for space (OPcache's
//! weakness); single entries are evicted in FIFO order, and the second
//! chance makes it CLOCK-like so hot scripts survive a scan of cold ones;
//! the copying is bounded. A full index (3/4 load) evicts from the head the
//! same way. Bodies larger than `max_entry` (default `data_size / 4`) are
//! refused with `TooLarge` so the caller can use the disk tier.
//!
//! # Limits
//! A record (80-byte header + path + body) is at most `u32::MAX` bytes and
//! at most the data area; `max_entry` is clamped to half the data area. The
//! ring positions are u64 byte counters; after 2^62 bytes written without a
//! wipe (centuries at memory bandwidth) the sanity check wipes once.
//!
//! # Resets
//! `reset()` bumps `epoch` and wipes under the lock. If the lock cannot be
//! had in time it still bumps `epoch` (every reader then misses every older
//! record) and the next writer performs the wipe.

mod index;
mod layout;
pub(crate) mod lock;
mod read;
mod ring;
mod segment;
mod stats;
mod writer;

#[cfg(test)]
mod tests;

use std::fmt;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use xxhash_rust::xxh3::xxh3_64;

use layout::{record_len, Geometry, Header, Slot, SLOT_SIZE};
use lock::Wait;
use segment::Mapping;

pub use stats::{CheckReport, Counter, EntryInfo, Stats};

/// Where and how big the segment is, and which build may use it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SegmentConfig {
    /// POSIX shm name, e.g. `/kiln.1000.1204a070cd49.ab12cd34`; must start
    /// with '/' and contain no other '/'.
    pub name: String,
    /// Total bytes of the segment (header + index + data), at least 64 KiB.
    pub size: usize,
    /// Identifies PHP build + Kiln format; a segment with another build id
    /// is never used.
    pub build_id: [u8; 32],
}

/// How `Store::open` got its segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AttachOutcome {
    Created,
    Attached,
    /// An existing segment of ours was unusable and was replaced; the
    /// caller logs `reason`.
    Recreated {
        reason: String,
    },
}

/// What the caller stored besides the body, returned on a hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryMeta {
    pub flags: u32,
    pub raw_len: u32,
    /// Length of the body as stored (what `get` copied out).
    pub stored_len: u32,
    pub mtime_ns: i64,
    pub size: u64,
}

/// Result of [`Store::get`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    Hit(EntryMeta),
    Miss,
    /// The path is stored, but for another mtime or size.
    Stale,
    /// The stored entry failed its checksum; it was counted and dropped.
    Corrupt,
}

/// Errors of the shared-memory tier. Callers turn any of them into
/// "don't use the store for this script".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    InvalidConfig(&'static str),
    Os {
        what: &'static str,
        errno: i32,
    },
    /// The segment could not be backed with memory (tmpfs full).
    NoSpace {
        what: &'static str,
        errno: i32,
    },
    /// The segment exists but is not ours (owner or mode); never used.
    Foreign {
        what: &'static str,
    },
    /// The body is larger than `max_entry` or than the data area.
    TooLarge {
        len: usize,
        max: usize,
    },
    LockTimeout,
    /// The mutex was left inconsistent; the segment must be recreated.
    LockUnrecoverable,
    /// Shared state was found corrupt and wiped; the operation was dropped.
    Damaged {
        what: &'static str,
    },
    /// Attach-only: the segment exists but cannot be used (another build, a
    /// damaged header); it is left as it is.
    Unusable(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::InvalidConfig(what) => write!(f, "store: invalid config: {what}"),
            StoreError::Os { what, errno } => write!(
                f,
                "store: {what} failed: {}",
                std::io::Error::from_raw_os_error(*errno)
            ),
            StoreError::NoSpace { what, errno } => write!(
                f,
                "store: {what} failed: {}",
                std::io::Error::from_raw_os_error(*errno)
            ),
            StoreError::Foreign { what } => write!(f, "store: refusing segment: {what}"),
            StoreError::TooLarge { len, max } => {
                write!(f, "store: entry of {len} bytes exceeds {max}")
            }
            StoreError::LockTimeout => write!(f, "store: writer lock timed out"),
            StoreError::LockUnrecoverable => write!(f, "store: writer lock is unrecoverable"),
            StoreError::Damaged { what } => write!(f, "store: corrupt state wiped: {what}"),
            StoreError::Unusable(why) => {
                write!(f, "store: segment not usable, left as it is: {why}")
            }
        }
    }
}

impl std::error::Error for StoreError {}

impl StoreError {
    fn os(what: &'static str) -> StoreError {
        StoreError::Os {
            what,
            errno: std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
        }
    }
}

/// Default wait for the writer lock.
const DEFAULT_LOCK_TIMEOUT: Duration = Duration::from_millis(500);

/// A process's handle on the shared-memory store. `Send + Sync`; one per
/// process is enough (all methods take `&self`).
pub struct Store {
    map: Mapping,
    geom: Geometry,
    name: String,
    max_entry: AtomicUsize,
    lock_timeout_us: AtomicU64,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("name", &self.name)
            .field("size", &self.geom.total)
            .field("slots", &self.geom.slots)
            .field("data_size", &self.geom.data_size)
            .finish()
    }
}

pub(crate) fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Store {
    /// Open or create the named segment (see `segment.rs` for the checks).
    pub fn open(cfg: &SegmentConfig) -> Result<(Store, AttachOutcome), StoreError> {
        let geom = geometry(cfg.size)?;
        let (map, outcome) = segment::open_named(cfg, &geom)?;
        Ok((Store::from_map(map, geom, cfg.name.clone()), outcome))
    }

    /// Attaches the segment `name` as it is, of whatever size it was made
    /// with, never creating, replacing or resizing it: for the `kiln`
    /// command, which must not change the cache it inspects. A missing
    /// segment is `Os` with ENOENT; one of another build or damaged is
    /// `Unusable`; another user's is `Foreign`.
    pub fn attach_existing(name: &str, build_id: [u8; 32]) -> Result<Store, StoreError> {
        let (map, geom) = segment::open_existing(name, build_id)?;
        Ok(Store::from_map(map, geom, name.to_string()))
    }

    /// A store over an anonymous shared mapping: for tests, and for
    /// fork-based tests (children inherit it).
    pub fn anonymous(size: usize, build_id: [u8; 32]) -> Result<Store, StoreError> {
        let geom = geometry(size)?;
        let map = Mapping::anonymous(geom.total)?;
        segment::initialise(&map, &geom, &build_id)?;
        Ok(Store::from_map(map, geom, String::new()))
    }

    /// `shm_unlink` a segment name; a missing segment is not an error.
    /// Processes that have it mapped keep using the unlinked copy.
    pub fn unlink(name: &str) -> Result<(), StoreError> {
        segment::unlink(name)
    }

    fn from_map(map: Mapping, geom: Geometry, name: String) -> Store {
        debug_assert!(map.len() >= geom.total);
        Store {
            map,
            geom,
            name,
            max_entry: AtomicUsize::new(geom.data_size / 4),
            lock_timeout_us: AtomicU64::new(DEFAULT_LOCK_TIMEOUT.as_micros() as u64),
        }
    }

    /// Look up `path`; see the module docs for the lock-free protocol.
    /// `out` is cleared first and holds the body only on `Hit`.
    pub fn get(&self, path: &str, mtime_ns: i64, size: u64, out: &mut Vec<u8>) -> Lookup {
        self.lookup(path, mtime_ns, size, out)
    }

    /// Insert or replace the entry for `path`. Evicts as needed; fails only
    /// with `TooLarge`, `LockTimeout`, or when the lock or state is broken.
    pub fn put(
        &self,
        path: &str,
        mtime_ns: i64,
        size: u64,
        flags: u32,
        raw_len: u32,
        body: &[u8],
    ) -> Result<(), StoreError> {
        let max = self.max_entry();
        let rec = record_len(path.len() as u64, body.len() as u64);
        // rec_len is stored as u32: huge segments must not allow more.
        let limit = self.geom.data_size64().min(u64::from(u32::MAX));
        if body.len() > max || rec > limit {
            self.hdr().stats.oom_rejects.fetch_add(1, Ordering::Relaxed);
            return Err(StoreError::TooLarge {
                len: body.len(),
                max,
            });
        }
        let req = writer::PutReq {
            path: path.as_bytes(),
            path_hash: xxh3_64(path.as_bytes()),
            mtime_ns,
            size,
            flags,
            raw_len,
            body,
            body_hash: xxh3_64(body),
            rec_len: rec,
            created: now_secs(),
        };
        let mut w = self.lock_writer(self.wait())?;
        match w.put(&req) {
            Ok(()) => Ok(()),
            Err(damage) => {
                w.wipe_damaged(damage);
                // The store is empty and consistent now: one retry.
                w.put(&req).map_err(|d| {
                    w.wipe_damaged(d);
                    StoreError::Damaged { what: d.0 }
                })
            }
        }
    }

    /// Invalidate one path. Returns whether an entry was removed (false
    /// also when the lock could not be had; see [`Store::try_remove`]).
    pub fn remove(&self, path: &str) -> bool {
        self.try_remove(path).unwrap_or(false)
    }

    /// Like [`Store::remove`], reporting lock errors.
    pub fn try_remove(&self, path: &str) -> Result<bool, StoreError> {
        let hash = xxh3_64(path.as_bytes());
        let mut w = self.lock_writer(self.wait())?;
        match w.remove(path.as_bytes(), hash) {
            Ok(found) => Ok(found),
            Err(d) => {
                w.wipe_damaged(d);
                Ok(false)
            }
        }
    }

    /// Drop everything: epoch += 1, index and ring cleared. Counters other
    /// than `resets` are kept. Never blocks longer than the lock timeout:
    /// without the lock the epoch is still bumped (all entries become
    /// unreadable at once) and the next writer performs the wipe.
    pub fn reset(&self) {
        match self.lock_writer(self.wait()) {
            Ok(mut w) => w.wipe(true),
            Err(_) => {
                // SYNC POINT: readers compare the epoch before and after
                // copying and against each record's epoch.
                self.hdr().epoch.fetch_add(1, Ordering::AcqRel);
            }
        }
        self.hdr().stats.resets.fetch_add(1, Ordering::Relaxed);
    }

    /// Plain-data snapshot of the counters and accounting (racy but cheap).
    pub fn stats(&self) -> Stats {
        self.snapshot()
    }

    /// Every live entry (lock-free scan; entries changing meanwhile are
    /// skipped).
    pub fn entries(&self) -> Vec<EntryInfo> {
        self.list_entries()
    }

    /// A caller-bumped counter in the shared header.
    pub fn counter(&self, c: Counter) -> &AtomicU64 {
        &self.hdr().counters[c as usize]
    }

    /// Walk index and ring under the lock and verify every invariant listed
    /// in the module docs (including every body checksum). Performs the
    /// repairs any writer performs on acquiring the lock first.
    pub fn check_consistency(&self) -> Result<CheckReport, String> {
        self.check()
    }

    /// The segment name (empty for anonymous stores).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Total segment bytes.
    pub fn size(&self) -> usize {
        self.geom.total
    }

    /// Unix seconds when the segment was created.
    pub fn start_time(&self) -> u64 {
        self.hdr().id.created_time
    }

    /// Unix seconds of the last wipe (reset or recovery), or creation.
    pub fn last_reset_time(&self) -> u64 {
        self.hdr().last_reset_time.load(Ordering::Relaxed)
    }

    /// Largest body `put` accepts; clamped so a record always fits the ring.
    pub fn set_max_entry(&self, max: usize) {
        let cap = self.geom.data_size / 2;
        self.max_entry.store(max.min(cap), Ordering::Relaxed);
    }

    pub fn max_entry(&self) -> usize {
        self.max_entry.load(Ordering::Relaxed)
    }

    /// How long writers wait for the lock (default 500 ms).
    pub fn set_lock_timeout(&self, timeout: Duration) {
        self.lock_timeout_us.store(
            timeout.as_micros().min(u128::from(u64::MAX)) as u64,
            Ordering::Relaxed,
        );
    }

    /// Test hook: take the writer lock, leave a half-finished update behind
    /// (a slot with an odd seqlock, allocator state that does not add up),
    /// call `on_locked`, then hang forever. Used to prove that a holder
    /// killed mid-update is recovered from. Never call it in production.
    #[doc(hidden)]
    pub fn debug_lock_and_hang(&self, on_locked: impl FnOnce()) -> ! {
        let w = loop {
            if let Ok(w) = self.lock_writer(Wait::For(Duration::from_secs(5))) {
                break w;
            }
        };
        w.scribble_half_update();
        on_locked();
        loop {
            std::thread::sleep(Duration::from_secs(1));
        }
    }

    fn wait(&self) -> Wait {
        Wait::For(Duration::from_micros(
            self.lock_timeout_us.load(Ordering::Relaxed),
        ))
    }

    fn hdr(&self) -> &Header {
        self.map.header()
    }

    /// Address of physical offset `phys` of the data area. Computing it is
    /// safe; dereferencing requires `phys` (plus the access length) to be
    /// within `data_size`, which every caller checks.
    fn data_at(&self, phys: u64) -> *mut u8 {
        self.map
            .base()
            .wrapping_add(self.geom.data_off)
            .wrapping_add(phys as usize)
    }

    /// Index slot `i` (taken modulo the slot count).
    fn slot(&self, i: usize) -> &Slot {
        let i = i & self.geom.mask();
        let p = self
            .map
            .base()
            .wrapping_add(layout::HEADER_SIZE + i * SLOT_SIZE)
            .cast::<Slot>();
        // SAFETY: the index starts at HEADER_SIZE (64-aligned) and holds
        // `slots` Slot-sized cells inside the mapping; `i < slots`. Slot is
        // all atomics, so shared references to concurrently written cells
        // are sound.
        unsafe { &*p }
    }
}

fn geometry(size: usize) -> Result<Geometry, StoreError> {
    Geometry::for_size(size).ok_or(StoreError::InvalidConfig(
        "segment size must be at least 64 KiB and leave at least 8 KiB of data",
    ))
}
