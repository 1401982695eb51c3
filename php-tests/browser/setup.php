<?php
/**
 * Browser test fixture: writes the docroot (the status page, a small app and
 * a script whose path holds HTML) and warms the cache with the app's scripts.
 * Usage: php -n setup.php <work dir> <segment name>   (KILN_SO in the environment)
 * Prints JSON: {"mode": "compiled"|"planted"|"skip: …", "scripts": [...real paths...], "hostile": "...", "victim": "..."}
 */
declare(strict_types=1);
require __DIR__ . '/../status/status.inc';

[, $work, $shm] = $argv;
$root = "$work/docroot";
$env = [
    'dir' => $work,
    'docroot' => $root,
    'shm' => $shm,
    'ini' => [
        'kiln.shm_name' => $shm,
        'kiln.shm_size' => '8M',
        'kiln.cache_dir' => "$work/cache",
        'kiln.file_update_protection' => '0',
    ],
];
@mkdir("$root/src", 0700, true);
@mkdir("$work/cache", 0700, true);
file_put_contents("$root/kiln-status.php", '<?php require ' . var_export(kst_page(), true) . ";\n");
$classes = ['Catalog' => 'return [new Product("kiln", 3), new Product("glaze", 7)];', 'Product' => '', 'Renderer' => 'return implode(",", $x);'];
foreach ($classes as $class => $body) {
    $code = "<?php\nclass $class {\n";
    $code .= $class === 'Product' ? "    public function __construct(public string \$name, public int \$qty) {}\n" : "    public function run(array \$x = []) { $body }\n";
    $code .= str_repeat("    // padding so that the scripts differ in size\n", strlen($class) * 3) . "}\n";
    file_put_contents("$root/src/$class.php", $code);
}
file_put_contents("$root/index.php", "<?php\nforeach (['Product', 'Catalog', 'Renderer'] as \$c) require __DIR__ . \"/src/\$c.php\";\n"
    . "echo '<p>', count((new Catalog())->run()), ' products</p>';\n");
// "</script>" holds a slash: the hostile part spans a directory and the file name.
mkdir("$root/x<script>alert(1)<");
$hostile = "$root/x<script>alert(1)</script>\"'.php";
file_put_contents($hostile, "<?php echo 'hostile';\n");

$scripts = array_map('realpath', ["$root/index.php", "$root/src/Catalog.php", "$root/src/Product.php", "$root/src/Renderer.php", $hostile]);
$mode = kst_warm($env, $scripts);
echo json_encode(['mode' => $mode, 'scripts' => $scripts, 'hostile' => realpath($hostile), 'victim' => realpath("$root/src/Product.php")], JSON_UNESCAPED_SLASHES), "\n";
