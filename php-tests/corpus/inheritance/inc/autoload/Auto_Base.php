<?php
echo "[autoloading Auto_Base]\n";
abstract class Auto_Base { public function name(): string { return static::class; } }
