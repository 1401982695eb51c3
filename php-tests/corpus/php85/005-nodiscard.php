<?php
// #[\NoDiscard] (8.5): the warning names the function and the caller's line,
// for functions and methods from an included file and from here, inherited
// methods, calls through callables, the (void) cast suppressing it, uses that
// do consume the value; Reflection of the attribute.
set_error_handler(function (int $no, string $msg, string $file, int $line) {
    echo "handler[$no] $msg (", basename($file), ":$line)\n";
    return true;
});
require __DIR__ . '/inc/nodiscard_lib.php';
class ChildRepo extends Repo {
    #[\NoDiscard('child override')]
    public function save(): bool { return parent::save(); }
    public function saveQuietly(): void { (void) parent::save(); (void) $this->save(); }
}
#[\NoDiscard]
function local_result(): string { return 'local'; }
compute(1);
acquire('db');
(new Repo)->save();
Repo::find(1);
(new ChildRepo)->save();
ChildRepo::find(2);
local_result();
(new ChildRepo)->saveQuietly();
(void) compute(2);
(void) local_result();
$kept = compute(3);
echo $kept, ' ', compute(4) + 1, ' ', json_encode(acquire('x')), "\n";
if (Repo::find(0) === null) echo "find(0) is null\n";
$f = 'compute';
$f(5);
call_user_func('compute', 6);
compute(...)(7);
$m = [new Repo, 'save'];
$m();
array_map(compute(...), [1]);
restore_error_handler();
compute(8);                       // default handler: warning on stderr
foreach (['compute', 'acquire', 'local_result'] as $fn) {
    $a = (new ReflectionFunction($fn))->getAttributes(NoDiscard::class);
    echo $fn, ': ', json_encode($a[0]->getArguments()), ' ', json_encode($a[0]->newInstance()->message), "\n";
}
echo json_encode((new ReflectionMethod(ChildRepo::class, 'save'))->getAttributes()[0]->getArguments()), "\n";
