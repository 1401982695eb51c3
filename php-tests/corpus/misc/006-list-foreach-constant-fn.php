<?php
const SETTINGS = ['mode' => 'fast', 'level' => 3];
class Conf { const LIMIT = 10; const MAP = ['a' => 1]; }
foreach ([[1, [2, 3]], [4, [5, 6]]] as list($a, list($b, $c))) echo $a + $b + $c, ' ';
echo "\n";
foreach (['x' => ['id' => 1, 'tags' => ['t1']], 'y' => ['id' => 2, 'tags' => ['t2', 't3']]] as $key => ['id' => $id, 'tags' => [$first]]) echo "$key:$id:$first ";
echo "\n";
echo constant('SETTINGS')['mode'], ' ', constant('Conf::LIMIT'), ' ', constant('Conf::MAP')['a'], ' ', constant('PHP_EOL') === "\n" ? 'eol' : '', "\n";
try { constant('NOPE'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { constant('Conf::NOPE'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo json_encode(array_keys(get_defined_constants(true)['user'])), "\n";
