<?php
function slugify_suffix(string $s): string { return $s . '-' . strlen($s); }
function sort_copy(array $a): array { sort($a); return $a; }
function needs_two($a, $b) { return $a . $b; }
final class Multiplier {
    public function __construct(private int $k) {}
    public function __invoke(int $v): int { return $v * $this->k; }
    public static function half(int $v): float { return $v / 2; }
}
function pipe_class_step(string $s): string { return $s |> (fn($x) => str_repeat($x, 3)) |> (fn($r) => "step:$r"); }
