<?php
function shared_name() { return 'from declares_fn_again.php'; }
