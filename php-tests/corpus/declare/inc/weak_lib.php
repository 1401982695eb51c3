<?php
function weak_callee(int $x): string { return "weak_callee got " . var_export($x, true); }
function weak_caller_of_strict(): string { return strict_callee('6'); }        // weak file calling: coercion
function weak_returns_wrong(): int { return '8'; }
function weak_callback_runner(callable $cb) { return $cb('10'); }
