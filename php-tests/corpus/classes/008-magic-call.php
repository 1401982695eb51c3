<?php
class Proxy {
    private array $calls = [];
    public function __call(string $name, array $args) { $this->calls[] = $name; return "$name(" . json_encode($args) . ')'; }
    public static function __callStatic(string $name, array $args) { return "static $name(" . implode(',', $args) . ')'; }
    public function real() { return 'real method'; }
    private function priv() { return 'private'; }
    public function log() { return implode(',', $this->calls); }
}
$p = new Proxy;
echo $p->anything(1, 'two'), "\n";
echo $p->real(), "\n";
echo $p->priv(), "\n";
echo Proxy::build('x', 'y'), "\n";
echo $p->named(a: 1, b: 2), "\n";
$m = 'dynamic'; echo $p->$m(), "\n";
echo call_user_func([$p, 'viaCallUserFunc'], 9), "\n";
echo call_user_func('Proxy::staticViaCuf'), "\n";
echo $p->log(), "\n";
class Fluent { private array $parts = []; public function __call($n, $a) { $this->parts[] = $n . ($a ? '=' . $a[0] : ''); return $this; } public function __toString(): string { return implode('&', $this->parts); } }
echo (new Fluent)->select('a')->from('t')->where('x')->limit(5)->distinct(), "\n";
class NoMagic {}
try { (new NoMagic)->missing(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { NoMagic::missing(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
