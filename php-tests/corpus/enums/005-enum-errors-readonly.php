<?php
enum Level: int { case Low = 1; case High = 3; }
$tests = [
    'write value' => function () { $l = Level::Low; $l->value = 5; },
    'write name' => function () { $l = Level::Low; $l->name = 'X'; },
    'dynamic prop' => function () { $l = Level::High; $l->extra = 1; },
    'unset' => function () { $l = Level::High; unset($l->value); },
    'from wrong' => fn() => Level::from(2),
    'undefined case' => fn() => Level::Medium,
    'compare' => fn() => var_dump(Level::Low < Level::High),
    'new via reflection' => fn() => (new ReflectionClass(Level::class))->newInstance(),
    'ref' => function () { $l = Level::Low; $r = &$l->value; },
];
foreach ($tests as $n => $t) {
    try { $t(); echo "$n: no error\n"; } catch (Throwable $e) { echo "$n: ", get_class($e), ': ', $e->getMessage(), "\n"; }
}
var_dump(enum_exists('Level'), enum_exists('Nope'), enum_exists('stdClass'), class_exists('Level'), Level::High->value + Level::Low->value);
var_dump((new ReflectionClass('Level'))->isEnum(), (new ReflectionClass('Level'))->isFinal());
