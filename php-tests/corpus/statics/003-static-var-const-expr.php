<?php
const SEED = 7;
class Defaults { const START = SEED * 10; const NAMES = ['x', 'y']; }
function a() { static $v = SEED; return $v++; }
function b() { static $v = Defaults::START + 1, $names = Defaults::NAMES, $flag = PHP_INT_SIZE === 8 ? 'x64' : 'x32'; $names[] = $v++; return json_encode([$v, $names, $flag]); }
function c() { static $later = LATE_CONST; return $later; }
echo a(), a(), a(), "\n", b(), "\n", b(), "\n";
define('LATE_CONST', 'defined at runtime before first call');
echo c(), "\n";
class M { public function m() { static $x = self::X * 2; return $x++; } const X = 21; }
$m = new M; echo $m->m(), ' ', $m->m(), "\n";
function undefinedConstStatic() { static $u = UNDEFINED_THING; return $u; }
try { undefinedConstStatic(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
