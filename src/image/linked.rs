//! PHP's inheritance cache, kept per process: Kiln's implementation of the
//! engine hooks `zend_inheritance_cache_get` / `zend_inheritance_cache_add`
//! (OPcache implements them over its shared memory).
//!
//! A class with a parent or interfaces is stored unlinked: linking needs
//! the other classes, which may come from other files. Without the cache
//! the engine copies such a class out of its image into the request arena
//! (`zend_lazy_class_load`) and links it again on every request. With it,
//! the result of the first link is copied into process memory, frozen the
//! way an image is (`ZEND_ACC_IMMUTABLE`, per-request state behind slots of
//! the map_ptr pool) and hung off the unlinked class; a later request that
//! links the same class against the same parent, interfaces and
//! dependencies (the classes its variance checks looked up) takes it as is.
//!
//! What is copied: what the link allocated in the request — the class
//! entry, its three tables, the methods, properties and constants copied
//! from the image, the default value tables, the interface list, the
//! iterator and ArrayAccess function lists. What is kept by address: what
//! lives as long as the process — images, other linked classes, internal
//! classes and functions, permanent interned strings. A link whose result
//! reaches anything else (a request string, a refcounted value) is not
//! cached, and neither are classes using traits (their methods get request
//! strings as names), links that raised a warning or deprecation (PHP
//! prints those on every link), and anything in the first request of a
//! process: a CLI run links each class once, so a copy would only cost.
//!
//! Entries point into other images (parents, interfaces), so all of them
//! are dropped whenever an image is freed ([`super::image::reap`]) or the
//! slot pool starts over.

use super::{self as image, Ranges};
use crate::codec::compile::for_each_new;
use crate::ffi::sys;
use parking_lot::Mutex;
use std::mem::size_of;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

type Ce = sys::zend_class_entry;
type Func = sys::zend_function;
type Op = sys::zend_op_array;
type Str = sys::zend_string;

/// The class's doc comment (moved out of `info.user` in PHP 8.4).
///
/// # Safety
/// `ce` is a live user class.
unsafe fn class_doc_comment(ce: *const Ce) -> *mut Str {
    // SAFETY: caller contract.
    unsafe {
        #[cfg(php84)]
        return (*ce).doc_comment;
        #[cfg(not(php84))]
        return (*ce).info.user.doc_comment;
    }
}

/// Links served from the cache, links cached, and links not cached (for
/// a reason other than being in a process's first request).
pub static HITS: AtomicU64 = AtomicU64::new(0);
pub static ADDED: AtomicU64 = AtomicU64::new(0);
pub static DECLINED: AtomicU64 = AtomicU64::new(0);
/// Bytes of the linked classes this process keeps.
pub static BYTES: AtomicU64 = AtomicU64::new(0);
/// Links this process cached in the family's arena (shared by all).
pub static SHARED: AtomicU64 = AtomicU64::new(0);

static ENABLED: AtomicBool = AtomicBool::new(false);
static REQUESTS: AtomicU64 = AtomicU64::new(0);

/// Variants kept per unlinked class (different parents or dependencies).
const MAX_PER_CLASS: usize = 8;

const INTERNAL_CLASS: u8 = 1;

#[repr(C)]
struct Entry {
    next: *mut Entry,
    ce: *mut Ce,
    parent: *mut Ce,
    tai: *mut *mut Ce,
    deps: *mut Dep,
    n_tai: u32,
    n_deps: u32,
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Dep {
    name: *mut Str,
    ce: *mut Ce,
}

/// One cached link: a malloc'd block holding the entry and everything
/// copied.
struct Block {
    mem: *mut u8,
}

// SAFETY: NTS PHP; blocks are only touched by the thread serving requests.
unsafe impl Send for Block {}

static BLOCKS: Mutex<Vec<Block>> = Mutex::new(Vec::new());

/// The entries of each unlinked class (by address), newest first. Kept
/// here, not in the class's own `inheritance_cache` field as OPcache does:
/// an image in the shared arena is read-only, and its entries are this
/// process's.
static HEADS: Mutex<Option<crate::prehashed::PrehashedMap<usize>>> = Mutex::new(None);

fn addr_key(p: *const Ce) -> u64 {
    (p as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The newest entry of `proto` (NULL when none): the family's list for a
/// class in the shared arena, this process's otherwise.
fn head(proto: *const Ce) -> *mut Entry {
    if crate::arena::contains(proto as usize) {
        return crate::arena::link_head(proto as usize).unwrap_or(0) as *mut Entry;
    }
    HEADS
        .lock()
        .as_ref()
        .and_then(|m| m.get(&addr_key(proto)).copied())
        .unwrap_or(0) as *mut Entry
}

fn set_head(proto: *const Ce, e: *mut Entry) {
    HEADS
        .lock()
        .get_or_insert_with(Default::default)
        .insert(addr_key(proto), e as usize);
}

/// Installs the hooks (MINIT, with the compile hook). `enabled` is
/// `kiln.inheritance_cache`.
///
/// # Safety
/// MINIT, single-threaded.
pub unsafe fn install(enabled: bool) {
    // SAFETY: engine globals during startup.
    unsafe {
        let (g, a) = (
            sys::zend_inheritance_cache_get,
            sys::zend_inheritance_cache_add,
        );
        if !enabled || g.is_some() || a.is_some() {
            return;
        }
        sys::zend_inheritance_cache_get = Some(get);
        sys::zend_inheritance_cache_add = Some(add);
    }
    ENABLED.store(true, Ordering::Relaxed);
}

/// Removes the hooks if they are still Kiln's (MSHUTDOWN).
///
/// # Safety
/// MSHUTDOWN, single-threaded.
pub unsafe fn uninstall() {
    if !ENABLED.swap(false, Ordering::Relaxed) {
        return;
    }
    // SAFETY: engine globals during shutdown.
    unsafe {
        let ours: unsafe extern "C" fn(*mut Ce, *mut Ce, *mut *mut Ce) -> *mut Ce = get;
        if { sys::zend_inheritance_cache_get }.map(|f| f as usize) == Some(ours as usize) {
            sys::zend_inheritance_cache_get = None;
            sys::zend_inheritance_cache_add = None;
        }
    }
    clear_all();
}

/// Request start (RINIT).
pub fn request_start() {
    REQUESTS.fetch_add(1, Ordering::Relaxed);
}

/// Requests started in this process.
pub fn requests() -> u64 {
    REQUESTS.load(Ordering::Relaxed)
}

/// Linked classes cached in this process.
pub fn count() -> usize {
    BLOCKS.lock().len()
}

/// Drops every cached link. Only between requests (no engine table may
/// point into a block).
pub fn clear_all() {
    let blocks = std::mem::take(&mut *BLOCKS.lock());
    if blocks.is_empty() {
        return;
    }
    *HEADS.lock() = None;
    BYTES.store(0, Ordering::Relaxed);
    for b in blocks {
        image::unregister_range(b.mem);
        // SAFETY: malloc'd in `add`, no longer reachable.
        unsafe { libc::free(b.mem.cast()) };
    }
}

/// Whether the entry's dependencies are the classes those names resolve
/// to now. `autoload`: load a dependency not loaded yet (as linking would).
///
/// # Safety
/// `e` is a live entry; during a request.
unsafe fn deps_match(e: *const Entry, autoload: bool) -> Option<bool> {
    // SAFETY: live entry; engine lookups.
    unsafe {
        let mut missing = false;
        for i in 0..(*e).n_deps as usize {
            let d = *(*e).deps.add(i);
            let mut found =
                sys::zend_lookup_class_ex(d.name, null_mut(), sys::ZEND_FETCH_CLASS_NO_AUTOLOAD);
            if found.is_null() && autoload {
                found = sys::zend_lookup_class_ex(d.name, null_mut(), 0);
                if found.is_null() {
                    return None;
                }
            }
            if found.is_null() {
                missing = true;
            } else if found != d.ce {
                return Some(false);
            }
        }
        if missing {
            None
        } else {
            Some(true)
        }
    }
}

/// # Safety
/// `e` is a live entry; `tai` holds `n` classes (or is NULL when n is 0).
unsafe fn same_inputs(e: *const Entry, parent: *mut Ce, tai: *mut *mut Ce, n: usize) -> bool {
    // SAFETY: as documented.
    unsafe {
        (*e).parent == parent
            && (*e).n_tai as usize == n
            && (n == 0 || (!tai.is_null() && (0..n).all(|i| *(*e).tai.add(i) == *tai.add(i))))
    }
}

/// `zend_inheritance_cache_get`: the cached link of `ce` (an unlinked
/// image class) against these classes, or NULL.
unsafe extern "C" fn get(ce: *mut Ce, parent: *mut Ce, tai: *mut *mut Ce) -> *mut Ce {
    // SAFETY: the engine passes a live immutable class; its
    // inheritance_cache is NULL unless `add` put an entry there.
    unsafe {
        let n = ((*ce).num_traits + (*ce).num_interfaces) as usize;
        let mut e = head(ce);
        while !e.is_null() {
            if same_inputs(e, parent, tai, n) {
                let ok = match deps_match(e, false) {
                    Some(ok) => ok,
                    // A dependency not loaded yet: load it, as linking would.
                    None => deps_match(e, true) == Some(true),
                };
                if ok {
                    HITS.fetch_add(1, Ordering::Relaxed);
                    sys::kiln_shim_set_ce_cache((*(*e).ce).name, (*e).ce);
                    return (*e).ce;
                }
            }
            e = (*e).next;
        }
        null_mut()
    }
}

/// `zend_inheritance_cache_add`: `ce` is the freshly linked copy of
/// `proto`; returns the cached copy the engine then uses instead, or NULL
/// (the engine keeps `ce`).
unsafe extern "C" fn add(
    ce: *mut Ce,
    proto: *mut Ce,
    parent: *mut Ce,
    tai: *mut *mut Ce,
    deps: *mut sys::HashTable,
) -> *mut Ce {
    if !ENABLED.load(Ordering::Relaxed) || REQUESTS.load(Ordering::Relaxed) < 2 {
        return null_mut();
    }
    // SAFETY: the engine's arguments during a request.
    match unsafe { try_add(ce, proto, parent, tai, deps) } {
        Some(p) => {
            ADDED.fetch_add(1, Ordering::Relaxed);
            p
        }
        None => {
            DECLINED.fetch_add(1, Ordering::Relaxed);
            null_mut()
        }
    }
}

/// # Safety
/// As [`add`].
unsafe fn try_add(
    ce: *mut Ce,
    proto: *mut Ce,
    parent: *mut Ce,
    tai: *mut *mut Ce,
    deps: *mut sys::HashTable,
) -> Option<*mut Ce> {
    // SAFETY: live engine structures; everything copied is validated by
    // `Plan::measure` first.
    unsafe {
        let eg = crate::codec::compile::eg();
        if proto.is_null() {
            return None;
        }
        if (*eg).num_errors > 0 {
            // PHP reports these (deprecations, mostly) on every link.
            note_declined(ce, "a diagnostic while linking");
            return None;
        }
        let flags = (*ce).ce_flags;
        if flags & sys::ZEND_ACC_LINKED == 0
            || flags & (sys::ZEND_ACC_ENUM | sys::ZEND_ACC_ANON_CLASS) != 0
            || !(*ce).backed_enum_table.is_null()
        {
            note_declined(ce, "enum, anonymous or not linked");
            return None;
        }
        let n_tai = ((*proto).num_traits + (*proto).num_interfaces) as usize;
        if n_tai > 0 && tai.is_null() {
            return None;
        }
        let mut variants = 0;
        let mut e = head(proto);
        while !e.is_null() {
            variants += 1;
            e = (*e).next;
        }
        if variants >= MAX_PER_CLASS {
            note_declined(ce, "too many variants");
            return None;
        }

        // A class of the family's arena is linked into the arena, for every
        // worker: then only the arena counts as lasting memory.
        let shared = crate::arena::contains(proto as usize) && crate::arena::active();
        let lasting = || {
            if shared {
                image::shared_ranges()
            } else {
                image::ranges()
            }
        };
        let r = lasting();
        if !r.contains(proto) || (*proto).ce_flags & sys::ZEND_ACC_IMMUTABLE == 0 {
            note_declined(ce, "not from an image");
            return None;
        }
        if !(parent.is_null() || stable_class(&r, parent))
            || (0..n_tai).any(|i| {
                // A trait used twice appears once (NULL for the repeat).
                let c = *tai.add(i);
                !(c.is_null() || stable_class(&r, c))
            })
        {
            note_declined(ce, "parent, interface or trait");
            return None;
        }
        let mut dep_list = Vec::new();
        if !deps.is_null() {
            let mut ok = true;
            for_each_new(deps, 0, |key, val, _| {
                let dce = val as *mut Ce;
                if dce == parent || (0..n_tai).any(|i| *tai.add(i) == dce) {
                    return;
                }
                ok &= !key.is_null() && stable_str(&r, key) && stable_class(&r, dce);
                dep_list.push(Dep { name: key, ce: dce });
            });
            if !ok {
                note_declined(ce, "dependencies");
                return None;
            }
        }

        let mut plan = Plan {
            r: &r,
            ce,
            size: 0,
            slots: 0,
            strs: Vec::new(),
            shared,
        };
        plan.reserve(size_of::<Entry>() + 8 * n_tai + size_of::<Dep>() * dep_list.len());
        if let Err(why) = plan.measure() {
            note_declined(ce, why);
            return None;
        }
        let first_slot = if shared {
            crate::arena::take_slots(plan.slots)
        } else {
            image::take_slots(plan.slots)
        };
        let Some(first_slot) = first_slot else {
            note_declined(ce, "slot pool full");
            if shared {
                crate::arena::pool_exhausted();
            }
            return None;
        };
        let size = plan.size;
        drop(r);

        let mut block = None;
        let mem = if shared {
            let Some(b) = crate::arena::begin_block(size.max(1)) else {
                note_declined(ce, "arena full");
                return None;
            };
            let m = b.mem();
            block = Some(b);
            m
        } else {
            libc::calloc(1, size.max(1)) as *mut u8
        };
        if mem.is_null() {
            return None;
        }
        let mut b = Bump {
            mem,
            len: size,
            off: 0,
            next_slot: first_slot,
            strs: Vec::new(),
        };
        let entry = b.alloc(size_of::<Entry>()) as *mut Entry;
        let tai_copy = b.alloc(8 * n_tai) as *mut *mut Ce;
        std::ptr::copy_nonoverlapping(tai, tai_copy, n_tai);
        let dep_copy = b.alloc(size_of::<Dep>() * dep_list.len()) as *mut Dep;
        std::ptr::copy_nonoverlapping(dep_list.as_ptr(), dep_copy, dep_list.len());
        let new_ce = {
            let r = lasting();
            copy_class(&r, &mut b, ce)
        };
        debug_assert!(b.off <= b.len);
        let old = head(proto);
        entry.write(Entry {
            next: old,
            ce: new_ce,
            parent,
            tai: tai_copy,
            deps: dep_copy,
            n_tai: n_tai as u32,
            n_deps: dep_list.len() as u32,
        });
        if let Some(block) = block {
            let bytes = std::slice::from_raw_parts(mem, size);
            if !crate::arena::audit_ok("a linked class", bytes) {
                // Sealed unpublished (waste); this request still links.
                return None;
            }
            block.seal_block();
            let old = (!old.is_null()).then_some(old as usize);
            crate::arena::link_publish(proto as usize, old, entry as usize);
            SHARED.fetch_add(1, Ordering::Relaxed);
            return Some(new_ce);
        }
        BYTES.fetch_add(size as u64, Ordering::Relaxed);
        set_head(proto, entry);
        image::register_range(mem, size.max(1));
        BLOCKS.lock().push(Block { mem });
        Some(new_ce)
    }
}

/// The last link not cached for something in the class (status:
/// `last_link_not_cached`), e.g. "Foo: default property value".
static LAST_DECLINED: Mutex<String> = Mutex::new(String::new());

/// [`LAST_DECLINED`].
pub fn last_declined() -> String {
    LAST_DECLINED.lock().clone()
}

/// # Safety
/// `ce` is a live class.
unsafe fn note_declined(ce: *const Ce, why: &str) {
    // SAFETY: live class name.
    let name = unsafe {
        let n = (*ce).name;
        String::from_utf8_lossy(std::slice::from_raw_parts(
            (*n).val.as_ptr().cast(),
            (*n).len,
        ))
        .into_owned()
    };
    *LAST_DECLINED.lock() = format!("{name}: {why}");
}

/// Whether `p` lies in the request arena (`CG(arena)`), where linking
/// puts its copies of methods, properties and constants.
///
/// # Safety
/// During a request.
unsafe fn in_arena<T>(p: *const T) -> bool {
    // SAFETY: the arena chain of the compiler globals.
    unsafe {
        let a = p as usize;
        let mut ar = (*crate::codec::compile::cg()).arena;
        while !ar.is_null() {
            let start = ar as usize + size_of::<sys::zend_arena>();
            if a >= start && a < (*ar).end as usize {
                return true;
            }
            ar = (*ar).prev;
        }
        false
    }
}

/// How a property or constant of the linked class is carried over: its
/// own (copied by the link, to be copied again), or another class's that
/// outlives the request (kept). `owner` is the one it names.
///
/// # Safety
/// `p` is a live property or constant of the class being linked.
unsafe fn member_is_own<T>(
    r: &Ranges,
    p: *const T,
    owner: *const Ce,
    ce: *const Ce,
) -> Option<bool> {
    // SAFETY: live class.
    unsafe {
        if owner == ce || in_arena(p) {
            (owner == ce || stable_class(r, owner)).then_some(true)
        } else if r.contains(p) || (*owner).type_ as u8 == INTERNAL_CLASS {
            Some(false)
        } else {
            None
        }
    }
}

/// A string that outlives the request: permanent interned, or in an
/// image or a block.
///
/// # Safety
/// `s` is NULL or a live string.
unsafe fn stable_str(r: &Ranges, s: *const Str) -> bool {
    // SAFETY: live string header.
    // Permanent strings are the engine's (startup, before any fork) or an
    // image's; a shared view admits an image's only from the arena.
    s.is_null()
        || r.contains(s)
        || (unsafe { (*s).gc.u.type_info } & (sys::IS_STR_PERMANENT << sys::GC_FLAGS_SHIFT) != 0
            && !r.private(s))
}

/// A class that outlives the request: internal, or immutable in an image
/// or a block.
///
/// # Safety
/// `c` is NULL or a live class.
unsafe fn stable_class(r: &Ranges, c: *const Ce) -> bool {
    // SAFETY: live class.
    unsafe {
        !c.is_null()
            && ((*c).type_ as u8 == INTERNAL_CLASS
                || (r.contains(c) && (*c).ce_flags & sys::ZEND_ACC_IMMUTABLE != 0))
    }
}

/// How a method of the linked class is carried over.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FnKind {
    /// Lives as long as the process (an image's, a block's, internal).
    Keep,
    /// A request copy of a user function in an image (the class's own
    /// methods, or a parent method re-pointed at a new prototype).
    User,
    /// A request copy of an internal method (inherited from an internal
    /// parent).
    Internal,
}

/// # Safety
/// `f` is a live function; `ce` the class being linked.
unsafe fn fn_kind(r: &Ranges, f: *const Func, ce: *const Ce) -> Option<FnKind> {
    // SAFETY: live function (common header).
    unsafe {
        let op = f as *const Op;
        let flags = (*op).fn_flags;
        match u32::from((*op).type_) {
            sys::ZEND_INTERNAL_FUNCTION => {
                if flags & sys::ZEND_ACC_ARENA_ALLOCATED == 0 || r.contains(f) {
                    Some(FnKind::Keep)
                } else if std::ptr::eq((*op).scope, ce) || stable_class(r, (*op).scope) {
                    Some(FnKind::Internal)
                } else {
                    None
                }
            }
            sys::ZEND_USER_FUNCTION => {
                if r.contains(f) {
                    return (flags & sys::ZEND_ACC_IMMUTABLE != 0).then_some(FnKind::Keep);
                }
                if !r.contains((*op).opcodes) {
                    return None;
                }
                if !std::ptr::eq((*op).scope, ce)
                    && (flags & sys::ZEND_ACC_IMMUTABLE == 0 || !stable_class(r, (*op).scope))
                {
                    return None;
                }
                Some(FnKind::User)
            }
            _ => None,
        }
    }
}

/// Whether a zval outlives the request. `statics`: the class whose
/// static-members table holds it (an INDIRECT must point into an
/// ancestor's table).
///
/// # Safety
/// `z` is a live zval.
unsafe fn stable_zval(r: &Ranges, z: *const sys::zval, statics: Option<*const Ce>) -> bool {
    // SAFETY: live zval and class chain.
    unsafe {
        let t = u32::from((*z).u1.v.type_);
        let counted = (*z).u1.v.type_flags != 0;
        match t {
            0..=5 => true,
            sys::IS_STRING => !counted && stable_str(r, (*z).value.str_),
            sys::IS_ARRAY => {
                !counted
                    && (r.contains((*z).value.arr)
                        || std::ptr::eq((*z).value.arr, &raw const sys::zend_empty_array))
            }
            sys::IS_CONSTANT_AST => r.contains((*z).value.ast),
            sys::IS_INDIRECT => {
                let Some(ce) = statics else { return false };
                let p = (*z).value.zv as usize;
                let mut a = (*ce).__bindgen_anon_1.parent as *const Ce;
                while !a.is_null() {
                    let t = (*a).default_static_members_table as usize;
                    let n = (*a).default_static_members_count.max(0) as usize;
                    if t != 0 && p >= t && p < t + 16 * n {
                        return stable_class(r, a);
                    }
                    a = (*a).__bindgen_anon_1.parent;
                }
                false
            }
            _ => false,
        }
    }
}

/// A property type outlives the request once its lists are copied: its
/// class names must. Returns the bytes its lists take.
///
/// # Safety
/// `t` is a live type.
unsafe fn type_size(r: &Ranges, t: &sys::zend_type) -> Option<usize> {
    // SAFETY: live type and lists.
    unsafe {
        if t.type_mask & sys::_ZEND_TYPE_LIST_BIT != 0 {
            let l = t.ptr as *const sys::zend_type_list;
            let n = (*l).num_types as usize;
            if n == 0 {
                return None;
            }
            let mut size = a8(list_size(n));
            for i in 0..n {
                size += type_size(r, &*(*l).types.as_ptr().add(i))?;
            }
            Some(size)
        } else if t.type_mask & sys::_ZEND_TYPE_NAME_BIT != 0 {
            stable_str(r, t.ptr as *const Str).then_some(0)
        } else {
            Some(0)
        }
    }
}

fn list_size(n: usize) -> usize {
    size_of::<sys::zend_type_list>() + (n - 1) * size_of::<sys::zend_type>()
}

fn a8(n: usize) -> usize {
    (n + 7) & !7
}

/// (address of the data block, bytes in use, bytes of the hash part) of an
/// initialized, non-packed table.
///
/// # Safety
/// `ht` is a live table.
unsafe fn ht_data(ht: *const sys::HashTable) -> Option<(*mut u8, usize, usize)> {
    // SAFETY: live table.
    unsafe {
        if (*ht).u.flags & sys::HASH_FLAG_UNINITIALIZED != 0 {
            return None;
        }
        let hash = crate::codec::eng::ht_hash_size((*ht).nTableMask);
        let ar = (*ht).__bindgen_anon_1.arData as *mut u8;
        Some((
            ar.sub(hash),
            hash + (*ht).nNumUsed as usize * size_of::<sys::Bucket>(),
            hash,
        ))
    }
}

/// The validating first pass: what a link's copy needs (bytes, slots), or
/// None if anything in it does not outlive the request.
struct Plan<'a, 'b> {
    r: &'a Ranges<'b>,
    ce: *mut Ce,
    size: usize,
    slots: usize,
    /// Request strings the copy takes along (see [`Bump::string`]).
    strs: Vec<*const Str>,
    /// The copy goes to the read-only shared arena.
    shared: bool,
}

impl Plan<'_, '_> {
    fn reserve(&mut self, n: usize) {
        self.size += a8(n);
    }

    /// Room for a copy of `s` unless it already outlives the request.
    ///
    /// # Safety
    /// `s` is NULL or a live string.
    /// What [`copy_user_fn`] takes for `op`: the op_array, its name, and
    /// map_ptr slots when it is the link's own (scope `ce`).
    ///
    /// # Safety
    /// `op` is a live function of kind [`FnKind::User`].
    unsafe fn user_fn(&mut self, op: *const Op, ce: *const Ce) {
        self.reserve(size_of::<Op>());
        // SAFETY: caller contract.
        unsafe {
            self.string((*op).function_name);
            if std::ptr::eq((*op).scope, ce) {
                self.slots += 1 + usize::from(!(*op).static_variables.is_null());
            }
        }
    }

    unsafe fn string(&mut self, s: *const Str) {
        // SAFETY: live string.
        unsafe {
            if !stable_str(self.r, s) && !self.strs.contains(&s) {
                self.strs.push(s);
                self.reserve(str_size(s));
            }
        }
    }

    /// # Safety
    /// `self.ce` is the freshly linked class.
    unsafe fn measure(&mut self) -> Result<(), &'static str> {
        // SAFETY: live linked class and its tables.
        unsafe {
            let (r, ce) = (self.r, self.ce);
            if !stable_str(r, (*ce).name)
                || !stable_str(r, (*ce).info.user.filename)
                || !stable_str(r, class_doc_comment(ce))
                || !((*ce).attributes.is_null() || r.contains((*ce).attributes))
            {
                return Err("class name, file or attributes");
            }
            let parent = (*ce).__bindgen_anon_1.parent;
            if !(parent.is_null() || stable_class(r, parent)) {
                return Err("parent");
            }
            self.reserve(size_of::<Ce>());

            // Methods.
            let ft = &raw const (*ce).function_table;
            if let Some((_, used, _)) = ht_data(ft) {
                self.reserve(used);
            }
            let mut ok = true;
            let mut funcs = Vec::new();
            for_each_new(ft, 0, |key, f, _| {
                let f = f as *const Func;
                funcs.push(f);
                ok &= !key.is_null();
                self.string(key);
                match fn_kind(r, f, ce) {
                    Some(FnKind::Keep) => {}
                    Some(FnKind::User) => self.user_fn(f as *const Op, ce),
                    Some(FnKind::Internal) => {
                        self.reserve(size_of::<sys::zend_internal_function>())
                    }
                    None => ok = false,
                }
            });
            if !ok {
                return Err("methods");
            }
            let fn_ok = |f: *const Func| {
                f.is_null() || funcs.contains(&f) || fn_kind(r, f, ce) == Some(FnKind::Keep)
            };
            for &f in &funcs {
                if !fn_ok((*(f as *const Op)).prototype) {
                    return Err("prototype");
                }
            }
            if !magic(ce).iter().all(|&f| fn_ok(*f)) {
                return Err("magic method");
            }
            if !(*ce).iterator_funcs_ptr.is_null() {
                self.reserve(size_of::<sys::zend_class_iterator_funcs>());
                if !iterator_fns((*ce).iterator_funcs_ptr)
                    .iter()
                    .all(|&f| fn_ok(*f))
                {
                    return Err("iterator functions");
                }
            }
            if !(*ce).arrayaccess_funcs_ptr.is_null() {
                self.reserve(size_of::<sys::zend_class_arrayaccess_funcs>());
                if !arrayaccess_fns((*ce).arrayaccess_funcs_ptr)
                    .iter()
                    .all(|&f| fn_ok(*f))
                {
                    return Err("ArrayAccess functions");
                }
            }

            // Properties.
            let pt = &raw const (*ce).properties_info;
            if let Some((_, used, _)) = ht_data(pt) {
                self.reserve(used);
            }
            let mut props = Vec::new();
            #[cfg_attr(not(php84), allow(unused_mut))]
            let mut hooks: Vec<*const Func> = Vec::new();
            for_each_new(pt, 0, |key, p, _| {
                let p = p as *const sys::zend_property_info;
                props.push(p);
                ok &= !key.is_null();
                self.string(key);
                match member_is_own(r, p, (*p).ce, ce) {
                    Some(true) => {
                        self.string((*p).name);
                        self.string((*p).doc_comment);
                        ok &= (*p).attributes.is_null() || r.contains((*p).attributes);
                        // PHP 8.4: the hooks array is the link's; each
                        // hook is a lasting function or a request copy
                        // (the engine's lazy load of the link's own hook,
                        // scope = the link) copied as a method is, whose
                        // prop_info is this property (remapped) or lasting.
                        // The property's prototype is itself, another own
                        // one (remapped in the copy) or a lasting one.
                        #[cfg(php84)]
                        {
                            if !(*p).hooks.is_null() {
                                self.reserve(8 * crate::codec::compile::HOOK_COUNT);
                                for k in 0..crate::codec::compile::HOOK_COUNT {
                                    let f = *(*p).hooks.add(k) as *const Func;
                                    if f.is_null() {
                                        continue;
                                    }
                                    match fn_kind(r, f, ce) {
                                        Some(FnKind::Keep) => {}
                                        Some(FnKind::User) => {
                                            let op = f as *const Op;
                                            self.user_fn(op, ce);
                                            let pi = (*op).prop_info;
                                            ok &= pi.is_null()
                                                || std::ptr::eq(pi, p)
                                                || r.contains(pi);
                                            hooks.push(f);
                                        }
                                        _ => ok = false,
                                    }
                                }
                            }
                            let proto = (*p).prototype;
                            ok &= proto.is_null()
                                || std::ptr::eq(proto, p)
                                || std::ptr::eq((*proto).ce, ce)
                                || r.contains(proto)
                                || in_arena(proto)
                                || (*(*proto).ce).type_ as u8 == INTERNAL_CLASS;
                        }
                        match type_size(r, &(*p).type_) {
                            Some(n) => self.reserve(size_of::<sys::zend_property_info>() + n),
                            None => ok = false,
                        }
                    }
                    Some(false) => {}
                    None => ok = false,
                }
            });
            if !ok {
                return Err("properties");
            }
            for &f in &hooks {
                let proto = (*(f as *const Op)).prototype as *const Func;
                if !(hooks.contains(&proto) || fn_ok(proto)) {
                    return Err("hook prototype");
                }
            }
            if !(*ce).properties_info_table.is_null() {
                let n = (*ce).default_properties_count.max(0) as usize;
                self.reserve(8 * n);
                for i in 0..n {
                    let p = *(*ce).properties_info_table.add(i) as *const sys::zend_property_info;
                    if !(p.is_null()
                        || props.contains(&p)
                        || r.contains(p)
                        || (*(*p).ce).type_ as u8 == INTERNAL_CLASS)
                    {
                        return Err("property table");
                    }
                }
            }

            // Constants.
            let ct = &raw const (*ce).constants_table;
            if let Some((_, used, _)) = ht_data(ct) {
                self.reserve(used);
            }
            for_each_new(ct, 0, |key, c, _| {
                let c = c as *const sys::zend_class_constant;
                ok &= !key.is_null();
                self.string(key);
                match member_is_own(r, c, (*c).ce, ce) {
                    Some(true) => {
                        // Not into the read-only arena (its script image is
                        // private for the same reason: a second guard).
                        ok &= !(self.shared && crate::ffi::engine::const_written_on_read(c));
                        self.string((*c).doc_comment);
                        ok &= stable_zval(r, &(*c).value, None)
                            && ((*c).attributes.is_null() || r.contains((*c).attributes));
                        self.reserve(size_of::<sys::zend_class_constant>());
                        // PHP 8.3+: typed constants.
                        #[cfg(php84)]
                        match type_size(r, &(*c).type_) {
                            Some(n) => self.reserve(n),
                            None => ok = false,
                        }
                    }
                    Some(false) => {}
                    None => ok = false,
                }
            });
            if !ok {
                return Err("constants");
            }

            // Default values.
            let np = (*ce).default_properties_count.max(0) as usize;
            if !(*ce).default_properties_table.is_null() {
                self.reserve(16 * np);
                for i in 0..np {
                    if !stable_zval(r, (*ce).default_properties_table.add(i), None) {
                        return Err("default property value");
                    }
                }
            }
            let ns = (*ce).default_static_members_count.max(0) as usize;
            if !(*ce).default_static_members_table.is_null() {
                self.reserve(16 * ns);
                for i in 0..ns {
                    if !stable_zval(r, (*ce).default_static_members_table.add(i), Some(ce)) {
                        return Err("static property value");
                    }
                }
            }

            // Interfaces.
            let ni = (*ce).num_interfaces as usize;
            if ni > 0 {
                let list = (*ce).__bindgen_anon_3.interfaces;
                if list.is_null() || (0..ni).any(|i| !stable_class(r, *list.add(i))) {
                    return Err("interfaces");
                }
                self.reserve(8 * ni);
            }

            if (*ce).ce_flags & sys::ZEND_ACC_CONSTANTS_UPDATED == 0 {
                self.slots += 1;
            }
            if ns > 0 {
                self.slots += 1;
            }
            Ok(())
        }
    }
}

/// The class's magic-method pointers.
///
/// # Safety
/// `ce` is a live class.
unsafe fn magic(ce: *mut Ce) -> [*mut *mut Func; 13] {
    // SAFETY: field addresses of a live class.
    unsafe {
        [
            &raw mut (*ce).constructor,
            &raw mut (*ce).destructor,
            &raw mut (*ce).clone,
            &raw mut (*ce).__get,
            &raw mut (*ce).__set,
            &raw mut (*ce).__unset,
            &raw mut (*ce).__isset,
            &raw mut (*ce).__call,
            &raw mut (*ce).__callstatic,
            &raw mut (*ce).__tostring,
            &raw mut (*ce).__debugInfo,
            &raw mut (*ce).__serialize,
            &raw mut (*ce).__unserialize,
        ]
    }
}

/// The function pointers of an iterator-function list.
///
/// # Safety
/// `it` is a live list.
unsafe fn iterator_fns(it: *mut sys::zend_class_iterator_funcs) -> [*mut *mut Func; 6] {
    // SAFETY: field addresses of a live list.
    unsafe {
        [
            &raw mut (*it).zf_new_iterator,
            &raw mut (*it).zf_valid,
            &raw mut (*it).zf_current,
            &raw mut (*it).zf_key,
            &raw mut (*it).zf_next,
            &raw mut (*it).zf_rewind,
        ]
    }
}

/// The function pointers of an ArrayAccess-function list.
///
/// # Safety
/// `a` is a live list.
unsafe fn arrayaccess_fns(a: *mut sys::zend_class_arrayaccess_funcs) -> [*mut *mut Func; 4] {
    // SAFETY: field addresses of a live list.
    unsafe {
        [
            &raw mut (*a).zf_offsetget,
            &raw mut (*a).zf_offsetexists,
            &raw mut (*a).zf_offsetset,
            &raw mut (*a).zf_offsetunset,
        ]
    }
}

/// The second pass's allocator over the block sized by [`Plan`].
struct Bump {
    mem: *mut u8,
    len: usize,
    off: usize,
    next_slot: usize,
    strs: Vec<(*mut Str, *mut Str)>,
}

/// Bytes a copy of `s` takes.
///
/// # Safety
/// `s` is a live string.
unsafe fn str_size(s: *const Str) -> usize {
    // SAFETY: live string.
    a8(std::mem::offset_of!(Str, val) + unsafe { (*s).len } + 1)
}

impl Bump {
    fn alloc(&mut self, n: usize) -> *mut u8 {
        let n = a8(n);
        assert!(self.off + n <= self.len, "linked-class block overflow");
        // SAFETY: within the block (checked above).
        let p = unsafe { self.mem.add(self.off) };
        self.off += n;
        p
    }
    /// `s` itself if it outlives the request, else its copy in the block
    /// (made once), an interned-style string: trait properties' mangled
    /// names and method aliases are strings of the request.
    ///
    /// # Safety
    /// `s` is NULL or a live string counted by [`Plan::string`].
    unsafe fn string(&mut self, r: &Ranges, s: *mut Str) -> *mut Str {
        // SAFETY: as documented; the block has room for the copy.
        unsafe {
            if stable_str(r, s) {
                return s;
            }
            if let Some(&(_, n)) = self.strs.iter().find(|(o, _)| *o == s) {
                return n;
            }
            let size = str_size(s);
            let n = self.alloc(size) as *mut Str;
            let head = std::mem::offset_of!(Str, val);
            std::ptr::copy_nonoverlapping(s as *const u8, n as *mut u8, head + (*s).len + 1);
            (*n).gc.refcount = 1;
            (*n).gc.u.type_info = sys::IS_STRING
                | ((sys::GC_NOT_COLLECTABLE
                    | sys::IS_STR_INTERNED
                    | ((*s).gc.u.type_info >> sys::GC_FLAGS_SHIFT) & sys::IS_STR_VALID_UTF8)
                    << sys::GC_FLAGS_SHIFT);
            self.strs.push((s, n));
            n
        }
    }
    fn slot<T>(&mut self) -> *mut T {
        let o = self.next_slot;
        self.next_slot += 8;
        o as *mut T
    }
}

/// Copies a table's data block into the block (the struct itself is part
/// of the copied class).
///
/// # Safety
/// `ht` is a live table inside the new class.
unsafe fn copy_table(b: &mut Bump, ht: *mut sys::HashTable) {
    // SAFETY: live table; destination sized by the plan.
    unsafe {
        if let Some((data, used, hash)) = ht_data(ht) {
            let dst = b.alloc(used);
            std::ptr::copy_nonoverlapping(data, dst, used);
            (*ht).__bindgen_anon_1.arData = dst.add(hash) as *mut sys::Bucket;
        }
    }
}

/// Calls `f` on every live bucket of `ht`, a table of the copy.
///
/// # Safety
/// `ht` is a live table.
unsafe fn each_bucket_mut(ht: *mut sys::HashTable, mut f: impl FnMut(*mut sys::Bucket)) {
    // SAFETY: forwarded; `i` indexes a live bucket of `ht`.
    unsafe {
        let data = (*ht).__bindgen_anon_1.arData;
        for_each_new(ht, 0, |_, _, i| f(data.add(i as usize)));
    }
}

/// Copies a type's lists (the names are kept).
///
/// # Safety
/// `t` is a live type validated by [`type_size`].
unsafe fn copy_type(b: &mut Bump, t: &mut sys::zend_type) {
    // SAFETY: as documented.
    unsafe {
        if t.type_mask & sys::_ZEND_TYPE_LIST_BIT != 0 {
            let l = t.ptr as *const sys::zend_type_list;
            let n = (*l).num_types as usize;
            let size = list_size(n);
            let nl = b.alloc(size) as *mut sys::zend_type_list;
            std::ptr::copy_nonoverlapping(l as *const u8, nl as *mut u8, size);
            t.ptr = nl.cast();
            for i in 0..n {
                copy_type(b, &mut *(*nl).types.as_mut_ptr().add(i));
            }
        }
    }
}

/// The copy of a user function of kind [`FnKind::User`]: the link's own
/// (scope `ce`) becomes `nce`'s, immutable, with map_ptr slots of the block.
///
/// # Safety
/// As [`copy_class`]; `f` was measured as `FnKind::User`.
unsafe fn copy_user_fn(
    r: &Ranges,
    b: &mut Bump,
    f: *mut Func,
    ce: *mut Ce,
    nce: *mut Ce,
) -> *mut Func {
    // SAFETY: the caller's.
    unsafe {
        let nop = b.alloc(size_of::<Op>()) as *mut Op;
        std::ptr::copy_nonoverlapping(f as *const Op, nop, 1);
        (*nop).function_name = b.string(r, (*nop).function_name);
        if (*nop).scope == ce {
            (*nop).scope = nce;
            (*nop).fn_flags |= sys::ZEND_ACC_IMMUTABLE;
            (*nop).run_time_cache__ptr = b.slot();
            (*nop).static_variables_ptr__ptr = if (*nop).static_variables.is_null() {
                null_mut()
            } else {
                b.slot()
            };
        }
        nop as *mut Func
    }
}

/// The second pass: copies the linked class `ce` into `b` and freezes it.
///
/// # Safety
/// `ce` passed [`Plan::measure`] and nothing changed since.
unsafe fn copy_class(r: &Ranges, b: &mut Bump, ce: *mut Ce) -> *mut Ce {
    // SAFETY: validated by the plan; the block is sized for it.
    unsafe {
        let nce = b.alloc(size_of::<Ce>()) as *mut Ce;
        std::ptr::copy_nonoverlapping(ce, nce, 1);
        (*nce).refcount = 1;
        (*nce).inheritance_cache = null_mut();

        // Methods.
        let mut fmap: Vec<(*mut Func, *mut Func)> = Vec::new();
        let ft = &raw mut (*nce).function_table;
        copy_table(b, ft);
        each_bucket_mut(ft, |bk| {
            (*bk).key = b.string(r, (*bk).key);
            let f = (*bk).val.value.ptr as *mut Func;
            let nf = match fn_kind(r, f, ce) {
                Some(FnKind::User) => copy_user_fn(r, b, f, ce, nce),
                Some(FnKind::Internal) => {
                    let size = size_of::<sys::zend_internal_function>();
                    let nif = b.alloc(size) as *mut sys::zend_internal_function;
                    std::ptr::copy_nonoverlapping(f as *const u8, nif as *mut u8, size);
                    if (*nif).scope == ce {
                        (*nif).scope = nce;
                    }
                    nif as *mut Func
                }
                _ => return,
            };
            fmap.push((f, nf));
            (*bk).val.value.ptr = nf.cast();
        });
        let remap = |f: *mut Func| -> *mut Func {
            fmap.iter()
                .find(|(o, _)| *o == f)
                .map(|&(_, n)| n)
                .unwrap_or(f)
        };
        for &(_, nf) in &fmap {
            let op = nf as *mut Op;
            (*op).prototype = remap((*op).prototype);
        }
        for f in magic(nce) {
            *f = remap(*f);
        }
        if !(*ce).iterator_funcs_ptr.is_null() {
            let it = b.alloc(size_of::<sys::zend_class_iterator_funcs>())
                as *mut sys::zend_class_iterator_funcs;
            std::ptr::copy_nonoverlapping((*ce).iterator_funcs_ptr, it, 1);
            for f in iterator_fns(it) {
                *f = remap(*f);
            }
            (*nce).iterator_funcs_ptr = it;
        }
        if !(*ce).arrayaccess_funcs_ptr.is_null() {
            let a = b.alloc(size_of::<sys::zend_class_arrayaccess_funcs>())
                as *mut sys::zend_class_arrayaccess_funcs;
            std::ptr::copy_nonoverlapping((*ce).arrayaccess_funcs_ptr, a, 1);
            for f in arrayaccess_fns(a) {
                *f = remap(*f);
            }
            (*nce).arrayaccess_funcs_ptr = a;
        }

        // Properties.
        let mut pmap: Vec<(*mut sys::zend_property_info, *mut sys::zend_property_info)> =
            Vec::new();
        #[cfg_attr(not(php84), allow(unused_mut))]
        let mut hook_map: Vec<(*mut Func, *mut Func)> = Vec::new();
        let pt = &raw mut (*nce).properties_info;
        copy_table(b, pt);
        each_bucket_mut(pt, |bk| {
            (*bk).key = b.string(r, (*bk).key);
            let p = (*bk).val.value.ptr as *mut sys::zend_property_info;
            if member_is_own(r, p, (*p).ce, ce) != Some(true) {
                return;
            }
            let np = b.alloc(size_of::<sys::zend_property_info>()) as *mut sys::zend_property_info;
            std::ptr::copy_nonoverlapping(p, np, 1);
            if (*np).ce == ce {
                (*np).ce = nce;
            }
            (*np).name = b.string(r, (*np).name);
            (*np).doc_comment = b.string(r, (*np).doc_comment);
            copy_type(b, &mut (*np).type_);
            #[cfg(php84)]
            if !(*p).hooks.is_null() {
                let nh = b.alloc(8 * crate::codec::compile::HOOK_COUNT) as *mut *mut Func;
                for k in 0..crate::codec::compile::HOOK_COUNT {
                    let f = *(*p).hooks.add(k);
                    *nh.add(k) = if !f.is_null() && fn_kind(r, f, ce) == Some(FnKind::User) {
                        let nf = copy_user_fn(r, b, f, ce, nce);
                        if std::ptr::eq((*(nf as *mut Op)).prop_info, p) {
                            (*(nf as *mut Op)).prop_info = np;
                        }
                        hook_map.push((f, nf));
                        nf
                    } else {
                        f
                    };
                }
                (*np).hooks = nh;
            }
            pmap.push((p, np));
            (*bk).val.value.ptr = np.cast();
        });
        if !(*ce).properties_info_table.is_null() {
            let n = (*ce).default_properties_count.max(0) as usize;
            let t = b.alloc(8 * n) as *mut *mut sys::zend_property_info;
            for i in 0..n {
                let p = *(*ce).properties_info_table.add(i);
                *t.add(i) = pmap
                    .iter()
                    .find(|(o, _)| *o == p)
                    .map(|&(_, n)| n)
                    .unwrap_or(p);
            }
            (*nce).properties_info_table = t;
        }
        // PHP 8.4: a copied property's prototype (used by the protected
        // access check) is itself or another copied one when it was the
        // link's; anything else lasts (checked in `measure`).
        #[cfg(php84)]
        for &(_, np) in &pmap {
            let proto = (*np).prototype as *mut sys::zend_property_info;
            if let Some(&(_, n)) = pmap.iter().find(|(o, _)| *o == proto) {
                (*np).prototype = n;
            }
        }
        // A copied hook's prototype: another copied hook or method, else
        // lasting (checked in `measure`).
        for &(_, nf) in &hook_map {
            let op = nf as *mut Op;
            let proto = (*op).prototype;
            (*op).prototype = hook_map
                .iter()
                .find(|(o, _)| *o == proto)
                .map_or_else(|| remap(proto), |&(_, n)| n);
        }

        // Constants.
        let ct = &raw mut (*nce).constants_table;
        copy_table(b, ct);
        each_bucket_mut(ct, |bk| {
            (*bk).key = b.string(r, (*bk).key);
            let c = (*bk).val.value.ptr as *mut sys::zend_class_constant;
            if member_is_own(r, c, (*c).ce, ce) != Some(true) {
                return;
            }
            let nc =
                b.alloc(size_of::<sys::zend_class_constant>()) as *mut sys::zend_class_constant;
            std::ptr::copy_nonoverlapping(c, nc, 1);
            if (*nc).ce == ce {
                (*nc).ce = nce;
            }
            (*nc).doc_comment = b.string(r, (*nc).doc_comment);
            #[cfg(php84)]
            copy_type(b, &mut (*nc).type_);
            (*bk).val.value.ptr = nc.cast();
        });

        // Default values, interfaces.
        let np = (*ce).default_properties_count.max(0) as usize;
        if !(*ce).default_properties_table.is_null() {
            let t = b.alloc(16 * np) as *mut sys::zval;
            std::ptr::copy_nonoverlapping((*ce).default_properties_table, t, np);
            (*nce).default_properties_table = t;
        }
        let ns = (*ce).default_static_members_count.max(0) as usize;
        if !(*ce).default_static_members_table.is_null() {
            let t = b.alloc(16 * ns) as *mut sys::zval;
            std::ptr::copy_nonoverlapping((*ce).default_static_members_table, t, ns);
            (*nce).default_static_members_table = t;
        }
        let ni = (*ce).num_interfaces as usize;
        if ni > 0 {
            let t = b.alloc(8 * ni) as *mut *mut Ce;
            std::ptr::copy_nonoverlapping((*ce).__bindgen_anon_3.interfaces, t, ni);
            (*nce).__bindgen_anon_3.interfaces = t;
        }

        // Frozen: per-request state behind pool slots (OPcache's rules for
        // a linked immutable class).
        (*nce).ce_flags = ((*nce).ce_flags | sys::ZEND_ACC_IMMUTABLE) & !sys::ZEND_ACC_FILE_CACHED;
        (*nce).mutable_data__ptr = if (*nce).ce_flags & sys::ZEND_ACC_CONSTANTS_UPDATED == 0 {
            b.slot()
        } else {
            null_mut()
        };
        (*nce).static_members_table__ptr = if ns > 0 { b.slot() } else { null_mut() };
        nce
    }
}
