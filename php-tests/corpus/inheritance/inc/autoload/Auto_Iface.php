<?php
echo "[autoloading Auto_Iface]\n";
interface Auto_Iface { const V = 'iface-const'; }
