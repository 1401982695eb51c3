<?php
$a = ['héllo' => 1, 'ünïcödé-κλειδί-long-key' => 2, "\xff\xfe\x80abcdefgh" => 3];
$k1 = 'hé' . 'llo'; $k2 = 'ünïcödé-' . 'κλειδί-long-key'; $k3 = "\xff\xfe" . "\x80abcdefgh";
var_dump($a[$k1], $a[$k2], $a[$k3], isset($a[str_repeat('é', 1)]));
class C { const X = ['ключ' => 'v']; }
$kk = 'клю' . 'ч'; var_dump(C::X[$kk]);
