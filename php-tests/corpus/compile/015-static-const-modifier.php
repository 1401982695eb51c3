<?php
echo "never printed\n";
class C { static const X = 1; }
