<?php
echo "after a UTF-8 BOM (the BOM itself is output as inline HTML)\n";
