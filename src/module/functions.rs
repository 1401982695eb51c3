//! The `kiln_*` PHP functions. Stubs for IDEs: `stubs/kiln.stub.php`.

use crate::ffi::engine;
use crate::hook::runtime;
use crate::settings::parse::format_size;
use crate::store::Counter;
use ext_php_rs::boxed::ZBox;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};
use std::sync::atomic::Ordering;

/// Adds every `kiln_*` function to the module.
pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(kiln_get_status))
        .function(wrap_function!(kiln_get_configuration))
}

pub(super) fn table() -> ZBox<ZendHashTable> {
    ZendHashTable::new()
}

pub(super) fn set<V: ext_php_rs::convert::IntoZval>(t: &mut ZendHashTable, k: &str, v: V) {
    let _ = t.insert(k, v);
}

/// Hits / (hits + misses) in percent, 0 before any lookup.
pub(super) fn hit_rate(hits: i64, misses: i64) -> f64 {
    if hits + misses > 0 {
        hits as f64 * 100.0 / (hits + misses) as f64
    } else {
        0.0
    }
}

/// `kiln.restrict_api`: only scripts under the prefix may call the API.
/// Returns false (after a warning) when the caller is not allowed.
pub fn api_allowed(func: &str) -> bool {
    let Some(rt) = runtime::get() else {
        return true;
    };
    let prefix = &rt.settings.restrict_api;
    if prefix.is_empty() {
        return true;
    }
    let ok = engine::main_script_path()
        .and_then(|p| engine::realpath(&p))
        .map(|p| p.starts_with(prefix.as_str()))
        .unwrap_or(false);
    if !ok {
        engine::warn(
            engine::E_WARNING,
            &format!("{func}(): Kiln API is restricted by the \"kiln.restrict_api\" configuration directive"),
        );
    }
    ok
}

pub(super) fn false_zval() -> Zval {
    let mut z = Zval::new();
    z.set_bool(false);
    z
}

/// `kiln_get_status(): array|false` — state, memory and statistics of the
/// segment this process is attached to.
#[php_function]
pub fn kiln_get_status(with_scripts: Option<bool>) -> Zval {
    if !api_allowed("kiln_get_status") {
        return false_zval();
    }
    let rt = runtime::activate();
    let mut t = table();
    set(&mut t, "enabled", rt.active());
    match &rt.stand_down {
        Some(sd) => set(&mut t, "reason", sd.reason()),
        None => set(&mut t, "reason", ()),
    }
    set(&mut t, "version", env!("CARGO_PKG_VERSION"));
    set(&mut t, "sapi", engine::sapi_name());

    let mut seg = table();
    set(&mut seg, "name", rt.segment_name.clone());
    set(&mut seg, "attached", rt.store.is_some());
    set(&mut seg, "state", rt.segment_note.clone());
    if let Some(store) = &rt.store {
        // A walk of the index and every record: proves the segment is
        // consistent (used by the crash tests; cheap next to a page render).
        match store.check_consistency() {
            Ok(_) => set(&mut seg, "consistent", true),
            Err(e) => {
                set(&mut seg, "consistent", false);
                set(&mut seg, "inconsistency", e);
            }
        }
    }
    set(&mut t, "segment", seg);

    let mut disk = table();
    set(&mut disk, "enabled", rt.disk.is_some());
    set(&mut disk, "state", rt.disk_note.clone());
    if let Some(d) = &rt.disk {
        let ds = d.stats();
        set(&mut disk, "entries", ds.entries as i64);
        set(&mut disk, "bytes", ds.bytes as i64);
    }
    set(&mut t, "disk", disk);
    {
        let a = crate::arena::snapshot();
        let mut ar = table();
        set(&mut ar, "mode", a.mode.clone());
        set(&mut ar, "name", a.name.clone());
        set(&mut ar, "size", a.size as i64);
        set(&mut ar, "used", a.used as i64);
        set(&mut ar, "free", a.free as i64);
        set(&mut ar, "wasted", a.wasted as i64);
        set(&mut ar, "images", a.images as i64);
        set(&mut ar, "linked_classes", a.linked_classes as i64);
        set(&mut ar, "generation", a.generation as i64);
        set(
            &mut ar,
            "oldest_live_generation",
            a.oldest_live_generation as i64,
        );
        set(&mut ar, "generations_started", a.flips as i64);
        set(&mut ar, "flips_refused", a.flips_refused as i64);
        set(&mut ar, "dead_processes_released", a.dead_released as i64);
        set(&mut ar, "processes_attached", a.processes_attached as i64);
        set(&mut ar, "builds", a.builds as i64);
        set(&mut ar, "lookups_hit", a.lookups_hit as i64);
        set(&mut ar, "map_ptr_slots_used", a.slots_used as i64);
        set(&mut ar, "map_ptr_slots", a.slots_total as i64);
        set(&mut ar, "process_built", a.process_built as i64);
        set(&mut ar, "process_found", a.process_found as i64);
        set(
            &mut ar,
            "process_private_fallbacks",
            a.process_private_fallbacks as i64,
        );
        set(
            &mut ar,
            "process_busy_elsewhere",
            a.process_busy_elsewhere as i64,
        );
        set(
            &mut ar,
            "process_flips_deferred",
            a.process_flips_deferred as i64,
        );
        set(
            &mut ar,
            "audit_refused",
            crate::arena::AUDIT_REFUSED.load(Ordering::Relaxed) as i64,
        );
        set(&mut t, "arena", ar);
    }
    {
        use crate::hook::stats as cs;
        let g = |a: &std::sync::atomic::AtomicU64| a.load(Ordering::Relaxed) as i64;
        let mut codec = table();
        set(&mut codec, "hits", g(&cs::HITS));
        set(&mut codec, "misses", g(&cs::MISSES));
        set(&mut codec, "stored", g(&cs::STORED));
        set(&mut codec, "refused", g(&cs::REFUSED));
        set(&mut codec, "passed_through", g(&cs::PASSED));
        set(&mut codec, "roundtrips", g(&cs::ROUNDTRIPS));
        set(&mut codec, "blob_bytes", g(&cs::BLOB_BYTES));
        set(&mut codec, "source_bytes", g(&cs::SOURCE_BYTES));
        let (entries, bytes, images) = crate::hook::local::usage();
        set(&mut codec, "process_entries", entries as i64);
        set(&mut codec, "process_bytes", bytes as i64);
        set(&mut codec, "process_images", images as i64);
        let (slots_used, slots) = crate::image::pool_usage();
        set(&mut codec, "map_ptr_slots_used", slots_used as i64);
        set(&mut codec, "map_ptr_slots", slots as i64);
        set(&mut codec, "pool_resets", g(&crate::image::POOL_RESETS));
        use crate::image::linked;
        set(&mut codec, "linked_classes", linked::count() as i64);
        set(&mut codec, "linked_bytes", g(&linked::BYTES));
        set(&mut codec, "link_hits", g(&linked::HITS));
        set(&mut codec, "links_cached", g(&linked::ADDED));
        set(&mut codec, "links_not_cached", g(&linked::DECLINED));
        set(&mut codec, "last_link_not_cached", linked::last_declined());
        set(
            &mut codec,
            "class_name_slots",
            crate::image::names::count() as i64,
        );
        set(&mut t, "codec", codec);
    }

    let st = rt.store.as_ref().map(|s| s.stats()).unwrap_or_default();
    let mut mem = table();
    set(&mut mem, "size", st.size as i64);
    set(&mut mem, "used", st.used as i64);
    set(&mut mem, "free", st.free as i64);
    set(&mut mem, "wasted", st.wasted as i64);
    set(&mut t, "memory", mem);

    let counter = |c: Counter| {
        rt.store
            .as_ref()
            .map(|s| s.counter(c).load(Ordering::Relaxed))
            .unwrap_or(0) as i64
    };
    let hits = counter(Counter::Hits);
    let misses = counter(Counter::Misses);
    let mut stats = table();
    set(&mut stats, "scripts_cached", st.entries as i64);
    set(&mut stats, "scripts_removed", st.removed as i64);
    set(&mut stats, "hits", hits);
    set(&mut stats, "misses", misses);
    set(&mut stats, "hit_rate", hit_rate(hits, misses));
    set(&mut stats, "compiles", counter(Counter::Compiles));
    set(
        &mut stats,
        "revalidated_by_content",
        counter(Counter::RevalidatedByContent),
    );
    set(
        &mut stats,
        "process_compiles",
        runtime::PROCESS_COMPILES.load(Ordering::Relaxed) as i64,
    );
    set(&mut stats, "evictions", st.evictions as i64);
    set(&mut stats, "invalidations", st.invalidations as i64);
    set(
        &mut stats,
        "checksum_failures",
        (st.checksum_failures as i64).max(counter(Counter::ChecksumFailures)),
    );
    set(&mut stats, "resets", st.resets as i64);
    set(&mut stats, "lock_recoveries", st.lock_recoveries as i64);
    set(&mut stats, "start_time", st.start_time as i64);
    set(&mut stats, "last_reset_time", st.last_reset_time as i64);
    set(&mut t, "statistics", stats);
    if with_scripts.unwrap_or(true) {
        set(&mut t, "scripts", super::admin::scripts_table(rt));
    }

    let mut z = Zval::new();
    z.set_hashtable(t);
    z
}

/// `kiln_get_configuration(): array|false` — the effective settings and the
/// build identity.
#[php_function]
pub fn kiln_get_configuration() -> Zval {
    if !api_allowed("kiln_get_configuration") {
        return false_zval();
    }
    let rt = runtime::activate();
    let s = &rt.settings;
    let mut d = table();
    set(&mut d, "kiln.enable", s.enable);
    set(&mut d, "kiln.enable_cli", s.enable_cli);
    set(&mut d, "kiln.shm_size", s.shm_size as i64);
    set(&mut d, "kiln.shm_max", s.shm_max as i64);
    set(&mut d, "kiln.shm_only", s.shm_only);
    set(&mut d, "kiln.cache_dir", runtime::cache_dir(s));
    set(&mut d, "kiln.compress", s.compress);
    set(&mut d, "kiln.check_mtime", s.check_mtime);
    set(&mut d, "kiln.revalidate_freq", s.revalidate_freq as i64);
    set(
        &mut d,
        "kiln.file_update_protection",
        s.file_update_protection as i64,
    );
    set(&mut d, "kiln.shm_name", rt.segment_name.clone());
    set(&mut d, "kiln.max_file_size", s.max_file_size as i64);
    set(&mut d, "kiln.filter", s.filter.join(":"));
    set(&mut d, "kiln.restrict_api", s.restrict_api.clone());
    set(&mut d, "kiln.verify_roundtrip", s.verify_roundtrip);
    set(&mut d, "kiln.inheritance_cache", s.inheritance_cache);
    set(&mut d, "kiln.attach_only", s.attach_only);
    set(&mut d, "kiln.opcache_api", s.opcache_api);
    set(
        &mut d,
        "kiln.arena_min_generation",
        s.arena_min_generation as i64,
    );
    set(
        &mut d,
        "kiln.arena",
        match s.arena {
            crate::settings::ArenaMode::Auto => "auto",
            crate::settings::ArenaMode::Off => "off",
            crate::settings::ArenaMode::Always => "always",
        },
    );
    set(&mut d, "kiln.arena_size", s.arena_size as i64);

    let mut v = table();
    set(&mut v, "version", env!("CARGO_PKG_VERSION"));
    set(&mut v, "build_id", runtime::hex(&rt.build_id));
    set(&mut v, "php_system_id", engine::system_id());
    set(&mut v, "git", env!("KILN_GIT_HASH"));
    set(&mut v, "shm_size_text", format_size(s.shm_size));

    let mut t = table();
    set(&mut t, "directives", d);
    set(&mut t, "version", v);
    let mut z = Zval::new();
    z.set_hashtable(t);
    z
}
