<?php
interface Animal {} interface Pet extends Animal {}
abstract class Base implements Pet {} class Dog extends Base {} final class Puppy extends Dog {} class Rock {}
$objs = [new Dog, new Puppy, new Rock, new ArrayObject, function () {}, new stdClass];
$classes = ['Animal', 'Pet', 'Base', 'Dog', 'Puppy', 'Rock', 'Countable', 'Traversable', 'Closure', 'stdClass', 'Undefined\\Cls'];
foreach ($objs as $o) {
    $hits = [];
    foreach ($classes as $c) if ($o instanceof $c) $hits[] = $c;
    echo get_class($o), ': ', implode(',', $hits), "\n";
}
$d = new Dog;
var_dump($d instanceof Dog, $d instanceof Puppy, !$d instanceof Rock, 'Dog' instanceof Dog, null instanceof Dog);
var_dump(is_a($d, 'Animal'), is_a('Puppy', 'Dog', true), is_subclass_of($d, 'Dog'), is_subclass_of('Puppy', 'Pet'));
echo json_encode(class_parents(new Puppy)), ' ', json_encode(class_implements('Puppy')), "\n";
$cls = Dog::class; var_dump(new Puppy instanceof $cls);
