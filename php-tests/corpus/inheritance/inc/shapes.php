<?php
abstract class Shape { abstract public function area(): float; abstract public static function make(float ...$dims): static; public function __toString(): string { return static::class . '(' . number_format($this->area(), 2) . ')'; } }
interface Factory { public function create(): Shape; }
