<?php
namespace App\Models;
class User { public function __construct(public string $n = 'u') {} public static function make() { return new static('made'); } public function hi() { return "hi {$this->n}"; } const KIND = 'user'; public static $count = 3; }
class Admin extends User {}
$name = 'App\Models\User';
$obj = new $name('dyn');
echo $obj->hi(), ' ', get_class($obj), "\n";
$short = __NAMESPACE__ . '\\Admin';
echo (new $short)->hi(), ' ', $short::make()->n, ' ', $short::KIND, ' ', $short::$count, "\n";
echo User::class, ' ', Admin::class, ' ', \stdClass::class, ' ', namespace\User::class, "\n";
$o = new User; echo $o::class, "\n";
$method = 'hi'; echo $o->$method(), ' ', $o->{'h' . 'i'}(), "\n";
$prop = 'n'; $o->$prop = 'changed'; echo $o->{$prop}, "\n";
$static = 'make'; echo User::$static()->n, ' ', [User::class, 'make']()->n, "\n";
$cls = ['App\Models\User', 'App\Models\Admin'];
foreach ($cls as $c) { $i = new $c(); echo $i instanceof User ? 'U' : '-', $i instanceof Admin ? 'A' : '-', ' '; }
echo "\n";
$f = fn() => new (User::class . '')('expr');
echo $f()->n, ' ', (new (trim(' App\Models\Admin ')))->n, "\n";
try { new ('App\Models\Missing'); } catch (\Error $e) { echo $e->getMessage(), "\n"; }
var_dump(class_exists('App\Models\User'), class_exists('\App\Models\User'), class_exists('User'));
echo \strlen('ns-fallback'), ' ', strtoupper('global fn fallback'), "\n";
