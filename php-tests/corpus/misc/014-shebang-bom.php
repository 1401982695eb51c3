#!/usr/bin/env php
<?php
// A shebang line is skipped by the CLI and CGI (it is not output).
echo "line after shebang, __LINE__=", __LINE__, "\n";
$t = new Exception('x'); echo 'exception line ', $t->getLine(), "\n";
