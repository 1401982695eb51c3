<?php
// new Foo()->member without wrapping parentheses (8.4): methods, properties,
// array access, constants, static members, invoke, anonymous classes, dynamic
// class names, nullsafe; the class comes from an included file and a child here.
require __DIR__ . '/inc/fluent_lib.php';
class SubBuilder extends Builder { const PREFIX = 'sub:'; }
echo new Builder()->add('a')->add('b')->build(), "\n";
echo new SubBuilder('x')->add('y')->build(), "\n";
echo new Builder('p')->seed, ' ', new Builder()->list['k'], ' ', new Builder()::PREFIX, ' ', new SubBuilder()::$made, "\n";
echo new Builder()('arg'), "\n";
$cls = 'SubBuilder';
echo new $cls('dyn')->build(), ' ', new (trim(' Builder '))('expr')->build(), "\n";
echo new class { public function hi() { return 'anon hi'; } }->hi(), "\n";
echo new class('z') extends Builder {}->add('anon')->build(), "\n";
var_dump(new Builder()?->add('n')?->parts);
echo json_encode(new ArrayObject([3, 1, 2])->getArrayCopy()), ' ', new DateTimeZone('UTC')->getName(), "\n";
$fn = new Builder()->build(...);
echo $fn(), ' ', Builder::$made, "\n";
try { new Builder()->missing(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
try { echo new Builder()->nope, "\n"; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
