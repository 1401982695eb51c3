//! Classes: `zend_class_entry` and what hangs off it (method, property and
//! constant tables, default values, trait and interface names).
//!
//! Stored classes are marked `ZEND_ACC_FILE_CACHED | ZEND_ACC_CACHED`, not
//! IMMUTABLE: linking copies them lazily (`zend_lazy_class_load`), and
//! `destroy_zend_class` then frees nothing that lives in the blob.

use super::encode::{off, refuse, Enc, Slot, Vals, R};
use super::eng;
use crate::ffi::sys;
use std::mem::size_of;

type C = sys::zend_class_entry;

impl Enc {
    /// A pointer to a class: must be one this script declares.
    ///
    /// # Safety
    /// `ce` is NULL or a live class entry.
    pub unsafe fn class_ref(&mut self, ce: *const C) -> R<u32> {
        if ce.is_null() {
            return Ok(0);
        }
        if let Some(o) = self.w.lookup_ptr(ce as usize) {
            return Ok(o);
        }
        if !self.classes.contains(&(ce as usize)) {
            return refuse("pointer to a class outside the script");
        }
        // SAFETY: forwarded.
        unsafe { self.class(ce) }
    }

    /// # Safety
    /// `ce` is a live user class entry declared by the script.
    pub unsafe fn class(&mut self, ce: *const C) -> R<u32> {
        if let Some(o) = self.w.lookup_ptr(ce as usize) {
            return Ok(o);
        }
        // SAFETY: every field is read per its meaning for a user class.
        unsafe {
            let c = &*ce;
            if c.type_ as u8 != eng::ZEND_USER_CLASS {
                return refuse("internal class in a script");
            }
            if c.ce_flags & sys::ZEND_ACC_IMMUTABLE != 0 {
                return refuse("immutable class");
            }
            if !c.iterator_funcs_ptr.is_null() || !c.arrayaccess_funcs_ptr.is_null() {
                return refuse("class with iterator/array-access handlers");
            }
            // PHP 8.4: a class with hooked properties iterates with the
            // engine's zend_hooked_object_get_iterator (stored as a tag).
            #[cfg(php84)]
            let own_iterator = c.get_iterator.is_some()
                && crate::codec::load::iterator_tag(c.get_iterator).is_err();
            #[cfg(not(php84))]
            let own_iterator = c.get_iterator.is_some();
            if c.__bindgen_anon_2.create_object.is_some()
                || own_iterator
                || c.get_static_method.is_some()
                || c.serialize.is_some()
                || c.unserialize.is_some()
            {
                return refuse("class with native handlers");
            }
            if !c.backed_enum_table.is_null() {
                return refuse("enum with a built backing table");
            }
            if c.num_interfaces > 0 && c.ce_flags & sys::ZEND_ACC_RESOLVED_INTERFACES != 0 {
                return refuse("class with resolved interfaces");
            }

            let off = self.copy_obj(ce, eng::CLASS_SIZE);
            self.w.remember_ptr(ce as usize, off);
            let f = |field: u32| off + field;
            self.zero_gap(off, off!(C, type_) + 1, off!(C, name));
            self.zero_gap(
                off,
                off!(C, enum_backing_type) + 4,
                off!(C, backed_enum_table),
            );

            self.str_field(f(off!(C, name)), c.name)?;
            // parent (linked) or parent_name (unlinked): one union.
            let parent_field = f(off!(C, __bindgen_anon_1));
            if c.ce_flags & (sys::ZEND_ACC_LINKED | sys::ZEND_ACC_RESOLVED_PARENT) != 0 {
                let p = self.class_ref(c.__bindgen_anon_1.parent)?;
                self.w.set_ptr(parent_field, p);
            } else {
                self.str_field(parent_field, c.__bindgen_anon_1.parent_name)?;
            }
            self.w.put_u32(f(off!(C, refcount)), 1);
            let flags = (c.ce_flags & !sys::ZEND_ACC_IMMUTABLE)
                | sys::ZEND_ACC_FILE_CACHED
                | sys::ZEND_ACC_CACHED;
            self.w.put_u32(f(off!(C, ce_flags)), flags);

            // default property values
            let nprops = usize::try_from(c.default_properties_count).unwrap_or(0);
            let dp = if nprops > 0 && !c.default_properties_table.is_null() {
                let t = self.w.alloc(16 * nprops, 8);
                for i in 0..nprops {
                    self.zval(
                        t + 16 * i as u32,
                        c.default_properties_table.add(i),
                        Slot::Plain,
                    )?;
                }
                t
            } else {
                0
            };
            self.w.set_ptr(f(off!(C, default_properties_table)), dp);
            let nstatic = usize::try_from(c.default_static_members_count).unwrap_or(0);
            let ds = if nstatic > 0 && !c.default_static_members_table.is_null() {
                let t = self.w.alloc(16 * nstatic, 8);
                self.static_tables
                    .push((c.default_static_members_table as usize, 16 * nstatic, t));
                for i in 0..nstatic {
                    self.zval(
                        t + 16 * i as u32,
                        c.default_static_members_table.add(i),
                        Slot::StaticMember,
                    )?;
                }
                t
            } else {
                0
            };
            self.w.set_ptr(f(off!(C, default_static_members_table)), ds);
            self.w.set_ptr(f(off!(C, static_members_table__ptr)), 0);
            self.w.set_ptr(f(off!(C, mutable_data__ptr)), 0);
            // Never initialized by the compiler (arena memory): always NULL.
            self.w.set_ptr(f(off!(C, inheritance_cache)), 0);

            self.table(
                f(off!(C, function_table)),
                &c.function_table,
                Vals::Func,
                false,
            )?;
            self.table(
                f(off!(C, properties_info)),
                &c.properties_info,
                Vals::Prop,
                false,
            )?;
            self.table(
                f(off!(C, constants_table)),
                &c.constants_table,
                Vals::Const,
                false,
            )?;

            // properties_info_table: default_properties_count entries.
            if !c.properties_info_table.is_null() && nprops > 0 {
                let t = self.w.alloc(8 * nprops, 8);
                for i in 0..nprops {
                    let p = self.prop_info(*c.properties_info_table.add(i))?;
                    self.w.set_ptr(t + 8 * i as u32, p);
                }
                self.w.set_ptr(f(off!(C, properties_info_table)), t);
            } else {
                self.w.set_ptr(f(off!(C, properties_info_table)), 0);
            }

            // magic methods
            macro_rules! magic {
                ($($m:ident),*) => {$(
                    let m = self.function(c.$m)?;
                    self.w.set_ptr(f(off!(C, $m)), m);
                )*};
            }
            magic!(
                constructor,
                destructor,
                clone,
                __get,
                __set,
                __unset,
                __isset,
                __call,
                __callstatic,
                __tostring,
                __debugInfo,
                __serialize,
                __unserialize
            );

            // interface names (unresolved only)
            let iface_field = f(off!(C, __bindgen_anon_3));
            let nif = c.num_interfaces as usize;
            if nif > 0 {
                let names = c.__bindgen_anon_3.interface_names;
                if names.is_null() {
                    return refuse("interface names missing");
                }
                let t = self.class_names(names, nif)?;
                self.w.set_ptr(iface_field, t);
            } else {
                self.w.set_ptr(iface_field, 0);
            }

            // traits
            let ntraits = c.num_traits as usize;
            if ntraits > 0 {
                if c.trait_names.is_null() {
                    return refuse("trait names missing");
                }
                let t = self.class_names(c.trait_names, ntraits)?;
                self.w.set_ptr(f(off!(C, trait_names)), t);
                let a = self.trait_aliases(c.trait_aliases)?;
                self.w.set_ptr(f(off!(C, trait_aliases)), a);
                let p = self.trait_precedences(c.trait_precedences)?;
                self.w.set_ptr(f(off!(C, trait_precedences)), p);
            } else {
                self.w.set_ptr(f(off!(C, trait_names)), 0);
                self.w.set_ptr(f(off!(C, trait_aliases)), 0);
                self.w.set_ptr(f(off!(C, trait_precedences)), 0);
            }

            self.table_ptr(f(off!(C, attributes)), c.attributes, Vals::Attr)?;
            self.w.set_ptr(f(off!(C, backed_enum_table)), 0);

            type U = sys::_zend_class_entry__bindgen_ty_4__bindgen_ty_1;
            let info = f(off!(C, info));
            self.str_field(info + off!(U, filename), c.info.user.filename)?;
            #[cfg(not(php84))]
            self.str_field(info + off!(U, doc_comment), c.info.user.doc_comment)?;
            #[cfg(php84)]
            {
                self.str_field(f(off!(C, doc_comment)), c.doc_comment)?;
                // A pointer into the PHP binary: stored as a tag, set again
                // after relocation (`load::fix_classes`).
                let tag = crate::codec::load::object_handlers_tag(c.default_object_handlers)?;
                self.w.put_u64(f(off!(C, default_object_handlers)), tag);
                let tag = crate::codec::load::iterator_tag(c.get_iterator)?;
                self.w.put_u64(f(off!(C, get_iterator)), tag);
            }
            Ok(off)
        }
    }

    /// `zend_class_name[n]` (interfaces, traits).
    ///
    /// # Safety
    /// `names` points at `n` live entries.
    unsafe fn class_names(&mut self, names: *const sys::zend_class_name, n: usize) -> R<u32> {
        type N = sys::zend_class_name;
        let t = self.w.alloc(n * size_of::<N>(), 8);
        // SAFETY: caller contract.
        unsafe {
            for i in 0..n {
                let d = t + (i * size_of::<N>()) as u32;
                let s = names.add(i);
                self.str_field(d + off!(N, name), (*s).name)?;
                self.str_field(d + off!(N, lc_name), (*s).lc_name)?;
            }
        }
        Ok(t)
    }

    /// # Safety
    /// `list` is NULL or a NULL-terminated array of live trait aliases.
    unsafe fn trait_aliases(&mut self, list: *mut *mut sys::zend_trait_alias) -> R<u32> {
        if list.is_null() {
            return Ok(0);
        }
        type A = sys::zend_trait_alias;
        type M = sys::zend_trait_method_reference;
        // SAFETY: caller contract.
        unsafe {
            let n = null_terminated_len(list);
            let t = self.w.alloc(8 * (n + 1), 8);
            for i in 0..n {
                let a = *list.add(i);
                let d = self.copy_obj(a, size_of::<A>());
                self.zero_gap(d, off!(A, modifiers) + 4, size_of::<A>() as u32);
                self.str_field(
                    d + off!(A, trait_method) + off!(M, method_name),
                    (*a).trait_method.method_name,
                )?;
                self.str_field(
                    d + off!(A, trait_method) + off!(M, class_name),
                    (*a).trait_method.class_name,
                )?;
                self.str_field(d + off!(A, alias), (*a).alias)?;
                self.w.set_ptr(t + 8 * i as u32, d);
            }
            Ok(t)
        }
    }

    /// # Safety
    /// `list` is NULL or a NULL-terminated array of live trait precedences.
    unsafe fn trait_precedences(&mut self, list: *mut *mut sys::zend_trait_precedence) -> R<u32> {
        if list.is_null() {
            return Ok(0);
        }
        type P = sys::zend_trait_precedence;
        type M = sys::zend_trait_method_reference;
        // SAFETY: caller contract; each precedence has num_excludes names.
        unsafe {
            let n = null_terminated_len(list);
            let t = self.w.alloc(8 * (n + 1), 8);
            for i in 0..n {
                let p = *list.add(i);
                let k = (*p).num_excludes as usize;
                if k > 65536 {
                    return refuse("trait precedence size");
                }
                let size = off!(P, exclude_class_names) as usize + 8 * k.max(1);
                let d = self.copy_obj(p, size);
                self.zero_gap(d, off!(P, num_excludes) + 4, off!(P, exclude_class_names));
                self.str_field(
                    d + off!(P, trait_method) + off!(M, method_name),
                    (*p).trait_method.method_name,
                )?;
                self.str_field(
                    d + off!(P, trait_method) + off!(M, class_name),
                    (*p).trait_method.class_name,
                )?;
                let names = (*p).exclude_class_names.as_ptr();
                for j in 0..k.max(1) {
                    let s = if j < k {
                        *names.add(j)
                    } else {
                        std::ptr::null_mut()
                    };
                    self.str_field(d + off!(P, exclude_class_names) + 8 * j as u32, s)?;
                }
                self.w.set_ptr(t + 8 * i as u32, d);
            }
            Ok(t)
        }
    }

    /// # Safety
    /// `p` is NULL or a live property info.
    pub unsafe fn prop_info(&mut self, p: *const sys::zend_property_info) -> R<u32> {
        if p.is_null() {
            return Ok(0);
        }
        if let Some(o) = self.w.lookup_ptr(p as usize) {
            return Ok(o);
        }
        type P = sys::zend_property_info;
        // SAFETY: live property info.
        unsafe {
            let d = self.copy_obj(p, size_of::<P>());
            self.w.remember_ptr(p as usize, d);
            self.str_field(d + off!(P, name), (*p).name)?;
            self.str_field(d + off!(P, doc_comment), (*p).doc_comment)?;
            self.table_ptr(d + off!(P, attributes), (*p).attributes, Vals::Attr)?;
            let ce = self.class_ref((*p).ce)?;
            self.w.set_ptr(d + off!(P, ce), ce);
            self.ztype(d + off!(P, type_), &(*p).type_)?;
            #[cfg(php84)]
            {
                // The property this one redeclares (itself when it is the
                // first declaration), and the get/set hooks.
                let proto = self.prop_info((*p).prototype)?;
                self.w.set_ptr(d + off!(P, prototype), proto);
                if (*p).hooks.is_null() {
                    self.w.set_ptr(d + off!(P, hooks), 0);
                } else {
                    let n = crate::codec::compile::HOOK_COUNT;
                    let h = self.w.alloc(8 * n, 8);
                    for k in 0..n {
                        let f = self.function(*(*p).hooks.add(k))?;
                        self.w.set_ptr(h + 8 * k as u32, f);
                    }
                    self.w.set_ptr(d + off!(P, hooks), h);
                }
            }
            Ok(d)
        }
    }

    /// # Safety
    /// `c` is a live class constant.
    pub unsafe fn class_const(&mut self, c: *const sys::zend_class_constant) -> R<u32> {
        if let Some(o) = self.w.lookup_ptr(c as usize) {
            return Ok(o);
        }
        type K = sys::zend_class_constant;
        // SAFETY: live class constant.
        unsafe {
            let d = self.copy_obj(c, size_of::<K>());
            self.w.remember_ptr(c as usize, d);
            // The image must stay writable (not in the shared arena).
            if crate::ffi::engine::const_written_on_read(c) {
                self.w.set_flag(super::format::FLAG_WRITABLE);
            }
            self.zval(d + off!(K, value), &(*c).value, Slot::Plain)?;
            self.str_field(d + off!(K, doc_comment), (*c).doc_comment)?;
            self.table_ptr(d + off!(K, attributes), (*c).attributes, Vals::Attr)?;
            #[cfg(php84)]
            self.ztype(d + off!(K, type_), &(*c).type_)?;
            let ce = self.class_ref((*c).ce)?;
            self.w.set_ptr(d + off!(K, ce), ce);
            Ok(d)
        }
    }
}

/// The number of entries before the NULL that ends `list`.
///
/// # Safety
/// `list` is a live NULL-terminated array of pointers.
unsafe fn null_terminated_len<T>(list: *mut *mut T) -> usize {
    let mut n = 0;
    // SAFETY: caller contract: every index up to the terminator is readable.
    while !unsafe { *list.add(n) }.is_null() {
        n += 1;
    }
    n
}
