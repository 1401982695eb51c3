<?php
echo "this file never runs\n";
function broken( {
    return 1;
}
