<?php
echo "file with a bad override\n";
class OverrideBad extends OverrideBase {
    public function greet(): string { return 'ok'; }
    protected function tag(): string { return 'ok'; }
    #[\Override]
    public function priv(): string { return 'the parent method is private'; }
}
