<?php
spl_autoload_register(function (string $class) {
    echo "autoloader asked for $class\n";
    $f = __DIR__ . '/inc/autoload/' . $class . '.php';
    if (is_file($f)) require $f;
});
var_dump(class_exists('Auto_Child', false));
$c = new Auto_Child;
echo $c->name(), ' ', $c->traitMethod(), ' ', Auto_Child::V, "\n";
var_dump(class_exists('Nope_Missing'));
var_dump(interface_exists('Auto_Iface', false), trait_exists('Auto_Trait', false));
try { new Nope_Missing2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo Auto_Child::class, "\n";
class_alias('Auto_Child', 'AliasChild');
echo get_class(new AliasChild), ' ', (new AliasChild) instanceof Auto_Base ? 'alias works' : '', "\n";
echo implode(',', array_map('basename', array_slice(get_included_files(), 1))), "\n";
