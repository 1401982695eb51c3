<?php
var_dump(error_get_last());
@trigger_error('silenced user warning', E_USER_WARNING);
$e = error_get_last();
echo $e['type'] === E_USER_WARNING ? 'E_USER_WARNING' : $e['type'], ' ', $e['message'], ' line ', $e['line'], ' ', basename($e['file']), "\n";
error_clear_last();
var_dump(error_get_last());
trigger_error('visible notice', E_USER_NOTICE);
trigger_error('visible deprecated', E_USER_DEPRECATED);
trigger_error('visible warning', E_USER_WARNING);
echo error_reporting(), "\n";
error_reporting(E_ALL & ~E_USER_NOTICE);
trigger_error('hidden notice', E_USER_NOTICE);
echo "notice hidden\n";
error_reporting(-1);
try { trigger_error('bad level', 12345); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
trigger_error('fatal user error', E_USER_ERROR);
echo "not reached\n";
