<?php
class Boom extends RuntimeException {}
function explode_() { throw new Boom('uncaught at top level', 5, new LogicException('the cause')); }
register_shutdown_function(function () { echo "shutdown function still runs\n"; });
echo "before\n";
explode_();
echo "never printed\n";
