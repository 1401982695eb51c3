<?php
enum Level: int {
    case Low = 1;
    case High = 9;
    const DEFAULT = 'Low';
    public static function pick(string $n): self { return self::{$n}; }
}
class DynBase {
    const A = 'base-a';
    const B = 'base-b';
    private const SECRET = 'hidden';
    public static function viaStatic(string $n) { return static::{$n}; }
    public static function viaSelf(string $n) { return self::{$n}; }
    public static function secret() { $n = 'SECRET'; return self::{$n}; }
}
