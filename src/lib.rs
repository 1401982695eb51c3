//! Kiln: a PHP opcode cache.
#![cfg_attr(windows, feature(abi_vectorcall))]

pub mod disk;
pub mod ffi;
pub mod store;

use ext_php_rs::prelude::*;

#[php_function]
pub fn kiln_probe() -> String {
    format!(
        "{} {} {:x}",
        ffi::engine::system_id(),
        ffi::engine::sapi_name(),
        ffi::engine::handler_fingerprint()
    )
}

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module.function(wrap_function!(kiln_probe))
}

#[cfg(test)]
mod tests {
    #[test]
    fn it_links() {
        assert_eq!(2 + 2, 4);
    }
}
