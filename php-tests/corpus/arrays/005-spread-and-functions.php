<?php
$a = ['x' => 1, 'y' => 2]; $b = ['y' => 20, 'z' => 30]; $list = [1, 2];
echo json_encode([...$a, ...$b]), ' ', json_encode([...$list, ...$list, 0 => 'int keys renumbered']), ' ', json_encode([...$a, 'x' => 'override']), "\n";
function gen() { yield 'g' => 1; yield 2; }
echo json_encode([...gen(), ...new ArrayIterator(['it' => 'x'])]), "\n";
echo json_encode(array_merge($a, $b)), json_encode($a + $b), json_encode(array_replace($list, [1 => 'r'])), "\n";
$data = [['id' => 3, 'n' => 'c'], ['id' => 1, 'n' => 'a'], ['id' => 2, 'n' => 'b']];
echo json_encode(array_column($data, 'n', 'id')), ' ', json_encode(array_combine(['a', 'b'], [1, 2])), ' ', json_encode(array_flip(['a', 'b'])), "\n";
usort($data, fn($p, $q) => $p['id'] <=> $q['id']); echo implode(',', array_column($data, 'n')), "\n";
echo json_encode(array_slice([1, 2, 3, 4], 1, 2)), json_encode(array_slice(['a' => 1, 5 => 2, 9 => 3], 1, 2, true)), json_encode(array_splice($list, 0, 1, ['new', 'items'])), json_encode($list), "\n";
echo json_encode(array_unique([1, '1', 2, 2.0, 'a', 'A'])), json_encode(array_count_values(['a', 'b', 'a', 1, '1'])), json_encode(array_fill_keys(['a', 'b'], 0)), "\n";
echo json_encode(array_diff([1, 2, 3, 4], [2, 4])), json_encode(array_intersect_key(['a' => 1, 'b' => 2, 'c' => 3], ['a' => 0, 'c' => 0])), json_encode(array_diff_assoc(['a' => 1, 'b' => 2], ['a' => 1, 'b' => 3])), "\n";
echo json_encode(array_chunk([1, 2, 3, 4, 5], 2)), json_encode(array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2, true)), json_encode(array_pad([1], 3, 0)), json_encode(range('a', 'e', 2)), json_encode(range(10, 0, -5)), "\n";
$stack = [1, 2]; array_push($stack, 3, 4); array_unshift($stack, 0); echo array_pop($stack), array_shift($stack), json_encode($stack), "\n";
$nested = [1, [2, [3]]]; array_walk_recursive($nested, function (&$v, $k) { $v = $v * 10; }); echo json_encode($nested), "\n";
echo array_reduce([1, 2, 3, 4], fn($c, $i) => $c + $i, 10), ' ', json_encode(array_filter(['a' => 1, 'b' => null, 'c' => 0, 'd' => 'x'])), ' ', json_encode(array_filter([1, 2, 3, 4], fn($k) => $k % 2, ARRAY_FILTER_USE_KEY)), "\n";
echo json_encode(array_map(null, [1, 2], ['a', 'b'])), json_encode(array_map(fn($v) => $v * 2, ['x' => 1, 'y' => 2])), json_encode(array_key_first(['q' => 1, 'r' => 2])), "\n";
echo json_encode(compact('a') + ['extra' => true]), ' ', json_encode(array_search(2, [1, 2, 3])), ' ', json_encode(in_array('2', [1, 2, 3], true)), "\n";
