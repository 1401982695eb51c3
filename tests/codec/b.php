<?php
interface I { function x(); }
abstract class Base implements I { public function y() { return 'y'; } }
class B extends Base { public function x() { return 'bx' . (new B)->y(); } }
enum Suit: string { case H = 'h'; case S = 's'; public function label(): string { return ucfirst($this->name); } }
echo Suit::from('s')->label(), "\n";
