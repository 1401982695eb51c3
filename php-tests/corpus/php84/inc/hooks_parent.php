<?php
class Temperature {
    public array $trace = [];
    public float $celsius = 0.0 {
        get { $this->trace[] = 'P.get'; return $this->celsius; }
        set(float|int $c) { $this->trace[] = "P.set($c)"; $this->celsius = round($c, 1); }
    }
    public string $unit = 'C';                      // plain property, hooked in a child
    public string $label { get => sprintf('%.1f%s', $this->celsius, $this->unit); }
    public function dump(): string { return static::class . ' ' . $this->label . ' [' . implode(' ', $this->trace) . ']'; }
}
