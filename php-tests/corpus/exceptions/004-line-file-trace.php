<?php
require __DIR__ . '/inc/thrower.php';
class Svc { public function run(array $a) { return array_map(fn($x) => deepThrow($x), $a); } public static function go() { (new self)->run([2]); } }
function rel(string $s): string { return str_replace(__DIR__, '<DIR>', $s); }
try { Svc::go(); } catch (DomainException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    echo basename($e->getFile()), ':', $e->getLine(), "\n";
    echo rel($e->getTraceAsString()), "\n";
    foreach ($e->getTrace() as $i => $fr) echo "#$i ", isset($fr['file']) ? basename($fr['file']) . ':' . $fr['line'] : '[internal]', ' ', $fr['class'] ?? '', $fr['type'] ?? '', $fr['function'], "\n";
}
try { new ThrowingCtor; } catch (Exception $e) { echo basename($e->getFile()), ':', $e->getLine(), ' ', rel($e->getTraceAsString()), "\n"; }
$e = new Exception('created here');
echo $e->getLine(), ' ', basename($e->getFile()), "\n";
echo rel((string) new RuntimeException('to string')), "\n";
function thrower() { throw new Exception('x'); }
try { thrower(); } catch (Exception $e) { echo $e->getTrace()[0]['function'], ' line=', $e->getTrace()[0]['line'], "\n"; }
$lines = [__LINE__, (new Exception)->getLine(), __LINE__];
echo json_encode($lines), "\n";
