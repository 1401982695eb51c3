<?php
namespace Shadow;
echo "declaring Shadow\\trim and Shadow\\in_array\n";
function trim(string $s, string $chars = ' '): string { return 'user-trim(' . \trim($s, $chars) . ')'; }
function in_array(mixed $needle, array $haystack, bool $strict = false): string { return 'user-in_array(' . count($haystack) . ')'; }
