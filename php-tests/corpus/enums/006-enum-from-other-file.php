<?php
use Cards\Suit;
require __DIR__ . '/inc/suit.php';
class Deck {
    const DEFAULT = Suit::Hearts;
    const ORDER = [Suit::Spades, Suit::Hearts];
    public static array $seen = [Suit::Wild];
    public function __construct(public Suit $trump = Suit::Spades) {}
}
echo Deck::DEFAULT->name, ' ', Deck::DEFAULT->color(), ' ', implode(',', array_map(fn($s) => $s->value, Deck::ORDER)), ' ', Deck::$seen[0]->name, "\n";
echo (new Deck)->trump->color(), ' ', Suit::fromChar('h')->name, ' ', Suit::Wild === Suit::Spades ? 'wild is spades' : '', "\n";
function pick(Suit $s = Suit::Hearts): string { return $s->value; }
echo pick(), pick(Suit::Spades), "\n";
var_dump(Suit::tryFrom('X'), Suit::cases()[1] instanceof Cards\HasColor);
echo (new ReflectionParameter('pick', 0))->getDefaultValueConstantName() ?? 'n/a', "\n";
