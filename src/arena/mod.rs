//! The shared executable arena: one mapping per (user, process family) in
//! which cached scripts are built once, as the engine runs them, and then
//! executed in place by every process of the family.
//!
//! **Family.** Every process forked from the one that ran Kiln's MINIT
//! (the php-fpm master's workers, php-cgi's `PHP_FCGI_CHILDREN`, Apache
//! prefork children) has the same PHP binary and extension addresses
//! (opcode handlers, internal functions), the same map_ptr slots reserved
//! before the fork, and the address range reserved in MINIT. An image built
//! in that range by one of them is therefore valid, byte for byte, in all
//! of them. Nothing else may be referenced from the arena (see
//! [`audit`]): a process-local pointer would be valid in one worker only.
//!
//! **Mapping.** MINIT reserves `kiln.arena_size` bytes of address space
//! (`PROT_NONE`, `MAP_NORESERVE`: no memory) and draws a random family
//! nonce. At its first request, after FPM dropped privileges, a child
//! opens (or creates, mode 0600) `/kiln-arena.<uid>.<family pid>.<nonce>`
//! and maps it over the reservation with `MAP_FIXED`: a pool of another
//! user opens another object at the same address, never this one. The
//! control block at the start of the object (generation, process table,
//! index; [`control`]) is mapped read-write elsewhere; the images are
//! mapped **read-only**.
//!
//! **Writes.** A process builds an image in space it took from the bump
//! allocator; only for that build does it make those pages writable in
//! its own mapping (`mprotect`), and it makes them read-only again before
//! publishing the image in the index. Every other process, and this one
//! outside the window, faults on a stray write instead of corrupting code
//! another worker runs. The engine itself never writes to these images:
//! they have OPcache's immutable shape (see `codec::image`).
//!
//! **Reclamation** is per generation (two halves; see [`control`]): an
//! invalidated or replaced image stays where it is until its half is
//! reused, which needs every live process to have left that generation;
//! killed processes are detected by pid and start time. A full half that
//! cannot flip yet makes the builder use a private image (never a wait).
//!
//! **Keys.** An image is found by the file version (path, mtime/ctime,
//! size, inode, device), the blob configuration id, the segment's
//! invalidation generation and a fingerprint of this process's function
//! table (pools with other `disable_functions` never share an image whose
//! calls they could not run). A hit is verified against the record's own
//! copy of the key before use.
//!
//! Processes outside a family (the CLI, a lone php-cgi, an address range
//! the kernel gave to something else) keep private images; the status says
//! which mode a process runs in.

pub mod audit;
pub mod control;

use crate::settings::{ArenaMode, Settings};
use control::{Control, Refused};
use parking_lot::Mutex;
use std::ffi::CString;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::*};

/// The range reserved in MINIT (0 when none) and its length.
static RESERVED: AtomicUsize = AtomicUsize::new(0);
static RESERVED_LEN: AtomicUsize = AtomicUsize::new(0);
/// The family: pid of the MINIT process and a random nonce.
static FAMILY_PID: AtomicU64 = AtomicU64::new(0);
static FAMILY_NONCE: AtomicU64 = AtomicU64::new(0);
static ALWAYS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The arena's map_ptr pool (slot indices), reserved in MINIT.
static POOL_FIRST: AtomicUsize = AtomicUsize::new(0);
static POOL_CAP: AtomicUsize = AtomicUsize::new(0);

/// Image records: this header, then the image.
#[repr(C)]
struct Record {
    key: u64,
    mtime_ns: i64,
    size: u64,
    ino: u64,
    dev: u64,
    len: u64,
    root: u64,
    _r: u64,
}
const RECORD: usize = std::mem::size_of::<Record>();
const _: () = assert!(RECORD == 64);

/// A process attached to its family's arena.
struct Attached {
    ctl: Control,
    fd: libc::c_int,
    data: *mut u8,
    half_len: u64,
    slot: usize,
    pid: u32,
    name: String,
    /// Fingerprint of this process's function table.
    functions: u64,
    /// Generation this request is inside (0: outside a request).
    inside: u64,
    /// Generation whose images this process's tables hold.
    holding: u64,
    /// Monotonic second this process first entered `holding`.
    holding_since: u64,
}

// SAFETY: NTS PHP: one thread serves requests; the state is behind a mutex.
unsafe impl Send for Attached {}

/// Why this process runs private images, or None while attached.
static STATE: Mutex<Option<Attached>> = Mutex::new(None);
static MODE_NOTE: Mutex<String> = Mutex::new(String::new());

/// Process-local counters for the status.
pub static BUILT: AtomicU64 = AtomicU64::new(0);
pub static FOUND: AtomicU64 = AtomicU64::new(0);
pub static PRIVATE_FALLBACKS: AtomicU64 = AtomicU64::new(0);
/// Builds this process left private because another was building the
/// same image.
pub static BUSY_ELSEWHERE: AtomicU64 = AtomicU64::new(0);

fn monotonic_secs() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid timespec on the stack.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64
}

/// Map_ptr slots of the arena pool for `arena_size` bytes: one per 4 KiB
/// of a half, 32,768 for the default 256M (a 300-file application took
/// 1,676 slots for 7 MB of images; MediaWiki 1.43's main page on PHP 8.4
/// 19,214 for 36 MB, more than the 16,384 one per 8 KiB gave: every
/// request then ran out and started a new generation). 8 bytes each per
/// process, and the engine zeroes all reserved slots at every request start
/// (256 KiB at the default; under callgrind, whose memset is a plain loop,
/// about 165,000 instructions a request), so the pool is not made larger:
/// a working set denser than that keeps some images private
/// (`kiln.arena_min_generation`) rather than every request paying for it.
pub fn pool_slots_for(arena_size: u64) -> usize {
    ((arena_size / 2 / 4096) as usize).clamp(4096, 1 << 17)
}

/// `kiln.arena_min_generation`: a generation younger than this (as this
/// process has seen it) is not left for a new one when its half or its
/// slot pool fills: new images of this process stay private instead. A
/// working set larger than the arena then costs private copies, not a
/// rebuild of everything on every request.
static MIN_GENERATION_SECS: AtomicU64 = AtomicU64::new(60);

/// Flips this process declined because the generation was too young.
pub static FLIPS_DEFERRED: AtomicU64 = AtomicU64::new(0);

/// Whether MINIT reserves an arena for this SAPI and setting.
pub fn wanted(settings: &Settings, sapi: &str) -> bool {
    let forks = !matches!(sapi, "cli" | "phpdbg" | "embed" | "cli-server");
    match settings.arena {
        ArenaMode::Off => false,
        ArenaMode::Always => true,
        ArenaMode::Auto => forks,
    }
}

/// MINIT: reserves the address range and the map_ptr pool, and draws the
/// family nonce, unless [`wanted`] says no.
///
/// # Safety
/// MINIT, single-threaded, before `zend_post_startup`.
pub unsafe fn reserve(settings: &Settings, sapi: &str) {
    MIN_GENERATION_SECS.store(settings.arena_min_generation, Relaxed);
    let always = settings.arena == ArenaMode::Always;
    if !wanted(settings, sapi) {
        *MODE_NOTE.lock() = if settings.arena == ArenaMode::Off {
            "private: kiln.arena=off".into()
        } else {
            format!("private: the {sapi} SAPI runs one process")
        };
        return;
    }
    let len = (settings.arena_size as usize).next_multiple_of(4 << 20);
    // SAFETY: an anonymous PROT_NONE reservation: no memory, no access.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        *MODE_NOTE.lock() = "private: could not reserve the address range".into();
        return;
    }
    let slots = pool_slots_for(len as u64);
    // SAFETY: MINIT (forwarded contract).
    let Some(first) = (unsafe { crate::image::reserve_slots(slots) }) else {
        // SAFETY: our reservation.
        unsafe { libc::munmap(p, len) };
        *MODE_NOTE.lock() = "private: no map_ptr slots".into();
        return;
    };
    POOL_FIRST.store(first, Relaxed);
    POOL_CAP.store(slots, Relaxed);
    RESERVED.store(p as usize, Relaxed);
    RESERVED_LEN.store(len, Relaxed);
    // SAFETY: getpid is always safe.
    FAMILY_PID.store(unsafe { libc::getpid() } as u64, Relaxed);
    FAMILY_NONCE.store(nonce(), Relaxed);
    ALWAYS.store(always, Relaxed);
    *MODE_NOTE.lock() = "private: not attached yet".into();
}

fn nonce() -> u64 {
    let mut b = [0u8; 8];
    // SAFETY: getrandom into a local buffer.
    let n = unsafe { libc::getrandom(b.as_mut_ptr().cast(), 8, 0) };
    if n == 8 {
        return u64::from_le_bytes(b);
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    t ^ (std::process::id() as u64).rotate_left(32)
}

fn object_name(uid: u32) -> String {
    format!(
        "/kiln-arena.{uid}.{}.{:016x}",
        FAMILY_PID.load(Relaxed),
        FAMILY_NONCE.load(Relaxed)
    )
}

/// Which mode this process runs in ("arena", or "private: why").
pub fn mode() -> String {
    if STATE.lock().is_some() {
        return "arena".into();
    }
    let n = MODE_NOTE.lock();
    if n.is_empty() {
        "private".into()
    } else {
        n.clone()
    }
}

/// First request of a process (after any privilege drop): attaches the
/// family's arena if this process belongs to one.
pub fn attach(functions: u64) {
    let base = RESERVED.load(Relaxed);
    if base == 0 || STATE.lock().is_some() {
        return;
    }
    // SAFETY: getpid is always safe.
    let pid = unsafe { libc::getpid() } as u32;
    if pid as u64 == FAMILY_PID.load(Relaxed) && !ALWAYS.load(Relaxed) {
        *MODE_NOTE.lock() = "private: the process that loaded Kiln (no family)".into();
        give_pool_to_private();
        return;
    }
    if audit::enabled() {
        *INHERITED.lock() = audit::inherited(&audit::regions_now());
    }
    match open(base, RESERVED_LEN.load(Relaxed), pid, functions) {
        Ok(a) => {
            *STATE.lock() = Some(a);
        }
        Err(why) => {
            *MODE_NOTE.lock() = format!("private: {why}");
            give_pool_to_private();
        }
    }
}

/// A process that runs private images only (the family's first process,
/// or one that could not attach) uses the arena's map_ptr slots for them
/// too: the private pool was sized down for arena workers.
fn give_pool_to_private() {
    let n = POOL_CAP.swap(0, Relaxed);
    if n > 0 {
        crate::image::extend_pool(POOL_FIRST.load(Relaxed), n);
    }
}

fn open(base: usize, len: usize, pid: u32, functions: u64) -> Result<Attached, String> {
    // SAFETY: geteuid is always safe.
    let uid = unsafe { libc::geteuid() };
    let name = object_name(uid);
    let cname = CString::new(name.clone()).map_err(|_| "bad name".to_string())?;
    let ctl_len = control::control_len();
    let half_len = (len / 2) as u64;
    let total = ctl_len as u64 + 2 * half_len;
    let family = (FAMILY_PID.load(Relaxed), FAMILY_NONCE.load(Relaxed));
    // SAFETY: plain libc calls on our own descriptors and mappings; every
    // result is checked before use.
    unsafe {
        let mut created = true;
        let mut fd = libc::shm_open(
            cname.as_ptr(),
            libc::O_RDWR | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW | libc::O_CLOEXEC,
            0o600,
        );
        if fd < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EEXIST) {
            created = false;
            fd = libc::shm_open(
                cname.as_ptr(),
                libc::O_RDWR | libc::O_NOFOLLOW | libc::O_CLOEXEC,
                0,
            );
        }
        if fd < 0 {
            return Err(format!(
                "shm_open {name}: {}",
                std::io::Error::last_os_error()
            ));
        }
        let fail = |what: &str| -> String {
            let e = std::io::Error::last_os_error();
            libc::close(fd);
            format!("{what}: {e}")
        };
        if created {
            prune_stale(uid);
            if libc::ftruncate(fd, total as libc::off_t) != 0 {
                let m = fail("ftruncate");
                libc::shm_unlink(cname.as_ptr());
                return Err(m);
            }
            // The control block is touched by everyone at once: back it now
            // (a hole in a full tmpfs would be a SIGBUS later).
            if libc::posix_fallocate(fd, 0, ctl_len as libc::off_t) != 0 {
                libc::close(fd);
                libc::shm_unlink(cname.as_ptr());
                return Err("tmpfs full (control block)".into());
            }
        }
        let mut st: libc::stat = std::mem::zeroed();
        if libc::fstat(fd, &mut st) != 0 {
            return Err(fail("fstat"));
        }
        if st.st_uid != uid || st.st_mode & 0o077 != 0 {
            libc::close(fd);
            return Err(format!("{name} is not owned by uid {uid} with mode 0600"));
        }
        // Wait (bounded) for the creator to size and publish it.
        let mut ctl_ptr = libc::MAP_FAILED;
        for _ in 0..400 {
            if libc::fstat(fd, &mut st) == 0 && st.st_size as u64 == total {
                ctl_ptr = libc::mmap(
                    std::ptr::null_mut(),
                    ctl_len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_SHARED,
                    fd,
                    0,
                );
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        if ctl_ptr == libc::MAP_FAILED {
            return Err(fail("map control block"));
        }
        let ctl = Control::new(ctl_ptr as *mut u8);
        if created {
            ctl.init(total, half_len, family, POOL_CAP.load(Relaxed) as u64);
        } else {
            let mut ok = false;
            for _ in 0..400 {
                if ctl.matches(total, half_len, family) {
                    ok = true;
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            if !ok {
                libc::munmap(ctl_ptr, ctl_len);
                libc::close(fd);
                return Err(format!("{name} has another layout"));
            }
        }
        let data = libc::mmap(
            base as *mut libc::c_void,
            2 * half_len as usize,
            libc::PROT_READ,
            libc::MAP_SHARED | libc::MAP_FIXED,
            fd,
            ctl_len as libc::off_t,
        );
        if data != base as *mut libc::c_void {
            libc::munmap(ctl_ptr, ctl_len);
            return Err(fail("map images"));
        }
        let Some(slot) = ctl.claim(pid, control::start_time(pid)) else {
            // Leave the range reserved (PROT_NONE again) for nothing else.
            libc::mmap(
                data,
                2 * half_len as usize,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_FIXED,
                -1,
                0,
            );
            libc::munmap(ctl_ptr, ctl_len);
            libc::close(fd);
            return Err("process table full".into());
        };
        Ok(Attached {
            ctl,
            fd,
            data: data as *mut u8,
            half_len,
            slot,
            pid,
            name,
            functions,
            inside: 0,
            holding: 0,
            holding_since: 0,
        })
    }
}

/// Removes arena objects of this user whose family's first process is gone
/// (a master killed without MSHUTDOWN).
fn prune_stale(uid: u32) {
    let Ok(dir) = std::fs::read_dir("/dev/shm") else {
        return;
    };
    let prefix = format!("kiln-arena.{uid}.");
    for e in dir.flatten() {
        let n = e.file_name();
        let Some(rest) = n.to_str().and_then(|s| s.strip_prefix(&prefix)) else {
            continue;
        };
        let Some(pid) = rest.split('.').next().and_then(|p| p.parse::<i32>().ok()) else {
            continue;
        };
        // SAFETY: existence check only.
        let gone = unsafe { libc::kill(pid, 0) } != 0
            && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH);
        if gone {
            if let Ok(c) = CString::new(format!("/{}", n.to_string_lossy())) {
                // SAFETY: unlink of a name; mappings elsewhere stay valid.
                unsafe { libc::shm_unlink(c.as_ptr()) };
            }
        }
    }
}

/// MSHUTDOWN: a child gives its process slot back; the family's first
/// process removes the family's objects (of every user).
pub fn shutdown() {
    if let Some(a) = STATE.lock().take() {
        a.ctl.unclaim(a.slot, a.pid);
    }
    let fam = FAMILY_PID.load(Relaxed);
    // SAFETY: getpid is always safe.
    if fam == 0 || fam != unsafe { libc::getpid() } as u64 {
        return;
    }
    let suffix = format!(".{fam}.{:016x}", FAMILY_NONCE.load(Relaxed));
    if let Ok(dir) = std::fs::read_dir("/dev/shm") {
        for e in dir.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.starts_with("kiln-arena.") && n.ends_with(&suffix) {
                if let Ok(c) = CString::new(format!("/{n}")) {
                    // SAFETY: unlink of our family's names.
                    unsafe { libc::shm_unlink(c.as_ptr()) };
                }
            }
        }
    }
}

/// Request start. True when the generation moved since this process last
/// filled its tables: every image of the old one must be dropped now,
/// before anything of it is used (the caller clears the tables).
pub fn request_start() -> bool {
    let mut st = STATE.lock();
    let Some(a) = st.as_mut() else { return false };
    let g = a.ctl.enter(a.slot);
    a.inside = g;
    let moved = a.holding != 0 && a.holding != g;
    if a.holding != g {
        a.holding_since = monotonic_secs();
    }
    a.holding = g;
    moved
}

/// After the engine destroyed the request's tables (post_deactivate):
/// nothing of the arena is reachable from this request any more.
pub fn request_end() {
    let mut st = STATE.lock();
    if let Some(a) = st.as_mut() {
        a.ctl.leave(a.slot);
        a.inside = 0;
    }
}

/// The identity of one file version in the arena.
pub struct Key<'a> {
    pub path: &'a str,
    pub mtime_ns: i64,
    pub size: u64,
    pub ino: u64,
    pub dev: u64,
    /// The segment's invalidation generation and the blob configuration.
    pub store_gen: u64,
    pub blob_id: &'a [u8],
}

fn key_hash(k: &Key, functions: u64) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(k.path.as_bytes());
    h.update(&[0]);
    for v in [
        k.mtime_ns as u64,
        k.size,
        k.ino,
        k.dev,
        k.store_gen,
        functions,
    ] {
        h.update(&v.to_le_bytes());
    }
    h.update(k.blob_id);
    h.digest()
}

/// Whether this process is attached and inside a request.
pub fn active() -> bool {
    STATE.lock().as_ref().is_some_and(|a| a.inside != 0)
}

/// A published image found for `k`: (memory, length, root offset).
pub fn lookup(k: &Key) -> Option<(*mut u8, usize, usize)> {
    let st = STATE.lock();
    let a = st.as_ref()?;
    if a.inside == 0 {
        return None;
    }
    let key = key_hash(k, a.functions);
    let control::Lookup::Found(off) = a.ctl.lookup(a.inside, key) else {
        return None;
    };
    let half = Control::half_of(a.inside) as u64 * a.half_len;
    if off + RECORD as u64 > a.half_len {
        return None;
    }
    // SAFETY: a published record inside the half (bounds checked above and
    // below); the half is ours to read while we are inside its generation.
    unsafe {
        let rec = a.data.add((half + off) as usize) as *const Record;
        let r = &*rec;
        if r.key != key
            || r.mtime_ns != k.mtime_ns
            || r.size != k.size
            || r.ino != k.ino
            || r.dev != k.dev
            || off + RECORD as u64 + r.len > a.half_len
            || r.root >= r.len
        {
            return None;
        }
        let mem = (rec as *mut u8).add(RECORD);
        let root = mem.add(r.root as usize) as *const crate::codec::ScriptRoot;
        let f = (*root).filename;
        if f.is_null() || !(mem as usize..mem as usize + r.len as usize).contains(&(f as usize)) {
            return None;
        }
        let name = std::slice::from_raw_parts((*f).val.as_ptr() as *const u8, (*f).len);
        if name != k.path.as_bytes() {
            return None;
        }
        a.ctl.header().lookups_hit.fetch_add(1, Relaxed);
        FOUND.fetch_add(1, Relaxed);
        Some((mem, r.len as usize, r.root as usize))
    }
}

/// Space for building one image, writable in this process until
/// [`Build::seal`]; map_ptr slots come from the arena's pool.
pub struct Build {
    gen: u64,
    key: u64,
    /// The index slot claimed for the key (None: a linked-class block).
    at: Option<usize>,
    rec_off: u64,
    mem: *mut u8,
    len: usize,
    window: (usize, usize),
    sealed: bool,
}

const PAGE: usize = 4096;
const SLOT_CHUNK: u64 = 64;

/// This process's unused part of the last chunk of arena slots it took:
/// (generation, next, end). A slot is only ever handed out once in a
/// generation, whichever image of whichever process gets it.
static SPARE_SLOTS: Mutex<(u64, u64, u64)> = Mutex::new((0, 0, 0));

/// What [`begin`] says.
pub enum Begin {
    Build(Build),
    /// Another process is building the same image now.
    BusyElsewhere,
    /// Not attached, or no room now (a flip was attempted): the caller
    /// builds a private image.
    No,
}

/// Starts the next generation if nobody is inside the one it overwrites
/// (see [`control`]); the old half's pages go back to the kernel.
fn flip_from(a: &Attached, g: u64) {
    if a.holding == g
        && monotonic_secs().saturating_sub(a.holding_since) < MIN_GENERATION_SECS.load(Relaxed)
    {
        FLIPS_DEFERRED.fetch_add(1, Relaxed);
        return;
    }
    let (fd, half_len) = (a.fd, a.half_len);
    let mut empty = |h: usize| {
        let at = control::control_len() as u64 + h as u64 * half_len;
        // SAFETY: punching our own object's pages; nobody is inside that
        // generation (checked by the flip).
        unsafe {
            libc::fallocate(
                fd,
                libc::FALLOC_FL_PUNCH_HOLE | libc::FALLOC_FL_KEEP_SIZE,
                at as libc::off_t,
                half_len as libc::off_t,
            )
        };
    };
    let _ = a.ctl.flip(g, &mut empty);
}

/// The arena's map_ptr pool ran out in this generation: start the next one
/// when possible (as a full half does).
pub fn pool_exhausted() {
    let st = STATE.lock();
    if let Some(a) = st.as_ref() {
        if a.inside != 0 {
            flip_from(a, a.inside);
        }
    }
}

/// Takes space for an image of `len` bytes for `k`.
pub fn begin(k: &Key, len: usize) -> Begin {
    let st = STATE.lock();
    let Some(a) = st.as_ref() else {
        return Begin::No;
    };
    if a.inside == 0 {
        return Begin::No;
    }
    let g = a.inside;
    let key = key_hash(k, a.functions);
    // One builder per image: a process that finds the key claimed by
    // another builds privately this once instead of a second arena copy.
    let Some(at) = a.ctl.claim_key(g, key, monotonic_secs()) else {
        BUSY_ELSEWHERE.fetch_add(1, Relaxed);
        return Begin::BusyElsewhere;
    };
    match open_window(a, len) {
        Ok(mut b) => {
            b.key = key;
            b.at = Some(at);
            Begin::Build(b)
        }
        Err(why) => {
            a.ctl.abandon(g, at);
            if why == Refused::Full {
                flip_from(a, g);
            }
            PRIVATE_FALLBACKS.fetch_add(1, Relaxed);
            Begin::No
        }
    }
}

/// Takes `RECORD + len` bytes in the current generation's half, backs them
/// with memory and makes them writable in this process only.
fn open_window(a: &Attached, len: usize) -> Result<Build, Refused> {
    let g = a.inside;
    let fd = a.fd;
    let half = Control::half_of(g) as u64;
    let half_base = control::control_len() as u64 + half * a.half_len;
    let mut commit = |off: u64, n: u64| {
        // SAFETY: fallocate on our descriptor, within the object.
        unsafe {
            libc::posix_fallocate(fd, (half_base + off) as libc::off_t, n as libc::off_t) == 0
        }
    };
    let off = a.ctl.alloc(g, (RECORD + len) as u64, &mut commit)?;
    // SAFETY: [off, off + RECORD + len) lies in the half (alloc checked it).
    let rec = unsafe { a.data.add((half * a.half_len + off) as usize) };
    let lo = rec as usize & !(PAGE - 1);
    let hi = (rec as usize + RECORD + len).next_multiple_of(PAGE);
    // SAFETY: our own shared mapping of an O_RDWR descriptor.
    if unsafe { libc::mprotect(lo as *mut _, hi - lo, libc::PROT_READ | libc::PROT_WRITE) } != 0 {
        a.ctl.waste(g, (RECORD + len) as u64);
        return Err(Refused::NoMemory);
    }
    Ok(Build {
        gen: g,
        key: 0,
        at: None,
        rec_off: off,
        // SAFETY: inside the record.
        mem: unsafe { rec.add(RECORD) },
        len,
        window: (lo, hi - lo),
        sealed: false,
    })
}

impl Build {
    /// The image's memory (16-aligned, `len` bytes, writable until sealed).
    pub fn mem(&self) -> *mut u8 {
        self.mem
    }

    /// A map_ptr offset from the arena pool (valid in every process of the
    /// family).
    pub fn take_slot(&mut self) -> Option<usize> {
        take_one_slot(self.gen)
    }

    fn protect(&mut self) {
        if !self.sealed {
            self.sealed = true;
            // SAFETY: the window `begin` opened.
            unsafe { libc::mprotect(self.window.0 as *mut _, self.window.1, libc::PROT_READ) };
        }
    }

    /// Makes the image read-only and publishes it for the family under the
    /// key this build claimed.
    pub fn seal(mut self, mtime_ns: i64, size: u64, ino: u64, dev: u64, root: usize) {
        // SAFETY: the record header precedes the image in the window.
        unsafe {
            let rec = self.mem.sub(RECORD) as *mut Record;
            rec.write(Record {
                key: self.key,
                mtime_ns,
                size,
                ino,
                dev,
                len: self.len as u64,
                root: root as u64,
                _r: 0,
            });
        }
        self.protect();
        BUILT.fetch_add(1, Relaxed);
        let st = STATE.lock();
        if let Some(a) = st.as_ref() {
            a.ctl.header().builds.fetch_add(1, Relaxed);
            if let Some(at) = self.at {
                a.ctl.publish(self.gen, at, self.rec_off);
            }
        }
    }
}

impl Drop for Build {
    /// An abandoned build (an error): read-only again, and counted as waste.
    fn drop(&mut self) {
        if !self.sealed {
            self.protect();
            if let Some(a) = STATE.lock().as_ref() {
                a.ctl.waste(self.gen, (RECORD + self.len) as u64);
                if let Some(at) = self.at {
                    a.ctl.abandon(self.gen, at);
                }
            }
        }
    }
}

/// Space for a linked class (`codec::linked`): `len` zeroed bytes,
/// writable in this process until [`Build::seal_block`].
pub fn begin_block(len: usize) -> Option<Build> {
    let st = STATE.lock();
    let a = st.as_ref()?;
    if a.inside == 0 {
        return None;
    }
    open_window(a, len).ok()
}

impl Build {
    /// Makes a linked-class block read-only (it is published by
    /// [`link_publish`]).
    pub fn seal_block(mut self) {
        self.protect();
    }
}

/// One map_ptr slot of the arena pool in generation `gen` (from this
/// process's spare chunk): its offset.
fn take_one_slot(gen: u64) -> Option<usize> {
    let mut spare = SPARE_SLOTS.lock();
    if spare.0 != gen || spare.1 == spare.2 {
        let st = STATE.lock();
        let a = st.as_ref()?;
        let first = a.ctl.take_slots(gen, SLOT_CHUNK)?;
        *spare = (gen, first, first + SLOT_CHUNK);
    }
    let i = spare.1 as usize;
    spare.1 += 1;
    Some((POOL_FIRST.load(Relaxed) + i) * 8 + 1)
}

/// The family's class-name slot for the lowercase class name `lower` (see
/// `image::names`): the same map_ptr offset in every worker for every
/// string of that name, as one interned string would carry. None: no slot
/// (pool used up, or another process is assigning it this instant).
pub fn name_slot(lower: &[u8]) -> Option<u32> {
    let st = STATE.lock();
    let a = st.as_ref()?;
    if a.inside == 0 {
        return None;
    }
    let g = a.inside;
    let key = {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(b"class name\0");
        h.update(lower);
        h.digest()
    };
    // A second, independent hash of the name lives beside the slot: two
    // names share a slot only if both 64-bit keys and 43 more bits agree.
    let check = xxhash_rust::xxh3::xxh3_64_with_seed(lower, 0x6b69_6c6e) >> 21;
    let unpack = |v: u64| ((v >> 20) == check).then_some((v & 0xf_ffff) as usize);
    let slot = match a.ctl.lookup(g, key) {
        control::Lookup::Found(v) => unpack(v)?,
        control::Lookup::Building => return None,
        control::Lookup::Absent => {
            let at = a.ctl.claim_key(g, key, monotonic_secs())?;
            drop(st);
            let Some(off) = take_one_slot(g) else {
                if let Some(a) = STATE.lock().as_ref() {
                    a.ctl.abandon(g, at);
                }
                return None;
            };
            let i = (off - 1) / 8 - POOL_FIRST.load(Relaxed);
            if let Some(a) = STATE.lock().as_ref() {
                a.ctl.store_value(g, at, (check << 20) | i as u64);
            }
            return u32::try_from(off).ok();
        }
    };
    u32::try_from((POOL_FIRST.load(Relaxed) + slot) * 8 + 1).ok()
}

/// `n` consecutive map_ptr slots of the arena pool: the offset of the
/// first (the others follow 8 bytes apart).
pub fn take_slots(n: usize) -> Option<usize> {
    let st = STATE.lock();
    let a = st.as_ref()?;
    if a.inside == 0 {
        return None;
    }
    let first = a.ctl.take_slots(a.inside, n as u64)?;
    Some((POOL_FIRST.load(Relaxed) + first as usize) * 8 + 1)
}

fn link_key(proto: usize) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(b"linked-class list");
    h.update(&(proto as u64).to_le_bytes());
    h.digest()
}

/// The newest shared linked-class entry of the arena class `proto`.
pub fn link_head(proto: usize) -> Option<usize> {
    let st = STATE.lock();
    let a = st.as_ref()?;
    if a.inside == 0 {
        return None;
    }
    let off = a.ctl.head(a.inside, link_key(proto))?;
    let half = Control::half_of(a.inside) as u64 * a.half_len;
    (off < a.half_len).then(|| a.data as usize + (half + off) as usize)
}

/// Makes `new` (an entry in a sealed block of this generation) the head
/// of `proto`'s list, if the head is still `old`.
pub fn link_publish(proto: usize, old: Option<usize>, new: usize) -> bool {
    let st = STATE.lock();
    let Some(a) = st.as_ref() else { return false };
    if a.inside == 0 {
        return false;
    }
    let base = a.data as usize + Control::half_of(a.inside) * a.half_len as usize;
    let off = |p: usize| (p - base) as u64;
    a.ctl
        .swap_head(a.inside, link_key(proto), old.map(off), off(new))
}

/// Whether `p` lies in the arena's image range.
pub fn contains(p: usize) -> bool {
    let b = RESERVED.load(Relaxed);
    b != 0 && p >= b && p < b + RESERVED_LEN.load(Relaxed)
}

/// Figures for the status page.
#[derive(Default, Debug, Clone)]
pub struct Snapshot {
    pub mode: String,
    pub name: String,
    pub size: u64,
    pub used: u64,
    pub free: u64,
    pub wasted: u64,
    pub images: u64,
    pub linked_classes: u64,
    pub generation: u64,
    pub oldest_live_generation: u64,
    pub flips: u64,
    pub flips_refused: u64,
    pub dead_released: u64,
    pub processes_attached: u64,
    pub builds: u64,
    pub lookups_hit: u64,
    pub slots_used: u64,
    pub slots_total: u64,
    pub process_built: u64,
    pub process_found: u64,
    pub process_private_fallbacks: u64,
    pub process_busy_elsewhere: u64,
    pub process_flips_deferred: u64,
}

pub fn snapshot() -> Snapshot {
    let mut s = Snapshot {
        mode: mode(),
        process_built: BUILT.load(Relaxed),
        process_found: FOUND.load(Relaxed),
        process_private_fallbacks: PRIVATE_FALLBACKS.load(Relaxed),
        process_busy_elsewhere: BUSY_ELSEWHERE.load(Relaxed),
        process_flips_deferred: FLIPS_DEFERRED.load(Relaxed),
        ..Default::default()
    };
    let st = STATE.lock();
    let Some(a) = st.as_ref() else { return s };
    let h = a.ctl.header();
    let g = a.ctl.current();
    let half = &h.halves[Control::half_of(g)];
    s.name = a.name.clone();
    s.size = 2 * a.half_len;
    s.used = half.bump.load(Relaxed).min(a.half_len);
    s.free = a.half_len - s.used;
    s.wasted = half.wasted.load(Relaxed);
    s.images = half.images.load(Relaxed);
    s.linked_classes = half.links.load(Relaxed);
    s.generation = g;
    s.oldest_live_generation = a.ctl.oldest_live();
    s.flips = h.flips.load(Relaxed);
    s.flips_refused = h.flips_refused.load(Relaxed);
    s.dead_released = h.dead_released.load(Relaxed);
    s.processes_attached = a.ctl.attached() as u64;
    s.builds = h.builds.load(Relaxed);
    s.lookups_hit = h.lookups_hit.load(Relaxed);
    s.slots_used = half.slots.load(Relaxed).min(h.pool_slots);
    s.slots_total = h.pool_slots;
    s
}

/// The arena's image range `[lo, hi)` ((0, 0) when none).
pub fn range() -> (usize, usize) {
    let b = RESERVED.load(Relaxed);
    (
        b,
        b + if b == 0 {
            0
        } else {
            RESERVED_LEN.load(Relaxed)
        },
    )
}

/// Non-file mappings as they were when this process attached (see
/// [`audit`]).
static INHERITED: Mutex<Vec<(usize, usize)>> = Mutex::new(Vec::new());

/// Audits `bytes` about to be published; reports and returns false on a
/// finding.
pub fn audit_ok(what: &str, bytes: &[u8]) -> bool {
    if !audit::enabled() {
        return true;
    }
    let inh = INHERITED.lock().clone();
    let private = |v: usize| crate::image::ranges().private(v as *const u8);
    let found = audit::audit(
        bytes,
        range(),
        &audit::Allow {
            inherited: &inh,
            private: &private,
        },
    );
    if found.is_empty() {
        return true;
    }
    report_audit(what, &found);
    false
}

/// Images the audit refused (a codec bug; see [`audit`]).
pub static AUDIT_REFUSED: AtomicU64 = AtomicU64::new(0);

/// Reports an audit finding once per process on stderr (the FPM log) and
/// in the status.
pub fn report_audit(path: &str, found: &[audit::Finding]) {
    if AUDIT_REFUSED.fetch_add(1, Relaxed) == 0 {
        let f = &found[0];
        eprintln!(
            "kiln: arena audit: {path}: {} word(s) point into process-local memory, first at +{:#x} = {:#x} ({}); image kept private",
            found.len(),
            f.at,
            f.value,
            f.region
        );
    }
}
