<?php
interface Greets { public function greet(): string; }
abstract class OverrideBase implements Greets {
    public function name(): string { return 'base'; }
    abstract protected function tag(): string;
    public function __construct() {}
    private function priv(): string { return 'private base'; }
}
trait TraitWithOverride {
    #[\Override]
    public function name(): string { return 'trait(' . parent::name() . ')'; }
}
