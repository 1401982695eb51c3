<?php
$counter = 1;
$config = ['debug' => true];
function readGlobals() { return $GLOBALS['counter'] . ' ' . json_encode($GLOBALS['config']) . ' ' . var_export(isset($GLOBALS['nope']), true); }
function writeGlobals() { $GLOBALS['counter']++; $GLOBALS['config']['added'] = 1; $GLOBALS['createdInFn'] = 'created'; }
function withGlobalKeyword() { global $counter, $neverSet; $counter += 10; $neverSet = 'set via global'; }
function unsetGlobal() { global $counter; unset($counter); return isset($GLOBALS['counter']) ? 'still set globally' : 'gone'; }
echo readGlobals(), "\n";
writeGlobals(); withGlobalKeyword();
echo $counter, ' ', json_encode($config), ' ', $createdInFn, ' ', $neverSet, "\n";
echo unsetGlobal(), "\n";
$copy = $GLOBALS; $copy['counter'] = 'modified copy'; echo $counter, "\n";
echo array_key_exists('GLOBALS', $GLOBALS) ? "GLOBALS contains itself\n" : "GLOBALS does not contain itself (8.1+)\n";
foreach (['counter', 'config', '_SERVER', '_GET', 'argv', 'argc'] as $k) echo $k, ':', var_export(array_key_exists($k, $GLOBALS), true), ' ';
echo "\n";
$name = 'dyn'; $GLOBALS[$name] = 'dynamic global'; echo $dyn, "\n";
function staticVsGlobal() { static $s = 0; global $g; $g = ($g ?? 0) + 1; return ++$s + $g; }
echo staticVsGlobal(), staticVsGlobal(), "\n";
echo gettype($GLOBALS), ' ', count(array_filter(array_keys($GLOBALS), fn($k) => $k[0] !== '_')) > 5 ? 'several user globals' : 'few', "\n";
