<?php
class Defaults { const GREETING = 'hello'; const TIMES = 2; }
define('LATE_SEPARATOR', ' | ');
