<?php
echo "[autoloading Auto_Trait]\n";
trait Auto_Trait { public function traitMethod(): string { return 'trait method in ' . self::class; } }
