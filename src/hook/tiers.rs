//! The cache tiers as the hook sees them: the per-process table (L0), the
//! shared-memory store (L1) and the disk tier (L2), behind one get/put.
//!
//! Bodies in L1 and L2 are the codec's blob, LZ4-compressed when that saves
//! space (`FLAG_LZ4`, `raw_len` = blob length). The blob carries its own
//! checksum and build id, verified again by the codec before any pointer in
//! it is trusted; the stores' checksums catch damage earlier.
//!
//! Invalidations and resets reach other processes' L0 tables through a
//! generation counter in the segment: a process whose L0 was filled under an
//! older generation drops it before its next lookup.

use super::local::{self, FileKey, Payload, Verdict};
use super::runtime::{self, Runtime};
use super::stamp::{self, Stamp};
use super::FLAG_LZ4;
use crate::disk::DiskLookup;
use crate::store::{Counter, Lookup};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The segment counter used as the L0 generation.
pub const GENERATION: Counter = Counter::Spare0;

static SEEN_GENERATION: AtomicU64 = AtomicU64::new(0);

/// Drops this process's L0 if another process invalidated or reset since.
pub fn sync_generation(rt: &Runtime) {
    let Some(s) = &rt.store else { return };
    let g = s.counter(GENERATION).load(Ordering::Acquire);
    if SEEN_GENERATION.swap(g, Ordering::AcqRel) != g {
        local::clear();
    }
}

/// Announces an invalidation or reset to every process of the segment.
pub fn bump_generation(rt: &Runtime) {
    local::clear();
    if let Some(s) = &rt.store {
        let g = s.counter(GENERATION).fetch_add(1, Ordering::AcqRel) + 1;
        SEEN_GENERATION.store(g, Ordering::Release);
    }
}

/// The image another process of the family published for exactly this
/// version, now also in this process's table.
pub fn arena_image(key: &FileKey) -> Option<Arc<crate::image::Image>> {
    let id = runtime::blob_id();
    let (mem, len, root) = crate::arena::lookup(&arena_key(key, &id))?;
    // SAFETY: a published image the lookup verified.
    let img = Arc::new(unsafe { crate::image::Image::from_arena(mem, len, root) });
    local::put_image(key.clone(), img.clone());
    Some(img)
}

/// Where a blob came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    Process,
    /// An image another process of the family built (`crate::arena`).
    Arena,
    Shm,
    Disk,
}

/// The arena identity of a file version under the current invalidation
/// generation and blob configuration.
pub fn arena_key<'a>(key: &'a FileKey, blob_id: &'a [u8]) -> crate::arena::Key<'a> {
    crate::arena::Key {
        path: &key.path,
        // The arena keeps its images by the whole stat: an image made
        // before a ctime/inode change is not found, and the blob (checked
        // by content in `get`) builds the image of the new stat.
        mtime_ns: key.changed_ns(),
        size: key.size,
        ino: key.ino,
        dev: key.dev,
        store_gen: SEEN_GENERATION.load(Ordering::Acquire),
        blob_id,
    }
}

fn unpack(flags: u32, raw_len: u32, body: Vec<u8>) -> Option<Vec<u8>> {
    if flags & FLAG_LZ4 == 0 {
        return Some(body);
    }
    let out = lz4_flex::block::decompress(&body, raw_len as usize).ok()?;
    (out.len() == raw_len as usize).then_some(out)
}

/// The file's bytes as they are now, hashed at most once per lookup and only
/// when an entry's stat differs in ctime, inode or device.
struct Current<'a> {
    key: &'a FileKey,
    hash: Option<Option<u128>>,
}

impl Current<'_> {
    fn matches(&mut self, content: u128) -> bool {
        let key = self.key;
        *self.hash.get_or_insert_with(|| local::current_content(key)) == Some(content)
    }
}

/// How a stored body relates to the file now: `Some(false)` the same stat,
/// `Some(true)` the same bytes under a new stat (revalidated by content),
/// `None` not this version (or no stamp).
fn check(stamp: &Stamp, cur: &mut Current) -> Option<bool> {
    match stamp.verdict(cur.key) {
        Verdict::Same => Some(false),
        Verdict::CheckContent => stamp
            .content
            .is_some_and(|c| cur.matches(c))
            .then_some(true),
        Verdict::Changed => None,
    }
}

/// The blob for this version of the file, from the nearest tier. Disk hits
/// are promoted into shared memory; L1/L2 hits into L0. An entry whose stat
/// differs only in ctime, inode or device is served if the file's bytes
/// hash to the content it was compiled from, and takes the new stat (unless
/// the file changed within `kiln.file_update_protection`: then it is checked
/// again next time).
pub fn get(rt: &Runtime, key: &FileKey) -> Option<(Payload, Tier)> {
    sync_generation(rt);
    let mut cur = Current { key, hash: None };
    // Only asked once a content check passed (a plain hit costs nothing).
    let keep = || !super::too_fresh(key, rt.settings.file_update_protection);
    match local::lookup(key) {
        local::Found::Hit(p) => return Some((p, Tier::Process)),
        local::Found::Check(p, c) => {
            if cur.matches(c) {
                runtime::count(Counter::RevalidatedByContent);
                if keep() {
                    local::restamp(key, c);
                }
                return Some((p, Tier::Process));
            }
            local::remove(&key.path);
        }
        local::Found::Miss => {}
    }
    if crate::arena::active() {
        if let Some(img) = arena_image(key) {
            return Some((Payload::Image(img), Tier::Arena));
        }
    }
    let mut buf = Vec::new();
    if let Some(s) = &rt.store {
        if let Lookup::Hit(meta) = s.get(&key.path, key.mtime_ns(), key.size, &mut buf) {
            let mut body = std::mem::take(&mut buf);
            match stamp::read(&body) {
                Some(st) => {
                    if let Some(revalidated) = check(&st, &mut cur) {
                        if revalidated && keep() {
                            Stamp::of(key, st.content).rewrite(&mut body);
                            let _ = s.put(
                                &key.path,
                                key.mtime_ns(),
                                key.size,
                                meta.flags,
                                meta.raw_len,
                                &body,
                            );
                        }
                        stamp::strip(&mut body);
                        if let Some(blob) = unpack(meta.flags, meta.raw_len, body) {
                            if revalidated {
                                runtime::count(Counter::RevalidatedByContent);
                            }
                            let blob = Arc::new(blob);
                            local::put_arc(key.clone(), blob.clone(), st.content);
                            return Some((Payload::Blob(blob), Tier::Shm));
                        }
                        s.remove(&key.path);
                        runtime::count(Counter::ChecksumFailures);
                    }
                    // Other bytes under the same mtime and size: a miss; the
                    // compile replaces the entry.
                }
                None => {
                    s.remove(&key.path);
                    runtime::count(Counter::ChecksumFailures);
                }
            }
        }
    }
    if let Some(d) = &rt.disk {
        match d.get(&key.path, key.mtime_ns(), key.size, &mut buf) {
            DiskLookup::Hit(meta) => {
                let mut body = std::mem::take(&mut buf);
                let Some(st) = stamp::read(&body) else {
                    d.remove(&key.path);
                    runtime::count(Counter::ChecksumFailures);
                    return None;
                };
                let revalidated = check(&st, &mut cur)?;
                let restamp = revalidated && keep();
                if restamp {
                    Stamp::of(key, st.content).rewrite(&mut body);
                }
                let in_shm = rt.store.as_ref().is_some_and(|s| {
                    (body.len() as u64) <= rt.settings.shm_max
                        && s.put(
                            &key.path,
                            key.mtime_ns(),
                            key.size,
                            meta.flags,
                            meta.raw_len,
                            &body,
                        )
                        .is_ok()
                });
                if restamp && !in_shm {
                    // Not in shared memory: the disk entry takes the new stat,
                    // so that the next lookup is a plain hit. An entry
                    // that shared memory holds keeps its old stat on disk:
                    // rewriting an entry file costs several times the content
                    // check it would save after the next restart.
                    let _ = d.put(
                        &key.path,
                        key.mtime_ns(),
                        key.size,
                        meta.flags,
                        meta.raw_len,
                        &body,
                    );
                }
                stamp::strip(&mut body);
                if let Some(blob) = unpack(meta.flags, meta.raw_len, body) {
                    runtime::count(Counter::DiskHits);
                    if revalidated {
                        runtime::count(Counter::RevalidatedByContent);
                    }
                    let blob = Arc::new(blob);
                    local::put_arc(key.clone(), blob.clone(), st.content);
                    return Some((Payload::Blob(blob), Tier::Disk));
                }
                d.remove(&key.path);
                runtime::count(Counter::ChecksumFailures);
            }
            DiskLookup::Corrupt(_) => runtime::count(Counter::ChecksumFailures),
            _ => {}
        }
    }
    None
}

/// Whether a tier holds the current version of the file `key` (its stat
/// and, if that differs in ctime, inode or device, its bytes). Nothing is
/// loaded or re-stamped: for the admin functions.
pub fn holds(rt: &Runtime, key: &FileKey) -> Option<&'static str> {
    let mut cur = Current { key, hash: None };
    let mut buf = Vec::new();
    if let Some(s) = &rt.store {
        if let Lookup::Hit(_) = s.get(&key.path, key.mtime_ns(), key.size, &mut buf) {
            if stamp::read(&buf).is_some_and(|st| check(&st, &mut cur).is_some()) {
                return Some("shm");
            }
        }
    }
    if let Some(d) = &rt.disk {
        if let DiskLookup::Hit(_) = d.get(&key.path, key.mtime_ns(), key.size, &mut buf) {
            if stamp::read(&buf).is_some_and(|st| check(&st, &mut cur).is_some()) {
                return Some("disk");
            }
        }
    }
    None
}

/// Keeps a freshly encoded blob in every tier that takes it; `content` is
/// the hash of the source bytes it was compiled from.
pub fn put(rt: &Runtime, key: FileKey, blob: Vec<u8>, content: Option<u128>) {
    let (flags, mut body) = pack(rt, &blob);
    Stamp::of(&key, content).append(&mut body);
    let raw_len = blob.len() as u32;
    if let Some(s) = &rt.store {
        if (body.len() as u64) <= rt.settings.shm_max {
            // Full, too large or lock timeout: the disk tier still has it.
            let _ = s.put(&key.path, key.mtime_ns(), key.size, flags, raw_len, &body);
        }
    }
    if let Some(d) = &rt.disk {
        // Second level for restarts and new processes, first level for what
        // shared memory does not take.
        if d.put(&key.path, key.mtime_ns(), key.size, flags, raw_len, &body)
            .is_ok()
        {
            runtime::count(Counter::DiskWrites);
        }
    }
    local::put(key, blob, content);
}

fn pack(rt: &Runtime, blob: &[u8]) -> (u32, Vec<u8>) {
    if rt.settings.compress && blob.len() >= 256 {
        let c = lz4_flex::block::compress(blob);
        if c.len() + c.len() / 16 < blob.len() {
            return (FLAG_LZ4, c);
        }
    }
    (0, blob.to_vec())
}

/// Drops a blob that failed to load from every tier.
pub fn reject(rt: &Runtime, path: &str) {
    local::remove(path);
    if let Some(s) = &rt.store {
        s.remove(path);
    }
    if let Some(d) = &rt.disk {
        d.remove(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unpack_checks_length() {
        let blob: Vec<u8> = (0..4096u32).flat_map(|i| (i % 7).to_le_bytes()).collect();
        let c = lz4_flex::block::compress(&blob);
        assert!(c.len() < blob.len());
        assert_eq!(
            unpack(FLAG_LZ4, blob.len() as u32, c.clone()).as_deref(),
            Some(&blob[..])
        );
        assert!(unpack(FLAG_LZ4, blob.len() as u32 + 1, c.clone()).is_none());
        let mut bad = c;
        bad.truncate(bad.len() / 2);
        assert!(unpack(FLAG_LZ4, blob.len() as u32, bad).is_none());
        assert_eq!(unpack(0, 3, vec![1, 2, 3]), Some(vec![1, 2, 3]));
    }

    /// The decoder runs lz4_flex's unsafe (bounds-checked) block decoder:
    /// damaged compressed bodies must come back as errors or wrong bytes,
    /// never as a crash. (Both stores compare a body's checksum before it
    /// is decoded, so this guards the decoder itself.)
    #[test]
    fn damaged_lz4_bodies_never_crash() {
        let raw: Vec<u8> = (0..64 * 1024u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 & 0x0f)
            .collect();
        let packed = lz4_flex::block::compress(&raw);
        assert_eq!(
            unpack(FLAG_LZ4, raw.len() as u32, packed.clone()).as_deref(),
            Some(&raw[..])
        );
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for round in 0..20_000 {
            let mut b = packed.clone();
            match round % 4 {
                0 => {
                    let i = next() as usize % b.len();
                    b[i] ^= 1 << (next() % 8);
                }
                1 => {
                    for _ in 0..1 + next() % 16 {
                        let i = next() as usize % b.len();
                        b[i] = next() as u8;
                    }
                }
                2 => b.truncate(next() as usize % b.len()),
                _ => b.extend((0..1 + next() % 64).map(|_| next() as u8)),
            }
            let claimed = if round % 7 == 0 {
                (next() % (1 << 20)) as u32
            } else {
                raw.len() as u32
            };
            if let Some(out) = unpack(FLAG_LZ4, claimed, b) {
                assert_eq!(out.len(), claimed as usize);
            }
        }
    }
}
