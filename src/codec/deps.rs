//! What a script needs from the process that runs it, beyond the build id.
//!
//! The compiler emits `ZEND_INIT_FCALL` (the callee looked up by name at run
//! time, with no existence check: the engine asserts it exists) for every
//! call to a function that existed when it compiled the file: internal
//! functions and the file's own top-level functions. The internal function
//! set differs between SAPIs (`cli_set_process_title` in the CLI,
//! `fastcgi_finish_request` in FPM) and with `disable_functions` (Debian
//! disables `pcntl_*` outside the CLI). A script is therefore loaded only
//! where every such callee exists; elsewhere it is compiled. This keeps one
//! cache for CLI and FPM without a shared segment per function set.

use super::ScriptRoot;
use crate::ffi::sys;

/// The first `ZEND_INIT_FCALL` callee of the script that this process does
/// not have (as an internal function or a function the script declares).
///
/// # Safety
/// `root` is a relocated script (image or per-request copy), not yet
/// registered.
pub unsafe fn missing_function(root: *const ScriptRoot) -> Option<String> {
    // SAFETY: every op_array reached is relocated memory of the script.
    unsafe {
        let r = &*root;
        let own: Vec<&[u8]> = (0..r.num_functions as usize)
            .map(|i| zstr((*r.functions.add(i)).key))
            .collect();
        let ft = (*super::compile::eg()).function_table;
        let mut missing = None;
        let mut check = |op: *const sys::zend_op_array| {
            if missing.is_none() {
                missing = scan(op, ft, &own);
            }
        };
        walk(r.main, &mut check);
        for i in 0..r.num_functions as usize {
            walk((*r.functions.add(i)).ptr.cast(), &mut check);
        }
        for i in 0..r.num_classes as usize {
            let ce = (*r.classes.add(i)).ptr as *const sys::zend_class_entry;
            super::compile::for_each_function(ce, true, |f| walk(f, &mut check));
        }
        for &op in r.const_ops() {
            walk(op, &mut check);
        }
        missing
    }
}

/// `op` and its closures / conditional functions.
///
/// # Safety
/// `op` is a relocated user op_array.
unsafe fn walk(op: *const sys::zend_op_array, f: &mut impl FnMut(*const sys::zend_op_array)) {
    // SAFETY: forwarded.
    unsafe {
        if op.is_null() || u32::from((*op).type_) != sys::ZEND_USER_FUNCTION {
            return;
        }
        f(op);
        for k in 0..(*op).num_dynamic_func_defs as usize {
            walk(*(*op).dynamic_func_defs.add(k), f);
        }
    }
}

/// # Safety
/// `op` is a relocated user op_array; `ft` the live function table.
unsafe fn scan(
    op: *const sys::zend_op_array,
    ft: *mut sys::HashTable,
    own: &[&[u8]],
) -> Option<String> {
    // SAFETY: oplines and their IS_CONST operands lie in the script.
    unsafe {
        for i in 0..(*op).last as usize {
            let o = (*op).opcodes.add(i);
            if u32::from((*o).opcode) != sys::ZEND_INIT_FCALL {
                continue;
            }
            let name = super::compile::rt_constant(o, (*o).op2);
            if u32::from((*name).u1.v.type_) != sys::IS_STRING {
                continue;
            }
            let s = (*name).value.str_;
            if !sys::zend_hash_find(ft, s).is_null() || own.contains(&zstr(s)) {
                continue;
            }
            return Some(String::from_utf8_lossy(zstr(s)).into_owned());
        }
        None
    }
}

/// # Safety
/// `s` is a live zend_string.
unsafe fn zstr<'a>(s: *const sys::zend_string) -> &'a [u8] {
    // SAFETY: forwarded.
    unsafe { std::slice::from_raw_parts((*s).val.as_ptr().cast::<u8>(), (*s).len) }
}
