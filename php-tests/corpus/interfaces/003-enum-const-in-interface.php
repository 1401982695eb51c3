<?php
enum Color: string { case Red = 'r'; case Green = 'g'; }
interface Themed { const PRIMARY = Color::Red; const PALETTE = [Color::Red, Color::Green]; const NAMES = ['primary' => Color::Red->value]; }
class Theme implements Themed { const SECONDARY = Color::Green; const BOTH = [self::PRIMARY, self::SECONDARY]; }
var_dump(Theme::PRIMARY, Theme::PRIMARY === Color::Red, Themed::PALETTE[1]->name, Theme::NAMES);
echo implode(',', array_map(fn($c) => $c->value, Theme::BOTH)), "\n";
echo (new ReflectionClassConstant('Themed', 'PRIMARY'))->getValue()->name, "\n";
