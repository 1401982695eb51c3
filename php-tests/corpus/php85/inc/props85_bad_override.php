<?php
echo "never printed: the class fails to link\n";
class BadOverride extends Registry {
    #[\Override] public string $subtitle = 'nothing to override';
}
