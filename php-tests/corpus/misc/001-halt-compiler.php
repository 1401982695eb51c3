<?php
echo "offset is an int: ", var_export(is_int(__COMPILER_HALT_OFFSET__), true), "\n";
$fp = fopen(__FILE__, 'rb');
fseek($fp, __COMPILER_HALT_OFFSET__);
$data = stream_get_contents($fp);
fclose($fp);
echo 'data length: ', strlen($data), "\n";
echo 'data md5: ', md5($data), "\n";
echo "data follows:\n", $data;
$again = file_get_contents(__FILE__, false, null, __COMPILER_HALT_OFFSET__);
echo $again === $data ? "file_get_contents agrees\n" : "mismatch\n";
echo 'text before offset ends with: ', json_encode(substr(file_get_contents(__FILE__), __COMPILER_HALT_OFFSET__ - 20, 20)), "\n";
__halt_compiler();RAW DATA AFTER HALT <?php echo "this is not executed"; ?>
line two of payload
binary-ish: 	tab	and "quotes" and 'single' and \backslash
