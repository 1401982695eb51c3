<?php
declare(strict_types=1);
function strict_callee(int $x): string { return "strict_callee got " . var_export($x, true); }
function strict_caller_of_weak(): string { return weak_callee('5'); }          // strict file calling: strict rules apply
function strict_calls_internal(): string { try { return (string) strlen(5); } catch (TypeError $e) { return 'TypeError: ' . $e->getMessage(); } }
function strict_returns_wrong(): int { return '7'; }
function strict_callback_runner(callable $cb) { return $cb('9'); }           // the call happens here (strict)
