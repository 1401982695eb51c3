//! Build script: bindgen over the installed PHP headers for the engine
//! internals that ext-php-rs does not bind (the compiler hook, the VM handler
//! API, map_ptr, the system id and the layouts of the structures the codec
//! serializes), plus a small C shim for what only C can do safely
//! (`zend_try`/`zend_catch` around the previous compiler, inline helpers).
//!
//! The generated bindings are hashed into `KILN_LAYOUT_HASH`, which goes into
//! every fingerprint: a distribution patch that changes a structure under the
//! same PHP version string changes the hash, and old cache entries are never
//! decoded.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn fail(msg: &str) -> ! {
    eprintln!("\nkiln build error: {msg}\n");
    panic!("kiln build error: {msg}");
}

fn php_config(arg: &str) -> String {
    let php_config = env::var("PHP_CONFIG").unwrap_or_else(|_| "php-config".into());
    let out = Command::new(&php_config).arg(arg).output().unwrap_or_else(|e| {
        fail(&format!(
            "cannot run `{php_config} {arg}` ({e}). Install the PHP development headers \
             (Debian: apt-get install php8.2-dev) or set PHP_CONFIG to the php-config to build against."
        ))
    });
    if !out.status.success() {
        fail(&format!(
            "`{php_config} {arg}` failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The engine symbols and types Kiln binds itself. Everything else comes from
/// ext-php-rs. Types reached from these are pulled in by bindgen.
const ALLOW_FUNCTIONS: &[&str] = &[
    "compile_file",
    "zend_vm_set_opcode_handler",
    "zend_serialize_opcode_handler",
    "zend_deserialize_opcode_handler",
    "zend_get_opcode_handler_func",
    "zend_vm_kind",
    "zend_map_ptr_new",
    "zend_map_ptr_extend",
    "zend_add_system_entropy",
    "zend_get_configuration_directive",
    "zend_get_extension",
    "zend_begin_record_errors",
    "zend_emit_recorded_errors",
    "zend_free_recorded_errors",
    "zend_error_zstr_at",
    "zend_try_early_bind",
    "zend_do_link_class",
    "zend_hash_set_bucket_key",
    "zend_is_auto_global",
    "zend_register_long_constant",
    "zend_mangle_property_name",
    "_zend_observer_function_declared_notify",
    "_zend_observer_class_linked_notify",
    "sapi_get_request_time",
    "zend_string_hash_func",
    "zend_hash_str_find",
    "zend_hash_find",
    "zend_hash_add",
    "zend_hash_del",
    "zend_hash_index_find",
    "zend_hash_extend",
    "zend_hash_del_bucket",
    "zend_destroy_file_handle",
    "zend_stream_init_filename",
    "zend_stream_open",
    "zend_ini_long",
    "zend_ini_string",
    "zend_ini_string_ex",
    "destroy_op_array",
    "zend_optimize_script",
    "php_get_module_initialized",
    "tsrm_realpath",
    "display_ini_entries",
    "php_log_err_with_severity",
    "php_info_print_table_start",
    "php_info_print_table_end",
    "zend_extensions_op_array_persist",
    "zend_extensions_op_array_persist_calc",
    "zend_is_auto_global_str",
    "zend_is_auto_global",
    "zend_hash_find_known_hash",
    "zend_message_dispatcher",
    "zend_lookup_class_ex",
];
const ALLOW_VARS: &[&str] = &[
    "zend_compile_file",
    "zend_compile_string",
    "zend_resolve_path",
    "zend_stream_open_function",
    "zend_post_startup_cb",
    "zend_system_id",
    "compiler_globals",
    "executor_globals",
    "sapi_module",
    "zend_extensions",
    "zend_op_array_extension_handles",
    "zend_empty_string",
    "zend_one_char_string",
    "zend_known_strings",
    "zend_empty_array",
    "zend_new_interned_string",
    "zend_ce_closure",
    "sapi_globals",
    "zend_observer_function_declared_observed",
    "zend_observer_class_linked_observed",
    "zend_inheritance_cache_get",
    "zend_inheritance_cache_add",
    // PHP 8.4+ (absent names match nothing on 8.2).
    "std_object_handlers",
    "zend_enum_object_handlers",
    "zend_flf_functions",
];
const ALLOW_TYPES: &[&str] = &[
    "zend_op_array",
    "zend_op",
    "zend_class_entry",
    "_zend_compiler_globals",
    "_zend_executor_globals",
    "zend_file_handle",
    "zend_string",
    "zend_array",
    "Bucket",
    "zval",
    "zend_arg_info",
    "zend_internal_arg_info",
    "zend_property_info",
    "zend_class_constant",
    "zend_type_list",
    "zend_ast",
    "zend_ast_list",
    "zend_ast_zval",
    "zend_ast_ref",
    "zend_ast_decl",
    "zend_attribute",
    "zend_live_range",
    "zend_try_catch_element",
    "zend_trait_alias",
    "zend_trait_precedence",
    "zend_trait_method_reference",
    "zend_class_name",
    "zend_error_info",
    "zend_function",
    "zend_internal_function",
    "zend_extension",
    "zend_class_iterator_funcs",
    "zend_class_arrayaccess_funcs",
    "_sapi_module_struct",
    "_sapi_globals_struct",
    "_zend_module_entry",
    "zend_script",
    "_zend_ast_kind",
    "zend_frameless_function_info",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/ffi/shim.c");
    println!("cargo:rerun-if-changed=src/ffi/shim.h");
    println!("cargo:rerun-if-env-changed=PHP_CONFIG");
    println!("cargo:rerun-if-env-changed=LIBCLANG_PATH");

    let includes: Vec<String> = php_config("--includes")
        .split_whitespace()
        .map(|s| s.trim_start_matches("-I").to_string())
        .collect();
    let version_id = php_config("--vernum");
    let vernum: u32 = version_id.parse().unwrap_or(0);
    if !(80200..80300).contains(&vernum) && !(80400..80600).contains(&vernum) {
        fail(&format!(
            "PHP {version_id} found; Kiln builds for PHP 8.2, 8.4 and 8.5 (8.3 is in no Debian \
             suite and untested; the field tables in src/codec/fields/ name what each supports)."
        ));
    }
    // cfg flags per engine version: php84 holds for 8.4 and later, php85 for 8.5.
    for (flag, from) in [("php84", 80400u32), ("php85", 80500)] {
        println!("cargo::rustc-check-cfg=cfg({flag})");
        if vernum >= from {
            println!("cargo:rustc-cfg={flag}");
        }
    }

    // Our bindings.
    let mut builder = bindgen::Builder::default()
        .header("src/ffi/shim.h")
        .clang_args(includes.iter().map(|i| format!("-I{i}")))
        .derive_default(false)
        .derive_debug(false)
        .layout_tests(true)
        .generate_comments(false)
        .rust_target(bindgen::RustTarget::stable(77, 0).unwrap_or_default())
        .allowlist_function("kiln_shim_.*")
        .allowlist_var("KILN_.*");
    for f in ALLOW_FUNCTIONS {
        builder = builder.allowlist_function(f);
    }
    for v in ALLOW_VARS {
        builder = builder.allowlist_var(v);
    }
    for t in ALLOW_TYPES {
        builder = builder.allowlist_type(t);
    }
    // Engine #defines the codec needs as values.
    builder = builder
        .allowlist_var("ZEND_ACC_.*")
        .allowlist_var("ZEND_COMPILE_.*")
        .allowlist_var("IS_.*")
        .allowlist_var("GC_.*")
        .allowlist_var("_ZEND_TYPE_.*")
        .allowlist_var("ZEND_[A-Z_]+_FUNCTION")
        .allowlist_var("ZEND_USER_CODE|ZEND_INTERNAL_FUNCTION|ZEND_USER_FUNCTION|ZEND_EVAL_CODE")
        .allowlist_var("HASH_FLAG_.*")
        .allowlist_var("ZEND_FETCH_CLASS_NO_AUTOLOAD")
        .allowlist_var("ZEND_HANDLE_.*")
        .allowlist_var("ZEND_VM_KIND.*")
        .allowlist_var("E_.*")
        .allowlist_var("ZEND_EXTENSION_BUILD_ID|ZEND_MODULE_API_NO|PHP_VERSION_ID|PHP_VERSION")
        .allowlist_var("ZEND_INCLUDE|ZEND_REQUIRE|ZEND_INCLUDE_ONCE|ZEND_REQUIRE_ONCE|ZEND_EVAL")
        .allowlist_var("ZEND_DECLARE_CLASS_DELAYED|ZEND_INIT_FCALL|ZEND_AST_SPECIAL_SHIFT|ZEND_AST_IS_LIST_SHIFT|ZEND_AST_NUM_CHILDREN_SHIFT")
        .allowlist_var("ZMSG_FAILED_INCLUDE_FOPEN|ZMSG_FAILED_REQUIRE_FOPEN");

    let bindings = match builder.generate() {
        Ok(b) => b.to_string(),
        Err(e) => fail(&format!(
            "bindgen could not process the PHP headers ({e}). bindgen needs libclang: \
             apt-get install clang libclang-dev (or set LIBCLANG_PATH)."
        )),
    };

    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("engine.rs"), &bindings).expect("write bindings");

    // Layout hash: the generated bindings carry every size and offset of every
    // bound struct (layout tests), so hashing their text catches any header
    // change, including distribution patches under an unchanged version.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bindings.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    println!("cargo:rustc-env=KILN_LAYOUT_HASH={h:016x}");
    println!("cargo:rustc-env=KILN_PHP_VERSION_ID={vernum}");

    // Source hash: every Rust and C source of Kiln. It is part of the
    // fingerprint, so a build with a changed codec never reads entries
    // written by another build, committed or not.
    let mut files = Vec::new();
    collect_sources(std::path::Path::new("src"), &mut files);
    files.sort();
    let mut sh: u64 = 0xcbf2_9ce4_8422_2325;
    for f in &files {
        for b in f
            .to_string_lossy()
            .bytes()
            .chain(std::fs::read(f).unwrap_or_default())
        {
            sh ^= u64::from(b);
            sh = sh.wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rustc-env=KILN_SOURCE_HASH={sh:016x}");

    let git = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "nogit".into());
    println!("cargo:rustc-env=KILN_GIT_HASH={git}");

    // The C shim.
    let mut cc = cc::Build::new();
    cc.file("src/ffi/shim.c")
        .warnings(false)
        .flag_if_supported("-fno-strict-aliasing");
    for i in &includes {
        cc.include(i);
    }
    cc.compile("kilnshim");
}

fn collect_sources(dir: &std::path::Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_sources(&p, out);
        } else if matches!(
            p.extension().and_then(|x| x.to_str()),
            Some("rs" | "c" | "h")
        ) {
            out.push(p);
        }
    }
}
