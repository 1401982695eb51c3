<?php
foreach ([5, 'str', 1.5, null, true, [1, 2], new stdClass, str_repeat('x', 30)] as $v) {
    try {
        echo match ($v) { 1 => 'one', 2 => 'two' };
    } catch (\UnhandledMatchError $e) {
        echo get_class($e), ': ', $e->getMessage(), ' @ line ', $e->getLine(), "\n";
    }
}
echo "uncaught follows\n";
echo match (99) { 1 => 'x' };
echo "not reached\n";
