<?php
// The included file's compile-time deprecations are emitted each time it is
// compiled: once per include (not include_once).
echo "main starts\n";
for ($i = 0; $i < 3; $i++) {
    echo "include #$i: ", include __DIR__ . '/inc/warns.php', "\n";
}
echo include_once __DIR__ . '/inc/warns.php', "\n";
