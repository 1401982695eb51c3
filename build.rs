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
    "zend_register_functions",
    "zend_unregister_functions",
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
    // PHP 8.4+ (absent names match nothing on 8.2).
    "zend_hooked_object_get_iterator",
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
    // PHP 8.5 (absent names match nothing before).
    "zend_ast_op_array",
    "zend_ast_fcc",
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
        .allowlist_var("ZEND_DECLARE_CLASS_DELAYED|ZEND_INIT_FCALL|ZEND_OP_DATA|ZEND_DECLARE_ATTRIBUTED_CONST|ZEND_AST_SPECIAL_SHIFT|ZEND_AST_IS_LIST_SHIFT|ZEND_AST_NUM_CHILDREN_SHIFT")
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

    // The codec's field table against these headers (src/codec/fields.txt).
    println!("cargo:rerun-if-changed=src/codec/fields.txt");
    let table = std::fs::read_to_string("src/codec/fields.txt")
        .unwrap_or_else(|e| fail(&format!("cannot read src/codec/fields.txt: {e}")));
    let column = match vernum {
        80200..=80299 => 0,
        80400..=80499 => 1,
        _ => 2,
    };
    let errors = check_field_table(&table, column, &bindings);
    if !errors.is_empty() {
        fail(&format!(
            "the headers of PHP {version_id} do not match the codec's field table \
             (src/codec/fields.txt; every field of a serialized engine structure needs a \
             treatment the codec implements):\n  {}",
            errors.join("\n  ")
        ));
    }

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

/// The fields of every `pub struct`/`pub union` in the bindings, in order.
fn binding_fields(bindings: &str) -> std::collections::HashMap<String, Vec<String>> {
    let mut out = std::collections::HashMap::new();
    let mut cur: Option<(String, Vec<String>)> = None;
    for line in bindings.lines() {
        if let Some((name, fields)) = cur.as_mut() {
            if line == "}" {
                out.insert(std::mem::take(name), std::mem::take(fields));
                cur = None;
            } else if let Some(rest) = line.strip_prefix("    pub ") {
                if let Some((f, _)) = rest.split_once(':') {
                    fields.push(f.to_string());
                }
            }
            continue;
        }
        for kw in ["pub struct ", "pub union "] {
            if let Some(rest) = line.strip_prefix(kw) {
                if let Some(name) = rest.strip_suffix(" {") {
                    cur = Some((name.to_string(), Vec::new()));
                }
            }
        }
    }
    out
}

/// `(struct, field) -> offset` and `struct -> size` from bindgen's layout
/// tests (`["Offset of field: S::f"][offset_of!(S, f) - N]`).
#[allow(clippy::type_complexity)]
fn binding_layouts(
    bindings: &str,
) -> (
    std::collections::HashMap<(String, String), u64>,
    std::collections::HashMap<String, u64>,
) {
    fn number_after(text: &str) -> Option<u64> {
        let i = text.find(" - ")?;
        let rest = &text[i + 3..];
        let end = rest.find("usize")?;
        rest[..end].trim().parse().ok()
    }
    let mut offsets = std::collections::HashMap::new();
    let mut sizes = std::collections::HashMap::new();
    let mut rest = bindings;
    while let Some(i) = rest.find("[\"") {
        rest = &rest[i + 2..];
        let Some(end) = rest.find("\"]") else { break };
        let label = &rest[..end];
        let tail = &rest[end..rest.len().min(end + 300)];
        if let Some(sf) = label.strip_prefix("Offset of field: ") {
            if let (Some((st, f)), Some(n)) = (sf.split_once("::"), number_after(tail)) {
                offsets.insert((st.to_string(), f.to_string()), n);
            }
        } else if let Some(st) = label.strip_prefix("Size of ") {
            if let Some(n) = number_after(tail) {
                sizes.insert(st.to_string(), n);
            }
        }
    }
    (offsets, sizes)
}

/// Every difference between the field table (for version column `column`)
/// and the bindings.
fn check_field_table(table: &str, column: usize, bindings: &str) -> Vec<String> {
    const TREATMENTS: &[&str] = &[
        "copy", "string", "reloc", "type", "zval", "table", "slot", "zero", "extern", "handler",
        "refuse", "union",
    ];
    let fields = binding_fields(bindings);
    let (offsets, sizes) = binding_layouts(bindings);
    let mut errors = Vec::new();
    let mut current: Option<(String, Vec<String>)> = None;
    let finish = |cur: Option<(String, Vec<String>)>, errors: &mut Vec<String>| {
        if let Some((st, named)) = cur {
            for f in fields.get(&st).into_iter().flatten() {
                if !named.contains(f) {
                    errors.push(format!(
                        "{st}.{f}: in the headers, not in the table (how is it serialized?)"
                    ));
                }
            }
        }
    };
    for (no, raw) in table.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim_end();
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        let at = format!("fields.txt:{}", no + 1);
        if cols[0] == "struct" {
            finish(current.take(), &mut errors);
            if cols.len() != 5 {
                errors.push(format!("{at}: expected `struct NAME SIZE SIZE SIZE`"));
                continue;
            }
            let st = cols[1].to_string();
            // A struct a version does not have says "-" for its size there
            // (every field of it then says "-" too, which the field check
            // below enforces).
            if !fields.contains_key(&st) && cols[2 + column] != "-" {
                errors.push(format!("{at}: struct {st} is not in the bindings"));
            }
            if let Ok(want) = cols[2 + column].parse::<u64>() {
                match sizes.get(&st) {
                    Some(&got) if got == want => {}
                    got => errors.push(format!(
                        "{st}: size {} in the headers, {want} in the table",
                        got.map_or("unknown".into(), |g| g.to_string())
                    )),
                }
            }
            current = Some((st, Vec::new()));
            continue;
        }
        let Some((st, named)) = current.as_mut() else {
            errors.push(format!("{at}: a field before any struct line"));
            continue;
        };
        if cols.len() != 5 || !TREATMENTS.contains(&cols[4]) {
            errors.push(format!(
                "{at}: expected `FIELD OFF82 OFF84 OFF85 TREATMENT` with a treatment of {TREATMENTS:?}"
            ));
            continue;
        }
        let (f, off) = (cols[0], cols[1 + column]);
        let present = fields
            .get(st.as_str())
            .is_some_and(|v| v.iter().any(|x| x == f));
        match off {
            "-" => {
                if present {
                    errors.push(format!(
                        "{st}.{f}: in the headers, but the table says this version has no such field"
                    ));
                }
            }
            _ if !present => errors.push(format!(
                "{st}.{f}: in the table, not in the headers of this PHP"
            )),
            "*" => named.push(f.to_string()),
            n => {
                named.push(f.to_string());
                let got = offsets.get(&(st.clone(), f.to_string()));
                if got.map(|g| g.to_string()).as_deref() != Some(n) {
                    errors.push(format!(
                        "{st}.{f}: offset {} in the headers, {n} in the table",
                        got.map_or("unknown".into(), |g| g.to_string())
                    ));
                }
            }
        }
    }
    finish(current.take(), &mut errors);
    errors
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
