<?php
class Builder {
    public array $parts = [];
    public static int $made = 0;
    const PREFIX = 'b:';
    public function __construct(public string $seed = 'seed') { static::$made++; }
    public function add(string $p): static { $this->parts[] = $p; return $this; }
    public function build(): string { return static::PREFIX . $this->seed . '[' . implode(',', $this->parts) . ']'; }
    public function __invoke(string $x): string { return "invoked($x)"; }
    public array $list = ['k' => 'v'];
}
