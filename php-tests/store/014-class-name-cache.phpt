--TEST--
php-cgi -T: class names in image strings share a per-request class cache slot (as OPcache's interned strings do): lookups by literal, array value, type and alias resolve as without Kiln, and a class declared in one request only is not found in the next
--SKIPIF--
<?php
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
exec('command -v ' . escapeshellarg($cgi), $o, $rc);
if ($rc !== 0) die('skip php-cgi not found');
?>
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('names');
$d = $c['dir'];
kt_write("$d/defs.php", <<<'PHP'
<?php
namespace App\Model;
class User { public function __construct(public string $n = 'u') {} }
class Admin extends User {}
interface Named {}
final class Team implements Named { public ?User $lead = null; public function add(User|Team $x): static { return $this; } }
PHP);
kt_write("$d/cond.php", <<<'PHP'
<?php
if (REQ === 1) { class OnlyFirst { const V = 'first'; } }
if (REQ === 2) { class OnlySecond { const V = 'second'; } }
PHP);
kt_write("$d/use.php", <<<'PHP'
<?php
use App\Model\{User, Admin, Team};
const MAP = ['u' => User::class, 'a' => 'App\Model\Admin', 't' => '\App\Model\Team', 'x' => 'App\Model\Nope'];
function show(): string {
    $out = [];
    foreach (MAP as $k => $cls) {
        $out[] = $k . '=' . (class_exists($cls) ? get_class(new $cls) : 'none');
    }
    $out[] = 'ci=' . (class_exists('APP\MODEL\USER') ? 'y:' . (new ('app\model\admin'))::class : 'n');
    $out[] = 'first=' . (class_exists('OnlyFirst', false) ? \OnlyFirst::V : 'no');
    $out[] = 'second=' . (class_exists('OnlySecond', false) ? \OnlySecond::V : 'no');
    $out[] = 'alias=' . (class_exists('TheAlias', false) ? get_class(new \TheAlias) : 'no');
    return implode(' ', $out);
}
PHP);
kt_write("$d/main.php", <<<'PHP'
<?php
$f = __DIR__ . '/req.txt';
$req = (int) @file_get_contents($f) + 1;
file_put_contents($f, (string) $req);
define('REQ', $req);
require __DIR__ . '/use.php';
echo "request $req before: ", show(), "\n";
require __DIR__ . '/defs.php';
require __DIR__ . '/cond.php';
if ($req === 2) class_alias('App\Model\Admin', 'TheAlias');
echo "request $req after: ", show(), "\n";
$t = new App\Model\Team;
$t->lead = new App\Model\Admin('boss');
echo get_class($t->add(new App\Model\User)->add($t)), ' ', $t->lead->n, ' ', $t instanceof App\Model\Named ? 'named' : '-', "\n";
try { $t->add(new stdClass); } catch (TypeError $e) { echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n"; }
try { $t->lead = new ArrayObject; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
if ($req === 3 && function_exists('kiln_get_status')) {
    file_put_contents(__DIR__ . '/status.json', json_encode(kiln_get_status()['codec']));
}
PHP);

$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
function cgi(string $cgi, array $args, string $script): string {
    $p = proc_open(array_merge([$cgi, '-n', '-q', '-d', 'display_errors=1', '-d', 'error_reporting=-1', '-d', 'html_errors=0'], $args, ['-T', '3', $script]),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $o = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    return preg_replace('/^Elapsed time: .*$/m', 'Elapsed time: X', $o);
}
$runs = [];
foreach (['plain' => [], 'cold' => kt_args($c), 'warm' => kt_args($c)] as $mode => $args) {
    @unlink("$d/req.txt");
    $runs[$mode] = cgi($cgi, $args, "$d/main.php");
}
echo $runs['plain'];
foreach (['cold', 'warm'] as $m) {
    echo "$m same: ", var_export($runs[$m] === $runs['plain'], true), "\n";
    if ($runs[$m] !== $runs['plain']) echo $runs[$m];
}
$s = json_decode(file_get_contents("$d/status.json"), true);
echo "class name slots: ", $s['class_name_slots'] >= 6 ? 'yes' : 'no: ' . $s['class_name_slots'], "\n";
kt_cleanup($c);
?>
--EXPECT--
request 1 before: u=none a=none t=none x=none ci=n first=no second=no alias=no
request 1 after: u=App\Model\User a=App\Model\Admin t=App\Model\Team x=none ci=y:App\Model\Admin first=first second=no alias=no
App\Model\Team boss named
App\Model\Team::add(): Argument #1 ($x) must be of type App\Model\User|App\Model\Team, stdClass given
Cannot assign ArrayObject to property App\Model\Team::$lead of type ?App\Model\User
request 2 before: u=none a=none t=none x=none ci=n first=no second=no alias=no
request 2 after: u=App\Model\User a=App\Model\Admin t=App\Model\Team x=none ci=y:App\Model\Admin first=no second=second alias=App\Model\Admin
App\Model\Team boss named
App\Model\Team::add(): Argument #1 ($x) must be of type App\Model\User|App\Model\Team, stdClass given
Cannot assign ArrayObject to property App\Model\Team::$lead of type ?App\Model\User
request 3 before: u=none a=none t=none x=none ci=n first=no second=no alias=no
request 3 after: u=App\Model\User a=App\Model\Admin t=App\Model\Team x=none ci=y:App\Model\Admin first=no second=no alias=no
App\Model\Team boss named
App\Model\Team::add(): Argument #1 ($x) must be of type App\Model\User|App\Model\Team, stdClass given
Cannot assign ArrayObject to property App\Model\Team::$lead of type ?App\Model\User

Elapsed time: X
cold same: true
warm same: true
class name slots: yes
