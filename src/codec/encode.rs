//! Script → blob: strings, zvals, hash tables, constant ASTs, op_arrays and
//! the root record. Classes are in `encode_class.rs`.
//!
//! Every object is copied byte for byte from engine memory into the image,
//! then each pointer field is overwritten with the image offset of what it
//! points at (and listed for relocation), or with NULL. A pointer that is
//! neither NULL nor something this script owns refuses the whole script.

use super::eng;
use super::writer::{zend_hash, Writer};
use super::{CompiledScript, EncodeError, RootEarlyBinding, RootEntry, RootWarning, ScriptRoot};
use crate::ffi::sys;
use std::collections::HashSet;
use std::mem::{offset_of, size_of};

pub(super) type R<T> = Result<T, EncodeError>;

pub(super) fn refuse<T>(why: &'static str) -> R<T> {
    Err(EncodeError::Unsupported(why))
}

/// What the values of a hash table are.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Vals {
    /// Plain zvals (arrays, static variables).
    Zval,
    /// IS_PTR to a zend_function (function tables).
    Func,
    /// IS_PTR to a zend_property_info.
    Prop,
    /// IS_PTR to a zend_class_constant.
    Const,
    /// IS_PTR to a zend_attribute.
    Attr,
}

/// Where a zval sits, for the kinds only some places may hold.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    Plain,
    /// A zval whose u2 the engine neither sets nor reads (attribute
    /// arguments): stored as 0.
    Bare,
    /// `default_static_members_table`: INDIRECT into a parent's table.
    StaticMember,
}

pub(super) struct Enc {
    pub w: Writer,
    /// The classes this script declares: the only ones pointers may reach.
    pub classes: HashSet<usize>,
    /// Encoded `default_static_members_table`s: (source address, bytes,
    /// image offset), for INDIRECT targets.
    pub static_tables: Vec<(usize, usize, u32)>,
    /// INDIRECT fields to resolve at the end: (zval offset, source target).
    pub indirect: Vec<(u32, usize)>,
    /// The shared uninitialized hash (two HT_INVALID_IDX), 0 until needed.
    uninit: u32,
}

/// The bytes of an engine string.
///
/// # Safety
/// `s` is a live zend_string.
pub(super) unsafe fn zstr<'a>(s: *const sys::zend_string) -> &'a [u8] {
    // SAFETY: a zend_string's val holds len bytes.
    unsafe { std::slice::from_raw_parts((*s).val.as_ptr().cast::<u8>(), (*s).len) }
}

/// The raw bytes of `size` bytes of engine memory at `p`.
///
/// # Safety
/// `p` points at `size` readable bytes.
pub(super) unsafe fn raw<'a, T>(p: *const T, size: usize) -> &'a [u8] {
    // SAFETY: caller contract.
    unsafe { std::slice::from_raw_parts(p.cast::<u8>(), size) }
}

fn align16(n: usize) -> usize {
    (n + 15) & !15
}

macro_rules! off {
    ($t:ty, $f:ident) => {
        ::std::mem::offset_of!($t, $f) as u32
    };
}
pub(super) use off;

impl Enc {
    pub fn new(classes: HashSet<usize>) -> Enc {
        Enc {
            w: Writer::new(),
            classes,
            static_tables: Vec::new(),
            indirect: Vec::new(),
            uninit: 0,
        }
    }

    /// Copies `size` bytes of the object at `src` into a fresh allocation.
    ///
    /// # Safety
    /// `src` points at `size` readable bytes.
    pub unsafe fn copy_obj<T>(&mut self, src: *const T, size: usize) -> u32 {
        let off = self.w.alloc(size, 8);
        // SAFETY: caller contract.
        self.w.put_bytes(off, unsafe { raw(src, size) });
        off
    }

    // ---- strings ----------------------------------------------------------

    /// The image copy of a string (interned, not permanent, hash set).
    ///
    /// # Safety
    /// `s` is NULL or a live zend_string.
    pub unsafe fn string(&mut self, s: *const sys::zend_string) -> R<u32> {
        if s.is_null() {
            return Ok(0);
        }
        // SAFETY: live string.
        let (bytes, flags) = unsafe { (zstr(s), (*s).gc.u.type_info) };
        let utf8 = flags & sys::IS_STR_VALID_UTF8;
        if let Some(off) = self.w.lookup_str(bytes) {
            if utf8 != 0 {
                let ti = self.w.get_u32(off + 4);
                self.w.put_u32(off + 4, ti | utf8);
            }
            return Ok(off);
        }
        let off = self.w.alloc(24 + bytes.len() + 1, 8);
        self.w.put_u32(off, 1);
        self.w.put_u32(
            off + 4,
            sys::IS_STRING
                | ((sys::GC_NOT_COLLECTABLE | sys::IS_STR_INTERNED | utf8) << sys::GC_FLAGS_SHIFT),
        );
        self.w.put_u64(off + 8, zend_hash(bytes));
        self.w.put_u64(off + 16, bytes.len() as u64);
        self.w.put_bytes(off + 24, bytes);
        self.w.remember_str(bytes, off);
        Ok(off)
    }

    /// Sets the pointer field `field` to the image copy of string `s`.
    ///
    /// # Safety
    /// As [`string`](Self::string).
    pub unsafe fn str_field(&mut self, field: u32, s: *const sys::zend_string) -> R<()> {
        // SAFETY: forwarded.
        let o = unsafe { self.string(s)? };
        self.w.set_ptr(field, o);
        Ok(())
    }

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
            let hash_size = ((*src).nTableMask as i32).wrapping_neg() as u32 as usize * 4;
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
                // zend_ast_copy does not carry the lineno (val.u2) over.
                self.w.put_u32(dst + off!(Z, val) + 12, 0);
            } else if (u32::from(kind) >> eng::AST_IS_LIST_SHIFT) & 1 != 0 {
                type L = sys::zend_ast_list;
                let l = n as *const L;
                let children = (*l).children as usize;
                // kind, attr, children; zend_ast_copy leaves lineno unset.
                self.w
                    .put_u32(dst, u32::from(kind) | (u32::from((*l).attr) << 16));
                self.w.put_u32(dst + off!(L, children), children as u32);
                let base = (*l).child.as_ptr();
                for i in 0..children {
                    let c = self.ast_node(*base.add(i))?;
                    self.w.set_ptr(dst + off!(L, child) + 8 * i as u32, c);
                }
            } else if (u32::from(kind) >> eng::AST_SPECIAL_SHIFT) & 1 != 0 {
                return refuse("declaration or znode in a constant expression");
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

    // ---- functions --------------------------------------------------------

    /// A user function (op_array), deduplicated by address.
    ///
    /// # Safety
    /// `f` is NULL or a live zend_function.
    pub unsafe fn function(&mut self, f: *const sys::zend_function) -> R<u32> {
        if f.is_null() {
            return Ok(0);
        }
        if let Some(o) = self.w.lookup_ptr(f as usize) {
            return Ok(o);
        }
        // SAFETY: live function; `type` is common to all members.
        unsafe {
            if (*f).type_ != eng::ZEND_USER_FUNCTION {
                return refuse("internal function in a script");
            }
            self.op_array(f.cast())
        }
    }

    /// # Safety
    /// `op` is a live user op_array.
    pub unsafe fn op_array(&mut self, op: *const sys::zend_op_array) -> R<u32> {
        if let Some(o) = self.w.lookup_ptr(op as usize) {
            return Ok(o);
        }
        type O = sys::zend_op_array;
        // SAFETY: every pointer field below is read per its documented
        // meaning after pass_two.
        unsafe {
            let o = &*op;
            if o.type_ != eng::ZEND_USER_FUNCTION {
                return refuse("op_array of unexpected type");
            }
            if o.reserved.iter().any(|p| !p.is_null()) {
                return refuse("op_array carries extension data (reserved[])");
            }
            if o.fn_flags & sys::ZEND_ACC_DONE_PASS_TWO == 0 {
                return refuse("op_array before pass_two");
            }
            let off = self.copy_obj(op, eng::OP_ARRAY_SIZE);
            self.w.remember_ptr(op as usize, off);
            let f = |field: u32| off + field;
            self.zero_gap(off, off!(O, T) + 4, off!(O, run_time_cache__ptr));
            self.zero_gap(off, off!(O, last) + 4, off!(O, opcodes));

            self.w
                .put_u32(f(off!(O, fn_flags)), o.fn_flags & !sys::ZEND_ACC_IMMUTABLE);
            self.str_field(f(off!(O, function_name)), o.function_name)?;
            let scope = self.class_ref(o.scope)?;
            self.w.set_ptr(f(off!(O, scope)), scope);
            let proto = self.function(o.prototype)?;
            self.w.set_ptr(f(off!(O, prototype)), proto);
            self.arg_info(f(off!(O, arg_info)), o)?;
            self.table_ptr(f(off!(O, attributes)), o.attributes, Vals::Attr)?;
            self.w.set_ptr(f(off!(O, run_time_cache__ptr)), 0);
            self.opcodes(off, o)?;
            self.w.set_ptr(f(off!(O, static_variables_ptr__ptr)), 0);
            self.table_ptr(f(off!(O, static_variables)), o.static_variables, Vals::Zval)?;
            // vars
            let nvars = usize::try_from(o.last_var).unwrap_or(0);
            if nvars > 0 && !o.vars.is_null() {
                let v = self.w.alloc(8 * nvars, 8);
                for i in 0..nvars {
                    self.str_field(v + 8 * i as u32, *o.vars.add(i))?;
                }
                self.w.set_ptr(f(off!(O, vars)), v);
            } else {
                self.w.set_ptr(f(off!(O, vars)), 0);
            }
            self.w.set_ptr(f(off!(O, refcount)), 0);
            let nlr = usize::try_from(o.last_live_range).unwrap_or(0);
            let lr = if nlr > 0 && !o.live_range.is_null() {
                self.copy_obj(o.live_range, nlr * size_of::<sys::zend_live_range>())
            } else {
                0
            };
            self.w.set_ptr(f(off!(O, live_range)), lr);
            let ntc = usize::try_from(o.last_try_catch).unwrap_or(0);
            let tc = if ntc > 0 && !o.try_catch_array.is_null() {
                self.copy_obj(
                    o.try_catch_array,
                    ntc * size_of::<sys::zend_try_catch_element>(),
                )
            } else {
                0
            };
            self.w.set_ptr(f(off!(O, try_catch_array)), tc);
            self.str_field(f(off!(O, filename)), o.filename)?;
            self.str_field(f(off!(O, doc_comment)), o.doc_comment)?;
            let ndyn = o.num_dynamic_func_defs as usize;
            if ndyn > 0 {
                if o.dynamic_func_defs.is_null() {
                    return refuse("dynamic_func_defs missing");
                }
                let d = self.w.alloc(8 * ndyn, 8);
                for i in 0..ndyn {
                    let def = *o.dynamic_func_defs.add(i);
                    if def.is_null() {
                        return refuse("NULL dynamic function");
                    }
                    let x = self.op_array(def)?;
                    self.w.set_ptr(d + 8 * i as u32, x);
                }
                self.w.set_ptr(f(off!(O, dynamic_func_defs)), d);
            } else {
                self.w.set_ptr(f(off!(O, dynamic_func_defs)), 0);
            }
            for i in 0..6u32 {
                self.w.set_ptr(f(off!(O, reserved)) + 8 * i, 0);
            }
            Ok(off)
        }
    }

    /// `arg_info`: num_args (+1 variadic) (+1 return type, stored first;
    /// the field points at element 1 then).
    ///
    /// # Safety
    /// `o` is a live op_array.
    unsafe fn arg_info(&mut self, field: u32, o: &sys::zend_op_array) -> R<()> {
        if o.arg_info.is_null() {
            self.w.set_ptr(field, 0);
            return Ok(());
        }
        type A = sys::zend_arg_info;
        let has_ret = usize::from(o.fn_flags & sys::ZEND_ACC_HAS_RETURN_TYPE != 0);
        let n =
            o.num_args as usize + usize::from(o.fn_flags & sys::ZEND_ACC_VARIADIC != 0) + has_ret;
        // SAFETY: the engine allocated n elements starting at arg_info - has_ret.
        unsafe {
            let start = o.arg_info.sub(has_ret);
            let blk = self.copy_obj(start, n * size_of::<A>());
            for i in 0..n {
                let d = blk + (i * size_of::<A>()) as u32;
                let a = start.add(i);
                self.str_field(d + off!(A, name), (*a).name)?;
                self.ztype(d + off!(A, type_), &(*a).type_)?;
                // Internal functions only; the compiler leaves it
                // uninitialized for user functions.
                self.w.set_ptr(d + off!(A, default_value), 0);
            }
            self.w
                .set_ptr_plus(field, blk, (has_ret * size_of::<A>()) as u32);
        }
        Ok(())
    }

    /// Opcodes and literals: one block, literals at align16(32*last) after
    /// the opcodes (as pass_two leaves them), so relative IS_CONST operands
    /// and jump offsets stay valid. Handlers become serialized indices.
    ///
    /// # Safety
    /// `o` is a live op_array after pass_two; `op_off` is its image copy.
    unsafe fn opcodes(&mut self, op_off: u32, o: &sys::zend_op_array) -> R<()> {
        type O = sys::zend_op_array;
        let last = o.last as usize;
        let nlit = usize::try_from(o.last_literal).unwrap_or(0);
        if last == 0 || o.opcodes.is_null() {
            return refuse("op_array without opcodes");
        }
        let ops_bytes = last * eng::OP_SIZE;
        let lit_at = align16(ops_bytes);
        if nlit > 0 && o.literals as usize != o.opcodes as usize + lit_at {
            return refuse("literals not adjacent to opcodes");
        }
        let size = if nlit > 0 {
            lit_at + nlit * 16
        } else {
            ops_bytes
        };
        // SAFETY: the block holds `last` ops and `nlit` literals.
        unsafe {
            let blk = self.w.alloc(size, 16);
            self.w.put_bytes(blk, raw(o.opcodes, ops_bytes));
            // Some UNUSED operands are never initialized by the compiler and
            // never read by the VM; they are still copied (and checksummed).
            let b = self.w.bytes_mut(blk, ops_bytes);
            sys::kiln_shim_mark_defined(b.as_mut_ptr().cast(), b.len());
            for i in 0..last {
                let mut tmp: sys::zend_op = std::ptr::read(o.opcodes.add(i));
                sys::zend_serialize_opcode_handler(&mut tmp);
                let at = blk + (i * eng::OP_SIZE) as u32;
                self.w.put_u64(at, tmp.handler as u64);
                self.w.add_handler(at);
            }
            self.w.add_opblock(blk, last as u32);
            for j in 0..nlit {
                self.zval(
                    blk + (lit_at + 16 * j) as u32,
                    o.literals.add(j),
                    Slot::Plain,
                )?;
            }
            self.w.set_ptr(op_off + off!(O, opcodes), blk);
            self.w.set_ptr(
                op_off + off!(O, literals),
                if nlit > 0 { blk + lit_at as u32 } else { 0 },
            );
        }
        Ok(())
    }

    /// Resolves INDIRECT static members against the encoded tables.
    fn resolve_indirect(&mut self) -> R<()> {
        for (field, target) in std::mem::take(&mut self.indirect) {
            let hit = self.static_tables.iter().find(|&&(start, len, _)| {
                target >= start && target < start + len && (target - start) % 16 == 0
            });
            match hit {
                Some(&(start, _, off)) => self.w.set_ptr(field, off + (target - start) as u32),
                None => return refuse("INDIRECT static member outside the script"),
            }
        }
        Ok(())
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
        } else if (u32::from(kind) >> eng::AST_SPECIAL_SHIFT) & 1 != 0 {
            refuse("declaration or znode in a constant expression")
        } else {
            let children = (u32::from(kind) >> eng::AST_NUM_CHILDREN_SHIFT) as usize;
            Ok(offset_of!(sys::zend_ast, child) + 8 * children)
        }
    }
}

/// Encodes a whole script.
///
/// # Safety
/// Every pointer in `s` is live.
pub(super) unsafe fn encode_script(s: &CompiledScript, build_id: &[u8; 32]) -> R<Vec<u8>> {
    let classes = s.classes.iter().map(|c| c.ptr as usize).collect();
    let mut e = Enc::new(classes);
    type S = ScriptRoot;
    let root = e.w.alloc(size_of::<S>(), 8);
    // SAFETY: forwarded contract; the root fields are written by offset.
    unsafe {
        let ctab = e.w.alloc(size_of::<RootEntry>() * s.classes.len(), 8);
        for (i, c) in s.classes.iter().enumerate() {
            let d = ctab + (i * size_of::<RootEntry>()) as u32;
            e.str_field(d, c.key)?;
            let o = e.class(c.ptr)?;
            e.w.set_ptr(d + 8, o);
        }
        let ftab = e.w.alloc(size_of::<RootEntry>() * s.functions.len(), 8);
        for (i, f) in s.functions.iter().enumerate() {
            let d = ftab + (i * size_of::<RootEntry>()) as u32;
            e.str_field(d, f.key)?;
            let o = e.function(f.ptr)?;
            e.w.set_ptr(d + 8, o);
        }
        let main = e.op_array(s.main)?;
        let filename = e.string((*s.main).filename)?;
        let wtab = e.w.alloc(size_of::<RootWarning>() * s.warnings.len(), 8);
        for (i, w) in s.warnings.iter().enumerate() {
            type W = RootWarning;
            let d = wtab + (i * size_of::<W>()) as u32;
            e.w.put_u32(d + off!(W, ty), w.ty as u32);
            e.w.put_u32(d + off!(W, lineno), w.lineno);
            e.str_field(d + off!(W, filename), w.filename)?;
            e.str_field(d + off!(W, message), w.message)?;
        }
        let btab =
            e.w.alloc(size_of::<RootEarlyBinding>() * s.early_bindings.len(), 8);
        for (i, b) in s.early_bindings.iter().enumerate() {
            type B = RootEarlyBinding;
            let d = btab + (i * size_of::<B>()) as u32;
            e.str_field(d + off!(B, lcname), b.lcname)?;
            e.str_field(d + off!(B, rtd_key), b.rtd_key)?;
            e.str_field(d + off!(B, lc_parent_name), b.lc_parent_name)?;
            e.w.put_u32(d + off!(B, cache_slot), b.cache_slot);
        }
        e.resolve_indirect()?;

        let nz = |n: usize, o: u32| if n == 0 { 0 } else { o };
        e.w.set_ptr(root + off!(S, main), main);
        e.w.set_ptr(root + off!(S, filename), filename);
        e.w.set_ptr(root + off!(S, functions), nz(s.functions.len(), ftab));
        e.w.set_ptr(root + off!(S, classes), nz(s.classes.len(), ctab));
        e.w.set_ptr(root + off!(S, warnings), nz(s.warnings.len(), wtab));
        e.w.set_ptr(
            root + off!(S, early_bindings),
            nz(s.early_bindings.len(), btab),
        );
        e.w.put_u32(root + off!(S, num_functions), s.functions.len() as u32);
        e.w.put_u32(root + off!(S, num_classes), s.classes.len() as u32);
        e.w.put_u32(root + off!(S, num_warnings), s.warnings.len() as u32);
        e.w.put_u32(
            root + off!(S, num_early_bindings),
            s.early_bindings.len() as u32,
        );
        e.w.put_u64(
            root + off!(S, halt_offset),
            s.halt_offset.unwrap_or(0) as u64,
        );
        e.w.put_u32(
            root + off!(S, has_halt_offset),
            u32::from(s.halt_offset.is_some()),
        );
        e.w.put_u32(root + off!(S, auto_globals), s.auto_globals);
    }
    e.w.finish(root, size_of::<S>() as u32, build_id)
        .ok_or(EncodeError::TooLarge)
}
