<?php
// #[\Deprecated] (8.4) on functions, methods, class constants and enum cases
// from an included file and from here: the deprecation names the caller's
// file and line; inherited and overridden methods; Reflection isDeprecated().
set_error_handler(function (int $no, string $msg, string $file, int $line) {
    echo "handler[$no] $msg (", basename($file), ":$line)\n";
    return $no === E_USER_DEPRECATED && str_contains($msg, 'passthrough') ? false : true;
});
require __DIR__ . '/inc/deprecated_lib.php';
class LegacyChild extends LegacyBase {
    #[\Deprecated('child override')]
    public function fresh(): string { return parent::fresh() . '+child'; }
    #[\Deprecated('passthrough to the default handler')]
    const LOCAL = self::OLD . '!';
}
#[\Deprecated('local function')]
function local_old() { return old_plain() . '<' . __FUNCTION__; }
echo old_plain(), "\n";
echo old_api(), ' ', old_api(x: 4), "\n";
echo LegacyBase::OLD, "\n";
echo (new LegacyChild)->fresh(), "\n";
echo LegacyChild::oldStatic(), ' ', call_user_func([LegacyChild::class, 'oldStatic']), "\n";
echo local_old(), "\n";
var_dump(LegacyEnum::Old, LegacyEnum::Current);
echo constant('LegacyChild::OLD'), "\n";
$f = old_api(...);
echo $f(5), "\n";
echo array_sum(array_map('old_api', [1, 2])), "\n";
restore_error_handler();
echo LegacyChild::LOCAL, "\n";                 // default handler: message on stderr
echo old_plain(), "\n";
foreach (['old_plain', 'old_api', 'local_old', 'strlen'] as $fn) {
    $r = new ReflectionFunction($fn);
    $a = $r->getAttributes(Deprecated::class);
    echo $fn, ' deprecated=', json_encode($r->isDeprecated()), ' ', $a ? json_encode($a[0]->getArguments()) : '-', "\n";
}
foreach (['oldMethod', 'oldStatic', 'fresh'] as $m) {
    foreach ([LegacyBase::class, LegacyChild::class] as $c) {
        echo "$c::$m deprecated=", json_encode((new ReflectionMethod($c, $m))->isDeprecated()), "\n";
    }
}
foreach ([[LegacyBase::class, 'OLD'], [LegacyChild::class, 'LOCAL'], [LegacyEnum::class, 'Old'], [LegacyEnum::class, 'Current']] as [$c, $k]) {
    $rc = new ReflectionClassConstant($c, $k);
    echo "$c::$k deprecated=", json_encode($rc->isDeprecated()), "\n";
}
$d = (new ReflectionFunction('old_api'))->getAttributes()[0]->newInstance();
var_dump($d);
