<?php
function deepThrow(int $n) {
    if ($n === 0) throw new DomainException('thrown deep in an included file');
    return deepThrow($n - 1);
}
class ThrowingCtor { public function __construct() { throw new UnexpectedValueException('from ctor in include'); } }
