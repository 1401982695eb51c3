<?php
/**
 * IDE stubs for the Kiln extension. Not loaded by PHP.
 * @generate-function-entries
 */

/**
 * State, memory and statistics of the shared-memory segment this process uses.
 * Returns false (with a warning) when kiln.restrict_api forbids the caller.
 *
 * @return array{enabled: bool, reason: ?string, version: string, sapi: string,
 *   segment: array{name: string, attached: bool, state: string},
 *   memory: array{size: int, used: int, free: int, wasted: int},
 *   statistics: array<string, int|float>,
 *   scripts?: list<array{path: string, tier: string, raw_size: int, stored_size: int, compressed: bool,
 *     hits: int, last_used: int, created: int, mtime: int, size: int}>}|false
 */
function kiln_get_status(bool $with_scripts = true): array|false {}

/**
 * The effective kiln.* settings and the build identity.
 *
 * @return array{directives: array<string, bool|int|string>, version: array<string, string>}|false
 */
function kiln_get_configuration(): array|false {}

/** Drops every cached script of this user's segment and disk tier. */
function kiln_reset(): bool {}

/**
 * Invalidates one script: without $force only if the file changed or is gone
 * since it was cached. Returns whether an entry was removed.
 */
function kiln_invalidate(string $path, bool $force = false): bool {}

/**
 * Drops every cached script under the directory $dir (an absolute name; its
 * real path when it exists) from shared memory and disk, for every process
 * of this user. Returns how many scripts were dropped, false for a relative
 * or empty name.
 */
function kiln_invalidate_prefix(string $dir): int|false {}

/** Whether the current version of $path is cached (shared memory or disk). */
function kiln_is_script_cached(string $path): bool {}

/**
 * Compiles and caches $path without executing it (its functions and classes
 * become declared, as with opcache_compile_file()).
 */
function kiln_compile_file(string $path): bool {}
