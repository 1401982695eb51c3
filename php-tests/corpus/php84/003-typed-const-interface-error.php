<?php
// An untyped constant cannot redeclare a typed interface constant; the class is
// declared in the entry script against an interface from an included file.
require __DIR__ . '/inc/typed_const_parent.php';
echo TypedParent::show(), "\n";
class Implementor implements Versioned {
    const VERSION = 'untyped';
}
echo "not reached\n";
