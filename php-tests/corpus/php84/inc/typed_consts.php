<?php
enum Suit: string {
    case Hearts = 'H';
    case Spades = 'S';
    const self WILD = self::Spades;
    const ?self NONE = null;
    const string LABEL = 'suit';
}
interface HasLimits {
    const int MAX = 10;
    const string|int ID = 'iface';
    const array NAMES = ['a', 'b'];
}
class BaseConsts implements HasLimits {
    const ?int MAYBE = null;
    const float RATIO = 2;                 // int accepted for float
    const Suit FAVOURITE = Suit::Hearts;
    const object ANY_OBJ = Suit::WILD;
    const mixed WHATEVER = [1, 'two' => 2.5];
    const bool FLAG = true;
    const int|float NUM = 1.5;
    const iterable ITER = [1, 2];
    const int LATE = Suit::Hearts === Suit::WILD ? 1 : 2;
    const int BAD_LATE = DEFINED_LATER;     // checked when first evaluated
    const Suit BAD_ENUM = Suit::LABEL;
    public static function describe(): string { return static::class . ' ' . static::MAX . ' ' . self::FAVOURITE->name; }
}
