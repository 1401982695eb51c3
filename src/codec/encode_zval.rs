//! Values: strings live in `encode.rs`; here zvals, hash tables, constant
//! ASTs, types and attributes.

use super::encode::{off, raw, refuse, Enc, Slot, Vals, R};
use super::eng;
use crate::ffi::sys;
use std::mem::{offset_of, size_of};

impl Enc {
    // ---- zvals ------------------------------------------------------------

    /// Writes the image form of zval `src` at `dst`.
    ///
    /// # Safety
    /// `src` is a live zval; `dst` is a 16-byte slot in the image.
    pub unsafe fn zval(&mut self, dst: u32, src: *const sys::zval, slot: Slot) -> R<()> {
        // SAFETY: live zval; union reads follow its type byte.
        unsafe {
            let ty = u32::from((*src).u1.v.type_);
            let u2 = (*src).u2.next;
            match ty {
                0..=3 => {
                    // UNDEF, NULL, FALSE, TRUE: no value.
                    self.w.put_u64(dst, 0);
                    self.w.put_u32(dst + 8, ty);
                }
                4 | 5 => {
                    // LONG, DOUBLE
                    self.w.put_u64(dst, (*src).value.lval as u64);
                    self.w.put_u32(dst + 8, ty);
                }
                sys::IS_STRING => {
                    let o = self.string((*src).value.str_)?;
                    self.w.set_ptr(dst, o);
                    self.w.put_u32(dst + 8, sys::IS_STRING);
                }
                sys::IS_ARRAY => {
                    let o = self.array((*src).value.arr)?;
                    self.w.set_ptr(dst, o);
                    self.w.put_u32(dst + 8, sys::IS_ARRAY);
                }
                sys::IS_CONSTANT_AST => {
                    let o = self.ast_ref((*src).value.ast)?;
                    self.w.set_ptr(dst, o);
                    self.w.put_u32(dst + 8, sys::IS_CONSTANT_AST);
                }
                sys::IS_INDIRECT if slot == Slot::StaticMember => {
                    let target = (*src).value.zv as usize;
                    if target == 0 {
                        return refuse("NULL INDIRECT static member");
                    }
                    self.w.put_u64(dst, 0);
                    self.indirect.push((dst, target));
                    self.w.put_u32(dst + 8, sys::IS_INDIRECT);
                }
                sys::IS_INDIRECT => return refuse("INDIRECT zval outside static members"),
                8 => return refuse("object in a compiled script"),
                9 => return refuse("resource in a compiled script"),
                10 => return refuse("reference in a compiled script"),
                _ => return refuse("zval of unexpected type"),
            }
            // Static members and attribute arguments do not use u2 (and the
            // compiler leaves it unset there).
            self.w
                .put_u32(dst + 12, if slot == Slot::Plain { u2 } else { 0 });
        }
        Ok(())
    }

    /// An immutable image copy of array `ht` (deduplicated by address).
    ///
    /// # Safety
    /// `ht` is a live HashTable of zvals.
    pub unsafe fn array(&mut self, ht: *const sys::HashTable) -> R<u32> {
        if ht.is_null() {
            return refuse("NULL array");
        }
        if let Some(o) = self.w.lookup_ptr(ht as usize) {
            return Ok(o);
        }
        let off = self.w.alloc(size_of::<sys::HashTable>(), 8);
        self.w.remember_ptr(ht as usize, off);
        // SAFETY: forwarded.
        unsafe { self.table(off, ht, Vals::Zval, true)? };
        Ok(off)
    }

    /// An immutable table pointer field (`attributes`, `static_variables`):
    /// NULL stays NULL.
    ///
    /// # Safety
    /// `ht` is NULL or a live HashTable whose values are `vals`.
    pub unsafe fn table_ptr(&mut self, field: u32, ht: *const sys::HashTable, vals: Vals) -> R<()> {
        if ht.is_null() {
            self.w.set_ptr(field, 0);
            return Ok(());
        }
        let off = match self.w.lookup_ptr(ht as usize) {
            Some(o) => o,
            None => {
                let off = self.w.alloc(size_of::<sys::HashTable>(), 8);
                self.w.remember_ptr(ht as usize, off);
                // SAFETY: forwarded.
                unsafe { self.table(off, ht, vals, true)? };
                off
            }
        };
        self.w.set_ptr(field, off);
        Ok(())
    }

    /// Zeroes the padding between two fields of an object copied at `base`.
    pub fn zero_gap(&mut self, base: u32, from: u32, to: u32) {
        if to > from {
            self.w.zero(base + from, (to - from) as usize);
        }
    }

    fn uninit_hash(&mut self) -> u32 {
        if self.uninit == 0 {
            let o = self.w.alloc(16, 8);
            self.w.put_u32(o, eng::HT_INVALID_IDX);
            self.w.put_u32(o + 4, eng::HT_INVALID_IDX);
            self.uninit = o;
        }
        self.uninit
    }

    /// Writes the image copy of HashTable `src` (struct at `dst`, data
    /// block allocated here). `immutable`: an array value (refcount 2,
    /// IS_ARRAY_IMMUTABLE); otherwise an embedded table keeping its flags.
    /// `pDestructor` is always NULL (a process-local function pointer).
    ///
    /// # Safety
    /// `src` is a live HashTable whose values are `vals`.
    pub unsafe fn table(
        &mut self,
        dst: u32,
        src: *const sys::HashTable,
        vals: Vals,
        immutable: bool,
    ) -> R<()> {
        type H = sys::HashTable;
        // SAFETY: live table; the data block spans the hash part before
        // arData and nTableSize elements after it.
        unsafe {
            self.w.put_bytes(dst, raw(src, size_of::<H>()));
            self.w.set_ptr(dst + off!(H, pDestructor), 0);
            // nIteratorsCount (byte 2 of u.flags) is runtime state.
            let flags = (*src).u.flags & !0x00ff_0000;
            self.w.put_u32(dst + off!(H, u), flags);
            if immutable {
                self.w.put_u32(dst, 2);
                self.w.put_u32(
                    dst + 4,
                    sys::IS_ARRAY
                        | ((sys::GC_IMMUTABLE | sys::GC_NOT_COLLECTABLE) << sys::GC_FLAGS_SHIFT),
                );
            }
            let data_field = dst + off!(H, __bindgen_anon_1);
            let used = (*src).nNumUsed as usize;
            if flags & sys::HASH_FLAG_UNINITIALIZED != 0 {
                if used != 0 {
                    return refuse("uninitialized table with elements");
                }
                let u = self.uninit_hash();
                self.w.put_u32(dst + off!(H, nTableMask), eng::HT_MIN_MASK);
                self.w.set_ptr(data_field, u + 8);
                return Ok(());
            }
            let packed = flags & sys::HASH_FLAG_PACKED != 0;
            let hash_size = eng::ht_hash_size((*src).nTableMask);
            let elem = if packed { 16 } else { 32 };
            let size = (*src).nTableSize as usize;
            if used > size || hash_size > (1 << 28) || size > (1 << 26) {
                return refuse("inconsistent hash table");
            }
            let data = (*src).__bindgen_anon_1.arData as *const u8;
            let block = self.w.alloc(hash_size + size * elem, 8);
            self.w.put_bytes(block, raw(data.sub(hash_size), hash_size));
            let first = block + hash_size as u32;
            self.w.set_ptr(data_field, first);
            for i in 0..used {
                let el = first + (i * elem) as u32;
                let zv = data.add(i * elem) as *const sys::zval;
                if (*zv).u1.v.type_ == 0 {
                    // A deleted slot: keep the UNDEF (and the chain link).
                    self.w.put_u32(el + 8, 0);
                    self.w
                        .put_u32(el + 12, if packed { 0 } else { (*zv).u2.next });
                    continue;
                }
                if !packed {
                    let b = zv as *const sys::Bucket;
                    self.w.put_u64(el + off!(sys::Bucket, h), (*b).h);
                    self.str_field(el + off!(sys::Bucket, key), (*b).key)?;
                }
                self.value(el, zv, vals)?;
                if packed {
                    // No collision chain in packed arrays: u2 is unused.
                    self.w.put_u32(el + 12, 0);
                }
            }
        }
        Ok(())
    }

    /// One hash-table value.
    ///
    /// # Safety
    /// `zv` is a live, non-UNDEF value of a table of `vals`.
    unsafe fn value(&mut self, dst: u32, zv: *const sys::zval, vals: Vals) -> R<()> {
        // SAFETY: live zval.
        unsafe {
            if vals == Vals::Zval {
                return self.zval(dst, zv, Slot::Plain);
            }
            if u32::from((*zv).u1.v.type_) != sys::IS_PTR {
                return refuse("table value is not a pointer");
            }
            let p = (*zv).value.ptr;
            let o = match vals {
                Vals::Func => self.function(p.cast())?,
                Vals::Prop => self.prop_info(p.cast())?,
                Vals::Const => self.class_const(p.cast())?,
                Vals::Attr => self.attribute(p.cast())?,
                Vals::Zval => unreachable!(),
            };
            self.w.set_ptr(dst, o);
            self.w.put_u32(dst + 8, sys::IS_PTR);
            self.w.put_u32(dst + 12, (*zv).u2.next);
        }
        Ok(())
    }

    // ---- constant ASTs ----------------------------------------------------

    /// # Safety
    /// `r` is a live zend_ast_ref.
    unsafe fn ast_ref(&mut self, r: *const sys::zend_ast_ref) -> R<u32> {
        if let Some(o) = self.w.lookup_ptr(r as usize) {
            return Ok(o);
        }
        // SAFETY: the root node follows the ref header.
        unsafe {
            let root = (r as *const u8).add(size_of::<sys::zend_ast_ref>()) as *const sys::zend_ast;
            let size = ast_size(root)?;
            let off = self.w.alloc(size_of::<sys::zend_ast_ref>() + size, 8);
            self.w.remember_ptr(r as usize, off);
            self.w.put_u32(off, 1);
            self.w.put_u32(
                off + 4,
                sys::IS_CONSTANT_AST
                    | ((sys::GC_NOT_COLLECTABLE | sys::GC_IMMUTABLE) << sys::GC_FLAGS_SHIFT),
            );
            self.ast_into(off + size_of::<sys::zend_ast_ref>() as u32, root)?;
            Ok(off)
        }
    }

    /// # Safety
    /// `n` is NULL or a live AST node.
    unsafe fn ast_node(&mut self, n: *const sys::zend_ast) -> R<u32> {
        if n.is_null() {
            return Ok(0);
        }
        // SAFETY: live node.
        unsafe {
            let size = ast_size(n)?;
            let off = self.w.alloc(size, 8);
            self.ast_into(off, n)?;
            Ok(off)
        }
    }

    /// # Safety
    /// `n` is a live AST node; `dst` has room for it.
    unsafe fn ast_into(&mut self, dst: u32, n: *const sys::zend_ast) -> R<()> {
        // SAFETY: node layouts follow the kind, as zend_ast.h defines.
        unsafe {
            let kind = (*n).kind;
            if kind == eng::AST_ZVAL || kind == eng::AST_CONSTANT {
                type Z = sys::zend_ast_zval;
                let z = n as *const Z;
                self.w
                    .put_u32(dst, u32::from(kind) | (u32::from((*z).attr) << 16));
                self.zval(dst + off!(Z, val), &(*z).val, Slot::Plain)?;
                // zend_ast_copy carries the lineno (val.u2) over from PHP
                // 8.4 on (constant-expression diagnostics report it), not
                // before.
                #[cfg(php84)]
                self.w.put_u32(dst + off!(Z, val) + 12, (*z).val.u2.lineno);
                #[cfg(not(php84))]
                self.w.put_u32(dst + off!(Z, val) + 12, 0);
            } else if (u32::from(kind) >> eng::AST_IS_LIST_SHIFT) & 1 != 0 {
                type L = sys::zend_ast_list;
                let l = n as *const L;
                let children = (*l).children as usize;
                // kind, attr, children (and lineno from 8.4 on, as
                // zend_ast_copy does).
                self.w
                    .put_u32(dst, u32::from(kind) | (u32::from((*l).attr) << 16));
                self.w.put_u32(dst + off!(L, children), children as u32);
                #[cfg(php84)]
                self.w.put_u32(dst + off!(L, lineno), (*l).lineno);
                let base = (*l).child.as_ptr();
                for i in 0..children {
                    let c = self.ast_node(*base.add(i))?;
                    self.w.set_ptr(dst + off!(L, child) + 8 * i as u32, c);
                }
            } else if cfg!(php85) && is_op_array_node(kind) {
                // PHP 8.5: a closure in a constant expression. Its op_array
                // hangs off this node only; listed for the image's slots.
                #[cfg(php85)]
                {
                    type N = sys::zend_ast_op_array;
                    let a = n as *const N;
                    self.w
                        .put_u32(dst, u32::from(kind) | (u32::from((*a).attr) << 16));
                    self.w.put_u32(dst + off!(N, lineno), (*a).lineno);
                    let op = (*a).op_array;
                    if op.is_null() {
                        return refuse("closure node without an op_array");
                    }
                    let o = self.op_array(op)?;
                    self.w.set_ptr(dst + off!(N, op_array), o);
                    if !self.const_ops.iter().any(|&(p, _)| p == op.cast_const()) {
                        self.const_ops.push((op, o));
                    }
                }
            } else if (u32::from(kind) >> eng::AST_SPECIAL_SHIFT) & 1 != 0 {
                return refuse("declaration or znode in a constant expression");
            } else if kind == eng::AST_CALLABLE_CONVERT {
                // PHP 8.5: `f(...)` in a constant expression. The node
                // caches the resolved function behind ZEND_MAP_PTR fptr:
                // NULL in the blob (a per-request copy caches it in place),
                // a map_ptr slot in an image (never a pointer kept across
                // requests).
                #[cfg(php85)]
                {
                    type F = sys::zend_ast_fcc;
                    self.w.put_bytes(dst, raw(n, off!(F, fptr__ptr) as usize));
                    self.w.put_u64(dst + off!(F, fptr__ptr), 0);
                    self.fccs.push(dst);
                }
                #[cfg(not(php85))]
                return refuse("first-class callable in a constant expression");
            } else {
                type A = sys::zend_ast;
                self.w.put_bytes(dst, raw(n, off!(A, child) as usize));
                let children = (u32::from(kind) >> eng::AST_NUM_CHILDREN_SHIFT) as usize;
                let base = (*n).child.as_ptr();
                for i in 0..children {
                    let c = self.ast_node(*base.add(i))?;
                    self.w.set_ptr(dst + off!(A, child) + 8 * i as u32, c);
                }
            }
        }
        Ok(())
    }

    // ---- types, attributes ------------------------------------------------

    /// Writes the image form of `t` at `dst` (a 16-byte zend_type).
    ///
    /// # Safety
    /// `t` is a live zend_type.
    pub unsafe fn ztype(&mut self, dst: u32, t: *const sys::zend_type) -> R<()> {
        // SAFETY: the mask says what ptr is.
        unsafe {
            let mask = (*t).type_mask;
            let ptr = (*t).ptr;
            if mask & sys::_ZEND_TYPE_LIST_BIT != 0 {
                type L = sys::zend_type_list;
                let list = ptr as *const L;
                let n = (*list).num_types as usize;
                if n == 0 || n > 4096 {
                    return refuse("type list size");
                }
                let off = self.w.alloc(off!(L, types) as usize + 16 * n, 8);
                self.w.put_u32(off, n as u32);
                let types = (*list).types.as_ptr();
                for i in 0..n {
                    self.ztype(off + off!(L, types) + 16 * i as u32, types.add(i))?;
                }
                self.w.set_ptr(dst, off);
                // Arena bit: nothing may ever free a list in the blob.
                self.w.put_u32(dst + 8, mask | sys::_ZEND_TYPE_ARENA_BIT);
            } else if mask & sys::_ZEND_TYPE_NAME_BIT != 0 {
                self.str_field(dst, ptr.cast())?;
                self.w.put_u32(dst + 8, mask);
            } else {
                if !ptr.is_null() {
                    return refuse("type with an unknown pointer");
                }
                self.w.put_u64(dst, 0);
                self.w.put_u32(dst + 8, mask);
            }
            self.w.put_u32(dst + 12, 0);
        }
        Ok(())
    }

    /// # Safety
    /// `a` is a live zend_attribute.
    unsafe fn attribute(&mut self, a: *const sys::zend_attribute) -> R<u32> {
        if let Some(o) = self.w.lookup_ptr(a as usize) {
            return Ok(o);
        }
        type A = sys::zend_attribute;
        type G = sys::zend_attribute_arg;
        // SAFETY: ZEND_ATTRIBUTE_SIZE(argc) bytes.
        unsafe {
            let argc = (*a).argc as usize;
            if argc > 65536 {
                return refuse("attribute argc");
            }
            let size = off!(A, args) as usize + argc * size_of::<G>();
            let off = self.copy_obj(a, size);
            self.w.remember_ptr(a as usize, off);
            self.str_field(off + off!(A, name), (*a).name)?;
            self.str_field(off + off!(A, lcname), (*a).lcname)?;
            // Why the attribute may not be used where it is (PHP 8.5),
            // reported when it is instantiated.
            #[cfg(php85)]
            self.str_field(off + off!(A, validation_error), (*a).validation_error)?;
            let args = (*a).args.as_ptr();
            for i in 0..argc {
                let d = off + off!(A, args) + (i * size_of::<G>()) as u32;
                let g = args.add(i);
                self.str_field(d + off!(G, name), (*g).name)?;
                self.zval(d + off!(G, value), &(*g).value, Slot::Bare)?;
            }
            Ok(off)
        }
    }
}

/// Size of an AST node.
///
/// # Safety
/// `n` is a live AST node.
unsafe fn ast_size(n: *const sys::zend_ast) -> R<usize> {
    // SAFETY: kind is the first field of every node type.
    unsafe {
        let kind = (*n).kind;
        if kind == eng::AST_ZVAL || kind == eng::AST_CONSTANT {
            Ok(size_of::<sys::zend_ast_zval>())
        } else if (u32::from(kind) >> eng::AST_IS_LIST_SHIFT) & 1 != 0 {
            let children = (*(n as *const sys::zend_ast_list)).children as usize;
            if children > (1 << 24) {
                return refuse("AST list size");
            }
            Ok(offset_of!(sys::zend_ast_list, child) + 8 * children)
        } else if cfg!(php85) && is_op_array_node(kind) {
            #[cfg(php85)]
            return Ok(size_of::<sys::zend_ast_op_array>());
            #[cfg(not(php85))]
            unreachable!()
        } else if (u32::from(kind) >> eng::AST_SPECIAL_SHIFT) & 1 != 0 {
            refuse("declaration or znode in a constant expression")
        } else if cfg!(php85) && kind == eng::AST_CALLABLE_CONVERT {
            #[cfg(php85)]
            return Ok(size_of::<sys::zend_ast_fcc>());
            #[cfg(not(php85))]
            unreachable!()
        } else {
            let children = (u32::from(kind) >> eng::AST_NUM_CHILDREN_SHIFT) as usize;
            Ok(offset_of!(sys::zend_ast, child) + 8 * children)
        }
    }
}

/// `ZEND_AST_OP_ARRAY` (PHP 8.5 only).
fn is_op_array_node(kind: u16) -> bool {
    #[cfg(php85)]
    return kind == eng::AST_OP_ARRAY;
    #[cfg(not(php85))]
    {
        let _ = kind;
        false
    }
}
