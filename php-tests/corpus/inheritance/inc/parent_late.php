<?php
class LateParent {
    public function __construct(public string $tag = 'late') {}
    public function hello(): string { return 'LateParent::hello for ' . static::class; }
}
