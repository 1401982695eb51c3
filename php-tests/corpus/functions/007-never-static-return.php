<?php
function fail(string $msg): never { throw new RuntimeException($msg); }
function bad(): never { echo "returning implicitly\n"; }
try { fail('never returns'); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
try { bad(); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
function redirect(): never { exit_like(); }
function exit_like(): never { throw new LogicException('exit-like'); }
try { redirect(); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
class Model {
    protected array $attrs = [];
    public static function create(): static { return new static(); }
    public function with(string $k, $v): static { $c = clone $this; $c->attrs[$k] = $v; return $c; }
    public function dump(): string { return static::class . json_encode($this->attrs); }
}
class User extends Model {}
echo User::create()->with('a', 1)->with('b', 2)->dump(), "\n";
echo Model::create()->dump(), "\n";
class Broken extends Model { public function with(string $k, $v): static { return new Model(); } }
try { (new Broken)->with('x', 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo (new ReflectionMethod('Model', 'create'))->getReturnType(), ' ', (new ReflectionFunction('fail'))->getReturnType(), "\n";
