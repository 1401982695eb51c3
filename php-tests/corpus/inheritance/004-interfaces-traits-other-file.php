<?php
require_once __DIR__ . '/inc/traits_ifaces.php';
class Record implements Timestamped { use IdTrait, StampTrait; }
class OtherRecord implements HasId { use IdTrait; const PREFIX = 'other-'; }
$a = new Record; $b = new Record; $o = new OtherRecord;
echo $a->id(), ' ', $b->id(), ' ', $a->id(), ' ', $o->id(), ' ', $a->stamp(), "\n";
echo Record::PREFIX, ' ', OtherRecord::PREFIX, "\n";
var_dump($a instanceof HasId, $o instanceof Timestamped, class_uses($a), class_implements($a));
echo implode(',', (new ReflectionClass('Record'))->getTraitNames()), "\n";
