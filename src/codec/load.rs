//! Blob → engine: verify, copy into `CG(arena)`, relocate, restore the
//! opcode handlers ([`materialize`]); then register the script's functions
//! and classes the way OPcache's `zend_accel_load_script` does
//! ([`register`]).
//!
//! Arena memory lives until `shutdown_compiler`, after the executor (and
//! every table that points into the copy) is gone. Nothing here is freed by
//! Kiln; the engine frees only what it owns: the `emalloc`'d main op_array
//! struct and run-time caches.

use super::format;
use super::{RootEarlyBinding, ScriptRoot, AUTO_GLOBALS};
use crate::ffi::sys;
use std::ffi::c_void;

/// Verifies `blob` and turns it into live, relocated memory. Returns the
/// script root inside the copy. Raises no engine error: an out-of-memory
/// bailout while allocating is caught and reported as
/// [`DecodeError::Bailout`](format::DecodeError::Bailout) (the caller must
/// re-raise it).
///
/// # Safety
/// During a request.
pub unsafe fn materialize(blob: &[u8]) -> Result<*mut ScriptRoot, format::DecodeError> {
    let layout = format::verify(blob, &crate::identity::blob_id())?;
    let mut bailed = 0;
    // SAFETY: arena allocation inside zend_try (see the shim).
    let base =
        unsafe { sys::kiln_shim_arena_alloc_guarded(layout.image_len, &mut bailed) } as *mut u8;
    if bailed != 0 || base.is_null() {
        return Err(format::DecodeError::Bailout);
    }
    // SAFETY: `base` has image_len bytes from the arena (8-aligned).
    unsafe {
        copy_relocated(blob, &layout, base);
        Ok(base.add(layout.root) as *mut ScriptRoot)
    }
}

/// Copies the image part of a verified blob to `base`, relocates it there
/// and restores its opcode handlers (both memory models).
///
/// # Safety
/// `layout` comes from `format::verify(blob)`; `base` has
/// `layout.image_len` writable bytes, 8-byte aligned. The verifier checked
/// that every relocation is an aligned 8-byte field inside the image whose
/// stored offset lies inside the image, and that every handler entry is a
/// zend_op of an opcode block (the checksum vouches for the indices).
pub(crate) unsafe fn copy_relocated(blob: &[u8], layout: &format::Layout, base: *mut u8) {
    // SAFETY: caller contract.
    unsafe {
        std::ptr::copy_nonoverlapping(blob.as_ptr(), base, layout.image_len);
        let b = base as u64;
        for off in layout.relocs(blob) {
            let p = base.add(off) as *mut u64;
            *p = (*p).wrapping_add(b);
        }
        for off in layout.handlers(blob) {
            sys::zend_deserialize_opcode_handler(base.add(off) as *mut sys::zend_op);
        }
        #[cfg(php84)]
        fix_classes(base.add(layout.root) as *mut ScriptRoot);
    }
}

/// Tags for `zend_class_entry.default_object_handlers` (PHP 8.4+), a
/// pointer into the PHP binary: a user class has the standard handlers, an
/// enum the enum handlers (`zend_enum_add_interfaces`).
#[cfg(php84)]
const HANDLERS_STD: u64 = 1;
#[cfg(php84)]
const HANDLERS_ENUM: u64 = 2;

/// The tag the encoder stores for `h`; anything else is refused.
#[cfg(php84)]
pub(crate) fn object_handlers_tag(
    h: *const sys::zend_object_handlers,
) -> Result<u64, super::EncodeError> {
    // Addresses of two engine globals, not read.
    let (std_h, enum_h) = (
        &raw const sys::std_object_handlers,
        &raw const sys::zend_enum_object_handlers,
    );
    if h.is_null() {
        Ok(0)
    } else if h == std_h {
        Ok(HANDLERS_STD)
    } else if h == enum_h {
        Ok(HANDLERS_ENUM)
    } else {
        Err(super::EncodeError::Unsupported(
            "class with its own object handlers",
        ))
    }
}

/// The engine's iterator for a class with hooked properties (PHP 8.4+), the
/// one value of `zend_class_entry.get_iterator` a compiled user class has.
#[cfg(php84)]
const ITERATOR_HOOKED: u64 = 1;

/// The tag the encoder stores for `get_iterator`; anything else is refused.
#[cfg(php84)]
pub(crate) fn iterator_tag(
    it: Option<
        unsafe extern "C" fn(
            *mut sys::zend_class_entry,
            *mut sys::zval,
            std::ffi::c_int,
        ) -> *mut sys::zend_object_iterator,
    >,
) -> Result<u64, super::EncodeError> {
    match it {
        None => Ok(0),
        Some(f) if f as usize == sys::zend_hooked_object_get_iterator as *const () as usize => {
            Ok(ITERATOR_HOOKED)
        }
        Some(_) => Err(super::EncodeError::Unsupported(
            "class with its own iterator",
        )),
    }
}

/// Turns the handler tags of a relocated script's classes back into the
/// engine's pointers.
///
/// # Safety
/// `root` is a just relocated script root, still writable.
#[cfg(php84)]
unsafe fn fix_classes(root: *mut ScriptRoot) {
    // SAFETY: caller contract; the class table entries are relocated.
    unsafe {
        let r = &*root;
        for i in 0..r.num_classes as usize {
            let ce = (*r.classes.add(i)).ptr as *mut sys::zend_class_entry;
            let tag = (*ce).default_object_handlers as u64;
            (*ce).default_object_handlers = match tag {
                HANDLERS_STD => &raw const sys::std_object_handlers,
                HANDLERS_ENUM => &raw const sys::zend_enum_object_handlers,
                _ => std::ptr::null(),
            };
            // The field holds a tag, not yet a function: read it as bytes.
            let it = std::ptr::addr_of!((*ce).get_iterator) as *const u64;
            (*ce).get_iterator = match *it {
                ITERATOR_HOOKED => Some(sys::zend_hooked_object_get_iterator),
                _ => None,
            };
        }
    }
}

/// Registers a materialized script and returns its main op_array (a fresh
/// `emalloc`'d copy the engine owns). `hit`: the blob was compiled earlier
/// (replay its warnings, renumber its anonymous classes); otherwise the
/// compiler just ran and did both itself.
///
/// # Safety
/// `root` comes from [`materialize`] in this request. May raise E_ERROR
/// (duplicate function or class), which bails out: the caller must hold no
/// value with a destructor.
pub unsafe fn register(root: *mut ScriptRoot, hit: bool) -> *mut sys::zend_op_array {
    // SAFETY: the root and everything it points at is relocated arena
    // memory; the engine tables are live during a request.
    unsafe {
        let r = &*root;
        let op = sys::kiln_shim_emalloc(std::mem::size_of::<sys::zend_op_array>())
            as *mut sys::zend_op_array;
        std::ptr::copy_nonoverlapping(r.main, op, 1);

        if hit {
            renumber_anonymous_classes(root);
        }
        let nwarnings = if hit { r.num_warnings as usize } else { 0 };
        for i in 0..nwarnings {
            let w = &*r.warnings.add(i);
            sys::zend_error_zstr_at(w.ty, w.filename, w.lineno, w.message);
        }

        if r.has_halt_offset != 0 {
            sys::kiln_shim_register_halt_offset(r.filename, r.halt_offset);
        }

        let cg = super::compile::cg();
        let ft = (*cg).function_table;
        let observe_fn = sys::zend_observer_function_declared_observed;
        for i in 0..r.num_functions as usize {
            let e = &*r.functions.add(i);
            let f = e.ptr as *mut sys::zend_function;
            let existing = sys::zend_hash_find_known_hash(ft, e.key);
            if !existing.is_null() {
                sys::kiln_shim_function_redeclared(f, (*existing).value.ptr.cast());
                // E_ERROR bails out; not reached.
                continue;
            }
            sys::kiln_shim_hash_add_ptr(ft, e.key, f.cast());
            if observe_fn && !is_rtd_key(e.key) {
                sys::_zend_observer_function_declared_notify(f.cast(), e.key);
            }
        }

        let ct = (*cg).class_table;
        let observe_cls = sys::zend_observer_class_linked_observed;
        for i in 0..r.num_classes as usize {
            let e = &*r.classes.add(i);
            let ce = e.ptr as *mut sys::zend_class_entry;
            let existing = sys::zend_hash_find_known_hash(ct, e.key);
            if !existing.is_null() {
                if is_rtd_key(e.key) {
                    // Same file included again: keep the declaration there.
                    continue;
                }
                if (*ce).ce_flags & sys::ZEND_ACC_ANON_CLASS == 0 {
                    sys::kiln_shim_class_redeclared(ce);
                }
                continue;
            }
            sys::kiln_shim_hash_add_ptr(ct, e.key, ce.cast());
            if observe_cls && (*ce).ce_flags & sys::ZEND_ACC_LINKED != 0 && !is_rtd_key(e.key) {
                sys::_zend_observer_class_linked_notify(ce, e.key);
            }
        }

        if r.num_early_bindings > 0 {
            let list = std::slice::from_raw_parts(r.early_bindings, r.num_early_bindings as usize);
            let classes = std::slice::from_raw_parts(r.classes, r.num_classes as usize);
            let own =
                |ce: *const sys::zend_class_entry| classes.iter().any(|e| e.ptr as *const _ == ce);
            delayed_early_binding(op, r.filename, list.iter().copied(), own);
        }

        for (i, name) in AUTO_GLOBALS.iter().enumerate() {
            if r.auto_globals & (1 << i) != 0 {
                sys::zend_is_auto_global_str(name.as_ptr().cast(), name.len());
            }
        }
        op
    }
}

/// What the compiler does on every compile: anonymous class names end in
/// `$<hex CG(rtd_key_counter)>`, and runtime-definition keys take counter
/// values too. A loaded script takes the same number of values, and its
/// anonymous classes get the names a compile at this point would give them
/// (so each include of a file declares a distinct anonymous class, as
/// without Kiln). Each load owns its copy, so renaming patches it in place.
///
/// # Safety
/// `root` comes from [`materialize`] in this request and is not registered
/// yet. Allocates (request-interned strings): the caller holds nothing with
/// a destructor.
unsafe fn renumber_anonymous_classes(root: *mut ScriptRoot) {
    // SAFETY: relocated arena copy, private to this load.
    unsafe {
        let r = &mut *root;
        let cg = super::compile::cg();
        let live = (*cg).rtd_key_counter;
        (*cg).rtd_key_counter = live.wrapping_add(r.rtd_count);
        if live == r.rtd_base {
            return;
        }
        for i in 0..r.num_classes as usize {
            let e = &mut *r.classes.add(i);
            let ce = e.ptr as *mut sys::zend_class_entry;
            if (*ce).ce_flags & sys::ZEND_ACC_ANON_CLASS == 0 {
                continue;
            }
            let old = (*ce).name;
            let bytes = std::slice::from_raw_parts((*old).val.as_ptr().cast::<u8>(), (*old).len);
            let Some(dollar) = bytes.iter().rposition(|&b| b == b'$') else {
                continue;
            };
            let Some(n) = std::str::from_utf8(&bytes[dollar + 1..])
                .ok()
                .and_then(|h| u32::from_str_radix(h, 16).ok())
            else {
                continue;
            };
            let renumbered = n.wrapping_sub(r.rtd_base).wrapping_add(live);
            // "$" + at most 8 hex digits, on the stack (no allocation here).
            let mut buf = [0u8; 4096];
            let mut digits = [0u8; 8];
            let mut k = 0;
            let mut v = renumbered;
            loop {
                digits[k] = b"0123456789abcdef"[(v & 15) as usize];
                k += 1;
                v >>= 4;
                if v == 0 {
                    break;
                }
            }
            let len = dollar + 1 + k;
            if len > buf.len() {
                continue;
            }
            buf[..=dollar].copy_from_slice(&bytes[..=dollar]);
            for j in 0..k {
                buf[dollar + 1 + j] = digits[k - 1 - j];
            }
            let new = sys::kiln_shim_interned(buf.as_ptr().cast(), len);
            (*ce).name = new;
            if e.key == old {
                e.key = new;
            }
            replace_string_literals(r, old, new);
        }
    }
}

/// Points every string literal of the script that is `old` at `new`.
///
/// # Safety
/// `r` is a relocated, unregistered root.
unsafe fn replace_string_literals(
    r: &ScriptRoot,
    old: *mut sys::zend_string,
    new: *mut sys::zend_string,
) {
    // SAFETY: the script's op_arrays are relocated arena memory.
    unsafe {
        patch_op_array(r.main, old, new);
        for i in 0..r.num_functions as usize {
            patch_op_array((*r.functions.add(i)).ptr.cast(), old, new);
        }
        for i in 0..r.num_classes as usize {
            let ce = (*r.classes.add(i)).ptr as *mut sys::zend_class_entry;
            super::compile::for_each_function(ce, false, |f| patch_op_array(f, old, new));
        }
        for &op in r.const_ops() {
            patch_op_array(op, old, new);
        }
    }
}

/// # Safety
/// `op` is a relocated user op_array of the script.
unsafe fn patch_op_array(
    op: *mut sys::zend_op_array,
    old: *mut sys::zend_string,
    new: *mut sys::zend_string,
) {
    // SAFETY: literals and dynamic_func_defs of a relocated op_array.
    unsafe {
        for j in 0..usize::try_from((*op).last_literal).unwrap_or(0) {
            let zv = (*op).literals.add(j);
            if u32::from((*zv).u1.v.type_) == sys::IS_STRING && (*zv).value.str_ == old {
                (*zv).value.str_ = new;
            }
        }
        for k in 0..(*op).num_dynamic_func_defs as usize {
            patch_op_array(*(*op).dynamic_func_defs.add(k), old, new);
        }
    }
}

/// Whether registering this script would collide with a function or a
/// (named, non-anonymous) class that already exists. PHP's compiler
/// reacts to those differently from a load (a redeclared function is a
/// compile error at the declaration; a class whose name is taken is
/// declared at run time when its statement is reached), so the caller
/// compiles the file instead of loading it.
///
/// # Safety
/// `root` comes from [`materialize`] in this request.
pub unsafe fn conflicts(root: *const ScriptRoot) -> bool {
    // SAFETY: relocated root; live engine tables.
    unsafe {
        let r = &*root;
        let cg = super::compile::cg();
        for i in 0..r.num_functions as usize {
            let e = &*r.functions.add(i);
            if !sys::zend_hash_find_known_hash((*cg).function_table, e.key).is_null() {
                return true;
            }
        }
        for i in 0..r.num_classes as usize {
            let e = &*r.classes.add(i);
            let ce = e.ptr as *const sys::zend_class_entry;
            if is_rtd_key(e.key) || (*ce).ce_flags & sys::ZEND_ACC_ANON_CLASS != 0 {
                continue;
            }
            if !sys::zend_hash_find_known_hash((*cg).class_table, e.key).is_null() {
                return true;
            }
        }
        false
    }
}

/// A runtime-definition key ("\0name/file:line$n") rather than a name.
///
/// # Safety
/// `key` is a live string.
unsafe fn is_rtd_key(key: *const sys::zend_string) -> bool {
    // SAFETY: live string.
    unsafe { (*key).len > 0 && (*key).val[0] == 0 }
}

/// `zend_accel_do_delayed_early_binding`: for each class declared after use
/// whose parent exists now, bind it before the script runs and put it in the
/// main op_array's run-time cache slot, so `new Child` before
/// `class Child extends P` works as with an early-bound compile.
///
/// # Safety
/// `op` is a main op_array (HEAP_RT_CACHE, no cache yet) whose declarations
/// are registered; `list` yields live strings. May raise engine errors
/// (inheritance errors bail out), so `list` must own nothing.
///
/// `own(ce)` says whether a class was declared by this script itself: such
/// a parent is skipped, because PHP binds at compile time only to parents
/// that existed before the file was compiled (a same-file parent declared
/// further down leaves the child to its runtime declaration).
pub unsafe fn delayed_early_binding(
    op: *mut sys::zend_op_array,
    filename: *mut sys::zend_string,
    list: impl Iterator<Item = RootEarlyBinding>,
    own: impl Fn(*const sys::zend_class_entry) -> bool,
) {
    // SAFETY: engine state during a request.
    unsafe {
        if (*op).fn_flags & sys::ZEND_ACC_HEAP_RT_CACHE == 0 || !(*op).run_time_cache__ptr.is_null()
        {
            return;
        }
        let size = usize::try_from((*op).cache_size).unwrap_or(0);
        let rtc = sys::kiln_shim_emalloc(size.max(1)) as *mut u8;
        std::ptr::write_bytes(rtc, 0, size);
        (*op).run_time_cache__ptr = rtc as *mut *mut c_void;

        let cg = super::compile::cg();
        let eg = super::compile::eg();
        let orig_filename = (*cg).compiled_filename;
        let orig_in_compilation = (*cg).in_compilation;
        (*cg).compiled_filename = filename;
        (*cg).in_compilation = true;
        let ct = (*eg).class_table;
        for b in list {
            let found = sys::zend_hash_find(ct, b.lcname);
            if !found.is_null() {
                continue;
            }
            let zv = sys::zend_hash_find(ct, b.rtd_key);
            if zv.is_null() {
                continue;
            }
            let orig_ce = (*zv).value.ce;
            let parent = sys::zend_hash_find(ct, b.lc_parent_name);
            if parent.is_null() || own((*parent).value.ce) {
                continue;
            }
            let ce = sys::zend_try_early_bind(orig_ce, (*parent).value.ce, b.lcname, zv);
            if !ce.is_null() && b.cache_slot != u32::MAX && (b.cache_slot as usize) + 8 <= size {
                *(rtc.add(b.cache_slot as usize) as *mut *mut sys::zend_class_entry) = ce;
            }
        }
        (*cg).compiled_filename = orig_filename;
        (*cg).in_compilation = orig_in_compilation;
    }
}

/// The miss path: the originally compiled script runs; do what loading
/// would have done that the flagged compile left out (delayed early
/// binding, observer notifications).
///
/// # Safety
/// `op` is the just-compiled main op_array; `functions_from`/`classes_from`
/// are the CG table sizes before its compile. May raise engine errors.
pub unsafe fn finish_miss(op: *mut sys::zend_op_array, functions_from: u32, classes_from: u32) {
    // SAFETY: live compile result and engine tables.
    unsafe {
        let cg = super::compile::cg();
        let filename = (*op).filename;
        if sys::zend_observer_function_declared_observed {
            super::compile::for_each_new((*cg).function_table, functions_from, |key, p, _| {
                let f = p as *mut sys::zend_function;
                if u32::from((*f).type_) == sys::ZEND_USER_FUNCTION
                    && (*f).op_array.filename == filename
                    && !is_rtd_key(key)
                {
                    sys::_zend_observer_function_declared_notify(f.cast(), key);
                }
            });
        }
        if sys::zend_observer_class_linked_observed {
            super::compile::for_each_new((*cg).class_table, classes_from, |key, p, _| {
                let ce = p as *mut sys::zend_class_entry;
                if (*ce).type_ as u8 == super::eng::ZEND_USER_CLASS
                    && (*ce).info.user.filename == filename
                    && (*ce).ce_flags & sys::ZEND_ACC_LINKED != 0
                    && !is_rtd_key(key)
                {
                    sys::_zend_observer_class_linked_notify(ce, key);
                }
            });
        }
        if (*op).fn_flags & sys::ZEND_ACC_EARLY_BINDING != 0 {
            // No Vec here (this frame may be left by a bailout): walk the
            // oplines directly.
            let ops = (*op).opcodes;
            let list = (0..(*op).last as usize).filter_map(|i| {
                let o = ops.add(i);
                if u32::from((*o).opcode) != sys::ZEND_DECLARE_CLASS_DELAYED {
                    return None;
                }
                let lc = super::compile::rt_constant(o, (*o).op1);
                let parent = super::compile::rt_constant(o, (*o).op2);
                Some(RootEarlyBinding {
                    lcname: (*lc).value.str_,
                    rtd_key: (*lc.add(1)).value.str_,
                    lc_parent_name: (*parent).value.str_,
                    cache_slot: (*o).extended_value,
                    _pad: 0,
                })
            });
            let ct = (*cg).class_table;
            let own = |ce: *const sys::zend_class_entry| {
                let mut found = false;
                super::compile::for_each_new(ct, classes_from, |_, p, _| {
                    found |= p as *const _ == ce
                });
                found
            };
            delayed_early_binding(op, filename, list, own);
        }
    }
}
