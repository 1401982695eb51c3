<?php
class Account {
    public private(set) int $balance = 0;
    public protected(set) string $owner;
    protected private(set) array $history = [];
    private(set) string $iban = 'XX00';                 // implicit public read
    public readonly int $id;                             // readonly: protected(set) implied
    public function __construct(string $owner, int $id) { $this->owner = $owner; $this->id = $id; }
    public function deposit(int $n): static { $this->balance += $n; $this->history[] = "+$n"; return $this; }
    public function history(): array { return $this->history; }
    public function &balanceRef(): int { return $this->balance; }
}
