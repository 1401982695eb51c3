//! The compile step: runs the previous compiler the way OPcache does
//! (`opcache_compile_file`), so that the result can be cached, and collects
//! what the file declared.
//!
//! - Compiler flags: no early binding to internal or other-file parents, no
//!   substitution of per-request constants, observers notified at load time.
//! - No user code runs during the compile (`EG(user_error_handler)` is
//!   UNDEF) and nothing is displayed (`zend_error_cb` only records, see the
//!   shim): the compiler's errors are recorded,
//!   emitted once afterwards with the user's handler back in place (so the
//!   output is PHP's), and stored for replay on hits.
//! - After the compile the functions and classes appended to the CG tables
//!   by this file are collected; they stay in the tables (the miss runs the
//!   originals) unless the caller round-trips them.

use super::AUTO_GLOBALS;
use crate::ffi::sys;

pub type CompileFn =
    unsafe extern "C" fn(*mut sys::zend_file_handle, i32) -> *mut sys::zend_op_array;

/// The compiler options OPcache ORs in, plus WITH_FILE_CACHE (CLI and
/// CGI/FPM share a build id, so PHP_SAPI/PHP_BINARY must not be folded).
pub const COMPILE_FLAGS: u32 = sys::ZEND_COMPILE_HANDLE_OP_ARRAY
    | sys::ZEND_COMPILE_DELAYED_BINDING
    | sys::ZEND_COMPILE_NO_CONSTANT_SUBSTITUTION
    | sys::ZEND_COMPILE_IGNORE_INTERNAL_CLASSES
    | sys::ZEND_COMPILE_IGNORE_OTHER_FILES
    | sys::ZEND_COMPILE_IGNORE_OBSERVER
    | sys::ZEND_COMPILE_WITH_FILE_CACHE;

/// A function or class the file declared, and where it sits in its CG table.
#[derive(Clone, Copy)]
pub struct Declared<T> {
    pub key: *mut sys::zend_string,
    pub ptr: *mut T,
    pub bucket: u32,
}

/// The errors recorded during a compile (by the shim's quiet error
/// callback): the caller emits them once and frees them.
#[derive(Clone, Copy)]
pub struct Errors {
    pub infos: *mut *mut sys::zend_error_info,
    pub count: u32,
}

impl Errors {
    pub const NONE: Errors = Errors {
        infos: std::ptr::null_mut(),
        count: 0,
    };

    /// Emits the errors (a fatal one bails out), then frees them.
    ///
    /// # Safety
    /// During the request that recorded them; the caller holds nothing
    /// with a destructor.
    pub unsafe fn emit_and_free(self) {
        if self.count == 0 && self.infos.is_null() {
            return;
        }
        // SAFETY: infos holds `count` recorded errors, owned by us.
        unsafe {
            sys::kiln_shim_emit_errors(self.infos, self.count);
            sys::kiln_shim_free_errors(self.infos, self.count);
        }
    }
}

/// A recorded compiler warning (the strings belong to [`Errors`]).
#[derive(Clone, Copy)]
pub struct Warning {
    pub ty: i32,
    pub lineno: u32,
    pub filename: *mut sys::zend_string,
    pub message: *mut sys::zend_string,
}

/// A delayed early binding (`ZEND_DECLARE_CLASS_DELAYED`).
#[derive(Clone, Copy)]
pub struct EarlyBinding {
    pub lcname: *mut sys::zend_string,
    pub rtd_key: *mut sys::zend_string,
    pub lc_parent_name: *mut sys::zend_string,
    pub cache_slot: u32,
}

/// A successfully compiled script and what it declared.
pub struct CompiledScript {
    pub main: *mut sys::zend_op_array,
    pub functions: Vec<Declared<sys::zend_function>>,
    pub classes: Vec<Declared<sys::zend_class_entry>>,
    pub warnings: Vec<Warning>,
    pub early_bindings: Vec<EarlyBinding>,
    pub halt_offset: Option<i64>,
    /// Bit i: `AUTO_GLOBALS[i]` must be armed before the script runs.
    pub auto_globals: u32,
    /// Bit i: `AUTO_GLOBALS[i]` was armed after the compile (for op_arrays
    /// the encoder finds that the compile did not list, PHP 8.5 constant
    /// expression closures).
    pub auto_globals_armed: u32,
    /// `nNumUsed` of the function and class tables before the compile.
    pub functions_from: u32,
    pub classes_from: u32,
    /// The recorded errors, not yet emitted.
    pub errors: Errors,
    /// `CG(rtd_key_counter)` before the compile and the values it took.
    pub rtd_base: u32,
    pub rtd_count: u32,
    /// The result depends on what was declared before the compile (a class
    /// the compiler would have hoisted was left to its runtime declaration
    /// because its name was taken): do not keep it for other requests.
    pub context_dependent: bool,
}

pub enum Compiled {
    Script(CompiledScript),
    /// The compiler returned NULL without bailing out (file not readable,
    /// ParseError thrown): emit the errors, return NULL to the engine.
    Null(Errors),
    /// The compiler bailed out (fatal compile error). Everything is
    /// restored; once it holds nothing with a destructor the caller emits
    /// the errors (the fatal one bails out) and re-raises with
    /// `kiln_shim_bailout()` if that did not.
    Bailout(Errors),
}

/// The compiler globals.
///
/// # Safety
/// Engine started; NTS build.
pub unsafe fn cg() -> *mut sys::_zend_compiler_globals {
    &raw mut sys::compiler_globals
}

/// The executor globals.
///
/// # Safety
/// Engine started; NTS build.
pub unsafe fn eg() -> *mut sys::_zend_executor_globals {
    &raw mut sys::executor_globals
}

fn auto_globals_present() -> u32 {
    let mut m = 0;
    for (i, name) in AUTO_GLOBALS.iter().enumerate() {
        // SAFETY: the symbol table exists during a request.
        if unsafe { sys::kiln_shim_symbol_exists(name.as_ptr().cast(), name.len()) } != 0 {
            m |= 1 << i;
        }
    }
    m
}

/// Compiles `fh` with `prev` under OPcache's flags and collects the result.
///
/// # Safety
/// From the compile hook, with `fh` the engine's handle. Must be called
/// with nothing owning resources on the Rust side that a bailout inside the
/// compiler could skip (the compiler runs inside zend_try, so only this
/// frame's own state matters, and it holds only Copy values across it).
pub unsafe fn compile(prev: CompileFn, fh: *mut sys::zend_file_handle, ty: i32) -> Compiled {
    // SAFETY: engine globals during a request.
    unsafe {
        let cg = cg();
        let eg = eg();
        let orig_options = (*cg).compiler_options;
        let orig_active = (*cg).active_op_array;
        let functions_from = (*(*cg).function_table).nNumUsed;
        let classes_from = (*(*cg).class_table).nNumUsed;
        let orig_handler: sys::zval = std::ptr::read(&(*eg).user_error_handler);
        let before = auto_globals_present();
        let rtd_base = (*cg).rtd_key_counter;

        (*eg).user_error_handler.u1.type_info = sys::IS_UNDEF;
        (*cg).compiler_options = orig_options | COMPILE_FLAGS;
        let mut bailed = 0;
        let mut errors = Errors::NONE;
        let op = sys::kiln_shim_compile_quiet(
            Some(prev),
            fh,
            ty,
            &mut bailed,
            &mut errors.infos,
            &mut errors.count,
        );
        (*cg).compiler_options = orig_options;
        (*cg).active_op_array = orig_active;
        std::ptr::write(&mut (*eg).user_error_handler, orig_handler);

        if bailed != 0 {
            return Compiled::Bailout(errors);
        }
        if op.is_null() {
            return Compiled::Null(errors);
        }

        let filename = (*op).filename;
        let mut s = CompiledScript {
            main: op,
            functions: Vec::new(),
            classes: Vec::new(),
            warnings: Vec::new(),
            early_bindings: Vec::new(),
            halt_offset: None,
            auto_globals: 0,
            auto_globals_armed: 0,
            functions_from,
            classes_from,
            errors,
            rtd_base,
            rtd_count: (*cg).rtd_key_counter.wrapping_sub(rtd_base),
            context_dependent: false,
        };
        for_each_new((*cg).function_table, functions_from, |key, ptr, bucket| {
            let f = ptr as *mut sys::zend_function;
            if u32::from((*f).type_) == sys::ZEND_USER_FUNCTION
                && same_file((*f).op_array.filename, filename)
            {
                s.functions.push(Declared {
                    key,
                    ptr: f,
                    bucket,
                });
            }
        });
        for_each_new((*cg).class_table, classes_from, |key, ptr, bucket| {
            let ce = ptr as *mut sys::zend_class_entry;
            if (*ce).type_ as u8 == super::eng::ZEND_USER_CLASS
                && same_file((*ce).info.user.filename, filename)
            {
                s.classes.push(Declared {
                    key,
                    ptr: ce,
                    bucket,
                });
            }
        });
        for i in 0..errors.count as usize {
            let e = *errors.infos.add(i);
            s.warnings.push(Warning {
                ty: (*e).type_,
                lineno: (*e).lineno,
                filename: (*e).filename,
                message: (*e).message,
            });
        }
        s.context_dependent = s.classes.iter().any(|c| {
            (*c.key).len > 0
                && (*c.key).val[0] == 0
                && (*c.ptr).ce_flags & sys::ZEND_ACC_ANON_CLASS == 0
                && name_taken((*cg).class_table, (*c.ptr).name)
        });
        s.early_bindings = early_bindings(op);
        let mut halt: sys::zend_long = 0;
        if sys::kiln_shim_halt_offset(filename, &mut halt) != 0 {
            s.halt_offset = Some(halt);
        }
        let after = auto_globals_present();
        // Armed by this compile, or already armed and named by the script
        // (then an earlier file armed it, but a hit may come first).
        let mentioned = if after & before != 0 {
            let mut ops: Vec<*const sys::zend_op_array> = vec![s.main];
            ops.extend(s.functions.iter().map(|f| f.ptr.cast_const().cast()));
            for c in &s.classes {
                for_each_function(c.ptr, false, |p| ops.push(p));
            }
            mentioned_auto_globals(ops)
        } else {
            0
        };
        s.auto_globals = after & ((after & !before) | mentioned);
        s.auto_globals_armed = after;
        Compiled::Script(s)
    }
}

/// Whether the class table has an entry under the lowercase form of `name`.
///
/// # Safety
/// Live table and string.
unsafe fn name_taken(ct: *mut sys::HashTable, name: *const sys::zend_string) -> bool {
    // SAFETY: live string; zend_hash_str_find only reads.
    unsafe {
        let lc = super::encode::zstr(name).to_ascii_lowercase();
        !sys::zend_hash_str_find(ct, lc.as_ptr().cast(), lc.len()).is_null()
    }
}

/// Same compiled filename: the compiler interns it, so normally the same
/// pointer; compare contents otherwise.
///
/// # Safety
/// Both are NULL or live strings.
unsafe fn same_file(a: *const sys::zend_string, b: *const sys::zend_string) -> bool {
    if a == b {
        return true;
    }
    if a.is_null() || b.is_null() {
        return false;
    }
    // SAFETY: live strings.
    unsafe { super::encode::zstr(a) == super::encode::zstr(b) }
}

/// The engine's hash walk lives with the other engine helpers (`ffi`
/// uses it too); the codec and the images reach it here.
pub use crate::ffi::engine::for_each_new;

/// Calls `f` for every op_array a class holds: its methods (with `own`,
/// only those it declares itself) and, from PHP 8.4 on, the get/set hooks
/// of its properties (of the properties it declares, with `own`).
///
/// # Safety
/// `ce` is a live user class.
pub unsafe fn for_each_function(
    ce: *const sys::zend_class_entry,
    own: bool,
    mut f: impl FnMut(*mut sys::zend_op_array),
) {
    // SAFETY: caller contract; both tables hold IS_PTR values.
    unsafe {
        for_each_new(&(*ce).function_table, 0, |_, p, _| {
            let op = p as *mut sys::zend_op_array;
            if !own || std::ptr::eq((*op).scope, ce) {
                f(op);
            }
        });
        #[cfg(php84)]
        for_each_new(&(*ce).properties_info, 0, |_, p, _| {
            let p = p as *const sys::zend_property_info;
            if (*p).hooks.is_null() || (own && !std::ptr::eq((*p).ce, ce)) {
                return;
            }
            for k in 0..HOOK_COUNT {
                let h = *(*p).hooks.add(k);
                if !h.is_null() && u32::from((*h).type_) == sys::ZEND_USER_FUNCTION {
                    f(h.cast());
                }
            }
        });
    }
}

/// `ZEND_PROPERTY_HOOK_COUNT`: get and set.
#[cfg(php84)]
pub const HOOK_COUNT: usize = 2;

/// `RT_CONSTANT(opline, node)`: IS_CONST operands are byte offsets from the
/// opline on 64-bit builds.
///
/// # Safety
/// `op` is a live opline whose operand is IS_CONST.
pub unsafe fn rt_constant(op: *const sys::zend_op, node: sys::znode_op) -> *const sys::zval {
    // SAFETY: caller contract.
    unsafe {
        (op as *const u8)
            .offset(node.constant as i32 as isize)
            .cast()
    }
}

/// The `ZEND_DECLARE_CLASS_DELAYED` oplines of a main op_array.
///
/// # Safety
/// `op` is a live op_array after pass_two.
pub unsafe fn early_bindings(op: *const sys::zend_op_array) -> Vec<EarlyBinding> {
    let mut out = Vec::new();
    // SAFETY: the op_array's opcodes and literals are live.
    unsafe {
        if (*op).fn_flags & sys::ZEND_ACC_EARLY_BINDING == 0 {
            return out;
        }
        for i in 0..(*op).last as usize {
            let o = (*op).opcodes.add(i);
            if u32::from((*o).opcode) != sys::ZEND_DECLARE_CLASS_DELAYED {
                continue;
            }
            let lc = rt_constant(o, (*o).op1);
            let parent = rt_constant(o, (*o).op2);
            out.push(EarlyBinding {
                lcname: (*lc).value.str_,
                rtd_key: (*lc.add(1)).value.str_,
                lc_parent_name: (*parent).value.str_,
                cache_slot: (*o).extended_value,
            });
        }
    }
    out
}

/// Which auto-global names the literals of `ops` (and of their closures)
/// mention.
///
/// # Safety
/// Every op_array in `ops` is live.
pub(super) unsafe fn mentioned_auto_globals(mut stack: Vec<*const sys::zend_op_array>) -> u32 {
    let mut mask = 0;
    // SAFETY: live script objects.
    unsafe {
        let mut seen = std::collections::HashSet::new();
        while let Some(op) = stack.pop() {
            if !seen.insert(op as usize) || u32::from((*op).type_) != sys::ZEND_USER_FUNCTION {
                continue;
            }
            for j in 0..usize::try_from((*op).last_literal).unwrap_or(0) {
                let zv = (*op).literals.add(j);
                if u32::from((*zv).u1.v.type_) == sys::IS_STRING {
                    let b = super::encode::zstr((*zv).value.str_);
                    for (i, name) in AUTO_GLOBALS.iter().enumerate() {
                        if b == name.as_bytes() {
                            mask |= 1 << i;
                        }
                    }
                }
            }
            for k in 0..(*op).num_dynamic_func_defs as usize {
                stack.push(*(*op).dynamic_func_defs.add(k));
            }
        }
    }
    mask
}
