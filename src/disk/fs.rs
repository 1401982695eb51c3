//! Filesystem primitives of the disk tier: private directories, no-follow
//! opens, exclusive temp files, read-only maps, guarded unlinks.
//!
//! Owns: every syscall-level decision about how a file or directory is opened
//! or created. Must not know: the entry format. This is the only file of the
//! tier that contains `unsafe`, and each block performs one libc/mmap call.
//!
//! Invariants:
//! - Directories are created 0700 and accepted only if, opened with
//!   `O_NOFOLLOW|O_DIRECTORY`, they are owned by the effective uid, not group-
//!   or world-writable, have owner rwx, and pass an effective-uid access check.
//! - Entry files are opened with `O_NOFOLLOW|O_NONBLOCK` (a planted FIFO
//!   cannot block a reader); temp files with `O_CREAT|O_EXCL|O_NOFOLLOW`, 0600.
//! - A file is mapped only if it is an entry file, which is never modified in
//!   place (see [`map`]).

use std::ffi::{CString, OsStr};
use std::fs::{self, DirBuilder, File, OpenOptions, Permissions};
use std::hash::BuildHasher;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use memmap2::Mmap;
use xxhash_rust::xxh3::xxh3_64;

use super::DiskError;

/// Prefix of temp file names; entry names never start with a dot.
pub(crate) const TEMP_PREFIX: &str = ".tmp.";
/// Suffix of entry file names.
pub(crate) const ENTRY_SUFFIX: &str = ".kiln";

/// The effective user id of the calling process.
pub(crate) fn euid() -> u32 {
    // SAFETY: geteuid() takes no arguments, touches no caller memory and cannot fail.
    unsafe { libc::geteuid() }
}

fn refused(path: &Path, what: &'static str) -> DiskError {
    DiskError::UnsafeDir {
        path: path.to_path_buf(),
        what,
    }
}

fn io_err(what: &'static str) -> impl FnOnce(io::Error) -> DiskError {
    move |source| DiskError::Io { what, source }
}

/// Creates `path` with mode 0700 if missing (and its parents, if
/// `parents`), then checks it with [`check_private_dir`].
pub(crate) fn ensure_private_dir(path: &Path, parents: bool, euid: u32) -> Result<(), DiskError> {
    let created = match DirBuilder::new().mode(0o700).create(path) {
        Ok(()) => true,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => false,
        Err(e) if e.kind() == io::ErrorKind::NotFound && parents => {
            if let Some(parent) = path.parent() {
                DirBuilder::new()
                    .mode(0o700)
                    .recursive(true)
                    .create(parent)
                    .map_err(io_err("create parent directories"))?;
            }
            return ensure_private_dir(path, false, euid);
        }
        Err(e) => return Err(io_err("create directory")(e)),
    };
    check_private_dir(path, euid, created)
}

/// Refuses a directory that another user could write into or swap.
///
/// The checks run on a descriptor opened with `O_NOFOLLOW|O_DIRECTORY`, so
/// the object checked is the object found at `path` (not a symlink target).
/// If `fix_mode`, the directory was just created by us and is first chmod'ed
/// to exactly 0700 (the umask may have narrowed it).
pub(crate) fn check_private_dir(path: &Path, euid: u32, fix_mode: bool) -> Result<(), DiskError> {
    let dir = match OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW)
        .open(path)
    {
        Ok(d) => d,
        Err(e) => {
            return Err(match fs::symlink_metadata(path) {
                Ok(m) if m.file_type().is_symlink() => refused(path, "is a symlink"),
                Ok(m) if !m.is_dir() => refused(path, "is not a directory"),
                _ => io_err("open directory")(e),
            })
        }
    };
    if fix_mode {
        dir.set_permissions(Permissions::from_mode(0o700))
            .map_err(io_err("chmod directory"))?;
    }
    let md = dir.metadata().map_err(io_err("stat directory"))?;
    if md.uid() != euid {
        return Err(refused(path, "is not owned by the effective user"));
    }
    if md.mode() & 0o022 != 0 {
        return Err(refused(path, "is group- or world-writable"));
    }
    if md.mode() & 0o700 != 0o700 {
        return Err(refused(path, "lacks owner rwx permission"));
    }
    if effective_access(path, libc::W_OK | libc::X_OK).is_err() {
        return Err(refused(path, "is not writable"));
    }
    Ok(())
}

/// `faccessat(AT_EACCESS)`: checks with the effective ids, and reports a
/// read-only filesystem (EROFS) even for root.
fn effective_access(path: &Path, mode: libc::c_int) -> io::Result<()> {
    let c = CString::new(path.as_os_str().as_bytes())
        .map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    // SAFETY: `c` is a valid NUL-terminated string that outlives the call;
    // faccessat only reads it.
    let rc = unsafe { libc::faccessat(libc::AT_FDCWD, c.as_ptr(), mode, libc::AT_EACCESS) };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Opens an entry file for reading without following a symlink and without
/// blocking on a FIFO. The caller must fstat and accept only regular files.
pub(crate) fn open_entry(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
}

/// True if `path` itself is a symbolic link.
pub(crate) fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Maps an opened entry file read-only.
///
/// `file` must be an entry file of this tier (regular, ours, `len > 0`).
pub(crate) fn map(file: &File) -> io::Result<Mmap> {
    // SAFETY: entry files are never modified in place: writers create a fresh
    // temp file and rename() it over the entry name, and removal is unlink(),
    // so the mapped inode's bytes cannot change while mapped. Only a process
    // of the same user truncating the file by hand could (SIGBUS); that is
    // outside the tier's contract. The map is read as a plain byte slice.
    unsafe { Mmap::map(file) }
}

static TEMP_SEQ: AtomicU64 = AtomicU64::new(0);

/// A temp file name unique across processes: pid, per-process counter and
/// 64 random-ish bits. Uniqueness is not relied upon for safety (the file is
/// created with `O_EXCL`), only to make retries rare.
pub(crate) fn temp_name() -> String {
    let pid = std::process::id();
    let seq = TEMP_SEQ.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    // RandomState is seeded from the OS; mixing in pid, seq and time keeps
    // forked children (which inherit the seed) apart.
    let keyed = std::hash::RandomState::new().hash_one((pid, seq, nanos));
    let mut seed = [0u8; 32];
    seed[..4].copy_from_slice(&pid.to_le_bytes());
    seed[4..12].copy_from_slice(&seq.to_le_bytes());
    seed[12..20].copy_from_slice(&nanos.to_le_bytes());
    seed[20..28].copy_from_slice(&keyed.to_le_bytes());
    let rand = xxh3_64(&seed);
    format!("{TEMP_PREFIX}{pid}.{seq}.{rand:016x}")
}

/// Creates a new temp file in `dir`: `O_CREAT|O_EXCL|O_NOFOLLOW`, mode 0600.
pub(crate) fn create_temp(dir: &Path) -> io::Result<(File, PathBuf)> {
    let mut last = io::Error::from(io::ErrorKind::AlreadyExists);
    for _ in 0..16 {
        let path = dir.join(temp_name());
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&path)
        {
            Ok(f) => return Ok((f, path)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

/// Creates a fan-out directory (0700); an existing one is fine.
pub(crate) fn create_fan_dir(path: &Path) -> io::Result<()> {
    match DirBuilder::new().mode(0o700).create(path) {
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => Err(e),
        _ => Ok(()),
    }
}

/// Unlinks `path` only if it still names the inode `(dev, ino)` we examined.
///
/// This narrows (it cannot close) the window in which a reader that found a
/// bad file would delete a good one a writer just renamed into place.
pub(crate) fn unlink_if_same(path: &Path, dev: u64, ino: u64) -> bool {
    match fs::symlink_metadata(path) {
        Ok(m) if m.dev() == dev && m.ino() == ino => {
            if m.is_dir() {
                fs::remove_dir(path).is_ok()
            } else {
                fs::remove_file(path).is_ok()
            }
        }
        _ => false,
    }
}

/// What a name in a fan-out directory is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameKind {
    Entry,
    Temp,
    Other,
}

/// Classifies a name found in a fan-out directory.
pub(crate) fn classify(name: &OsStr) -> NameKind {
    let b = name.as_bytes();
    if b.starts_with(TEMP_PREFIX.as_bytes()) {
        return NameKind::Temp;
    }
    match b.strip_suffix(ENTRY_SUFFIX.as_bytes()) {
        Some(stem) if stem.len() == 32 && stem.iter().all(is_lower_hex) => NameKind::Entry,
        _ => NameKind::Other,
    }
}

/// True for a fan-out directory name: two lowercase hex digits.
pub(crate) fn is_fan_name(name: &OsStr) -> bool {
    let b = name.as_bytes();
    b.len() == 2 && b.iter().all(is_lower_hex)
}

fn is_lower_hex(b: &u8) -> bool {
    b.is_ascii_digit() || (b'a'..=b'f').contains(b)
}
