<?php
echo "hello", " ", "world", "\n";
print "print returns " . print("") . "\n";
$r = print "x\n";
echo "r=$r\n";
echo 1, 2.5, true, false, null, "\n";
echo 'single $quoted\n', "\n";
echo <<<TXT
  line one
    line two
  TXT;
echo "\n";
printf("%s-%d-%05.2f\n", "a", 42, 3.14159);
echo implode(",", [1, 2, 3]), PHP_EOL;
?>
trailing inline html <?= 1 + 2 ?> end
<?php echo "after close tag\n";
