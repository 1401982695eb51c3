<?php
echo "start\n";
class Dup {}
if (true) {
    class Dup {}
}
echo "not reached\n";
