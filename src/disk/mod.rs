//! Disk tier: one file per cached script under a private directory.
//!
//! Serves entries too large for shared memory and, as a second level behind
//! it, every entry, so a restarted server or a new CLI process starts warm.
//!
//! Owns: the directory `<dir>/<build_tag>/<aa>/<xxh3_128(path)>.kiln`, the
//! entry file format ([`format`]), and the rules for reading and replacing
//! entry files ([`fs`]). Must not know: PHP, the codec, compression (the
//! body is opaque bytes; `flags`/`raw_len` are carried for the caller).
//!
//! Invariants:
//! - **Private tree.** `dir` and `<dir>/<build_tag>` are refused unless owned
//!   by the effective uid, not group/world-writable, not symlinks, writable.
//!   Other users therefore cannot plant, replace or remove files here
//!   (assuming `dir`'s own parent is not writable by them, as `/tmp` with its
//!   sticky bit is not). `dir` must be absolute: PHP changes the cwd.
//! - **Names from hashes only.** File names come from `xxh3_128` of the real
//!   path, never from its text, so nothing can escape the tree; collisions
//!   are caught because the real path is stored and compared exactly.
//! - **Immutable files.** An entry file is written once, to a temp file in the
//!   same directory, and published by `rename()`; it is never modified in
//!   place. Readers therefore see a complete old file or a complete new one,
//!   and may map it. A writer killed at any instant leaves at most a temp
//!   file (`.tmp.*`), which [`DiskStore::sweep_temp`] removes.
//! - **No fsync.** After a power loss a renamed file may be short or zeroed;
//!   its header or body checksum then fails, the reader unlinks it and the
//!   script is recompiled. Durability is not needed for a cache, so the
//!   write path never pays for it.
//! - **Verify, then return.** `get` hands back bytes only after magic,
//!   version, lengths, header checksum, build tag, exact path, mtime/size and
//!   the body checksum (computed over the caller's copy) all pass. Anything
//!   else unlinks the file and leaves `out` empty.
//! - **One identity.** The store checks ownership against the effective uid
//!   at `open`; open it in the process identity that will use it (after a
//!   FPM worker drops privileges, not in a root master).

mod format;
mod fs;
#[cfg(test)]
mod tests;

use std::fmt;
use std::io::{self, Write};
use std::os::unix::fs::{FileExt, MetadataExt};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, SystemTime};

use xxhash_rust::xxh3::{xxh3_128, xxh3_64};

pub use format::CorruptReason;
use format::{Fields, Tag, HEADER_LEN, MAX_PATH_LEN};
use fs::NameKind;

/// Where the disk tier lives and which build it serves.
#[derive(Clone, Debug)]
pub struct DiskConfig {
    /// Absolute cache directory; created 0700 (with parents) if missing.
    pub dir: PathBuf,
    /// Identifies the PHP build and Kiln format: 1..=64 bytes of
    /// `[0-9A-Za-z_-]` (normally hex). Part of the path and of every header.
    pub build_tag: String,
}

/// Errors of the disk tier.
#[derive(Debug)]
pub enum DiskError {
    /// The configuration is unusable.
    Config(&'static str),
    /// A directory failed the safety checks.
    UnsafeDir {
        /// The refused directory.
        path: PathBuf,
        /// Which check failed.
        what: &'static str,
    },
    /// The entry cannot be represented in the format.
    TooLarge(&'static str),
    /// A filesystem operation failed.
    Io {
        /// The operation.
        what: &'static str,
        /// The OS error.
        source: io::Error,
    },
}

impl fmt::Display for DiskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Config(what) => write!(f, "disk cache config: {what}"),
            Self::UnsafeDir { path, what } => {
                write!(f, "disk cache dir {} refused: {what}", path.display())
            }
            Self::TooLarge(what) => write!(f, "disk cache entry too large: {what}"),
            Self::Io { what, source } => write!(f, "disk cache {what}: {source}"),
        }
    }
}

impl std::error::Error for DiskError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// The caller's fields of a verified entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskMeta {
    /// Source script mtime (ns), as given to `put`.
    pub mtime_ns: i64,
    /// Source script size, as given to `put`.
    pub size: u64,
    /// Opaque flags, as given to `put`.
    pub flags: u32,
    /// Opaque length (e.g. uncompressed size), as given to `put`.
    pub raw_len: u32,
    /// Length of the body copied out.
    pub body_len: u64,
}

/// Outcome of [`DiskStore::get`]. On anything but `Hit`, `out` is empty.
#[derive(Debug)]
pub enum DiskLookup {
    /// Verified; the body is in `out`.
    Hit(DiskMeta),
    /// No entry file.
    Miss,
    /// The entry is for another mtime or size of the script; unlinked.
    Stale,
    /// The entry file was bad; unlinked.
    Corrupt(CorruptReason),
    /// The file could not be read (e.g. out of descriptors); left in place.
    Unavailable(DiskError),
}

impl DiskLookup {
    /// True for [`DiskLookup::Hit`].
    pub fn is_hit(&self) -> bool {
        matches!(self, Self::Hit(_))
    }
}

/// Totals for the status page (file sizes, not verified).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DiskStats {
    /// Entry files.
    pub entries: u64,
    /// Total bytes of entry files.
    pub bytes: u64,
    /// Temp files (writes in flight or left by killed writers).
    pub temp_files: u64,
    /// Total bytes of temp files.
    pub temp_bytes: u64,
}

/// One entry, from its header (the body is not read or verified).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskEntryInfo {
    /// The script's real path.
    pub path: String,
    /// Source script mtime (ns).
    pub mtime_ns: i64,
    /// Source script size.
    pub size: u64,
    /// Body length.
    pub body_len: u64,
    /// Opaque length, as given to `put`.
    pub raw_len: u32,
    /// Opaque flags, as given to `put`.
    pub flags: u32,
    /// Entry file length.
    pub file_len: u64,
    /// Entry file mtime, seconds since the epoch (when it was written).
    pub file_mtime_secs: i64,
}

/// Point in [`DiskStore::put`] reached by a writer (lets tests kill a writer
/// at a known instant).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WriteStage {
    /// Temp file created, header and path written, body not yet.
    PrefixWritten,
    /// Temp file complete, not yet renamed.
    BeforeRename,
}

/// The disk tier. Holds no descriptors; `Send + Sync`, cheap to share.
#[derive(Debug)]
pub struct DiskStore {
    dir: PathBuf,
    tag_dir: PathBuf,
    tag: Tag,
    euid: u32,
}

impl DiskStore {
    /// Creates `dir` (and parents) with mode 0700 if missing. Refuses a dir
    /// that is relative, not owned by the effective uid, group/world-writable,
    /// a symlink, or not writable. Then creates and checks `<dir>/<build_tag>/`.
    pub fn open(cfg: &DiskConfig) -> Result<DiskStore, DiskError> {
        let tag = Tag::new(&cfg.build_tag).map_err(DiskError::Config)?;
        if !cfg.dir.is_absolute() {
            return Err(DiskError::Config("cache dir must be an absolute path"));
        }
        // Drop "." and a trailing slash (which would make the kernel follow a
        // symlinked final component despite O_NOFOLLOW); refuse "..".
        if cfg.dir.components().any(|c| c == Component::ParentDir) {
            return Err(DiskError::Config("cache dir must not contain '..'"));
        }
        let dir: PathBuf = cfg.dir.components().collect();
        let euid = fs::euid();
        fs::ensure_private_dir(&dir, true, euid)?;
        let tag_dir = dir.join(&cfg.build_tag);
        fs::ensure_private_dir(&tag_dir, false, euid)?;
        Ok(DiskStore {
            dir,
            tag_dir,
            tag,
            euid,
        })
    }

    /// The cache directory (normalized).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// `<dir>/<build_tag>`, the root of this build's entries.
    pub fn tag_dir(&self) -> &Path {
        &self.tag_dir
    }

    /// Path of the entry file for `path`:
    /// `<dir>/<build_tag>/<aa>/<xxh3_128(path) as 32 hex>.kiln`, `aa` being
    /// the first two hex digits. Only the hash of `path` reaches the name.
    pub fn entry_path(&self, path: &str) -> PathBuf {
        self.entry_path_bytes(path.as_bytes())
    }

    fn entry_path_bytes(&self, path: &[u8]) -> PathBuf {
        let hex = format!("{:032x}", xxh3_128(path));
        let mut p = self.tag_dir.join(&hex[..2]);
        p.push(format!("{hex}{}", fs::ENTRY_SUFFIX));
        p
    }

    /// Reads and fully verifies the entry for `path` at (`mtime_ns`, `size`)
    /// and copies its body into `out` (cleared first).
    ///
    /// The file is opened with `O_NOFOLLOW` and must be a regular file owned
    /// by the effective uid; then header magic, version, lengths, header
    /// checksum, build tag, the exact stored path, mtime/size and the body
    /// checksum are checked. `Stale` and `Corrupt` unlink the file.
    pub fn get(&self, path: &str, mtime_ns: i64, size: u64, out: &mut Vec<u8>) -> DiskLookup {
        out.clear();
        let file_path = self.entry_path(path);
        let file = match fs::open_entry(&file_path) {
            Ok(f) => f,
            Err(e) if matches!(e.raw_os_error(), Some(libc::ENOENT | libc::ENOTDIR)) => {
                return DiskLookup::Miss
            }
            Err(e) => {
                if fs::is_symlink(&file_path) {
                    // unlink() removes the link itself, never its target.
                    let _ = std::fs::remove_file(&file_path);
                    return DiskLookup::Corrupt(CorruptReason::Symlink);
                }
                return DiskLookup::Unavailable(DiskError::Io {
                    what: "open entry",
                    source: e,
                });
            }
        };
        let md = match file.metadata() {
            Ok(m) => m,
            Err(source) => {
                return DiskLookup::Unavailable(DiskError::Io {
                    what: "stat entry",
                    source,
                })
            }
        };
        let discard = |reason: CorruptReason| {
            fs::unlink_if_same(&file_path, md.dev(), md.ino());
            DiskLookup::Corrupt(reason)
        };
        if !md.is_file() {
            return discard(CorruptReason::NotRegular);
        }
        if md.uid() != self.euid {
            return discard(CorruptReason::NotOwned);
        }
        if md.len() < HEADER_LEN as u64 {
            return discard(CorruptReason::TruncatedHeader);
        }
        let map = match fs::map(&file) {
            Ok(m) => m,
            Err(source) => {
                return DiskLookup::Unavailable(DiskError::Io {
                    what: "map entry",
                    source,
                })
            }
        };
        let parsed = match format::parse_entry(&map, &self.tag) {
            Ok(p) => p,
            Err(reason) => return discard(reason),
        };
        if parsed.path != path.as_bytes() {
            return discard(CorruptReason::PathMismatch);
        }
        let h = parsed.header;
        if h.mtime_ns != mtime_ns || h.size != size {
            fs::unlink_if_same(&file_path, md.dev(), md.ino());
            return DiskLookup::Stale;
        }
        // Hash the copy we return, not the map: what is verified is what is served.
        out.extend_from_slice(parsed.body);
        if xxh3_64(out) != h.body_xxh3 {
            out.clear();
            return discard(CorruptReason::BodyChecksum);
        }
        DiskLookup::Hit(DiskMeta {
            mtime_ns: h.mtime_ns,
            size: h.size,
            flags: h.flags,
            raw_len: h.raw_len,
            body_len: h.body_len,
        })
    }

    /// Atomically writes (or replaces) the entry for `path`.
    ///
    /// Header, path and body go to a new temp file in the entry's directory
    /// (`O_CREAT|O_EXCL|O_NOFOLLOW`, 0600, name from pid + counter + random),
    /// which is then `rename()`d over the entry name. No fsync: a file torn by
    /// a power loss fails its checksum and is dropped by the next reader. On
    /// any error the temp file is removed. `flags`/`raw_len` are opaque and
    /// come back in [`DiskMeta`].
    pub fn put(
        &self,
        path: &str,
        mtime_ns: i64,
        size: u64,
        flags: u32,
        raw_len: u32,
        body: &[u8],
    ) -> Result<(), DiskError> {
        let fields = Fields {
            mtime_ns,
            size,
            flags,
            raw_len,
        };
        self.put_staged(path, &fields, body, &mut |_| {})
    }

    /// [`DiskStore::put`], calling `stage` at each [`WriteStage`].
    fn put_staged(
        &self,
        path: &str,
        fields: &Fields,
        body: &[u8],
        stage: &mut dyn FnMut(WriteStage),
    ) -> Result<(), DiskError> {
        if path.len() > MAX_PATH_LEN {
            return Err(DiskError::TooLarge("real path longer than 64 KiB"));
        }
        let prefix = format::encode_prefix(
            &self.tag,
            path.as_bytes(),
            fields,
            body.len() as u64,
            xxh3_64(body),
        )
        .map_err(DiskError::TooLarge)?;
        let final_path = self.entry_path(path);
        let fan_dir = final_path.parent().unwrap_or(&self.tag_dir);
        let (mut file, tmp) = match fs::create_temp(fan_dir) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                fs::create_fan_dir(fan_dir).map_err(|source| DiskError::Io {
                    what: "create fan-out directory",
                    source,
                })?;
                fs::create_temp(fan_dir)
            }
            other => other,
        }
        .map_err(|source| DiskError::Io {
            what: "create temp file",
            source,
        })?;
        let written = (|| {
            file.write_all(&prefix)
                .map_err(|e| ("write temp file", e))?;
            stage(WriteStage::PrefixWritten);
            file.write_all(body).map_err(|e| ("write temp file", e))?;
            drop(file);
            stage(WriteStage::BeforeRename);
            std::fs::rename(&tmp, &final_path).map_err(|e| ("rename temp file", e))
        })();
        written.map_err(|(what, source)| {
            let _ = std::fs::remove_file(&tmp);
            DiskError::Io { what, source }
        })
    }

    /// Unlinks the entry for `path`; true if a file was removed.
    pub fn remove(&self, path: &str) -> bool {
        std::fs::remove_file(self.entry_path(path)).is_ok()
    }

    /// Removes every entry of this build tag, and every temp file (a write in
    /// flight then fails harmlessly). Fan-out directories are kept, so a
    /// concurrent `put` never loses its directory. Returns the number of
    /// entry files removed; the first unlink error (other than a file already
    /// gone) is returned after the walk.
    pub fn clear(&self) -> Result<u64, DiskError> {
        let mut removed = 0;
        let mut first_err = None;
        self.walk(|p, kind| match std::fs::remove_file(p) {
            Ok(()) => removed += u64::from(kind == NameKind::Entry),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => {
                first_err.get_or_insert(e);
            }
        })
        .map_err(|source| DiskError::Io {
            what: "read cache dir",
            source,
        })?;
        match first_err {
            Some(source) => Err(DiskError::Io {
                what: "remove entry",
                source,
            }),
            None => Ok(removed),
        }
    }

    /// Counts entry and temp files and their bytes (no file is opened).
    pub fn stats(&self) -> DiskStats {
        let mut s = DiskStats::default();
        let _ = self.walk(|p, kind| {
            let Ok(md) = std::fs::symlink_metadata(p) else {
                return;
            };
            if !md.is_file() {
                return;
            }
            match kind {
                NameKind::Entry => {
                    s.entries += 1;
                    s.bytes += md.len();
                }
                NameKind::Temp => {
                    s.temp_files += 1;
                    s.temp_bytes += md.len();
                }
                NameKind::Other => {}
            }
        });
        s
    }

    /// Lists entries whose header (and stored path) verify and that sit at
    /// the right name, sorted by path. Reads headers only; bodies are not
    /// checked, and nothing is unlinked.
    pub fn entries(&self) -> Vec<DiskEntryInfo> {
        let mut v = Vec::new();
        let _ = self.walk(|p, kind| {
            if kind != NameKind::Entry {
                return;
            }
            if let Some(info) = self.read_info(p) {
                v.push(info);
            }
        });
        v.sort_by(|a, b| a.path.cmp(&b.path));
        v
    }

    fn read_info(&self, file_path: &Path) -> Option<DiskEntryInfo> {
        let file = fs::open_entry(file_path).ok()?;
        let md = file.metadata().ok()?;
        if !md.is_file() || md.uid() != self.euid {
            return None;
        }
        let mut buf = vec![0u8; HEADER_LEN];
        file.read_exact_at(&mut buf, 0).ok()?;
        let h = format::parse_header(&buf).ok()?;
        let path_len = (h.path_len as usize).min(MAX_PATH_LEN);
        buf.resize(HEADER_LEN + path_len, 0);
        file.read_exact_at(&mut buf[HEADER_LEN..], HEADER_LEN as u64)
            .ok()?;
        let (h, path) = format::check_prefix(&buf, md.len(), &self.tag).ok()?;
        if self.entry_path_bytes(path) != file_path {
            return None;
        }
        Some(DiskEntryInfo {
            path: String::from_utf8(path.to_vec()).ok()?,
            mtime_ns: h.mtime_ns,
            size: h.size,
            body_len: h.body_len,
            raw_len: h.raw_len,
            flags: h.flags,
            file_len: md.len(),
            file_mtime_secs: md.mtime(),
        })
    }

    /// Removes temp files whose mtime is at least `older_than_secs` old
    /// (left by killed writers); returns how many. Pick an age well above
    /// the longest write, or a live writer's file may go (its put then fails).
    pub fn sweep_temp(&self, older_than_secs: u64) -> u64 {
        let now = SystemTime::now();
        let min_age = Duration::from_secs(older_than_secs);
        let mut removed = 0;
        let _ = self.walk(|p, kind| {
            if kind != NameKind::Temp {
                return;
            }
            let old = std::fs::symlink_metadata(p)
                .and_then(|m| m.modified())
                .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age >= min_age));
            if old && std::fs::remove_file(p).is_ok() {
                removed += 1;
            }
        });
        removed
    }

    /// Calls `f` for every entry file name (`Entry`) and temp file (`Temp`)
    /// under real fan-out directories; symlinked directories are skipped.
    fn walk(&self, mut f: impl FnMut(&Path, NameKind)) -> io::Result<()> {
        for fan in std::fs::read_dir(&self.tag_dir)?.flatten() {
            // DirEntry::file_type does not follow symlinks.
            if !fs::is_fan_name(&fan.file_name()) || !fan.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            let Ok(rd) = std::fs::read_dir(fan.path()) else {
                continue;
            };
            for e in rd.flatten() {
                let kind = fs::classify(&e.file_name());
                if kind != NameKind::Other {
                    f(&e.path(), kind);
                }
            }
        }
        Ok(())
    }
}
