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
 *   statistics: array<string, int|float>}|false
 */
function kiln_get_status(): array|false {}

/**
 * The effective kiln.* settings and the build identity.
 *
 * @return array{directives: array<string, bool|int|string>, version: array<string, string>}|false
 */
function kiln_get_configuration(): array|false {}
