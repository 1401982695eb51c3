//! Script → blob: strings, op_arrays and the root record. Values (zvals,
//! hash tables, constant ASTs, types, attributes) are in `encode_zval.rs`,
//! classes in `encode_class.rs`.
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
use std::mem::size_of;

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
    pub uninit: u32,
    /// Closure op_arrays of constant expressions (PHP 8.5): (source, image
    /// offset); and first-class-callable nodes (image offsets).
    pub const_ops: Vec<(*const sys::zend_op_array, u32)>,
    pub fccs: Vec<u32>,
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
            const_ops: Vec::new(),
            fccs: Vec::new(),
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
            // The property a hook belongs to (PHP 8.4+).
            #[cfg(php84)]
            {
                let pi = self.prop_info(o.prop_info)?;
                self.w.set_ptr(f(off!(O, prop_info)), pi);
            }
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
            let attr_lits = attributed_const_literals(o);
            for j in 0..nlit {
                if attr_lits.contains(&j) {
                    // PHP 8.5 `#[A] const X = ...;`: the OP_DATA literal is
                    // IS_PTR to the constant's attribute table, which the
                    // engine shares with the constant (GC_TRY_ADDREF).
                    let zv = o.literals.add(j);
                    if u32::from((*zv).u1.v.type_) != sys::IS_PTR {
                        return refuse("attributed constant without an attribute table");
                    }
                    let d = blk + (lit_at + 16 * j) as u32;
                    self.table_ptr(d, (*zv).value.ptr.cast(), Vals::Attr)?;
                    self.w.put_u32(d + 8, sys::IS_PTR);
                    self.w.put_u32(d + 12, 0);
                    continue;
                }
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

/// Indices of the literals that hold a constant's attribute table (PHP
/// 8.5: op1 of the OP_DATA after `ZEND_DECLARE_ATTRIBUTED_CONST`).
///
/// # Safety
/// `o` is a live op_array after pass_two.
unsafe fn attributed_const_literals(o: &sys::zend_op_array) -> Vec<usize> {
    #[cfg(php85)]
    // SAFETY: `last` oplines; IS_CONST operands point into the literals.
    unsafe {
        let mut v = Vec::new();
        for i in 1..o.last as usize {
            let op = o.opcodes.add(i);
            if u32::from((*op).opcode) == sys::ZEND_OP_DATA
                && u32::from((*o.opcodes.add(i - 1)).opcode) == sys::ZEND_DECLARE_ATTRIBUTED_CONST
                && u32::from((*op).op1_type) == sys::IS_CONST
            {
                let lit = super::compile::rt_constant(op, (*op).op1);
                let j = (lit as usize).wrapping_sub(o.literals as usize) / 16;
                if j < usize::try_from(o.last_literal).unwrap_or(0) {
                    v.push(j);
                }
            }
        }
        v
    }
    #[cfg(not(php85))]
    {
        let _ = o;
        Vec::new()
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
        // Constant-expression closures and callables (PHP 8.5): listed for
        // the image's map_ptr slots; their auto globals count too.
        let nco = e.const_ops.len();
        let cx = e.w.alloc(8 * (nco + e.fccs.len()), 8);
        for (i, &(_, o)) in e.const_ops.iter().enumerate() {
            e.w.set_ptr(cx + 8 * i as u32, o);
        }
        for (j, &o) in e.fccs.iter().enumerate() {
            e.w.set_ptr(cx + 8 * (nco + j) as u32, o);
        }
        let srcs: Vec<_> = e.const_ops.iter().map(|&(p, _)| p).collect();
        let auto_globals =
            s.auto_globals | (s.auto_globals_armed & super::compile::mentioned_auto_globals(srcs));

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
        e.w.put_u32(root + off!(S, auto_globals), auto_globals);
        e.w.set_ptr(root + off!(S, const_exprs), nz(nco + e.fccs.len(), cx));
        e.w.put_u32(root + off!(S, num_const_ops), nco as u32);
        e.w.put_u32(root + off!(S, num_fccs), e.fccs.len() as u32);
        e.w.put_u32(root + off!(S, rtd_base), s.rtd_base);
        e.w.put_u32(root + off!(S, rtd_count), s.rtd_count);
    }
    e.w.finish(root, size_of::<S>() as u32, build_id)
        .ok_or(EncodeError::TooLarge)
}
