//! What a blob and a segment are tied to: the PHP build, the VM's handler
//! numbering, the engine layouts Kiln was compiled against, Kiln's own
//! source, and the compile configuration. A leaf over `ffi`: the codec
//! stamps and checks blobs with it, the hook names segments after it.

use crate::ffi::engine;
use std::sync::OnceLock;

/// The build id: the PHP build (version, extension build, the engine hooks
/// and Zend extensions: [`engine::engine_identity`]), the VM's handler numbering, the engine structure
/// layouts this binary was compiled against, and Kiln's own source.
///
/// Computed once per process (the handler fingerprint probes the whole VM).
pub fn build_id() -> [u8; 32] {
    static ID: OnceLock<[u8; 32]> = OnceLock::new();
    *ID.get_or_init(compute_build_id)
}

/// The id stamped into every blob and required to load one: the
/// [`build_id`] plus what this process's compiles depend on beyond the
/// build (design notes §8 items 4–5): the compile configuration it started
/// with and which special-cased functions exist. Processes that differ here
/// (`php -d short_open_tag=1`, another `precision`, another
/// `disable_functions`) still share the segment (named after the build
/// id), but never load each other's blobs: each compiles for itself.
pub fn blob_id() -> [u8; 32] {
    static ID: OnceLock<[u8; 32]> = OnceLock::new();
    *ID.get_or_init(|| {
        use xxhash_rust::xxh3::xxh3_128;
        let b = build_id();
        let text = format!(
            "{}|{:016x}|{:016x}|{:016x}",
            hex(&b),
            build_config(),
            engine::special_functions(),
            engine::frameless_functions()
        );
        let mut out = [0u8; 32];
        out[..16].copy_from_slice(&xxh3_128(text.as_bytes()).to_le_bytes());
        out[16..].copy_from_slice(&xxh3_128(format!("blob:{text}").as_bytes()).to_le_bytes());
        out
    })
}

/// The compile configuration the blob id was computed with (see
/// [`engine::compile_config`]); a compile under another one is not cached.
pub fn build_config() -> u64 {
    *BUILD_CONFIG.get_or_init(engine::compile_config)
}

static BUILD_CONFIG: OnceLock<u64> = OnceLock::new();

fn compute_build_id() -> [u8; 32] {
    use xxhash_rust::xxh3::xxh3_128;
    let text = format!(
        "{}|{:016x}|{}|{}|{}|{}",
        engine::engine_identity(&crate::hook::compile_hooks()),
        engine::handler_fingerprint(),
        env!("KILN_LAYOUT_HASH"),
        env!("KILN_SOURCE_HASH"),
        env!("CARGO_PKG_VERSION"),
        env!("KILN_PHP_VERSION_ID"),
    );
    let a = xxh3_128(text.as_bytes()).to_le_bytes();
    let b = xxh3_128(format!("kiln:{text}").as_bytes()).to_le_bytes();
    let mut out = [0u8; 32];
    out[..16].copy_from_slice(&a);
    out[16..].copy_from_slice(&b);
    out
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
