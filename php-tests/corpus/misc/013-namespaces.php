<?php
namespace Lib\Util {
    const VERSION = '1.2';
    function helper() { return __FUNCTION__; }
    function strlen($s) { return 'namespaced strlen'; }
    class Tool { public static function name() { return __CLASS__ . ' in ' . __NAMESPACE__; } }
    interface Marker {}
}
namespace App {
    use Lib\Util\Tool;
    use Lib\Util\{Marker, Tool as T2};
    use function Lib\Util\helper;
    use function Lib\Util\strlen as utilStrlen;
    use const Lib\Util\VERSION;
    class Impl implements Marker {}
    echo Tool::name(), ' ', T2::name(), ' ', helper(), ' ', VERSION, "\n";
    echo strlen('abc'), ' ', utilStrlen('x'), ' ', \strlen('abcd'), ' ', \Lib\Util\strlen(''), "\n";
    echo json_encode(class_implements(new Impl)), ' ', Impl::class, ' ', namespace\Impl::class, "\n";
    function strtoupper($s) { return "App-local strtoupper($s)"; }
    echo strtoupper('x'), ' ', \strtoupper('x'), "\n";
    echo PHP_VERSION_ID > 0 ? 'global const fallback' : '', ' ', \defined('Lib\Util\VERSION') ? 'ns const defined' : '', "\n";
    $cls = 'Lib\Util\Tool'; echo $cls::name(), "\n";
    echo json_encode(array_values(array_filter(get_defined_functions()['user'], fn($f) => str_contains($f, '\\')))), "\n";
}
namespace {
    echo \App\strtoupper('global ns'), ' ', strtoupper('global'), "\n";
}
