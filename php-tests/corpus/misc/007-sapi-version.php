<?php
echo 'sapi ok: ', var_export(PHP_SAPI === php_sapi_name() && in_array(PHP_SAPI, ['cli', 'cgi-fcgi'], true), true), "\n";
var_dump(PHP_VERSION_ID >= 80200, PHP_VERSION_ID < 80300, PHP_MAJOR_VERSION, PHP_MINOR_VERSION);
var_dump(version_compare(PHP_VERSION, '8.2.0', '>='), PHP_VERSION_ID === PHP_MAJOR_VERSION * 10000 + PHP_MINOR_VERSION * 100 + PHP_RELEASE_VERSION);
if (PHP_VERSION_ID >= 80200) { echo "8.2 branch\n"; } else { echo "older branch\n"; }
echo E_ALL, ' ', E_ERROR | E_WARNING, ' ', E_USER_DEPRECATED, ' ', E_ALL & ~E_DEPRECATED & ~E_STRICT, "\n";
var_dump(PHP_OS_FAMILY, PHP_INT_SIZE, PHP_FLOAT_DIG, M_PI, PHP_MAXPATHLEN > 0, DIRECTORY_SEPARATOR, PATH_SEPARATOR);
var_dump(PHP_DEBUG, PHP_ZTS, is_string(PHP_BINARY), extension_loaded('Core'), extension_loaded('standard'));
