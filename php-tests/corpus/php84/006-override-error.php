<?php
// #[\Override] on a method that overrides nothing (the parent's is private):
// a compile-time fatal error naming the method, in the included file.
require __DIR__ . '/inc/override_parent.php';
echo "before\n";
class OverrideFine extends OverrideBase {
    #[\Override] public function greet(): string { return 'fine'; }
    protected function tag(): string { return ''; }
}
echo (new OverrideFine)->greet(), "\n";
include __DIR__ . '/inc/override_bad.php';
echo "not reached\n";
