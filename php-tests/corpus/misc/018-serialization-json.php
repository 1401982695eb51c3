<?php
$data = ['int' => 1, 'float' => 1.5, 'neg' => -0.0, 'big' => 1e100, 'str' => "quote\" slash/ uni é", 'null' => null, 'bool' => false, 'list' => [1, 2], 'empty' => [], 'obj' => new stdClass, 'nested' => ['a' => ['b' => ['c' => 1]]]];
echo json_encode($data), "\n";
echo json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION), "\n";
echo json_encode([1 => 'a', 2 => 'b']), json_encode([0 => 'a', 1 => 'b']), json_encode((object) []), json_encode([], JSON_FORCE_OBJECT), "\n";
var_dump(json_decode('{"a":{"b":[1,2,{"c":null}]},"d":1.0,"e":12345678901234567890}', true));
var_dump(json_decode('[1', true), json_last_error(), json_last_error_msg());
$s = serialize($data); echo strlen($s), ' ', md5($s), "\n";
var_dump(unserialize($s) == $data);
var_export($data); echo "\n";
echo var_export(1.0, true), ' ', var_export(0.1, true), ' ', var_export(-INF, true), ' ', var_export("multi\nline", true), "\n";
