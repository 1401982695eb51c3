//! Coexistence with Zend OPcache: both must never hook compilation at once.
//!
//! OPcache registers its INI entries and installs its hooks after every
//! module's MINIT (in its zend_extension startup and post-startup callback),
//! so MINIT decides from the raw configuration (php.ini / `-d`), and the first
//! request confirms from the hook chain itself.

use super::runtime::StandDown;
use crate::ffi::{engine, sys};

/// SAPIs on which OPcache enables itself with `opcache.enable=1`
/// (`accel_find_sapi` in ZendAccelerator.c).
const OPCACHE_SAPIS: &[&str] = &[
    "apache",
    "fastcgi",
    "cli-server",
    "cgi-fcgi",
    "fpm-fcgi",
    "fpmi-fcgi",
    "apache2handler",
    "litespeed",
    "uwsgi",
    "frankenphp",
];

fn truthy(v: Option<String>, default: bool) -> bool {
    match v {
        None => default,
        Some(s) => crate::settings::parse::bool_value(&s)
            .unwrap_or_else(|_| s.trim().parse::<i64>().map(|n| n != 0).unwrap_or(default)),
    }
}

pub fn opcache_loaded() -> bool {
    let name = std::ffi::CString::new("Zend OPcache").unwrap();
    // SAFETY: zend_get_extension walks the loaded zend_extensions list.
    !unsafe { sys::zend_get_extension(name.as_ptr()) }.is_null()
}

/// MINIT's decision: Some(reason) when OPcache is loaded and configured to
/// cache in this SAPI.
pub fn active_at_startup() -> Option<StandDown> {
    if !opcache_loaded() {
        return None;
    }
    let sapi = engine::sapi_name();
    let enable = truthy(engine::configuration_directive("opcache.enable"), true);
    if !enable {
        return None;
    }
    let cli = sapi == "cli" || sapi == "phpdbg";
    if cli {
        if truthy(engine::configuration_directive("opcache.enable_cli"), false) {
            return Some(message(&sapi, "opcache.enable_cli=0"));
        }
        return None;
    }
    if OPCACHE_SAPIS.contains(&sapi.as_str()) {
        return Some(message(&sapi, "opcache.enable=0"));
    }
    None
}

/// The first request's check: if OPcache's hook sits on top of the chain it
/// is active whatever the configuration said.
pub fn active_at_runtime() -> Option<StandDown> {
    // SAFETY: reading the engine's hook pointer.
    let hook = unsafe { sys::zend_compile_file };
    let addr = hook.map(|f| f as usize)?;
    let obj = engine::object_of(addr)?;
    if obj.ends_with("opcache.so") {
        let sapi = engine::sapi_name();
        let setting = if sapi == "cli" || sapi == "phpdbg" {
            "opcache.enable_cli=0"
        } else {
            "opcache.enable=0"
        };
        return Some(message(&sapi, setting));
    }
    None
}

fn message(sapi: &str, setting: &str) -> StandDown {
    StandDown::Opcache(format!(
        "Kiln: Zend OPcache is enabled for the {sapi} SAPI, so Kiln stands down and caches nothing; \
         set {setting} (e.g. in the SAPI's conf.d/10-opcache.ini) to use Kiln"
    ))
}
