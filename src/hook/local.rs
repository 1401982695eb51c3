//! The per-process blob table: realpath + stat → blob. It serves a file
//! compiled earlier in the same process (an include in a loop, the next
//! request of `php-cgi -T`/FPM) until the shared-memory store lands; the
//! boundary to it is the plain blob bytes.

use parking_lot::Mutex;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock};

/// Total blob bytes the table keeps before evicting the oldest entries.
pub const LIMIT: usize = 64 << 20;

/// What identifies one version of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileKey {
    pub path: String,
    pub mtime_sec: i64,
    pub mtime_nsec: i64,
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
        // The version time is the later of mtime and ctime: every write
        // moves ctime, and no tool can set it back, so an in-place rewrite
        // of the same size within the same mtime second (or with mtime
        // restored by `touch -d`/rsync) is still a new version.
        let (mt, ct) = ((m.mtime(), m.mtime_nsec()), (m.ctime(), m.ctime_nsec()));
        let (sec, nsec) = if ct > mt { ct } else { mt };
        Some(FileKey {
            path: path.to_string(),
            mtime_sec: sec,
            mtime_nsec: nsec,
            size: m.size(),
            ino: m.ino(),
            dev: m.dev(),
        })
    }
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
}

struct Entry {
    key: FileKey,
    blob: Arc<Vec<u8>>,
    seq: u64,
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
            self.bytes -= e.blob.len();
        }
    }
}

static TABLE: LazyLock<Mutex<Table>> = LazyLock::new(|| Mutex::new(Table::default()));

/// The blob stored for exactly this version of the file.
pub fn get(key: &FileKey) -> Option<Arc<Vec<u8>>> {
    let mut t = TABLE.lock();
    match t.map.get(&key.path) {
        Some(e) if e.key == *key => Some(e.blob.clone()),
        Some(_) => {
            t.remove(&key.path);
            None
        }
        None => None,
    }
}

/// Stores a blob (replacing an older version), evicting the oldest entries
/// beyond [`LIMIT`].
pub fn put(key: FileKey, blob: Vec<u8>) {
    put_arc(key, Arc::new(blob));
}

/// Drops every entry (another process invalidated or reset).
pub fn clear() {
    forget_stats();
    let mut t = TABLE.lock();
    t.map.clear();
    t.order.clear();
    t.bytes = 0;
}

/// [`put`] for a blob already shared.
pub fn put_arc(key: FileKey, blob: Arc<Vec<u8>>) {
    if blob.len() > LIMIT / 4 {
        return;
    }
    let mut t = TABLE.lock();
    t.remove(&key.path);
    while t.bytes + blob.len() > LIMIT {
        let Some((_, path)) = t.order.pop_first() else {
            break;
        };
        if let Some(e) = t.map.remove(&path) {
            t.bytes -= e.blob.len();
        }
    }
    t.seq += 1;
    let seq = t.seq;
    t.bytes += blob.len();
    t.order.insert(seq, key.path.clone());
    t.map.insert(key.path.clone(), Entry { key, blob, seq });
}

/// Drops the entry of `path` (a blob that failed to load).
pub fn remove(path: &str) {
    TABLE.lock().remove(path);
}

/// (entries, bytes) currently held.
pub fn usage() -> (usize, usize) {
    let t = TABLE.lock();
    (t.map.len(), t.bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(p: &str, m: i64) -> FileKey {
        FileKey {
            path: p.into(),
            mtime_sec: m,
            mtime_nsec: 0,
            size: 1,
            ino: 1,
            dev: 1,
        }
    }

    #[test]
    fn stale_versions_miss_and_are_dropped() {
        put(key("/t/a.php", 1), vec![1, 2, 3]);
        assert!(get(&key("/t/a.php", 1)).is_some());
        assert!(get(&key("/t/a.php", 2)).is_none());
        assert!(get(&key("/t/a.php", 1)).is_none());
    }
}
