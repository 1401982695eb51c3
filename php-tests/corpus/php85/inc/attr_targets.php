<?php
#[Attribute(Attribute::TARGET_METHOD)]
final class MethodOnly { public function __construct(public ?Closure $cb = null) {} }
#[Attribute(Attribute::TARGET_CONSTANT)]
final class ConstOnly {}
#[Attribute(Attribute::TARGET_PROPERTY | Attribute::TARGET_CLASS_CONSTANT)]
final class Single { public function __construct(public int $n = 0) {} }
abstract class AttrParent {
    #[MethodOnly(static function () { return 'cb from parent'; })]
    public function run() {}
    #[ConstOnly]
    const PARENT_CONST = 1;
}
