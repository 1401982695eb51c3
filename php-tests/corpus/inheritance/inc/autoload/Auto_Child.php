<?php
echo "[autoloading Auto_Child]\n";
class Auto_Child extends Auto_Base implements Auto_Iface { use Auto_Trait; }
