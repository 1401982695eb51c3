<?php
// LateChild's parent lives in a file that is only included at run time, so the
// class cannot be bound at compile time: it is declared when execution reaches
// its declaration (delayed early binding), not hoisted.
require __DIR__ . '/inc/parent_late.php';
var_dump(class_exists('LateChild', false));
try {
    $c = new LateChild();
    echo "constructed before declaration: ", $c->hello(), "\n";
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "reaching the declaration\n";
class LateChild extends LateParent {
    public function hello(): string { return 'LateChild override -> ' . parent::hello(); }
}
var_dump(class_exists('LateChild', false));
$c = new LateChild('x');
echo $c->hello(), ' ', $c->tag, "\n";
// A class without a parent IS hoisted and usable before its declaration.
echo (new Hoisted)->v, "\n";
class Hoisted { public $v = 'hoisted plain class'; }
