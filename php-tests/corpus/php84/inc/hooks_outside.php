<?php
echo "never printed: the file does not compile\n";
class PeekParent extends Temperature {
    public function peek(): float { return parent::$celsius::get(); }
}
