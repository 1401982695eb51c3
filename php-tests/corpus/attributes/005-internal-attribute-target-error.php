<?php
// #[Attribute] may only target classes: a compile-time fatal error.
echo "never printed\n";
#[Attribute]
function notAClass() {}
