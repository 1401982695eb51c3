<?php return new class { public $v = 1; };
