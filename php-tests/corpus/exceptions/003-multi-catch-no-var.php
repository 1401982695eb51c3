<?php
function risky(int $i) {
    return match ($i) {
        0 => throw new InvalidArgumentException('invalid'),
        1 => throw new OutOfRangeException('range'),
        2 => throw new TypeError('type'),
        3 => intdiv(1, 0),
        4 => throw new RuntimeException('runtime'),
        default => 'fine',
    };
}
for ($i = 0; $i <= 5; $i++) {
    try {
        echo risky($i), "\n";
    } catch (InvalidArgumentException | OutOfRangeException $e) {
        echo 'logic-ish: ', get_class($e), ' ', $e->getMessage(), "\n";
    } catch (TypeError | DivisionByZeroError) {
        echo "error without variable\n";
    } catch (Exception) {
        echo "generic exception without variable\n";
    }
}
try { throw new ErrorException('ee', 1, E_WARNING, 'file.php', 12); } catch (ErrorException $e) { echo $e->getSeverity(), ' ', $e->getFile(), ':', $e->getLine(), "\n"; }
