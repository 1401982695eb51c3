<?php
$seen = isset($localVar) ? "sees localVar=$localVar" : 'no localVar';
$createdByInclude = 'created inside include';
return $seen;
