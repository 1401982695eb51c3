<?php
$s = 'The quick brown fox';
echo str_replace(['quick', 'brown'], ['slow', 'red'], $s), ' | ', substr_replace($s, 'cat', -3), ' | ', ucwords(strtolower($s)), "\n";
echo str_contains($s, 'quick') ? 'y' : 'n', str_starts_with($s, 'The') ? 'y' : 'n', str_ends_with($s, 'x') ? 'y' : 'n', ' ', stripos($s, 'QUICK'), ' ', strstr($s, 'brown'), ' ', strrchr($s, ' '), "\n";
echo json_encode(explode(' ', $s, -1)), json_encode(str_split('abcdef', 4)), ' ', implode('-', str_getcsv('a,"b,c",d')), "\n";
echo sprintf('[%s]', trim("  \t x \n")), sprintf('[%s]', rtrim('xxayxx', 'x')), sprintf('[%s]', ltrim('0012', '0')), "\n";
echo similar_text('World', 'Word'), ' ', levenshtein('kitten', 'sitting'), ' ', soundex('Robert'), ' ', metaphone('Thompson'), "\n";
echo strtr('Hi all', ['Hi' => 'Hello', 'all' => 'everyone']), ' ', strtr('abc', 'ab', 'xy'), "\n";
echo nl2br("a\nb"), ' ', strip_tags('<p>Hello <b>bold</b></p>'), ' ', str_word_count('a bc def'), "\n";
echo ucfirst('x'), lcfirst('ABC'), ' ', str_repeat('=', 5), ' ', strrev('kiln'), ' ', str_pad('7', 3, '0', STR_PAD_LEFT), "\n";
echo preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, 'a1 b22 c333'), ' ', preg_quote('a.b*c'), ' ', json_encode(preg_split('/[\s,]+/', 'a, b  c,d')), "\n";
preg_match_all('/(?<word>\w)(\d)/', 'a1 b2 c3', $m, PREG_SET_ORDER); echo json_encode($m), "\n";
echo vsprintf('%04d-%02d-%02d', explode('/', '2024/1/5')), ' ', sprintf('%s', 1.0), ' ', strval(0.1 + 0.2), "\n";
echo substr_count('hello hello', 'll'), ' ', ucwords('hello-world foo_bar', '-'), ' ', strpbrk('This is a test', 'st'), "\n";
echo implode(',', array_map('ord', str_split('AZaz'))), ' ', chr(65), ' ', dechex(ord('~')), "\n";
echo strncasecmp('Hello', 'hELLO world', 5), ' ', strnatcmp('img12', 'img10'), ' ', strnatcasecmp('A1', 'a2'), ' ', strcmp('a', 'b') < 0 ? 'lt' : 'ge', "\n";
