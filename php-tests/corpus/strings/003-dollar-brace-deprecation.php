<?php
// PHP 8.2 deprecates "${var}" and "${expr}" interpolation. These are emitted
// while compiling the file, before any of its code runs.
echo "first line of the script\n";
$name = 'world';
$key = 'name';
echo "Hello ${name}!\n";
echo "Variable variable: ${$key}\n";
$arr = ['a' => 'A'];
echo "Array: ${arr['a']}\n";
echo "OK form: {$name}\n";
