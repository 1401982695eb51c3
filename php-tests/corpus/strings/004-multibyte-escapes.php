<?php
$s = "Grüße, 日本語, emoji 😀, Ελληνικά";
echo $s, "\n", strlen($s), ' ', preg_match_all('/./u', $s), "\n";
echo strtoupper('grüße'), ' ', ucfirst('élan'), ' ', strrev('abc'), "\n";
echo json_encode($s), ' ', json_encode($s, JSON_UNESCAPED_UNICODE), "\n";
echo bin2hex('é'), ' ', bin2hex("\u{e9}"), ' ', "\u{1F600}" === '😀' ? 'same' : 'diff', "\n";
echo htmlspecialchars('<b>"Ü"</b> & \''), "\n";
echo str_pad('日本', 10, '*', STR_PAD_BOTH), "|\n";
var_dump(substr('日本語', 0, 3), substr('日本語', 1, 2) === "\x97\xa5");
$ids = ['ñandú' => 1, 'İstanbul' => 2, '東京' => 3];
ksort($ids); echo json_encode($ids, JSON_UNESCAPED_UNICODE), "\n";
echo preg_replace('/\p{Han}/u', 'X', $s), "\n";
echo implode(',', preg_split('//u', 'añb', -1, PREG_SPLIT_NO_EMPTY)), "\n";
echo utf8_encode("\xe9"), "\n";
echo wordwrap('The quick brown fox sat over the lazy dog', 15, "\n", true), "\n";
echo chunk_split('abcdefg', 3, '|'), "\n";
echo addslashes("O'Re\"il\\ly"), ' ', stripslashes('a\\\'b'), ' ', quotemeta('1+1=2?'), "\n";
