<?php
class Address { public function __construct(public ?string $city = null, public ?Address $next = null) {} public function upper(): ?string { return $this->city ? strtoupper($this->city) : null; } }
class User { public function __construct(public ?Address $address = null) {} public function getAddress(): ?Address { return $this->address; } }
$full = new User(new Address('paris', new Address('rome')));
$none = new User();
$nobody = null;
var_dump($full->getAddress()?->city, $none->getAddress()?->city, $nobody?->getAddress()?->city);
var_dump($full?->address?->next?->upper(), $full->address?->next?->next?->upper(), $nobody?->address->city->foo());
$calls = 0;
function side() { global $calls; $calls++; return 'x'; }
$r = $nobody?->method(side());
echo "short-circuit calls: $calls\n";
var_dump($full->address?->city ?? 'default', $none->address?->city ?? 'default');
echo json_encode([$full?->address?->city, $none?->address?->city]), "\n";
$arr = ['u' => $full];
var_dump($arr['u']?->address?->city, $arr['x'] ?? null);
try { $none->getAddress()->city; } catch (Error $e) { echo 'no nullsafe: ', get_class($e); } 
echo "\n";
var_dump(isset($nobody?->address), empty($full?->address?->city));
