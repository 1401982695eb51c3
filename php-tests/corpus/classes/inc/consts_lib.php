<?php
class Limits { const MAX = 100; const NAMES = ['lo' => 'low', 'hi' => 'high']; const RATIO = self::MAX / 8; }
const LIB_PREFIX = 'lib';
