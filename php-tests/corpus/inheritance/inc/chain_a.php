<?php
class ChainA { const LEVEL = 'A'; public function levels(): array { return [self::LEVEL]; } public function who(): string { return static::class; } }
