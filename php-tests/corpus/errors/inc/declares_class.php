<?php
echo "declares_class.php executing\n";
class OnlyOnce { const WHERE = 'declares_class.php'; }
