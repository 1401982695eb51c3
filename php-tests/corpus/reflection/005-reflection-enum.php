<?php
enum Status: int implements JsonSerializable {
    case Draft = 0; case Published = 1;
    const DEFAULT = self::Draft;
    public function jsonSerialize(): mixed { return $this->name; }
    public static function fromName(string $n): self { return constant("self::$n"); }
}
enum Pure { case X; case Y; }
$re = new ReflectionEnum(Status::class);
echo $re->getName(), ' backed=', var_export($re->isBacked(), true), ' type=', $re->getBackingType(), "\n";
foreach ($re->getCases() as $c) echo get_class($c), ' ', $c->getName(), ' = ', var_export($c->getBackingValue(), true), ' value is ', $c->getValue() === Status::from($c->getBackingValue()) ? 'same' : 'diff', "\n";
var_dump($re->hasCase('Draft'), $re->hasCase('DEFAULT'), $re->isFinal(), $re->getCase('Published')->getValue());
echo json_encode(array_keys($re->getConstants())), "\n";
echo json_encode($re->getInterfaceNames()), "\n";
echo implode(',', array_map(fn($m) => $m->name, $re->getMethods())), "\n";
$rp = new ReflectionEnum('Pure');
var_dump($rp->isBacked(), $rp->getBackingType(), get_class($rp->getCase('Y')));
try { new ReflectionEnum('stdClass'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
echo Status::fromName('Published')->value, "\n";
