//! The script codec: a freshly compiled script (main op_array plus the
//! functions and classes the file declared) becomes one position- and
//! process-independent, checksummed blob; a blob becomes per-request engine
//! memory that runs exactly like the compiled file.
//!
//! - [`compile`]: the compile step (OPcache's compiler flags, error
//!   recording, collection of what the file declared).
//! - [`encode`]: script → blob ([`writer`] builds it, [`format`] frames it).
//! - runtime images built from blobs (model (b)), the inheritance cache and
//!   class-name slots live next to the arena, in `crate::image`.
//! - [`load`]: blob → verified copy in `CG(arena)` → relocated (model (a),
//!   for scripts an image cannot hold); registration in the engine's tables
//!   for both models.
//! - [`deps`]: the functions a script calls that the loading process must
//!   have (SAPI-specific functions, `disable_functions`).
//!
//! The boundary to the stores is a plain `&[u8]`.
//!
//! Decisions that differ from (or go beyond) OPcache, each for byte-identical
//! output with PHP without Kiln:
//! - **Errors during a compile** are recorded by a quiet `zend_error_cb`
//!   (the shim), not by `EG(record_errors)` (which `zend_try_early_bind`
//!   switches off and frees), and emitted once after the compile with the
//!   user's error handler back in place; the blob keeps them for replay.
//! - **Name conflicts on load** (a function, or a named class, that already
//!   exists): the file is compiled instead of loaded, because PHP's compiler
//!   reacts to a taken name in ways a load cannot reproduce (a redeclared
//!   function is a compile error at its declaration; a class whose name is
//!   taken is declared at run time, when its statement is reached).
//! - **Delayed early binding** binds only to parents that existed before the
//!   script (a same-file parent declared further down leaves the child to
//!   its runtime declaration, as the compiler would).
//! - **Auto-globals**: armed by the compile, or already armed and named by
//!   the script's literals (a later hit may be the first to use them).
//! - Round trips clear the class-name CE cache slot `zend_try_early_bind`
//!   filled with a class that is then discarded.

pub mod compile;
pub mod deps;
mod encode;
mod encode_class;
mod encode_zval;
pub mod format;
pub mod load;
pub mod writer;

pub use compile::CompiledScript;
pub use format::DecodeError;

use crate::ffi::sys;
use std::ffi::c_void;

/// Why a script is not cached. The script still runs (uncached).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EncodeError {
    /// Something the codec does not (yet) know how to store, or a pointer
    /// that leads outside the script.
    Unsupported(&'static str),
    /// The image would exceed the u32 offset range.
    TooLarge,
}

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EncodeError::Unsupported(w) => write!(f, "unsupported: {w}"),
            EncodeError::TooLarge => f.write_str("script too large"),
        }
    }
}

/// Encodes a compiled script into a blob for this build.
pub fn encode(script: &CompiledScript) -> Result<Vec<u8>, EncodeError> {
    // SAFETY: a CompiledScript only exists between a successful compile and
    // the moment its objects are destroyed; every pointer in it is live.
    unsafe { encode::encode_script(script, &crate::identity::blob_id()) }
}

/// Verifies `blob`, copies it into per-request memory, relocates it and
/// registers its functions and classes; returns the main op_array (owned by
/// the engine, which `efree`s it after execution).
///
/// # Safety
/// During a request, from the compile hook. The registration step can raise
/// engine errors (duplicate function or class: E_ERROR, which bails out),
/// so the caller must hold no value with a destructor across this call.
pub unsafe fn decode_and_load(blob: &[u8]) -> Result<*mut sys::zend_op_array, DecodeError> {
    // SAFETY: forwarded contract.
    unsafe {
        let root = load::materialize(blob)?;
        Ok(load::register(root, true))
    }
}

/// The root record of a blob: everything the loader needs besides the
/// objects themselves. Lives in the image; its pointers are relocated.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ScriptRoot {
    pub main: *mut sys::zend_op_array,
    pub filename: *mut sys::zend_string,
    pub functions: *mut RootEntry,
    pub classes: *mut RootEntry,
    pub warnings: *mut RootWarning,
    pub early_bindings: *mut RootEarlyBinding,
    pub num_functions: u32,
    pub num_classes: u32,
    pub num_warnings: u32,
    pub num_early_bindings: u32,
    pub halt_offset: i64,
    pub has_halt_offset: u32,
    /// Bit i: AUTO_GLOBALS[i] was armed by the compile.
    pub auto_globals: u32,
    /// `CG(rtd_key_counter)` before the compile, and how many values the
    /// compile took (runtime-definition keys, anonymous class names).
    pub rtd_base: u32,
    pub rtd_count: u32,
    /// PHP 8.5 constant expressions: `num_const_ops` closure op_arrays
    /// (`ZEND_AST_OP_ARRAY`) followed by `num_fccs` first-class-callable
    /// nodes (`ZEND_AST_CALLABLE_CONVERT`), which hold per-request state
    /// (run-time cache, the resolved function) that an image gives map_ptr
    /// slots. The op_arrays are reached from nowhere else.
    pub const_exprs: *mut *mut c_void,
    pub num_const_ops: u32,
    pub num_fccs: u32,
}

impl ScriptRoot {
    /// The closure op_arrays of constant expressions (PHP 8.5).
    ///
    /// # Safety
    /// A relocated root.
    pub unsafe fn const_ops(&self) -> &[*mut sys::zend_op_array] {
        if self.num_const_ops == 0 {
            return &[];
        }
        // SAFETY: caller contract; num_const_ops entries.
        unsafe { std::slice::from_raw_parts(self.const_exprs.cast(), self.num_const_ops as usize) }
    }

    /// The first-class-callable nodes of constant expressions (PHP 8.5).
    ///
    /// # Safety
    /// A relocated root.
    pub unsafe fn fcc_nodes(&self) -> &[*mut sys::zend_ast] {
        if self.num_fccs == 0 {
            return &[];
        }
        // SAFETY: caller contract; the nodes follow the op_arrays.
        unsafe {
            std::slice::from_raw_parts(
                self.const_exprs.add(self.num_const_ops as usize).cast(),
                self.num_fccs as usize,
            )
        }
    }
}

/// A function or class table entry: the key it is registered under
/// (lowercase name or runtime-definition key) and the object.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RootEntry {
    pub key: *mut sys::zend_string,
    pub ptr: *mut c_void,
}

/// A warning the compiler emitted (replayed on every load).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RootWarning {
    pub ty: i32,
    pub lineno: u32,
    pub filename: *mut sys::zend_string,
    pub message: *mut sys::zend_string,
}

/// A `ZEND_DECLARE_CLASS_DELAYED` of the main op_array.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RootEarlyBinding {
    pub lcname: *mut sys::zend_string,
    pub rtd_key: *mut sys::zend_string,
    pub lc_parent_name: *mut sys::zend_string,
    pub cache_slot: u32,
    pub _pad: u32,
}

/// The JIT auto-globals the compiler arms (`zend_is_auto_global`).
pub const AUTO_GLOBALS: [&str; 3] = ["_SERVER", "_ENV", "_REQUEST"];

/// Engine values the codec mirrors (checked against the C headers in
/// `src/ffi/shim.c` or bound by bindgen).
pub(crate) mod eng {
    use crate::ffi::sys;
    pub const OP_SIZE: usize = 32;
    #[cfg(not(php84))]
    pub const OP_ARRAY_SIZE: usize = 248;
    #[cfg(php84)]
    pub const OP_ARRAY_SIZE: usize = 256;
    #[cfg(not(php84))]
    pub const CLASS_SIZE: usize = 504;
    #[cfg(php84)]
    pub const CLASS_SIZE: usize = 520;
    pub const HT_MIN_MASK: u32 = -2i32 as u32;
    pub const HT_INVALID_IDX: u32 = u32::MAX;
    pub const ZEND_USER_CLASS: u8 = 2;
    pub const ZEND_USER_FUNCTION: u8 = sys::ZEND_USER_FUNCTION as u8;
    pub const ZEND_HANDLE_FILENAME: u8 = 0;
    pub const AST_ZVAL: u16 = sys::_zend_ast_kind_ZEND_AST_ZVAL as u16;
    pub const AST_CONSTANT: u16 = sys::_zend_ast_kind_ZEND_AST_CONSTANT as u16;
    /// `f(...)` (PHP 8.5 allows it in constant expressions): the node holds
    /// a per-request function slot (`ZEND_MAP_PTR fptr`) after its header.
    pub const AST_CALLABLE_CONVERT: u16 = sys::_zend_ast_kind_ZEND_AST_CALLABLE_CONVERT as u16;
    /// A closure in a constant expression (PHP 8.5): `zend_ast_op_array`.
    #[cfg(php85)]
    pub const AST_OP_ARRAY: u16 = sys::_zend_ast_kind_ZEND_AST_OP_ARRAY as u16;
    pub const AST_SPECIAL_SHIFT: u32 = sys::ZEND_AST_SPECIAL_SHIFT;
    pub const AST_IS_LIST_SHIFT: u32 = sys::ZEND_AST_IS_LIST_SHIFT;
    pub const AST_NUM_CHILDREN_SHIFT: u32 = sys::ZEND_AST_NUM_CHILDREN_SHIFT;

    /// `HT_HASH_SIZE(nTableMask)`: bytes of a table's hash part, which
    /// precedes `arData` in its data block.
    pub fn ht_hash_size(mask: u32) -> usize {
        (mask as i32).wrapping_neg() as u32 as usize * 4
    }

    const _: () = {
        assert!(std::mem::size_of::<sys::zend_op>() == OP_SIZE);
        assert!(std::mem::size_of::<sys::zend_op_array>() == OP_ARRAY_SIZE);
        assert!(std::mem::size_of::<sys::zend_function>() == OP_ARRAY_SIZE);
        assert!(std::mem::size_of::<sys::zend_class_entry>() == CLASS_SIZE);
        assert!(std::mem::size_of::<sys::HashTable>() == 56);
        assert!(std::mem::size_of::<sys::Bucket>() == 32);
        assert!(std::mem::size_of::<sys::zval>() == 16);
        assert!(std::mem::size_of::<sys::zend_arg_info>() == 32);
        #[cfg(not(php84))]
        assert!(std::mem::size_of::<sys::zend_property_info>() == 56);
        #[cfg(php84)]
        assert!(std::mem::size_of::<sys::zend_property_info>() == 72);
        #[cfg(not(php84))]
        assert!(std::mem::size_of::<sys::zend_class_constant>() == 40);
        #[cfg(php84)]
        assert!(std::mem::size_of::<sys::zend_class_constant>() == 56);
        assert!(std::mem::offset_of!(sys::zend_string, val) == 24);
        assert!(std::mem::offset_of!(sys::zend_op, handler) == 0);
        assert!(std::mem::size_of::<super::ScriptRoot>() == 104);
        assert!(std::mem::size_of::<super::RootEntry>() == 16);
        assert!(std::mem::size_of::<super::RootWarning>() == 24);
        assert!(std::mem::size_of::<super::RootEarlyBinding>() == 32);
        assert!(AST_SPECIAL_SHIFT == 6 && AST_IS_LIST_SHIFT == 7 && AST_NUM_CHILDREN_SHIFT == 8);
        // 64-bit layout: relative IS_CONST operands and jump offsets.
        assert!(std::mem::size_of::<usize>() == 8);
    };
}
