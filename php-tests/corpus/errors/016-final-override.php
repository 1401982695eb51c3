<?php
class P { final public function locked() {} }
class C extends P { public function locked() {} }
