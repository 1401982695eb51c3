<?php
readonly class Stamp {
    public function __construct(public int $n) {}
}
class Plain { public function __construct(public readonly int $n) {} }
readonly class Document {
    public function __construct(public string $title, public Stamp $stamp, public array $tags = []) {}
    public function __clone() {
        $this->stamp = new Stamp($this->stamp->n + 1);   // 8.3: allowed once in __clone
        $this->tags = [...$this->tags, 'copy'];
    }
    public static function untitled(): static { return new static('untitled', new Stamp(0)); }
}
