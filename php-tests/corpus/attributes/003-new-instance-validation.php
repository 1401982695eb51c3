<?php
#[Attribute(Attribute::TARGET_CLASS)]
class OnlyClass { public function __construct(public int $n = 0) {} }
#[Attribute(Attribute::TARGET_PROPERTY)]
class NotRepeatable {}
class NotAnAttribute {}
#[Attribute]
class Strict { public function __construct(public int $n) {} }
class Target {
    #[OnlyClass(5)] public $onProp;
    #[NotRepeatable] #[NotRepeatable] public $twice;
    #[NotAnAttribute] public $notAttr;
    #[Undefined\Attr(1, 2)] public $undefined;
    #[Strict('not-int')] public $badArg;
    #[Strict] public $missingArg;
}
$rc = new ReflectionClass(Target::class);
foreach ($rc->getProperties() as $p) {
    foreach ($p->getAttributes() as $a) {
        try { $o = $a->newInstance(); echo $p->name, ': ok ', get_class($o), "\n"; }
        catch (Throwable $e) { echo $p->name, ': ', get_class($e), ': ', preg_replace(['/, called in .*/', '/ in \S+ on line \d+/'], '', $e->getMessage()), "\n"; }
    }
}
echo $rc->getProperty('undefined')->getAttributes()[0]->getName(), ' ', json_encode($rc->getProperty('undefined')->getAttributes()[0]->getArguments()), "\n";
echo count($rc->getProperty('twice')->getAttributes()), "\n";
$filtered = (new ReflectionProperty(Target::class, 'onProp'))->getAttributes(OnlyClass::class, ReflectionAttribute::IS_INSTANCEOF);
echo count($filtered), "\n";
