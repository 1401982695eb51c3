<?php
$bin = "head\0mid\0\0tail\xff\xfe\x00\x01";
echo strlen($bin), ' ', bin2hex($bin), "\n";
echo json_encode(explode("\0", $bin) === ['head', 'mid', '', "tail\xff\xfe", "\x01"]), "\n";
echo strpos($bin, "\0"), ' ', strrpos($bin, "\0"), ' ', substr_count($bin, "\0"), "\n";
const BIN_CONST = "c\0onst";
class B { const K = "\0key\0"; public $p = "prop\0val"; }
$arr = ["\0k" => 1, "k\0" => 2, 'k' => 3];
echo count($arr), ' ', bin2hex(implode('|', array_keys($arr))), "\n";
echo strlen(BIN_CONST), ' ', strlen(B::K), ' ', strlen((new B)->p), "\n";
var_dump("a\0b" === "a\0c", "a\0b" < "a\0c", strcmp("a\0b", "a"), "\0" == '');
echo base64_encode($bin), ' ', md5($bin), ' ', crc32($bin), ' ', hash('sha256', $bin), "\n";
echo bin2hex(pack('NnCa4x', 0x01020304, 0xABCD, 255, 'ab')), ' ', json_encode(unpack('Nbig/nsmall', "\x00\x00\x01\x00\xff\xff")), "\n";
$all = ''; for ($i = 0; $i < 256; $i++) $all .= chr($i);
echo strlen($all), ' ', md5($all), ' ', ord($all[200]), "\n";
echo bin2hex(serialize("x\0y")), "\n";
echo var_export("nul\0inside", true), "\n";
