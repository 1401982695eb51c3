<?php
declare(strict_types=1);

namespace Demo;

enum Category: string
{
    case Tools = 'tools';
    case Books = 'books';

    public function label(): string
    {
        return match ($this) {
            self::Tools => 'Tools',
            self::Books => 'Books',
        };
    }
}
