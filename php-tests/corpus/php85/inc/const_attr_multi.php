<?php
echo "never printed: the file does not compile\n";
#[Cfg\Meta('both')]
const ONE = 1, TWO = 2;
