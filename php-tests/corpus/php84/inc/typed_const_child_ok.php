<?php
class TypedChildOk extends TypedParent {
    const int COUNT = 4;
    const string NAME = 'child';           // ?string -> string: narrower, allowed
    const int VERSION = 2;                 // int|string -> int: allowed
}
