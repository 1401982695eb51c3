//! Admin functions over both tiers: reset, invalidate, is-cached, and the
//! per-script listing of the status. All honour `kiln.restrict_api`.

use super::functions::{api_allowed, false_zval};
use crate::ffi::engine;
use crate::hook::runtime::{self, Runtime};
use ext_php_rs::boxed::ZBox;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};

/// Adds the admin functions to the module.
pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(kiln_reset))
        .function(wrap_function!(kiln_invalidate))
        .function(wrap_function!(kiln_invalidate_prefix))
        .function(wrap_function!(kiln_is_script_cached))
        .function(wrap_function!(kiln_compile_file))
}

/// The key a path is cached under: its real path, or the path as given when
/// the file no longer exists (so a deleted file can still be invalidated).
fn key_path(path: &str) -> String {
    engine::realpath(path).unwrap_or_else(|| path.to_string())
}

/// The stat of a file, if it exists.
pub fn file_key(path: &str) -> Option<crate::hook::local::FileKey> {
    crate::hook::local::FileKey::stat(path)
}

/// Drops every cached script of this user's segment and disk tier. A reset
/// from the CLI reaches the segment the FPM workers of the same user use.
#[php_function]
pub fn kiln_reset() -> bool {
    if !api_allowed("kiln_reset") {
        return false;
    }
    let rt = runtime::activate();
    if !rt.active() {
        return false;
    }
    if let Some(s) = &rt.store {
        s.reset();
    }
    if let Some(d) = &rt.disk {
        let _ = d.clear();
    }
    crate::hook::tiers::bump_generation(rt);
    true
}

/// Invalidates one script. Without `$force`, only when the file changed
/// (or is gone) since it was cached; with `$force`, always. Returns whether
/// an entry was removed.
#[php_function]
pub fn kiln_invalidate(path: String, force: Option<bool>) -> bool {
    if !api_allowed("kiln_invalidate") {
        return false;
    }
    let rt = runtime::activate();
    if !rt.active() {
        return false;
    }
    let key = key_path(&path);
    let force = force.unwrap_or(false);
    if !force {
        if let Some(k) = file_key(&key) {
            match probe(rt, &k) {
                Probe::Cached(_) => return false,
                // The disk tier drops a stale entry as it reads it.
                Probe::DroppedStale => {
                    remove_everywhere(rt, &key);
                    return true;
                }
                Probe::NotCached => {}
            }
        }
    }
    remove_everywhere(rt, &key)
}

/// The directory prefix entries are matched against: the real path of
/// `dir` (as given when it no longer exists), ending in one '/', so that
/// `/srv/app` matches `/srv/app/x.php` but not `/srv/app2/x.php`. None for
/// an empty or relative name (a relative name would depend on the caller's
/// working directory: refused, not guessed).
pub fn dir_prefix(dir: &str) -> Option<String> {
    if !dir.starts_with('/') {
        return None;
    }
    let real = engine::realpath(dir).unwrap_or_else(|| dir.to_string());
    let trimmed = real.trim_end_matches('/');
    Some(format!("{trimmed}/"))
}

/// The distinct paths of both tiers under `prefix` (from [`dir_prefix`]).
pub fn paths_under(rt: &Runtime, prefix: &str) -> Vec<String> {
    let shm = rt.store.iter().flat_map(|s| s.entries()).map(|e| e.path);
    let disk = rt.disk.iter().flat_map(|d| d.entries()).map(|e| e.path);
    let paths: std::collections::BTreeSet<String> =
        shm.chain(disk).filter(|p| p.starts_with(prefix)).collect();
    paths.into_iter().collect()
}

/// `kiln_invalidate_prefix(string $dir): int|false` — drops every cached
/// script under a directory from both tiers (after a partial deploy), for
/// every process of this user at once. Returns how many scripts were
/// dropped (0 when nothing matched); false with a warning for a relative or
/// empty name.
#[php_function]
pub fn kiln_invalidate_prefix(dir: String) -> Zval {
    if !api_allowed("kiln_invalidate_prefix") {
        return false_zval();
    }
    let Some(prefix) = dir_prefix(&dir) else {
        engine::warn(
            engine::E_WARNING,
            &format!("kiln_invalidate_prefix(): \"{dir}\" is not an absolute directory name"),
        );
        return false_zval();
    };
    let rt = runtime::activate();
    if !rt.active() {
        return false_zval();
    }
    let paths = paths_under(rt, &prefix);
    // One generation bump (it clears this process's table) for them all.
    if !paths.is_empty() {
        crate::hook::tiers::bump_generation(rt);
    }
    let n = paths.iter().filter(|p| remove_from_tiers(rt, p)).count();
    let mut z = Zval::new();
    z.set_long(n as i64);
    z
}

/// Removes `key` from both tiers; true if any tier held it.
pub fn remove_everywhere(rt: &Runtime, key: &str) -> bool {
    crate::hook::tiers::bump_generation(rt);
    remove_from_tiers(rt, key)
}

/// [`remove_everywhere`] without the generation bump (the caller bumps).
fn remove_from_tiers(rt: &Runtime, key: &str) -> bool {
    let mut removed = false;
    if let Some(s) = &rt.store {
        removed |= s.remove(key);
    }
    if let Some(d) = &rt.disk {
        removed |= d.remove(key);
    }
    removed
}

/// What the tiers hold for the file version `k`.
pub enum Probe {
    /// A current entry, in this tier ("shm" or "disk").
    Cached(&'static str),
    /// No current entry; the disk tier held an outdated or damaged one and
    /// dropped it while reading.
    DroppedStale,
    NotCached,
}

pub fn probe(rt: &Runtime, k: &crate::hook::local::FileKey) -> Probe {
    if let Some(tier) = crate::hook::tiers::holds(rt, k) {
        return Probe::Cached(tier);
    }
    if let Some(d) = &rt.disk {
        let mut buf = Vec::new();
        match d.get(&k.path, k.mtime_ns(), k.size, &mut buf) {
            crate::disk::DiskLookup::Stale | crate::disk::DiskLookup::Corrupt(_) => {
                return Probe::DroppedStale
            }
            // Held for this mtime and size, but the bytes differ.
            crate::disk::DiskLookup::Hit(_) => return Probe::DroppedStale,
            _ => {}
        }
    }
    Probe::NotCached
}

/// Whether the current version of `$path` is cached (in either tier).
#[php_function]
pub fn kiln_is_script_cached(path: String) -> bool {
    if !api_allowed("kiln_is_script_cached") {
        return false;
    }
    let rt = runtime::activate();
    let key = key_path(&path);
    match file_key(&key) {
        Some(k) => matches!(probe(rt, &k), Probe::Cached(_)),
        None => false,
    }
}

/// The per-script listing of `kiln_get_status()`: one row per cached entry
/// of both tiers (an entry in both shows tier "shm+disk").
pub fn scripts_table(rt: &Runtime) -> ZBox<ZendHashTable> {
    use std::collections::BTreeMap;
    struct Row {
        mtime_ns: i64,
        size: u64,
        raw: u64,
        stored: u64,
        hits: u64,
        last_used: u64,
        created: u64,
        compressed: bool,
        tiers: Vec<&'static str>,
    }
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    if let Some(s) = &rt.store {
        for e in s.entries() {
            rows.insert(
                e.path,
                Row {
                    mtime_ns: e.mtime_ns,
                    size: e.size,
                    raw: u64::from(e.raw_len),
                    stored: u64::from(e.stored_len),
                    hits: e.hits,
                    last_used: e.last_used,
                    created: e.created,
                    compressed: e.flags & crate::hook::FLAG_LZ4 != 0,
                    tiers: vec!["shm"],
                },
            );
        }
    }
    if let Some(d) = &rt.disk {
        for e in d.entries() {
            rows.entry(e.path)
                .and_modify(|r| r.tiers.push("disk"))
                .or_insert(Row {
                    mtime_ns: e.mtime_ns,
                    size: e.size,
                    raw: u64::from(e.raw_len),
                    stored: e.body_len,
                    hits: 0,
                    last_used: e.file_mtime_secs.max(0) as u64,
                    created: e.file_mtime_secs.max(0) as u64,
                    compressed: e.flags & crate::hook::FLAG_LZ4 != 0,
                    tiers: vec!["disk"],
                });
        }
    }
    let mut list = ZendHashTable::new();
    for (path, r) in rows {
        let mut t = ZendHashTable::new();
        let _ = t.insert("path", path);
        let _ = t.insert("tier", r.tiers.join("+"));
        let _ = t.insert("raw_size", r.raw as i64);
        let _ = t.insert("stored_size", r.stored as i64);
        let _ = t.insert("compressed", r.compressed);
        let _ = t.insert("hits", r.hits as i64);
        let _ = t.insert("last_used", r.last_used as i64);
        let _ = t.insert("created", r.created as i64);
        let _ = t.insert("mtime", r.mtime_ns.div_euclid(1_000_000_000));
        let _ = t.insert("size", r.size as i64);
        let _ = list.push(t);
    }
    list
}

/// Compiles and caches a script without executing it (its functions and
/// classes become declared, as with `opcache_compile_file()`). Returns false
/// if it cannot be opened or does not compile.
#[php_function]
pub fn kiln_compile_file(path: String) -> bool {
    if !api_allowed("kiln_compile_file") {
        return false;
    }
    // SAFETY: the shim compiles inside zend_try and releases everything it
    // allocated; `path` outlives the call.
    unsafe { crate::ffi::sys::kiln_shim_compile_only(path.as_ptr().cast(), path.len()) != 0 }
}
