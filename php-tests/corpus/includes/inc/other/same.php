<?php
return 'other/same.php';
