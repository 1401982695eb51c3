//! The engine's class-name cache for image strings.
//!
//! PHP 8.2 can keep, per request, the class a name resolves to in a map_ptr
//! slot whose offset is stored in the name string itself
//! (`IS_STR_CLASS_NAME_MAP_PTR`, the refcount field holding the offset):
//! `zend_lookup_class_ex` and the type checks then skip the lowercasing,
//! the hash lookup and the key comparison. OPcache gets this for every
//! string equal to a class name because its strings are interned once for
//! all scripts. An image has its own strings, so Kiln gives every string of
//! an image that may name a class (class names, parent, interface and trait
//! names, type names, string literals and constant-array values of
//! class-name shape) a slot shared by all strings of that name in the
//! process: the same lowercase name, the same slot, as one interned string
//! would have.
//!
//! A slot comes from the pool reserved in MINIT, so the engine zeroes it at
//! every request start; a slot on a string that never names a class stays
//! NULL (the lookup then runs as without a cache).

use crate::codec::ScriptRoot;
use crate::ffi::sys;
use crate::prehashed::PrehashedMap;
use parking_lot::Mutex;

/// xxh3 of the lowercase name → (lowercase name, map_ptr offset), for this
/// process's pool. Names are compared in full: two names never share a
/// slot (the slot answers a class lookup).
type Slots = PrehashedMap<Vec<(Box<[u8]>, u32)>>;
static SLOTS: Mutex<Option<Slots>> = Mutex::new(None);

/// Forgets every assignment (the pool starts over).
pub fn reset() {
    *SLOTS.lock() = None;
}

/// Names given a slot in this process.
pub fn count() -> usize {
    SLOTS
        .lock()
        .as_ref()
        .map_or(0, |m| m.values().map(Vec::len).sum())
}

/// Whether `s` has the shape of a class name worth a slot: identifier
/// characters and backslashes, starting with an upper-case letter or
/// containing a namespace separator (method, property and variable names
/// conventionally do neither), not `self`/`parent`/`static`.
fn class_shaped(s: &[u8]) -> bool {
    let Some(&first) = s.first() else {
        return false;
    };
    if s.len() > 256 || first.is_ascii_digit() || s.last() == Some(&b'\\') {
        return false;
    }
    let mut namespaced = false;
    for &c in s {
        match c {
            b'\\' => namespaced = true,
            b'_' | b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | 0x80.. => {}
            _ => return false,
        }
    }
    (first.is_ascii_uppercase() || namespaced)
        && !s.eq_ignore_ascii_case(b"self")
        && !s.eq_ignore_ascii_case(b"parent")
        && !s.eq_ignore_ascii_case(b"static")
}

/// Gives the class-name-shaped strings of the image `[lo, hi)` rooted at
/// `root` their name's slot. Only from a process's second request on (see
/// [`super::image::attach_names`]): a CLI run would pay the walk for
/// nothing.
///
/// # Safety
/// `root` is a relocated image not yet in use; every pointer reached lies
/// in it or in the engine's permanent memory.
pub unsafe fn attach(root: *const ScriptRoot, lo: usize, hi: usize) {
    let mut guard = SLOTS.lock();
    let map = guard.get_or_insert_with(Slots::default);
    // SAFETY: forwarded.
    unsafe {
        walk(
            root,
            Walker {
                map: Some(map),
                lo,
                hi,
            },
        )
    }
}

/// [`attach`] for an image being built in the family's arena (inside its
/// write window): slots come from the arena, shared by name across the
/// family (`crate::arena::name_slot`).
///
/// # Safety
/// As [`attach`].
pub unsafe fn attach_shared(root: *const ScriptRoot, lo: usize, hi: usize) {
    // SAFETY: forwarded.
    unsafe { walk(root, Walker { map: None, lo, hi }) }
}

/// # Safety
/// As [`attach`].
unsafe fn walk(root: *const ScriptRoot, mut w: Walker) {
    // SAFETY: forwarded.
    unsafe {
        let r = &*root;
        w.op_array(r.main);
        for i in 0..r.num_functions as usize {
            w.op_array((*r.functions.add(i)).ptr.cast());
        }
        for i in 0..r.num_classes as usize {
            w.class((*r.classes.add(i)).ptr.cast());
        }
        for &op in r.const_ops() {
            w.op_array(op);
        }
    }
}

struct Walker<'a> {
    /// This process's names; None: the arena's.
    map: Option<&'a mut Slots>,
    lo: usize,
    hi: usize,
}

impl Walker<'_> {
    fn mine<T>(&self, p: *const T) -> bool {
        let a = p as usize;
        a >= self.lo && a < self.hi
    }

    /// # Safety
    /// `s` is NULL or a live string.
    unsafe fn string(&mut self, s: *mut sys::zend_string) {
        // SAFETY: a live string; only the image's own strings are changed.
        unsafe {
            if s.is_null() || !self.mine(s) {
                return;
            }
            let flags = (*s).gc.u.type_info >> sys::GC_FLAGS_SHIFT;
            if flags & sys::IS_STR_INTERNED == 0 || flags & sys::IS_STR_CLASS_NAME_MAP_PTR != 0 {
                return;
            }
            let bytes = std::slice::from_raw_parts((*s).val.as_ptr().cast::<u8>(), (*s).len);
            if !class_shaped(bytes) {
                return;
            }
            let mut buf = [0u8; 256];
            let lower = &mut buf[..bytes.len()];
            lower.copy_from_slice(bytes);
            lower.make_ascii_lowercase();
            let offset = match self.map.as_deref_mut() {
                None => match crate::arena::name_slot(lower) {
                    Some(o) => o,
                    None => return,
                },
                Some(map) => {
                    let bucket = map.entry(xxhash_rust::xxh3::xxh3_64(lower)).or_default();
                    match bucket.iter().find(|(n, _)| **n == *lower) {
                        Some(&(_, o)) => o,
                        None => {
                            let Some(o) = super::take_slots(1).and_then(|o| u32::try_from(o).ok())
                            else {
                                return;
                            };
                            bucket.push((lower.into(), o));
                            o
                        }
                    }
                }
            };
            (*s).gc.refcount = offset;
            (*s).gc.u.type_info |= sys::IS_STR_CLASS_NAME_MAP_PTR << sys::GC_FLAGS_SHIFT;
        }
    }

    /// # Safety
    /// `z` is a live zval of the image.
    unsafe fn zval(&mut self, z: *const sys::zval, depth: u32) {
        // SAFETY: forwarded.
        unsafe {
            match u32::from((*z).u1.v.type_) {
                sys::IS_STRING => self.string((*z).value.str_),
                sys::IS_ARRAY if depth < 4 => self.array((*z).value.arr, depth + 1),
                _ => {}
            }
        }
    }

    /// Values of an immutable array of the image (`Foo::class` lists).
    ///
    /// # Safety
    /// `a` is a live array.
    unsafe fn array(&mut self, a: *const sys::HashTable, depth: u32) {
        // SAFETY: forwarded; slots 0..nNumUsed are initialized.
        unsafe {
            if !self.mine(a) || (*a).u.flags & sys::HASH_FLAG_UNINITIALIZED != 0 {
                return;
            }
            let n = (*a).nNumUsed as usize;
            if (*a).u.flags & sys::HASH_FLAG_PACKED != 0 {
                let v = (*a).__bindgen_anon_1.arPacked;
                for i in 0..n {
                    self.zval(v.add(i), depth);
                }
            } else {
                let b = (*a).__bindgen_anon_1.arData;
                for i in 0..n {
                    self.zval(&raw const (*b.add(i)).val, depth);
                }
            }
        }
    }

    /// # Safety
    /// `t` is a live type.
    unsafe fn type_(&mut self, t: &sys::zend_type) {
        // SAFETY: forwarded.
        unsafe {
            if t.type_mask & sys::_ZEND_TYPE_LIST_BIT != 0 {
                let l = t.ptr as *const sys::zend_type_list;
                if !self.mine(l) {
                    return;
                }
                for i in 0..(*l).num_types as usize {
                    self.type_(&*(*l).types.as_ptr().add(i));
                }
            } else if t.type_mask & sys::_ZEND_TYPE_NAME_BIT != 0 {
                self.string(t.ptr.cast());
            }
        }
    }

    /// # Safety
    /// `op` is NULL or an op_array of the image.
    unsafe fn op_array(&mut self, op: *const sys::zend_op_array) {
        // SAFETY: forwarded.
        unsafe {
            if op.is_null() || !self.mine(op) || u32::from((*op).type_) != sys::ZEND_USER_FUNCTION {
                return;
            }
            for i in 0..(*op).last_literal.max(0) as usize {
                self.zval((*op).literals.add(i), 0);
            }
            if !(*op).arg_info.is_null() {
                let mut n = (*op).num_args as usize;
                if (*op).fn_flags & sys::ZEND_ACC_VARIADIC != 0 {
                    n += 1;
                }
                let mut first = (*op).arg_info;
                if (*op).fn_flags & sys::ZEND_ACC_HAS_RETURN_TYPE != 0 {
                    first = first.sub(1);
                    n += 1;
                }
                for i in 0..n {
                    self.type_(&(*first.add(i)).type_);
                }
            }
            for k in 0..(*op).num_dynamic_func_defs as usize {
                self.op_array(*(*op).dynamic_func_defs.add(k));
            }
        }
    }

    /// # Safety
    /// `ce` is a class of the image.
    unsafe fn class(&mut self, ce: *const sys::zend_class_entry) {
        // SAFETY: forwarded; unions read by the flags that select them.
        unsafe {
            if !self.mine(ce) {
                return;
            }
            self.string((*ce).name);
            let linked = (*ce).ce_flags & sys::ZEND_ACC_LINKED != 0;
            if !linked {
                if (*ce).ce_flags & sys::ZEND_ACC_RESOLVED_PARENT == 0 {
                    self.string((*ce).__bindgen_anon_1.parent_name);
                }
                if (*ce).ce_flags & sys::ZEND_ACC_RESOLVED_INTERFACES == 0 {
                    let names = (*ce).__bindgen_anon_3.interface_names;
                    if self.mine(names) {
                        for i in 0..(*ce).num_interfaces as usize {
                            self.string((*names.add(i)).name);
                        }
                    }
                }
            }
            if self.mine((*ce).trait_names) {
                for i in 0..(*ce).num_traits as usize {
                    self.string((*(*ce).trait_names.add(i)).name);
                }
            }
            crate::codec::compile::for_each_new(&(*ce).constants_table, 0, |_, p, _| {
                let c = p as *const sys::zend_class_constant;
                if self.mine(c) {
                    self.zval(&(*c).value, 0);
                }
            });
            crate::codec::compile::for_each_new(&(*ce).properties_info, 0, |_, p, _| {
                let pi = p as *const sys::zend_property_info;
                if self.mine(pi) {
                    self.type_(&(*pi).type_);
                }
            });
            for (t, n) in [
                (
                    (*ce).default_properties_table,
                    (*ce).default_properties_count,
                ),
                (
                    (*ce).default_static_members_table,
                    (*ce).default_static_members_count,
                ),
            ] {
                if self.mine(t) {
                    for i in 0..n.max(0) as usize {
                        self.zval(t.add(i), 0);
                    }
                }
            }
            crate::codec::compile::for_each_function(ce, true, |f| self.op_array(f));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::class_shaped;

    #[test]
    fn class_shaped_strings() {
        for s in [
            "Foo",
            "Bench\\Gen\\Model\\C0",
            "\\Foo\\Bar",
            "app\\models\\user",
            "A1_b",
        ] {
            assert!(class_shaped(s.as_bytes()), "{s}");
        }
        for s in [
            "", "foo", "getName", "self", "Parent", "STATIC", "Foo\\", "1Abc", "Foo Bar",
            "Foo::bar", "a-b",
        ] {
            assert!(!class_shaped(s.as_bytes()), "{s}");
        }
    }
}
