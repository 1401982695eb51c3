<?php
trait Loud { public function talk() { return 'LOUD'; } public function shout() { return 'AAA'; } }
trait Quiet { public function talk() { return 'quiet'; } public function whisper() { return 'psst'; } }
class Speaker {
    use Loud, Quiet {
        Loud::talk insteadof Quiet;
        Quiet::talk as quietTalk;
        shout as protected protectedShout;
        whisper as private;
        Loud::shout as yell;
    }
    public function test() { return $this->protectedShout() . ' ' . $this->whisper(); }
}
$s = new Speaker;
echo $s->talk(), ' ', $s->quietTalk(), ' ', $s->yell(), ' ', $s->shout(), ' ', $s->test(), "\n";
try { $s->whisper(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $s->protectedShout(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$methods = array_map(fn($m) => $m->name . ':' . implode(' ', Reflection::getModifierNames($m->getModifiers())), (new ReflectionClass('Speaker'))->getMethods());
sort($methods);
echo implode(', ', $methods), "\n";
echo json_encode((new ReflectionClass('Speaker'))->getTraitAliases()), "\n";
