//! Runtime images: a blob made executable, reused by every later request —
//! in this process's memory (model (b) of the design notes) or in the
//! family's shared arena (`crate::arena`), where every worker runs it in
//! place. [`linked`] (the inheritance cache) and [`names`] (class-name
//! slots) build on images.
//!
//! The copy is made to look like what OPcache keeps in its shared memory,
//! which is the form the engine promises never to write to:
//! - every function, method and closure is `ZEND_ACC_IMMUTABLE`, and the
//!   state the engine keeps per request (run-time cache, static variables)
//!   lives behind `ZEND_MAP_PTR` *offsets*, not pointers;
//! - every class is `ZEND_ACC_IMMUTABLE`: a linked class keeps its mutable
//!   data and static members behind offsets; an unlinked one is copied by
//!   the engine (`zend_lazy_class_load`) before it is linked, each request;
//! - strings, arrays and constant ASTs were already immutable in the blob.
//!
//! The offsets come from a pool reserved in MINIT ([`reserve_pool`]): slots
//! below the engine's `global_map_ptr_last` are never recycled and are
//! zeroed by `zend_activate` at the start of every request, which is
//! exactly a per-request reset. The main op_array is not shared: each load
//! gets an `emalloc`'d copy of it (see [`crate::codec::load::register`]).
//!
//! An image is dropped only between requests ([`reap`]): during a request
//! the engine's function and class tables may point into it.

pub mod linked;
pub mod names;

use crate::codec::format::{self, DecodeError};
use crate::codec::ScriptRoot;
use crate::ffi::sys;
use parking_lot::{Mutex, MutexGuard};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;

/// Map_ptr slots reserved per process for `shm_size` bytes of shared
/// memory: 8 bytes each, zeroed by `zend_activate` at every request start,
/// so the pool is sized to the cache rather than made huge. Measured: a
/// 300-file application (2 MB of source, 7 MB in shared memory) takes
/// 1,676 slots; one slot per 2 KiB of segment leaves room for several
/// such applications (64M → 32,768 slots, 256 KiB).
pub fn pool_slots_for(shm_size: u64) -> usize {
    ((shm_size / 2048) as usize).clamp(4096, 1 << 18)
}

/// The pool: `[first, first + capacity)` slot indices of `CG(map_ptr)`.
static POOL_FIRST: AtomicUsize = AtomicUsize::new(0);
static POOL_CAPACITY: AtomicUsize = AtomicUsize::new(0);
static POOL_NEXT: AtomicUsize = AtomicUsize::new(0);

/// Images built and pool resets in this process (for the status figures).
pub static BUILT: AtomicU64 = AtomicU64::new(0);
pub static POOL_RESETS: AtomicU64 = AtomicU64::new(0);

/// Reserves the slot pool. Call once, in MINIT (before the engine fixes
/// `global_map_ptr_last` in `zend_post_startup`).
///
/// # Safety
/// MINIT, single-threaded.
pub unsafe fn reserve_pool(slots: usize) {
    // SAFETY: compiler globals during startup.
    unsafe {
        let cg = crate::codec::compile::cg();
        let first = (*cg).map_ptr_last;
        sys::zend_map_ptr_extend(first + slots);
        if (*cg).map_ptr_last != first + slots {
            return;
        }
        POOL_FIRST.store(first, Ordering::Relaxed);
        POOL_CAPACITY.store(slots, Ordering::Relaxed);
        POOL_NEXT.store(0, Ordering::Relaxed);
    }
}

/// Reserves `slots` more map_ptr slots for another pool (the arena's):
/// the index of the first. MINIT only, after [`reserve_pool`].
///
/// # Safety
/// MINIT, single-threaded.
pub unsafe fn reserve_slots(slots: usize) -> Option<usize> {
    // SAFETY: compiler globals during startup.
    unsafe {
        let cg = crate::codec::compile::cg();
        let first = (*cg).map_ptr_last;
        sys::zend_map_ptr_extend(first + slots);
        ((*cg).map_ptr_last == first + slots).then_some(first)
    }
}

/// The private pool's size for `kiln.shm_size` before MINIT made it
/// smaller for arena workers.
static POOL_WANTED: AtomicUsize = AtomicUsize::new(0);

/// Records [`pool_slots_for`] of the settings (MINIT).
pub fn set_pool_wanted(slots: usize) {
    POOL_WANTED.store(slots, Ordering::Relaxed);
}

/// Grows the private pool back towards its wanted size with slots from
/// index `first` on (the arena's pool, reserved right after it, in a
/// process that has no arena; at most `n`). At a process's first request.
pub fn extend_pool(first: usize, n: usize) {
    let f = POOL_FIRST.load(Ordering::Relaxed);
    let cap = POOL_CAPACITY.load(Ordering::Relaxed);
    let more = n.min(POOL_WANTED.load(Ordering::Relaxed).saturating_sub(cap));
    if cap > 0 && f + cap == first {
        POOL_CAPACITY.store(cap + more, Ordering::Relaxed);
    }
}

/// (used, capacity) of the slot pool.
pub fn pool_usage() -> (usize, usize) {
    (
        POOL_NEXT.load(Ordering::Relaxed),
        POOL_CAPACITY.load(Ordering::Relaxed),
    )
}

/// The map_ptr offset of pool slot `i` (`ZEND_MAP_PTR_PTR2OFFSET`).
fn offset_of_slot(i: usize) -> usize {
    (POOL_FIRST.load(Ordering::Relaxed) + i) * 8 + 1
}

/// Takes `n` consecutive slots from the pool (for [`super::linked`]):
/// the map_ptr offset of the first; the others follow 8 bytes apart.
pub fn take_slots(n: usize) -> Option<usize> {
    let next = POOL_NEXT.load(Ordering::Relaxed);
    if next + n > POOL_CAPACITY.load(Ordering::Relaxed) {
        return None;
    }
    POOL_NEXT.store(next + n, Ordering::Relaxed);
    Some(offset_of_slot(next))
}

/// Address ranges of the memory this process keeps across requests: its
/// images and the linked classes of [`super::linked`] (start → length).
static RANGES: Mutex<BTreeMap<usize, usize>> = Mutex::new(BTreeMap::new());

/// Records `[start, start + len)` as process-lifetime memory.
pub fn register_range(start: *const u8, len: usize) {
    RANGES.lock().insert(start as usize, len);
}

/// Forgets the range starting at `start` (its memory is being freed).
pub fn unregister_range(start: *const u8) {
    RANGES.lock().remove(&(start as usize));
}

/// A locked view of the ranges.
pub struct Ranges<'a> {
    map: MutexGuard<'a, BTreeMap<usize, usize>>,
    shared: bool,
}

impl Ranges<'_> {
    /// Whether `p` lies in memory that outlives the request: an image or a
    /// linked-class block of this process; for a [`shared`] view, only the
    /// family's arena (this process's private images are not shared).
    pub fn contains<T>(&self, p: *const T) -> bool {
        if self.shared {
            return crate::arena::contains(p as usize);
        }
        self.private(p)
    }
    /// Whether `p` lies in one of this process's images or blocks.
    pub fn private<T>(&self, p: *const T) -> bool {
        let a = p as usize;
        self.map
            .range(..=a)
            .next_back()
            .is_some_and(|(&s, &l)| a < s + l)
    }
    /// Whether this view only admits the family's memory.
    pub fn is_shared(&self) -> bool {
        self.shared
    }
}

/// Locks the ranges for a series of [`Ranges::contains`].
pub fn ranges() -> Ranges<'static> {
    Ranges {
        map: RANGES.lock(),
        shared: false,
    }
}

/// [`ranges`] for something built into the arena: only the arena counts
/// as lasting memory.
pub fn shared_ranges() -> Ranges<'static> {
    Ranges {
        map: RANGES.lock(),
        shared: true,
    }
}

/// Why a blob is kept as a blob (model (a), copied per request).
#[derive(Debug)]
pub enum ImageError {
    Decode(DecodeError),
    /// The script declares anonymous classes, whose names are renumbered
    /// (patched in place) on every load.
    AnonymousClass,
    /// No pool, or not enough slots left in it until the next reset.
    PoolFull,
    /// The script calls a function this process does not have (see
    /// [`super::deps`]): it must be compiled here.
    MissingFunction(String),
    OutOfMemory,
    /// The arena audit found a pointer to process-local memory (a bug:
    /// reported once, the image stays private).
    ProcessLocalPointer,
    /// Another process of the family is building this image in the arena
    /// right now: copy it for this request, and use the arena's next time.
    BusyElsewhere,
}

/// A materialized, immutable script: in this process's memory, or in the
/// family's shared arena (`crate::arena`), where it is never freed by a
/// process (its generation reclaims it).
pub struct Image {
    mem: *mut u8,
    len: usize,
    root: *mut ScriptRoot,
    names_attached: std::sync::atomic::AtomicBool,
    in_arena: bool,
}

// SAFETY: PHP here is NTS: an image is only touched by the thread serving
// requests; the tables that hold images are behind mutexes anyway.
unsafe impl Send for Image {}
// SAFETY: as above.
unsafe impl Sync for Image {}

impl Image {
    pub fn root(&self) -> *mut ScriptRoot {
        self.root
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Whether the image lies in the shared arena.
    pub fn in_arena(&self) -> bool {
        self.in_arena
    }
    /// An image another process of the family published in the arena
    /// (`crate::arena::lookup`).
    ///
    /// # Safety
    /// `[mem, mem + len)` is a published arena image whose root record is
    /// at offset `root` < `len`.
    pub unsafe fn from_arena(mem: *mut u8, len: usize, root: usize) -> Image {
        register_range(mem, len.max(1));
        Image {
            mem,
            len,
            // SAFETY: `root` < len (caller contract).
            root: unsafe { mem.add(root) } as *mut ScriptRoot,
            // Arena images carry no per-process class-name slots.
            names_attached: std::sync::atomic::AtomicBool::new(true),
            in_arena: true,
        }
    }
    /// Class-name slots for the image's strings ([`super::names`]). Only
    /// between requests or while building.
    pub fn attach_names(&self) {
        if self.names_attached.swap(true, Ordering::Relaxed) {
            return;
        }
        // SAFETY: a built image; no request runs code from it right now.
        unsafe { names::attach(self.root, self.mem as usize, self.mem as usize + self.len) };
    }
    fn contains(&self, p: *const u8) -> bool {
        let a = p as usize;
        let b = self.mem as usize;
        a >= b && a < b + self.len
    }
}

impl Drop for Image {
    fn drop(&mut self) {
        unregister_range(self.mem);
        if !self.in_arena {
            // SAFETY: allocated with malloc in `build`; dropped only between
            // requests (see `retire`/`reap`).
            unsafe { libc::free(self.mem.cast()) }
        }
    }
}

/// Images taken out of service during a request; freed at the next
/// request start, when no engine table points into them any more.
static RETIRED: Mutex<Vec<Arc<Image>>> = Mutex::new(Vec::new());

/// Takes an image out of service (freed at the next [`reap`]).
pub fn retire(img: Arc<Image>) {
    RETIRED.lock().push(img);
}

/// Frees retired images. Call at request start (RINIT). Linked classes
/// may point into any image (a parent, an interface), so they all go first.
pub fn reap() {
    let old = std::mem::take(&mut *RETIRED.lock());
    if !old.is_empty() {
        linked::clear_all();
    }
    drop(old);
}

/// Requests since the last pool reset.
static REQUESTS_SINCE_RESET: AtomicU64 = AtomicU64::new(0);

/// Whether the pool is nearly used up and worth starting over; the caller
/// then retires every image and calls [`reset_pool`] (at request start
/// only). At most once per 1,000 requests: a working set larger than the
/// pool keeps its overflow on per-request copies instead of rebuilding
/// every image on every request.
pub fn pool_pressed() -> bool {
    let n = REQUESTS_SINCE_RESET.fetch_add(1, Ordering::Relaxed);
    let (used, cap) = pool_usage();
    cap > 0 && used > cap - cap / 8 && n >= 1000
}

/// Starts the pool over. Only at request start, after every image holding
/// slots has been retired.
pub fn reset_pool() {
    POOL_NEXT.store(0, Ordering::Relaxed);
    REQUESTS_SINCE_RESET.store(0, Ordering::Relaxed);
    POOL_RESETS.fetch_add(1, Ordering::Relaxed);
}

/// Verifies `blob` and builds its image in this process's memory. `blob`
/// comes from this process's table: a fresh encode, or a read whose body
/// checksum the store just compared ([`format::verify_read`]).
///
/// # Safety
/// During a request (reads engine globals for the handler table).
pub unsafe fn build(blob: &[u8]) -> Result<Image, ImageError> {
    let layout =
        format::verify_read(blob, &crate::identity::blob_id()).map_err(ImageError::Decode)?;
    if POOL_CAPACITY.load(Ordering::Relaxed) == 0 {
        return Err(ImageError::PoolFull);
    }
    // SAFETY: a fresh malloc'd (16-aligned) block of image_len bytes.
    let mem = unsafe { libc::malloc(layout.image_len.max(1)) } as *mut u8;
    if mem.is_null() {
        return Err(ImageError::OutOfMemory);
    }
    let mut slots = Slots::Private {
        next: POOL_NEXT.load(Ordering::Relaxed),
        cap: POOL_CAPACITY.load(Ordering::Relaxed),
    };
    // SAFETY: `mem` holds image_len bytes for a verified blob.
    let img = unsafe { build_at(blob, &layout, mem, false, &mut slots) }?;
    if let Slots::Private { next, .. } = slots {
        POOL_NEXT.store(next, Ordering::Relaxed);
    }
    if linked::requests() >= 2 {
        img.attach_names();
    }
    Ok(img)
}

/// Builds the image of `blob` in the family's shared arena and publishes
/// it there (see `crate::arena`). None: this process has no arena, or the
/// arena has no room now; the caller builds a private image.
///
/// # Safety
/// During a request.
pub unsafe fn build_in_arena(
    blob: &[u8],
    key: &crate::arena::Key,
) -> Option<Result<Image, ImageError>> {
    let layout = match format::verify_read(blob, &crate::identity::blob_id()) {
        Ok(l) => l,
        Err(e) => return Some(Err(ImageError::Decode(e))),
    };
    if layout.flags & format::FLAG_WRITABLE != 0 {
        // The engine writes into this image while it runs: private build.
        return None;
    }
    let mut b = match crate::arena::begin(key, layout.image_len) {
        crate::arena::Begin::Build(b) => b,
        crate::arena::Begin::BusyElsewhere => return Some(Err(ImageError::BusyElsewhere)),
        crate::arena::Begin::No => return None,
    };
    let mem = b.mem();
    let mut slots = Slots::Arena(&mut b);
    // SAFETY: the build's window is image_len writable bytes.
    let img = match unsafe { build_at(blob, &layout, mem, true, &mut slots) } {
        Ok(img) => img,
        Err(ImageError::PoolFull) => {
            // The arena's slots are used up: the next generation starts
            // with a fresh pool; this request builds privately.
            drop(b);
            crate::arena::pool_exhausted();
            return None;
        }
        // Dropping `b` seals and counts the space as waste.
        Err(e) => return Some(Err(e)),
    };
    // Class-name slots of the family, while the pages are still writable.
    // SAFETY: a relocated image in its write window, not in use yet.
    unsafe { names::attach_shared(img.root, mem as usize, mem as usize + layout.image_len) };
    // SAFETY: the image's bytes, just written.
    let bytes = unsafe { std::slice::from_raw_parts(mem, layout.image_len) };
    if !crate::arena::audit_ok(key.path, bytes) {
        return Some(Err(ImageError::ProcessLocalPointer));
    }
    b.seal(key.mtime_ns, key.size, key.ino, key.dev, layout.root);
    Some(Ok(img))
}

/// Copies, relocates and freezes a verified blob into `mem`.
///
/// # Safety
/// `mem` holds `layout.image_len` writable bytes, 16-aligned; during a
/// request.
unsafe fn build_at(
    blob: &[u8],
    layout: &format::Layout,
    mem: *mut u8,
    in_arena: bool,
    slots: &mut Slots,
) -> Result<Image, ImageError> {
    // SAFETY: caller contract.
    unsafe {
        let img = Image {
            mem,
            len: layout.image_len,
            root: mem.add(layout.root) as *mut ScriptRoot,
            names_attached: std::sync::atomic::AtomicBool::new(in_arena),
            in_arena,
        };
        register_range(mem, img.len.max(1));
        crate::codec::load::copy_relocated(blob, layout, mem);
        let r = &*img.root;
        for i in 0..r.num_classes as usize {
            let ce = (*r.classes.add(i)).ptr as *const sys::zend_class_entry;
            if (*ce).ce_flags & sys::ZEND_ACC_ANON_CLASS != 0 {
                return Err(ImageError::AnonymousClass);
            }
        }
        if let Some(f) = crate::codec::deps::missing_function(img.root) {
            return Err(ImageError::MissingFunction(f));
        }
        freeze(&img, slots).ok_or(ImageError::PoolFull)?;
        BUILT.fetch_add(1, Ordering::Relaxed);
        Ok(img)
    }
}

/// Where an image's map_ptr slots come from.
enum Slots<'a> {
    /// This process's pool (advanced on success only).
    Private { next: usize, cap: usize },
    /// The arena's pool, shared by the family.
    Arena(&'a mut crate::arena::Build),
}

impl Slots<'_> {
    /// A fresh slot's map_ptr offset, as the pointer-typed field value.
    fn take<T>(&mut self) -> Option<*mut T> {
        match self {
            Slots::Private { next, cap } => {
                if *next >= *cap {
                    return None;
                }
                let o = offset_of_slot(*next);
                *next += 1;
                Some(o as *mut T)
            }
            Slots::Arena(b) => b.take_slot().map(|o| o as *mut T),
        }
    }
}

/// Marks everything immutable and gives per-request state pool offsets
/// (OPcache's `zend_persist_op_array` / `zend_persist_class_entry` rules).
///
/// # Safety
/// `img` is relocated, with restored handlers, and not yet in use.
unsafe fn freeze(img: &Image, slots: &mut Slots) -> Option<()> {
    // SAFETY: everything reached lies in the image (checked with
    // `contains` before any write).
    unsafe {
        let r = &*img.root;
        freeze_dynamic(img, r.main, slots)?;
        for i in 0..r.num_functions as usize {
            let f = (*r.functions.add(i)).ptr as *mut sys::zend_op_array;
            freeze_op_array(img, f, true, slots)?;
        }
        for i in 0..r.num_classes as usize {
            let ce = (*r.classes.add(i)).ptr as *mut sys::zend_class_entry;
            if !img.contains(ce.cast()) || (*ce).ce_flags & sys::ZEND_ACC_IMMUTABLE != 0 {
                continue;
            }
            let linked = (*ce).ce_flags & sys::ZEND_ACC_LINKED != 0;
            (*ce).ce_flags =
                ((*ce).ce_flags | sys::ZEND_ACC_IMMUTABLE) & !sys::ZEND_ACC_FILE_CACHED;
            (*ce).mutable_data__ptr =
                if linked && (*ce).ce_flags & sys::ZEND_ACC_CONSTANTS_UPDATED == 0 {
                    slots.take()?
                } else {
                    std::ptr::null_mut()
                };
            (*ce).static_members_table__ptr = if linked && (*ce).default_static_members_count > 0 {
                slots.take()?
            } else {
                std::ptr::null_mut()
            };
            let mut ok = true;
            crate::codec::compile::for_each_function(ce, true, |f| {
                if ok {
                    ok = freeze_op_array(img, f, linked, slots).is_some();
                }
            });
            if !ok {
                return None;
            }
        }
        // PHP 8.5 constant expressions: closures run from the image (the
        // engine copies the op_array into each Closure but keeps its
        // run-time cache behind the definition's slot); `f(...)` nodes
        // cache the resolved function per request.
        for &op in r.const_ops() {
            freeze_op_array(img, op, true, slots)?;
        }
        for &n in r.fcc_nodes() {
            if img.contains(n.cast()) {
                freeze_fcc(n, slots)?;
            }
        }
        Some(())
    }
}

/// Gives a first-class-callable node of a constant expression its
/// per-request function slot.
///
/// # Safety
/// `n` is a `ZEND_AST_CALLABLE_CONVERT` node of the image, not in use yet.
#[cfg(php85)]
unsafe fn freeze_fcc(n: *mut sys::zend_ast, slots: &mut Slots) -> Option<()> {
    // SAFETY: caller contract; the node is a zend_ast_fcc.
    unsafe { (*(n as *mut sys::zend_ast_fcc)).fptr__ptr = slots.take()? };
    Some(())
}

/// Before PHP 8.5 a script has no such nodes.
#[cfg(not(php85))]
unsafe fn freeze_fcc(_: *mut sys::zend_ast, _: &mut Slots) -> Option<()> {
    None
}

/// # Safety
/// `op` is NULL or a function of the image.
unsafe fn freeze_op_array(
    img: &Image,
    op: *mut sys::zend_op_array,
    runs_in_place: bool,
    slots: &mut Slots,
) -> Option<()> {
    // SAFETY: see `freeze`.
    unsafe {
        if op.is_null()
            || !img.contains(op.cast())
            || u32::from((*op).type_) != sys::ZEND_USER_FUNCTION
            || (*op).fn_flags & sys::ZEND_ACC_IMMUTABLE != 0
        {
            return Some(());
        }
        (*op).fn_flags |= sys::ZEND_ACC_IMMUTABLE;
        if runs_in_place {
            (*op).run_time_cache__ptr = slots.take()?;
            (*op).static_variables_ptr__ptr = if (*op).static_variables.is_null() {
                std::ptr::null_mut()
            } else {
                slots.take()?
            };
        } else {
            (*op).run_time_cache__ptr = std::ptr::null_mut();
            (*op).static_variables_ptr__ptr = std::ptr::null_mut();
        }
        freeze_dynamic(img, op, slots)
    }
}

/// Closures and conditionally declared functions of `op`: always run from
/// the image (the engine copies the op_array into the closure but keeps
/// its run-time cache and static variables behind the definition's slots).
///
/// # Safety
/// `op` is an op_array of the image.
unsafe fn freeze_dynamic(
    img: &Image,
    op: *mut sys::zend_op_array,
    slots: &mut Slots,
) -> Option<()> {
    // SAFETY: see `freeze`.
    unsafe {
        for k in 0..(*op).num_dynamic_func_defs as usize {
            freeze_op_array(img, *(*op).dynamic_func_defs.add(k), true, slots)?;
        }
        Some(())
    }
}
