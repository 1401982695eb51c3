//! Mapping a segment: anonymous (tests, fork) or named POSIX shared memory.
//!
//! Named segments are created with `O_CREAT|O_EXCL` and mode 0600, backed
//! with `posix_fallocate` (an unbacked tmpfs page raises SIGBUS on first
//! touch), initialised, and only then published by storing `ready`
//! (Release). Openers that lose the creation race wait (bounded) for
//! `ready`, then validate owner, mode, magic, layout version, build id and
//! geometry. A segment we own that fails validation is unlinked and created
//! afresh; one owned by someone else or with another mode is never used.

use std::ffi::CString;
use std::ptr::{self, NonNull};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::layout::{Geometry, Header, Identity, HEADER_SIZE, LAYOUT_VERSION, MAGIC, READY};
use super::{lock, now_secs, AttachOutcome, SegmentConfig, StoreError};

/// How long an opener waits for another process to finish creating.
const READY_WAIT: Duration = Duration::from_secs(2);

/// A shared, read-write mapping. Unmapped on drop.
pub(crate) struct Mapping {
    ptr: NonNull<u8>,
    len: usize,
}

// SAFETY: the mapping is plain shared memory. Every access goes through
// atomics, the process-shared mutex, or racy copies that are validated
// afterwards (see the reader protocol in mod.rs); none relies on the
// mapping being used from one thread only.
unsafe impl Send for Mapping {}
// SAFETY: as above.
unsafe impl Sync for Mapping {}

impl Mapping {
    pub(crate) fn anonymous(len: usize) -> Result<Mapping, StoreError> {
        Self::map(-1, len, libc::MAP_SHARED | libc::MAP_ANONYMOUS)
    }

    fn map(fd: libc::c_int, len: usize, flags: libc::c_int) -> Result<Mapping, StoreError> {
        // SAFETY: a fresh mapping chosen by the kernel (addr NULL); `fd` is
        // either -1 (anonymous) or an open shm fd of at least `len` bytes.
        let p = unsafe {
            libc::mmap(
                ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                flags,
                fd,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(StoreError::os("mmap"));
        }
        let ptr = NonNull::new(p.cast::<u8>()).ok_or(StoreError::Os {
            what: "mmap returned NULL",
            errno: 0,
        })?;
        Ok(Mapping { ptr, len })
    }

    pub(crate) fn base(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn header(&self) -> &Header {
        // SAFETY: every mapping is at least HEADER_SIZE (>= size_of Header)
        // bytes, page aligned, and Header's non-atomic fields are only read
        // after `ready` was observed (or written before it is published).
        unsafe { &*self.base().cast::<Header>() }
    }
}

impl Drop for Mapping {
    fn drop(&mut self) {
        // SAFETY: `ptr`/`len` describe a mapping we created and nobody
        // else in this process references once the owner is dropped.
        unsafe { libc::munmap(self.ptr.as_ptr().cast(), self.len) };
    }
}

/// An owned file descriptor, closed on drop.
struct Fd(libc::c_int);

impl Drop for Fd {
    fn drop(&mut self) {
        // SAFETY: we own the descriptor.
        unsafe { libc::close(self.0) };
    }
}

/// Initialise a fresh, zero-filled mapping as a segment and publish it.
pub(crate) fn initialise(
    map: &Mapping,
    geom: &Geometry,
    build_id: &[u8; 32],
) -> Result<(), StoreError> {
    let now = now_secs();
    let id = Identity {
        layout_version: LAYOUT_VERSION,
        header_size: HEADER_SIZE as u32,
        build_id: *build_id,
        total_size: geom.total as u64,
        index_off: HEADER_SIZE as u64,
        index_slots: geom.slots as u64,
        data_off: geom.data_off as u64,
        data_size: geom.data_size as u64,
        creator_pid: std::process::id(),
        mutex_size: std::mem::size_of::<libc::pthread_mutex_t>() as u32,
        created_time: now,
    };
    let dst = map
        .base()
        .wrapping_add(std::mem::offset_of!(Header, id))
        .cast::<Identity>();
    // SAFETY: `dst` is inside a zero-filled, writable mapping of at least
    // HEADER_SIZE bytes and aligned for Identity (page base + 8). No other
    // process reads it yet: `ready` is still 0, so openers only poll
    // `magic` and `ready`, both atomics.
    unsafe { dst.write(id) };
    let hdr = map.header();
    // SAFETY: the mutex cell lies inside the fresh mapping and is not yet
    // used by anyone.
    unsafe { lock::init(hdr.mutex.inner.get()) }?;
    hdr.last_reset_time.store(now, Ordering::Relaxed);
    hdr.magic.store(MAGIC, Ordering::Relaxed);
    // SYNC POINT: publishes every write above to openers that Acquire `ready`.
    hdr.ready.store(READY, Ordering::Release);
    Ok(())
}

/// Why an existing segment could not be used.
enum AttachError {
    /// Unusable but ours: unlink and recreate.
    Bad(String),
    /// Never touch it (foreign owner or mode, or an OS error).
    Fatal(StoreError),
}

pub(crate) fn c_name(name: &str) -> Result<CString, StoreError> {
    let ok =
        name.len() >= 2 && name.len() <= 255 && name.starts_with('/') && !name[1..].contains('/');
    if !ok {
        return Err(StoreError::InvalidConfig(
            "segment name must be '/' followed by 1-254 bytes without '/'",
        ));
    }
    CString::new(name).map_err(|_| StoreError::InvalidConfig("segment name contains NUL"))
}

/// Open or create the named segment. See the module docs.
pub(crate) fn open_named(
    cfg: &SegmentConfig,
    geom: &Geometry,
) -> Result<(Mapping, AttachOutcome), StoreError> {
    let cname = c_name(&cfg.name)?;
    let mut replaced: Option<String> = None;
    for _ in 0..8 {
        // SAFETY: `cname` is a valid NUL-terminated string.
        let fd = unsafe {
            libc::shm_open(
                cname.as_ptr(),
                libc::O_RDWR | libc::O_CREAT | libc::O_EXCL | libc::O_CLOEXEC,
                0o600,
            )
        };
        if fd >= 0 {
            let fd = Fd(fd);
            return match create_in(&fd, geom, &cfg.build_id) {
                Ok(map) => {
                    let outcome = match replaced {
                        Some(reason) => AttachOutcome::Recreated { reason },
                        None => AttachOutcome::Created,
                    };
                    Ok((map, outcome))
                }
                Err(e) => {
                    // SAFETY: valid C string; we created this object.
                    unsafe { libc::shm_unlink(cname.as_ptr()) };
                    Err(e)
                }
            };
        }
        let err = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if err != libc::EEXIST {
            return Err(StoreError::Os {
                what: "shm_open(O_CREAT|O_EXCL)",
                errno: err,
            });
        }
        // SAFETY: valid C string.
        let fd = unsafe { libc::shm_open(cname.as_ptr(), libc::O_RDWR | libc::O_CLOEXEC, 0) };
        if fd < 0 {
            let err = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            if err == libc::ENOENT {
                continue; // unlinked between our two calls: try creating again
            }
            return Err(StoreError::Os {
                what: "shm_open(existing)",
                errno: err,
            });
        }
        let fd = Fd(fd);
        match attach(&fd, cfg, geom) {
            Ok(map) => {
                let outcome = match replaced {
                    Some(reason) => AttachOutcome::Recreated { reason },
                    None => AttachOutcome::Attached,
                };
                return Ok((map, outcome));
            }
            Err(AttachError::Fatal(e)) => return Err(e),
            Err(AttachError::Bad(reason)) => {
                // Unlink only if the name still refers to the object we
                // judged, so two openers racing to replace a bad segment do
                // not unlink each other's fresh one.
                if same_object(&cname, &fd) {
                    // SAFETY: valid C string.
                    unsafe { libc::shm_unlink(cname.as_ptr()) };
                }
                replaced = Some(reason);
            }
        }
    }
    Err(StoreError::Os {
        what: "segment kept changing while opening",
        errno: 0,
    })
}

/// Attach-only open of the existing segment `name`, at the size it was
/// made with: one descriptor, nothing created, unlinked or initialised.
/// Returns the mapping and the geometry of that size.
pub(crate) fn open_existing(
    name: &str,
    build_id: [u8; 32],
) -> Result<(Mapping, Geometry), StoreError> {
    let cname = c_name(name)?;
    // SAFETY: valid C string.
    let fd = unsafe { libc::shm_open(cname.as_ptr(), libc::O_RDWR | libc::O_CLOEXEC, 0) };
    if fd < 0 {
        return Err(StoreError::os("shm_open(existing)"));
    }
    let fd = Fd(fd);
    let size = fstat(&fd)?.st_size.max(0) as usize;
    let geom = Geometry::for_size(size)
        .ok_or_else(|| StoreError::Unusable(format!("size {size} is not a segment's")))?;
    let cfg = SegmentConfig {
        name: name.to_string(),
        size,
        build_id,
    };
    match attach(&fd, &cfg, &geom) {
        Ok(map) => Ok((map, geom)),
        Err(AttachError::Fatal(e)) => Err(e),
        Err(AttachError::Bad(reason)) => Err(StoreError::Unusable(reason)),
    }
}

fn create_in(fd: &Fd, geom: &Geometry, build_id: &[u8; 32]) -> Result<Mapping, StoreError> {
    // The umask may have cleared bits of 0600; set it exactly.
    // SAFETY: valid fd.
    if unsafe { libc::fchmod(fd.0, 0o600) } != 0 {
        return Err(StoreError::os("fchmod"));
    }
    let len = geom.total as libc::off_t;
    // SAFETY: valid fd.
    if unsafe { libc::ftruncate(fd.0, len) } != 0 {
        return Err(StoreError::os("ftruncate"));
    }
    loop {
        // SAFETY: valid fd; posix_fallocate returns the error number.
        let rc = unsafe { libc::posix_fallocate(fd.0, 0, len) };
        match rc {
            0 => break,
            libc::EINTR => continue,
            _ => {
                return Err(StoreError::NoSpace {
                    what: "posix_fallocate (shared memory too small?)",
                    errno: rc,
                })
            }
        }
    }
    let map = Mapping::map(fd.0, geom.total, libc::MAP_SHARED)?;
    initialise(&map, geom, build_id)?;
    Ok(map)
}

fn fstat(fd: &Fd) -> Result<libc::stat, StoreError> {
    let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
    // SAFETY: valid fd and a writable stat buffer.
    if unsafe { libc::fstat(fd.0, st.as_mut_ptr()) } != 0 {
        return Err(StoreError::os("fstat"));
    }
    // SAFETY: fstat succeeded and filled the buffer.
    Ok(unsafe { st.assume_init() })
}

fn same_object(cname: &CString, fd: &Fd) -> bool {
    let Ok(ours) = fstat(fd) else { return false };
    // SAFETY: valid C string.
    let again = unsafe { libc::shm_open(cname.as_ptr(), libc::O_RDONLY | libc::O_CLOEXEC, 0) };
    if again < 0 {
        return false;
    }
    let again = Fd(again);
    matches!(fstat(&again), Ok(st) if st.st_dev == ours.st_dev && st.st_ino == ours.st_ino)
}

fn attach(fd: &Fd, cfg: &SegmentConfig, geom: &Geometry) -> Result<Mapping, AttachError> {
    let deadline = Instant::now() + READY_WAIT;
    loop {
        let st = fstat(fd).map_err(AttachError::Fatal)?;
        // SAFETY: geteuid cannot fail.
        let euid = unsafe { libc::geteuid() };
        if st.st_uid != euid {
            return Err(AttachError::Fatal(StoreError::Foreign {
                what: "segment owned by another user",
            }));
        }
        if st.st_mode & 0o777 != 0o600 {
            return Err(AttachError::Fatal(StoreError::Foreign {
                what: "segment mode is not 0600",
            }));
        }
        let size = st.st_size as u64;
        if size != 0 {
            if size != cfg.size as u64 {
                return Err(AttachError::Bad(format!(
                    "segment size {size} differs from configured {}",
                    cfg.size
                )));
            }
            let map = Mapping::map(fd.0, cfg.size, libc::MAP_SHARED).map_err(AttachError::Fatal)?;
            let h = map.header();
            let magic = h.magic.load(Ordering::Acquire);
            let ready = h.ready.load(Ordering::Acquire);
            if ready == READY {
                return validate(h, cfg, geom)
                    .map(|()| map)
                    .map_err(AttachError::Bad);
            }
            if magic != 0 && magic != MAGIC {
                return Err(AttachError::Bad(format!("bad magic {magic:#018x}")));
            }
            if ready != 0 {
                return Err(AttachError::Bad(format!("bad ready flag {ready:#x}")));
            }
        }
        if Instant::now() >= deadline {
            return Err(AttachError::Bad(format!(
                "segment not initialised within {} ms (creator died?)",
                READY_WAIT.as_millis()
            )));
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Check a published header against what this process expects.
fn validate(h: &Header, cfg: &SegmentConfig, geom: &Geometry) -> Result<(), String> {
    let magic = h.magic.load(Ordering::Relaxed);
    if magic != MAGIC {
        return Err(format!("bad magic {magic:#018x}"));
    }
    let id = &h.id;
    if id.layout_version != LAYOUT_VERSION {
        return Err(format!(
            "layout version {} differs from {LAYOUT_VERSION}",
            id.layout_version
        ));
    }
    if id.build_id != cfg.build_id {
        return Err("build id differs".to_string());
    }
    if id.mutex_size as usize != std::mem::size_of::<libc::pthread_mutex_t>() {
        return Err(format!("mutex size {} differs", id.mutex_size));
    }
    let stored = (
        id.header_size as usize,
        id.total_size,
        id.index_off,
        id.index_slots,
        id.data_off,
        id.data_size,
    );
    let want = (
        HEADER_SIZE,
        geom.total as u64,
        HEADER_SIZE as u64,
        geom.slots as u64,
        geom.data_off as u64,
        geom.data_size as u64,
    );
    if stored != want {
        return Err(format!(
            "geometry {stored:?} differs from expected {want:?}"
        ));
    }
    Ok(())
}

/// `shm_unlink` the name. A missing segment is not an error.
pub(crate) fn unlink(name: &str) -> Result<(), StoreError> {
    let cname = c_name(name)?;
    // SAFETY: valid C string.
    if unsafe { libc::shm_unlink(cname.as_ptr()) } != 0 {
        let err = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if err != libc::ENOENT {
            return Err(StoreError::Os {
                what: "shm_unlink",
                errno: err,
            });
        }
    }
    Ok(())
}

/// Owner uid, permission bits and size of a named segment (tests).
#[cfg(test)]
pub(crate) fn stat_named(name: &str) -> Result<(u32, u32, u64), StoreError> {
    let cname = c_name(name)?;
    // SAFETY: valid C string.
    let fd = unsafe { libc::shm_open(cname.as_ptr(), libc::O_RDONLY | libc::O_CLOEXEC, 0) };
    if fd < 0 {
        return Err(StoreError::os("shm_open(stat)"));
    }
    let fd = Fd(fd);
    let st = fstat(&fd)?;
    Ok((st.st_uid, st.st_mode & 0o7777, st.st_size as u64))
}

/// Overwrite `len` bytes at `offset` of a named segment (tests only: models
/// a scribbled or foreign segment).
#[cfg(test)]
pub(crate) fn scribble_named(name: &str, offset: usize, bytes: &[u8]) -> Result<(), StoreError> {
    let cname = c_name(name)?;
    // SAFETY: valid C string.
    let fd = unsafe { libc::shm_open(cname.as_ptr(), libc::O_RDWR | libc::O_CLOEXEC, 0) };
    if fd < 0 {
        return Err(StoreError::os("shm_open(scribble)"));
    }
    let fd = Fd(fd);
    // SAFETY: valid fd and a readable buffer of `bytes.len()` bytes.
    let n = unsafe {
        libc::pwrite(
            fd.0,
            bytes.as_ptr().cast(),
            bytes.len(),
            offset as libc::off_t,
        )
    };
    if n != bytes.len() as isize {
        return Err(StoreError::os("pwrite"));
    }
    Ok(())
}
