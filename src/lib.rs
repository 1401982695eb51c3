//! Kiln: a PHP opcode cache written in Rust.
//!
//! Data path (one compile):
//! ```text
//!   PHP ──zend_compile_file──► hook ──key──► store (shared memory) ──► codec::decode ──► op_array
//!                                 │            └─miss─► disk ─────────┘
//!                                 └─miss─► previous compiler ──► codec::encode ──► store / disk
//! ```
//! Modules: `module` (PHP-facing shell: INI, lifecycle, functions, phpinfo),
//! `settings` (typed INI), `hook` (the orchestrator and per-process runtime),
//! `image` (blobs made executable: immutable images, the inheritance cache,
//! class-name slots) and `arena` (the family's shared executable mapping they
//! are built into), `codec` (the blob format: compile, encode, verify, load),
//! `store` (shared-memory tier), `disk` (disk tier), `ffi` (the only place
//! that names engine symbols). Data flows one way:
//! hook → image/arena → codec → store/disk.
#![cfg_attr(windows, feature(abi_vectorcall))]

pub mod arena;
pub mod codec;
pub mod disk;
pub mod ffi;
pub mod hook;
pub mod identity;
pub mod image;
pub mod module;
pub mod prehashed;
pub mod settings;
pub mod store;

use ext_php_rs::prelude::*;

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module::build(module)
}
