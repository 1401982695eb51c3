<?php
echo "compiling a child that overrides a final hook\n";
class Triangle extends Shape {
    public float $area { get => 0.5; }
    public int $sides = 3 {
        set { $this->sides = 3; }
    }
}
