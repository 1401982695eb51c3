<?php
class EmptyBag extends BagBase {
    public function fill(): static {
        $this->attrMap = ['k' => 'v'];
        $this->untyped = 'child';
        return $this;
    }
    public function get(): array { return [$this->attrMap, $this->untyped, static::$made]; }
}
class LeafBag extends MidBag {
    public function fill(): static { parent::fill(); $this->attrMap['leaf'] = true; return $this; }
    public function get(): array { return $this->attrMap; }
    public function poke(BagBase $other): array { return $other->attrMap; }
}
