<?php
enum Suit { case Hearts; case Diamonds; case Clubs; case Spades;
    public function color(): string { return match ($this) { self::Hearts, self::Diamonds => 'Red', self::Clubs, self::Spades => 'Black' }; }
    public static function fromChar(string $c): self { foreach (self::cases() as $s) if ($s->name[0] === $c) return $s; throw new ValueError("bad $c"); }
    const Wild = self::Spades;
}
echo implode(',', array_map(fn($s) => $s->name . ':' . $s->color(), Suit::cases())), "\n";
var_dump(Suit::Hearts, Suit::Hearts === Suit::Hearts, Suit::Hearts == Suit::Spades, Suit::Hearts instanceof Suit, Suit::Wild, Suit::fromChar('C'));
var_dump(Suit::Hearts instanceof UnitEnum, Suit::Hearts instanceof BackedEnum, gettype(Suit::Clubs), get_class(Suit::Clubs));
$fn = Suit::fromChar(...); echo $fn('D')->name, "\n";
var_dump(count(Suit::cases()), constant('Suit::Clubs'), defined('Suit::Clubs'));
try { new Suit(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { clone Suit::Hearts; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump((array) Suit::Hearts, json_encode([1]) , Suit::Hearts->name);
try { echo json_encode(Suit::Hearts); } catch (Throwable $e) { echo get_class($e); }
echo json_last_error_msg(), "\n";
