<?php
// Asymmetric visibility (8.4): public private(set), protected(set), implicit
// public read with private(set), readonly's implied protected(set), writes from
// a child in another file's class, promoted asymmetric properties, Reflection
// (isPrivateSet/isProtectedSet, modifiers), and the exact errors on illegal writes.
require __DIR__ . '/inc/asym_base.php';
final class Savings extends Account {
    public function __construct(string $owner, public private(set) float $rate = 0.5) { parent::__construct($owner, 7); }
    public function rename(string $o): void { $this->owner = $o; }             // protected(set): ok from child
    public function cheat(): void { $this->balance = 1000000; }                  // private(set) of parent
    public function reinitId(): void { $this->id = 9; }
    public function touchHistory(): void { $this->history[] = 'child'; }
}
$a = new Account('ann', 1);
$a->deposit(10)->deposit(5);
echo $a->balance, ' ', $a->owner, ' ', $a->iban, ' ', $a->id, ' ', json_encode($a->history()), "\n";
$s = new Savings('bob');
$s->rename('Bob');
$s->deposit(3);
echo $s->owner, ' ', $s->balance, ' ', $s->rate, "\n";
$tests = [
    'public write private(set)' => function () use ($a) { $a->balance = 5; },
    'public write protected(set)' => function () use ($a) { $a->owner = 'eve'; },
    'increment' => function () use ($a) { $a->balance++; },
    'append to private(set) array' => function () use ($a) { $a->history[] = 1; },
    'reference' => function () use ($a) { $r = &$a->balance; $r = 99; },
    'reference via method' => function () use ($a) { $r = &$a->balanceRef(); $r = 42; return $a->balance; },
    'unset' => function () use ($a) { unset($a->owner); },
    'child writes parent private(set)' => function () use ($s) { $s->cheat(); },
    'child writes readonly' => function () use ($s) { $s->reinitId(); },
    'child appends parent private(set)' => function () use ($s) { $s->touchHistory(); },
    'write promoted private(set)' => function () use ($s) { $s->rate = 2.0; },
    'implicit public write' => function () use ($a) { $a->iban = 'YY'; },
    'protected read' => fn() => $a->history,
    'scope via closure bind' => fn() => (function () { $this->balance = -1; return $this->balance; })->call($a),
];
foreach ($tests as $name => $t) {
    try { $r = $t(); echo "$name: ok ", json_encode($r), "\n"; }
    catch (Error $e) { echo $name, ': ', get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
}
foreach ([[Account::class, 'balance'], [Account::class, 'owner'], [Account::class, 'history'], [Account::class, 'iban'], [Account::class, 'id'], [Savings::class, 'rate']] as [$c, $p]) {
    $rp = new ReflectionProperty($c, $p);
    printf("%s::\$%s privateSet=%s protectedSet=%s readonly=%s mods=%s | %s", $c, $p, json_encode($rp->isPrivateSet()), json_encode($rp->isProtectedSet()),
        json_encode($rp->isReadOnly()), implode(' ', Reflection::getModifierNames($rp->getModifiers())), $rp);
}
var_dump($a);
