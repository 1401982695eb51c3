<?php
function rel_path(string $p): string { return str_replace(dirname(__DIR__), '<includes>', $p); }
echo 'inc __FILE__: ', rel_path(__FILE__), "\n";
echo 'inc __DIR__: ', rel_path(__DIR__), "\n";
echo 'inc __LINE__: ', __LINE__, "\n";
function where() { return rel_path(__FILE__) . ':' . __LINE__ . ' ' . __FUNCTION__; }
class Where { public function m() { return __CLASS__ . '::' . __FUNCTION__ . ' ' . __METHOD__ . ' line ' . __LINE__; } }
return __LINE__;
