//! The reader side: lock-free lookups and listing.
//!
//! Protocol (see also `mod.rs`): read `epoch` (Acquire); probe; for the
//! slot whose key hash matches, load `seq` (Acquire; odd = being written),
//! the slot fields, then Acquire-fence and re-load `seq`. Copy the record
//! header and validate it against the slot and the key; copy the body;
//! Acquire-fence and re-check `seq` and `epoch`; verify the body checksum
//! on the private copy. A changed `seq`/`epoch` at any check means a
//! concurrent writer and yields `Miss`. A failed validation while nothing
//! changed means the shared bytes really are wrong: `Corrupt`.

use std::sync::atomic::{fence, Ordering};

use xxhash_rust::xxh3::xxh3_64;

use super::layout::{RecKind, Slot, REC_HDR_SIZE, STATE_EMPTY, STATE_LIVE};
use super::lock::Wait;
use super::{now_secs, EntryInfo, EntryMeta, Lookup, Store};

/// A consistent snapshot of one slot's fields.
struct SlotView {
    idx: usize,
    seq: u32,
    epoch: u64,
    rec_off: u64,
    rec_len: u32,
    mtime_ns: i64,
    size: u64,
}

impl Store {
    pub(crate) fn lookup(&self, path: &str, mtime_ns: i64, size: u64, out: &mut Vec<u8>) -> Lookup {
        out.clear();
        // SYNC POINT: pairs with the epoch bump of a wipe or reset.
        let epoch = self.hdr().epoch.load(Ordering::Acquire);
        let hash = xxh3_64(path.as_bytes());
        let mask = self.geom.mask();
        let mut i = hash as usize & mask;
        for _ in 0..self.geom.slots {
            let slot = self.slot(i);
            // SYNC POINT: pairs with `end_write` (Release).
            let seq = slot.seq.load(Ordering::Acquire);
            let state = slot.state.load(Ordering::Relaxed);
            if state == STATE_EMPTY && seq & 1 == 0 {
                return Lookup::Miss; // end of the probe sequence
            }
            if state == STATE_LIVE && slot.key_hash.load(Ordering::Relaxed) == hash {
                if seq & 1 != 0 {
                    return Lookup::Miss; // this very entry is being written
                }
                let Some(view) = self.view(slot, i, seq, epoch) else {
                    return Lookup::Miss;
                };
                let result =
                    self.read_entry(slot, &view, hash, path.as_bytes(), mtime_ns, size, out);
                if result != Lookup::Corrupt {
                    return result;
                }
                out.clear();
                self.on_corrupt(&view);
                return Lookup::Corrupt;
            }
            i = (i + 1) & mask;
        }
        Lookup::Miss
    }

    /// Snapshot the slot's fields under its seqlock.
    fn view(&self, slot: &Slot, idx: usize, seq: u32, epoch: u64) -> Option<SlotView> {
        let view = SlotView {
            idx,
            seq,
            epoch,
            rec_off: slot.rec_off.load(Ordering::Relaxed),
            rec_len: slot.rec_len.load(Ordering::Relaxed),
            mtime_ns: slot.mtime_ns.load(Ordering::Relaxed),
            size: slot.size.load(Ordering::Relaxed),
        };
        self.stable(slot, &view).then_some(view)
    }

    /// Nothing changed since `view` was taken: not the slot, not the epoch.
    fn stable(&self, slot: &Slot, view: &SlotView) -> bool {
        // SYNC POINT: orders every read above (including the racy copies
        // of record bytes) before the re-checks; pairs with the writers'
        // Release fence after making a seqlock odd / bumping the epoch.
        fence(Ordering::Acquire);
        slot.seq.load(Ordering::Relaxed) == view.seq
            && self.hdr().epoch.load(Ordering::Relaxed) == view.epoch
    }

    #[allow(clippy::too_many_arguments)]
    fn read_entry(
        &self,
        slot: &Slot,
        view: &SlotView,
        hash: u64,
        path: &[u8],
        mtime_ns: i64,
        size: u64,
        out: &mut Vec<u8>,
    ) -> Lookup {
        // Any mismatch below is corruption if the entry was stable, and a
        // concurrent change (Miss) otherwise.
        let judge = |this: &Store| {
            if this.stable(slot, view) {
                Lookup::Corrupt
            } else {
                Lookup::Miss
            }
        };
        let Some(h) = self.read_header(view.rec_off) else {
            return judge(self);
        };
        if h.kind(view.rec_off, self.geom.data_size64()) != Some(RecKind::Record) {
            return judge(self);
        }
        if h.epoch != view.epoch {
            // A valid record of an older epoch: a reset is pending (the next
            // writer wipes), not damage.
            return Lookup::Miss;
        }
        let matches_slot = h.slot as usize == view.idx
            && h.rec_len == view.rec_len
            && h.path_hash == hash
            && h.mtime_ns == view.mtime_ns
            && h.size == view.size
            && h.path_len as usize == path.len()
            && self.bytes_equal(view.rec_off + REC_HDR_SIZE, path);
        if !matches_slot {
            // (A different path with the same 64-bit hash is treated like
            // damage too: astronomically rare, and harmless to drop.)
            return judge(self);
        }
        if h.mtime_ns != mtime_ns || h.size != size {
            return if self.stable(slot, view) {
                Lookup::Stale
            } else {
                Lookup::Miss
            };
        }
        let body_off = view.rec_off + REC_HDR_SIZE + u64::from(h.path_len);
        if !self.copy_out(body_off, h.body_len as usize, out) {
            return judge(self);
        }
        if !self.stable(slot, view) {
            out.clear();
            return Lookup::Miss;
        }
        // The copy is private and was stable: a mismatch is real damage.
        if xxh3_64(out) != h.body_hash {
            return Lookup::Corrupt;
        }
        slot.hits.fetch_add(1, Ordering::Relaxed);
        let now = now_secs();
        if slot.last_used.load(Ordering::Relaxed) != now {
            slot.last_used.store(now, Ordering::Relaxed);
        }
        if slot.referenced.load(Ordering::Relaxed) == 0 {
            slot.referenced.store(1, Ordering::Relaxed);
        }
        Lookup::Hit(EntryMeta {
            flags: h.flags,
            raw_len: h.raw_len,
            stored_len: h.body_len,
            mtime_ns: h.mtime_ns,
            size: h.size,
        })
    }

    /// Count a corrupt entry and drop it if the lock is free right now
    /// (readers never wait).
    fn on_corrupt(&self, view: &SlotView) {
        self.hdr()
            .stats
            .checksum_failures
            .fetch_add(1, Ordering::Relaxed);
        if let Ok(mut w) = self.lock_writer(Wait::Try) {
            if w.epoch == view.epoch {
                if let Err(d) = w.drop_corrupt(view.idx, view.seq, view.rec_off) {
                    w.wipe_damaged(d);
                }
            }
        }
    }

    pub(crate) fn list_entries(&self) -> Vec<EntryInfo> {
        let mut v = Vec::new();
        let epoch = self.hdr().epoch.load(Ordering::Acquire);
        let mut path = Vec::new();
        for i in 0..self.geom.slots {
            let slot = self.slot(i);
            let seq = slot.seq.load(Ordering::Acquire);
            if seq & 1 != 0 || slot.state.load(Ordering::Relaxed) != STATE_LIVE {
                continue;
            }
            let hits = slot.hits.load(Ordering::Relaxed);
            let last_used = slot.last_used.load(Ordering::Relaxed);
            let Some(view) = self.view(slot, i, seq, epoch) else {
                continue;
            };
            let Some(h) = self.read_header(view.rec_off) else {
                continue;
            };
            let ok = h.kind(view.rec_off, self.geom.data_size64()) == Some(RecKind::Record)
                && h.slot as usize == i
                && h.epoch == epoch
                && self.copy_out(view.rec_off + REC_HDR_SIZE, h.path_len as usize, &mut path)
                && self.stable(slot, &view);
            if ok {
                v.push(EntryInfo {
                    path: String::from_utf8_lossy(&path).into_owned(),
                    mtime_ns: h.mtime_ns,
                    size: h.size,
                    stored_len: h.body_len,
                    raw_len: h.raw_len,
                    flags: h.flags,
                    hits,
                    last_used,
                    created: u64::from(h.created),
                });
            }
        }
        v
    }
}
