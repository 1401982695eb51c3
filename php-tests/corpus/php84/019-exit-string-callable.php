<?php
// exit as a callback of an internal function (array_map) with pending output
// buffers: the buffer is flushed through its handler and the status is 7;
// exit with a string through call_user_func inside a shutdown function adds it.
ob_start(fn(string $b) => strtoupper($b));
echo "buffered text\n";
register_shutdown_function(function () { echo "shutdown\n"; call_user_func('exit', "string from shutdown\n"); echo "not reached in shutdown\n"; });
array_map('exit', [7, 8]);
echo "not reached\n";
