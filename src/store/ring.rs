//! The data area as a log-structured ring, and raw byte access to it.
//!
//! `head` and `tail` are logical positions that only grow (a u64 of bytes
//! does not wrap in practice; a wipe resets both to 0); the physical offset
//! is `pos % data_size`. A record never straddles the end of the area: if it
//! does not fit before the end, the rest of the lap becomes padding (a
//! `PAD_MAGIC` header, or nothing if fewer than 80 bytes remain) counted as
//! wasted. Making room advances `head` record by record: padding and dead
//! records are simply passed, a live record is evicted, or, if hit since it
//! was written or last moved and the copy budget allows, moved to the tail
//! (second chance). See the policy rationale in `mod.rs`.
//!
//! All byte access to shared memory goes through the bounds-checked
//! helpers at the end of this file, which use raw-pointer copies only
//! (never references to shared bytes).

use std::ptr;
use std::sync::atomic::Ordering;

use super::layout::{
    RecKind, RecordHeader, DEAD_SLOT, REC_ALIGN, REC_HDR_SIZE, STATE_LIVE, STATE_TOMB,
};
use super::writer::{add, take, Damaged, Writer};
use super::Store;

/// Limits of one put's work on the ring.
pub(crate) struct Budget {
    /// Bytes that may still be re-appended as second chances.
    copy_left: u64,
    /// Head advances left before the state is declared damaged (a valid
    /// ring never needs more; garbage might loop).
    steps_left: u64,
}

const MIN_COPY_BUDGET: u64 = 64 * 1024;

impl Writer<'_> {
    pub(crate) fn budget(&self, need: u64) -> Budget {
        let d = self.s.geom.data_size64();
        let copy_left = need.saturating_mul(2).max(MIN_COPY_BUDGET).min(d / 2);
        Budget {
            copy_left,
            steps_left: (d + copy_left) / REC_ALIGN * 2 + 64,
        }
    }

    /// Reserve `need` bytes at the tail, evicting from the head as needed.
    /// Returns the record's physical offset; `tail` already covers it (the
    /// caller accounts it as used once published).
    pub(crate) fn make_room(&mut self, need: u64, b: &mut Budget) -> Result<u64, Damaged> {
        let d = self.s.geom.data_size64();
        if need > d {
            return Err(Damaged("record larger than the data area"));
        }
        loop {
            let r = self.ring();
            let (head, tail) = (
                r.head.load(Ordering::Relaxed),
                r.tail.load(Ordering::Relaxed),
            );
            let phys = tail % d;
            let pad = if d - phys < need { d - phys } else { 0 };
            let end = tail + pad + need;
            if end - head <= d {
                if pad > 0 {
                    self.write_pad(phys, pad)?;
                }
                r.tail.store(end, Ordering::Relaxed);
                return Ok((tail + pad) % d);
            }
            self.advance_head(b)?;
        }
    }

    /// Mark `[phys, data_size)` as padding and account it as wasted.
    fn write_pad(&mut self, phys: u64, pad: u64) -> Result<(), Damaged> {
        if pad >= REC_HDR_SIZE {
            self.s
                .write_header(phys, &RecordHeader::pad(pad, self.epoch))?;
        }
        add(&self.ring().wasted, pad);
        Ok(())
    }

    /// Pass one item at the head: padding, a dead record, or a live record
    /// (evicted, or moved to the tail as its second chance).
    pub(crate) fn advance_head(&mut self, b: &mut Budget) -> Result<(), Damaged> {
        b.steps_left = b
            .steps_left
            .checked_sub(1)
            .ok_or(Damaged("ring walk does not terminate"))?;
        let d = self.s.geom.data_size64();
        let r = self.ring();
        let (head, tail) = (
            r.head.load(Ordering::Relaxed),
            r.tail.load(Ordering::Relaxed),
        );
        if head >= tail {
            return Err(Damaged("ring is empty yet has no room"));
        }
        let phys = head % d;
        let rem = d - phys;
        // (length of the item at the head, its header if it is a live record)
        let (len, live) = if rem < REC_HDR_SIZE {
            (rem, None) // implicit padding: too short for a header
        } else {
            let h = self
                .s
                .read_header(phys)
                .ok_or(Damaged("ring head out of bounds"))?;
            match h
                .kind(phys, d)
                .ok_or(Damaged("bad record header in the ring"))?
            {
                RecKind::Pad => (rem, None), // kind() checked rec_len == rem
                RecKind::Record => (u64::from(h.rec_len), (h.slot != DEAD_SLOT).then_some(h)),
            }
        };
        if head + len > tail {
            return Err(Damaged("record runs past the ring tail"));
        }
        let Some(h) = live else {
            // Padding or a dead record: already counted as wasted.
            take(&r.wasted, len, "wasted bytes")?;
            r.head.store(head + len, Ordering::Relaxed);
            return Ok(());
        };
        if h.epoch != self.epoch {
            return Err(Damaged("record from another epoch in the ring"));
        }
        let idx = h.slot as usize;
        if idx >= self.s.geom.slots {
            return Err(Damaged("record names a slot out of range"));
        }
        let slot = self.s.slot(idx);
        let owned = slot.state.load(Ordering::Relaxed) == STATE_LIVE
            && slot.rec_off.load(Ordering::Relaxed) == phys
            && slot.key_hash.load(Ordering::Relaxed) == h.path_hash;
        if !owned {
            return Err(Damaged("live record without its slot"));
        }
        if slot.referenced.load(Ordering::Relaxed) != 0
            && len <= b.copy_left
            && self.try_move(idx, phys, len)?
        {
            b.copy_left -= len;
            self.counters()
                .second_chances
                .fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        // Evict.
        let seq = slot.begin_write()?;
        slot.state.store(STATE_TOMB, Ordering::Relaxed);
        slot.end_write(seq);
        take(&r.used, len, "used bytes")?;
        take(&r.live, 1, "live count")?;
        add(&r.tombs, 1);
        take(&r.stored_bytes, u64::from(h.body_len), "stored bytes")?;
        take(&r.raw_bytes, u64::from(h.raw_len), "raw bytes")?;
        r.head.store(head + len, Ordering::Relaxed);
        let c = self.counters();
        c.evictions.fetch_add(1, Ordering::Relaxed);
        c.removed.fetch_add(1, Ordering::Relaxed);
        self.maybe_rebuild()
    }

    /// Re-append the live record at the head (`len` bytes at `phys`, owned
    /// by slot `idx`) at the tail, if that fits once the head has passed
    /// it. Returns false (nothing changed) if it does not fit.
    ///
    /// The destination lies in free space or in the source itself, never
    /// in another live record; `ptr::copy` handles the overlap.
    fn try_move(&mut self, idx: usize, phys: u64, len: u64) -> Result<bool, Damaged> {
        let d = self.s.geom.data_size64();
        let r = self.ring();
        let (head, tail) = (
            r.head.load(Ordering::Relaxed),
            r.tail.load(Ordering::Relaxed),
        );
        let new_head = head + len;
        let tphys = tail % d;
        let pad = if d - tphys < len { d - tphys } else { 0 };
        let end = tail + pad + len;
        if end - new_head > d {
            return Ok(false);
        }
        let slot = self.s.slot(idx);
        // Readers of this entry must see the seqlock odd before any byte
        // of the source can change.
        let seq = slot.begin_write()?;
        if pad > 0 {
            self.write_pad(tphys, pad)?;
        }
        let dest = (tail + pad) % d;
        self.s.move_bytes(phys, dest, len)?;
        slot.rec_off.store(dest, Ordering::Relaxed);
        slot.referenced.store(0, Ordering::Relaxed);
        slot.end_write(seq);
        r.head.store(new_head, Ordering::Relaxed);
        r.tail.store(end, Ordering::Relaxed);
        Ok(true)
    }
}

impl Store {
    /// `phys..phys+len` lies inside the data area.
    fn in_data(&self, phys: u64, len: u64) -> bool {
        phys.checked_add(len)
            .is_some_and(|end| end <= self.geom.data_size64())
    }

    /// Copy a record header out of shared memory. `None` if out of bounds
    /// or misaligned. The bytes may be concurrently written by another
    /// process; callers validate the copy (header hash, seqlock).
    pub(crate) fn read_header(&self, phys: u64) -> Option<RecordHeader> {
        if !phys.is_multiple_of(REC_ALIGN) || !self.in_data(phys, REC_HDR_SIZE) {
            return None;
        }
        let src = self.data_at(phys).cast::<RecordHeader>();
        // SAFETY: in bounds (checked above) and 16-aligned inside a
        // 64-aligned data area, so aligned for RecordHeader (align 8), which
        // is plain integers: every bit pattern is valid. The read is racy by
        // design and done volatile so it is a single copy the compiler
        // cannot re-read; the caller validates it.
        Some(unsafe { ptr::read_volatile(src) })
    }

    /// Write a record header (writer only, lock held).
    pub(crate) fn write_header(&self, phys: u64, h: &RecordHeader) -> Result<(), Damaged> {
        if !phys.is_multiple_of(REC_ALIGN) || !self.in_data(phys, REC_HDR_SIZE) {
            return Err(Damaged("header write out of bounds"));
        }
        let dst = self.data_at(phys).cast::<RecordHeader>();
        // SAFETY: in bounds and aligned (checked above); the lock is held,
        // and the target is free space or a record whose slot seqlock the
        // caller made odd, so concurrent readers discard what they copy.
        unsafe { ptr::write_volatile(dst, *h) };
        Ok(())
    }

    /// Copy private bytes into the data area (writer only, lock held).
    pub(crate) fn write_bytes(&self, phys: u64, src: &[u8]) -> Result<(), Damaged> {
        if !self.in_data(phys, src.len() as u64) {
            return Err(Damaged("write out of bounds"));
        }
        let dst = self.data_at(phys);
        // SAFETY: destination in bounds (checked); `src` is private memory,
        // so the ranges do not overlap. Concurrent readers of these bytes
        // hold stale slot snapshots and reject them on re-validation.
        unsafe { ptr::copy_nonoverlapping(src.as_ptr(), dst, src.len()) };
        Ok(())
    }

    /// memmove inside the data area (writer only, lock held).
    pub(crate) fn move_bytes(&self, from: u64, to: u64, len: u64) -> Result<(), Damaged> {
        if !self.in_data(from, len) || !self.in_data(to, len) {
            return Err(Damaged("move out of bounds"));
        }
        let (src, dst) = (self.data_at(from), self.data_at(to));
        // SAFETY: both ranges in bounds (checked); `ptr::copy` allows overlap.
        unsafe { ptr::copy(src, dst, len as usize) };
        Ok(())
    }

    /// Copy `len` bytes at `phys` into `out` (replacing its contents).
    /// False if out of bounds. Racy by design; validated by the caller.
    pub(crate) fn copy_out(&self, phys: u64, len: usize, out: &mut Vec<u8>) -> bool {
        out.clear();
        if !self.in_data(phys, len as u64) {
            return false;
        }
        out.reserve(len);
        let src = self.data_at(phys);
        // SAFETY: source in bounds (checked); `out` has capacity for `len`
        // bytes and is private memory, so no overlap. The source may be
        // written concurrently by another process: the bytes are plain u8
        // (any value valid) and the caller discards them unless the
        // seqlock, epoch and checksum validate afterwards.
        unsafe { ptr::copy_nonoverlapping(src, out.as_mut_ptr(), len) };
        // SAFETY: the first `len` bytes were initialised just above.
        unsafe { out.set_len(len) };
        true
    }

    /// Whether the bytes at `phys` equal `want` (racy read, copied through a
    /// stack buffer; false if out of bounds).
    pub(crate) fn bytes_equal(&self, phys: u64, want: &[u8]) -> bool {
        self.chunks(phys, want.len() as u64, |off, chunk| {
            chunk == &want[off..off + chunk.len()]
        })
    }

    /// Feed `len` bytes at `phys` to `f` in stack-buffered chunks, stopping
    /// at the first `false`. Returns false if out of bounds or stopped.
    pub(crate) fn chunks(
        &self,
        phys: u64,
        len: u64,
        mut f: impl FnMut(usize, &[u8]) -> bool,
    ) -> bool {
        if !self.in_data(phys, len) {
            return false;
        }
        let mut buf = [0u8; 4096];
        let mut done = 0usize;
        let len = len as usize;
        while done < len {
            let n = (len - done).min(buf.len());
            let src = self.data_at(phys + done as u64);
            // SAFETY: `phys + done + n <= phys + len` is in bounds (checked);
            // `buf` is a private stack buffer of at least `n` bytes.
            unsafe { ptr::copy_nonoverlapping(src, buf.as_mut_ptr(), n) };
            if !f(done, &buf[..n]) {
                return false;
            }
            done += n;
        }
        true
    }
}
