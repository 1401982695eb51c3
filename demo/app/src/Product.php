<?php
declare(strict_types=1);

namespace Demo;

final class Product
{
    public function __construct(
        public readonly string $name,
        public readonly int $cents,
        public readonly Category $category,
    ) {}

    public function price(): string
    {
        return sprintf('%d.%02d €', intdiv($this->cents, 100), $this->cents % 100);
    }
}
