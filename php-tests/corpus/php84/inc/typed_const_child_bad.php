<?php
echo "compiling the bad child\n";
class TypedChildBad extends TypedChildOk {
    const string NAME = 'bad';
    const int|string COUNT = 5;            // int -> int|string: widening, fatal
}
echo "not reached\n";
