<?php
// Frameless internal calls (8.4, ZEND_FRAMELESS_ICALL_0..3) in the global
// namespace, in an included file and here, with 1, 2 and 3 arguments, by-ref
// out parameters, named args and spread (which fall back to a normal call),
// and the deprecation/warning/error paths with line numbers.
require __DIR__ . '/inc/frameless_lib.php';
$words = ['apple', 'banana', 'cherry'];
echo json_encode(fl_global($words)), "\n";
$local = [
    in_array('x', $words), implode('-', $words), str_contains('haystack', 'st'), strpos('abcabc', 'c', 3), substr('xyz', -2),
    substr('xyz', 0, -1), str_replace('o', '0', 'foo boo'), trim("\tz\n"), dirname('rel/path/f'), min('10', '9'), max([1, '2', 3.5]),
    preg_match('/^(?<w>\w+)$/', 'word', $mm), $mm, array_key_exists(1, [1 => 1]), is_numeric(' 5'), is_numeric('5 '), is_numeric(1.5),
    implode(separator: '+', array: [1, 2]), str_replace(...['a', 'b', 'aaa']), in_array(needle: 2, haystack: ['2'], strict: true),
    preg_replace(pattern: '/\s+/', replacement: ' ', subject: "a  \n b"), min(...[5, 4]), strtr(...['abc', ['a' => 'z']]),
];
echo json_encode($local), "\n";
// in a loop (the cache slots of the calls are reused)
$acc = [];
foreach (['  one ', ' two', 'three  '] as $i => $w) { $acc[] = trim($w) . ':' . strlen(trim($w)) . ':' . substr($w, $i, 2) . ':' . max($i, 1); }
echo implode(' ', $acc), "\n";
// error paths
echo strlen(null), ' ', str_contains('abc', null), ' ', trim(null), "\n";
echo strpos('abc', 'd', 1) === false ? 'no' : 'yes', "\n";
echo implode(',', [1, [2], 3]), "\n";
echo preg_match('/(unclosed/', 'x'), ' ', json_encode(preg_replace('/[/', '', 'x')), "\n";
$tests = [
    'strpos offset' => fn() => strpos('abc', 'a', 10),
    'min empty' => fn() => min([]),
    'max one scalar' => fn() => max(1),
    'implode bad' => fn() => implode(',', 'notarray'),
    'in_array bad' => fn() => in_array(1, 'x'),
    'dirname levels' => fn() => dirname('/a', 0),
    'str_replace array subject' => fn() => str_replace('a', 'b', ['aa', 'ba']),
    'substr named' => fn() => substr(offset: 1, string: 'named'),
    'array_key_exists bad' => fn() => array_key_exists([], []),
];
foreach ($tests as $name => $t) {
    try { echo $name, ': ', json_encode($t()), "\n"; }
    catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
}
