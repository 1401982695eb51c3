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
    /* FNV-1a over the serialised handler index of every opcode for every
     * operand type combination: two builds whose VMs number their handlers
     * differently get different fingerprints. */
    static const uint8_t types[] = { IS_UNUSED, IS_CONST, IS_TMP_VAR, IS_VAR, IS_CV };
    uint64_t h = 0xcbf29ce484222325ULL;
    /* Some specialisations look at the next opline (OP_DATA, smart branch). */
    zend_op ops[2];
    for (unsigned opc = 0; opc <= ZEND_VM_LAST_OPCODE; opc++) {
        for (unsigned a = 0; a < sizeof(types); a++) {
            for (unsigned b = 0; b < sizeof(types); b++) {
                memset(ops, 0, sizeof(ops));
                ops[0].opcode = (uint8_t) opc;
                ops[0].op1_type = types[a];
                ops[0].op2_type = types[b];
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
    }
    return h;
}
