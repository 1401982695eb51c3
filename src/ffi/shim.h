/* Headers bindgen reads for Kiln's own engine bindings, and the C shim's
 * prototypes. The shim exists for what only C does safely: zend_try/zend_catch
 * (setjmp must not cross Rust frames) and a few inline engine helpers. */
#ifndef KILN_SHIM_H
#define KILN_SHIM_H

#include "php.h"
#include "php_ini.h"
#include "SAPI.h"
#include "zend_compile.h"
#include "zend_vm.h"
#include "zend_system_id.h"
#include "zend_map_ptr.h"
#include "zend_extensions.h"
#include "zend_observer.h"
#include "zend_inheritance.h"
#include "zend_attributes.h"
#include "zend_enum.h"
#include "zend_interfaces.h"
#include "zend_closures.h"
#include "zend_exceptions.h"
#include "Optimizer/zend_optimizer.h"

/* Calls `orig(fh, type)` inside zend_try. On a bailout (parse error, fatal
 * compile error, exit) returns NULL and sets *bailed = 1; the caller cleans up
 * and then calls kiln_shim_bailout() to continue unwinding as PHP would. */
zend_op_array *kiln_shim_compile_guarded(
    zend_op_array *(*orig)(zend_file_handle *, int),
    zend_file_handle *fh, int type, int *bailed);

/* Like kiln_shim_compile_guarded, with zend_error_cb replaced by a
 * record-only callback (fatal errors still bail out). The recorded errors
 * (emalloc'd zend_error_info*, also on a bailout) go to *errors/*num_errors;
 * the caller emits them itself (kiln_shim_emit_errors) once the user's error
 * handler is back, so they reach it exactly as without Kiln, then frees
 * them (kiln_shim_free_errors). */
zend_op_array *kiln_shim_compile_quiet(
    zend_op_array *(*orig)(zend_file_handle *, int),
    zend_file_handle *fh, int type, int *bailed,
    zend_error_info ***errors, uint32_t *num_errors);
/* zend_error_zstr_at() for each recorded error (fatal ones bail out). */
void kiln_shim_emit_errors(zend_error_info **infos, uint32_t n);
/* Frees errors taken from EG(errors). */
void kiln_shim_free_errors(zend_error_info **infos, uint32_t n);

/* zend_bailout(): longjmp to the enclosing zend_try. */
ZEND_NORETURN void kiln_shim_bailout(void);

/* Emits one E_CORE_WARNING / E_WARNING with a preformatted message. */
void kiln_shim_warning(int type, const char *msg);

/* Realpath of a path, resolved like the engine does (NULL if it does not
 * exist). Result is malloc()ed; free with free(). */
char *kiln_shim_realpath(const char *path);

/* The number of opcode handlers of this VM, probed through the exported
 * handler (de)serialisation API; used in the handler fingerprint. */
uint64_t kiln_shim_handler_fingerprint(void);

/* ---- codec helpers ---- */

/* zend_arena_alloc(&CG(arena), size) inside zend_try: NULL + *bailed on a
 * bailout (memory_limit); the caller cleans up and re-raises. */
void *kiln_shim_arena_alloc_guarded(size_t size, int *bailed);
void *kiln_shim_emalloc(size_t size);
void kiln_shim_efree(void *ptr);
/* zend_hash_add_ptr; returns the new slot or NULL if the key exists. */
zval *kiln_shim_hash_add_ptr(HashTable *ht, zend_string *key, void *ptr);
/* OPcache's load-time duplicate errors (E_ERROR: bails out). */
void kiln_shim_function_redeclared(zend_function *function1, zend_function *function2);
void kiln_shim_class_redeclared(zend_class_entry *ce);
/* compile_file's "Failed opening" message after zend_stream_open failed. */
zend_string *kiln_shim_resolve(zend_file_handle *fh);
void kiln_shim_attach_resolved(zend_file_handle *fh, zend_string *resolved);
void kiln_shim_string_release(zend_string *s);
int kiln_shim_in_include_once(void);
void kiln_shim_set_ce_cache(zend_string *name, zend_class_entry *ce);
void kiln_shim_open_failed(zend_file_handle *fh, int type);
/* The __COMPILER_HALT_OFFSET__ constant of `filename`: read / register. */
int kiln_shim_halt_offset(zend_string *filename, zend_long *out);
void kiln_shim_register_halt_offset(zend_string *filename, zend_long offset);
/* Whether EG(symbol_table) has `name`. */
int kiln_shim_symbol_exists(const char *name, size_t len);

/* Tells valgrind that `len` bytes at `p` are defined (a no-op outside
 * valgrind). Used for copied zend_op operands: the compiler leaves some
 * UNUSED operands uninitialized (e.g. op1 of FETCH_OBJ_R on $this), the VM
 * never reads them, but the blob checksum covers them. */
void kiln_shim_mark_defined(void *p, size_t len);

/* Compiles `path` through the current zend_compile_file (Kiln's hook
 * included) without executing it, as opcache_compile_file() does: the main
 * op_array is destroyed; declared functions and classes stay declared.
 * Returns 1 on success, 0 on failure (open failure or compile error, whose
 * message PHP already emitted). */
int kiln_shim_compile_only(const char *path, size_t len);

/* Clears the class-name CE cache slot if it points at `ce` (the compiler's
 * early binding fills it; a discarded class must not stay reachable). */
void kiln_shim_forget_ce_cache(zend_class_entry *ce);

/* A request-interned copy of s[0..len). */
zend_string *kiln_shim_interned(const char *s, size_t len);
uint32_t kiln_shim_engine_hooks(void);
uint64_t kiln_shim_engine_config_hash(void);
const char *kiln_shim_extension_build_id(void);

#endif
