<?php
namespace App\Attr;
use Attribute;
#[Attribute]
final class Tag { public function __construct(public string $v, public mixed $extra = null) {} }
#[Attribute(Attribute::TARGET_CLASS_CONSTANT)]
final class Label { public function __construct(public string $text) {} }
#[Tag('function', extra: [1, 2, [3]])]
function tagged(#[Tag('p1')] $a, #[Tag('p2'), \SensitiveParameter] $b = null) {}
enum Suit: string {
    #[Label('Red hearts')] case Hearts = 'H';
    #[Label('Black spades')] case Spades = 'S';
    case Plain = 'P';
}
$rf = new \ReflectionFunction(__NAMESPACE__ . '\tagged');
foreach ($rf->getAttributes() as $a) echo $a->getName(), ' ', json_encode($a->getArguments()), ' ', $a->newInstance()->v, "\n";
foreach ($rf->getParameters() as $p) foreach ($p->getAttributes() as $a) echo '$', $p->name, ': ', $a->getName(), ' ', json_encode($a->getArguments()), "\n";
$re = new \ReflectionEnum(Suit::class);
foreach ($re->getCases() as $case) {
    $labels = $case->getAttributes(Label::class);
    echo $case->name, ' => ', $labels ? $labels[0]->newInstance()->text : '(none)', "\n";
}
$closure = #[Tag('closure')] fn(#[Tag('cp')] $x) => $x;
$rc = new \ReflectionFunction($closure);
echo $rc->getAttributes()[0]->getArguments()[0], ' ', $rc->getParameters()[0]->getAttributes()[0]->getArguments()[0], "\n";
$anon = new #[Tag('anon-class')] class {};
echo (new \ReflectionObject($anon))->getAttributes()[0]->newInstance()->v, "\n";
