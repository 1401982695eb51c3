<?php
final readonly class Point {
    public function __construct(public int $x = 0, public int $y = 0, public string $label = 'p') {}
    public function withX(int $x): static { return clone($this, ['x' => $x]); }
}
class Settings {
    public array $log = [];
    public function __construct(public string $mode = 'a', protected int $level = 1, private string $secret = 's', public private(set) int $ver = 1) {}
    public function __clone() { $this->log[] = "__clone mode={$this->mode}"; }
    public function level(): int { return $this->level; }
    public function with(array $props): static { return clone($this, $props); }
    public int $hooked = 0 { set { $this->log[] = "hook set $value"; $this->hooked = $value * 2; } }
}
