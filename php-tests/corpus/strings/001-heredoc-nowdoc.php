<?php
$name = 'Kiln'; $arr = ['k' => ['n' => 'nested']]; $obj = new stdClass; $obj->p = new stdClass; $obj->p->q = 'deep';
echo <<<EOT
    Indented heredoc for $name
      keeps relative indent
    value: {$arr['k']['n']} and $arr[k] and {$obj->p->q}
    escapes: \t tab \\ backslash \$ dollar \x41 \u{1F600} \101
    EOT;
echo "\n";
echo <<<'EOT'
  nowdoc: $name {$arr} \t \n stays raw
    indented line
  EOT . "|after\n";
$s = <<<"QUOTED"
quoted heredoc $name
QUOTED;
echo $s, "\n";
echo <<<EOT
EOT;
echo "[empty heredoc above]\n";
$list = [<<<A
  one
  A, <<<B
  two
  B];
echo json_encode($list), "\n";
function withHeredocDefault($x = <<<D
    default from heredoc
    D) { return $x; }
echo withHeredocDefault(), "\n";
class H { const C = <<<'N'
    class const nowdoc
    N; }
echo H::C, "\n";
echo <<<EOT
  line with trailing spaces   
  {$name}s and ${name}
  EOT;
echo "\n";
