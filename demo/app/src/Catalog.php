<?php
declare(strict_types=1);

namespace Demo;

final class Catalog
{
    /** @return list<Product> */
    public function products(): array
    {
        return [
            new Product('Kiln shelf', 4900, Category::Tools),
            new Product('Glaze handbook', 2450, Category::Books),
            new Product('Pyrometric cones (12)', 1290, Category::Tools),
        ];
    }
}
