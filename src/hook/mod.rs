//! The compile hook: Kiln's entry point into the engine's compiler.
//!
//! Installed in MINIT on top of whatever was there (phar wraps the compiler
//! too), restored in MSHUTDOWN only if still ours, and always chained to the
//! saved previous hook.

pub mod runtime;

/// Entry flag (opaque to the stores): the body is LZ4-compressed.
pub const FLAG_LZ4: u32 = 1;

use crate::ffi::sys;
use crate::store::Counter;
use std::sync::atomic::Ordering;

type CompileFn = unsafe extern "C" fn(*mut sys::zend_file_handle, i32) -> *mut sys::zend_op_array;

static mut PREVIOUS: Option<CompileFn> = None;
/// The address installed into `zend_compile_file` (compared by address: a
/// function's address may differ between codegen units).
static INSTALLED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn current_hook_addr() -> usize {
    // SAFETY: reading the engine's global hook pointer.
    unsafe { sys::zend_compile_file }.map_or(0, |f| f as usize)
}

/// Installs the hook.
///
/// # Safety
/// MINIT only (single-threaded engine startup).
pub unsafe fn install() {
    // SAFETY: startup is single-threaded; zend_compile_file is the engine's
    // global hook pointer.
    unsafe {
        PREVIOUS = sys::zend_compile_file;
        let ours: CompileFn = compile_file;
        INSTALLED.store(ours as usize, Ordering::Relaxed);
        sys::zend_compile_file = Some(ours);
    }
}

/// Restores the previous hook if the current one is still ours.
///
/// # Safety
/// MSHUTDOWN only.
pub unsafe fn uninstall() {
    // SAFETY: shutdown is single-threaded.
    unsafe {
        if is_ours() {
            sys::zend_compile_file = PREVIOUS;
        }
    }
}

/// True when the engine's current hook is Kiln's.
pub fn is_ours() -> bool {
    let ours = INSTALLED.load(Ordering::Relaxed);
    ours != 0 && current_hook_addr() == ours
}

/// The previous compiler (the engine's `compile_file`, or phar's wrapper).
fn previous() -> CompileFn {
    // SAFETY: PREVIOUS is written once in MINIT before any compile.
    unsafe { PREVIOUS.unwrap_or(sys::compile_file) }
}

unsafe extern "C" fn compile_file(
    fh: *mut sys::zend_file_handle,
    ty: i32,
) -> *mut sys::zend_op_array {
    runtime::PROCESS_COMPILES.fetch_add(1, Ordering::Relaxed);
    runtime::count(Counter::Compiles);
    // SAFETY: chaining to the previous hook with the engine's own arguments.
    // No value with a destructor is live here: a bailout inside may longjmp
    // straight through this frame.
    unsafe { previous()(fh, ty) }
}
