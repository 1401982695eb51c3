<?php
set_error_handler(function (int $no, string $str, string $file, int $line) {
    if (!(error_reporting() & $no)) { echo "[suppressed: $str]\n"; return true; }
    throw new ErrorException($str, 0, $no, $file, $line);
});
try { $x = [] ; echo $x['missing']; } catch (ErrorException $e) { echo 'converted: ', $e->getMessage(), ' sev=', $e->getSeverity(), ' line=', $e->getLine(), "\n"; }
try { echo $undefinedVar; } catch (ErrorException $e) { echo 'converted: ', $e->getMessage(), "\n"; }
echo @$alsoUndefined, "after @\n";
try { trigger_error('custom notice', E_USER_NOTICE); } catch (ErrorException $e) { echo 'converted: ', $e->getMessage(), ' ', $e->getSeverity() === E_USER_NOTICE ? 'E_USER_NOTICE' : '?', "\n"; }
restore_error_handler();
set_exception_handler(function (Throwable $t) { echo 'exception handler: ', get_class($t), ' ', $t->getMessage(), "\n"; });
$prev = set_error_handler(fn() => false);
var_dump($prev);
echo $stillUndefined ?? "coalesce no warning\n";
echo "throwing to the exception handler\n";
throw new RuntimeException('handled globally');
