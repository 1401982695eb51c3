<?php
// 300 classes: inheritance chains, interfaces, traits, constants, static props.
interface I0 { const IC0 = 0; public function v0(): int; }
trait T0 { public static $tcount0 = 0; public function t0(): string { static $n = 0; return 'T0:' . ++$n . ':' . static::class; } }
interface I1 { const IC1 = 1; public function v1(): int; }
trait T1 { public static $tcount1 = 0; public function t1(): string { static $n = 0; return 'T1:' . ++$n . ':' . static::class; } }
interface I2 { const IC2 = 2; public function v2(): int; }
trait T2 { public static $tcount2 = 0; public function t2(): string { static $n = 0; return 'T2:' . ++$n . ':' . static::class; } }
interface I3 { const IC3 = 3; public function v3(): int; }
trait T3 { public static $tcount3 = 0; public function t3(): string { static $n = 0; return 'T3:' . ++$n . ':' . static::class; } }
interface I4 { const IC4 = 4; public function v4(): int; }
trait T4 { public static $tcount4 = 0; public function t4(): string { static $n = 0; return 'T4:' . ++$n . ':' . static::class; } }
interface I5 { const IC5 = 5; public function v5(): int; }
trait T5 { public static $tcount5 = 0; public function t5(): string { static $n = 0; return 'T5:' . ++$n . ':' . static::class; } }
interface I6 { const IC6 = 6; public function v6(): int; }
trait T6 { public static $tcount6 = 0; public function t6(): string { static $n = 0; return 'T6:' . ++$n . ':' . static::class; } }
interface I7 { const IC7 = 7; public function v7(): int; }
trait T7 { public static $tcount7 = 0; public function t7(): string { static $n = 0; return 'T7:' . ++$n . ':' . static::class; } }
interface I8 { const IC8 = 8; public function v8(): int; }
trait T8 { public static $tcount8 = 0; public function t8(): string { static $n = 0; return 'T8:' . ++$n . ':' . static::class; } }
interface I9 { const IC9 = 9; public function v9(): int; }
trait T9 { public static $tcount9 = 0; public function t9(): string { static $n = 0; return 'T9:' . ++$n . ':' . static::class; } }
interface I10 { const IC10 = 10; public function v10(): int; }
trait T10 { public static $tcount10 = 0; public function t10(): string { static $n = 0; return 'T10:' . ++$n . ':' . static::class; } }
interface I11 { const IC11 = 11; public function v11(): int; }
trait T11 { public static $tcount11 = 0; public function t11(): string { static $n = 0; return 'T11:' . ++$n . ':' . static::class; } }
interface I12 { const IC12 = 12; public function v12(): int; }
trait T12 { public static $tcount12 = 0; public function t12(): string { static $n = 0; return 'T12:' . ++$n . ':' . static::class; } }
interface I13 { const IC13 = 13; public function v13(): int; }
trait T13 { public static $tcount13 = 0; public function t13(): string { static $n = 0; return 'T13:' . ++$n . ':' . static::class; } }
interface I14 { const IC14 = 14; public function v14(): int; }
trait T14 { public static $tcount14 = 0; public function t14(): string { static $n = 0; return 'T14:' . ++$n . ':' . static::class; } }
interface I15 { const IC15 = 15; public function v15(): int; }
trait T15 { public static $tcount15 = 0; public function t15(): string { static $n = 0; return 'T15:' . ++$n . ':' . static::class; } }
interface I16 { const IC16 = 16; public function v16(): int; }
trait T16 { public static $tcount16 = 0; public function t16(): string { static $n = 0; return 'T16:' . ++$n . ':' . static::class; } }
interface I17 { const IC17 = 17; public function v17(): int; }
trait T17 { public static $tcount17 = 0; public function t17(): string { static $n = 0; return 'T17:' . ++$n . ':' . static::class; } }
interface I18 { const IC18 = 18; public function v18(): int; }
trait T18 { public static $tcount18 = 0; public function t18(): string { static $n = 0; return 'T18:' . ++$n . ':' . static::class; } }
interface I19 { const IC19 = 19; public function v19(): int; }
trait T19 { public static $tcount19 = 0; public function t19(): string { static $n = 0; return 'T19:' . ++$n . ':' . static::class; } }
class C0 implements I0 { use T0; const K = 0; const SUM = self::K; public static $s = 'c0'; public $p = [0, 'x0'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C1 extends C0 implements I1 { use T1; const K = 1; const SUM = parent::SUM + self::K; public static $s = 'c1'; public $p = [1, 'x1'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C2 extends C1 implements I2 { use T2; const K = 2; const SUM = parent::SUM + self::K; public static $s = 'c2'; public $p = [2, 'x2'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C3 extends C2 implements I3 { use T3; const K = 3; const SUM = parent::SUM + self::K; public static $s = 'c3'; public $p = [3, 'x3'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C4 extends C3 implements I4 { use T4; const K = 4; const SUM = parent::SUM + self::K; public static $s = 'c4'; public $p = [4, 'x4'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C5 extends C4 implements I5 { use T5; const K = 5; const SUM = parent::SUM + self::K; public static $s = 'c5'; public $p = [5, 'x5'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C6 extends C5 implements I6 { use T6; const K = 6; const SUM = parent::SUM + self::K; public static $s = 'c6'; public $p = [6, 'x6'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C7 extends C6 implements I7 { use T7; const K = 7; const SUM = parent::SUM + self::K; public static $s = 'c7'; public $p = [7, 'x7'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C8 extends C7 implements I8 { use T8; const K = 8; const SUM = parent::SUM + self::K; public static $s = 'c8'; public $p = [8, 'x8'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C9 extends C8 implements I9 { use T9; const K = 9; const SUM = parent::SUM + self::K; public static $s = 'c9'; public $p = [9, 'x9'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C10 implements I10 { use T10; const K = 10; const SUM = self::K; public static $s = 'c10'; public $p = [10, 'x10'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C11 extends C10 implements I11 { use T11; const K = 11; const SUM = parent::SUM + self::K; public static $s = 'c11'; public $p = [11, 'x11'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C12 extends C11 implements I12 { use T12; const K = 12; const SUM = parent::SUM + self::K; public static $s = 'c12'; public $p = [12, 'x12'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C13 extends C12 implements I13 { use T13; const K = 13; const SUM = parent::SUM + self::K; public static $s = 'c13'; public $p = [13, 'x13'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C14 extends C13 implements I14 { use T14; const K = 14; const SUM = parent::SUM + self::K; public static $s = 'c14'; public $p = [14, 'x14'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C15 extends C14 implements I15 { use T15; const K = 15; const SUM = parent::SUM + self::K; public static $s = 'c15'; public $p = [15, 'x15'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C16 extends C15 implements I16 { use T16; const K = 16; const SUM = parent::SUM + self::K; public static $s = 'c16'; public $p = [16, 'x16'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C17 extends C16 implements I17 { use T17; const K = 17; const SUM = parent::SUM + self::K; public static $s = 'c17'; public $p = [17, 'x17'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C18 extends C17 implements I18 { use T18; const K = 18; const SUM = parent::SUM + self::K; public static $s = 'c18'; public $p = [18, 'x18'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C19 extends C18 implements I19 { use T19; const K = 19; const SUM = parent::SUM + self::K; public static $s = 'c19'; public $p = [19, 'x19'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C20 implements I0 { use T0; const K = 20; const SUM = self::K; public static $s = 'c20'; public $p = [20, 'x20'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C21 extends C20 implements I1 { use T1; const K = 21; const SUM = parent::SUM + self::K; public static $s = 'c21'; public $p = [21, 'x21'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C22 extends C21 implements I2 { use T2; const K = 22; const SUM = parent::SUM + self::K; public static $s = 'c22'; public $p = [22, 'x22'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C23 extends C22 implements I3 { use T3; const K = 23; const SUM = parent::SUM + self::K; public static $s = 'c23'; public $p = [23, 'x23'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C24 extends C23 implements I4 { use T4; const K = 24; const SUM = parent::SUM + self::K; public static $s = 'c24'; public $p = [24, 'x24'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C25 extends C24 implements I5 { use T5; const K = 25; const SUM = parent::SUM + self::K; public static $s = 'c25'; public $p = [25, 'x25'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C26 extends C25 implements I6 { use T6; const K = 26; const SUM = parent::SUM + self::K; public static $s = 'c26'; public $p = [26, 'x26'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C27 extends C26 implements I7 { use T7; const K = 27; const SUM = parent::SUM + self::K; public static $s = 'c27'; public $p = [27, 'x27'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C28 extends C27 implements I8 { use T8; const K = 28; const SUM = parent::SUM + self::K; public static $s = 'c28'; public $p = [28, 'x28'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C29 extends C28 implements I9 { use T9; const K = 29; const SUM = parent::SUM + self::K; public static $s = 'c29'; public $p = [29, 'x29'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C30 implements I10 { use T10; const K = 30; const SUM = self::K; public static $s = 'c30'; public $p = [30, 'x30'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C31 extends C30 implements I11 { use T11; const K = 31; const SUM = parent::SUM + self::K; public static $s = 'c31'; public $p = [31, 'x31'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C32 extends C31 implements I12 { use T12; const K = 32; const SUM = parent::SUM + self::K; public static $s = 'c32'; public $p = [32, 'x32'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C33 extends C32 implements I13 { use T13; const K = 33; const SUM = parent::SUM + self::K; public static $s = 'c33'; public $p = [33, 'x33'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C34 extends C33 implements I14 { use T14; const K = 34; const SUM = parent::SUM + self::K; public static $s = 'c34'; public $p = [34, 'x34'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C35 extends C34 implements I15 { use T15; const K = 35; const SUM = parent::SUM + self::K; public static $s = 'c35'; public $p = [35, 'x35'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C36 extends C35 implements I16 { use T16; const K = 36; const SUM = parent::SUM + self::K; public static $s = 'c36'; public $p = [36, 'x36'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C37 extends C36 implements I17 { use T17; const K = 37; const SUM = parent::SUM + self::K; public static $s = 'c37'; public $p = [37, 'x37'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C38 extends C37 implements I18 { use T18; const K = 38; const SUM = parent::SUM + self::K; public static $s = 'c38'; public $p = [38, 'x38'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C39 extends C38 implements I19 { use T19; const K = 39; const SUM = parent::SUM + self::K; public static $s = 'c39'; public $p = [39, 'x39'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C40 implements I0 { use T0; const K = 40; const SUM = self::K; public static $s = 'c40'; public $p = [40, 'x40'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C41 extends C40 implements I1 { use T1; const K = 41; const SUM = parent::SUM + self::K; public static $s = 'c41'; public $p = [41, 'x41'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C42 extends C41 implements I2 { use T2; const K = 42; const SUM = parent::SUM + self::K; public static $s = 'c42'; public $p = [42, 'x42'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C43 extends C42 implements I3 { use T3; const K = 43; const SUM = parent::SUM + self::K; public static $s = 'c43'; public $p = [43, 'x43'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C44 extends C43 implements I4 { use T4; const K = 44; const SUM = parent::SUM + self::K; public static $s = 'c44'; public $p = [44, 'x44'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C45 extends C44 implements I5 { use T5; const K = 45; const SUM = parent::SUM + self::K; public static $s = 'c45'; public $p = [45, 'x45'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C46 extends C45 implements I6 { use T6; const K = 46; const SUM = parent::SUM + self::K; public static $s = 'c46'; public $p = [46, 'x46'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C47 extends C46 implements I7 { use T7; const K = 47; const SUM = parent::SUM + self::K; public static $s = 'c47'; public $p = [47, 'x47'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C48 extends C47 implements I8 { use T8; const K = 48; const SUM = parent::SUM + self::K; public static $s = 'c48'; public $p = [48, 'x48'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C49 extends C48 implements I9 { use T9; const K = 49; const SUM = parent::SUM + self::K; public static $s = 'c49'; public $p = [49, 'x49'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C50 implements I10 { use T10; const K = 50; const SUM = self::K; public static $s = 'c50'; public $p = [50, 'x50'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C51 extends C50 implements I11 { use T11; const K = 51; const SUM = parent::SUM + self::K; public static $s = 'c51'; public $p = [51, 'x51'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C52 extends C51 implements I12 { use T12; const K = 52; const SUM = parent::SUM + self::K; public static $s = 'c52'; public $p = [52, 'x52'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C53 extends C52 implements I13 { use T13; const K = 53; const SUM = parent::SUM + self::K; public static $s = 'c53'; public $p = [53, 'x53'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C54 extends C53 implements I14 { use T14; const K = 54; const SUM = parent::SUM + self::K; public static $s = 'c54'; public $p = [54, 'x54'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C55 extends C54 implements I15 { use T15; const K = 55; const SUM = parent::SUM + self::K; public static $s = 'c55'; public $p = [55, 'x55'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C56 extends C55 implements I16 { use T16; const K = 56; const SUM = parent::SUM + self::K; public static $s = 'c56'; public $p = [56, 'x56'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C57 extends C56 implements I17 { use T17; const K = 57; const SUM = parent::SUM + self::K; public static $s = 'c57'; public $p = [57, 'x57'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C58 extends C57 implements I18 { use T18; const K = 58; const SUM = parent::SUM + self::K; public static $s = 'c58'; public $p = [58, 'x58'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C59 extends C58 implements I19 { use T19; const K = 59; const SUM = parent::SUM + self::K; public static $s = 'c59'; public $p = [59, 'x59'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C60 implements I0 { use T0; const K = 60; const SUM = self::K; public static $s = 'c60'; public $p = [60, 'x60'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C61 extends C60 implements I1 { use T1; const K = 61; const SUM = parent::SUM + self::K; public static $s = 'c61'; public $p = [61, 'x61'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C62 extends C61 implements I2 { use T2; const K = 62; const SUM = parent::SUM + self::K; public static $s = 'c62'; public $p = [62, 'x62'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C63 extends C62 implements I3 { use T3; const K = 63; const SUM = parent::SUM + self::K; public static $s = 'c63'; public $p = [63, 'x63'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C64 extends C63 implements I4 { use T4; const K = 64; const SUM = parent::SUM + self::K; public static $s = 'c64'; public $p = [64, 'x64'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C65 extends C64 implements I5 { use T5; const K = 65; const SUM = parent::SUM + self::K; public static $s = 'c65'; public $p = [65, 'x65'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C66 extends C65 implements I6 { use T6; const K = 66; const SUM = parent::SUM + self::K; public static $s = 'c66'; public $p = [66, 'x66'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C67 extends C66 implements I7 { use T7; const K = 67; const SUM = parent::SUM + self::K; public static $s = 'c67'; public $p = [67, 'x67'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C68 extends C67 implements I8 { use T8; const K = 68; const SUM = parent::SUM + self::K; public static $s = 'c68'; public $p = [68, 'x68'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C69 extends C68 implements I9 { use T9; const K = 69; const SUM = parent::SUM + self::K; public static $s = 'c69'; public $p = [69, 'x69'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C70 implements I10 { use T10; const K = 70; const SUM = self::K; public static $s = 'c70'; public $p = [70, 'x70'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C71 extends C70 implements I11 { use T11; const K = 71; const SUM = parent::SUM + self::K; public static $s = 'c71'; public $p = [71, 'x71'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C72 extends C71 implements I12 { use T12; const K = 72; const SUM = parent::SUM + self::K; public static $s = 'c72'; public $p = [72, 'x72'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C73 extends C72 implements I13 { use T13; const K = 73; const SUM = parent::SUM + self::K; public static $s = 'c73'; public $p = [73, 'x73'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C74 extends C73 implements I14 { use T14; const K = 74; const SUM = parent::SUM + self::K; public static $s = 'c74'; public $p = [74, 'x74'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C75 extends C74 implements I15 { use T15; const K = 75; const SUM = parent::SUM + self::K; public static $s = 'c75'; public $p = [75, 'x75'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C76 extends C75 implements I16 { use T16; const K = 76; const SUM = parent::SUM + self::K; public static $s = 'c76'; public $p = [76, 'x76'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C77 extends C76 implements I17 { use T17; const K = 77; const SUM = parent::SUM + self::K; public static $s = 'c77'; public $p = [77, 'x77'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C78 extends C77 implements I18 { use T18; const K = 78; const SUM = parent::SUM + self::K; public static $s = 'c78'; public $p = [78, 'x78'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C79 extends C78 implements I19 { use T19; const K = 79; const SUM = parent::SUM + self::K; public static $s = 'c79'; public $p = [79, 'x79'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C80 implements I0 { use T0; const K = 80; const SUM = self::K; public static $s = 'c80'; public $p = [80, 'x80'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C81 extends C80 implements I1 { use T1; const K = 81; const SUM = parent::SUM + self::K; public static $s = 'c81'; public $p = [81, 'x81'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C82 extends C81 implements I2 { use T2; const K = 82; const SUM = parent::SUM + self::K; public static $s = 'c82'; public $p = [82, 'x82'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C83 extends C82 implements I3 { use T3; const K = 83; const SUM = parent::SUM + self::K; public static $s = 'c83'; public $p = [83, 'x83'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C84 extends C83 implements I4 { use T4; const K = 84; const SUM = parent::SUM + self::K; public static $s = 'c84'; public $p = [84, 'x84'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C85 extends C84 implements I5 { use T5; const K = 85; const SUM = parent::SUM + self::K; public static $s = 'c85'; public $p = [85, 'x85'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C86 extends C85 implements I6 { use T6; const K = 86; const SUM = parent::SUM + self::K; public static $s = 'c86'; public $p = [86, 'x86'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C87 extends C86 implements I7 { use T7; const K = 87; const SUM = parent::SUM + self::K; public static $s = 'c87'; public $p = [87, 'x87'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C88 extends C87 implements I8 { use T8; const K = 88; const SUM = parent::SUM + self::K; public static $s = 'c88'; public $p = [88, 'x88'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C89 extends C88 implements I9 { use T9; const K = 89; const SUM = parent::SUM + self::K; public static $s = 'c89'; public $p = [89, 'x89'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C90 implements I10 { use T10; const K = 90; const SUM = self::K; public static $s = 'c90'; public $p = [90, 'x90'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C91 extends C90 implements I11 { use T11; const K = 91; const SUM = parent::SUM + self::K; public static $s = 'c91'; public $p = [91, 'x91'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C92 extends C91 implements I12 { use T12; const K = 92; const SUM = parent::SUM + self::K; public static $s = 'c92'; public $p = [92, 'x92'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C93 extends C92 implements I13 { use T13; const K = 93; const SUM = parent::SUM + self::K; public static $s = 'c93'; public $p = [93, 'x93'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C94 extends C93 implements I14 { use T14; const K = 94; const SUM = parent::SUM + self::K; public static $s = 'c94'; public $p = [94, 'x94'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C95 extends C94 implements I15 { use T15; const K = 95; const SUM = parent::SUM + self::K; public static $s = 'c95'; public $p = [95, 'x95'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C96 extends C95 implements I16 { use T16; const K = 96; const SUM = parent::SUM + self::K; public static $s = 'c96'; public $p = [96, 'x96'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C97 extends C96 implements I17 { use T17; const K = 97; const SUM = parent::SUM + self::K; public static $s = 'c97'; public $p = [97, 'x97'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C98 extends C97 implements I18 { use T18; const K = 98; const SUM = parent::SUM + self::K; public static $s = 'c98'; public $p = [98, 'x98'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C99 extends C98 implements I19 { use T19; const K = 99; const SUM = parent::SUM + self::K; public static $s = 'c99'; public $p = [99, 'x99'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C100 implements I0 { use T0; const K = 100; const SUM = self::K; public static $s = 'c100'; public $p = [100, 'x100'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C101 extends C100 implements I1 { use T1; const K = 101; const SUM = parent::SUM + self::K; public static $s = 'c101'; public $p = [101, 'x101'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C102 extends C101 implements I2 { use T2; const K = 102; const SUM = parent::SUM + self::K; public static $s = 'c102'; public $p = [102, 'x102'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C103 extends C102 implements I3 { use T3; const K = 103; const SUM = parent::SUM + self::K; public static $s = 'c103'; public $p = [103, 'x103'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C104 extends C103 implements I4 { use T4; const K = 104; const SUM = parent::SUM + self::K; public static $s = 'c104'; public $p = [104, 'x104'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C105 extends C104 implements I5 { use T5; const K = 105; const SUM = parent::SUM + self::K; public static $s = 'c105'; public $p = [105, 'x105'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C106 extends C105 implements I6 { use T6; const K = 106; const SUM = parent::SUM + self::K; public static $s = 'c106'; public $p = [106, 'x106'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C107 extends C106 implements I7 { use T7; const K = 107; const SUM = parent::SUM + self::K; public static $s = 'c107'; public $p = [107, 'x107'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C108 extends C107 implements I8 { use T8; const K = 108; const SUM = parent::SUM + self::K; public static $s = 'c108'; public $p = [108, 'x108'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C109 extends C108 implements I9 { use T9; const K = 109; const SUM = parent::SUM + self::K; public static $s = 'c109'; public $p = [109, 'x109'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C110 implements I10 { use T10; const K = 110; const SUM = self::K; public static $s = 'c110'; public $p = [110, 'x110'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C111 extends C110 implements I11 { use T11; const K = 111; const SUM = parent::SUM + self::K; public static $s = 'c111'; public $p = [111, 'x111'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C112 extends C111 implements I12 { use T12; const K = 112; const SUM = parent::SUM + self::K; public static $s = 'c112'; public $p = [112, 'x112'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C113 extends C112 implements I13 { use T13; const K = 113; const SUM = parent::SUM + self::K; public static $s = 'c113'; public $p = [113, 'x113'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C114 extends C113 implements I14 { use T14; const K = 114; const SUM = parent::SUM + self::K; public static $s = 'c114'; public $p = [114, 'x114'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C115 extends C114 implements I15 { use T15; const K = 115; const SUM = parent::SUM + self::K; public static $s = 'c115'; public $p = [115, 'x115'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C116 extends C115 implements I16 { use T16; const K = 116; const SUM = parent::SUM + self::K; public static $s = 'c116'; public $p = [116, 'x116'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C117 extends C116 implements I17 { use T17; const K = 117; const SUM = parent::SUM + self::K; public static $s = 'c117'; public $p = [117, 'x117'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C118 extends C117 implements I18 { use T18; const K = 118; const SUM = parent::SUM + self::K; public static $s = 'c118'; public $p = [118, 'x118'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C119 extends C118 implements I19 { use T19; const K = 119; const SUM = parent::SUM + self::K; public static $s = 'c119'; public $p = [119, 'x119'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C120 implements I0 { use T0; const K = 120; const SUM = self::K; public static $s = 'c120'; public $p = [120, 'x120'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C121 extends C120 implements I1 { use T1; const K = 121; const SUM = parent::SUM + self::K; public static $s = 'c121'; public $p = [121, 'x121'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C122 extends C121 implements I2 { use T2; const K = 122; const SUM = parent::SUM + self::K; public static $s = 'c122'; public $p = [122, 'x122'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C123 extends C122 implements I3 { use T3; const K = 123; const SUM = parent::SUM + self::K; public static $s = 'c123'; public $p = [123, 'x123'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C124 extends C123 implements I4 { use T4; const K = 124; const SUM = parent::SUM + self::K; public static $s = 'c124'; public $p = [124, 'x124'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C125 extends C124 implements I5 { use T5; const K = 125; const SUM = parent::SUM + self::K; public static $s = 'c125'; public $p = [125, 'x125'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C126 extends C125 implements I6 { use T6; const K = 126; const SUM = parent::SUM + self::K; public static $s = 'c126'; public $p = [126, 'x126'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C127 extends C126 implements I7 { use T7; const K = 127; const SUM = parent::SUM + self::K; public static $s = 'c127'; public $p = [127, 'x127'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C128 extends C127 implements I8 { use T8; const K = 128; const SUM = parent::SUM + self::K; public static $s = 'c128'; public $p = [128, 'x128'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C129 extends C128 implements I9 { use T9; const K = 129; const SUM = parent::SUM + self::K; public static $s = 'c129'; public $p = [129, 'x129'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C130 implements I10 { use T10; const K = 130; const SUM = self::K; public static $s = 'c130'; public $p = [130, 'x130'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C131 extends C130 implements I11 { use T11; const K = 131; const SUM = parent::SUM + self::K; public static $s = 'c131'; public $p = [131, 'x131'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C132 extends C131 implements I12 { use T12; const K = 132; const SUM = parent::SUM + self::K; public static $s = 'c132'; public $p = [132, 'x132'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C133 extends C132 implements I13 { use T13; const K = 133; const SUM = parent::SUM + self::K; public static $s = 'c133'; public $p = [133, 'x133'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C134 extends C133 implements I14 { use T14; const K = 134; const SUM = parent::SUM + self::K; public static $s = 'c134'; public $p = [134, 'x134'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C135 extends C134 implements I15 { use T15; const K = 135; const SUM = parent::SUM + self::K; public static $s = 'c135'; public $p = [135, 'x135'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C136 extends C135 implements I16 { use T16; const K = 136; const SUM = parent::SUM + self::K; public static $s = 'c136'; public $p = [136, 'x136'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C137 extends C136 implements I17 { use T17; const K = 137; const SUM = parent::SUM + self::K; public static $s = 'c137'; public $p = [137, 'x137'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C138 extends C137 implements I18 { use T18; const K = 138; const SUM = parent::SUM + self::K; public static $s = 'c138'; public $p = [138, 'x138'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C139 extends C138 implements I19 { use T19; const K = 139; const SUM = parent::SUM + self::K; public static $s = 'c139'; public $p = [139, 'x139'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C140 implements I0 { use T0; const K = 140; const SUM = self::K; public static $s = 'c140'; public $p = [140, 'x140'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C141 extends C140 implements I1 { use T1; const K = 141; const SUM = parent::SUM + self::K; public static $s = 'c141'; public $p = [141, 'x141'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C142 extends C141 implements I2 { use T2; const K = 142; const SUM = parent::SUM + self::K; public static $s = 'c142'; public $p = [142, 'x142'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C143 extends C142 implements I3 { use T3; const K = 143; const SUM = parent::SUM + self::K; public static $s = 'c143'; public $p = [143, 'x143'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C144 extends C143 implements I4 { use T4; const K = 144; const SUM = parent::SUM + self::K; public static $s = 'c144'; public $p = [144, 'x144'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C145 extends C144 implements I5 { use T5; const K = 145; const SUM = parent::SUM + self::K; public static $s = 'c145'; public $p = [145, 'x145'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C146 extends C145 implements I6 { use T6; const K = 146; const SUM = parent::SUM + self::K; public static $s = 'c146'; public $p = [146, 'x146'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C147 extends C146 implements I7 { use T7; const K = 147; const SUM = parent::SUM + self::K; public static $s = 'c147'; public $p = [147, 'x147'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C148 extends C147 implements I8 { use T8; const K = 148; const SUM = parent::SUM + self::K; public static $s = 'c148'; public $p = [148, 'x148'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C149 extends C148 implements I9 { use T9; const K = 149; const SUM = parent::SUM + self::K; public static $s = 'c149'; public $p = [149, 'x149'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C150 implements I10 { use T10; const K = 150; const SUM = self::K; public static $s = 'c150'; public $p = [150, 'x150'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C151 extends C150 implements I11 { use T11; const K = 151; const SUM = parent::SUM + self::K; public static $s = 'c151'; public $p = [151, 'x151'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C152 extends C151 implements I12 { use T12; const K = 152; const SUM = parent::SUM + self::K; public static $s = 'c152'; public $p = [152, 'x152'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C153 extends C152 implements I13 { use T13; const K = 153; const SUM = parent::SUM + self::K; public static $s = 'c153'; public $p = [153, 'x153'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C154 extends C153 implements I14 { use T14; const K = 154; const SUM = parent::SUM + self::K; public static $s = 'c154'; public $p = [154, 'x154'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C155 extends C154 implements I15 { use T15; const K = 155; const SUM = parent::SUM + self::K; public static $s = 'c155'; public $p = [155, 'x155'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C156 extends C155 implements I16 { use T16; const K = 156; const SUM = parent::SUM + self::K; public static $s = 'c156'; public $p = [156, 'x156'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C157 extends C156 implements I17 { use T17; const K = 157; const SUM = parent::SUM + self::K; public static $s = 'c157'; public $p = [157, 'x157'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C158 extends C157 implements I18 { use T18; const K = 158; const SUM = parent::SUM + self::K; public static $s = 'c158'; public $p = [158, 'x158'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C159 extends C158 implements I19 { use T19; const K = 159; const SUM = parent::SUM + self::K; public static $s = 'c159'; public $p = [159, 'x159'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C160 implements I0 { use T0; const K = 160; const SUM = self::K; public static $s = 'c160'; public $p = [160, 'x160'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C161 extends C160 implements I1 { use T1; const K = 161; const SUM = parent::SUM + self::K; public static $s = 'c161'; public $p = [161, 'x161'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C162 extends C161 implements I2 { use T2; const K = 162; const SUM = parent::SUM + self::K; public static $s = 'c162'; public $p = [162, 'x162'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C163 extends C162 implements I3 { use T3; const K = 163; const SUM = parent::SUM + self::K; public static $s = 'c163'; public $p = [163, 'x163'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C164 extends C163 implements I4 { use T4; const K = 164; const SUM = parent::SUM + self::K; public static $s = 'c164'; public $p = [164, 'x164'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C165 extends C164 implements I5 { use T5; const K = 165; const SUM = parent::SUM + self::K; public static $s = 'c165'; public $p = [165, 'x165'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C166 extends C165 implements I6 { use T6; const K = 166; const SUM = parent::SUM + self::K; public static $s = 'c166'; public $p = [166, 'x166'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C167 extends C166 implements I7 { use T7; const K = 167; const SUM = parent::SUM + self::K; public static $s = 'c167'; public $p = [167, 'x167'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C168 extends C167 implements I8 { use T8; const K = 168; const SUM = parent::SUM + self::K; public static $s = 'c168'; public $p = [168, 'x168'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C169 extends C168 implements I9 { use T9; const K = 169; const SUM = parent::SUM + self::K; public static $s = 'c169'; public $p = [169, 'x169'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C170 implements I10 { use T10; const K = 170; const SUM = self::K; public static $s = 'c170'; public $p = [170, 'x170'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C171 extends C170 implements I11 { use T11; const K = 171; const SUM = parent::SUM + self::K; public static $s = 'c171'; public $p = [171, 'x171'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C172 extends C171 implements I12 { use T12; const K = 172; const SUM = parent::SUM + self::K; public static $s = 'c172'; public $p = [172, 'x172'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C173 extends C172 implements I13 { use T13; const K = 173; const SUM = parent::SUM + self::K; public static $s = 'c173'; public $p = [173, 'x173'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C174 extends C173 implements I14 { use T14; const K = 174; const SUM = parent::SUM + self::K; public static $s = 'c174'; public $p = [174, 'x174'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C175 extends C174 implements I15 { use T15; const K = 175; const SUM = parent::SUM + self::K; public static $s = 'c175'; public $p = [175, 'x175'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C176 extends C175 implements I16 { use T16; const K = 176; const SUM = parent::SUM + self::K; public static $s = 'c176'; public $p = [176, 'x176'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C177 extends C176 implements I17 { use T17; const K = 177; const SUM = parent::SUM + self::K; public static $s = 'c177'; public $p = [177, 'x177'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C178 extends C177 implements I18 { use T18; const K = 178; const SUM = parent::SUM + self::K; public static $s = 'c178'; public $p = [178, 'x178'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C179 extends C178 implements I19 { use T19; const K = 179; const SUM = parent::SUM + self::K; public static $s = 'c179'; public $p = [179, 'x179'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C180 implements I0 { use T0; const K = 180; const SUM = self::K; public static $s = 'c180'; public $p = [180, 'x180'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C181 extends C180 implements I1 { use T1; const K = 181; const SUM = parent::SUM + self::K; public static $s = 'c181'; public $p = [181, 'x181'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C182 extends C181 implements I2 { use T2; const K = 182; const SUM = parent::SUM + self::K; public static $s = 'c182'; public $p = [182, 'x182'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C183 extends C182 implements I3 { use T3; const K = 183; const SUM = parent::SUM + self::K; public static $s = 'c183'; public $p = [183, 'x183'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C184 extends C183 implements I4 { use T4; const K = 184; const SUM = parent::SUM + self::K; public static $s = 'c184'; public $p = [184, 'x184'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C185 extends C184 implements I5 { use T5; const K = 185; const SUM = parent::SUM + self::K; public static $s = 'c185'; public $p = [185, 'x185'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C186 extends C185 implements I6 { use T6; const K = 186; const SUM = parent::SUM + self::K; public static $s = 'c186'; public $p = [186, 'x186'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C187 extends C186 implements I7 { use T7; const K = 187; const SUM = parent::SUM + self::K; public static $s = 'c187'; public $p = [187, 'x187'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C188 extends C187 implements I8 { use T8; const K = 188; const SUM = parent::SUM + self::K; public static $s = 'c188'; public $p = [188, 'x188'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C189 extends C188 implements I9 { use T9; const K = 189; const SUM = parent::SUM + self::K; public static $s = 'c189'; public $p = [189, 'x189'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C190 implements I10 { use T10; const K = 190; const SUM = self::K; public static $s = 'c190'; public $p = [190, 'x190'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C191 extends C190 implements I11 { use T11; const K = 191; const SUM = parent::SUM + self::K; public static $s = 'c191'; public $p = [191, 'x191'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C192 extends C191 implements I12 { use T12; const K = 192; const SUM = parent::SUM + self::K; public static $s = 'c192'; public $p = [192, 'x192'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C193 extends C192 implements I13 { use T13; const K = 193; const SUM = parent::SUM + self::K; public static $s = 'c193'; public $p = [193, 'x193'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C194 extends C193 implements I14 { use T14; const K = 194; const SUM = parent::SUM + self::K; public static $s = 'c194'; public $p = [194, 'x194'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C195 extends C194 implements I15 { use T15; const K = 195; const SUM = parent::SUM + self::K; public static $s = 'c195'; public $p = [195, 'x195'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C196 extends C195 implements I16 { use T16; const K = 196; const SUM = parent::SUM + self::K; public static $s = 'c196'; public $p = [196, 'x196'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C197 extends C196 implements I17 { use T17; const K = 197; const SUM = parent::SUM + self::K; public static $s = 'c197'; public $p = [197, 'x197'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C198 extends C197 implements I18 { use T18; const K = 198; const SUM = parent::SUM + self::K; public static $s = 'c198'; public $p = [198, 'x198'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C199 extends C198 implements I19 { use T19; const K = 199; const SUM = parent::SUM + self::K; public static $s = 'c199'; public $p = [199, 'x199'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C200 implements I0 { use T0; const K = 200; const SUM = self::K; public static $s = 'c200'; public $p = [200, 'x200'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C201 extends C200 implements I1 { use T1; const K = 201; const SUM = parent::SUM + self::K; public static $s = 'c201'; public $p = [201, 'x201'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C202 extends C201 implements I2 { use T2; const K = 202; const SUM = parent::SUM + self::K; public static $s = 'c202'; public $p = [202, 'x202'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C203 extends C202 implements I3 { use T3; const K = 203; const SUM = parent::SUM + self::K; public static $s = 'c203'; public $p = [203, 'x203'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C204 extends C203 implements I4 { use T4; const K = 204; const SUM = parent::SUM + self::K; public static $s = 'c204'; public $p = [204, 'x204'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C205 extends C204 implements I5 { use T5; const K = 205; const SUM = parent::SUM + self::K; public static $s = 'c205'; public $p = [205, 'x205'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C206 extends C205 implements I6 { use T6; const K = 206; const SUM = parent::SUM + self::K; public static $s = 'c206'; public $p = [206, 'x206'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C207 extends C206 implements I7 { use T7; const K = 207; const SUM = parent::SUM + self::K; public static $s = 'c207'; public $p = [207, 'x207'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C208 extends C207 implements I8 { use T8; const K = 208; const SUM = parent::SUM + self::K; public static $s = 'c208'; public $p = [208, 'x208'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C209 extends C208 implements I9 { use T9; const K = 209; const SUM = parent::SUM + self::K; public static $s = 'c209'; public $p = [209, 'x209'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C210 implements I10 { use T10; const K = 210; const SUM = self::K; public static $s = 'c210'; public $p = [210, 'x210'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C211 extends C210 implements I11 { use T11; const K = 211; const SUM = parent::SUM + self::K; public static $s = 'c211'; public $p = [211, 'x211'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C212 extends C211 implements I12 { use T12; const K = 212; const SUM = parent::SUM + self::K; public static $s = 'c212'; public $p = [212, 'x212'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C213 extends C212 implements I13 { use T13; const K = 213; const SUM = parent::SUM + self::K; public static $s = 'c213'; public $p = [213, 'x213'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C214 extends C213 implements I14 { use T14; const K = 214; const SUM = parent::SUM + self::K; public static $s = 'c214'; public $p = [214, 'x214'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C215 extends C214 implements I15 { use T15; const K = 215; const SUM = parent::SUM + self::K; public static $s = 'c215'; public $p = [215, 'x215'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C216 extends C215 implements I16 { use T16; const K = 216; const SUM = parent::SUM + self::K; public static $s = 'c216'; public $p = [216, 'x216'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C217 extends C216 implements I17 { use T17; const K = 217; const SUM = parent::SUM + self::K; public static $s = 'c217'; public $p = [217, 'x217'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C218 extends C217 implements I18 { use T18; const K = 218; const SUM = parent::SUM + self::K; public static $s = 'c218'; public $p = [218, 'x218'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C219 extends C218 implements I19 { use T19; const K = 219; const SUM = parent::SUM + self::K; public static $s = 'c219'; public $p = [219, 'x219'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C220 implements I0 { use T0; const K = 220; const SUM = self::K; public static $s = 'c220'; public $p = [220, 'x220'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C221 extends C220 implements I1 { use T1; const K = 221; const SUM = parent::SUM + self::K; public static $s = 'c221'; public $p = [221, 'x221'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C222 extends C221 implements I2 { use T2; const K = 222; const SUM = parent::SUM + self::K; public static $s = 'c222'; public $p = [222, 'x222'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C223 extends C222 implements I3 { use T3; const K = 223; const SUM = parent::SUM + self::K; public static $s = 'c223'; public $p = [223, 'x223'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C224 extends C223 implements I4 { use T4; const K = 224; const SUM = parent::SUM + self::K; public static $s = 'c224'; public $p = [224, 'x224'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C225 extends C224 implements I5 { use T5; const K = 225; const SUM = parent::SUM + self::K; public static $s = 'c225'; public $p = [225, 'x225'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C226 extends C225 implements I6 { use T6; const K = 226; const SUM = parent::SUM + self::K; public static $s = 'c226'; public $p = [226, 'x226'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C227 extends C226 implements I7 { use T7; const K = 227; const SUM = parent::SUM + self::K; public static $s = 'c227'; public $p = [227, 'x227'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C228 extends C227 implements I8 { use T8; const K = 228; const SUM = parent::SUM + self::K; public static $s = 'c228'; public $p = [228, 'x228'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C229 extends C228 implements I9 { use T9; const K = 229; const SUM = parent::SUM + self::K; public static $s = 'c229'; public $p = [229, 'x229'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C230 implements I10 { use T10; const K = 230; const SUM = self::K; public static $s = 'c230'; public $p = [230, 'x230'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C231 extends C230 implements I11 { use T11; const K = 231; const SUM = parent::SUM + self::K; public static $s = 'c231'; public $p = [231, 'x231'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C232 extends C231 implements I12 { use T12; const K = 232; const SUM = parent::SUM + self::K; public static $s = 'c232'; public $p = [232, 'x232'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C233 extends C232 implements I13 { use T13; const K = 233; const SUM = parent::SUM + self::K; public static $s = 'c233'; public $p = [233, 'x233'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C234 extends C233 implements I14 { use T14; const K = 234; const SUM = parent::SUM + self::K; public static $s = 'c234'; public $p = [234, 'x234'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C235 extends C234 implements I15 { use T15; const K = 235; const SUM = parent::SUM + self::K; public static $s = 'c235'; public $p = [235, 'x235'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C236 extends C235 implements I16 { use T16; const K = 236; const SUM = parent::SUM + self::K; public static $s = 'c236'; public $p = [236, 'x236'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C237 extends C236 implements I17 { use T17; const K = 237; const SUM = parent::SUM + self::K; public static $s = 'c237'; public $p = [237, 'x237'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C238 extends C237 implements I18 { use T18; const K = 238; const SUM = parent::SUM + self::K; public static $s = 'c238'; public $p = [238, 'x238'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C239 extends C238 implements I19 { use T19; const K = 239; const SUM = parent::SUM + self::K; public static $s = 'c239'; public $p = [239, 'x239'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C240 implements I0 { use T0; const K = 240; const SUM = self::K; public static $s = 'c240'; public $p = [240, 'x240'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C241 extends C240 implements I1 { use T1; const K = 241; const SUM = parent::SUM + self::K; public static $s = 'c241'; public $p = [241, 'x241'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C242 extends C241 implements I2 { use T2; const K = 242; const SUM = parent::SUM + self::K; public static $s = 'c242'; public $p = [242, 'x242'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C243 extends C242 implements I3 { use T3; const K = 243; const SUM = parent::SUM + self::K; public static $s = 'c243'; public $p = [243, 'x243'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C244 extends C243 implements I4 { use T4; const K = 244; const SUM = parent::SUM + self::K; public static $s = 'c244'; public $p = [244, 'x244'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C245 extends C244 implements I5 { use T5; const K = 245; const SUM = parent::SUM + self::K; public static $s = 'c245'; public $p = [245, 'x245'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C246 extends C245 implements I6 { use T6; const K = 246; const SUM = parent::SUM + self::K; public static $s = 'c246'; public $p = [246, 'x246'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C247 extends C246 implements I7 { use T7; const K = 247; const SUM = parent::SUM + self::K; public static $s = 'c247'; public $p = [247, 'x247'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C248 extends C247 implements I8 { use T8; const K = 248; const SUM = parent::SUM + self::K; public static $s = 'c248'; public $p = [248, 'x248'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C249 extends C248 implements I9 { use T9; const K = 249; const SUM = parent::SUM + self::K; public static $s = 'c249'; public $p = [249, 'x249'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C250 implements I10 { use T10; const K = 250; const SUM = self::K; public static $s = 'c250'; public $p = [250, 'x250'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C251 extends C250 implements I11 { use T11; const K = 251; const SUM = parent::SUM + self::K; public static $s = 'c251'; public $p = [251, 'x251'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C252 extends C251 implements I12 { use T12; const K = 252; const SUM = parent::SUM + self::K; public static $s = 'c252'; public $p = [252, 'x252'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C253 extends C252 implements I13 { use T13; const K = 253; const SUM = parent::SUM + self::K; public static $s = 'c253'; public $p = [253, 'x253'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C254 extends C253 implements I14 { use T14; const K = 254; const SUM = parent::SUM + self::K; public static $s = 'c254'; public $p = [254, 'x254'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C255 extends C254 implements I15 { use T15; const K = 255; const SUM = parent::SUM + self::K; public static $s = 'c255'; public $p = [255, 'x255'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C256 extends C255 implements I16 { use T16; const K = 256; const SUM = parent::SUM + self::K; public static $s = 'c256'; public $p = [256, 'x256'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C257 extends C256 implements I17 { use T17; const K = 257; const SUM = parent::SUM + self::K; public static $s = 'c257'; public $p = [257, 'x257'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C258 extends C257 implements I18 { use T18; const K = 258; const SUM = parent::SUM + self::K; public static $s = 'c258'; public $p = [258, 'x258'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C259 extends C258 implements I19 { use T19; const K = 259; const SUM = parent::SUM + self::K; public static $s = 'c259'; public $p = [259, 'x259'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C260 implements I0 { use T0; const K = 260; const SUM = self::K; public static $s = 'c260'; public $p = [260, 'x260'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C261 extends C260 implements I1 { use T1; const K = 261; const SUM = parent::SUM + self::K; public static $s = 'c261'; public $p = [261, 'x261'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C262 extends C261 implements I2 { use T2; const K = 262; const SUM = parent::SUM + self::K; public static $s = 'c262'; public $p = [262, 'x262'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C263 extends C262 implements I3 { use T3; const K = 263; const SUM = parent::SUM + self::K; public static $s = 'c263'; public $p = [263, 'x263'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C264 extends C263 implements I4 { use T4; const K = 264; const SUM = parent::SUM + self::K; public static $s = 'c264'; public $p = [264, 'x264'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C265 extends C264 implements I5 { use T5; const K = 265; const SUM = parent::SUM + self::K; public static $s = 'c265'; public $p = [265, 'x265'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C266 extends C265 implements I6 { use T6; const K = 266; const SUM = parent::SUM + self::K; public static $s = 'c266'; public $p = [266, 'x266'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C267 extends C266 implements I7 { use T7; const K = 267; const SUM = parent::SUM + self::K; public static $s = 'c267'; public $p = [267, 'x267'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C268 extends C267 implements I8 { use T8; const K = 268; const SUM = parent::SUM + self::K; public static $s = 'c268'; public $p = [268, 'x268'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C269 extends C268 implements I9 { use T9; const K = 269; const SUM = parent::SUM + self::K; public static $s = 'c269'; public $p = [269, 'x269'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C270 implements I10 { use T10; const K = 270; const SUM = self::K; public static $s = 'c270'; public $p = [270, 'x270'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C271 extends C270 implements I11 { use T11; const K = 271; const SUM = parent::SUM + self::K; public static $s = 'c271'; public $p = [271, 'x271'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C272 extends C271 implements I12 { use T12; const K = 272; const SUM = parent::SUM + self::K; public static $s = 'c272'; public $p = [272, 'x272'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C273 extends C272 implements I13 { use T13; const K = 273; const SUM = parent::SUM + self::K; public static $s = 'c273'; public $p = [273, 'x273'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C274 extends C273 implements I14 { use T14; const K = 274; const SUM = parent::SUM + self::K; public static $s = 'c274'; public $p = [274, 'x274'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C275 extends C274 implements I15 { use T15; const K = 275; const SUM = parent::SUM + self::K; public static $s = 'c275'; public $p = [275, 'x275'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C276 extends C275 implements I16 { use T16; const K = 276; const SUM = parent::SUM + self::K; public static $s = 'c276'; public $p = [276, 'x276'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C277 extends C276 implements I17 { use T17; const K = 277; const SUM = parent::SUM + self::K; public static $s = 'c277'; public $p = [277, 'x277'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C278 extends C277 implements I18 { use T18; const K = 278; const SUM = parent::SUM + self::K; public static $s = 'c278'; public $p = [278, 'x278'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C279 extends C278 implements I19 { use T19; const K = 279; const SUM = parent::SUM + self::K; public static $s = 'c279'; public $p = [279, 'x279'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C280 implements I0 { use T0; const K = 280; const SUM = self::K; public static $s = 'c280'; public $p = [280, 'x280'];
  public function v0(): int { return self::K + self::IC0; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C281 extends C280 implements I1 { use T1; const K = 281; const SUM = parent::SUM + self::K; public static $s = 'c281'; public $p = [281, 'x281'];
  public function v1(): int { return self::K + self::IC1; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C282 extends C281 implements I2 { use T2; const K = 282; const SUM = parent::SUM + self::K; public static $s = 'c282'; public $p = [282, 'x282'];
  public function v2(): int { return self::K + self::IC2; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C283 extends C282 implements I3 { use T3; const K = 283; const SUM = parent::SUM + self::K; public static $s = 'c283'; public $p = [283, 'x283'];
  public function v3(): int { return self::K + self::IC3; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C284 extends C283 implements I4 { use T4; const K = 284; const SUM = parent::SUM + self::K; public static $s = 'c284'; public $p = [284, 'x284'];
  public function v4(): int { return self::K + self::IC4; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C285 extends C284 implements I5 { use T5; const K = 285; const SUM = parent::SUM + self::K; public static $s = 'c285'; public $p = [285, 'x285'];
  public function v5(): int { return self::K + self::IC5; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C286 extends C285 implements I6 { use T6; const K = 286; const SUM = parent::SUM + self::K; public static $s = 'c286'; public $p = [286, 'x286'];
  public function v6(): int { return self::K + self::IC6; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C287 extends C286 implements I7 { use T7; const K = 287; const SUM = parent::SUM + self::K; public static $s = 'c287'; public $p = [287, 'x287'];
  public function v7(): int { return self::K + self::IC7; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C288 extends C287 implements I8 { use T8; const K = 288; const SUM = parent::SUM + self::K; public static $s = 'c288'; public $p = [288, 'x288'];
  public function v8(): int { return self::K + self::IC8; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C289 extends C288 implements I9 { use T9; const K = 289; const SUM = parent::SUM + self::K; public static $s = 'c289'; public $p = [289, 'x289'];
  public function v9(): int { return self::K + self::IC9; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C290 implements I10 { use T10; const K = 290; const SUM = self::K; public static $s = 'c290'; public $p = [290, 'x290'];
  public function v10(): int { return self::K + self::IC10; } public function who(): string { return __CLASS__ . '<' . 'root'; } }
class C291 extends C290 implements I11 { use T11; const K = 291; const SUM = parent::SUM + self::K; public static $s = 'c291'; public $p = [291, 'x291'];
  public function v11(): int { return self::K + self::IC11; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C292 extends C291 implements I12 { use T12; const K = 292; const SUM = parent::SUM + self::K; public static $s = 'c292'; public $p = [292, 'x292'];
  public function v12(): int { return self::K + self::IC12; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C293 extends C292 implements I13 { use T13; const K = 293; const SUM = parent::SUM + self::K; public static $s = 'c293'; public $p = [293, 'x293'];
  public function v13(): int { return self::K + self::IC13; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C294 extends C293 implements I14 { use T14; const K = 294; const SUM = parent::SUM + self::K; public static $s = 'c294'; public $p = [294, 'x294'];
  public function v14(): int { return self::K + self::IC14; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C295 extends C294 implements I15 { use T15; const K = 295; const SUM = parent::SUM + self::K; public static $s = 'c295'; public $p = [295, 'x295'];
  public function v15(): int { return self::K + self::IC15; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C296 extends C295 implements I16 { use T16; const K = 296; const SUM = parent::SUM + self::K; public static $s = 'c296'; public $p = [296, 'x296'];
  public function v16(): int { return self::K + self::IC16; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C297 extends C296 implements I17 { use T17; const K = 297; const SUM = parent::SUM + self::K; public static $s = 'c297'; public $p = [297, 'x297'];
  public function v17(): int { return self::K + self::IC17; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C298 extends C297 implements I18 { use T18; const K = 298; const SUM = parent::SUM + self::K; public static $s = 'c298'; public $p = [298, 'x298'];
  public function v18(): int { return self::K + self::IC18; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
class C299 extends C298 implements I19 { use T19; const K = 299; const SUM = parent::SUM + self::K; public static $s = 'c299'; public $p = [299, 'x299'];
  public function v19(): int { return self::K + self::IC19; } public function who(): string { return __CLASS__ . '<' . parent::who(); } }
$sum = 0; $names = [];
for ($i = 0; $i < 300; $i++) { $c = 'C' . $i; $o = new $c; $m = 'v' . ($i % 20); $sum += $o->$m() + $c::SUM; if ($i % 37 === 0) $names[] = $o->who() . ' ' . $o->{'t' . ($i % 20)}(); }
echo $sum, "\n", implode("\n", $names), "\n";
echo count(array_filter(get_declared_classes(), fn($c) => preg_match('/^C\d+$/', $c))), ' ', C299::SUM, ' ', json_encode(class_parents('C299')), "\n";
