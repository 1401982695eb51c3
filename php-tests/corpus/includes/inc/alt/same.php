<?php
return 'alt/same.php';
