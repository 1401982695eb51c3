<?php
echo "never printed\n";
function f() { return static::class; }
