<?php
declare(encoding='ISO-8859-1');
echo "declare(encoding) is ignored without zend.multibyte\n";
var_dump((bool) ini_get('zend.multibyte'));
