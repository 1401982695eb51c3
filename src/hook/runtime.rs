//! Per-process runtime: the settings snapshot, whether Kiln is active in this
//! process (or why it stood down), and the handles of the two tiers.
//!
//! Activation happens at a process's first request (RINIT), not in MINIT, so
//! that an FPM worker attaches the segment after it switched to its pool's
//! user and read its pool's `php_admin_value`s: every process of one user
//! shares one segment, and pools of different users never do.

use crate::disk::{DiskConfig, DiskStore};
use crate::ffi::engine;
use crate::settings::{Problem, Settings};
use crate::store::{AttachOutcome, SegmentConfig, Store};
use parking_lot::{Mutex, RwLock};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Why Kiln is not caching in this process.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StandDown {
    /// `kiln.enable=0`.
    Disabled,
    /// CLI with `kiln.enable_cli=0`.
    CliDisabled,
    /// Zend OPcache is active for this SAPI; the message tells the operator
    /// which setting to change.
    Opcache(String),
}

impl StandDown {
    pub fn reason(&self) -> String {
        match self {
            StandDown::Disabled => "disabled by kiln.enable=0".into(),
            StandDown::CliDisabled => "disabled for the CLI by kiln.enable_cli=0".into(),
            StandDown::Opcache(m) => m.clone(),
        }
    }
}

/// The state of this process, set once at activation.
pub struct Runtime {
    pub settings: Settings,
    pub stand_down: Option<StandDown>,
    pub store: Option<Store>,
    /// The disk tier (None with `kiln.shm_only=1` or an unusable directory).
    pub disk: Option<DiskStore>,
    /// The disk tier's directory, or why it is off.
    pub disk_note: String,
    /// How the segment was attached, or why it could not be.
    pub segment_note: String,
    pub segment_name: String,
    /// Identifies PHP build + Kiln format; the segment and disk paths carry it.
    pub build_id: [u8; 32],
}

impl Runtime {
    pub fn active(&self) -> bool {
        self.stand_down.is_none()
    }
}

/// Decisions taken in MINIT, before any request.
pub struct Startup {
    pub settings: Settings,
    pub stand_down: Option<StandDown>,
    pub hook_installed: bool,
}

static STARTUP: RwLock<Option<Startup>> = RwLock::new(None);
static RUNTIME: OnceLock<Runtime> = OnceLock::new();
static ACTIVATING: Mutex<()> = Mutex::new(());

/// Compiles seen by this process (hook calls), whatever their outcome.
pub static PROCESS_COMPILES: AtomicU64 = AtomicU64::new(0);

pub fn set_startup(s: Startup) {
    *STARTUP.write() = Some(s);
}

pub fn startup_stand_down() -> Option<StandDown> {
    STARTUP.read().as_ref().and_then(|s| s.stand_down.clone())
}

pub fn hook_installed() -> bool {
    STARTUP
        .read()
        .as_ref()
        .map(|s| s.hook_installed)
        .unwrap_or(false)
}

/// The runtime, if this process has activated.
pub fn get() -> Option<&'static Runtime> {
    RUNTIME.get()
}

/// Reads the current `kiln.*` values (including per-pool overrides applied
/// after MINIT) into a snapshot.
pub fn read_settings() -> (Settings, Vec<Problem>) {
    Settings::load(engine::ini_string)
}

/// Activates this process once: re-reads settings, decides whether to stand
/// down, attaches the segment. Called from RINIT; cheap after the first call.
pub fn activate() -> &'static Runtime {
    if let Some(rt) = RUNTIME.get() {
        return rt;
    }
    let _g = ACTIVATING.lock();
    if let Some(rt) = RUNTIME.get() {
        return rt;
    }
    // Startup already warned about bad values; per-pool values are taken
    // silently with their safe defaults.
    let (settings, _problems) = read_settings();
    let mut stand_down = startup_stand_down();
    if stand_down.is_none() {
        stand_down = super::opcache::active_at_runtime();
    }
    if stand_down.is_none() && !settings.enable {
        stand_down = Some(StandDown::Disabled);
    }
    if stand_down.is_none() && engine::sapi_name() == "cli" && !settings.enable_cli {
        stand_down = Some(StandDown::CliDisabled);
    }
    if let Some(StandDown::Opcache(msg)) = &stand_down {
        // The CLI displayed MINIT's warning; a server SAPI's startup output
        // is lost (FPM master), so each worker logs it once.
        if hook_installed() || engine::sapi_name() != "cli" {
            engine::tell_operator(msg);
        }
    }

    let build_id = build_id();
    let segment_name = if settings.shm_name.is_empty() {
        default_segment_name(&build_id)
    } else {
        settings.shm_name.clone()
    };
    let mut store = None;
    let mut segment_note = String::new();
    if stand_down.is_none() {
        let cfg = SegmentConfig {
            name: segment_name.clone(),
            size: settings.shm_size as usize,
            build_id,
        };
        let opened = if settings.attach_only {
            Store::attach_existing(&cfg.name, cfg.build_id).map(|s| (s, AttachOutcome::Attached))
        } else {
            Store::open(&cfg)
        };
        match opened {
            Ok((s, outcome)) => {
                segment_note = match outcome {
                    AttachOutcome::Created => "created".into(),
                    AttachOutcome::Attached => "attached".into(),
                    AttachOutcome::Recreated { reason } => {
                        engine::tell_operator(
                            &format!("Kiln: shared memory segment {segment_name} was not usable ({reason}); made a fresh one"),
                        );
                        format!("recreated: {reason}")
                    }
                };
                store = Some(s);
            }
            Err(e) => {
                // Attach-only callers (the kiln command) report it themselves.
                if !settings.attach_only {
                    engine::tell_operator(
                        &format!(
                            "Kiln: cannot use shared memory segment {segment_name} of {} bytes ({e}); the shared-memory tier is off",
                            settings.shm_size
                        ),
                    );
                }
                segment_note = format!("unavailable: {e}");
            }
        }
    }
    let (disk, disk_note) = if stand_down.is_some() {
        (None, String::new())
    } else {
        open_disk(&settings, &build_id)
    };
    if stand_down.is_none() {
        // SAFETY: first request of the process; the function table holds
        // only what startup (and the pool's disable_functions) left.
        crate::arena::attach(unsafe { function_fingerprint() });
    }
    let rt = Runtime {
        settings,
        stand_down,
        store,
        disk,
        disk_note,
        segment_note,
        segment_name,
        build_id,
    };
    let _ = RUNTIME.set(rt);
    RUNTIME.get().expect("runtime just set")
}

/// xxh3 over the names of the functions this process has (after
/// `disable_functions`): processes of one family with other function sets
/// never share an arena image.
///
/// # Safety
/// During a request.
unsafe fn function_fingerprint() -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    // SAFETY: the engine's live function table.
    unsafe {
        let ft = (*crate::codec::compile::cg()).function_table;
        crate::codec::compile::for_each_new(ft, 0, |key, _, _| {
            if !key.is_null() {
                h.update(std::slice::from_raw_parts(
                    (*key).val.as_ptr() as *const u8,
                    (*key).len,
                ));
                h.update(&[0]);
            }
        });
    }
    h.digest()
}

/// The disk tier's directory: `kiln.cache_dir`, or `kiln-<uid>` under
/// `sys_temp_dir` / `$TMPDIR` / `/tmp`.
pub fn cache_dir(settings: &Settings) -> String {
    if !settings.cache_dir.is_empty() {
        return settings.cache_dir.clone();
    }
    let base = engine::ini_string("sys_temp_dir")
        .filter(|s| s.starts_with('/'))
        .or_else(|| std::env::var("TMPDIR").ok().filter(|s| s.starts_with('/')))
        .unwrap_or_else(|| "/tmp".into());
    // SAFETY: geteuid never fails.
    let uid = unsafe { libc::geteuid() };
    format!("{}/kiln-{uid}", base.trim_end_matches('/'))
}

fn open_disk(settings: &Settings, build_id: &[u8; 32]) -> (Option<DiskStore>, String) {
    if settings.shm_only {
        return (None, "off (kiln.shm_only=1)".into());
    }
    let dir = cache_dir(settings);
    let cfg = DiskConfig {
        dir: dir.clone().into(),
        build_tag: hex(&build_id[..16]),
    };
    match DiskStore::open(&cfg) {
        Ok(d) => (Some(d), dir),
        Err(e) => {
            engine::tell_operator(&format!(
                "Kiln: kiln.cache_dir '{dir}' is not usable ({e}); the disk tier is off"
            ));
            (None, format!("off: {e}"))
        }
    }
}

pub use crate::identity::{blob_id, build_config, build_id, hex};

/// `/kiln.<euid>.<first 12 hex of the build id>`.
pub fn default_segment_name(build_id: &[u8; 32]) -> String {
    // SAFETY: geteuid never fails.
    let uid = unsafe { libc::geteuid() };
    format!("/kiln.{uid}.{}", &hex(build_id)[..12])
}

/// Bumps a segment counter if the segment is attached.
pub fn count(c: crate::store::Counter) {
    // An attach-only process (the kiln command) leaves the figures it shows
    // as they are.
    if let Some(s) = RUNTIME
        .get()
        .filter(|r| !r.settings.attach_only)
        .and_then(|r| r.store.as_ref())
    {
        s.counter(c).fetch_add(1, Ordering::Relaxed);
    }
}
