<?php
// Typed class constants (8.3): declared in an included file and here, inherited
// across files, evaluated lazily (type errors on first use), read by Reflection.
require __DIR__ . '/inc/typed_consts.php';
define('DEFINED_LATER', 'not an int');

class ChildConsts extends BaseConsts {
    const int MAX = 20;                    // same type: allowed
    const int|string ID = 7;               // wider than string|int? same set
    const int MAYBE = 5;                   // narrower than ?int: allowed
    const Suit FAVOURITE = Suit::Spades;
    const string LOCAL = self::LABEL_PREFIX . '-child';
    const string LABEL_PREFIX = 'typed';
    const int BAD_HERE = DEFINED_LATER;
}
final class Leaf extends ChildConsts {
    const int LOCAL_MAX = parent::MAX * 2;
}

echo BaseConsts::describe(), "\n", ChildConsts::describe(), "\n", Leaf::describe(), "\n";
var_dump(BaseConsts::RATIO, BaseConsts::MAYBE, ChildConsts::MAYBE, Leaf::LOCAL_MAX, ChildConsts::LOCAL);
var_dump(BaseConsts::ANY_OBJ, Suit::WILD, Suit::NONE, BaseConsts::WHATEVER, BaseConsts::LATE, HasLimits::ID, ChildConsts::ID);

foreach (['BaseConsts::BAD_LATE', 'ChildConsts::BAD_HERE', 'Leaf::BAD_HERE', 'BaseConsts::BAD_ENUM'] as $c) {
    try { var_dump(constant($c)); }
    catch (TypeError $e) { echo $c, ': ', get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
}
try { echo ChildConsts::BAD_HERE, "\n"; }
catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }

foreach ([BaseConsts::class, ChildConsts::class, Leaf::class, Suit::class, HasLimits::class] as $cls) {
    echo "== $cls\n";
    foreach ((new ReflectionClass($cls))->getReflectionConstants() as $rc) {
        $t = $rc->getType();
        printf("%s::%s hasType=%s type=%s allowsNull=%s declared=%s final=%s\n", $cls, $rc->getName(),
            var_export($rc->hasType(), true), $t === null ? '-' : (string) $t,
            $t === null ? '-' : var_export($t->allowsNull(), true),
            $rc->getDeclaringClass()->getName(), var_export($rc->isFinal(), true));
    }
}
echo new ReflectionClassConstant(ChildConsts::class, 'ID');
echo new ReflectionClassConstant(Suit::class, 'WILD');
$t = (new ReflectionClassConstant(BaseConsts::class, 'NUM'))->getType();
echo get_class($t), ' ', implode('|', array_map(fn($x) => $x->getName(), $t->getTypes())), "\n";
