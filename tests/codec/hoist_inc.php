<?php
echo Foo::V, "\n";
if (class_exists("Foo", false) && Foo::V === "main") { echo "taken\n"; return; }
class Foo { const V = 'inc'; }
