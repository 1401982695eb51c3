<?php
echo "never\n";
function f() {
    if (true) {
        return 1;
