//! OPcache-compatible functions (`kiln.opcache_api=1`): `opcache_get_status`,
//! `opcache_get_configuration`, `opcache_reset`, `opcache_invalidate`,
//! `opcache_compile_file`, `opcache_is_script_cached`, with OPcache's array
//! shapes filled from Kiln's figures, so deploy scripts, template engines and
//! exporters written for OPcache work unchanged.
//!
//! They cannot be module functions: Zend OPcache registers functions of the
//! same names when it starts, after every module's MINIT, and a name taken
//! first would make OPcache fail to load. So MINIT registers them here, only
//! when the setting is on and OPcache is not loaded, and MSHUTDOWN removes
//! them before the module is unloaded.

use super::admin;
use super::functions::{false_zval, hit_rate, set, table};
use crate::hook::runtime;
use crate::store::Counter;
use ext_php_rs::boxed::ZBox;
use ext_php_rs::builders::FunctionBuilder;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};
use ext_php_rs::zend::FunctionEntry;
use parking_lot::Mutex;
use std::sync::atomic::Ordering;

/// The registered table (NUL-terminated) and the arg infos it points at,
/// kept for the life of the process; None while not registered.
struct Registered {
    entries: Box<[FunctionEntry]>,
    _args: Vec<Box<[ext_php_rs::args::ArgInfo]>>,
}

// SAFETY: NTS PHP; touched in MINIT and MSHUTDOWN only.
unsafe impl Send for Registered {}

static REGISTERED: Mutex<Option<Registered>> = Mutex::new(None);

/// Why the API is not registered ("" when it is), for phpinfo/status.
pub static NOTE: Mutex<String> = Mutex::new(String::new());

fn builders() -> Vec<FunctionBuilder<'static>> {
    vec![
        wrap_function!(opcache_get_status),
        wrap_function!(opcache_get_configuration),
        wrap_function!(opcache_reset),
        wrap_function!(opcache_invalidate),
        wrap_function!(opcache_compile_file),
        wrap_function!(opcache_is_script_cached),
    ]
}

/// MINIT: registers the functions when `enabled` and OPcache is absent.
///
/// # Safety
/// MINIT, single-threaded, with this module as the current one.
pub unsafe fn register(enabled: bool) {
    if !enabled {
        *NOTE.lock() = "off (kiln.opcache_api=0)".into();
        return;
    }
    if crate::hook::opcache::opcache_loaded() {
        *NOTE.lock() = "off: Zend OPcache is loaded and provides these functions".into();
        crate::ffi::engine::warn(
            crate::ffi::engine::E_CORE_WARNING,
            "Kiln: kiln.opcache_api=1 is ignored: Zend OPcache is loaded and provides the opcache_* functions",
        );
        return;
    }
    let mut entries = Vec::new();
    let mut args = Vec::new();
    for b in builders() {
        match b.build() {
            Ok((e, a)) => {
                entries.push(e);
                args.push(a);
            }
            Err(e) => {
                *NOTE.lock() = format!("off: {e}");
                return;
            }
        }
    }
    // SAFETY: an all-zero entry ends a zend_function_entry table.
    entries.push(unsafe { std::mem::zeroed() });
    let entries = entries.into_boxed_slice();
    // SAFETY: a NUL-terminated table that lives until MSHUTDOWN removes the
    // functions; registered as persistent internal functions of this module.
    let ok = unsafe {
        crate::ffi::sys::zend_register_functions(
            std::ptr::null_mut(),
            entries.as_ptr().cast(),
            std::ptr::null_mut(),
            ext_php_rs::ffi::MODULE_PERSISTENT as i32,
        )
    } == 0;
    if !ok {
        *NOTE.lock() = "off: the functions could not be registered".into();
        return;
    }
    NOTE.lock().clear();
    *REGISTERED.lock() = Some(Registered {
        entries,
        _args: args,
    });
}

/// MSHUTDOWN: removes the functions (their handlers live in this module).
///
/// # Safety
/// MSHUTDOWN, single-threaded.
pub unsafe fn unregister() {
    if let Some(r) = REGISTERED.lock().take() {
        let n = (r.entries.len() - 1) as i32;
        // SAFETY: the table registered in MINIT.
        unsafe {
            crate::ffi::sys::zend_unregister_functions(
                r.entries.as_ptr().cast(),
                n,
                std::ptr::null_mut(),
            )
        };
        // The arg infos may be read while the entries are destroyed: leaked.
        std::mem::forget(r);
    }
}

pub fn registered() -> bool {
    REGISTERED.lock().is_some()
}

fn array_zval(t: ZBox<ZendHashTable>) -> Zval {
    let mut z = Zval::new();
    z.set_hashtable(t);
    z
}

/// The C library's ctime format without the newline, as OPcache's
/// `last_used`.
fn ctime_string(t: i64) -> String {
    let tt = t as libc::time_t;
    let mut buf = [0 as libc::c_char; 64];
    // SAFETY: ctime_r writes at most 26 bytes into the buffer.
    let p = unsafe { libc::ctime_r(&tt, buf.as_mut_ptr()) };
    if p.is_null() {
        return String::new();
    }
    // SAFETY: NUL-terminated by ctime_r.
    let s = unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) };
    s.to_string_lossy().trim_end_matches('\n').to_string()
}

/// `opcache_get_status(bool $include_scripts = true): array|false` in
/// OPcache's shape, from Kiln's segment. Fields OPcache has and Kiln does
/// not (interned strings buffer, restarts, JIT) say what Kiln does instead:
/// 0, false or Kiln's nearest figure.
#[php_function]
pub fn opcache_get_status(include_scripts: Option<bool>) -> Zval {
    if !super::functions::api_allowed("opcache_get_status") {
        return false_zval();
    }
    let rt = runtime::activate();
    let Some(store) = rt.store.as_ref().filter(|_| rt.active()) else {
        return false_zval();
    };
    let st = store.stats();
    let counter = |c: Counter| store.counter(c).load(Ordering::Relaxed) as i64;
    let hits = counter(Counter::Hits);
    let misses = counter(Counter::Misses);
    let mut t = table();
    set(&mut t, "opcache_enabled", true);
    set(&mut t, "cache_full", st.free < st.data_size / 32);
    set(&mut t, "restart_pending", false);
    set(&mut t, "restart_in_progress", false);
    let mut mem = table();
    set(&mut mem, "used_memory", st.used as i64);
    set(&mut mem, "free_memory", st.free as i64);
    set(&mut mem, "wasted_memory", st.wasted as i64);
    set(
        &mut mem,
        "current_wasted_percentage",
        if st.size > 0 {
            st.wasted as f64 * 100.0 / st.size as f64
        } else {
            0.0
        },
    );
    set(&mut t, "memory_usage", mem);
    // Kiln keeps no interned-string buffer of its own (names are interned
    // by the engine per process, or live in the arena's images).
    let mut interned = table();
    set(&mut interned, "buffer_size", 0i64);
    set(&mut interned, "used_memory", 0i64);
    set(&mut interned, "free_memory", 0i64);
    set(&mut interned, "number_of_strings", 0i64);
    set(&mut t, "interned_strings_usage", interned);
    let mut os = table();
    set(&mut os, "num_cached_scripts", st.entries as i64);
    set(&mut os, "num_cached_keys", st.entries as i64);
    set(&mut os, "max_cached_keys", st.index_slots as i64);
    set(&mut os, "hits", hits);
    set(&mut os, "start_time", st.start_time as i64);
    set(
        &mut os,
        "last_restart_time",
        if st.resets > 0 {
            st.last_reset_time as i64
        } else {
            0
        },
    );
    // Kiln evicts single entries: it never restarts for memory or keys.
    set(&mut os, "oom_restarts", 0i64);
    set(&mut os, "hash_restarts", 0i64);
    set(&mut os, "manual_restarts", st.resets as i64);
    set(&mut os, "misses", misses);
    set(&mut os, "blacklist_misses", 0i64);
    set(&mut os, "blacklist_miss_ratio", 0.0f64);
    set(&mut os, "opcache_hit_rate", hit_rate(hits, misses));
    set(&mut t, "opcache_statistics", os);
    if include_scripts.unwrap_or(true) {
        let mut scripts = table();
        for e in store.entries() {
            let mut s = table();
            set(&mut s, "full_path", e.path.clone());
            set(&mut s, "hits", e.hits as i64);
            set(&mut s, "memory_consumption", i64::from(e.stored_len));
            set(&mut s, "last_used", ctime_string(e.last_used as i64));
            set(&mut s, "last_used_timestamp", e.last_used as i64);
            set(&mut s, "timestamp", e.mtime_ns.div_euclid(1_000_000_000));
            // 8.3+: when OPcache checks the file again; Kiln checks a path
            // at most every kiln.revalidate_freq seconds per process.
            #[cfg(php84)]
            set(
                &mut s,
                "revalidate",
                e.last_used as i64 + rt.settings.revalidate_freq as i64,
            );
            let _ = scripts.insert(e.path.as_str(), s);
        }
        set(&mut t, "scripts", scripts);
    }
    let mut jit = table();
    set(&mut jit, "enabled", false);
    set(&mut jit, "on", false);
    set(&mut jit, "kind", 0i64);
    set(&mut jit, "opt_level", 0i64);
    set(&mut jit, "opt_flags", 0i64);
    set(&mut jit, "buffer_size", 0i64);
    set(&mut jit, "buffer_free", 0i64);
    set(&mut t, "jit", jit);
    array_zval(t)
}

/// `opcache_get_configuration(): array|false` in OPcache's shape: the
/// `opcache.*` directives a tool reads, from Kiln's settings.
#[php_function]
pub fn opcache_get_configuration() -> Zval {
    if !super::functions::api_allowed("opcache_get_configuration") {
        return false_zval();
    }
    let rt = runtime::activate();
    let s = &rt.settings;
    let mut d = table();
    set(&mut d, "opcache.enable", s.enable);
    set(&mut d, "opcache.enable_cli", s.enable_cli);
    set(&mut d, "opcache.use_cwd", true);
    set(&mut d, "opcache.validate_timestamps", s.check_mtime);
    set(&mut d, "opcache.validate_permission", false);
    set(&mut d, "opcache.validate_root", false);
    set(&mut d, "opcache.dups_fix", false);
    set(&mut d, "opcache.revalidate_path", false);
    set(&mut d, "opcache.log_verbosity_level", 1i64);
    set(&mut d, "opcache.memory_consumption", s.shm_size as i64);
    set(&mut d, "opcache.interned_strings_buffer", 0i64);
    set(
        &mut d,
        "opcache.max_accelerated_files",
        rt.store
            .as_ref()
            .map_or(0, |st| st.stats().index_slots as i64),
    );
    set(&mut d, "opcache.max_wasted_percentage", 0.0f64);
    #[cfg(not(php84))]
    set(&mut d, "opcache.consistency_checks", 0i64);
    set(&mut d, "opcache.force_restart_timeout", 0i64);
    set(&mut d, "opcache.revalidate_freq", s.revalidate_freq as i64);
    set(&mut d, "opcache.preferred_memory_model", "");
    set(&mut d, "opcache.blacklist_filename", "");
    set(&mut d, "opcache.max_file_size", s.max_file_size as i64);
    set(&mut d, "opcache.error_log", "");
    set(&mut d, "opcache.protect_memory", false);
    set(&mut d, "opcache.save_comments", true);
    set(&mut d, "opcache.record_warnings", true);
    set(&mut d, "opcache.enable_file_override", false);
    set(&mut d, "opcache.optimization_level", 0i64);
    set(&mut d, "opcache.lockfile_path", "");
    set(&mut d, "opcache.file_cache", s.cache_dir.clone());
    set(&mut d, "opcache.file_cache_only", false);
    set(&mut d, "opcache.file_cache_consistency_checks", true);
    set(
        &mut d,
        "opcache.file_update_protection",
        s.file_update_protection as i64,
    );
    set(&mut d, "opcache.opt_debug_level", 0i64);
    set(&mut d, "opcache.restrict_api", s.restrict_api.clone());
    set(&mut d, "opcache.huge_code_pages", false);
    set(&mut d, "opcache.preload", "");
    set(&mut d, "opcache.preload_user", "");
    set(&mut d, "opcache.jit", "disable");
    set(&mut d, "opcache.jit_buffer_size", 0i64);
    for k in [
        "debug",
        "bisect_limit",
        "blacklist_root_trace",
        "blacklist_side_trace",
        "hot_func",
        "hot_loop",
        "hot_return",
        "hot_side_exit",
        "max_exit_counters",
        "max_loop_unrolls",
        "max_polymorphic_calls",
        "max_recursive_calls",
        "max_recursive_returns",
        "max_root_traces",
        "max_side_traces",
    ] {
        set(&mut d, &format!("opcache.jit_{k}"), 0i64);
    }
    // The JIT's profiling threshold is a float from 8.3 on.
    #[cfg(not(php84))]
    set(&mut d, "opcache.jit_prof_threshold", 0i64);
    #[cfg(php84)]
    {
        set(&mut d, "opcache.jit_prof_threshold", 0.0f64);
        set(&mut d, "opcache.jit_max_trace_length", 0i64);
    }
    let mut t = table();
    set(&mut t, "directives", d);
    let mut v = table();
    set(&mut v, "version", env!("CARGO_PKG_VERSION"));
    set(
        &mut v,
        "opcache_product_name",
        "Kiln (OPcache-compatible API)",
    );
    set(&mut t, "version", v);
    set(&mut t, "blacklist", table());
    array_zval(t)
}

/// `opcache_reset(): bool` — as `kiln_reset()`.
#[php_function]
pub fn opcache_reset() -> bool {
    admin::kiln_reset()
}

/// `opcache_invalidate(string $filename, bool $force = false): bool` — as
/// `kiln_invalidate()`.
#[php_function]
pub fn opcache_invalidate(filename: String, force: Option<bool>) -> bool {
    admin::kiln_invalidate(filename, force)
}

/// `opcache_compile_file(string $filename): bool` — as
/// `kiln_compile_file()`.
#[php_function]
pub fn opcache_compile_file(filename: String) -> bool {
    admin::kiln_compile_file(filename)
}

/// `opcache_is_script_cached(string $filename): bool` — as
/// `kiln_is_script_cached()`.
#[php_function]
pub fn opcache_is_script_cached(filename: String) -> bool {
    admin::kiln_is_script_cached(filename)
}
