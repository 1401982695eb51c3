<?php
interface HasLabel { public function label(): string; const DEFAULT_LABEL = 'n/a'; }
enum Planet: string implements HasLabel, JsonSerializable {
    case Mercury = 'mercury'; case Earth = 'earth'; case Mars = 'mars';
    const HOME = self::Earth;
    const INNER = [self::Mercury, self::Earth];
    const LABELS = [self::Mercury->value => 'Hot', 'earth' => 'Home'];
    public function label(): string { return self::LABELS[$this->value] ?? static::DEFAULT_LABEL; }
    public function gravity(): float { return match ($this) { self::Mercury => 3.7, self::Earth => 9.81, self::Mars => 3.71 }; }
    public static function heaviest(): self { $c = self::cases(); usort($c, fn($a, $b) => $b->gravity() <=> $a->gravity()); return $c[0]; }
    public function jsonSerialize(): mixed { return strtoupper($this->value); }
}
echo Planet::HOME->name, ' ', Planet::HOME->label(), ' ', Planet::Mars->label(), ' ', Planet::heaviest()->name, "\n";
echo implode(',', array_map(fn(HasLabel $p) => $p->label(), Planet::INNER)), "\n";
var_dump(Planet::Earth instanceof HasLabel, Planet::DEFAULT_LABEL);
echo json_encode(Planet::cases()), "\n";
trait Describes { public function describe(): string { return static::class . '::' . $this->name; } }
enum Dir { use Describes; case Up; case Down; public function opposite(): self { return match ($this) { self::Up => self::Down, self::Down => self::Up }; } }
echo Dir::Up->describe(), ' ', Dir::Up->opposite()->describe(), "\n";
