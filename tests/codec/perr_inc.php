<?php
echo "x"
function ( {
