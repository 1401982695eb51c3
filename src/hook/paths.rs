//! `include_once` / `require_once` without a realpath or an open().
//!
//! For `*_once` the engine resolves the name itself (`zend_resolve_path`),
//! checks `EG(included_files)`, opens the file (`zend_stream_open`) and only
//! then calls the compile hook. OPcache replaces both functions so that a
//! cached script is neither resolved through the file system nor opened;
//! Kiln does the same with its per-process hot table (see
//! [`super::local::hot_get`]): a name served earlier in this process
//! within the revalidation window resolves to the image's own filename,
//! and the open that follows is answered without touching the file. The
//! compile hook then recognises the handle ([`take_pending`]) and
//! registers the image.

use super::{local, runtime};
use crate::codec::ScriptRoot;
use crate::ffi::sys;
use parking_lot::Mutex;

type ResolveFn = unsafe extern "C" fn(*mut sys::zend_string) -> *mut sys::zend_string;
type OpenFn = unsafe extern "C" fn(*mut sys::zend_file_handle) -> sys::zend_result;

static mut PREV_RESOLVE: Option<ResolveFn> = None;
static mut PREV_OPEN: Option<OpenFn> = None;

/// The last hot answer of `resolve` (the resolved string, its image root),
/// until the open and the compile of that `*_once` consume it.
static mut PENDING: (usize, usize) = (0, 0);
/// Inside the previous opener (see `resolve`).
static mut IN_OPEN: bool = false;
/// The last resolution that was not hot: (name as written, resolved string).
static LAST: Mutex<Option<(Vec<u8>, usize)>> = Mutex::new(None);

/// Installs both hooks (MINIT, with the compile hook).
///
/// # Safety
/// MINIT, single-threaded.
pub unsafe fn install() {
    // SAFETY: engine globals during startup.
    unsafe {
        let (r, o) = (sys::zend_resolve_path, sys::zend_stream_open_function);
        PREV_RESOLVE = r;
        PREV_OPEN = o;
        if r.is_some() && o.is_some() {
            sys::zend_resolve_path = Some(resolve);
            sys::zend_stream_open_function = Some(open);
        }
    }
}

/// Restores the previous functions if ours are still installed.
///
/// # Safety
/// MSHUTDOWN, single-threaded.
pub unsafe fn uninstall() {
    // SAFETY: engine globals during shutdown.
    unsafe {
        let ours: ResolveFn = resolve;
        if sys::zend_resolve_path.map(|f| f as usize) == Some(ours as usize) {
            sys::zend_resolve_path = PREV_RESOLVE;
            sys::zend_stream_open_function = PREV_OPEN;
        }
    }
}

/// Request start: nothing carries over.
pub fn request_start() {
    // SAFETY: NTS; between requests.
    unsafe {
        PENDING = (0, 0);
    }
    *LAST.lock() = None;
    // SAFETY: as above.
    unsafe {
        IN_OPEN = false;
    }
}

unsafe extern "C" fn resolve(filename: *mut sys::zend_string) -> *mut sys::zend_string {
    // SAFETY: the engine's string; our statics are touched by this thread only.
    unsafe {
        let name = super::codec_str(filename);
        let mut stale = None;
        if let Some(rt) = runtime::get().filter(|rt| rt.active()) {
            match super::hot_root(rt, name) {
                local::HotLookup::Fresh(root) => return promise(root),
                local::HotLookup::Stale(root, key) => stale = Some((root, key)),
                local::HotLookup::Miss => {}
            }
        }
        let prev = PREV_RESOLVE.expect("installed only over a resolver");
        let r = prev(filename);
        if let Some((root, key)) = stale {
            if !r.is_null() && super::revalidate(name, root, &key, super::codec_str(r)) {
                sys::kiln_shim_string_release(r);
                return promise(root);
            }
        }
        // (Opening a file resolves its name again: that one is not the
        // include's.)
        if !r.is_null() && name.starts_with(b"/") && !IN_OPEN {
            *LAST.lock() = Some((name.to_vec(), r as usize));
        }
        r
    }
}

/// Answers a resolve with the image's own filename (interned in the image:
/// the caller's release leaves it alone) and remembers the promise for the
/// open and the compile that follow.
///
/// # Safety
/// `root` is a live image of this process.
unsafe fn promise(root: *mut ScriptRoot) -> *mut sys::zend_string {
    // SAFETY: as documented; NTS statics.
    unsafe {
        let r = (*root).filename;
        PENDING = (r as usize, root as usize);
        r
    }
}

unsafe extern "C" fn open(h: *mut sys::zend_file_handle) -> sys::zend_result {
    // SAFETY: the engine's handle.
    unsafe {
        let (r, _) = PENDING;
        if r != 0
            && (*h).filename as usize == r
            && (*h).opened_path.is_null()
            && sys::kiln_shim_in_include_once() != 0
        {
            (*h).opened_path = r as *mut sys::zend_string;
            return sys::ZEND_RESULT_CODE_SUCCESS;
        }
        let prev = PREV_OPEN.expect("installed only over an opener");
        IN_OPEN = true;
        let rc = prev(h);
        IN_OPEN = false;
        rc
    }
}

/// The image root the resolver promised for this handle (the `*_once` path,
/// opened by [`open`] without a file), consumed.
///
/// # Safety
/// From the compile hook.
pub unsafe fn take_pending(fh: *const sys::zend_file_handle) -> Option<*mut ScriptRoot> {
    // SAFETY: the engine's handle; NTS statics.
    unsafe {
        let (r, root) = PENDING;
        if r == 0 || (*fh).opened_path as usize != r || (*fh).filename as usize != r {
            return None;
        }
        PENDING = (0, 0);
        Some(root as *mut ScriptRoot)
    }
}

/// The include name as written whose resolution produced `resolved` (the
/// filename of a `*_once` handle), if it was the last one resolved.
pub fn name_resolved_to(resolved: *const sys::zend_string) -> Option<Vec<u8>> {
    match &*LAST.lock() {
        Some((name, r)) if *r == resolved as usize => Some(name.clone()),
        _ => None,
    }
}
