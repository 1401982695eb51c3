//! The writer side: holding the lock, repairing on acquisition, and the
//! locked operations (put, remove, drop-corrupt, wipe).
//!
//! Everything between `lock_writer` and the guard's drop runs with the
//! process-shared mutex held. Nothing here allocates or does I/O, and every
//! inconsistency found in shared state is reported as [`Damaged`] (never a
//! panic); the public API answers `Damaged` with a wipe.

use std::marker::PhantomData;
use std::sync::atomic::Ordering;

use super::layout::{
    RecordHeader, RingState, StoreCounters, DEAD_SLOT, REC_ALIGN, REC_HDR_SIZE, REC_MAGIC,
    STATE_LIVE, STATE_TOMB,
};
use super::lock::{self, Acquired, Wait};
use super::{now_secs, Store, StoreError};

/// Shared state was found inconsistent while holding the lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Damaged(pub &'static str);

/// A prepared insertion; hashes and lengths are computed before locking.
pub(crate) struct PutReq<'a> {
    pub path: &'a [u8],
    pub path_hash: u64,
    pub mtime_ns: i64,
    pub size: u64,
    pub flags: u32,
    pub raw_len: u32,
    pub body: &'a [u8],
    pub body_hash: u64,
    pub rec_len: u64,
    pub created: u64,
}

/// Proof that the writer lock is held; releases it on drop. Not `Send`:
/// a pthread mutex must be unlocked by the thread that locked it.
pub(crate) struct Writer<'a> {
    pub s: &'a Store,
    /// The epoch records written now carry (= `ring_epoch`).
    pub epoch: u64,
    _not_send: PhantomData<*const ()>,
}

impl Store {
    /// Take the writer lock and bring the shared state to a trustworthy
    /// point: recover after a dead holder (`EOWNERDEAD`), after a holder
    /// that unwound from a panic (`dirty`), perform a deferred reset, or
    /// wipe allocator state that fails its sanity check.
    pub(crate) fn lock_writer(&self, wait: Wait) -> Result<Writer<'_>, StoreError> {
        let h = self.hdr();
        let m = h.mutex.inner.get();
        // SAFETY: the mutex was initialised by the segment's creator before
        // `ready` was published, and the mapping outlives `self`.
        let acquired = match unsafe { lock::acquire(m, wait) } {
            Ok(a) => a,
            Err(e) => {
                if e == StoreError::LockTimeout {
                    h.stats.lock_timeouts.fetch_add(1, Ordering::Relaxed);
                }
                return Err(e);
            }
        };
        // From here on the guard releases the lock on every path.
        let mut w = Writer {
            s: self,
            epoch: 0,
            _not_send: PhantomData,
        };
        let ring = &h.ring;
        if acquired == Acquired::OwnerDied {
            // The previous holder died mid-update: index and ring are
            // suspect. Wipe, count, then mark the mutex usable again. If we
            // die before `make_consistent`, the next acquirer gets
            // EOWNERDEAD again and repeats this.
            w.wipe(true);
            h.stats.lock_recoveries.fetch_add(1, Ordering::Relaxed);
            // SAFETY: held by this thread after EOWNERDEAD.
            unsafe { lock::make_consistent(m) }?;
        } else if ring.dirty.load(Ordering::Relaxed) != 0 {
            w.wipe_damaged(Damaged("previous writer unwound mid-update"));
        } else if h.epoch.load(Ordering::Acquire) != ring.ring_epoch.load(Ordering::Relaxed) {
            w.wipe(false); // deferred reset()
        } else if let Err(d) = w.sane() {
            w.wipe_damaged(d);
        }
        ring.dirty.store(1, Ordering::Relaxed);
        w.epoch = h.epoch.load(Ordering::Relaxed);
        Ok(w)
    }
}

impl Drop for Writer<'_> {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            self.ring().dirty.store(0, Ordering::Release);
        }
        // SAFETY: a Writer exists only while this thread holds the mutex.
        unsafe { lock::release(self.s.hdr().mutex.inner.get()) };
    }
}

/// `a -= b` for an accounting counter, or `Damaged` (and `a` unchanged) if
/// it would go negative.
pub(crate) fn take(
    a: &std::sync::atomic::AtomicU64,
    b: u64,
    what: &'static str,
) -> Result<(), Damaged> {
    let v = a
        .load(Ordering::Relaxed)
        .checked_sub(b)
        .ok_or(Damaged(what))?;
    a.store(v, Ordering::Relaxed);
    Ok(())
}

impl<'a> Writer<'a> {
    /// The allocator state (lives as long as the store, not this borrow).
    pub(crate) fn ring(&self) -> &'a RingState {
        &self.s.hdr().ring
    }

    pub(crate) fn counters(&self) -> &'a StoreCounters {
        &self.s.hdr().stats
    }

    /// Cheap checks of the allocator state in the header.
    fn sane(&self) -> Result<(), Damaged> {
        let r = self.ring();
        let (head, tail) = (
            r.head.load(Ordering::Relaxed),
            r.tail.load(Ordering::Relaxed),
        );
        let used = r.used.load(Ordering::Relaxed);
        let wasted = r.wasted.load(Ordering::Relaxed);
        let live = r.live.load(Ordering::Relaxed);
        let tombs = r.tombs.load(Ordering::Relaxed);
        let ok = head <= tail
            && tail < u64::MAX / 4
            && head.is_multiple_of(REC_ALIGN)
            && tail.is_multiple_of(REC_ALIGN)
            && tail - head <= self.s.geom.data_size64()
            && used.checked_add(wasted) == Some(tail - head)
            && live <= self.s.geom.max_live()
            && live.saturating_add(tombs) < self.s.geom.slots as u64;
        if ok {
            Ok(())
        } else {
            Err(Damaged("allocator state out of range"))
        }
    }

    /// Drop everything. With `bump`, first advance the epoch so every reader
    /// copying concurrently notices. Counters are kept.
    pub(crate) fn wipe(&mut self, bump: bool) {
        let h = self.s.hdr();
        if bump {
            // SYNC POINT: readers re-check the epoch after copying.
            h.epoch.fetch_add(1, Ordering::AcqRel);
        }
        for i in 0..self.s.geom.slots {
            self.s.slot(i).force_clear();
        }
        let r = self.ring();
        for a in [
            &r.head,
            &r.tail,
            &r.used,
            &r.wasted,
            &r.live,
            &r.tombs,
            &r.stored_bytes,
            &r.raw_bytes,
        ] {
            a.store(0, Ordering::Relaxed);
        }
        let epoch = h.epoch.load(Ordering::Acquire);
        r.ring_epoch.store(epoch, Ordering::Relaxed);
        h.last_reset_time.store(now_secs(), Ordering::Relaxed);
        self.epoch = epoch;
    }

    /// Wipe after finding corrupt state, and count it.
    pub(crate) fn wipe_damaged(&mut self, _d: Damaged) {
        self.wipe(true);
        self.counters()
            .corruption_wipes
            .fetch_add(1, Ordering::Relaxed);
    }

    /// The record a live slot points at, validated against the slot.
    pub(crate) fn record_at_slot(&self, idx: usize) -> Result<(u64, RecordHeader), Damaged> {
        let slot = self.s.slot(idx);
        let phys = slot.rec_off.load(Ordering::Relaxed);
        let h = self
            .s
            .read_header(phys)
            .ok_or(Damaged("slot points outside the data area"))?;
        let valid = h.kind(phys, self.s.geom.data_size64()) == Some(super::layout::RecKind::Record)
            && h.slot as usize == idx
            && h.epoch == self.epoch
            && h.rec_len == slot.rec_len.load(Ordering::Relaxed)
            && h.path_hash == slot.key_hash.load(Ordering::Relaxed);
        if valid {
            Ok((phys, h))
        } else {
            Err(Damaged("slot and record header disagree"))
        }
    }

    /// Insert or replace. See the module docs of `ring.rs` for the room
    /// making; the slot is chosen after it, since evictions only turn live
    /// slots into tombstones.
    pub(crate) fn put(&mut self, req: &PutReq<'_>) -> Result<(), Damaged> {
        // The same version with the same bytes is there already (workers
        // that compiled one file at the same time): keep it, write nothing.
        if let (idx, true) = self.find_slot(req.path, req.path_hash)? {
            let (_, h) = self.record_at_slot(idx)?;
            if h.mtime_ns == req.mtime_ns
                && h.size == req.size
                && h.body_hash == req.body_hash
                && h.flags == req.flags
            {
                return Ok(());
            }
        }
        let mut budget = self.budget(req.rec_len);
        while self.ring().live.load(Ordering::Relaxed) >= self.s.geom.max_live() {
            self.advance_head(&mut budget)?;
        }
        let phys = self.make_room(req.rec_len, &mut budget)?;
        let (idx, existing) = self.find_slot(req.path, req.path_hash)?;
        let old = if existing {
            Some(self.record_at_slot(idx)?)
        } else {
            None
        };

        let mut h = RecordHeader {
            magic: REC_MAGIC,
            slot: idx as u32,
            epoch: self.epoch,
            mtime_ns: req.mtime_ns,
            size: req.size,
            body_hash: req.body_hash,
            path_hash: req.path_hash,
            path_len: req.path.len() as u32,
            body_len: req.body.len() as u32,
            raw_len: req.raw_len,
            flags: req.flags,
            created: req.created.min(u64::from(u32::MAX)) as u32,
            rec_len: req.rec_len as u32,
            hdr_hash: 0,
        };
        h.seal();
        self.s.write_header(phys, &h)?;
        self.s.write_bytes(phys + REC_HDR_SIZE, req.path)?;
        self.s
            .write_bytes(phys + REC_HDR_SIZE + req.path.len() as u64, req.body)?;

        let r = self.ring();
        let slot = self.s.slot(idx);
        if !existing && slot.state.load(Ordering::Relaxed) == STATE_TOMB {
            take(&r.tombs, 1, "tombstone count")?;
        }
        let seq = slot.begin_write()?;
        slot.key_hash.store(req.path_hash, Ordering::Relaxed);
        slot.mtime_ns.store(req.mtime_ns, Ordering::Relaxed);
        slot.size.store(req.size, Ordering::Relaxed);
        slot.rec_off.store(phys, Ordering::Relaxed);
        slot.rec_len.store(req.rec_len as u32, Ordering::Relaxed);
        slot.referenced.store(0, Ordering::Relaxed);
        slot.hits.store(0, Ordering::Relaxed);
        slot.last_used.store(req.created, Ordering::Relaxed);
        slot.state.store(STATE_LIVE, Ordering::Relaxed);
        slot.end_write(seq);

        add(&r.used, req.rec_len);
        add(&r.stored_bytes, req.body.len() as u64);
        add(&r.raw_bytes, u64::from(req.raw_len));
        match old {
            Some((old_phys, old_h)) => {
                self.mark_dead(old_phys, old_h)?;
                let c = self.counters();
                c.replacements.fetch_add(1, Ordering::Relaxed);
                c.removed.fetch_add(1, Ordering::Relaxed);
            }
            None => add(&r.live, 1),
        }
        self.counters().inserts.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Account a record that stops being live while staying in the ring
    /// (replaced or removed): its bytes become `wasted` until the head
    /// passes, and its header is marked dead so ring walks know.
    fn mark_dead(&mut self, phys: u64, mut h: RecordHeader) -> Result<(), Damaged> {
        let r = self.ring();
        let len = u64::from(h.rec_len);
        take(&r.used, len, "used bytes")?;
        add(&r.wasted, len);
        take(&r.stored_bytes, u64::from(h.body_len), "stored bytes")?;
        take(&r.raw_bytes, u64::from(h.raw_len), "raw bytes")?;
        h.slot = DEAD_SLOT;
        h.seal();
        self.s.write_header(phys, &h)
    }

    /// Tombstone live slot `idx` and mark its record dead.
    fn drop_entry(&mut self, idx: usize) -> Result<(), Damaged> {
        let (phys, h) = self.record_at_slot(idx)?;
        let slot = self.s.slot(idx);
        let seq = slot.begin_write()?;
        slot.state.store(STATE_TOMB, Ordering::Relaxed);
        slot.end_write(seq);
        let r = self.ring();
        take(&r.live, 1, "live count")?;
        add(&r.tombs, 1);
        self.mark_dead(phys, h)?;
        let c = self.counters();
        c.invalidations.fetch_add(1, Ordering::Relaxed);
        c.removed.fetch_add(1, Ordering::Relaxed);
        self.maybe_rebuild()
    }

    pub(crate) fn remove(&mut self, path: &[u8], hash: u64) -> Result<bool, Damaged> {
        match self.find_slot(path, hash)? {
            (idx, true) => self.drop_entry(idx).map(|()| true),
            (_, false) => Ok(false),
        }
    }

    /// A reader found slot `idx` (at seqlock value `seq`, record `rec_off`)
    /// corrupt while stable. Drop it if it is still the same entry.
    pub(crate) fn drop_corrupt(
        &mut self,
        idx: usize,
        seq: u32,
        rec_off: u64,
    ) -> Result<(), Damaged> {
        let slot = self.s.slot(idx);
        let same = slot.seq.load(Ordering::Relaxed) == seq
            && slot.state.load(Ordering::Relaxed) == STATE_LIVE
            && slot.rec_off.load(Ordering::Relaxed) == rec_off;
        if same {
            self.drop_entry(idx)?;
        }
        Ok(())
    }

    /// Test hook for `debug_lock_and_hang`: leave the state the way a writer
    /// killed mid-put would: room reserved but unaccounted, garbage in it,
    /// and a slot with its seqlock odd.
    pub(crate) fn scribble_half_update(&self) {
        let r = self.ring();
        let d = self.s.geom.data_size64();
        let (head, tail) = (
            r.head.load(Ordering::Relaxed),
            r.tail.load(Ordering::Relaxed),
        );
        let phys = tail % d;
        let n = (d - phys).min(4096).min(d - (tail - head));
        let junk = [0xA5u8; 4096];
        let _ = self.s.write_bytes(phys, &junk[..n as usize]);
        r.tail.store(tail + n - n % REC_ALIGN, Ordering::Relaxed);
        let slot = self.s.slot(0);
        slot.seq.fetch_or(1, Ordering::Relaxed);
        slot.state.store(STATE_LIVE, Ordering::Relaxed);
    }
}

pub(crate) fn add(a: &std::sync::atomic::AtomicU64, v: u64) {
    a.store(a.load(Ordering::Relaxed).wrapping_add(v), Ordering::Relaxed);
}
