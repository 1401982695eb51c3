<?php
class Fahrenheit extends Temperature {
    // redeclared: adds to the parent's hooks and calls them explicitly
    public float $celsius {
        get { $this->trace[] = 'C.get'; return parent::$celsius::get(); }
        set(int|float $value) { $this->trace[] = "C.set($value)"; parent::$celsius::set($value * 1); }
    }
    public string $unit = 'F' {
        set(string $u) { $this->unit = strtoupper($u); }
    }
    public float $fahrenheit {
        get => $this->celsius * 9 / 5 + 32;
        set { $this->celsius = ($value - 32) * 5 / 9; }
    }
    public string $label { get => 'F:' . parent::$label::get(); }
}
