<?php
// A small sample application: a front controller loading a few class files.
declare(strict_types=1);

spl_autoload_register(function (string $class): void {
    $file = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, strlen('Demo\\'))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});

use Demo\Catalog;
use Demo\Renderer;

$catalog = new Catalog();
echo (new Renderer())->page('Kiln demo shop', $catalog->products());
