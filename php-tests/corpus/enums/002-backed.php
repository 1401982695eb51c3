<?php
enum Http: int { case Ok = 200; case NotFound = 404; case Teapot = 418;
    public function label(): string { return ucfirst(strtolower(preg_replace('/(?<!^)[A-Z]/', ' $0', $this->name))); }
    public static function fromLabel(string $l): ?self { foreach (self::cases() as $c) if ($c->label() === $l) return $c; return null; }
}
enum Lang: string { case En = 'en'; case Fr = 'fr'; case Unicode = 'ü-日本'; }
foreach (Http::cases() as $c) echo $c->name, '=', $c->value, ' (', $c->label(), ') ';
echo "\n";
var_dump(Http::from(404), Http::tryFrom(500), Lang::from('fr'), Lang::tryFrom('de'), Lang::Unicode->value, Http::fromLabel('Not found'));
var_dump(Http::from('200'), Http::tryFrom(418.0));
foreach ([fn() => Http::from(999), fn() => Lang::from('xx'), fn() => Http::from('abc'), fn() => Lang::from(1)] as $f) {
    try { $f(); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
echo json_encode(['status' => Http::Ok, 'langs' => Lang::cases()]), "\n";
echo serialize(Lang::En), ' ', var_export(Http::Teapot, true), "\n";
echo array_sum(array_column(array_map(fn($c) => ['v' => $c->value], Http::cases()), 'v')), "\n";
echo implode(',', array_column(Http::cases(), 'value', 'name')), ' ', json_encode(array_column(Lang::cases(), 'name')), "\n";
