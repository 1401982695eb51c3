//! Byte layout of a store segment: a fixed 4 KiB header, the index (an
//! array of 64-byte slots) and the data area (a ring of records).
//!
//! Everything here is `#[repr(C)]`, addressed by offsets from the segment
//! base and pinned by const asserts: processes that map the segment at
//! different addresses must agree on every byte. Nothing stored in the
//! segment is a pointer.
//!
//! ```text
//! 0            4096                      data_off                 total
//! | Header     | Slot[0] .. Slot[n-1]    | ring of records ...     |
//! ```

use std::cell::UnsafeCell;
use std::mem::{align_of, offset_of, size_of};
use std::sync::atomic::{AtomicI64, AtomicU32, AtomicU64};

use xxhash_rust::xxh3::xxh3_64;

/// `"KILNSHM\x01"`: first 8 bytes of every segment.
pub(crate) const MAGIC: u64 = u64::from_le_bytes(*b"KILNSHM\x01");
/// Bumped whenever any byte layout in this file changes.
pub(crate) const LAYOUT_VERSION: u32 = 1;
/// Value of `Header::ready` once the creator finished initialising.
pub(crate) const READY: u32 = 0x5259_444b;
pub(crate) const HEADER_SIZE: usize = 4096;
pub(crate) const SLOT_SIZE: usize = 64;
pub(crate) const MIN_SLOTS: usize = 256;
/// One index slot per this many bytes of segment.
pub(crate) const BYTES_PER_SLOT: usize = 2048;
pub(crate) const MIN_SEGMENT_SIZE: usize = 64 * 1024;
pub(crate) const MIN_DATA_SIZE: usize = 8 * 1024;

/// Records start on 16-byte boundaries and their lengths are multiples of 16.
pub(crate) const REC_ALIGN: u64 = 16;
pub(crate) const REC_HDR_SIZE: u64 = size_of::<RecordHeader>() as u64;
pub(crate) const REC_MAGIC: u32 = u32::from_le_bytes(*b"KREC");
pub(crate) const PAD_MAGIC: u32 = u32::from_le_bytes(*b"KPAD");
/// `RecordHeader::slot` of a record that was replaced or removed.
pub(crate) const DEAD_SLOT: u32 = u32::MAX;

pub(crate) const STATE_EMPTY: u32 = 0;
pub(crate) const STATE_LIVE: u32 = 1;
pub(crate) const STATE_TOMB: u32 = 2;

/// Number of caller-bumped counters reserved in the header.
pub(crate) const CALLER_COUNTERS: usize = 16;

/// The process-shared robust mutex, alone on its cache line.
#[repr(C, align(64))]
pub(crate) struct MutexCell {
    pub inner: UnsafeCell<libc::pthread_mutex_t>,
}

/// Allocator (ring) and index bookkeeping. Written only under the mutex;
/// atomics so that `stats()` may read them without it.
///
/// Invariant (checked at every lock acquisition and by `check_consistency`):
/// `head <= tail`, `tail - head <= data_size`, `used + wasted == tail - head`,
/// `live + tombs < slots`.
#[repr(C, align(64))]
pub(crate) struct RingState {
    /// Logical (ever-increasing) position of the oldest byte still in the ring.
    pub head: AtomicU64,
    /// Logical position where the next record is appended.
    pub tail: AtomicU64,
    /// Bytes of live records in `[head, tail)`.
    pub used: AtomicU64,
    /// Bytes of dead records and end-of-lap padding in `[head, tail)`.
    pub wasted: AtomicU64,
    /// Live index slots (= live records).
    pub live: AtomicU64,
    /// Tombstoned index slots.
    pub tombs: AtomicU64,
    /// Sum of `body_len` over live records.
    pub stored_bytes: AtomicU64,
    /// Sum of `raw_len` over live records.
    pub raw_bytes: AtomicU64,
    /// The epoch the index and ring were last wiped for. If `Header::epoch`
    /// differs, a lock-free `reset()` is pending and the next writer wipes.
    pub ring_epoch: AtomicU64,
    /// 1 while a writer is inside the critical section. Found set by the
    /// next writer (without EOWNERDEAD) it means the holder unwound from a
    /// panic mid-update: the contents are suspect and get wiped.
    pub dirty: AtomicU64,
}

/// Counters the store bumps itself.
#[repr(C, align(64))]
pub(crate) struct StoreCounters {
    pub inserts: AtomicU64,
    pub removed: AtomicU64,
    pub evictions: AtomicU64,
    pub invalidations: AtomicU64,
    pub replacements: AtomicU64,
    pub resets: AtomicU64,
    pub lock_recoveries: AtomicU64,
    pub checksum_failures: AtomicU64,
    pub oom_rejects: AtomicU64,
    pub lock_timeouts: AtomicU64,
    pub second_chances: AtomicU64,
    pub index_rebuilds: AtomicU64,
    pub corruption_wipes: AtomicU64,
    pub spare: [AtomicU64; 3],
}

/// The write-once part of the header: what a segment is and where its parts
/// are. Written by the creator (in one piece) before `ready` is published
/// (Release) and never again; openers read it only after observing
/// `ready == READY` (Acquire).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Identity {
    pub layout_version: u32,
    pub header_size: u32,
    pub build_id: [u8; 32],
    pub total_size: u64,
    pub index_off: u64,
    pub index_slots: u64,
    pub data_off: u64,
    pub data_size: u64,
    pub creator_pid: u32,
    /// `size_of::<pthread_mutex_t>()` of the creator.
    pub mutex_size: u32,
    /// Unix seconds.
    pub created_time: u64,
}

/// The segment header.
#[repr(C)]
pub(crate) struct Header {
    pub magic: AtomicU64,
    pub id: Identity,
    pub ready: AtomicU32,
    pub _pad0: u32,
    /// Bumped by every wipe (reset, lock recovery, corruption). Readers
    /// compare it before and after copying; records carry the epoch they
    /// were written in.
    pub epoch: AtomicU64,
    pub last_reset_time: AtomicU64,
    pub mutex: MutexCell,
    pub ring: RingState,
    pub stats: StoreCounters,
    pub counters: [AtomicU64; CALLER_COUNTERS],
}

/// One index slot. `seq` is the slot's seqlock: odd while a writer changes
/// the other fields. `hits`, `last_used` and `referenced` are advisory and
/// bumped by readers without the seqlock.
#[repr(C, align(64))]
pub(crate) struct Slot {
    pub seq: AtomicU32,
    pub state: AtomicU32,
    pub key_hash: AtomicU64,
    pub mtime_ns: AtomicI64,
    pub size: AtomicU64,
    /// Physical offset of the record inside the data area.
    pub rec_off: AtomicU64,
    pub rec_len: AtomicU32,
    /// Second-chance bit: set by a hit, cleared when the record is moved.
    pub referenced: AtomicU32,
    pub hits: AtomicU64,
    pub last_used: AtomicU64,
}

/// Header of a record in the data area, followed by the path bytes and the
/// body; the whole record is padded to `REC_ALIGN`. A `PAD_MAGIC` header
/// marks the unused tail of a lap (the rest of the data area).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct RecordHeader {
    pub magic: u32,
    /// Index slot that owns the record, or `DEAD_SLOT`.
    pub slot: u32,
    pub epoch: u64,
    pub mtime_ns: i64,
    pub size: u64,
    /// xxh3-64 of the body.
    pub body_hash: u64,
    /// xxh3-64 of the path (= the slot's `key_hash`).
    pub path_hash: u64,
    pub path_len: u32,
    pub body_len: u32,
    pub raw_len: u32,
    pub flags: u32,
    /// Unix seconds (u32 is enough until 2106).
    pub created: u32,
    /// Total record length including header, path, body and padding.
    pub rec_len: u32,
    /// xxh3-64 over all preceding header bytes.
    pub hdr_hash: u64,
}

const _: () = {
    assert!(size_of::<Header>() <= HEADER_SIZE);
    assert!(size_of::<libc::pthread_mutex_t>() <= 64);
    assert!(size_of::<MutexCell>() == 64);
    assert!(offset_of!(Header, magic) == 0);
    assert!(offset_of!(Header, id) == 8);
    assert!(offset_of!(Identity, build_id) == 8);
    assert!(size_of::<Identity>() == 96);
    assert!(offset_of!(Header, ready) == 104);
    assert!(offset_of!(Header, epoch) == 112);
    assert!(offset_of!(Header, mutex).is_multiple_of(64));
    assert!(offset_of!(Header, ring).is_multiple_of(64));
    assert!(offset_of!(Header, stats).is_multiple_of(64));
    assert!(align_of::<Header>() <= 4096);
    assert!(size_of::<Slot>() == SLOT_SIZE);
    assert!(align_of::<Slot>() == SLOT_SIZE);
    assert!(offset_of!(Slot, hits) == 48);
    assert!(size_of::<RecordHeader>() == 80);
    assert!(offset_of!(RecordHeader, hdr_hash) == 72);
    assert!(align_of::<RecordHeader>() <= REC_ALIGN as usize);
    assert!(REC_HDR_SIZE.is_multiple_of(REC_ALIGN));
    assert!(HEADER_SIZE.is_multiple_of(SLOT_SIZE));
};

/// Round `n` up to the record alignment.
pub(crate) const fn align_rec(n: u64) -> u64 {
    (n + REC_ALIGN - 1) & !(REC_ALIGN - 1)
}

/// Total ring bytes of a record with this path and body length.
pub(crate) const fn record_len(path_len: u64, body_len: u64) -> u64 {
    align_rec(REC_HDR_SIZE + path_len + body_len)
}

/// What a validated record header describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RecKind {
    Record,
    Pad,
}

impl RecordHeader {
    fn compute_hash(&self) -> u64 {
        let mut b = [0u8; 72];
        b[0..4].copy_from_slice(&self.magic.to_le_bytes());
        b[4..8].copy_from_slice(&self.slot.to_le_bytes());
        b[8..16].copy_from_slice(&self.epoch.to_le_bytes());
        b[16..24].copy_from_slice(&self.mtime_ns.to_le_bytes());
        b[24..32].copy_from_slice(&self.size.to_le_bytes());
        b[32..40].copy_from_slice(&self.body_hash.to_le_bytes());
        b[40..48].copy_from_slice(&self.path_hash.to_le_bytes());
        b[48..52].copy_from_slice(&self.path_len.to_le_bytes());
        b[52..56].copy_from_slice(&self.body_len.to_le_bytes());
        b[56..60].copy_from_slice(&self.raw_len.to_le_bytes());
        b[60..64].copy_from_slice(&self.flags.to_le_bytes());
        b[64..68].copy_from_slice(&self.created.to_le_bytes());
        b[68..72].copy_from_slice(&self.rec_len.to_le_bytes());
        xxh3_64(&b)
    }

    /// Recompute `hdr_hash` after changing any field.
    pub(crate) fn seal(&mut self) {
        self.hdr_hash = self.compute_hash();
    }

    /// A padding marker covering `len` bytes up to the end of the lap.
    pub(crate) fn pad(len: u64, epoch: u64) -> Self {
        let mut h = RecordHeader {
            magic: PAD_MAGIC,
            epoch,
            rec_len: len.min(u64::from(u32::MAX)) as u32,
            ..Default::default()
        };
        h.seal();
        h
    }

    /// Validate a header read from physical offset `phys` of a data area of
    /// `data_size` bytes. `None` means garbage (or a torn read).
    pub(crate) fn kind(&self, phys: u64, data_size: u64) -> Option<RecKind> {
        if !phys.is_multiple_of(REC_ALIGN) || self.hdr_hash != self.compute_hash() {
            return None;
        }
        let len = u64::from(self.rec_len);
        let end = phys.checked_add(len)?;
        match self.magic {
            REC_MAGIC => {
                let want = record_len(u64::from(self.path_len), u64::from(self.body_len));
                (len == want && end <= data_size).then_some(RecKind::Record)
            }
            PAD_MAGIC => (len >= REC_HDR_SIZE && end == data_size).then_some(RecKind::Pad),
            _ => None,
        }
    }
}

/// Where the index and data area live inside a segment of a given size.
/// Derived from the size alone, so every opener computes the same geometry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Geometry {
    pub total: usize,
    pub slots: usize,
    pub data_off: usize,
    pub data_size: usize,
}

impl Geometry {
    pub(crate) fn for_size(total: usize) -> Option<Geometry> {
        if total < MIN_SEGMENT_SIZE || total > isize::MAX as usize {
            return None;
        }
        let per_mem = (total - HEADER_SIZE) / BYTES_PER_SLOT;
        // The power of two nearest to one slot per BYTES_PER_SLOT.
        let pow = if per_mem == 0 {
            0
        } else {
            let below = 1usize << (usize::BITS - 1 - per_mem.leading_zeros());
            if per_mem - below >= below / 2 {
                below * 2
            } else {
                below
            }
        };
        let slots = pow.max(MIN_SLOTS);
        let data_off = HEADER_SIZE.checked_add(slots.checked_mul(SLOT_SIZE)?)?;
        let data_size = total.checked_sub(data_off)? & !63;
        (data_size >= MIN_DATA_SIZE).then_some(Geometry {
            total,
            slots,
            data_off,
            data_size,
        })
    }

    pub(crate) fn mask(&self) -> usize {
        self.slots - 1
    }

    /// Most live entries the index holds (3/4 load); beyond it the oldest
    /// records are evicted.
    pub(crate) fn max_live(&self) -> u64 {
        (self.slots - self.slots / 4) as u64
    }

    /// Tombstone count that triggers an in-place index rebuild. With
    /// `max_live` this keeps `live + tombs <= 7/8 slots`, so an empty slot
    /// always exists (probes terminate, rebuild has a starting point).
    pub(crate) fn rebuild_at(&self) -> u64 {
        (self.slots / 8) as u64
    }

    pub(crate) fn data_size64(&self) -> u64 {
        self.data_size as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geometry_scales_with_size() {
        let g = Geometry::for_size(MIN_SEGMENT_SIZE).unwrap();
        assert_eq!(g.slots, MIN_SLOTS);
        assert_eq!(g.data_off, HEADER_SIZE + MIN_SLOTS * SLOT_SIZE);
        assert!(g.data_off + g.data_size <= g.total);
        let g = Geometry::for_size(64 << 20).unwrap();
        assert_eq!(g.slots, 32768);
        assert_eq!(Geometry::for_size(40 << 20).unwrap().slots, 16384);
        assert_eq!(Geometry::for_size(50 << 20).unwrap().slots, 32768);
        assert_eq!(g.data_size % 64, 0);
        assert!(Geometry::for_size(MIN_SEGMENT_SIZE - 1).is_none());
    }

    #[test]
    fn record_header_validation() {
        let mut h = RecordHeader {
            magic: REC_MAGIC,
            path_len: 5,
            body_len: 100,
            rec_len: record_len(5, 100) as u32,
            ..Default::default()
        };
        h.seal();
        assert_eq!(h.kind(0, 4096), Some(RecKind::Record));
        assert_eq!(h.kind(8, 4096), None, "misaligned");
        assert_eq!(h.kind(4096 - 16, 4096), None, "out of bounds");
        h.flags = 1;
        assert_eq!(h.kind(0, 4096), None, "stale header hash");
        let p = RecordHeader::pad(96, 0);
        assert_eq!(p.kind(4000, 4096), Some(RecKind::Pad));
        assert_eq!(p.kind(3984, 4096), None);
    }
}
