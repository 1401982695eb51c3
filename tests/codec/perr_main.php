<?php
echo "main"
$$ = ;
