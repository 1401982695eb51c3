<?php
abstract class BagBase implements JsonSerializable {
    protected array $attrMap = [];
    protected static int $made = 0;
    private string $secret = 'base-secret';
    protected $untyped = 'u';
    public function __construct() { static::$made++; }
    public function secret(): string { return $this->secret; }
    public function jsonSerialize(): mixed { return [static::class, $this->attrMap]; }
    abstract public function fill(): static;
}
class MidBag extends BagBase {
    protected array $attrMap = ['mid' => 1];
    public function fill(): static { $this->attrMap['mid']++; return $this; }
}
