<?php
class OverrideChild extends OverrideBase {
    use TraitWithOverride;
    #[\Override] public function greet(): string { return 'hello from ' . $this->name() . ' ' . $this->tag(); }
    #[\Override] protected function tag(): string { return '[child]'; }
    public function __construct() { parent::__construct(); }
}
