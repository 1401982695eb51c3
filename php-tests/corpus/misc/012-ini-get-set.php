<?php
foreach (['precision', 'serialize_precision', 'memory_limit', 'display_errors', 'error_reporting', 'html_errors', 'zend.assertions', 'date.timezone', 'default_charset', 'max_execution_time', 'short_open_tag', 'nonexistent.setting'] as $k) {
    echo $k, '=', var_export(ini_get($k), true), "\n";
}
$old = ini_set('precision', '5'); echo "old=$old now=", ini_get('precision'), ' ', M_PI, "\n";
ini_restore('precision'); echo 'restored=', ini_get('precision'), "\n";
var_dump(ini_set('nonexistent.setting', '1'));
echo date_default_timezone_get(), ' ', date('Y-m-d H:i:s', 86400 * 365), ' ', gmdate('D, d M Y', 1000000000), "\n";
$d = new DateTimeImmutable('2020-02-29 12:00:00', new DateTimeZone('UTC'));
echo $d->modify('+1 year')->format('Y-m-d'), ' ', $d->format(DATE_ATOM), ' ', $d->diff(new DateTimeImmutable('2021-01-01', new DateTimeZone('UTC')))->days, "\n";
echo ini_get_all('date', false)['date.timezone'], "\n";
