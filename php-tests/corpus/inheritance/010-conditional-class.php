<?php
if (!class_exists('Polyfill', false)) {
    class Polyfill { const SRC = 'conditional-1'; }
}
if (!class_exists('Polyfill', false)) {
    class Polyfill { const SRC = 'conditional-2'; }
}
echo Polyfill::SRC, "\n";
if (PHP_VERSION_ID >= 80200) {
    class Impl extends Polyfill { public function v() { return 'modern ' . parent::SRC; } }
} else {
    class Impl { public function v() { return 'legacy'; } }
}
echo (new Impl)->v(), "\n";
function declareLater() { class InFunction { public $v = 'declared inside function'; } }
var_dump(class_exists('InFunction', false));
declareLater();
echo (new InFunction)->v, "\n";
$kind = 'b';
switch ($kind) { case 'a': class Sw { const K = 'A'; } break; case 'b': class Sw { const K = 'B'; } break; }
echo Sw::K, "\n";
