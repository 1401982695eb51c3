<?php
enum Status: string { case Active = 'active'; case Banned = 'banned'; }
class Account {
    public function __construct(public Status $status = Status::Active, public readonly array $history = [Status::Active]) {}
    const DEFAULT_STATUS = Status::Active;
    public function ban(): static { return new static(Status::Banned, [...$this->history, Status::Banned]); }
}
$a = new Account;
$b = $a->ban();
echo $a->status->value, ' ', $b->status->name, ' ', implode('>', array_map(fn($s) => $s->value, $b->history)), "\n";
var_dump(Account::DEFAULT_STATUS === Status::Active, $b->status instanceof Status, $b->status instanceof UnitEnum, $b->status instanceof BackedEnum);
function describe(Status $s = Status::Banned): string { return match ($s) { Status::Active => 'ok', Status::Banned => 'nope' }; }
echo describe(), ' ', describe(Status::from('active')), "\n";
$map = new SplObjectStorage; $map[Status::Active] = 'A'; $map[Status::Banned] = 'B';
echo $map[Status::from('banned')], "\n";
echo serialize(Status::Active), ' ', json_encode(['s' => Status::Banned]), "\n";
var_dump(unserialize(serialize(Status::Active)) === Status::Active);
var_dump(Status::Active);
