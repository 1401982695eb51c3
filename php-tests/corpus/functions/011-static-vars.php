<?php
const START = 100;
function counter() { static $n = 0; return ++$n; }
function counterConst() { static $n = START * 2 + 1, $label = 'c' . 'nt', $arr = [START => 'start']; $n++; return "$label:$n:" . json_encode($arr); }
function staticArray() { static $log = []; $log[] = count($log); return implode(',', $log); }
echo counter(), counter(), counter(), "\n";
echo counterConst(), ' ', counterConst(), "\n";
staticArray(); staticArray(); echo staticArray(), "\n";
class Svc {
    public function hit() { static $hits = 0; return ++$hits; }
    public static function shit() { static $hits = 10; return ++$hits; }
}
class SubSvc extends Svc {}
$a = new Svc; $b = new Svc; $c = new SubSvc;
echo $a->hit(), $b->hit(), $a->hit(), ' sub:', $c->hit(), $c->hit(), "\n";
echo Svc::shit(), ' ', SubSvc::shit(), ' ', Svc::shit(), "\n";
function refStatic() { static $v = 0; $v++; $r = &$v; $r += 10; return $v; }
echo refStatic(), ' ', refStatic(), "\n";
function nested() { static $calls = 0; $calls++; $f = function () { static $inner = 0; return ++$inner; }; return "$calls/" . $f() . $f(); }
echo nested(), ' ', nested(), "\n";
function withUnset() { static $x = 1; $x++; $old = $x; unset($x); $x = 'local'; return "$old $x"; }
echo withUnset(), ' | ', withUnset(), "\n";
var_dump((new ReflectionFunction('counterConst'))->getStaticVariables());
$fn = 'counter'; echo $fn(), "\n";
