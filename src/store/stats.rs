//! Plain-data views of the store: counters, statistics, the entry list and
//! the consistency checker.

use std::sync::atomic::Ordering;

use xxhash_rust::xxh3::Xxh3Default;

use super::layout::{RecKind, DEAD_SLOT, REC_HDR_SIZE, STATE_EMPTY, STATE_LIVE, STATE_TOMB};
use super::Store;

/// Counters the caller bumps (via [`Store::counter`]); they live in the
/// shared header, so they are per segment, not per process. The store
/// itself never bumps these (in particular `get` does not bump Hits or
/// Misses: the caller decides what a hit is). Checksum failures the store
/// detects in shared memory are in [`Stats::checksum_failures`];
/// `Counter::ChecksumFailures` is for the caller's own (e.g. disk tier).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(usize)]
pub enum Counter {
    Hits = 0,
    Misses,
    Compiles,
    DiskHits,
    DiskWrites,
    ChecksumFailures,
    NotCacheable,
    CodecRefusals,
    Spare0,
    Spare1,
    Spare2,
    Spare3,
    /// Lookups whose entry differed from the file's stat only in ctime,
    /// inode or device and was served after the file's bytes hashed to the
    /// recorded content.
    RevalidatedByContent,
}

impl Counter {
    pub const COUNT: usize = 13;
    pub const ALL: [Counter; Counter::COUNT] = [
        Counter::Hits,
        Counter::Misses,
        Counter::Compiles,
        Counter::DiskHits,
        Counter::DiskWrites,
        Counter::ChecksumFailures,
        Counter::NotCacheable,
        Counter::CodecRefusals,
        Counter::Spare0,
        Counter::Spare1,
        Counter::Spare2,
        Counter::Spare3,
        Counter::RevalidatedByContent,
    ];

    /// snake_case name for status output.
    pub fn name(self) -> &'static str {
        match self {
            Counter::Hits => "hits",
            Counter::Misses => "misses",
            Counter::Compiles => "compiles",
            Counter::DiskHits => "disk_hits",
            Counter::DiskWrites => "disk_writes",
            Counter::ChecksumFailures => "checksum_failures",
            Counter::NotCacheable => "not_cacheable",
            Counter::CodecRefusals => "codec_refusals",
            Counter::Spare0 => "spare0",
            Counter::Spare1 => "spare1",
            Counter::Spare2 => "spare2",
            Counter::Spare3 => "spare3",
            Counter::RevalidatedByContent => "revalidated_by_content",
        }
    }
}

const _: () = assert!(Counter::COUNT <= super::layout::CALLER_COUNTERS);

/// A snapshot of the store's accounting and counters. Read without the
/// lock, so fields may be from slightly different instants.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Segment bytes.
    pub size: u64,
    pub data_size: u64,
    pub index_slots: u64,
    /// Bytes of live records (headers, paths, bodies, alignment).
    pub used: u64,
    /// Bytes available to new records without evicting anything.
    pub free: u64,
    /// Dead bytes not yet reclaimed (replaced or invalidated records and
    /// end-of-lap padding): the fragmentation. `used + free + wasted ==
    /// data_size`.
    pub wasted: u64,
    pub entries: u64,
    pub tombstones: u64,
    /// Replaced + evicted + invalidated (cumulative).
    pub removed: u64,
    pub replacements: u64,
    pub evictions: u64,
    /// `remove()` calls that found the path, plus corrupt entries dropped.
    pub invalidations: u64,
    pub inserts: u64,
    /// `Counter::Hits` (caller-bumped).
    pub hits: u64,
    /// `Counter::Misses` (caller-bumped).
    pub misses: u64,
    /// Corrupt entries the store detected in shared memory.
    pub checksum_failures: u64,
    pub resets: u64,
    /// Wipes after a writer died holding the lock.
    pub lock_recoveries: u64,
    /// Wipes after finding corrupt shared state (or a panicked writer).
    pub corruption_wipes: u64,
    pub lock_timeouts: u64,
    /// Records kept by the second-chance rule instead of being evicted.
    pub second_chances: u64,
    pub index_rebuilds: u64,
    /// `put`s refused with `TooLarge`.
    pub oom_rejects: u64,
    /// Unix seconds: creation, and the last wipe.
    pub start_time: u64,
    pub last_reset_time: u64,
    pub epoch: u64,
    /// Sum of stored body lengths of live entries.
    pub stored_bytes: u64,
    /// Sum of `raw_len` of live entries.
    pub raw_bytes: u64,
    /// Every caller counter, indexed by `Counter as usize`.
    pub counters: [u64; Counter::COUNT],
}

impl Stats {
    pub fn counter(&self, c: Counter) -> u64 {
        self.counters[c as usize]
    }
}

/// One live entry, as listed by [`Store::entries`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryInfo {
    pub path: String,
    pub mtime_ns: i64,
    pub size: u64,
    pub stored_len: u32,
    pub raw_len: u32,
    pub flags: u32,
    pub hits: u64,
    /// Unix seconds of the last hit (or the insert).
    pub last_used: u64,
    /// Unix seconds of the insert.
    pub created: u64,
}

/// What [`Store::check_consistency`] found (all of it consistent).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckReport {
    pub entries: u64,
    pub used: u64,
    pub wasted: u64,
    pub free: u64,
    pub tombstones: u64,
    pub records_walked: u64,
    pub dead_records: u64,
    pub pad_bytes: u64,
}

impl Store {
    pub(crate) fn snapshot(&self) -> Stats {
        let h = self.hdr();
        let r = &h.ring;
        let c = &h.stats;
        let ld = |a: &std::sync::atomic::AtomicU64| a.load(Ordering::Relaxed);
        let d = self.geom.data_size64();
        let span = ld(&r.tail).saturating_sub(ld(&r.head)).min(d);
        let mut counters = [0u64; Counter::COUNT];
        for (i, v) in counters.iter_mut().enumerate() {
            *v = ld(&h.counters[i]);
        }
        Stats {
            size: self.geom.total as u64,
            data_size: d,
            index_slots: self.geom.slots as u64,
            used: ld(&r.used),
            free: d - span,
            wasted: ld(&r.wasted),
            entries: ld(&r.live),
            tombstones: ld(&r.tombs),
            removed: ld(&c.removed),
            replacements: ld(&c.replacements),
            evictions: ld(&c.evictions),
            invalidations: ld(&c.invalidations),
            inserts: ld(&c.inserts),
            hits: counters[Counter::Hits as usize],
            misses: counters[Counter::Misses as usize],
            checksum_failures: ld(&c.checksum_failures),
            resets: ld(&c.resets),
            lock_recoveries: ld(&c.lock_recoveries),
            corruption_wipes: ld(&c.corruption_wipes),
            lock_timeouts: ld(&c.lock_timeouts),
            second_chances: ld(&c.second_chances),
            index_rebuilds: ld(&c.index_rebuilds),
            oom_rejects: ld(&c.oom_rejects),
            start_time: h.id.created_time,
            last_reset_time: ld(&h.last_reset_time),
            epoch: ld(&h.epoch),
            stored_bytes: ld(&r.stored_bytes),
            raw_bytes: ld(&r.raw_bytes),
            counters,
        }
    }

    /// See [`Store::check_consistency`].
    pub(crate) fn check(&self) -> Result<CheckReport, String> {
        let n = self.geom.slots;
        let mut seen = vec![false; n];
        let w = self.lock_writer(self.wait()).map_err(|e| e.to_string())?;
        let epoch = w.epoch;
        let d = self.geom.data_size64();
        let r = w.ring();
        let ld = |a: &std::sync::atomic::AtomicU64| a.load(Ordering::Relaxed);
        let (head, tail) = (ld(&r.head), ld(&r.tail));
        if head > tail || tail - head > d {
            return Err(format!(
                "ring span head={head} tail={tail} exceeds data size {d}"
            ));
        }
        let mut rep = CheckReport::default();
        let (mut live_bytes, mut dead_bytes, mut stored, mut raw) = (0u64, 0u64, 0u64, 0u64);
        let mut pos = head;
        while pos < tail {
            let phys = pos % d;
            let rem = d - phys;
            if rem < REC_HDR_SIZE {
                rep.pad_bytes += rem;
                pos += rem;
                continue;
            }
            let h = self
                .read_header(phys)
                .ok_or_else(|| format!("record at {phys} out of bounds"))?;
            let kind = h
                .kind(phys, d)
                .ok_or_else(|| format!("invalid record header at {phys}"))?;
            let len = u64::from(h.rec_len);
            if pos + len > tail {
                return Err(format!("record at {phys} ({len} bytes) runs past the tail"));
            }
            pos += len;
            if kind == RecKind::Pad {
                rep.pad_bytes += len;
                continue;
            }
            rep.records_walked += 1;
            if h.epoch != epoch {
                return Err(format!(
                    "record at {phys} has epoch {} not {epoch}",
                    h.epoch
                ));
            }
            if h.slot == DEAD_SLOT {
                rep.dead_records += 1;
                dead_bytes += len;
                continue;
            }
            let idx = h.slot as usize;
            if idx >= n || seen[idx] {
                return Err(format!(
                    "record at {phys} names slot {idx}, out of range or claimed twice"
                ));
            }
            seen[idx] = true;
            let s = self.slot(idx);
            let slot_ok = s.state.load(Ordering::Relaxed) == STATE_LIVE
                && s.seq.load(Ordering::Relaxed) & 1 == 0
                && s.rec_off.load(Ordering::Relaxed) == phys
                && u64::from(s.rec_len.load(Ordering::Relaxed)) == len
                && s.key_hash.load(Ordering::Relaxed) == h.path_hash
                && s.mtime_ns.load(Ordering::Relaxed) == h.mtime_ns
                && s.size.load(Ordering::Relaxed) == h.size;
            if !slot_ok {
                return Err(format!("slot {idx} does not match its record at {phys}"));
            }
            let path_off = phys + REC_HDR_SIZE;
            if self.hash_range(path_off, u64::from(h.path_len)) != Some(h.path_hash) {
                return Err(format!("path hash of record at {phys} is wrong"));
            }
            if self.hash_range(path_off + u64::from(h.path_len), u64::from(h.body_len))
                != Some(h.body_hash)
            {
                return Err(format!("body checksum of record at {phys} is wrong"));
            }
            live_bytes += len;
            stored += u64::from(h.body_len);
            raw += u64::from(h.raw_len);
        }
        if pos != tail {
            return Err(format!("ring walk ended at {pos}, tail is {tail}"));
        }
        let mask = self.geom.mask();
        let mut tombs = 0u64;
        for (i, &seen_i) in seen.iter().enumerate() {
            let s = self.slot(i);
            match s.state.load(Ordering::Relaxed) {
                STATE_EMPTY => {}
                STATE_TOMB => tombs += 1,
                STATE_LIVE => {
                    if !seen_i {
                        return Err(format!("live slot {i} points at no record in the ring"));
                    }
                    let mut j = s.key_hash.load(Ordering::Relaxed) as usize & mask;
                    while j != i {
                        if self.slot(j).state.load(Ordering::Relaxed) == STATE_EMPTY {
                            return Err(format!(
                                "live slot {i} is unreachable (empty slot {j} on its probe path)"
                            ));
                        }
                        j = (j + 1) & mask;
                    }
                    rep.entries += 1;
                }
                other => return Err(format!("slot {i} has unknown state {other}")),
            }
        }
        let span = tail - head;
        let expect = [
            ("live entries", ld(&r.live), rep.entries),
            ("tombstones", ld(&r.tombs), tombs),
            ("used bytes", ld(&r.used), live_bytes),
            ("wasted bytes", ld(&r.wasted), dead_bytes + rep.pad_bytes),
            ("stored bytes", ld(&r.stored_bytes), stored),
            ("raw bytes", ld(&r.raw_bytes), raw),
            (
                "used + wasted",
                live_bytes + dead_bytes + rep.pad_bytes,
                span,
            ),
        ];
        for (what, have, want) in expect {
            if have != want {
                return Err(format!("{what}: header says {have}, walk found {want}"));
            }
        }
        if rep.entries > self.geom.max_live() || rep.entries + tombs >= n as u64 {
            return Err(format!(
                "index over-full: {} live + {tombs} tombstones of {n}",
                rep.entries
            ));
        }
        rep.used = live_bytes;
        rep.wasted = dead_bytes + rep.pad_bytes;
        rep.free = d - span;
        rep.tombstones = tombs;
        drop(w);
        Ok(rep)
    }

    /// xxh3-64 of `len` bytes at `phys` (None if out of bounds).
    fn hash_range(&self, phys: u64, len: u64) -> Option<u64> {
        let mut h = Xxh3Default::new();
        self.chunks(phys, len, |_, c| {
            h.update(c);
            true
        })
        .then(|| h.digest())
    }
}
