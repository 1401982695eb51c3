<?php
namespace Cfg;
#[\Attribute(\Attribute::TARGET_CONSTANT | \Attribute::TARGET_CLASS_CONSTANT | \Attribute::IS_REPEATABLE)]
final class Meta {
    public function __construct(public string $key, public mixed $value = null) {}
}
#[Meta('unit', 'ms'), Meta('min', 0)]
const TIMEOUT = 30;
#[\Deprecated('use TIMEOUT', since: '3.0')]
const OLD_TIMEOUT = 10;
const PLAIN = 'no attributes';
