//! The compile hook: Kiln's entry point into the engine's compiler.
//!
//! Installed in MINIT on top of whatever was there (phar wraps the compiler
//! too), restored in MSHUTDOWN only if still ours, and always chained to the
//! saved previous hook.

pub mod local;
pub mod opcache;
pub mod paths;
pub mod runtime;
pub mod stamp;
pub mod tiers;

/// Entry flag (opaque to the stores): the body is LZ4-compressed.
pub const FLAG_LZ4: u32 = 1;

use crate::codec;
use crate::codec::compile::Errors;
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
        paths::install();
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
        paths::uninstall();
    }
}

/// True when the engine's current hook is Kiln's.
pub fn is_ours() -> bool {
    let ours = INSTALLED.load(Ordering::Relaxed);
    ours != 0 && current_hook_addr() == ours
}

/// The compile_file hooks around Kiln's, for the build id: the one Kiln
/// calls, and the one installed over Kiln's (0 when Kiln's is current).
pub fn compile_hooks() -> [usize; 2] {
    // SAFETY: PREVIOUS is written once in MINIT.
    let prev = unsafe { PREVIOUS }.map_or(0, |f| f as usize);
    [prev, if is_ours() { 0 } else { current_hook_addr() }]
}

/// The previous compiler (the engine's `compile_file`, or phar's wrapper).
fn previous() -> CompileFn {
    // SAFETY: PREVIOUS is written once in MINIT before any compile.
    unsafe { PREVIOUS.unwrap_or(sys::compile_file) }
}

/// Per-process codec statistics (for diagnostics and tests).
pub mod stats {
    use std::sync::atomic::AtomicU64;
    pub static HITS: AtomicU64 = AtomicU64::new(0);
    pub static MISSES: AtomicU64 = AtomicU64::new(0);
    pub static STORED: AtomicU64 = AtomicU64::new(0);
    pub static REFUSED: AtomicU64 = AtomicU64::new(0);
    pub static PASSED: AtomicU64 = AtomicU64::new(0);
    pub static ROUNDTRIPS: AtomicU64 = AtomicU64::new(0);
    pub static BLOB_BYTES: AtomicU64 = AtomicU64::new(0);
    pub static SOURCE_BYTES: AtomicU64 = AtomicU64::new(0);
}

/// `KILN_CODEC_DEBUG=1` in the environment: one stderr line per refusal or
/// rejected blob (never on in tests that compare output).
fn debug_enabled() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("KILN_CODEC_DEBUG").is_some_and(|v| v == "1"))
}

/// What the hook does after deciding (in a frame that owns nothing, since
/// every one of these may leave it by a bailout).
enum Step {
    /// Hand the compile to the previous hook untouched.
    Pass,
    /// Emit the compile's errors, return this op_array (NULL: failure).
    Return(*mut sys::zend_op_array, Errors),
    /// Register a materialized blob. With compile errors: emit those (a
    /// fresh compile); without: replay the blob's stored warnings.
    Register(*mut codec::ScriptRoot, Option<Errors>),
    /// The original compile runs: emit its errors, finish what loading
    /// would have done.
    Miss(*mut sys::zend_op_array, u32, u32, Errors),
    /// Emit the compile's errors and re-raise the bailout caught during it.
    Bailout(Errors),
}

unsafe extern "C" fn compile_file(
    fh: *mut sys::zend_file_handle,
    ty: i32,
) -> *mut sys::zend_op_array {
    runtime::PROCESS_COMPILES.fetch_add(1, Ordering::Relaxed);
    // SAFETY: the engine's own arguments; `decide` returns only Copy data,
    // so the steps below (which may bail out) skip no destructor.
    unsafe {
        match decide(fh, ty) {
            Step::Pass => {
                stats::PASSED.fetch_add(1, Ordering::Relaxed);
                runtime::count(Counter::Compiles);
                previous()(fh, ty)
            }
            Step::Return(op, errors) => {
                errors.emit_and_free();
                op
            }
            Step::Register(root, Some(errors)) => {
                errors.emit_and_free();
                codec::load::register(root, false)
            }
            Step::Register(root, None) => codec::load::register(root, true),
            Step::Miss(op, functions_from, classes_from, errors) => {
                errors.emit_and_free();
                codec::load::finish_miss(op, functions_from, classes_from);
                op
            }
            Step::Bailout(errors) => {
                errors.emit_and_free();
                sys::kiln_shim_bailout()
            }
        }
    }
}

/// A path Kiln may cache: an absolute local path, not a stream wrapper, not
/// a phar (phar's own compile hook rewrites those handles).
fn cacheable_name(name: &[u8]) -> bool {
    !name.windows(3).any(|w| w == b"://") && !name.windows(5).any(|w| w == b".phar")
}

/// # Safety
/// From the compile hook.
unsafe fn decide(fh: *mut sys::zend_file_handle, ty: i32) -> Step {
    let Some(rt) = runtime::get() else {
        return Step::Pass;
    };
    if !rt.active() {
        return Step::Pass;
    }
    if crate::ffi::engine::compile_config() != runtime::build_config() {
        // e.g. ini_set('precision') or a per-directory short_open_tag:
        // blobs of this build were compiled under another configuration.
        runtime::count(Counter::NotCacheable);
        return Step::Pass;
    }
    // SAFETY: the engine's file handle; its strings are live.
    unsafe {
        if (*fh).filename.is_null() || !cacheable_name(codec_str((*fh).filename)) {
            return Step::Pass;
        }
        // include_once/require_once of a hot name: resolved and "opened" by
        // `paths` without touching the file.
        if let Some(root) = paths::take_pending(fh) {
            if !codec::load::conflicts(root) {
                return hit(root);
            }
        }
        // A plain include: a name served earlier in the revalidation window
        // (`hot`), else resolve the path without opening the file (the
        // realpath cache answers) and serve a hit without any open(). On a
        // miss the path is remembered, so the full path below does not look
        // it up in every tier a second time.
        let mut missed: Option<String> = None;
        if (*fh).type_ == codec::eng::ZEND_HANDLE_FILENAME && (*fh).opened_path.is_null() {
            let name = codec_str((*fh).filename);
            let stale = match hot_root(rt, name) {
                local::HotLookup::Fresh(root) if !codec::load::conflicts(root) => {
                    // The image's own filename is the resolved path
                    // (interned: the engine's release of opened_path leaves
                    // it alone).
                    sys::kiln_shim_attach_resolved(fh, (*root).filename);
                    return hit(root);
                }
                local::HotLookup::Stale(root, key) => Some((root, key)),
                _ => None,
            };
            let resolved = sys::kiln_shim_resolve(fh);
            if !resolved.is_null() {
                if let Some((root, key)) = &stale {
                    if revalidate(name, *root, key, codec_str(resolved))
                        && !codec::load::conflicts(*root)
                    {
                        sys::kiln_shim_attach_resolved(fh, resolved);
                        return hit(*root);
                    }
                }
                match quick_hit(rt, resolved) {
                    Quick::Hit(root) => {
                        remember_hot(name, codec_str(resolved), root);
                        sys::kiln_shim_attach_resolved(fh, resolved);
                        return hit(root);
                    }
                    Quick::Miss(path) => missed = Some(path),
                    Quick::Other => {}
                }
                sys::kiln_shim_string_release(resolved);
            }
        }
        // Open the file as compile_file would (zend_stream_fixup), so that
        // the handle carries its opened path and the engine records it in
        // EG(included_files) even when we skip the compile.
        if (*fh).type_ == codec::eng::ZEND_HANDLE_FILENAME && sys::zend_stream_open(fh) != 0 {
            sys::kiln_shim_open_failed(fh, ty);
            return Step::Return(std::ptr::null_mut(), Errors::NONE);
        }
        let named = if (*fh).opened_path.is_null() {
            (*fh).filename
        } else {
            (*fh).opened_path
        };
        let (path, key) = match cache_key(rt, codec_str(named)) {
            Keyed::Key(path, key) => (path, key),
            Keyed::Pass => return Step::Pass,
            Keyed::NotCacheable => {
                runtime::count(Counter::NotCacheable);
                return Step::Pass;
            }
        };
        let mut store = !too_fresh(&key, rt.settings.file_update_protection);
        let looked_up = if missed.as_deref() == Some(path) {
            None
        } else {
            tiers::get(rt, &key)
        };
        if let Some((payload, _tier)) = looked_up {
            let loaded = match payload {
                // Built and checked when it entered this process.
                local::Payload::Image(img) => Ok(img.root()),
                local::Payload::Blob(blob) if local::BLOB_ONLY.contains(path) => copy_here(&blob),
                local::Payload::Blob(_) if local::FOREIGN.contains(path) => {
                    Err(codec::DecodeError::Foreign)
                }
                local::Payload::Blob(blob) => match image_of(&key, &blob) {
                    Ok(root) => Ok(root),
                    Err(crate::image::ImageError::Decode(e)) => {
                        if e == codec::DecodeError::ForeignBuild {
                            // Another process's compile configuration.
                            local::FOREIGN.insert(path);
                        }
                        Err(e)
                    }
                    Err(crate::image::ImageError::MissingFunction(f)) => {
                        if debug_enabled() {
                            eprintln!("kiln: {path} calls {f}(), missing here: compiled");
                        }
                        local::FOREIGN.insert(path);
                        Err(codec::DecodeError::Foreign)
                    }
                    // Being built in the arena by another worker: a copy
                    // for this request only.
                    Err(crate::image::ImageError::BusyElsewhere) => copy_here(&blob),
                    // Not shareable across requests: a private copy.
                    Err(e) => {
                        if debug_enabled() {
                            eprintln!("kiln: {path} stays a blob: {e:?}");
                        }
                        local::BLOB_ONLY.insert(path);
                        copy_here(&blob)
                    }
                },
            };
            match loaded {
                Err(codec::DecodeError::Foreign | codec::DecodeError::ForeignBuild) => {
                    // Compiled for another function set (another SAPI):
                    // compile here, leave the shared entry to its owners.
                    store = false;
                }
                Ok(root) if codec::load::conflicts(root) => {
                    // Compile instead: the compiler's reaction to a taken
                    // name depends on the context. That result is not kept.
                    store = false;
                }
                Ok(root) => {
                    if let Some(name) = paths::name_resolved_to((*fh).filename) {
                        // A *_once by this name can skip resolving next time
                        // (if it was an image, not a per-request copy).
                        if local::is_image_root(&key, root) {
                            remember_hot(&name, path.as_bytes(), root);
                        }
                    }
                    return hit(root);
                }
                Err(codec::DecodeError::Bailout) => return Step::Bailout(Errors::NONE),
                Err(e) => {
                    if debug_enabled() {
                        eprintln!("kiln: rejected blob for {path}: {e}");
                    }
                    runtime::count(Counter::ChecksumFailures);
                    tiers::reject(rt, path);
                }
            }
        }
        stats::MISSES.fetch_add(1, Ordering::Relaxed);
        runtime::count(Counter::Misses);
        let verify = rt.settings.verify_roundtrip;
        runtime::count(Counter::Compiles);
        let script = match codec::compile::compile(previous(), fh, ty) {
            codec::compile::Compiled::Script(s) => s,
            codec::compile::Compiled::Null(e) => return Step::Return(std::ptr::null_mut(), e),
            codec::compile::Compiled::Bailout(e) => return Step::Bailout(e),
        };
        // The bytes the compiler read (zend_stream_fixup keeps them in the
        // handle until it is destroyed): what revalidation by content
        // compares the file with later.
        let content = if (*fh).buf.is_null() {
            None
        } else {
            Some(local::content_hash(std::slice::from_raw_parts(
                (*fh).buf.cast::<u8>(),
                (*fh).len,
            )))
        };
        let store = store && !script.context_dependent;
        let encoded = if store || verify {
            Some(codec::encode(&script))
        } else {
            None
        };
        let blob = match encoded {
            None => {
                return Step::Miss(
                    script.main,
                    script.functions_from,
                    script.classes_from,
                    script.errors,
                )
            }
            Some(Err(e)) => {
                stats::REFUSED.fetch_add(1, Ordering::Relaxed);
                runtime::count(Counter::CodecRefusals);
                if debug_enabled() {
                    eprintln!("kiln: not caching {path}: {e}");
                }
                return Step::Miss(
                    script.main,
                    script.functions_from,
                    script.classes_from,
                    script.errors,
                );
            }
            Some(Ok(b)) => b,
        };
        stats::BLOB_BYTES.fetch_add(blob.len() as u64, Ordering::Relaxed);
        stats::SOURCE_BYTES.fetch_add(key.size, Ordering::Relaxed);
        if verify {
            let root = match codec::load::materialize(&blob) {
                Ok(r) => r,
                Err(codec::DecodeError::Bailout) => {
                    discard_compiled(&script);
                    return Step::Bailout(script.errors);
                }
                Err(e) => {
                    if debug_enabled() {
                        eprintln!("kiln: fresh blob of {path} rejected: {e}");
                    }
                    return Step::Miss(
                        script.main,
                        script.functions_from,
                        script.classes_from,
                        script.errors,
                    );
                }
            };
            discard_compiled(&script);
            if store {
                stats::STORED.fetch_add(1, Ordering::Relaxed);
                tiers::put(rt, key, blob, content);
            }
            stats::ROUNDTRIPS.fetch_add(1, Ordering::Relaxed);
            return Step::Register(root, Some(script.errors));
        }
        stats::STORED.fetch_add(1, Ordering::Relaxed);
        tiers::put(rt, key, blob, content);
        Step::Miss(
            script.main,
            script.functions_from,
            script.classes_from,
            script.errors,
        )
    }
}

/// A cache hit: counted, then the script is registered.
fn hit(root: *mut codec::ScriptRoot) -> Step {
    stats::HITS.fetch_add(1, Ordering::Relaxed);
    runtime::count(Counter::Hits);
    Step::Register(root, None)
}

/// Remembers that the absolute include name `name` resolved to `path`,
/// whose image `root` was just served (see [`local::hot_put`]); only when
/// the image's own filename is that path (it is attached as the opened path
/// on later hits).
///
/// # Safety
/// `root` is a live image of this process.
unsafe fn remember_hot(name: &[u8], path: &[u8], root: *mut codec::ScriptRoot) {
    // SAFETY: the image's filename string.
    if name.starts_with(b"/") && unsafe { codec_str((*root).filename) } == path {
        if let Ok(p) = std::str::from_utf8(path) {
            local::hot_put(name, p, root);
        }
    }
}

/// What the hot table knows of this absolute include name (whatever is
/// declared now).
///
/// # Safety
/// During a request.
unsafe fn hot_root(rt: &runtime::Runtime, name: &[u8]) -> local::HotLookup {
    if !name.starts_with(b"/") {
        return local::HotLookup::Miss;
    }
    tiers::sync_generation(rt);
    let s = &rt.settings;
    // SAFETY: plain SAPI call during a request.
    let now = unsafe { sys::sapi_get_request_time() };
    local::hot_get(name, now, s.check_mtime, s.revalidate_freq)
}

/// Revalidation of a stale hot name that has just been resolved to
/// `resolved` (what PHP resolves it to now, through its realpath cache):
/// the same real path, and a stat of it still showing the version the image
/// was made from. Then the name is fresh for another window: what an
/// include costs once per window is a resolve and a stat (OPcache's is a
/// stat), not the whole lookup.
///
/// # Safety
/// During a request; `root` a live image of this process.
unsafe fn revalidate(
    name: &[u8],
    root: *mut codec::ScriptRoot,
    key: &local::FileKey,
    resolved: &[u8],
) -> bool {
    // SAFETY: the image's filename string.
    if unsafe { codec_str((*root).filename) } != resolved || key.path.as_bytes() != resolved {
        return false;
    }
    // SAFETY: plain SAPI call during a request.
    let now = unsafe { sys::sapi_get_request_time() };
    local::FileKey::stat(&key.path).is_some_and(|k| local::hot_refresh(name, &k, now))
}

/// What the quick path found for a resolved, unopened path.
enum Quick {
    Hit(*mut codec::ScriptRoot),
    /// In no tier (the path, so that the full path does not look again).
    Miss(String),
    /// Anything else (not cacheable, a copy, a conflict, damage): left to
    /// the full path, which opens the file.
    Other,
}

/// The common hit, for a resolved but unopened path: an image in this
/// process, or a blob from shared memory or disk that becomes one.
///
/// # Safety
/// During a request; `resolved` is a live string.
unsafe fn quick_hit(rt: &runtime::Runtime, resolved: *const sys::zend_string) -> Quick {
    // SAFETY: forwarded; roots come from images of this process.
    unsafe {
        let Keyed::Key(path, key) = cache_key(rt, codec_str(resolved)) else {
            return Quick::Other;
        };
        let root = match tiers::get(rt, &key) {
            None => return Quick::Miss(path.to_string()),
            Some((local::Payload::Image(img), _)) => img.root(),
            Some((local::Payload::Blob(_), _))
                if local::BLOB_ONLY.contains(path) || local::FOREIGN.contains(path) =>
            {
                return Quick::Other
            }
            Some((local::Payload::Blob(blob), _)) => match image_of(&key, &blob) {
                Ok(root) => root,
                Err(_) => return Quick::Other,
            },
        };
        if codec::load::conflicts(root) {
            Quick::Other
        } else {
            Quick::Hit(root)
        }
    }
}

/// The cache key of a script's path, or why it has none.
enum Keyed<'a> {
    Key(&'a str, local::FileKey),
    /// Not a cacheable path (relative, a stream wrapper, phar, not UTF-8,
    /// gone).
    Pass,
    /// Excluded by `kiln.filter` or `kiln.max_file_size`.
    NotCacheable,
}

/// # Safety
/// During a request (reads the request time).
unsafe fn cache_key<'a>(rt: &runtime::Runtime, name: &'a [u8]) -> Keyed<'a> {
    // An attach-only process (the kiln command) inspects the cache; its own
    // scripts are compiled, never served from it or put into it.
    if rt.settings.attach_only || !name.starts_with(b"/") || !cacheable_name(name) {
        return Keyed::Pass;
    }
    let Ok(path) = std::str::from_utf8(name) else {
        return Keyed::Pass;
    };
    let settings = &rt.settings;
    // SAFETY: plain SAPI call during a request.
    let now = unsafe { sys::sapi_get_request_time() };
    let Some(key) =
        local::FileKey::stat_cached(path, settings.check_mtime, settings.revalidate_freq, now)
    else {
        return Keyed::Pass;
    };
    if settings.is_filtered(path)
        || (settings.max_file_size > 0 && key.size > settings.max_file_size)
    {
        return Keyed::NotCacheable;
    }
    Keyed::Key(path, key)
}

/// Builds the image of `blob` and puts it in this process's table in place
/// of the blob.
///
/// # Safety
/// During a request.
unsafe fn image_of(
    key: &local::FileKey,
    blob: &[u8],
) -> Result<*mut codec::ScriptRoot, crate::image::ImageError> {
    // A blob this process compiled or read may have been built into the
    // arena by another process since.
    if let Some(img) = tiers::arena_image(key) {
        return Ok(img.root());
    }
    let id = runtime::blob_id();
    let akey = tiers::arena_key(key, &id);
    // SAFETY: forwarded.
    let built = match unsafe { crate::image::build_in_arena(blob, &akey) } {
        Some(Ok(img)) => img,
        Some(Err(crate::image::ImageError::BusyElsewhere)) => {
            return Err(crate::image::ImageError::BusyElsewhere)
        }
        // Not shareable (anonymous classes, a function missing here): the
        // private build below says so too.
        // SAFETY: forwarded.
        Some(Err(_)) | None => unsafe { crate::image::build(blob) }?,
    };
    let img = std::sync::Arc::new(built);
    let root = img.root();
    local::put_image(key.clone(), img);
    Ok(root)
}

/// Model (a): a per-request copy, if this process has every function the
/// script calls.
///
/// # Safety
/// During a request.
unsafe fn copy_here(blob: &[u8]) -> Result<*mut codec::ScriptRoot, codec::DecodeError> {
    // SAFETY: forwarded; the root is a fresh relocated copy.
    unsafe {
        let root = codec::load::materialize(blob)?;
        match codec::deps::missing_function(root) {
            Some(_) => Err(codec::DecodeError::Foreign),
            None => Ok(root),
        }
    }
}

/// A file modified within `protection` seconds of the request start may
/// still be being written: compile it, but do not keep it.
/// (The later of mtime and ctime counts: a file re-extracted a moment ago
/// is checked by content, but its new stat is recorded only once it is
/// older than `protection`.)
pub(crate) fn too_fresh(key: &local::FileKey, protection: u64) -> bool {
    if protection == 0 {
        return false;
    }
    // SAFETY: plain SAPI call during a request.
    let now = unsafe { sys::sapi_get_request_time() };
    (key.changed_sec() as f64) > now - protection as f64
}

/// Removes a compile's own functions, classes and main op_array (after its
/// blob was materialized), freeing them with the engine's destructors.
///
/// # Safety
/// `s` is the result of the current compile, untouched since.
unsafe fn discard_compiled(s: &codec::CompiledScript) {
    // SAFETY: the recorded buckets hold exactly these objects.
    unsafe {
        let cg = codec::compile::cg();
        let ct = (*cg).class_table;
        for c in s.classes.iter().rev() {
            // zend_try_early_bind put the original in its name's CE cache.
            sys::kiln_shim_forget_ce_cache(c.ptr);
            let b = (*ct).__bindgen_anon_1.arData.add(c.bucket as usize);
            sys::zend_hash_del_bucket(ct, b);
        }
        let ft = (*cg).function_table;
        for f in s.functions.iter().rev() {
            let b = (*ft).__bindgen_anon_1.arData.add(f.bucket as usize);
            sys::zend_hash_del_bucket(ft, b);
        }
        sys::destroy_op_array(s.main);
        sys::kiln_shim_efree(s.main.cast());
    }
}

/// The bytes of an engine string.
///
/// # Safety
/// `s` is a live zend_string.
unsafe fn codec_str<'a>(s: *const sys::zend_string) -> &'a [u8] {
    // SAFETY: forwarded.
    unsafe { std::slice::from_raw_parts((*s).val.as_ptr().cast::<u8>(), (*s).len) }
}
