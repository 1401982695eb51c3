<?php
#[\NoDiscard]
function compute(int $x): int { return $x * 3; }
#[\NoDiscard('the lock handle must be released')]
function acquire(string $name): array { return ['lock' => $name]; }
class Repo {
    #[\NoDiscard('check the result of save()')]
    public function save(): bool { return true; }
    #[\NoDiscard]
    public static function find(int $id): ?string { return $id > 0 ? "row$id" : null; }
}
