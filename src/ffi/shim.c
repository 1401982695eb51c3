/* The C side of Kiln's engine bindings. See shim.h. */
#include "shim.h"
#include <stdlib.h>

zend_op_array *kiln_shim_compile_guarded(
    zend_op_array *(*orig)(zend_file_handle *, int),
    zend_file_handle *fh, int type, int *bailed)
{
    zend_op_array *volatile result = NULL;
    *bailed = 0;
    zend_try {
        result = orig(fh, type);
    } zend_catch {
        result = NULL;
        *bailed = 1;
    } zend_end_try();
    return result;
}

/* zend_error_cb while Kiln compiles: each error is recorded here (not in
 * EG(errors): the engine itself switches EG(record_errors) off inside
 * zend_try_early_bind) and nothing is displayed; fatal ones still unwind
 * the compiler. The caller emits the recorded errors afterwards through the
 * real callback, with the user's error handler in place, exactly once. */
static zend_error_info **kiln_errors = NULL;
static uint32_t kiln_num_errors = 0;

static void kiln_quiet_error_cb(int type, zend_string *filename, const uint32_t lineno, zend_string *message)
{
    zend_error_info *info = emalloc(sizeof(zend_error_info));
    info->type = type;
    info->lineno = lineno;
    info->filename = filename ? zend_string_copy(filename) : NULL;
    info->message = zend_string_copy(message);
    kiln_errors = erealloc(kiln_errors, sizeof(zend_error_info *) * (kiln_num_errors + 1));
    kiln_errors[kiln_num_errors++] = info;
    switch (type & E_ALL) {
        case E_CORE_ERROR:
        case E_ERROR:
        case E_RECOVERABLE_ERROR:
        case E_PARSE:
        case E_COMPILE_ERROR:
        case E_USER_ERROR:
            if (!(type & E_DONT_BAIL)) {
                zend_bailout();
            }
            break;
        default:
            break;
    }
}

zend_op_array *kiln_shim_compile_quiet(
    zend_op_array *(*orig)(zend_file_handle *, int),
    zend_file_handle *fh, int type, int *bailed,
    zend_error_info ***errors, uint32_t *num_errors)
{
    void (*saved_cb)(int, zend_string *, const uint32_t, zend_string *) = zend_error_cb;
    zend_error_info **saved_errors = kiln_errors;
    uint32_t saved_num = kiln_num_errors;
    zend_op_array *volatile result = NULL;
    *bailed = 0;
    kiln_errors = NULL;
    kiln_num_errors = 0;
    zend_error_cb = kiln_quiet_error_cb;
    zend_try {
        result = orig(fh, type);
    } zend_catch {
        result = NULL;
        *bailed = 1;
    } zend_end_try();
    zend_error_cb = saved_cb;
    *errors = kiln_errors;
    *num_errors = kiln_num_errors;
    kiln_errors = saved_errors;
    kiln_num_errors = saved_num;
    return result;
}

void kiln_shim_emit_errors(zend_error_info **infos, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        zend_error_zstr_at(infos[i]->type, infos[i]->filename, infos[i]->lineno, infos[i]->message);
    }
}

void kiln_shim_free_errors(zend_error_info **infos, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        if (infos[i]->filename) {
            zend_string_release(infos[i]->filename);
        }
        zend_string_release(infos[i]->message);
        efree(infos[i]);
    }
    if (infos) {
        efree(infos);
    }
}

ZEND_NORETURN void kiln_shim_bailout(void)
{
    zend_bailout();
}

void kiln_shim_warning(int type, const char *msg)
{
    zend_error(type, "%s", msg);
}

char *kiln_shim_realpath(const char *path)
{
    char buf[MAXPATHLEN];
    if (!tsrm_realpath(path, buf)) {
        return NULL;
    }
    return strdup(buf);
}

uint64_t kiln_shim_handler_fingerprint(void)
{
    /* FNV-1a over the serialised handler index of every opcode, each with
     * four operand-type combinations: two builds whose VMs number their
     * handlers differently (another VM kind, another specialisation list)
     * differ for nearly every opcode after the first difference. The
     * different binaries of one build (php, php-cgi, php-fpm) agree, so they
     * share one cache. Four combinations instead of all 25 keep this at
     * ~0.1M instructions per process start (measured: 0.8M for all 25). */
    static const uint8_t pairs[][2] = {
        { IS_CONST, IS_CONST }, { IS_TMP_VAR, IS_CV }, { IS_CV, IS_UNUSED }, { IS_VAR, IS_TMP_VAR },
    };
    uint64_t h = 0xcbf29ce484222325ULL;
    /* Some specialisations look at the next opline (OP_DATA, smart branch). */
    zend_op ops[2];
    for (unsigned opc = 0; opc <= ZEND_VM_LAST_OPCODE; opc++) {
        for (unsigned p = 0; p < sizeof(pairs) / sizeof(pairs[0]); p++) {
            memset(ops, 0, sizeof(ops));
            ops[0].opcode = (uint8_t) opc;
            ops[0].op1_type = pairs[p][0];
            ops[0].op2_type = pairs[p][1];
            ops[0].result_type = IS_UNUSED;
            ops[1].opcode = ZEND_NOP;
            ops[1].op1_type = IS_UNUSED;
            zend_vm_set_opcode_handler(&ops[0]);
            zend_serialize_opcode_handler(&ops[0]);
            uint64_t v = (uint64_t)(uintptr_t) ops[0].handler;
            for (int i = 0; i < 8; i++) {
                h ^= (v >> (i * 8)) & 0xff;
                h *= 0x100000001b3ULL;
            }
        }
    }
    return h;
}

/* ---- codec helpers ---------------------------------------------------- */

void *kiln_shim_arena_alloc_guarded(size_t size, int *bailed)
{
    void *volatile result = NULL;
    *bailed = 0;
    zend_try {
        result = zend_arena_alloc(&CG(arena), size);
    } zend_catch {
        result = NULL;
        *bailed = 1;
    } zend_end_try();
    return result;
}

void *kiln_shim_emalloc(size_t size)
{
    return emalloc(size);
}

void kiln_shim_efree(void *ptr)
{
    efree(ptr);
}

zval *kiln_shim_hash_add_ptr(HashTable *ht, zend_string *key, void *ptr)
{
    return zend_hash_add_ptr(ht, key, ptr) ? zend_hash_find_known_hash(ht, key) : NULL;
}

void kiln_shim_function_redeclared(zend_function *function1, zend_function *function2)
{
    CG(in_compilation) = 1;
    zend_set_compiled_filename(function1->op_array.filename);
    CG(zend_lineno) = function1->op_array.line_start;
    if (function2->type == ZEND_USER_FUNCTION && function2->op_array.last > 0) {
        zend_error(E_ERROR, "Cannot redeclare %s() (previously declared in %s:%d)",
            ZSTR_VAL(function1->common.function_name),
            ZSTR_VAL(function2->op_array.filename),
            (int) function2->op_array.line_start);
    } else {
        zend_error(E_ERROR, "Cannot redeclare %s()", ZSTR_VAL(function1->common.function_name));
    }
}

void kiln_shim_class_redeclared(zend_class_entry *ce)
{
    CG(in_compilation) = 1;
    zend_set_compiled_filename(ce->info.user.filename);
    CG(zend_lineno) = ce->info.user.line_start;
    zend_error(E_ERROR, "Cannot declare %s %s, because the name is already in use",
        zend_get_object_type(ce), ZSTR_VAL(ce->name));
}

zend_string *kiln_shim_resolve(zend_file_handle *fh)
{
    /* include_path, the including script's directory and the realpath
     * cache, as compile_file's open would resolve it, without opening. */
    return zend_resolve_path(fh->filename);
}

void kiln_shim_attach_resolved(zend_file_handle *fh, zend_string *resolved)
{
    /* compile_filename records a file in EG(included_files) only when it
     * was opened; a script served from the cache is not, so record it here
     * (as OPcache does). */
    if (!fh->opened_path) {
        fh->opened_path = resolved;
    } else {
        zend_string_release(resolved);
    }
    zend_hash_add_empty_element(&EG(included_files), fh->opened_path);
}

void kiln_shim_string_release(zend_string *s)
{
    zend_string_release(s);
}

int kiln_shim_in_include_once(void)
{
    /* The open follows include_once/require_once in user code (the only
     * caller that opens the string zend_resolve_path returned). */
    zend_execute_data *ex = EG(current_execute_data);
    return ex && ex->func && ZEND_USER_CODE(ex->func->common.type) && ex->opline
        && ex->opline->opcode == ZEND_INCLUDE_OR_EVAL
        && (ex->opline->extended_value == ZEND_INCLUDE_ONCE
            || ex->opline->extended_value == ZEND_REQUIRE_ONCE);
}

void kiln_shim_set_ce_cache(zend_string *name, zend_class_entry *ce)
{
    /* What the engine does after linking a class (zend_do_link_class),
     * for a link served from the inheritance cache. */
    if (ZSTR_HAS_CE_CACHE(name)) {
        ZSTR_SET_CE_CACHE(name, ce);
    }
}

void kiln_shim_open_failed(zend_file_handle *fh, int type)
{
    if (!EG(exception)) {
        zend_message_dispatcher(type == ZEND_REQUIRE ? ZMSG_FAILED_REQUIRE_FOPEN : ZMSG_FAILED_INCLUDE_FOPEN,
            ZSTR_VAL(fh->filename));
    }
}

static zend_string *kiln_halt_name(zend_string *filename)
{
    static const char haltoff[] = "__COMPILER_HALT_OFFSET__";
    return zend_mangle_property_name(haltoff, sizeof(haltoff) - 1,
        ZSTR_VAL(filename), ZSTR_LEN(filename), 0);
}

int kiln_shim_halt_offset(zend_string *filename, zend_long *out)
{
    zend_string *name = kiln_halt_name(filename);
    zend_constant *c = zend_hash_find_ptr(EG(zend_constants), name);
    int found = 0;
    if (c && Z_TYPE(c->value) == IS_LONG) {
        *out = Z_LVAL(c->value);
        found = 1;
    }
    zend_string_release_ex(name, 0);
    return found;
}

void kiln_shim_register_halt_offset(zend_string *filename, zend_long offset)
{
    zend_string *name = kiln_halt_name(filename);
    if (!zend_hash_exists(EG(zend_constants), name)) {
        zend_register_long_constant(ZSTR_VAL(name), ZSTR_LEN(name), offset, 0, 0);
    }
    zend_string_release_ex(name, 0);
}

int kiln_shim_symbol_exists(const char *name, size_t len)
{
    return zend_hash_str_find(&EG(symbol_table), name, len) != NULL;
}

/* Rust mirrors these values (src/codec); fail the build if they move. */
_Static_assert(ZEND_HANDLE_FILENAME == 0, "zend_stream_type numbering");
_Static_assert(sizeof(zend_op) == 32, "zend_op size");
#if PHP_VERSION_ID >= 80400
_Static_assert(sizeof(zend_op_array) == 256, "zend_op_array size");
_Static_assert(sizeof(zend_function) == 256, "zend_function size");
#else
_Static_assert(sizeof(zend_op_array) == 248, "zend_op_array size");
_Static_assert(sizeof(zend_function) == 248, "zend_function size");
#endif
#if PHP_VERSION_ID >= 80400
_Static_assert(sizeof(zend_class_entry) == 520, "zend_class_entry size");
#else
_Static_assert(sizeof(zend_class_entry) == 504, "zend_class_entry size");
#endif
_Static_assert(HT_MIN_MASK == (uint32_t) -2, "HT_MIN_MASK");
_Static_assert(ZEND_MM_ALIGNMENT == 8, "ZEND_MM_ALIGNMENT");
_Static_assert(ZEND_USER_CLASS == 2, "ZEND_USER_CLASS");
_Static_assert(ZEND_USE_ABS_JMP_ADDR == 0 && ZEND_USE_ABS_CONST_ADDR == 0, "relative operands");

#if defined(__has_include)
# if __has_include(<valgrind/memcheck.h>)
#  include <valgrind/memcheck.h>
#  define KILN_HAVE_MEMCHECK 1
# endif
#endif

void kiln_shim_mark_defined(void *p, size_t len)
{
#ifdef KILN_HAVE_MEMCHECK
    (void) VALGRIND_MAKE_MEM_DEFINED(p, len);
#else
    (void) p;
    (void) len;
#endif
}

int kiln_shim_compile_only(const char *path, size_t len)
{
    zend_file_handle fh;
    zend_op_array *volatile op = NULL;
    volatile int ok = 0;
    zend_stream_init_filename_ex(&fh, zend_string_init(path, len, 0));
    zend_try {
        op = zend_compile_file(&fh, ZEND_INCLUDE);
        ok = op != NULL;
    } zend_catch {
        ok = 0;
        op = NULL;
    } zend_end_try();
    if (op) {
        destroy_op_array(op);
        efree(op);
    }
    zend_destroy_file_handle(&fh);
    return ok;
}

void kiln_shim_forget_ce_cache(zend_class_entry *ce)
{
    zend_string *name = ce->name;
    if (name && ZSTR_HAS_CE_CACHE(name) && ZSTR_GET_CE_CACHE(name) == ce) {
        ZSTR_SET_CE_CACHE(name, NULL);
    }
}

zend_string *kiln_shim_interned(const char *s, size_t len)
{
    return zend_new_interned_string(zend_string_init(s, len, 0));
}

/* The engine hooks zend_system_id covers (zend_finalize_system_id), as bits:
 * 1 zend_ast_process, 2 zend_compile_file replaced, 4 zend_execute_ex
 * replaced, 8 zend_execute_internal set; bit 16+ counts user opcode
 * handlers. Shown in phpinfo, so an operator can see why two SAPIs do not
 * share a cache. */
uint32_t kiln_shim_engine_hooks(void)
{
    uint32_t hooks = 0, users = 0;
    if (zend_ast_process) hooks |= 1;
    if (zend_compile_file != compile_file) hooks |= 2;
    if (zend_execute_ex != execute_ex) hooks |= 4;
    if (zend_execute_internal) hooks |= 8;
    for (int i = 0; i < 256; i++) {
        if (zend_get_user_opcode_handler((uint8_t) i) != NULL) users++;
    }
    return hooks | (users << 16);
}

static uint64_t kiln_fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* What of the engine's configuration changes what a compile produces,
 * beyond the PHP build: the hooks zend_system_id covers (AST processing,
 * executor replacements, user opcode handlers) and the loaded Zend
 * extensions (names and versions). Unlike zend_system_id it leaves out
 * what differs between the SAPIs of one build (PHP 8.4's php-fpm and php
 * have different system ids for the same binary build), so FPM workers,
 * php-cgi and CLI processes of one PHP share one cache. The compile_file
 * hooks are named by the caller (the objects they live in). */
uint64_t kiln_shim_engine_config_hash(void)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    uint32_t hooks = kiln_shim_engine_hooks() & ~2u;
    h = kiln_fnv(h, &hooks, sizeof hooks);
    for (int i = 0; i < 256; i++) {
        if (zend_get_user_opcode_handler((uint8_t) i) != NULL) {
            h = kiln_fnv(h, &i, sizeof i);
        }
    }
    for (zend_llist_element *e = zend_extensions.head; e; e = e->next) {
        zend_extension *ext = (zend_extension *) e->data;
        if (ext->name) h = kiln_fnv(h, ext->name, strlen(ext->name) + 1);
        if (ext->version) h = kiln_fnv(h, ext->version, strlen(ext->version) + 1);
    }
    return h;
}

const char *kiln_shim_extension_build_id(void)
{
    return ZEND_EXTENSION_BUILD_ID;
}
