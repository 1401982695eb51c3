<?php
require_once __DIR__ . '/chain_a.php';
class ChainB extends ChainA { const LEVEL = 'B'; public function levels(): array { return [...parent::levels(), self::LEVEL]; } }
