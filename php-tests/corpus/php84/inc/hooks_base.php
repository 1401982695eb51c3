<?php
interface Named {
    public string $name { get; }
    public string $slug { get; set; }
}
interface Writable { public int $size { set; } }
abstract class Shape implements Named {
    public array $log = [];
    // backed: the hooks use $this->name, so it has storage
    public string $name = 'shape' {
        get { $this->log[] = 'get name'; return ucfirst($this->name); }
        set(string $value) { $this->log[] = "set name=$value"; $this->name = strtolower($value); }
    }
    // virtual: no hook touches $this->slug
    public string $slug {
        get => str_replace(' ', '-', strtolower($this->name));
        set(string $raw) { $this->name = str_replace('-', ' ', $raw); }
    }
    abstract public float $area { get; }
    public int $sides = 0 {
        final set { if ($value < 0) throw new ValueError("negative sides: $value"); $this->sides = $value; }
    }
    public function __construct(public int $scale = 1 { set => max(1, $value); }) {}
}
