<?php
declare(strict_types=1);

namespace Demo;

final class Renderer
{
    /** @param list<Product> $products */
    public function page(string $title, array $products): string
    {
        $rows = array_map(
            fn(Product $p) => sprintf('<tr><td>%s</td><td>%s</td><td>%s</td></tr>',
                htmlspecialchars($p->name), $p->category->label(), $p->price()),
            $products,
        );
        return "<!doctype html><title>" . htmlspecialchars($title) . "</title><h1>" . htmlspecialchars($title)
            . "</h1><table>" . implode('', $rows) . "</table><p><a href=\"/kiln-status.php\">Kiln status</a></p>\n";
    }
}
