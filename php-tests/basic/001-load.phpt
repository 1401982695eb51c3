--TEST--
Kiln loads, registers its functions and reports its state
--FILE--
<?php
var_dump(extension_loaded('kiln'));
var_dump(function_exists('kiln_get_status'), function_exists('kiln_get_configuration'));
$s = kiln_get_status();
var_dump($s['enabled'], $s['reason'], $s['sapi']);
foreach (['size', 'used', 'free', 'wasted'] as $k) {
    var_dump(is_int($s['memory'][$k]));
}
foreach (['scripts_cached', 'scripts_removed', 'hits', 'misses', 'start_time'] as $k) {
    var_dump(is_int($s['statistics'][$k]));
}
$c = kiln_get_configuration();
var_dump($c['version']['version'] === phpversion('kiln'));
var_dump(strlen($c['version']['build_id']));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
NULL
string(3) "cli"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(64)
