<?php
class Config {
    public array $loaded = [];
    public function __construct(public string $source = 'default', public int $version = 0) {
        echo "  Config::__construct($source, $version)\n";
    }
    public function get(string $k): string { return "$this->source/$k@$this->version"; }
}
class ConfigChild extends Config {
    public string $extra = 'extra';
}
function make_ghost_initializer(string $src): Closure {
    return static function (Config $ghost) use ($src): void {
        echo "  ghost initializer for ", get_class($ghost), "\n";
        $ghost->__construct($src, 2);
    };
}
function make_proxy_factory(string $src): Closure {
    return static function (Config $proxy) use ($src): Config {
        echo "  proxy factory for ", get_class($proxy), "\n";
        return new Config($src, 3);
    };
}
