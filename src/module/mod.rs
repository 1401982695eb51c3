//! The PHP-facing shell: module entry, INI registration, lifecycle, phpinfo
//! and the `kiln_*` functions. No cache logic lives here.

pub mod admin;
pub mod functions;
pub mod info;
pub mod lifecycle;
pub mod opcache_api;

use ext_php_rs::flags::IniEntryPermission as P;
use ext_php_rs::prelude::*;
use ext_php_rs::zend::{IniEntryDef, IniEntryDefs};

macro_rules! ini_table {
    ($($name:literal = $default:literal),* $(,)?) => {
        IniEntryDefs::new([
            $(IniEntryDef::new($name, $default, P::System),)*
            IniEntryDef::end(),
        ])
    };
}

/// The registered INI entries. Must list exactly `settings::DIRECTIVES`
/// (a test checks it). All are PHP_INI_SYSTEM: php.ini, `-d`, or an FPM
/// pool's `php_admin_value`.
pub static INI: IniEntryDefs<22> = ini_table! {
    c"kiln.enable" = c"1",
    c"kiln.enable_cli" = c"1",
    c"kiln.shm_size" = c"64M",
    c"kiln.shm_max" = c"2M",
    c"kiln.shm_only" = c"0",
    c"kiln.cache_dir" = c"",
    c"kiln.compress" = c"1",
    c"kiln.check_mtime" = c"1",
    c"kiln.revalidate_freq" = c"2",
    c"kiln.file_update_protection" = c"2",
    c"kiln.shm_name" = c"",
    c"kiln.max_file_size" = c"0",
    c"kiln.filter" = c"",
    c"kiln.restrict_api" = c"",
    c"kiln.inheritance_cache" = c"1",
    c"kiln.arena" = c"auto",
    c"kiln.arena_size" = c"256M",
    c"kiln.attach_only" = c"0",
    c"kiln.arena_min_generation" = c"60",
    c"kiln.opcache_api" = c"0",
    c"kiln.verify_roundtrip" = c"0",
};

trait Pipe: Sized {
    fn pipe(self, f: impl FnOnce(Self) -> Self) -> Self {
        f(self)
    }
}
impl Pipe for ModuleBuilder<'_> {}

pub fn build(module: ModuleBuilder) -> ModuleBuilder {
    module
        .name("kiln")
        .version(env!("CARGO_PKG_VERSION"))
        .startup_function(lifecycle::minit)
        .shutdown_function(lifecycle::mshutdown)
        .request_startup_function(lifecycle::rinit)
        .request_shutdown_function(lifecycle::rshutdown)
        .post_deactivate_function(lifecycle::post_deactivate)
        .info_function(info::php_info)
        .pipe(functions::register)
        .pipe(admin::register)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;

    #[test]
    fn ini_table_matches_directives() {
        let defs = INI.as_slice();
        assert_eq!(defs.len(), crate::settings::DIRECTIVES.len() + 1);
        for (def, d) in defs.iter().zip(crate::settings::DIRECTIVES) {
            // SAFETY: the table's pointers come from static C string literals.
            let name = unsafe { CStr::from_ptr(def.name) }.to_str().unwrap();
            // SAFETY: as above.
            let value = unsafe { CStr::from_ptr(def.value) }.to_str().unwrap();
            assert_eq!(name, d.name);
            assert_eq!(value, d.default, "{name}");
        }
    }
}
