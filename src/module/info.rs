//! The phpinfo() section.

use crate::ffi::{engine, sys};
use crate::hook::runtime;
use crate::settings::parse::format_size;
use ext_php_rs::zend::ModuleEntry;
use ext_php_rs::{info_table_end, info_table_row, info_table_start};

pub extern "C" fn php_info(module: *mut ModuleEntry) {
    let rt = runtime::get();
    let state = match rt {
        Some(r) if r.active() => "enabled".to_string(),
        Some(r) => format!(
            "stood down: {}",
            r.stand_down
                .as_ref()
                .map(|s| s.reason())
                .unwrap_or_default()
        ),
        None => match runtime::startup_stand_down() {
            Some(sd) => format!("stood down: {}", sd.reason()),
            None => "enabled".to_string(),
        },
    };
    info_table_start!();
    info_table_row!("Kiln opcode cache", state.as_str());
    info_table_row!("Version", env!("CARGO_PKG_VERSION"));
    info_table_row!("Build", env!("KILN_GIT_HASH"));
    if let Some(r) = rt {
        info_table_row!("Segment", r.segment_name.as_str());
        let size = format_size(r.settings.shm_size);
        info_table_row!("Segment size", size.as_str());
        info_table_row!("Segment state", r.segment_note.as_str());
        info_table_row!("Build id", runtime::hex(&r.build_id).as_str());
    }
    info_table_row!("PHP system id", engine::system_id().as_str());
    let api = if super::opcache_api::registered() {
        "on (opcache_* functions registered)".to_string()
    } else {
        super::opcache_api::NOTE.lock().clone()
    };
    info_table_row!("OPcache-compatible API", api.as_str());
    // SAFETY: reads engine globals after startup.
    let hooks = unsafe { crate::ffi::sys::kiln_shim_engine_hooks() };
    let hooks = format!(
        "ast_process={} compile_file={} execute_ex={} execute_internal={} user_opcode_handlers={}",
        hooks & 1,
        (hooks >> 1) & 1,
        (hooks >> 2) & 1,
        (hooks >> 3) & 1,
        hooks >> 16
    );
    info_table_row!("Engine hooks (in the system id)", hooks.as_str());
    info_table_end!();
    // SAFETY: the engine's standard INI table for this module; the module
    // entry layouts of ext-php-rs and our bindings are the same struct.
    unsafe { sys::display_ini_entries(module.cast()) };
}
