<?php
require __DIR__ . '/../../status/kiln-status.php';
