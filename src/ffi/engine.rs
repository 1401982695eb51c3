//! Small safe wrappers over engine globals and calls.

use super::sys;
use std::ffi::{CStr, CString};

/// Emits a PHP warning of `level` (e.g. `E_CORE_WARNING`) with `msg`.
pub fn warn(level: u32, msg: &str) {
    let c = CString::new(msg.replace('\0', " ")).unwrap_or_default();
    // SAFETY: zend_error with a "%s" format and a valid NUL-terminated string
    // is callable at any point after the engine started (MINIT included).
    unsafe { sys::kiln_shim_warning(level as i32, c.as_ptr()) };
}

/// The engine's system id (an MD5 hex string of 32 chars), final after MINIT.
pub fn system_id() -> String {
    // SAFETY: zend_system_id is a static char[32] in the PHP binary.
    let raw = unsafe { &*std::ptr::addr_of!(sys::zend_system_id) };
    raw.iter().map(|&c| c as u8 as char).collect()
}

/// The PHP build and the engine configuration a compile depends on, in
/// place of `zend_system_id` (which differs between the SAPIs of one PHP
/// 8.4 build): the PHP version, the extension and module API builds, the
/// engine hooks and Zend extensions (`kiln_shim_engine_config_hash`), and
/// the objects that hold the compile_file hooks around Kiln's (`around`).
pub fn engine_identity(around: &[usize]) -> String {
    let objects: Vec<String> = around
        .iter()
        .map(|&a| {
            if a == 0 {
                "none".to_string()
            } else if a == sys::compile_file as *const () as usize {
                "engine".to_string()
            } else {
                object_of(a).unwrap_or_else(|| "unknown".into())
            }
        })
        .collect();
    // SAFETY: reads engine globals after startup.
    let config = unsafe { sys::kiln_shim_engine_config_hash() };
    format!(
        "{}|{}|{}|{:016x}|{}",
        String::from_utf8_lossy(
            sys::PHP_VERSION
                .strip_suffix(b"\0")
                .unwrap_or(sys::PHP_VERSION)
        ),
        // SAFETY: a static C string of the shim.
        unsafe { CStr::from_ptr(sys::kiln_shim_extension_build_id()) }.to_string_lossy(),
        sys::ZEND_MODULE_API_NO,
        config,
        objects.join(",")
    )
}

/// The SAPI's short name ("cli", "fpm-fcgi", "cgi-fcgi", "cli-server", ...).
pub fn sapi_name() -> String {
    // SAFETY: sapi_module is initialised before any extension loads; name is a
    // static C string owned by the SAPI.
    unsafe {
        let name = sys::sapi_module.name;
        if name.is_null() {
            return String::new();
        }
        CStr::from_ptr(name).to_string_lossy().into_owned()
    }
}

/// The raw php.ini / `-d` value of a directive, as the configuration parser
/// read it (usable before the owning extension registered its INI entries).
pub fn configuration_directive(name: &str) -> Option<String> {
    let zs = ext_php_rs::types::ZendStr::new(name, false);
    // SAFETY: the configuration hash is built before any MINIT; the returned
    // zval (if any) is owned by it and stays valid.
    unsafe {
        let zv = sys::zend_get_configuration_directive(zs.as_ptr() as *mut sys::zend_string);
        if zv.is_null() {
            return None;
        }
        let zv = &*(zv as *const ext_php_rs::types::Zval);
        zv.str()
            .map(str::to_owned)
            .or_else(|| zv.long().map(|l| l.to_string()))
    }
}

/// The canonical real path of `path`, or None when it does not exist.
pub fn realpath(path: &str) -> Option<String> {
    let c = CString::new(path).ok()?;
    // SAFETY: the shim returns a malloc()ed string or NULL.
    unsafe {
        let p = sys::kiln_shim_realpath(c.as_ptr());
        if p.is_null() {
            return None;
        }
        let s = CStr::from_ptr(p).to_string_lossy().into_owned();
        libc::free(p.cast());
        Some(s)
    }
}

/// Fingerprint of the VM's opcode handler numbering.
pub fn handler_fingerprint() -> u64 {
    // SAFETY: only reads the VM's static handler tables.
    unsafe { sys::kiln_shim_handler_fingerprint() }
}

/// What the compiler reads besides the source that changes its output
/// (design notes §8 item 4): `short_open_tag`, `zend.multibyte`, whether
/// assertions are compiled in (`zend.assertions` = -1 or not), `precision`
/// (constant folding of float-to-string), the EXTENDED_INFO compiler
/// options, and `zend.script_encoding`.
pub fn compile_config() -> u64 {
    // SAFETY: reads plain fields of the engine globals.
    let (short, mb, ext, prec, asserts) = unsafe {
        let cg = &raw const sys::compiler_globals;
        let eg = &raw const sys::executor_globals;
        (
            (*cg).short_tags,
            (*cg).multibyte,
            (*cg).compiler_options & sys::ZEND_COMPILE_EXTENDED_INFO,
            (*eg).precision,
            (*eg).assertions >= 0,
        )
    };
    let mut h = (short as u64) | (mb as u64) << 1 | (asserts as u64) << 2 | (ext as u64) << 8;
    h ^= (prec as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    if mb {
        let enc = ini_string("zend.script_encoding").unwrap_or_default();
        h ^= xxhash_rust::xxh3::xxh3_64(enc.as_bytes());
    }
    h
}

/// Which of the functions the compiler turns into dedicated opcodes
/// (`zend_try_compile_special_func`: `strlen` → ZEND_STRLEN, ...) exist in
/// this process. A name removed by `disable_functions` may be redeclared by
/// user code, so code compiled where it existed must not run where it does
/// not. The rest of the extension set is checked per script (see
/// `codec::deps`), so CLI and FPM, whose function sets differ, share one
/// cache.
pub fn special_functions() -> u64 {
    const NAMES: [&str; 33] = [
        "strlen",
        "is_null",
        "is_bool",
        "is_long",
        "is_int",
        "is_integer",
        "is_float",
        "is_double",
        "is_string",
        "is_array",
        "is_object",
        "is_resource",
        "is_scalar",
        "boolval",
        "intval",
        "floatval",
        "doubleval",
        "strval",
        "defined",
        "chr",
        "ord",
        "call_user_func_array",
        "call_user_func",
        "in_array",
        "count",
        "sizeof",
        "get_class",
        "get_called_class",
        "gettype",
        "func_num_args",
        "func_get_args",
        "array_slice",
        "array_key_exists",
    ];
    let mut bits = 0u64;
    for (i, n) in NAMES.iter().enumerate() {
        // SAFETY: the function table is live after startup.
        let found = unsafe {
            let cg = &raw const sys::compiler_globals;
            let ft = (*cg).function_table;
            !sys::zend_hash_str_find(ft, n.as_ptr().cast(), n.len()).is_null()
        };
        if found {
            bits |= 1 << i;
        }
    }
    bits
}

/// Calls `f(key, ptr, index)` for every live bucket of `ht` from `from`.
///
/// # Safety
/// `ht` is a live hash (not packed) of IS_PTR values.
pub unsafe fn for_each_new(
    ht: *const sys::HashTable,
    from: u32,
    mut f: impl FnMut(*mut sys::zend_string, *mut std::ffi::c_void, u32),
) {
    // SAFETY: buckets 0..nNumUsed are initialized.
    unsafe {
        let used = (*ht).nNumUsed;
        let data = (*ht).__bindgen_anon_1.arData;
        for i in from..used {
            let b = data.add(i as usize);
            if (*b).val.u1.v.type_ == 0 {
                continue;
            }
            f((*b).key, (*b).val.value.ptr, i);
        }
    }
}

/// True when the engine writes into class constant `c` while a request
/// reads it, so `c` must not live in read-only memory: PHP 8.4+ sets
/// `CONST_RECURSIVE` in the zval of a `#[\Deprecated]` user constant for
/// the time it reports the deprecation. Always false before 8.4.
///
/// # Safety
/// `c` is a live class constant.
pub unsafe fn const_written_on_read(c: *const sys::zend_class_constant) -> bool {
    #[cfg(php84)]
    // SAFETY: caller contract.
    return unsafe { (*c).value.u2.constant_flags } & sys::ZEND_ACC_DEPRECATED != 0;
    #[cfg(not(php84))]
    {
        let _ = c;
        false
    }
}

/// PHP 8.4+: the frameless internal functions in the order the engine
/// numbered them at startup. A `FRAMELESS_ICALL_*` opline names its
/// function by that number (an index into `zend_flf_functions`, filled
/// while modules register their functions), so a blob is only valid where
/// the same functions carry the same numbers: same build, same extensions
/// in the same order, the same `disable_functions`. This hash goes into
/// the blob id; processes where it differs compile for themselves.
pub fn frameless_functions() -> u64 {
    #[cfg(php84)]
    {
        use xxhash_rust::xxh3::Xxh3;
        let mut h = Xxh3::new();
        // SAFETY: the function table is complete after startup; internal
        // functions are zend_internal_function.
        unsafe {
            let cg = &raw const sys::compiler_globals;
            for_each_new((*cg).function_table, 0, |key, p, _| {
                let f = p as *const sys::zend_internal_function;
                if u32::from((*f).type_) != sys::ZEND_INTERNAL_FUNCTION
                    || (*f).frameless_function_infos.is_null()
                {
                    return;
                }
                let mut n = 0u32;
                while !(*(*f).frameless_function_infos.add(n as usize))
                    .handler
                    .is_null()
                {
                    n += 1;
                }
                if !key.is_null() {
                    h.update(std::slice::from_raw_parts(
                        (*key).val.as_ptr().cast::<u8>(),
                        (*key).len,
                    ));
                }
                h.update(&n.to_le_bytes());
            });
        }
        h.digest()
    }
    #[cfg(not(php84))]
    0
}

pub const E_WARNING: u32 = sys::E_WARNING;
pub const E_CORE_WARNING: u32 = sys::E_CORE_WARNING;

/// The current value of a registered INI directive (None if not registered).
pub fn ini_string(name: &str) -> Option<String> {
    let c = CString::new(name).ok()?;
    // SAFETY: zend_ini_string looks the name up in EG(ini_directives) and
    // returns the entry's value (or NULL for an unknown directive / no value);
    // `exists` tells the two apart.
    unsafe {
        let mut exists: bool = false;
        let p = sys::zend_ini_string_ex(c.as_ptr() as *mut _, name.len(), 0, &mut exists);
        if !exists {
            return None;
        }
        if p.is_null() {
            return Some(String::new());
        }
        Some(CStr::from_ptr(p).to_string_lossy().into_owned())
    }
}

/// The main script of the current request (`SG(request_info).path_translated`).
pub fn main_script_path() -> Option<String> {
    // SAFETY: sapi_globals is valid during a request; path_translated is a C
    // string owned by the SAPI or NULL.
    unsafe {
        let p = sys::sapi_globals.request_info.path_translated;
        if p.is_null() {
            return None;
        }
        Some(CStr::from_ptr(p).to_string_lossy().into_owned())
    }
}

/// The shared object that contains `addr` (dladdr), if any.
pub fn object_of(addr: usize) -> Option<String> {
    let addr = addr as *const std::ffi::c_void;
    // SAFETY: Dl_info is plain data; all-zero is a valid value.
    let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
    // SAFETY: dladdr only reads the loader's tables.
    if unsafe { libc::dladdr(addr, &mut info) } == 0 || info.dli_fname.is_null() {
        return None;
    }
    // SAFETY: dli_fname is a NUL-terminated string owned by the loader.
    Some(
        unsafe { CStr::from_ptr(info.dli_fname) }
            .to_string_lossy()
            .into_owned(),
    )
}

/// Tells the operator something about Kiln's state at activation. In the CLI
/// it is a displayed warning (the operator is at the terminal); in server
/// SAPIs it goes to the error log (the FPM/CGI log), never into a page.
pub fn tell_operator(msg: &str) {
    if sapi_name() == "cli" {
        warn(E_WARNING, msg);
    } else {
        let c = CString::new(msg.replace('\0', " ")).unwrap_or_default();
        // SAFETY: php_log_err_with_severity copies the message; callable
        // during a request.
        unsafe { sys::php_log_err_with_severity(c.as_ptr() as *mut _, libc::LOG_WARNING) };
    }
}
