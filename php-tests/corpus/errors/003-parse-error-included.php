<?php
echo "wrapper prints first\n";
try {
    include __DIR__ . '/inc/syntax_error.php';
} catch (ParseError $e) {
    echo 'caught ', get_class($e), ': ', $e->getMessage(), ' at ', basename($e->getFile()), ':', $e->getLine(), "\n";
}
echo "wrapper continues, now including it uncaught\n";
include __DIR__ . '/inc/syntax_error.php';
echo "not reached\n";
