<?php
/**
 * A documented function.
 * @param int $x
 */
function documented(int $x) {}
/** Class doc */
class Doc {
    /** const doc */
    const C = 1;
    /** @var string property doc */
    public $p;
    /** static doc */
    public static $s;
    /**
     * Method doc
     *   with indentation kept
     */
    public function m(/** param doc? */ $a) {}
    public function undocumented() {}
    // not a doc comment
    public function lineComment() {}
    /* also not a doc comment */
    public function blockComment() {}
}
/** enum doc */
enum E { /** case doc */ case A; }
$f = /** closure doc */ function () {};
$rc = new ReflectionClass('Doc');
var_dump((new ReflectionFunction('documented'))->getDocComment());
var_dump($rc->getDocComment(), $rc->getReflectionConstant('C')->getDocComment(), $rc->getProperty('p')->getDocComment(), $rc->getProperty('s')->getDocComment());
var_dump($rc->getMethod('m')->getDocComment(), $rc->getMethod('undocumented')->getDocComment(), $rc->getMethod('lineComment')->getDocComment(), $rc->getMethod('blockComment')->getDocComment());
var_dump((new ReflectionEnum('E'))->getDocComment(), (new ReflectionEnumUnitCase('E', 'A'))->getDocComment(), (new ReflectionFunction($f))->getDocComment());
$anon = new /** anon doc */ class {};
var_dump((new ReflectionObject($anon))->getDocComment());
