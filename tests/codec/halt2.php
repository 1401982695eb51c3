<?php
echo "inc offset ", __COMPILER_HALT_OFFSET__, "\n";
__halt_compiler() ?>second
