<?php
interface Readable { public function read(): string; }
interface Seekable { public function seek(int $p): void; }
class File implements Readable, Seekable { private int $p = 0; public function read(): string { return "read@{$this->p}"; } public function seek(int $p): void { $this->p = $p; } }
class Stream implements Readable { public function read(): string { return 'stream'; } }
class Holder {
    public Readable&Seekable $rs;
    public (Readable&Seekable)|Stream|null $dnf = null;
    public function set((Readable&Seekable)|null $x): static { if ($x) $this->rs = $x; return $this; }
}
$h = new Holder;
$f = new File; $f->seek(3);
$h->set($f); echo $h->rs->read(), "\n";
$h->dnf = new Stream; echo $h->dnf->read(), "\n";
$h->dnf = $f; echo $h->dnf->read(), "\n";
try { $h->rs = new Stream; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $h->dnf = new stdClass; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t = (new ReflectionProperty('Holder', 'dnf'))->getType();
echo get_class($t), ' ', $t, ' ', var_export($t->allowsNull(), true), "\n";
foreach ($t->getTypes() as $sub) echo '  ', get_class($sub), ' ', $sub, "\n";
echo get_class((new ReflectionProperty('Holder', 'rs'))->getType()), "\n";
