<?php
class ChildInInclude extends MainParent {
    public function describe(): string { return 'child from include, parent says: ' . parent::describe(); }
}
