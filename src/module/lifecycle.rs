//! MINIT / MSHUTDOWN / RINIT / RSHUTDOWN.

use crate::ffi::engine;
use crate::hook::{self, runtime};

/// MINIT: register INI, validate it (one warning per bad value), decide
/// whether OPcache owns compilation here, install the compile hook.
pub extern "C" fn minit(_ty: i32, module_number: i32) -> i32 {
    ext_php_rs::zend::IniEntryDef::register(super::INI.as_slice(), module_number);
    let (settings, problems) = runtime::read_settings();
    for p in &problems {
        engine::warn(engine::E_CORE_WARNING, &p.to_string());
    }
    let stand_down = crate::hook::opcache::active_at_startup();
    if let Some(sd) = &stand_down {
        engine::warn(engine::E_CORE_WARNING, &sd.reason());
    }
    let hook_installed = stand_down.is_none() && settings.enable;
    if hook_installed {
        // SAFETY: MINIT, single-threaded.
        unsafe {
            hook::install();
            let sapi = engine::sapi_name();
            let full = crate::image::pool_slots_for(settings.shm_size);
            crate::image::set_pool_wanted(full);
            let mut slots = full;
            if crate::arena::wanted(&settings, &sapi) {
                // Images and linked classes take the arena's pool; the
                // private one serves fallbacks and class names. Every slot
                // is zeroed at each request start.
                slots = (slots / 4).max(4096);
            }
            crate::image::reserve_pool(slots);
            crate::arena::reserve(&settings, &sapi);
            crate::image::linked::install(settings.inheritance_cache);
        }
    }
    // SAFETY: MINIT, single-threaded, this module current.
    unsafe { super::opcache_api::register(settings.opcache_api) };
    runtime::set_startup(runtime::Startup {
        settings,
        stand_down,
        hook_installed,
    });
    0
}

/// MSHUTDOWN: restore the previous hook.
pub extern "C" fn mshutdown(_ty: i32, _module_number: i32) -> i32 {
    // SAFETY: MSHUTDOWN, single-threaded.
    unsafe {
        hook::uninstall();
        crate::image::linked::uninstall();
        super::opcache_api::unregister();
    }
    crate::arena::shutdown();
    0
}

/// RINIT: activate this process on its first request.
pub extern "C" fn rinit(_ty: i32, _module_number: i32) -> i32 {
    runtime::activate();
    hook::local::request_start();
    0
}

pub extern "C" fn rshutdown(_ty: i32, _module_number: i32) -> i32 {
    0
}

/// After the engine destroyed the request's tables: the request no longer
/// holds anything of the arena's generation.
///
/// # Safety
/// Called by the engine after `zend_deactivate`.
pub unsafe extern "C" fn post_deactivate() -> i32 {
    crate::arena::request_end();
    // A request that built images freed the blobs it decoded them from:
    // give those pages back (glibc keeps freed heap pages resident).
    static SEEN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let built = crate::image::BUILT.load(std::sync::atomic::Ordering::Relaxed)
        + crate::hook::stats::MISSES.load(std::sync::atomic::Ordering::Relaxed);
    if SEEN.swap(built, std::sync::atomic::Ordering::Relaxed) != built {
        // SAFETY: malloc_trim only returns free memory to the kernel.
        unsafe { libc::malloc_trim(0) };
    }
    0
}
