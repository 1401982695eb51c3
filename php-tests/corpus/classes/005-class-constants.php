<?php
interface HasVersion { const VERSION = '1.0'; const MAJOR = 1; }
class Base implements HasVersion {
    const A = 10;
    const B = self::A * 2;
    const C = self::B + static_helper::X;
    const ARR = [self::A => 'ten', 'b' => self::B, 'nested' => [self::VERSION, HasVersion::MAJOR]];
    const STR = 'v' . self::VERSION . '-' . PHP_INT_SIZE;
    const COND = self::A > 5 ? 'big' : 'small';
    const BITS = E_ALL & ~E_DEPRECATED;
    const ENUMISH = ['x' => self::B, ...[1, 2]];
    final public const FINAL = 'final';
    protected const PROT = 'prot';
    private const PRIV = 'priv';
    public static function read() { return [static::A, self::A, static::PROT, self::PRIV]; }
}
class static_helper { const X = 5; }
class Child extends Base { const A = 100; const D = parent::B + 1; protected const PROT = 'child-prot'; }
echo Base::A, ' ', Base::B, ' ', Base::C, ' ', Base::STR, ' ', Base::COND, ' ', Base::BITS, "\n";
echo json_encode(Base::ARR), ' ', json_encode(Base::ENUMISH), "\n";
echo Child::A, ' ', Child::B, ' ', Child::D, ' ', Child::VERSION, ' ', Child::FINAL, "\n";
echo json_encode(Base::read()), ' ', json_encode(Child::read()), "\n";
$n = 'Child'; echo $n::A, ' ', constant('Child::D'), ' ', constant("$n::STR"), "\n";
try { echo Base::PRIV; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo Base::NOPE; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$o = new Child; echo $o::A, ' ', $o::class, "\n";
$rc = new ReflectionClass('Child');
echo json_encode($rc->getConstants()), "\n";
$cc = $rc->getReflectionConstant('FINAL');
var_dump($cc->isFinal(), $rc->getReflectionConstant('PROT')->isProtected(), $cc->getDeclaringClass()->name);
