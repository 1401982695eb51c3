//! The per-process table (L0): realpath + stat → the script in this
//! process's memory. It serves a file loaded earlier in the same process
//! (an include in a loop, the next request of `php-cgi -T`/FPM) without
//! touching shared memory. An entry is either a blob (copied per request,
//! model (a)) or, once loaded, its immutable image (model (b), reused as
//! is: no copy, no relocation, no checksum).

use crate::image::{self, Image};
use crate::prehashed::PrehashedMap;
use parking_lot::Mutex;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};

/// Total blob bytes the table keeps before evicting the oldest entries.
pub const LIMIT: usize = 64 << 20;

/// What a stat says of one file: the version (real path, mtime, size) and
/// the inode's identity (ctime, inode, device).
///
/// A plain hit needs all of it equal. When only the identity differs (the
/// same bytes rewritten by `rsync -a`, `cp -p`, `tar x`, `chmod`, `git
/// checkout`), the entry is still used if the file's bytes hash to what was
/// compiled ([`verdict`], `tiers`); a different mtime or size is always a
/// new version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileKey {
    pub path: String,
    pub mtime_sec: i64,
    pub mtime_nsec: i64,
    pub ctime_sec: i64,
    pub ctime_nsec: i64,
    pub size: u64,
    pub ino: u64,
    pub dev: u64,
}

impl FileKey {
    /// Stats `path`; None unless it is a regular file.
    pub fn stat(path: &str) -> Option<FileKey> {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(path).ok()?;
        if !m.is_file() {
            return None;
        }
        Some(FileKey {
            path: path.to_string(),
            mtime_sec: m.mtime(),
            mtime_nsec: m.mtime_nsec(),
            ctime_sec: m.ctime(),
            ctime_nsec: m.ctime_nsec(),
            size: m.size(),
            ino: m.ino(),
            dev: m.dev(),
        })
    }

    /// The modification time in ns: with the size, the version the shared
    /// memory and disk tiers key an entry by.
    pub fn mtime_ns(&self) -> i64 {
        self.mtime_sec
            .saturating_mul(1_000_000_000)
            .saturating_add(self.mtime_nsec)
    }

    /// The inode change time in ns.
    pub fn ctime_ns(&self) -> i64 {
        self.ctime_sec
            .saturating_mul(1_000_000_000)
            .saturating_add(self.ctime_nsec)
    }

    /// The later of mtime and ctime, in ns: when the file last changed in
    /// any way (every write moves ctime, and no tool can set it back).
    pub fn changed_ns(&self) -> i64 {
        self.mtime_ns().max(self.ctime_ns())
    }

    /// The later of mtime and ctime, in whole seconds.
    pub fn changed_sec(&self) -> i64 {
        self.mtime_sec.max(self.ctime_sec)
    }
}

/// How a cached entry's key relates to what a stat says now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Everything equal: a plain hit.
    Same,
    /// Same path, mtime and size, but another ctime, inode or device: the
    /// same version if the bytes hash to what was compiled.
    CheckContent,
    /// Another path, mtime or size: another version.
    Changed,
}

/// The decision between a cached entry's key and the file's key now.
pub fn verdict(cached: &FileKey, now: &FileKey) -> Verdict {
    if cached.path != now.path || cached.mtime_ns() != now.mtime_ns() || cached.size != now.size {
        Verdict::Changed
    } else if cached == now {
        Verdict::Same
    } else {
        Verdict::CheckContent
    }
}

/// The hash recorded for a script's source bytes.
pub fn content_hash(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// Whether the file of `key` holds `key.size` bytes hashing to `content`
/// (read now; only called when the stat differs in ctime, inode or device).
pub fn content_matches(key: &FileKey, content: u128) -> bool {
    current_content(key) == Some(content)
}

/// The hash of the file of `key` as it is now, if it still has
/// `key.size` bytes.
pub fn current_content(key: &FileKey) -> Option<u128> {
    let bytes = std::fs::read(&key.path).ok()?;
    (bytes.len() as u64 == key.size).then(|| content_hash(&bytes))
}

/// Per-process memory of recent stats: `kiln.revalidate_freq` limits how
/// often one path is stat()ed, `kiln.check_mtime=0` stats a path only once.
static STATS: LazyLock<Mutex<HashMap<String, (FileKey, f64)>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

impl FileKey {
    /// [`FileKey::stat`] through the per-process stat memory. `now` is the
    /// request time; `freq` the revalidation period in seconds.
    pub fn stat_cached(path: &str, check_mtime: bool, freq: u64, now: f64) -> Option<FileKey> {
        if !check_mtime || freq > 0 {
            if let Some((k, at)) = STATS.lock().get(path) {
                if !check_mtime || now - at < freq as f64 {
                    return Some(k.clone());
                }
            }
        }
        let k = FileKey::stat(path)?;
        if !check_mtime || freq > 0 {
            let mut m = STATS.lock();
            if m.len() > 100_000 {
                m.clear();
            }
            m.insert(path.to_string(), (k.clone(), now));
        }
        Some(k)
    }
}

/// Forgets remembered stats (an invalidation or reset).
pub fn forget_stats() {
    STATS.lock().clear();
    GEN.fetch_add(1, Ordering::Relaxed);
}

/// Bumped whenever an entry leaves the table (its image may be freed) and
/// by forgotten stats: a hot entry made under another generation is not
/// used.
static GEN: AtomicU64 = AtomicU64::new(1);

/// An include name as written (absolute, unresolved) whose image was
/// served: the next include of that name within the revalidation window
/// needs no realpath, no stat and no table lookup (OPcache keys its hash
/// by the unresolved name the same way).
struct Hot {
    name: Box<[u8]>,
    gen: u64,
    /// When the file was last stat()ed, and what the stat said.
    checked_at: f64,
    key: FileKey,
    root: usize,
}

/// What the hot table knows of an include name.
pub enum HotLookup {
    /// Served within the window: use it.
    Fresh(*mut crate::codec::ScriptRoot),
    /// Served before the window ran out: still this image if the name
    /// resolves to the same real path and that file is unchanged
    /// ([`hot_refresh`]).
    Stale(*mut crate::codec::ScriptRoot, FileKey),
    Miss,
}

static HOT: LazyLock<Mutex<PrehashedMap<Hot>>> =
    LazyLock::new(|| Mutex::new(PrehashedMap::default()));

/// The image root for include name `name`, if one was served for it
/// within the revalidation window (`check_mtime` off: until the table
/// changes).
pub fn hot_get(name: &[u8], now: f64, check_mtime: bool, freq: u64) -> HotLookup {
    let h = xxhash_rust::xxh3::xxh3_64(name);
    let hot = HOT.lock();
    let Some(e) = hot.get(&h) else {
        return HotLookup::Miss;
    };
    if e.gen != GEN.load(Ordering::Relaxed) || &*e.name != name {
        return HotLookup::Miss;
    }
    if check_mtime && now - e.checked_at >= freq as f64 {
        return HotLookup::Stale(e.root as *mut _, e.key.clone());
    }
    HotLookup::Fresh(e.root as *mut _)
}

/// A stale entry checked again: `key` is what a stat of its real path says
/// now. Fresh again (and the path's remembered stat with it) if the file
/// is the same version; false otherwise.
pub fn hot_refresh(name: &[u8], key: &FileKey, now: f64) -> bool {
    let h = xxhash_rust::xxh3::xxh3_64(name);
    {
        let mut hot = HOT.lock();
        match hot.get_mut(&h) {
            Some(e)
                if &*e.name == name && e.key == *key && e.gen == GEN.load(Ordering::Relaxed) =>
            {
                e.checked_at = now;
            }
            _ => return false,
        }
    }
    if let Some(s) = STATS.lock().get_mut(&key.path) {
        *s = (key.clone(), now);
    }
    true
}

/// Whether `root` is the image the table holds for exactly `key` (not a
/// per-request copy).
pub fn is_image_root(key: &FileKey, root: *mut crate::codec::ScriptRoot) -> bool {
    let t = TABLE.lock();
    matches!(t.map.get(&key.path), Some(e) if e.key == *key
        && matches!(&e.payload, Payload::Image(i) if i.root() == root))
}

/// Remembers that include name `name` resolved to `path`, whose image
/// `root` was just served after a stat within the window.
pub fn hot_put(name: &[u8], path: &str, root: *mut crate::codec::ScriptRoot) {
    let Some((key, checked_at)) = STATS.lock().get(path).cloned() else {
        // Stat on every include (revalidate_freq 0): nothing to skip.
        return;
    };
    let gen = GEN.load(Ordering::Relaxed);
    let mut hot = HOT.lock();
    if hot.len() > 100_000 {
        hot.clear();
    }
    hot.insert(
        xxhash_rust::xxh3::xxh3_64(name),
        Hot {
            name: name.into(),
            gen,
            checked_at,
            key,
            root: root as usize,
        },
    );
}

/// What the table holds for one file version.
#[derive(Clone)]
pub enum Payload {
    Blob(Arc<Vec<u8>>),
    Image(Arc<Image>),
}

impl Payload {
    fn len(&self) -> usize {
        match self {
            Payload::Blob(b) => b.len(),
            Payload::Image(i) => i.len(),
        }
    }
    /// Out of the table: an image may still be in use by this request's
    /// engine tables, so it is freed only at the next request start. Hot
    /// names made before no longer count.
    fn retire(self) {
        GEN.fetch_add(1, Ordering::Relaxed);
        if let Payload::Image(i) = self {
            image::retire(i);
        }
    }
}

struct Entry {
    key: FileKey,
    payload: Payload,
    seq: u64,
    /// The hash of the source bytes it was compiled from, when known.
    content: Option<u128>,
}

#[derive(Default)]
struct Table {
    map: HashMap<String, Entry>,
    order: BTreeMap<u64, String>,
    bytes: usize,
    seq: u64,
}

impl Table {
    fn remove(&mut self, path: &str) {
        if let Some(e) = self.map.remove(path) {
            self.order.remove(&e.seq);
            self.bytes -= e.payload.len();
            e.payload.retire();
        }
    }

    fn insert(&mut self, key: FileKey, payload: Payload, content: Option<u128>) {
        self.remove(&key.path);
        let len = payload.len();
        while self.bytes + len > LIMIT {
            let Some((_, path)) = self.order.pop_first() else {
                break;
            };
            if let Some(e) = self.map.remove(&path) {
                self.bytes -= e.payload.len();
                e.payload.retire();
            }
        }
        self.seq += 1;
        let seq = self.seq;
        self.bytes += len;
        self.order.insert(seq, key.path.clone());
        self.map.insert(
            key.path.clone(),
            Entry {
                key,
                payload,
                seq,
                content,
            },
        );
    }

    fn clear(&mut self) {
        for (_, e) in self.map.drain() {
            e.payload.retire();
        }
        self.order.clear();
        self.bytes = 0;
    }
}

static TABLE: LazyLock<Mutex<Table>> = LazyLock::new(|| Mutex::new(Table::default()));

/// What the table holds for a file.
pub enum Found {
    /// Exactly this version.
    Hit(Payload),
    /// The same mtime and size under another ctime, inode or device: this
    /// payload if the file's bytes still hash to the recorded content (then
    /// [`restamp`]).
    Check(Payload, u128),
    Miss,
}

/// What is stored for this version of the file.
pub fn lookup(key: &FileKey) -> Found {
    let mut t = TABLE.lock();
    let Some(e) = t.map.get(&key.path) else {
        return Found::Miss;
    };
    match (verdict(&e.key, key), e.content) {
        (Verdict::Same, _) => Found::Hit(e.payload.clone()),
        (Verdict::CheckContent, Some(c)) => Found::Check(e.payload.clone(), c),
        _ => {
            // A newer version of the file: the old one is never used again.
            t.remove(&key.path);
            Found::Miss
        }
    }
}

/// What is stored for exactly this version of the file (no content check).
pub fn get(key: &FileKey) -> Option<Payload> {
    match lookup(key) {
        Found::Hit(p) => Some(p),
        _ => None,
    }
}

/// The entry of `key.path` recorded `content` and its bytes were found
/// unchanged under the new stat `key`: it is this version now (the payload,
/// an image included, stays).
pub fn restamp(key: &FileKey, content: u128) {
    let mut t = TABLE.lock();
    if let Some(e) = t.map.get_mut(&key.path) {
        if e.content == Some(content) && verdict(&e.key, key) != Verdict::Changed {
            e.key = key.clone();
        }
    }
}

/// Stores a blob (replacing an older version), evicting the oldest entries
/// beyond [`LIMIT`]; `content` is the hash of the source bytes.
pub fn put(key: FileKey, blob: Vec<u8>, content: Option<u128>) {
    put_arc(key, Arc::new(blob), content);
}

/// Drops every entry (another process invalidated or reset).
pub fn clear() {
    forget_stats();
    FOREIGN.clear();
    TABLE.lock().clear();
}

/// [`put`] for a blob already shared.
pub fn put_arc(key: FileKey, blob: Arc<Vec<u8>>, content: Option<u128>) {
    if blob.len() > LIMIT / 4 {
        return;
    }
    TABLE.lock().insert(key, Payload::Blob(blob), content);
}

/// Replaces the entry of `key` by its image (keeping the recorded content
/// of an entry of exactly this version).
pub fn put_image(key: FileKey, img: Arc<Image>) {
    if img.len() > LIMIT / 4 {
        image::retire(img);
        return;
    }
    let mut t = TABLE.lock();
    let content = t
        .map
        .get(&key.path)
        .filter(|e| e.key == key)
        .and_then(|e| e.content);
    t.insert(key, Payload::Image(img), content);
}

/// A per-process set of paths (a mark on a file that outlives its table
/// entry).
pub struct PathSet(LazyLock<Mutex<HashSet<String>>>);

impl PathSet {
    const fn new() -> Self {
        PathSet(LazyLock::new(|| Mutex::new(HashSet::new())))
    }
    pub fn contains(&self, path: &str) -> bool {
        let s = self.0.lock();
        !s.is_empty() && s.contains(path)
    }
    pub fn insert(&self, path: &str) {
        self.0.lock().insert(path.to_string());
    }
    fn clear(&self) {
        self.0.lock().clear();
    }
}

/// Paths whose blob cannot become an image (anonymous classes, or the
/// slot pool ran out): loaded as per-request copies without retrying the
/// image until the pool starts over.
pub static BLOB_ONLY: PathSet = PathSet::new();

/// Paths whose cached version calls a function this process lacks (see
/// `codec::deps`) or was compiled under another configuration: compiled
/// here, every time, without decoding.
pub static FOREIGN: PathSet = PathSet::new();

/// Request start: frees retired images; when the map_ptr slot pool is
/// nearly used up, retires every image first and starts the pool over
/// (no engine table points into an image between requests).
pub fn request_start() {
    crate::image::linked::request_start();
    super::paths::request_start();
    if crate::image::linked::requests() == 2 {
        // A process serving a second request: the images built in the
        // first get their class-name slots now.
        let t = TABLE.lock();
        for e in t.map.values() {
            if let Payload::Image(i) = &e.payload {
                i.attach_names();
            }
        }
    }
    if crate::arena::request_start() {
        // The family moved to a new arena generation: the images of the
        // old one, and the linked classes pointing into them, go before
        // anything of them is used again.
        clear();
        BLOB_ONLY.clear();
        crate::image::linked::clear_all();
    }
    if image::pool_pressed() {
        TABLE.lock().clear();
        BLOB_ONLY.clear();
        crate::image::linked::clear_all();
        crate::image::names::reset();
        image::reset_pool();
    }
    image::reap();
}

/// Drops the entry of `path` (a blob that failed to load).
pub fn remove(path: &str) {
    TABLE.lock().remove(path);
}

/// (entries, bytes, images) currently held.
pub fn usage() -> (usize, usize, usize) {
    let t = TABLE.lock();
    let images = t
        .map
        .values()
        .filter(|e| matches!(e.payload, Payload::Image(_)))
        .count();
    (t.map.len(), t.bytes, images)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(p: &str, m: i64) -> FileKey {
        FileKey {
            path: p.into(),
            mtime_sec: m,
            mtime_nsec: 0,
            ctime_sec: m,
            ctime_nsec: 0,
            size: 1,
            ino: 1,
            dev: 1,
        }
    }

    #[test]
    fn stale_versions_miss_and_are_dropped() {
        put(key("/t/a.php", 1), vec![1, 2, 3], Some(7));
        assert!(matches!(get(&key("/t/a.php", 1)), Some(Payload::Blob(_))));
        assert!(get(&key("/t/a.php", 2)).is_none());
        assert!(get(&key("/t/a.php", 1)).is_none());
    }

    #[test]
    fn a_new_inode_asks_for_a_content_check_then_restamps() {
        let old = key("/t/b.php", 1);
        put(old.clone(), vec![1, 2, 3], Some(7));
        let mut moved = old.clone();
        moved.ino = 2;
        moved.ctime_sec = 50;
        assert!(matches!(lookup(&moved), Found::Check(_, 7)));
        // A restamp with another content does nothing.
        restamp(&moved, 8);
        assert!(matches!(lookup(&moved), Found::Check(_, 7)));
        restamp(&moved, 7);
        assert!(matches!(lookup(&moved), Found::Hit(_)));
        // The old stat is now the one to check.
        assert!(matches!(lookup(&old), Found::Check(_, 7)));
        // Without a recorded content a new inode is a new version.
        put(key("/t/c.php", 1), vec![1], None);
        let mut c2 = key("/t/c.php", 1);
        c2.dev = 9;
        assert!(matches!(lookup(&c2), Found::Miss));
        assert!(matches!(lookup(&key("/t/c.php", 1)), Found::Miss));
        // Another size is another version, whatever the content.
        let mut b3 = moved.clone();
        b3.size = 2;
        assert!(matches!(lookup(&b3), Found::Miss));
    }

    #[test]
    fn content_is_read_from_the_file() {
        let dir = std::env::temp_dir().join(format!("kiln-local-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("x.php");
        std::fs::write(&f, b"<?php echo 1;").unwrap();
        let k = FileKey::stat(f.to_str().unwrap()).unwrap();
        assert!(content_matches(&k, content_hash(b"<?php echo 1;")));
        assert!(!content_matches(&k, content_hash(b"<?php echo 2;")));
        std::fs::write(&f, b"<?php echo 2;").unwrap();
        assert!(content_matches(&k, content_hash(b"<?php echo 2;")));
        std::fs::write(&f, b"<?php echo 22;").unwrap();
        // Another length than the stat said: never a match.
        assert_eq!(current_content(&k), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
