<?php
require_once __DIR__ . '/inc/animal.php';
interface Loud extends Speaker { const VOLUME = 11; const MSG = self::GREETING . ' LOUDLY'; }
class Lion extends Animal implements Loud { protected function sound(): string { return 'ROAR x' . static::VOLUME . ' ' . self::MSG; } }
$l = new Lion('leo');
echo $l->speak(), "\n";
echo Lion::VOLUME, ' ', Lion::GREETING, ' ', Loud::MSG, ' ', constant('Lion::MSG'), "\n";
$rc = new ReflectionClass('Lion');
echo json_encode($rc->getConstants()), "\n";
echo $rc->getReflectionConstant('GREETING')->getDeclaringClass()->getName(), "\n";
echo json_encode($rc->getInterfaceNames()), "\n";
