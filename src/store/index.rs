//! The index: open addressing over `2^k` slots, linear probing, tombstones,
//! and an in-place rebuild once tombstones reach 1/8 of the slots.
//!
//! A slot is keyed by the xxh3 of the path; the full path lives in the
//! record, so a match is confirmed against it. Writers change a slot only
//! under the lock and inside its seqlock (`begin_write` .. `end_write`);
//! readers (in `read.rs`) probe without the lock and validate.

use std::sync::atomic::{fence, Ordering};

use super::layout::{Slot, REC_HDR_SIZE, STATE_EMPTY, STATE_LIVE, STATE_TOMB};
use super::writer::{Damaged, Writer};

impl Slot {
    /// Make the seqlock odd. Under the lock every seqlock is even; an odd
    /// one is left-over damage.
    pub(crate) fn begin_write(&self) -> Result<u32, Damaged> {
        let s = self.seq.load(Ordering::Relaxed);
        if s & 1 != 0 {
            return Err(Damaged("slot seqlock left odd"));
        }
        self.seq.store(s.wrapping_add(1), Ordering::Relaxed);
        // SYNC POINT: orders the odd seq before the field writes that
        // follow (pairs with the reader's Acquire fence before its re-check).
        fence(Ordering::Release);
        Ok(s)
    }

    /// Publish: make the seqlock even again (Release).
    pub(crate) fn end_write(&self, s: u32) {
        // SYNC POINT: readers Acquire `seq`; everything written since
        // `begin_write` is visible to a reader that sees the new value.
        self.seq.store(s.wrapping_add(2), Ordering::Release);
    }

    /// Empty the slot whatever its seqlock says (wipes).
    pub(crate) fn force_clear(&self) {
        let s = self.seq.load(Ordering::Relaxed) | 1;
        self.seq.store(s, Ordering::Relaxed);
        fence(Ordering::Release);
        self.state.store(STATE_EMPTY, Ordering::Relaxed);
        self.key_hash.store(0, Ordering::Relaxed);
        self.mtime_ns.store(0, Ordering::Relaxed);
        self.size.store(0, Ordering::Relaxed);
        self.rec_off.store(0, Ordering::Relaxed);
        self.rec_len.store(0, Ordering::Relaxed);
        self.referenced.store(0, Ordering::Relaxed);
        self.hits.store(0, Ordering::Relaxed);
        self.last_used.store(0, Ordering::Relaxed);
        self.seq.store(s.wrapping_add(1), Ordering::Release);
    }
}

impl Writer<'_> {
    /// Find the live slot holding `path`, else the slot an insertion should
    /// use (the first tombstone on the probe path, else the empty slot that
    /// ends it). Returns `(slot, found_existing)`.
    pub(crate) fn find_slot(&self, path: &[u8], hash: u64) -> Result<(usize, bool), Damaged> {
        let mask = self.s.geom.mask();
        let mut i = hash as usize & mask;
        let mut tomb = None;
        for _ in 0..self.s.geom.slots {
            let slot = self.s.slot(i);
            match slot.state.load(Ordering::Relaxed) {
                STATE_EMPTY => return Ok((tomb.unwrap_or(i), false)),
                STATE_TOMB => {
                    tomb.get_or_insert(i);
                }
                STATE_LIVE => {
                    if slot.key_hash.load(Ordering::Relaxed) == hash && self.slot_holds(i, path)? {
                        return Ok((i, true));
                    }
                }
                _ => return Err(Damaged("unknown slot state")),
            }
            i = (i + 1) & mask;
        }
        tomb.map(|t| (t, false))
            .ok_or(Damaged("index has no free slot"))
    }

    /// Whether live slot `idx` holds exactly `path`. A different path with
    /// the same hash (a collision, or scribbled path bytes) is "no".
    fn slot_holds(&self, idx: usize, path: &[u8]) -> Result<bool, Damaged> {
        let (phys, h) = self.record_at_slot(idx)?;
        Ok(h.path_len as usize == path.len() && self.s.bytes_equal(phys + REC_HDR_SIZE, path))
    }

    pub(crate) fn maybe_rebuild(&mut self) -> Result<(), Damaged> {
        if self.ring().tombs.load(Ordering::Relaxed) >= self.s.geom.rebuild_at() {
            self.rebuild()?;
        }
        Ok(())
    }

    /// Remove all tombstones in place. Start at a slot that is empty *before*
    /// tombstones are cleared: no probe sequence crosses it, so visiting the
    /// slots in order from there re-inserts every cluster front to back, and
    /// each live entry moves to the first empty slot from its home (never
    /// past its current position). Readers probing meanwhile may miss.
    fn rebuild(&mut self) -> Result<(), Damaged> {
        let n = self.s.geom.slots;
        let mask = self.s.geom.mask();
        let start = (0..n)
            .find(|&i| self.s.slot(i).state.load(Ordering::Relaxed) == STATE_EMPTY)
            .ok_or(Damaged("no empty slot to rebuild from"))?;
        for i in 0..n {
            let slot = self.s.slot(i);
            if slot.state.load(Ordering::Relaxed) == STATE_TOMB {
                let seq = slot.begin_write()?;
                slot.state.store(STATE_EMPTY, Ordering::Relaxed);
                slot.end_write(seq);
            }
        }
        for k in 1..=n {
            let i = (start + k) & mask;
            let slot = self.s.slot(i);
            if slot.state.load(Ordering::Relaxed) != STATE_LIVE {
                continue;
            }
            let mut j = slot.key_hash.load(Ordering::Relaxed) as usize & mask;
            while j != i {
                if self.s.slot(j).state.load(Ordering::Relaxed) == STATE_EMPTY {
                    self.move_slot(i, j)?;
                    break;
                }
                j = (j + 1) & mask;
            }
        }
        self.ring().tombs.store(0, Ordering::Relaxed);
        self.counters()
            .index_rebuilds
            .fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Move live slot `from` into empty slot `to`, updating the record.
    fn move_slot(&mut self, from: usize, to: usize) -> Result<(), Damaged> {
        let (phys, mut h) = self.record_at_slot(from)?;
        let (a, b) = (self.s.slot(from), self.s.slot(to));
        let sa = a.begin_write()?;
        let sb = b.begin_write()?;
        b.key_hash
            .store(a.key_hash.load(Ordering::Relaxed), Ordering::Relaxed);
        b.mtime_ns
            .store(a.mtime_ns.load(Ordering::Relaxed), Ordering::Relaxed);
        b.size
            .store(a.size.load(Ordering::Relaxed), Ordering::Relaxed);
        b.rec_off
            .store(a.rec_off.load(Ordering::Relaxed), Ordering::Relaxed);
        b.rec_len
            .store(a.rec_len.load(Ordering::Relaxed), Ordering::Relaxed);
        b.referenced
            .store(a.referenced.load(Ordering::Relaxed), Ordering::Relaxed);
        b.hits
            .store(a.hits.load(Ordering::Relaxed), Ordering::Relaxed);
        b.last_used
            .store(a.last_used.load(Ordering::Relaxed), Ordering::Relaxed);
        b.state.store(STATE_LIVE, Ordering::Relaxed);
        h.slot = to as u32;
        h.seal();
        self.s.write_header(phys, &h)?;
        b.end_write(sb);
        a.state.store(STATE_EMPTY, Ordering::Relaxed);
        a.end_write(sa);
        Ok(())
    }
}
