//! The only place that names engine symbols or structure layouts.
//!
//! `sys` is bindgen's output over the installed PHP headers (see `build.rs`);
//! it is distinct from ext-php-rs's own bindings, and pointers are cast at the
//! boundary (the layouts are the same headers, and bindgen's layout tests pin
//! them). Everything PHP-version dependent lives below this module.

#[allow(
    non_upper_case_globals,
    non_camel_case_types,
    non_snake_case,
    dead_code,
    improper_ctypes,
    clippy::all,
    clippy::pedantic,
    clippy::undocumented_unsafe_blocks,
    unsafe_op_in_unsafe_fn
)]
pub mod sys {
    include!(concat!(env!("OUT_DIR"), "/engine.rs"));
}

pub mod engine;
