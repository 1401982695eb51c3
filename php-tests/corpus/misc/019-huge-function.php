<?php
// One function with thousands of statements, locals, branches and literals.
function huge(int $seed): array {
    $acc = $seed;
    $log = [];
    $v0 = $acc * 1 + 0;
    $acc = ($acc + $v0) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1'; } else { $acc += 1; }
    $s2 = 'str-2-' . $acc;
    $acc += strlen($s2);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 3; break; default: $acc ^= 3; }
    foreach ([4, 5] as $k4) { $acc = ($acc * 31 + $k4) % 1000003; }
    $v5 = $acc * 6 + 5;
    $acc = ($acc + $v5) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit6'; } else { $acc += 6; }
    $s7 = 'str-7-' . $acc;
    $acc += strlen($s7);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 8; break; default: $acc ^= 8; }
    foreach ([9, 10] as $k9) { $acc = ($acc * 31 + $k9) % 1000003; }
    $v10 = $acc * 11 + 10;
    $acc = ($acc + $v10) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit11'; } else { $acc += 11; }
    $s12 = 'str-12-' . $acc;
    $acc += strlen($s12);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 13; break; default: $acc ^= 13; }
    foreach ([14, 15] as $k14) { $acc = ($acc * 31 + $k14) % 1000003; }
    $v15 = $acc * 3 + 15;
    $acc = ($acc + $v15) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit16'; } else { $acc += 16; }
    $s17 = 'str-17-' . $acc;
    $acc += strlen($s17);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 18; break; default: $acc ^= 18; }
    foreach ([19, 20] as $k19) { $acc = ($acc * 31 + $k19) % 1000003; }
    $v20 = $acc * 8 + 20;
    $acc = ($acc + $v20) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit21'; } else { $acc += 21; }
    $s22 = 'str-22-' . $acc;
    $acc += strlen($s22);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 23; break; default: $acc ^= 23; }
    foreach ([24, 25] as $k24) { $acc = ($acc * 31 + $k24) % 1000003; }
    $v25 = $acc * 13 + 25;
    $acc = ($acc + $v25) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit26'; } else { $acc += 26; }
    $s27 = 'str-27-' . $acc;
    $acc += strlen($s27);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 28; break; default: $acc ^= 28; }
    foreach ([29, 30] as $k29) { $acc = ($acc * 31 + $k29) % 1000003; }
    $v30 = $acc * 5 + 30;
    $acc = ($acc + $v30) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit31'; } else { $acc += 31; }
    $s32 = 'str-32-' . $acc;
    $acc += strlen($s32);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 33; break; default: $acc ^= 33; }
    foreach ([34, 35] as $k34) { $acc = ($acc * 31 + $k34) % 1000003; }
    $v35 = $acc * 10 + 35;
    $acc = ($acc + $v35) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit36'; } else { $acc += 36; }
    $s37 = 'str-37-' . $acc;
    $acc += strlen($s37);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 38; break; default: $acc ^= 38; }
    foreach ([39, 40] as $k39) { $acc = ($acc * 31 + $k39) % 1000003; }
    $v40 = $acc * 2 + 40;
    $acc = ($acc + $v40) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit41'; } else { $acc += 41; }
    $s42 = 'str-42-' . $acc;
    $acc += strlen($s42);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 43; break; default: $acc ^= 43; }
    foreach ([44, 45] as $k44) { $acc = ($acc * 31 + $k44) % 1000003; }
    $v45 = $acc * 7 + 45;
    $acc = ($acc + $v45) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit46'; } else { $acc += 46; }
    $s47 = 'str-47-' . $acc;
    $acc += strlen($s47);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 48; break; default: $acc ^= 48; }
    foreach ([49, 50] as $k49) { $acc = ($acc * 31 + $k49) % 1000003; }
    $v50 = $acc * 12 + 50;
    $acc = ($acc + $v50) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit51'; } else { $acc += 51; }
    $s52 = 'str-52-' . $acc;
    $acc += strlen($s52);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 53; break; default: $acc ^= 53; }
    foreach ([54, 55] as $k54) { $acc = ($acc * 31 + $k54) % 1000003; }
    $v55 = $acc * 4 + 55;
    $acc = ($acc + $v55) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit56'; } else { $acc += 56; }
    $s57 = 'str-57-' . $acc;
    $acc += strlen($s57);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 58; break; default: $acc ^= 58; }
    foreach ([59, 60] as $k59) { $acc = ($acc * 31 + $k59) % 1000003; }
    $v60 = $acc * 9 + 60;
    $acc = ($acc + $v60) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit61'; } else { $acc += 61; }
    $s62 = 'str-62-' . $acc;
    $acc += strlen($s62);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 63; break; default: $acc ^= 63; }
    foreach ([64, 65] as $k64) { $acc = ($acc * 31 + $k64) % 1000003; }
    $v65 = $acc * 1 + 65;
    $acc = ($acc + $v65) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit66'; } else { $acc += 66; }
    $s67 = 'str-67-' . $acc;
    $acc += strlen($s67);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 68; break; default: $acc ^= 68; }
    foreach ([69, 70] as $k69) { $acc = ($acc * 31 + $k69) % 1000003; }
    $v70 = $acc * 6 + 70;
    $acc = ($acc + $v70) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit71'; } else { $acc += 71; }
    $s72 = 'str-72-' . $acc;
    $acc += strlen($s72);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 73; break; default: $acc ^= 73; }
    foreach ([74, 75] as $k74) { $acc = ($acc * 31 + $k74) % 1000003; }
    $v75 = $acc * 11 + 75;
    $acc = ($acc + $v75) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit76'; } else { $acc += 76; }
    $s77 = 'str-77-' . $acc;
    $acc += strlen($s77);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 78; break; default: $acc ^= 78; }
    foreach ([79, 80] as $k79) { $acc = ($acc * 31 + $k79) % 1000003; }
    $v80 = $acc * 3 + 80;
    $acc = ($acc + $v80) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit81'; } else { $acc += 81; }
    $s82 = 'str-82-' . $acc;
    $acc += strlen($s82);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 83; break; default: $acc ^= 83; }
    foreach ([84, 85] as $k84) { $acc = ($acc * 31 + $k84) % 1000003; }
    $v85 = $acc * 8 + 85;
    $acc = ($acc + $v85) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit86'; } else { $acc += 86; }
    $s87 = 'str-87-' . $acc;
    $acc += strlen($s87);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 88; break; default: $acc ^= 88; }
    foreach ([89, 90] as $k89) { $acc = ($acc * 31 + $k89) % 1000003; }
    $v90 = $acc * 13 + 90;
    $acc = ($acc + $v90) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit91'; } else { $acc += 91; }
    $s92 = 'str-92-' . $acc;
    $acc += strlen($s92);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 93; break; default: $acc ^= 93; }
    foreach ([94, 95] as $k94) { $acc = ($acc * 31 + $k94) % 1000003; }
    $v95 = $acc * 5 + 95;
    $acc = ($acc + $v95) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit96'; } else { $acc += 96; }
    $s97 = 'str-97-' . $acc;
    $acc += strlen($s97);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 98; break; default: $acc ^= 98; }
    foreach ([99, 100] as $k99) { $acc = ($acc * 31 + $k99) % 1000003; }
    $v100 = $acc * 10 + 100;
    $acc = ($acc + $v100) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit101'; } else { $acc += 101; }
    $s102 = 'str-102-' . $acc;
    $acc += strlen($s102);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 103; break; default: $acc ^= 103; }
    foreach ([104, 105] as $k104) { $acc = ($acc * 31 + $k104) % 1000003; }
    $v105 = $acc * 2 + 105;
    $acc = ($acc + $v105) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit106'; } else { $acc += 106; }
    $s107 = 'str-107-' . $acc;
    $acc += strlen($s107);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 108; break; default: $acc ^= 108; }
    foreach ([109, 110] as $k109) { $acc = ($acc * 31 + $k109) % 1000003; }
    $v110 = $acc * 7 + 110;
    $acc = ($acc + $v110) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit111'; } else { $acc += 111; }
    $s112 = 'str-112-' . $acc;
    $acc += strlen($s112);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 113; break; default: $acc ^= 113; }
    foreach ([114, 115] as $k114) { $acc = ($acc * 31 + $k114) % 1000003; }
    $v115 = $acc * 12 + 115;
    $acc = ($acc + $v115) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit116'; } else { $acc += 116; }
    $s117 = 'str-117-' . $acc;
    $acc += strlen($s117);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 118; break; default: $acc ^= 118; }
    foreach ([119, 120] as $k119) { $acc = ($acc * 31 + $k119) % 1000003; }
    $v120 = $acc * 4 + 120;
    $acc = ($acc + $v120) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit121'; } else { $acc += 121; }
    $s122 = 'str-122-' . $acc;
    $acc += strlen($s122);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 123; break; default: $acc ^= 123; }
    foreach ([124, 125] as $k124) { $acc = ($acc * 31 + $k124) % 1000003; }
    $v125 = $acc * 9 + 125;
    $acc = ($acc + $v125) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit126'; } else { $acc += 126; }
    $s127 = 'str-127-' . $acc;
    $acc += strlen($s127);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 128; break; default: $acc ^= 128; }
    foreach ([129, 130] as $k129) { $acc = ($acc * 31 + $k129) % 1000003; }
    $v130 = $acc * 1 + 130;
    $acc = ($acc + $v130) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit131'; } else { $acc += 131; }
    $s132 = 'str-132-' . $acc;
    $acc += strlen($s132);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 133; break; default: $acc ^= 133; }
    foreach ([134, 135] as $k134) { $acc = ($acc * 31 + $k134) % 1000003; }
    $v135 = $acc * 6 + 135;
    $acc = ($acc + $v135) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit136'; } else { $acc += 136; }
    $s137 = 'str-137-' . $acc;
    $acc += strlen($s137);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 138; break; default: $acc ^= 138; }
    foreach ([139, 140] as $k139) { $acc = ($acc * 31 + $k139) % 1000003; }
    $v140 = $acc * 11 + 140;
    $acc = ($acc + $v140) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit141'; } else { $acc += 141; }
    $s142 = 'str-142-' . $acc;
    $acc += strlen($s142);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 143; break; default: $acc ^= 143; }
    foreach ([144, 145] as $k144) { $acc = ($acc * 31 + $k144) % 1000003; }
    $v145 = $acc * 3 + 145;
    $acc = ($acc + $v145) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit146'; } else { $acc += 146; }
    $s147 = 'str-147-' . $acc;
    $acc += strlen($s147);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 148; break; default: $acc ^= 148; }
    foreach ([149, 150] as $k149) { $acc = ($acc * 31 + $k149) % 1000003; }
    $v150 = $acc * 8 + 150;
    $acc = ($acc + $v150) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit151'; } else { $acc += 151; }
    $s152 = 'str-152-' . $acc;
    $acc += strlen($s152);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 153; break; default: $acc ^= 153; }
    foreach ([154, 155] as $k154) { $acc = ($acc * 31 + $k154) % 1000003; }
    $v155 = $acc * 13 + 155;
    $acc = ($acc + $v155) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit156'; } else { $acc += 156; }
    $s157 = 'str-157-' . $acc;
    $acc += strlen($s157);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 158; break; default: $acc ^= 158; }
    foreach ([159, 160] as $k159) { $acc = ($acc * 31 + $k159) % 1000003; }
    $v160 = $acc * 5 + 160;
    $acc = ($acc + $v160) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit161'; } else { $acc += 161; }
    $s162 = 'str-162-' . $acc;
    $acc += strlen($s162);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 163; break; default: $acc ^= 163; }
    foreach ([164, 165] as $k164) { $acc = ($acc * 31 + $k164) % 1000003; }
    $v165 = $acc * 10 + 165;
    $acc = ($acc + $v165) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit166'; } else { $acc += 166; }
    $s167 = 'str-167-' . $acc;
    $acc += strlen($s167);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 168; break; default: $acc ^= 168; }
    foreach ([169, 170] as $k169) { $acc = ($acc * 31 + $k169) % 1000003; }
    $v170 = $acc * 2 + 170;
    $acc = ($acc + $v170) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit171'; } else { $acc += 171; }
    $s172 = 'str-172-' . $acc;
    $acc += strlen($s172);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 173; break; default: $acc ^= 173; }
    foreach ([174, 175] as $k174) { $acc = ($acc * 31 + $k174) % 1000003; }
    $v175 = $acc * 7 + 175;
    $acc = ($acc + $v175) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit176'; } else { $acc += 176; }
    $s177 = 'str-177-' . $acc;
    $acc += strlen($s177);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 178; break; default: $acc ^= 178; }
    foreach ([179, 180] as $k179) { $acc = ($acc * 31 + $k179) % 1000003; }
    $v180 = $acc * 12 + 180;
    $acc = ($acc + $v180) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit181'; } else { $acc += 181; }
    $s182 = 'str-182-' . $acc;
    $acc += strlen($s182);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 183; break; default: $acc ^= 183; }
    foreach ([184, 185] as $k184) { $acc = ($acc * 31 + $k184) % 1000003; }
    $v185 = $acc * 4 + 185;
    $acc = ($acc + $v185) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit186'; } else { $acc += 186; }
    $s187 = 'str-187-' . $acc;
    $acc += strlen($s187);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 188; break; default: $acc ^= 188; }
    foreach ([189, 190] as $k189) { $acc = ($acc * 31 + $k189) % 1000003; }
    $v190 = $acc * 9 + 190;
    $acc = ($acc + $v190) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit191'; } else { $acc += 191; }
    $s192 = 'str-192-' . $acc;
    $acc += strlen($s192);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 193; break; default: $acc ^= 193; }
    foreach ([194, 195] as $k194) { $acc = ($acc * 31 + $k194) % 1000003; }
    $v195 = $acc * 1 + 195;
    $acc = ($acc + $v195) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit196'; } else { $acc += 196; }
    $s197 = 'str-197-' . $acc;
    $acc += strlen($s197);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 198; break; default: $acc ^= 198; }
    foreach ([199, 200] as $k199) { $acc = ($acc * 31 + $k199) % 1000003; }
    $v200 = $acc * 6 + 200;
    $acc = ($acc + $v200) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit201'; } else { $acc += 201; }
    $s202 = 'str-202-' . $acc;
    $acc += strlen($s202);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 203; break; default: $acc ^= 203; }
    foreach ([204, 205] as $k204) { $acc = ($acc * 31 + $k204) % 1000003; }
    $v205 = $acc * 11 + 205;
    $acc = ($acc + $v205) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit206'; } else { $acc += 206; }
    $s207 = 'str-207-' . $acc;
    $acc += strlen($s207);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 208; break; default: $acc ^= 208; }
    foreach ([209, 210] as $k209) { $acc = ($acc * 31 + $k209) % 1000003; }
    $v210 = $acc * 3 + 210;
    $acc = ($acc + $v210) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit211'; } else { $acc += 211; }
    $s212 = 'str-212-' . $acc;
    $acc += strlen($s212);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 213; break; default: $acc ^= 213; }
    foreach ([214, 215] as $k214) { $acc = ($acc * 31 + $k214) % 1000003; }
    $v215 = $acc * 8 + 215;
    $acc = ($acc + $v215) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit216'; } else { $acc += 216; }
    $s217 = 'str-217-' . $acc;
    $acc += strlen($s217);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 218; break; default: $acc ^= 218; }
    foreach ([219, 220] as $k219) { $acc = ($acc * 31 + $k219) % 1000003; }
    $v220 = $acc * 13 + 220;
    $acc = ($acc + $v220) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit221'; } else { $acc += 221; }
    $s222 = 'str-222-' . $acc;
    $acc += strlen($s222);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 223; break; default: $acc ^= 223; }
    foreach ([224, 225] as $k224) { $acc = ($acc * 31 + $k224) % 1000003; }
    $v225 = $acc * 5 + 225;
    $acc = ($acc + $v225) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit226'; } else { $acc += 226; }
    $s227 = 'str-227-' . $acc;
    $acc += strlen($s227);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 228; break; default: $acc ^= 228; }
    foreach ([229, 230] as $k229) { $acc = ($acc * 31 + $k229) % 1000003; }
    $v230 = $acc * 10 + 230;
    $acc = ($acc + $v230) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit231'; } else { $acc += 231; }
    $s232 = 'str-232-' . $acc;
    $acc += strlen($s232);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 233; break; default: $acc ^= 233; }
    foreach ([234, 235] as $k234) { $acc = ($acc * 31 + $k234) % 1000003; }
    $v235 = $acc * 2 + 235;
    $acc = ($acc + $v235) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit236'; } else { $acc += 236; }
    $s237 = 'str-237-' . $acc;
    $acc += strlen($s237);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 238; break; default: $acc ^= 238; }
    foreach ([239, 240] as $k239) { $acc = ($acc * 31 + $k239) % 1000003; }
    $v240 = $acc * 7 + 240;
    $acc = ($acc + $v240) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit241'; } else { $acc += 241; }
    $s242 = 'str-242-' . $acc;
    $acc += strlen($s242);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 243; break; default: $acc ^= 243; }
    foreach ([244, 245] as $k244) { $acc = ($acc * 31 + $k244) % 1000003; }
    $v245 = $acc * 12 + 245;
    $acc = ($acc + $v245) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit246'; } else { $acc += 246; }
    $s247 = 'str-247-' . $acc;
    $acc += strlen($s247);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 248; break; default: $acc ^= 248; }
    foreach ([249, 250] as $k249) { $acc = ($acc * 31 + $k249) % 1000003; }
    $v250 = $acc * 4 + 250;
    $acc = ($acc + $v250) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit251'; } else { $acc += 251; }
    $s252 = 'str-252-' . $acc;
    $acc += strlen($s252);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 253; break; default: $acc ^= 253; }
    foreach ([254, 255] as $k254) { $acc = ($acc * 31 + $k254) % 1000003; }
    $v255 = $acc * 9 + 255;
    $acc = ($acc + $v255) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit256'; } else { $acc += 256; }
    $s257 = 'str-257-' . $acc;
    $acc += strlen($s257);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 258; break; default: $acc ^= 258; }
    foreach ([259, 260] as $k259) { $acc = ($acc * 31 + $k259) % 1000003; }
    $v260 = $acc * 1 + 260;
    $acc = ($acc + $v260) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit261'; } else { $acc += 261; }
    $s262 = 'str-262-' . $acc;
    $acc += strlen($s262);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 263; break; default: $acc ^= 263; }
    foreach ([264, 265] as $k264) { $acc = ($acc * 31 + $k264) % 1000003; }
    $v265 = $acc * 6 + 265;
    $acc = ($acc + $v265) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit266'; } else { $acc += 266; }
    $s267 = 'str-267-' . $acc;
    $acc += strlen($s267);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 268; break; default: $acc ^= 268; }
    foreach ([269, 270] as $k269) { $acc = ($acc * 31 + $k269) % 1000003; }
    $v270 = $acc * 11 + 270;
    $acc = ($acc + $v270) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit271'; } else { $acc += 271; }
    $s272 = 'str-272-' . $acc;
    $acc += strlen($s272);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 273; break; default: $acc ^= 273; }
    foreach ([274, 275] as $k274) { $acc = ($acc * 31 + $k274) % 1000003; }
    $v275 = $acc * 3 + 275;
    $acc = ($acc + $v275) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit276'; } else { $acc += 276; }
    $s277 = 'str-277-' . $acc;
    $acc += strlen($s277);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 278; break; default: $acc ^= 278; }
    foreach ([279, 280] as $k279) { $acc = ($acc * 31 + $k279) % 1000003; }
    $v280 = $acc * 8 + 280;
    $acc = ($acc + $v280) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit281'; } else { $acc += 281; }
    $s282 = 'str-282-' . $acc;
    $acc += strlen($s282);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 283; break; default: $acc ^= 283; }
    foreach ([284, 285] as $k284) { $acc = ($acc * 31 + $k284) % 1000003; }
    $v285 = $acc * 13 + 285;
    $acc = ($acc + $v285) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit286'; } else { $acc += 286; }
    $s287 = 'str-287-' . $acc;
    $acc += strlen($s287);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 288; break; default: $acc ^= 288; }
    foreach ([289, 290] as $k289) { $acc = ($acc * 31 + $k289) % 1000003; }
    $v290 = $acc * 5 + 290;
    $acc = ($acc + $v290) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit291'; } else { $acc += 291; }
    $s292 = 'str-292-' . $acc;
    $acc += strlen($s292);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 293; break; default: $acc ^= 293; }
    foreach ([294, 295] as $k294) { $acc = ($acc * 31 + $k294) % 1000003; }
    $v295 = $acc * 10 + 295;
    $acc = ($acc + $v295) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit296'; } else { $acc += 296; }
    $s297 = 'str-297-' . $acc;
    $acc += strlen($s297);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 298; break; default: $acc ^= 298; }
    foreach ([299, 300] as $k299) { $acc = ($acc * 31 + $k299) % 1000003; }
    $v300 = $acc * 2 + 300;
    $acc = ($acc + $v300) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit301'; } else { $acc += 301; }
    $s302 = 'str-302-' . $acc;
    $acc += strlen($s302);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 303; break; default: $acc ^= 303; }
    foreach ([304, 305] as $k304) { $acc = ($acc * 31 + $k304) % 1000003; }
    $v305 = $acc * 7 + 305;
    $acc = ($acc + $v305) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit306'; } else { $acc += 306; }
    $s307 = 'str-307-' . $acc;
    $acc += strlen($s307);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 308; break; default: $acc ^= 308; }
    foreach ([309, 310] as $k309) { $acc = ($acc * 31 + $k309) % 1000003; }
    $v310 = $acc * 12 + 310;
    $acc = ($acc + $v310) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit311'; } else { $acc += 311; }
    $s312 = 'str-312-' . $acc;
    $acc += strlen($s312);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 313; break; default: $acc ^= 313; }
    foreach ([314, 315] as $k314) { $acc = ($acc * 31 + $k314) % 1000003; }
    $v315 = $acc * 4 + 315;
    $acc = ($acc + $v315) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit316'; } else { $acc += 316; }
    $s317 = 'str-317-' . $acc;
    $acc += strlen($s317);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 318; break; default: $acc ^= 318; }
    foreach ([319, 320] as $k319) { $acc = ($acc * 31 + $k319) % 1000003; }
    $v320 = $acc * 9 + 320;
    $acc = ($acc + $v320) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit321'; } else { $acc += 321; }
    $s322 = 'str-322-' . $acc;
    $acc += strlen($s322);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 323; break; default: $acc ^= 323; }
    foreach ([324, 325] as $k324) { $acc = ($acc * 31 + $k324) % 1000003; }
    $v325 = $acc * 1 + 325;
    $acc = ($acc + $v325) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit326'; } else { $acc += 326; }
    $s327 = 'str-327-' . $acc;
    $acc += strlen($s327);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 328; break; default: $acc ^= 328; }
    foreach ([329, 330] as $k329) { $acc = ($acc * 31 + $k329) % 1000003; }
    $v330 = $acc * 6 + 330;
    $acc = ($acc + $v330) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit331'; } else { $acc += 331; }
    $s332 = 'str-332-' . $acc;
    $acc += strlen($s332);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 333; break; default: $acc ^= 333; }
    foreach ([334, 335] as $k334) { $acc = ($acc * 31 + $k334) % 1000003; }
    $v335 = $acc * 11 + 335;
    $acc = ($acc + $v335) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit336'; } else { $acc += 336; }
    $s337 = 'str-337-' . $acc;
    $acc += strlen($s337);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 338; break; default: $acc ^= 338; }
    foreach ([339, 340] as $k339) { $acc = ($acc * 31 + $k339) % 1000003; }
    $v340 = $acc * 3 + 340;
    $acc = ($acc + $v340) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit341'; } else { $acc += 341; }
    $s342 = 'str-342-' . $acc;
    $acc += strlen($s342);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 343; break; default: $acc ^= 343; }
    foreach ([344, 345] as $k344) { $acc = ($acc * 31 + $k344) % 1000003; }
    $v345 = $acc * 8 + 345;
    $acc = ($acc + $v345) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit346'; } else { $acc += 346; }
    $s347 = 'str-347-' . $acc;
    $acc += strlen($s347);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 348; break; default: $acc ^= 348; }
    foreach ([349, 350] as $k349) { $acc = ($acc * 31 + $k349) % 1000003; }
    $v350 = $acc * 13 + 350;
    $acc = ($acc + $v350) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit351'; } else { $acc += 351; }
    $s352 = 'str-352-' . $acc;
    $acc += strlen($s352);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 353; break; default: $acc ^= 353; }
    foreach ([354, 355] as $k354) { $acc = ($acc * 31 + $k354) % 1000003; }
    $v355 = $acc * 5 + 355;
    $acc = ($acc + $v355) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit356'; } else { $acc += 356; }
    $s357 = 'str-357-' . $acc;
    $acc += strlen($s357);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 358; break; default: $acc ^= 358; }
    foreach ([359, 360] as $k359) { $acc = ($acc * 31 + $k359) % 1000003; }
    $v360 = $acc * 10 + 360;
    $acc = ($acc + $v360) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit361'; } else { $acc += 361; }
    $s362 = 'str-362-' . $acc;
    $acc += strlen($s362);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 363; break; default: $acc ^= 363; }
    foreach ([364, 365] as $k364) { $acc = ($acc * 31 + $k364) % 1000003; }
    $v365 = $acc * 2 + 365;
    $acc = ($acc + $v365) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit366'; } else { $acc += 366; }
    $s367 = 'str-367-' . $acc;
    $acc += strlen($s367);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 368; break; default: $acc ^= 368; }
    foreach ([369, 370] as $k369) { $acc = ($acc * 31 + $k369) % 1000003; }
    $v370 = $acc * 7 + 370;
    $acc = ($acc + $v370) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit371'; } else { $acc += 371; }
    $s372 = 'str-372-' . $acc;
    $acc += strlen($s372);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 373; break; default: $acc ^= 373; }
    foreach ([374, 375] as $k374) { $acc = ($acc * 31 + $k374) % 1000003; }
    $v375 = $acc * 12 + 375;
    $acc = ($acc + $v375) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit376'; } else { $acc += 376; }
    $s377 = 'str-377-' . $acc;
    $acc += strlen($s377);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 378; break; default: $acc ^= 378; }
    foreach ([379, 380] as $k379) { $acc = ($acc * 31 + $k379) % 1000003; }
    $v380 = $acc * 4 + 380;
    $acc = ($acc + $v380) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit381'; } else { $acc += 381; }
    $s382 = 'str-382-' . $acc;
    $acc += strlen($s382);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 383; break; default: $acc ^= 383; }
    foreach ([384, 385] as $k384) { $acc = ($acc * 31 + $k384) % 1000003; }
    $v385 = $acc * 9 + 385;
    $acc = ($acc + $v385) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit386'; } else { $acc += 386; }
    $s387 = 'str-387-' . $acc;
    $acc += strlen($s387);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 388; break; default: $acc ^= 388; }
    foreach ([389, 390] as $k389) { $acc = ($acc * 31 + $k389) % 1000003; }
    $v390 = $acc * 1 + 390;
    $acc = ($acc + $v390) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit391'; } else { $acc += 391; }
    $s392 = 'str-392-' . $acc;
    $acc += strlen($s392);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 393; break; default: $acc ^= 393; }
    foreach ([394, 395] as $k394) { $acc = ($acc * 31 + $k394) % 1000003; }
    $v395 = $acc * 6 + 395;
    $acc = ($acc + $v395) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit396'; } else { $acc += 396; }
    $s397 = 'str-397-' . $acc;
    $acc += strlen($s397);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 398; break; default: $acc ^= 398; }
    foreach ([399, 400] as $k399) { $acc = ($acc * 31 + $k399) % 1000003; }
    $v400 = $acc * 11 + 400;
    $acc = ($acc + $v400) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit401'; } else { $acc += 401; }
    $s402 = 'str-402-' . $acc;
    $acc += strlen($s402);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 403; break; default: $acc ^= 403; }
    foreach ([404, 405] as $k404) { $acc = ($acc * 31 + $k404) % 1000003; }
    $v405 = $acc * 3 + 405;
    $acc = ($acc + $v405) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit406'; } else { $acc += 406; }
    $s407 = 'str-407-' . $acc;
    $acc += strlen($s407);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 408; break; default: $acc ^= 408; }
    foreach ([409, 410] as $k409) { $acc = ($acc * 31 + $k409) % 1000003; }
    $v410 = $acc * 8 + 410;
    $acc = ($acc + $v410) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit411'; } else { $acc += 411; }
    $s412 = 'str-412-' . $acc;
    $acc += strlen($s412);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 413; break; default: $acc ^= 413; }
    foreach ([414, 415] as $k414) { $acc = ($acc * 31 + $k414) % 1000003; }
    $v415 = $acc * 13 + 415;
    $acc = ($acc + $v415) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit416'; } else { $acc += 416; }
    $s417 = 'str-417-' . $acc;
    $acc += strlen($s417);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 418; break; default: $acc ^= 418; }
    foreach ([419, 420] as $k419) { $acc = ($acc * 31 + $k419) % 1000003; }
    $v420 = $acc * 5 + 420;
    $acc = ($acc + $v420) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit421'; } else { $acc += 421; }
    $s422 = 'str-422-' . $acc;
    $acc += strlen($s422);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 423; break; default: $acc ^= 423; }
    foreach ([424, 425] as $k424) { $acc = ($acc * 31 + $k424) % 1000003; }
    $v425 = $acc * 10 + 425;
    $acc = ($acc + $v425) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit426'; } else { $acc += 426; }
    $s427 = 'str-427-' . $acc;
    $acc += strlen($s427);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 428; break; default: $acc ^= 428; }
    foreach ([429, 430] as $k429) { $acc = ($acc * 31 + $k429) % 1000003; }
    $v430 = $acc * 2 + 430;
    $acc = ($acc + $v430) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit431'; } else { $acc += 431; }
    $s432 = 'str-432-' . $acc;
    $acc += strlen($s432);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 433; break; default: $acc ^= 433; }
    foreach ([434, 435] as $k434) { $acc = ($acc * 31 + $k434) % 1000003; }
    $v435 = $acc * 7 + 435;
    $acc = ($acc + $v435) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit436'; } else { $acc += 436; }
    $s437 = 'str-437-' . $acc;
    $acc += strlen($s437);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 438; break; default: $acc ^= 438; }
    foreach ([439, 440] as $k439) { $acc = ($acc * 31 + $k439) % 1000003; }
    $v440 = $acc * 12 + 440;
    $acc = ($acc + $v440) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit441'; } else { $acc += 441; }
    $s442 = 'str-442-' . $acc;
    $acc += strlen($s442);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 443; break; default: $acc ^= 443; }
    foreach ([444, 445] as $k444) { $acc = ($acc * 31 + $k444) % 1000003; }
    $v445 = $acc * 4 + 445;
    $acc = ($acc + $v445) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit446'; } else { $acc += 446; }
    $s447 = 'str-447-' . $acc;
    $acc += strlen($s447);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 448; break; default: $acc ^= 448; }
    foreach ([449, 450] as $k449) { $acc = ($acc * 31 + $k449) % 1000003; }
    $v450 = $acc * 9 + 450;
    $acc = ($acc + $v450) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit451'; } else { $acc += 451; }
    $s452 = 'str-452-' . $acc;
    $acc += strlen($s452);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 453; break; default: $acc ^= 453; }
    foreach ([454, 455] as $k454) { $acc = ($acc * 31 + $k454) % 1000003; }
    $v455 = $acc * 1 + 455;
    $acc = ($acc + $v455) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit456'; } else { $acc += 456; }
    $s457 = 'str-457-' . $acc;
    $acc += strlen($s457);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 458; break; default: $acc ^= 458; }
    foreach ([459, 460] as $k459) { $acc = ($acc * 31 + $k459) % 1000003; }
    $v460 = $acc * 6 + 460;
    $acc = ($acc + $v460) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit461'; } else { $acc += 461; }
    $s462 = 'str-462-' . $acc;
    $acc += strlen($s462);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 463; break; default: $acc ^= 463; }
    foreach ([464, 465] as $k464) { $acc = ($acc * 31 + $k464) % 1000003; }
    $v465 = $acc * 11 + 465;
    $acc = ($acc + $v465) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit466'; } else { $acc += 466; }
    $s467 = 'str-467-' . $acc;
    $acc += strlen($s467);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 468; break; default: $acc ^= 468; }
    foreach ([469, 470] as $k469) { $acc = ($acc * 31 + $k469) % 1000003; }
    $v470 = $acc * 3 + 470;
    $acc = ($acc + $v470) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit471'; } else { $acc += 471; }
    $s472 = 'str-472-' . $acc;
    $acc += strlen($s472);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 473; break; default: $acc ^= 473; }
    foreach ([474, 475] as $k474) { $acc = ($acc * 31 + $k474) % 1000003; }
    $v475 = $acc * 8 + 475;
    $acc = ($acc + $v475) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit476'; } else { $acc += 476; }
    $s477 = 'str-477-' . $acc;
    $acc += strlen($s477);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 478; break; default: $acc ^= 478; }
    foreach ([479, 480] as $k479) { $acc = ($acc * 31 + $k479) % 1000003; }
    $v480 = $acc * 13 + 480;
    $acc = ($acc + $v480) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit481'; } else { $acc += 481; }
    $s482 = 'str-482-' . $acc;
    $acc += strlen($s482);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 483; break; default: $acc ^= 483; }
    foreach ([484, 485] as $k484) { $acc = ($acc * 31 + $k484) % 1000003; }
    $v485 = $acc * 5 + 485;
    $acc = ($acc + $v485) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit486'; } else { $acc += 486; }
    $s487 = 'str-487-' . $acc;
    $acc += strlen($s487);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 488; break; default: $acc ^= 488; }
    foreach ([489, 490] as $k489) { $acc = ($acc * 31 + $k489) % 1000003; }
    $v490 = $acc * 10 + 490;
    $acc = ($acc + $v490) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit491'; } else { $acc += 491; }
    $s492 = 'str-492-' . $acc;
    $acc += strlen($s492);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 493; break; default: $acc ^= 493; }
    foreach ([494, 495] as $k494) { $acc = ($acc * 31 + $k494) % 1000003; }
    $v495 = $acc * 2 + 495;
    $acc = ($acc + $v495) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit496'; } else { $acc += 496; }
    $s497 = 'str-497-' . $acc;
    $acc += strlen($s497);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 498; break; default: $acc ^= 498; }
    foreach ([499, 500] as $k499) { $acc = ($acc * 31 + $k499) % 1000003; }
    $v500 = $acc * 7 + 500;
    $acc = ($acc + $v500) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit501'; } else { $acc += 501; }
    $s502 = 'str-502-' . $acc;
    $acc += strlen($s502);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 503; break; default: $acc ^= 503; }
    foreach ([504, 505] as $k504) { $acc = ($acc * 31 + $k504) % 1000003; }
    $v505 = $acc * 12 + 505;
    $acc = ($acc + $v505) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit506'; } else { $acc += 506; }
    $s507 = 'str-507-' . $acc;
    $acc += strlen($s507);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 508; break; default: $acc ^= 508; }
    foreach ([509, 510] as $k509) { $acc = ($acc * 31 + $k509) % 1000003; }
    $v510 = $acc * 4 + 510;
    $acc = ($acc + $v510) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit511'; } else { $acc += 511; }
    $s512 = 'str-512-' . $acc;
    $acc += strlen($s512);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 513; break; default: $acc ^= 513; }
    foreach ([514, 515] as $k514) { $acc = ($acc * 31 + $k514) % 1000003; }
    $v515 = $acc * 9 + 515;
    $acc = ($acc + $v515) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit516'; } else { $acc += 516; }
    $s517 = 'str-517-' . $acc;
    $acc += strlen($s517);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 518; break; default: $acc ^= 518; }
    foreach ([519, 520] as $k519) { $acc = ($acc * 31 + $k519) % 1000003; }
    $v520 = $acc * 1 + 520;
    $acc = ($acc + $v520) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit521'; } else { $acc += 521; }
    $s522 = 'str-522-' . $acc;
    $acc += strlen($s522);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 523; break; default: $acc ^= 523; }
    foreach ([524, 525] as $k524) { $acc = ($acc * 31 + $k524) % 1000003; }
    $v525 = $acc * 6 + 525;
    $acc = ($acc + $v525) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit526'; } else { $acc += 526; }
    $s527 = 'str-527-' . $acc;
    $acc += strlen($s527);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 528; break; default: $acc ^= 528; }
    foreach ([529, 530] as $k529) { $acc = ($acc * 31 + $k529) % 1000003; }
    $v530 = $acc * 11 + 530;
    $acc = ($acc + $v530) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit531'; } else { $acc += 531; }
    $s532 = 'str-532-' . $acc;
    $acc += strlen($s532);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 533; break; default: $acc ^= 533; }
    foreach ([534, 535] as $k534) { $acc = ($acc * 31 + $k534) % 1000003; }
    $v535 = $acc * 3 + 535;
    $acc = ($acc + $v535) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit536'; } else { $acc += 536; }
    $s537 = 'str-537-' . $acc;
    $acc += strlen($s537);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 538; break; default: $acc ^= 538; }
    foreach ([539, 540] as $k539) { $acc = ($acc * 31 + $k539) % 1000003; }
    $v540 = $acc * 8 + 540;
    $acc = ($acc + $v540) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit541'; } else { $acc += 541; }
    $s542 = 'str-542-' . $acc;
    $acc += strlen($s542);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 543; break; default: $acc ^= 543; }
    foreach ([544, 545] as $k544) { $acc = ($acc * 31 + $k544) % 1000003; }
    $v545 = $acc * 13 + 545;
    $acc = ($acc + $v545) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit546'; } else { $acc += 546; }
    $s547 = 'str-547-' . $acc;
    $acc += strlen($s547);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 548; break; default: $acc ^= 548; }
    foreach ([549, 550] as $k549) { $acc = ($acc * 31 + $k549) % 1000003; }
    $v550 = $acc * 5 + 550;
    $acc = ($acc + $v550) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit551'; } else { $acc += 551; }
    $s552 = 'str-552-' . $acc;
    $acc += strlen($s552);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 553; break; default: $acc ^= 553; }
    foreach ([554, 555] as $k554) { $acc = ($acc * 31 + $k554) % 1000003; }
    $v555 = $acc * 10 + 555;
    $acc = ($acc + $v555) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit556'; } else { $acc += 556; }
    $s557 = 'str-557-' . $acc;
    $acc += strlen($s557);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 558; break; default: $acc ^= 558; }
    foreach ([559, 560] as $k559) { $acc = ($acc * 31 + $k559) % 1000003; }
    $v560 = $acc * 2 + 560;
    $acc = ($acc + $v560) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit561'; } else { $acc += 561; }
    $s562 = 'str-562-' . $acc;
    $acc += strlen($s562);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 563; break; default: $acc ^= 563; }
    foreach ([564, 565] as $k564) { $acc = ($acc * 31 + $k564) % 1000003; }
    $v565 = $acc * 7 + 565;
    $acc = ($acc + $v565) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit566'; } else { $acc += 566; }
    $s567 = 'str-567-' . $acc;
    $acc += strlen($s567);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 568; break; default: $acc ^= 568; }
    foreach ([569, 570] as $k569) { $acc = ($acc * 31 + $k569) % 1000003; }
    $v570 = $acc * 12 + 570;
    $acc = ($acc + $v570) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit571'; } else { $acc += 571; }
    $s572 = 'str-572-' . $acc;
    $acc += strlen($s572);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 573; break; default: $acc ^= 573; }
    foreach ([574, 575] as $k574) { $acc = ($acc * 31 + $k574) % 1000003; }
    $v575 = $acc * 4 + 575;
    $acc = ($acc + $v575) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit576'; } else { $acc += 576; }
    $s577 = 'str-577-' . $acc;
    $acc += strlen($s577);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 578; break; default: $acc ^= 578; }
    foreach ([579, 580] as $k579) { $acc = ($acc * 31 + $k579) % 1000003; }
    $v580 = $acc * 9 + 580;
    $acc = ($acc + $v580) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit581'; } else { $acc += 581; }
    $s582 = 'str-582-' . $acc;
    $acc += strlen($s582);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 583; break; default: $acc ^= 583; }
    foreach ([584, 585] as $k584) { $acc = ($acc * 31 + $k584) % 1000003; }
    $v585 = $acc * 1 + 585;
    $acc = ($acc + $v585) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit586'; } else { $acc += 586; }
    $s587 = 'str-587-' . $acc;
    $acc += strlen($s587);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 588; break; default: $acc ^= 588; }
    foreach ([589, 590] as $k589) { $acc = ($acc * 31 + $k589) % 1000003; }
    $v590 = $acc * 6 + 590;
    $acc = ($acc + $v590) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit591'; } else { $acc += 591; }
    $s592 = 'str-592-' . $acc;
    $acc += strlen($s592);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 593; break; default: $acc ^= 593; }
    foreach ([594, 595] as $k594) { $acc = ($acc * 31 + $k594) % 1000003; }
    $v595 = $acc * 11 + 595;
    $acc = ($acc + $v595) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit596'; } else { $acc += 596; }
    $s597 = 'str-597-' . $acc;
    $acc += strlen($s597);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 598; break; default: $acc ^= 598; }
    foreach ([599, 600] as $k599) { $acc = ($acc * 31 + $k599) % 1000003; }
    $v600 = $acc * 3 + 600;
    $acc = ($acc + $v600) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit601'; } else { $acc += 601; }
    $s602 = 'str-602-' . $acc;
    $acc += strlen($s602);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 603; break; default: $acc ^= 603; }
    foreach ([604, 605] as $k604) { $acc = ($acc * 31 + $k604) % 1000003; }
    $v605 = $acc * 8 + 605;
    $acc = ($acc + $v605) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit606'; } else { $acc += 606; }
    $s607 = 'str-607-' . $acc;
    $acc += strlen($s607);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 608; break; default: $acc ^= 608; }
    foreach ([609, 610] as $k609) { $acc = ($acc * 31 + $k609) % 1000003; }
    $v610 = $acc * 13 + 610;
    $acc = ($acc + $v610) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit611'; } else { $acc += 611; }
    $s612 = 'str-612-' . $acc;
    $acc += strlen($s612);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 613; break; default: $acc ^= 613; }
    foreach ([614, 615] as $k614) { $acc = ($acc * 31 + $k614) % 1000003; }
    $v615 = $acc * 5 + 615;
    $acc = ($acc + $v615) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit616'; } else { $acc += 616; }
    $s617 = 'str-617-' . $acc;
    $acc += strlen($s617);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 618; break; default: $acc ^= 618; }
    foreach ([619, 620] as $k619) { $acc = ($acc * 31 + $k619) % 1000003; }
    $v620 = $acc * 10 + 620;
    $acc = ($acc + $v620) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit621'; } else { $acc += 621; }
    $s622 = 'str-622-' . $acc;
    $acc += strlen($s622);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 623; break; default: $acc ^= 623; }
    foreach ([624, 625] as $k624) { $acc = ($acc * 31 + $k624) % 1000003; }
    $v625 = $acc * 2 + 625;
    $acc = ($acc + $v625) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit626'; } else { $acc += 626; }
    $s627 = 'str-627-' . $acc;
    $acc += strlen($s627);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 628; break; default: $acc ^= 628; }
    foreach ([629, 630] as $k629) { $acc = ($acc * 31 + $k629) % 1000003; }
    $v630 = $acc * 7 + 630;
    $acc = ($acc + $v630) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit631'; } else { $acc += 631; }
    $s632 = 'str-632-' . $acc;
    $acc += strlen($s632);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 633; break; default: $acc ^= 633; }
    foreach ([634, 635] as $k634) { $acc = ($acc * 31 + $k634) % 1000003; }
    $v635 = $acc * 12 + 635;
    $acc = ($acc + $v635) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit636'; } else { $acc += 636; }
    $s637 = 'str-637-' . $acc;
    $acc += strlen($s637);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 638; break; default: $acc ^= 638; }
    foreach ([639, 640] as $k639) { $acc = ($acc * 31 + $k639) % 1000003; }
    $v640 = $acc * 4 + 640;
    $acc = ($acc + $v640) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit641'; } else { $acc += 641; }
    $s642 = 'str-642-' . $acc;
    $acc += strlen($s642);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 643; break; default: $acc ^= 643; }
    foreach ([644, 645] as $k644) { $acc = ($acc * 31 + $k644) % 1000003; }
    $v645 = $acc * 9 + 645;
    $acc = ($acc + $v645) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit646'; } else { $acc += 646; }
    $s647 = 'str-647-' . $acc;
    $acc += strlen($s647);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 648; break; default: $acc ^= 648; }
    foreach ([649, 650] as $k649) { $acc = ($acc * 31 + $k649) % 1000003; }
    $v650 = $acc * 1 + 650;
    $acc = ($acc + $v650) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit651'; } else { $acc += 651; }
    $s652 = 'str-652-' . $acc;
    $acc += strlen($s652);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 653; break; default: $acc ^= 653; }
    foreach ([654, 655] as $k654) { $acc = ($acc * 31 + $k654) % 1000003; }
    $v655 = $acc * 6 + 655;
    $acc = ($acc + $v655) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit656'; } else { $acc += 656; }
    $s657 = 'str-657-' . $acc;
    $acc += strlen($s657);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 658; break; default: $acc ^= 658; }
    foreach ([659, 660] as $k659) { $acc = ($acc * 31 + $k659) % 1000003; }
    $v660 = $acc * 11 + 660;
    $acc = ($acc + $v660) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit661'; } else { $acc += 661; }
    $s662 = 'str-662-' . $acc;
    $acc += strlen($s662);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 663; break; default: $acc ^= 663; }
    foreach ([664, 665] as $k664) { $acc = ($acc * 31 + $k664) % 1000003; }
    $v665 = $acc * 3 + 665;
    $acc = ($acc + $v665) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit666'; } else { $acc += 666; }
    $s667 = 'str-667-' . $acc;
    $acc += strlen($s667);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 668; break; default: $acc ^= 668; }
    foreach ([669, 670] as $k669) { $acc = ($acc * 31 + $k669) % 1000003; }
    $v670 = $acc * 8 + 670;
    $acc = ($acc + $v670) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit671'; } else { $acc += 671; }
    $s672 = 'str-672-' . $acc;
    $acc += strlen($s672);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 673; break; default: $acc ^= 673; }
    foreach ([674, 675] as $k674) { $acc = ($acc * 31 + $k674) % 1000003; }
    $v675 = $acc * 13 + 675;
    $acc = ($acc + $v675) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit676'; } else { $acc += 676; }
    $s677 = 'str-677-' . $acc;
    $acc += strlen($s677);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 678; break; default: $acc ^= 678; }
    foreach ([679, 680] as $k679) { $acc = ($acc * 31 + $k679) % 1000003; }
    $v680 = $acc * 5 + 680;
    $acc = ($acc + $v680) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit681'; } else { $acc += 681; }
    $s682 = 'str-682-' . $acc;
    $acc += strlen($s682);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 683; break; default: $acc ^= 683; }
    foreach ([684, 685] as $k684) { $acc = ($acc * 31 + $k684) % 1000003; }
    $v685 = $acc * 10 + 685;
    $acc = ($acc + $v685) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit686'; } else { $acc += 686; }
    $s687 = 'str-687-' . $acc;
    $acc += strlen($s687);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 688; break; default: $acc ^= 688; }
    foreach ([689, 690] as $k689) { $acc = ($acc * 31 + $k689) % 1000003; }
    $v690 = $acc * 2 + 690;
    $acc = ($acc + $v690) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit691'; } else { $acc += 691; }
    $s692 = 'str-692-' . $acc;
    $acc += strlen($s692);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 693; break; default: $acc ^= 693; }
    foreach ([694, 695] as $k694) { $acc = ($acc * 31 + $k694) % 1000003; }
    $v695 = $acc * 7 + 695;
    $acc = ($acc + $v695) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit696'; } else { $acc += 696; }
    $s697 = 'str-697-' . $acc;
    $acc += strlen($s697);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 698; break; default: $acc ^= 698; }
    foreach ([699, 700] as $k699) { $acc = ($acc * 31 + $k699) % 1000003; }
    $v700 = $acc * 12 + 700;
    $acc = ($acc + $v700) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit701'; } else { $acc += 701; }
    $s702 = 'str-702-' . $acc;
    $acc += strlen($s702);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 703; break; default: $acc ^= 703; }
    foreach ([704, 705] as $k704) { $acc = ($acc * 31 + $k704) % 1000003; }
    $v705 = $acc * 4 + 705;
    $acc = ($acc + $v705) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit706'; } else { $acc += 706; }
    $s707 = 'str-707-' . $acc;
    $acc += strlen($s707);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 708; break; default: $acc ^= 708; }
    foreach ([709, 710] as $k709) { $acc = ($acc * 31 + $k709) % 1000003; }
    $v710 = $acc * 9 + 710;
    $acc = ($acc + $v710) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit711'; } else { $acc += 711; }
    $s712 = 'str-712-' . $acc;
    $acc += strlen($s712);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 713; break; default: $acc ^= 713; }
    foreach ([714, 715] as $k714) { $acc = ($acc * 31 + $k714) % 1000003; }
    $v715 = $acc * 1 + 715;
    $acc = ($acc + $v715) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit716'; } else { $acc += 716; }
    $s717 = 'str-717-' . $acc;
    $acc += strlen($s717);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 718; break; default: $acc ^= 718; }
    foreach ([719, 720] as $k719) { $acc = ($acc * 31 + $k719) % 1000003; }
    $v720 = $acc * 6 + 720;
    $acc = ($acc + $v720) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit721'; } else { $acc += 721; }
    $s722 = 'str-722-' . $acc;
    $acc += strlen($s722);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 723; break; default: $acc ^= 723; }
    foreach ([724, 725] as $k724) { $acc = ($acc * 31 + $k724) % 1000003; }
    $v725 = $acc * 11 + 725;
    $acc = ($acc + $v725) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit726'; } else { $acc += 726; }
    $s727 = 'str-727-' . $acc;
    $acc += strlen($s727);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 728; break; default: $acc ^= 728; }
    foreach ([729, 730] as $k729) { $acc = ($acc * 31 + $k729) % 1000003; }
    $v730 = $acc * 3 + 730;
    $acc = ($acc + $v730) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit731'; } else { $acc += 731; }
    $s732 = 'str-732-' . $acc;
    $acc += strlen($s732);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 733; break; default: $acc ^= 733; }
    foreach ([734, 735] as $k734) { $acc = ($acc * 31 + $k734) % 1000003; }
    $v735 = $acc * 8 + 735;
    $acc = ($acc + $v735) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit736'; } else { $acc += 736; }
    $s737 = 'str-737-' . $acc;
    $acc += strlen($s737);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 738; break; default: $acc ^= 738; }
    foreach ([739, 740] as $k739) { $acc = ($acc * 31 + $k739) % 1000003; }
    $v740 = $acc * 13 + 740;
    $acc = ($acc + $v740) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit741'; } else { $acc += 741; }
    $s742 = 'str-742-' . $acc;
    $acc += strlen($s742);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 743; break; default: $acc ^= 743; }
    foreach ([744, 745] as $k744) { $acc = ($acc * 31 + $k744) % 1000003; }
    $v745 = $acc * 5 + 745;
    $acc = ($acc + $v745) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit746'; } else { $acc += 746; }
    $s747 = 'str-747-' . $acc;
    $acc += strlen($s747);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 748; break; default: $acc ^= 748; }
    foreach ([749, 750] as $k749) { $acc = ($acc * 31 + $k749) % 1000003; }
    $v750 = $acc * 10 + 750;
    $acc = ($acc + $v750) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit751'; } else { $acc += 751; }
    $s752 = 'str-752-' . $acc;
    $acc += strlen($s752);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 753; break; default: $acc ^= 753; }
    foreach ([754, 755] as $k754) { $acc = ($acc * 31 + $k754) % 1000003; }
    $v755 = $acc * 2 + 755;
    $acc = ($acc + $v755) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit756'; } else { $acc += 756; }
    $s757 = 'str-757-' . $acc;
    $acc += strlen($s757);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 758; break; default: $acc ^= 758; }
    foreach ([759, 760] as $k759) { $acc = ($acc * 31 + $k759) % 1000003; }
    $v760 = $acc * 7 + 760;
    $acc = ($acc + $v760) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit761'; } else { $acc += 761; }
    $s762 = 'str-762-' . $acc;
    $acc += strlen($s762);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 763; break; default: $acc ^= 763; }
    foreach ([764, 765] as $k764) { $acc = ($acc * 31 + $k764) % 1000003; }
    $v765 = $acc * 12 + 765;
    $acc = ($acc + $v765) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit766'; } else { $acc += 766; }
    $s767 = 'str-767-' . $acc;
    $acc += strlen($s767);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 768; break; default: $acc ^= 768; }
    foreach ([769, 770] as $k769) { $acc = ($acc * 31 + $k769) % 1000003; }
    $v770 = $acc * 4 + 770;
    $acc = ($acc + $v770) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit771'; } else { $acc += 771; }
    $s772 = 'str-772-' . $acc;
    $acc += strlen($s772);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 773; break; default: $acc ^= 773; }
    foreach ([774, 775] as $k774) { $acc = ($acc * 31 + $k774) % 1000003; }
    $v775 = $acc * 9 + 775;
    $acc = ($acc + $v775) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit776'; } else { $acc += 776; }
    $s777 = 'str-777-' . $acc;
    $acc += strlen($s777);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 778; break; default: $acc ^= 778; }
    foreach ([779, 780] as $k779) { $acc = ($acc * 31 + $k779) % 1000003; }
    $v780 = $acc * 1 + 780;
    $acc = ($acc + $v780) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit781'; } else { $acc += 781; }
    $s782 = 'str-782-' . $acc;
    $acc += strlen($s782);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 783; break; default: $acc ^= 783; }
    foreach ([784, 785] as $k784) { $acc = ($acc * 31 + $k784) % 1000003; }
    $v785 = $acc * 6 + 785;
    $acc = ($acc + $v785) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit786'; } else { $acc += 786; }
    $s787 = 'str-787-' . $acc;
    $acc += strlen($s787);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 788; break; default: $acc ^= 788; }
    foreach ([789, 790] as $k789) { $acc = ($acc * 31 + $k789) % 1000003; }
    $v790 = $acc * 11 + 790;
    $acc = ($acc + $v790) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit791'; } else { $acc += 791; }
    $s792 = 'str-792-' . $acc;
    $acc += strlen($s792);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 793; break; default: $acc ^= 793; }
    foreach ([794, 795] as $k794) { $acc = ($acc * 31 + $k794) % 1000003; }
    $v795 = $acc * 3 + 795;
    $acc = ($acc + $v795) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit796'; } else { $acc += 796; }
    $s797 = 'str-797-' . $acc;
    $acc += strlen($s797);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 798; break; default: $acc ^= 798; }
    foreach ([799, 800] as $k799) { $acc = ($acc * 31 + $k799) % 1000003; }
    $v800 = $acc * 8 + 800;
    $acc = ($acc + $v800) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit801'; } else { $acc += 801; }
    $s802 = 'str-802-' . $acc;
    $acc += strlen($s802);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 803; break; default: $acc ^= 803; }
    foreach ([804, 805] as $k804) { $acc = ($acc * 31 + $k804) % 1000003; }
    $v805 = $acc * 13 + 805;
    $acc = ($acc + $v805) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit806'; } else { $acc += 806; }
    $s807 = 'str-807-' . $acc;
    $acc += strlen($s807);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 808; break; default: $acc ^= 808; }
    foreach ([809, 810] as $k809) { $acc = ($acc * 31 + $k809) % 1000003; }
    $v810 = $acc * 5 + 810;
    $acc = ($acc + $v810) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit811'; } else { $acc += 811; }
    $s812 = 'str-812-' . $acc;
    $acc += strlen($s812);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 813; break; default: $acc ^= 813; }
    foreach ([814, 815] as $k814) { $acc = ($acc * 31 + $k814) % 1000003; }
    $v815 = $acc * 10 + 815;
    $acc = ($acc + $v815) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit816'; } else { $acc += 816; }
    $s817 = 'str-817-' . $acc;
    $acc += strlen($s817);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 818; break; default: $acc ^= 818; }
    foreach ([819, 820] as $k819) { $acc = ($acc * 31 + $k819) % 1000003; }
    $v820 = $acc * 2 + 820;
    $acc = ($acc + $v820) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit821'; } else { $acc += 821; }
    $s822 = 'str-822-' . $acc;
    $acc += strlen($s822);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 823; break; default: $acc ^= 823; }
    foreach ([824, 825] as $k824) { $acc = ($acc * 31 + $k824) % 1000003; }
    $v825 = $acc * 7 + 825;
    $acc = ($acc + $v825) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit826'; } else { $acc += 826; }
    $s827 = 'str-827-' . $acc;
    $acc += strlen($s827);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 828; break; default: $acc ^= 828; }
    foreach ([829, 830] as $k829) { $acc = ($acc * 31 + $k829) % 1000003; }
    $v830 = $acc * 12 + 830;
    $acc = ($acc + $v830) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit831'; } else { $acc += 831; }
    $s832 = 'str-832-' . $acc;
    $acc += strlen($s832);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 833; break; default: $acc ^= 833; }
    foreach ([834, 835] as $k834) { $acc = ($acc * 31 + $k834) % 1000003; }
    $v835 = $acc * 4 + 835;
    $acc = ($acc + $v835) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit836'; } else { $acc += 836; }
    $s837 = 'str-837-' . $acc;
    $acc += strlen($s837);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 838; break; default: $acc ^= 838; }
    foreach ([839, 840] as $k839) { $acc = ($acc * 31 + $k839) % 1000003; }
    $v840 = $acc * 9 + 840;
    $acc = ($acc + $v840) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit841'; } else { $acc += 841; }
    $s842 = 'str-842-' . $acc;
    $acc += strlen($s842);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 843; break; default: $acc ^= 843; }
    foreach ([844, 845] as $k844) { $acc = ($acc * 31 + $k844) % 1000003; }
    $v845 = $acc * 1 + 845;
    $acc = ($acc + $v845) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit846'; } else { $acc += 846; }
    $s847 = 'str-847-' . $acc;
    $acc += strlen($s847);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 848; break; default: $acc ^= 848; }
    foreach ([849, 850] as $k849) { $acc = ($acc * 31 + $k849) % 1000003; }
    $v850 = $acc * 6 + 850;
    $acc = ($acc + $v850) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit851'; } else { $acc += 851; }
    $s852 = 'str-852-' . $acc;
    $acc += strlen($s852);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 853; break; default: $acc ^= 853; }
    foreach ([854, 855] as $k854) { $acc = ($acc * 31 + $k854) % 1000003; }
    $v855 = $acc * 11 + 855;
    $acc = ($acc + $v855) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit856'; } else { $acc += 856; }
    $s857 = 'str-857-' . $acc;
    $acc += strlen($s857);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 858; break; default: $acc ^= 858; }
    foreach ([859, 860] as $k859) { $acc = ($acc * 31 + $k859) % 1000003; }
    $v860 = $acc * 3 + 860;
    $acc = ($acc + $v860) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit861'; } else { $acc += 861; }
    $s862 = 'str-862-' . $acc;
    $acc += strlen($s862);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 863; break; default: $acc ^= 863; }
    foreach ([864, 865] as $k864) { $acc = ($acc * 31 + $k864) % 1000003; }
    $v865 = $acc * 8 + 865;
    $acc = ($acc + $v865) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit866'; } else { $acc += 866; }
    $s867 = 'str-867-' . $acc;
    $acc += strlen($s867);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 868; break; default: $acc ^= 868; }
    foreach ([869, 870] as $k869) { $acc = ($acc * 31 + $k869) % 1000003; }
    $v870 = $acc * 13 + 870;
    $acc = ($acc + $v870) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit871'; } else { $acc += 871; }
    $s872 = 'str-872-' . $acc;
    $acc += strlen($s872);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 873; break; default: $acc ^= 873; }
    foreach ([874, 875] as $k874) { $acc = ($acc * 31 + $k874) % 1000003; }
    $v875 = $acc * 5 + 875;
    $acc = ($acc + $v875) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit876'; } else { $acc += 876; }
    $s877 = 'str-877-' . $acc;
    $acc += strlen($s877);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 878; break; default: $acc ^= 878; }
    foreach ([879, 880] as $k879) { $acc = ($acc * 31 + $k879) % 1000003; }
    $v880 = $acc * 10 + 880;
    $acc = ($acc + $v880) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit881'; } else { $acc += 881; }
    $s882 = 'str-882-' . $acc;
    $acc += strlen($s882);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 883; break; default: $acc ^= 883; }
    foreach ([884, 885] as $k884) { $acc = ($acc * 31 + $k884) % 1000003; }
    $v885 = $acc * 2 + 885;
    $acc = ($acc + $v885) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit886'; } else { $acc += 886; }
    $s887 = 'str-887-' . $acc;
    $acc += strlen($s887);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 888; break; default: $acc ^= 888; }
    foreach ([889, 890] as $k889) { $acc = ($acc * 31 + $k889) % 1000003; }
    $v890 = $acc * 7 + 890;
    $acc = ($acc + $v890) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit891'; } else { $acc += 891; }
    $s892 = 'str-892-' . $acc;
    $acc += strlen($s892);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 893; break; default: $acc ^= 893; }
    foreach ([894, 895] as $k894) { $acc = ($acc * 31 + $k894) % 1000003; }
    $v895 = $acc * 12 + 895;
    $acc = ($acc + $v895) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit896'; } else { $acc += 896; }
    $s897 = 'str-897-' . $acc;
    $acc += strlen($s897);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 898; break; default: $acc ^= 898; }
    foreach ([899, 900] as $k899) { $acc = ($acc * 31 + $k899) % 1000003; }
    $v900 = $acc * 4 + 900;
    $acc = ($acc + $v900) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit901'; } else { $acc += 901; }
    $s902 = 'str-902-' . $acc;
    $acc += strlen($s902);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 903; break; default: $acc ^= 903; }
    foreach ([904, 905] as $k904) { $acc = ($acc * 31 + $k904) % 1000003; }
    $v905 = $acc * 9 + 905;
    $acc = ($acc + $v905) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit906'; } else { $acc += 906; }
    $s907 = 'str-907-' . $acc;
    $acc += strlen($s907);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 908; break; default: $acc ^= 908; }
    foreach ([909, 910] as $k909) { $acc = ($acc * 31 + $k909) % 1000003; }
    $v910 = $acc * 1 + 910;
    $acc = ($acc + $v910) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit911'; } else { $acc += 911; }
    $s912 = 'str-912-' . $acc;
    $acc += strlen($s912);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 913; break; default: $acc ^= 913; }
    foreach ([914, 915] as $k914) { $acc = ($acc * 31 + $k914) % 1000003; }
    $v915 = $acc * 6 + 915;
    $acc = ($acc + $v915) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit916'; } else { $acc += 916; }
    $s917 = 'str-917-' . $acc;
    $acc += strlen($s917);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 918; break; default: $acc ^= 918; }
    foreach ([919, 920] as $k919) { $acc = ($acc * 31 + $k919) % 1000003; }
    $v920 = $acc * 11 + 920;
    $acc = ($acc + $v920) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit921'; } else { $acc += 921; }
    $s922 = 'str-922-' . $acc;
    $acc += strlen($s922);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 923; break; default: $acc ^= 923; }
    foreach ([924, 925] as $k924) { $acc = ($acc * 31 + $k924) % 1000003; }
    $v925 = $acc * 3 + 925;
    $acc = ($acc + $v925) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit926'; } else { $acc += 926; }
    $s927 = 'str-927-' . $acc;
    $acc += strlen($s927);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 928; break; default: $acc ^= 928; }
    foreach ([929, 930] as $k929) { $acc = ($acc * 31 + $k929) % 1000003; }
    $v930 = $acc * 8 + 930;
    $acc = ($acc + $v930) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit931'; } else { $acc += 931; }
    $s932 = 'str-932-' . $acc;
    $acc += strlen($s932);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 933; break; default: $acc ^= 933; }
    foreach ([934, 935] as $k934) { $acc = ($acc * 31 + $k934) % 1000003; }
    $v935 = $acc * 13 + 935;
    $acc = ($acc + $v935) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit936'; } else { $acc += 936; }
    $s937 = 'str-937-' . $acc;
    $acc += strlen($s937);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 938; break; default: $acc ^= 938; }
    foreach ([939, 940] as $k939) { $acc = ($acc * 31 + $k939) % 1000003; }
    $v940 = $acc * 5 + 940;
    $acc = ($acc + $v940) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit941'; } else { $acc += 941; }
    $s942 = 'str-942-' . $acc;
    $acc += strlen($s942);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 943; break; default: $acc ^= 943; }
    foreach ([944, 945] as $k944) { $acc = ($acc * 31 + $k944) % 1000003; }
    $v945 = $acc * 10 + 945;
    $acc = ($acc + $v945) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit946'; } else { $acc += 946; }
    $s947 = 'str-947-' . $acc;
    $acc += strlen($s947);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 948; break; default: $acc ^= 948; }
    foreach ([949, 950] as $k949) { $acc = ($acc * 31 + $k949) % 1000003; }
    $v950 = $acc * 2 + 950;
    $acc = ($acc + $v950) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit951'; } else { $acc += 951; }
    $s952 = 'str-952-' . $acc;
    $acc += strlen($s952);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 953; break; default: $acc ^= 953; }
    foreach ([954, 955] as $k954) { $acc = ($acc * 31 + $k954) % 1000003; }
    $v955 = $acc * 7 + 955;
    $acc = ($acc + $v955) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit956'; } else { $acc += 956; }
    $s957 = 'str-957-' . $acc;
    $acc += strlen($s957);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 958; break; default: $acc ^= 958; }
    foreach ([959, 960] as $k959) { $acc = ($acc * 31 + $k959) % 1000003; }
    $v960 = $acc * 12 + 960;
    $acc = ($acc + $v960) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit961'; } else { $acc += 961; }
    $s962 = 'str-962-' . $acc;
    $acc += strlen($s962);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 963; break; default: $acc ^= 963; }
    foreach ([964, 965] as $k964) { $acc = ($acc * 31 + $k964) % 1000003; }
    $v965 = $acc * 4 + 965;
    $acc = ($acc + $v965) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit966'; } else { $acc += 966; }
    $s967 = 'str-967-' . $acc;
    $acc += strlen($s967);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 968; break; default: $acc ^= 968; }
    foreach ([969, 970] as $k969) { $acc = ($acc * 31 + $k969) % 1000003; }
    $v970 = $acc * 9 + 970;
    $acc = ($acc + $v970) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit971'; } else { $acc += 971; }
    $s972 = 'str-972-' . $acc;
    $acc += strlen($s972);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 973; break; default: $acc ^= 973; }
    foreach ([974, 975] as $k974) { $acc = ($acc * 31 + $k974) % 1000003; }
    $v975 = $acc * 1 + 975;
    $acc = ($acc + $v975) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit976'; } else { $acc += 976; }
    $s977 = 'str-977-' . $acc;
    $acc += strlen($s977);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 978; break; default: $acc ^= 978; }
    foreach ([979, 980] as $k979) { $acc = ($acc * 31 + $k979) % 1000003; }
    $v980 = $acc * 6 + 980;
    $acc = ($acc + $v980) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit981'; } else { $acc += 981; }
    $s982 = 'str-982-' . $acc;
    $acc += strlen($s982);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 983; break; default: $acc ^= 983; }
    foreach ([984, 985] as $k984) { $acc = ($acc * 31 + $k984) % 1000003; }
    $v985 = $acc * 11 + 985;
    $acc = ($acc + $v985) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit986'; } else { $acc += 986; }
    $s987 = 'str-987-' . $acc;
    $acc += strlen($s987);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 988; break; default: $acc ^= 988; }
    foreach ([989, 990] as $k989) { $acc = ($acc * 31 + $k989) % 1000003; }
    $v990 = $acc * 3 + 990;
    $acc = ($acc + $v990) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit991'; } else { $acc += 991; }
    $s992 = 'str-992-' . $acc;
    $acc += strlen($s992);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 993; break; default: $acc ^= 993; }
    foreach ([994, 995] as $k994) { $acc = ($acc * 31 + $k994) % 1000003; }
    $v995 = $acc * 8 + 995;
    $acc = ($acc + $v995) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit996'; } else { $acc += 996; }
    $s997 = 'str-997-' . $acc;
    $acc += strlen($s997);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 998; break; default: $acc ^= 998; }
    foreach ([999, 1000] as $k999) { $acc = ($acc * 31 + $k999) % 1000003; }
    $v1000 = $acc * 13 + 1000;
    $acc = ($acc + $v1000) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1001'; } else { $acc += 1001; }
    $s1002 = 'str-1002-' . $acc;
    $acc += strlen($s1002);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1003; break; default: $acc ^= 1003; }
    foreach ([1004, 1005] as $k1004) { $acc = ($acc * 31 + $k1004) % 1000003; }
    $v1005 = $acc * 5 + 1005;
    $acc = ($acc + $v1005) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1006'; } else { $acc += 1006; }
    $s1007 = 'str-1007-' . $acc;
    $acc += strlen($s1007);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1008; break; default: $acc ^= 1008; }
    foreach ([1009, 1010] as $k1009) { $acc = ($acc * 31 + $k1009) % 1000003; }
    $v1010 = $acc * 10 + 1010;
    $acc = ($acc + $v1010) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1011'; } else { $acc += 1011; }
    $s1012 = 'str-1012-' . $acc;
    $acc += strlen($s1012);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1013; break; default: $acc ^= 1013; }
    foreach ([1014, 1015] as $k1014) { $acc = ($acc * 31 + $k1014) % 1000003; }
    $v1015 = $acc * 2 + 1015;
    $acc = ($acc + $v1015) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1016'; } else { $acc += 1016; }
    $s1017 = 'str-1017-' . $acc;
    $acc += strlen($s1017);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1018; break; default: $acc ^= 1018; }
    foreach ([1019, 1020] as $k1019) { $acc = ($acc * 31 + $k1019) % 1000003; }
    $v1020 = $acc * 7 + 1020;
    $acc = ($acc + $v1020) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1021'; } else { $acc += 1021; }
    $s1022 = 'str-1022-' . $acc;
    $acc += strlen($s1022);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1023; break; default: $acc ^= 1023; }
    foreach ([1024, 1025] as $k1024) { $acc = ($acc * 31 + $k1024) % 1000003; }
    $v1025 = $acc * 12 + 1025;
    $acc = ($acc + $v1025) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1026'; } else { $acc += 1026; }
    $s1027 = 'str-1027-' . $acc;
    $acc += strlen($s1027);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1028; break; default: $acc ^= 1028; }
    foreach ([1029, 1030] as $k1029) { $acc = ($acc * 31 + $k1029) % 1000003; }
    $v1030 = $acc * 4 + 1030;
    $acc = ($acc + $v1030) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1031'; } else { $acc += 1031; }
    $s1032 = 'str-1032-' . $acc;
    $acc += strlen($s1032);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1033; break; default: $acc ^= 1033; }
    foreach ([1034, 1035] as $k1034) { $acc = ($acc * 31 + $k1034) % 1000003; }
    $v1035 = $acc * 9 + 1035;
    $acc = ($acc + $v1035) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1036'; } else { $acc += 1036; }
    $s1037 = 'str-1037-' . $acc;
    $acc += strlen($s1037);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1038; break; default: $acc ^= 1038; }
    foreach ([1039, 1040] as $k1039) { $acc = ($acc * 31 + $k1039) % 1000003; }
    $v1040 = $acc * 1 + 1040;
    $acc = ($acc + $v1040) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1041'; } else { $acc += 1041; }
    $s1042 = 'str-1042-' . $acc;
    $acc += strlen($s1042);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1043; break; default: $acc ^= 1043; }
    foreach ([1044, 1045] as $k1044) { $acc = ($acc * 31 + $k1044) % 1000003; }
    $v1045 = $acc * 6 + 1045;
    $acc = ($acc + $v1045) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1046'; } else { $acc += 1046; }
    $s1047 = 'str-1047-' . $acc;
    $acc += strlen($s1047);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1048; break; default: $acc ^= 1048; }
    foreach ([1049, 1050] as $k1049) { $acc = ($acc * 31 + $k1049) % 1000003; }
    $v1050 = $acc * 11 + 1050;
    $acc = ($acc + $v1050) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1051'; } else { $acc += 1051; }
    $s1052 = 'str-1052-' . $acc;
    $acc += strlen($s1052);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1053; break; default: $acc ^= 1053; }
    foreach ([1054, 1055] as $k1054) { $acc = ($acc * 31 + $k1054) % 1000003; }
    $v1055 = $acc * 3 + 1055;
    $acc = ($acc + $v1055) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1056'; } else { $acc += 1056; }
    $s1057 = 'str-1057-' . $acc;
    $acc += strlen($s1057);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1058; break; default: $acc ^= 1058; }
    foreach ([1059, 1060] as $k1059) { $acc = ($acc * 31 + $k1059) % 1000003; }
    $v1060 = $acc * 8 + 1060;
    $acc = ($acc + $v1060) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1061'; } else { $acc += 1061; }
    $s1062 = 'str-1062-' . $acc;
    $acc += strlen($s1062);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1063; break; default: $acc ^= 1063; }
    foreach ([1064, 1065] as $k1064) { $acc = ($acc * 31 + $k1064) % 1000003; }
    $v1065 = $acc * 13 + 1065;
    $acc = ($acc + $v1065) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1066'; } else { $acc += 1066; }
    $s1067 = 'str-1067-' . $acc;
    $acc += strlen($s1067);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1068; break; default: $acc ^= 1068; }
    foreach ([1069, 1070] as $k1069) { $acc = ($acc * 31 + $k1069) % 1000003; }
    $v1070 = $acc * 5 + 1070;
    $acc = ($acc + $v1070) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1071'; } else { $acc += 1071; }
    $s1072 = 'str-1072-' . $acc;
    $acc += strlen($s1072);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1073; break; default: $acc ^= 1073; }
    foreach ([1074, 1075] as $k1074) { $acc = ($acc * 31 + $k1074) % 1000003; }
    $v1075 = $acc * 10 + 1075;
    $acc = ($acc + $v1075) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1076'; } else { $acc += 1076; }
    $s1077 = 'str-1077-' . $acc;
    $acc += strlen($s1077);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1078; break; default: $acc ^= 1078; }
    foreach ([1079, 1080] as $k1079) { $acc = ($acc * 31 + $k1079) % 1000003; }
    $v1080 = $acc * 2 + 1080;
    $acc = ($acc + $v1080) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1081'; } else { $acc += 1081; }
    $s1082 = 'str-1082-' . $acc;
    $acc += strlen($s1082);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1083; break; default: $acc ^= 1083; }
    foreach ([1084, 1085] as $k1084) { $acc = ($acc * 31 + $k1084) % 1000003; }
    $v1085 = $acc * 7 + 1085;
    $acc = ($acc + $v1085) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1086'; } else { $acc += 1086; }
    $s1087 = 'str-1087-' . $acc;
    $acc += strlen($s1087);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1088; break; default: $acc ^= 1088; }
    foreach ([1089, 1090] as $k1089) { $acc = ($acc * 31 + $k1089) % 1000003; }
    $v1090 = $acc * 12 + 1090;
    $acc = ($acc + $v1090) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1091'; } else { $acc += 1091; }
    $s1092 = 'str-1092-' . $acc;
    $acc += strlen($s1092);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1093; break; default: $acc ^= 1093; }
    foreach ([1094, 1095] as $k1094) { $acc = ($acc * 31 + $k1094) % 1000003; }
    $v1095 = $acc * 4 + 1095;
    $acc = ($acc + $v1095) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1096'; } else { $acc += 1096; }
    $s1097 = 'str-1097-' . $acc;
    $acc += strlen($s1097);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1098; break; default: $acc ^= 1098; }
    foreach ([1099, 1100] as $k1099) { $acc = ($acc * 31 + $k1099) % 1000003; }
    $v1100 = $acc * 9 + 1100;
    $acc = ($acc + $v1100) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1101'; } else { $acc += 1101; }
    $s1102 = 'str-1102-' . $acc;
    $acc += strlen($s1102);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1103; break; default: $acc ^= 1103; }
    foreach ([1104, 1105] as $k1104) { $acc = ($acc * 31 + $k1104) % 1000003; }
    $v1105 = $acc * 1 + 1105;
    $acc = ($acc + $v1105) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1106'; } else { $acc += 1106; }
    $s1107 = 'str-1107-' . $acc;
    $acc += strlen($s1107);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1108; break; default: $acc ^= 1108; }
    foreach ([1109, 1110] as $k1109) { $acc = ($acc * 31 + $k1109) % 1000003; }
    $v1110 = $acc * 6 + 1110;
    $acc = ($acc + $v1110) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1111'; } else { $acc += 1111; }
    $s1112 = 'str-1112-' . $acc;
    $acc += strlen($s1112);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1113; break; default: $acc ^= 1113; }
    foreach ([1114, 1115] as $k1114) { $acc = ($acc * 31 + $k1114) % 1000003; }
    $v1115 = $acc * 11 + 1115;
    $acc = ($acc + $v1115) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1116'; } else { $acc += 1116; }
    $s1117 = 'str-1117-' . $acc;
    $acc += strlen($s1117);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1118; break; default: $acc ^= 1118; }
    foreach ([1119, 1120] as $k1119) { $acc = ($acc * 31 + $k1119) % 1000003; }
    $v1120 = $acc * 3 + 1120;
    $acc = ($acc + $v1120) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1121'; } else { $acc += 1121; }
    $s1122 = 'str-1122-' . $acc;
    $acc += strlen($s1122);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1123; break; default: $acc ^= 1123; }
    foreach ([1124, 1125] as $k1124) { $acc = ($acc * 31 + $k1124) % 1000003; }
    $v1125 = $acc * 8 + 1125;
    $acc = ($acc + $v1125) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1126'; } else { $acc += 1126; }
    $s1127 = 'str-1127-' . $acc;
    $acc += strlen($s1127);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1128; break; default: $acc ^= 1128; }
    foreach ([1129, 1130] as $k1129) { $acc = ($acc * 31 + $k1129) % 1000003; }
    $v1130 = $acc * 13 + 1130;
    $acc = ($acc + $v1130) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1131'; } else { $acc += 1131; }
    $s1132 = 'str-1132-' . $acc;
    $acc += strlen($s1132);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1133; break; default: $acc ^= 1133; }
    foreach ([1134, 1135] as $k1134) { $acc = ($acc * 31 + $k1134) % 1000003; }
    $v1135 = $acc * 5 + 1135;
    $acc = ($acc + $v1135) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1136'; } else { $acc += 1136; }
    $s1137 = 'str-1137-' . $acc;
    $acc += strlen($s1137);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1138; break; default: $acc ^= 1138; }
    foreach ([1139, 1140] as $k1139) { $acc = ($acc * 31 + $k1139) % 1000003; }
    $v1140 = $acc * 10 + 1140;
    $acc = ($acc + $v1140) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1141'; } else { $acc += 1141; }
    $s1142 = 'str-1142-' . $acc;
    $acc += strlen($s1142);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1143; break; default: $acc ^= 1143; }
    foreach ([1144, 1145] as $k1144) { $acc = ($acc * 31 + $k1144) % 1000003; }
    $v1145 = $acc * 2 + 1145;
    $acc = ($acc + $v1145) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1146'; } else { $acc += 1146; }
    $s1147 = 'str-1147-' . $acc;
    $acc += strlen($s1147);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1148; break; default: $acc ^= 1148; }
    foreach ([1149, 1150] as $k1149) { $acc = ($acc * 31 + $k1149) % 1000003; }
    $v1150 = $acc * 7 + 1150;
    $acc = ($acc + $v1150) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1151'; } else { $acc += 1151; }
    $s1152 = 'str-1152-' . $acc;
    $acc += strlen($s1152);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1153; break; default: $acc ^= 1153; }
    foreach ([1154, 1155] as $k1154) { $acc = ($acc * 31 + $k1154) % 1000003; }
    $v1155 = $acc * 12 + 1155;
    $acc = ($acc + $v1155) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1156'; } else { $acc += 1156; }
    $s1157 = 'str-1157-' . $acc;
    $acc += strlen($s1157);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1158; break; default: $acc ^= 1158; }
    foreach ([1159, 1160] as $k1159) { $acc = ($acc * 31 + $k1159) % 1000003; }
    $v1160 = $acc * 4 + 1160;
    $acc = ($acc + $v1160) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1161'; } else { $acc += 1161; }
    $s1162 = 'str-1162-' . $acc;
    $acc += strlen($s1162);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1163; break; default: $acc ^= 1163; }
    foreach ([1164, 1165] as $k1164) { $acc = ($acc * 31 + $k1164) % 1000003; }
    $v1165 = $acc * 9 + 1165;
    $acc = ($acc + $v1165) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1166'; } else { $acc += 1166; }
    $s1167 = 'str-1167-' . $acc;
    $acc += strlen($s1167);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1168; break; default: $acc ^= 1168; }
    foreach ([1169, 1170] as $k1169) { $acc = ($acc * 31 + $k1169) % 1000003; }
    $v1170 = $acc * 1 + 1170;
    $acc = ($acc + $v1170) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1171'; } else { $acc += 1171; }
    $s1172 = 'str-1172-' . $acc;
    $acc += strlen($s1172);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1173; break; default: $acc ^= 1173; }
    foreach ([1174, 1175] as $k1174) { $acc = ($acc * 31 + $k1174) % 1000003; }
    $v1175 = $acc * 6 + 1175;
    $acc = ($acc + $v1175) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1176'; } else { $acc += 1176; }
    $s1177 = 'str-1177-' . $acc;
    $acc += strlen($s1177);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1178; break; default: $acc ^= 1178; }
    foreach ([1179, 1180] as $k1179) { $acc = ($acc * 31 + $k1179) % 1000003; }
    $v1180 = $acc * 11 + 1180;
    $acc = ($acc + $v1180) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1181'; } else { $acc += 1181; }
    $s1182 = 'str-1182-' . $acc;
    $acc += strlen($s1182);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1183; break; default: $acc ^= 1183; }
    foreach ([1184, 1185] as $k1184) { $acc = ($acc * 31 + $k1184) % 1000003; }
    $v1185 = $acc * 3 + 1185;
    $acc = ($acc + $v1185) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1186'; } else { $acc += 1186; }
    $s1187 = 'str-1187-' . $acc;
    $acc += strlen($s1187);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1188; break; default: $acc ^= 1188; }
    foreach ([1189, 1190] as $k1189) { $acc = ($acc * 31 + $k1189) % 1000003; }
    $v1190 = $acc * 8 + 1190;
    $acc = ($acc + $v1190) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1191'; } else { $acc += 1191; }
    $s1192 = 'str-1192-' . $acc;
    $acc += strlen($s1192);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1193; break; default: $acc ^= 1193; }
    foreach ([1194, 1195] as $k1194) { $acc = ($acc * 31 + $k1194) % 1000003; }
    $v1195 = $acc * 13 + 1195;
    $acc = ($acc + $v1195) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1196'; } else { $acc += 1196; }
    $s1197 = 'str-1197-' . $acc;
    $acc += strlen($s1197);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1198; break; default: $acc ^= 1198; }
    foreach ([1199, 1200] as $k1199) { $acc = ($acc * 31 + $k1199) % 1000003; }
    $v1200 = $acc * 5 + 1200;
    $acc = ($acc + $v1200) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1201'; } else { $acc += 1201; }
    $s1202 = 'str-1202-' . $acc;
    $acc += strlen($s1202);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1203; break; default: $acc ^= 1203; }
    foreach ([1204, 1205] as $k1204) { $acc = ($acc * 31 + $k1204) % 1000003; }
    $v1205 = $acc * 10 + 1205;
    $acc = ($acc + $v1205) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1206'; } else { $acc += 1206; }
    $s1207 = 'str-1207-' . $acc;
    $acc += strlen($s1207);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1208; break; default: $acc ^= 1208; }
    foreach ([1209, 1210] as $k1209) { $acc = ($acc * 31 + $k1209) % 1000003; }
    $v1210 = $acc * 2 + 1210;
    $acc = ($acc + $v1210) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1211'; } else { $acc += 1211; }
    $s1212 = 'str-1212-' . $acc;
    $acc += strlen($s1212);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1213; break; default: $acc ^= 1213; }
    foreach ([1214, 1215] as $k1214) { $acc = ($acc * 31 + $k1214) % 1000003; }
    $v1215 = $acc * 7 + 1215;
    $acc = ($acc + $v1215) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1216'; } else { $acc += 1216; }
    $s1217 = 'str-1217-' . $acc;
    $acc += strlen($s1217);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1218; break; default: $acc ^= 1218; }
    foreach ([1219, 1220] as $k1219) { $acc = ($acc * 31 + $k1219) % 1000003; }
    $v1220 = $acc * 12 + 1220;
    $acc = ($acc + $v1220) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1221'; } else { $acc += 1221; }
    $s1222 = 'str-1222-' . $acc;
    $acc += strlen($s1222);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1223; break; default: $acc ^= 1223; }
    foreach ([1224, 1225] as $k1224) { $acc = ($acc * 31 + $k1224) % 1000003; }
    $v1225 = $acc * 4 + 1225;
    $acc = ($acc + $v1225) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1226'; } else { $acc += 1226; }
    $s1227 = 'str-1227-' . $acc;
    $acc += strlen($s1227);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1228; break; default: $acc ^= 1228; }
    foreach ([1229, 1230] as $k1229) { $acc = ($acc * 31 + $k1229) % 1000003; }
    $v1230 = $acc * 9 + 1230;
    $acc = ($acc + $v1230) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1231'; } else { $acc += 1231; }
    $s1232 = 'str-1232-' . $acc;
    $acc += strlen($s1232);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1233; break; default: $acc ^= 1233; }
    foreach ([1234, 1235] as $k1234) { $acc = ($acc * 31 + $k1234) % 1000003; }
    $v1235 = $acc * 1 + 1235;
    $acc = ($acc + $v1235) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1236'; } else { $acc += 1236; }
    $s1237 = 'str-1237-' . $acc;
    $acc += strlen($s1237);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1238; break; default: $acc ^= 1238; }
    foreach ([1239, 1240] as $k1239) { $acc = ($acc * 31 + $k1239) % 1000003; }
    $v1240 = $acc * 6 + 1240;
    $acc = ($acc + $v1240) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1241'; } else { $acc += 1241; }
    $s1242 = 'str-1242-' . $acc;
    $acc += strlen($s1242);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1243; break; default: $acc ^= 1243; }
    foreach ([1244, 1245] as $k1244) { $acc = ($acc * 31 + $k1244) % 1000003; }
    $v1245 = $acc * 11 + 1245;
    $acc = ($acc + $v1245) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1246'; } else { $acc += 1246; }
    $s1247 = 'str-1247-' . $acc;
    $acc += strlen($s1247);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1248; break; default: $acc ^= 1248; }
    foreach ([1249, 1250] as $k1249) { $acc = ($acc * 31 + $k1249) % 1000003; }
    $v1250 = $acc * 3 + 1250;
    $acc = ($acc + $v1250) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1251'; } else { $acc += 1251; }
    $s1252 = 'str-1252-' . $acc;
    $acc += strlen($s1252);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1253; break; default: $acc ^= 1253; }
    foreach ([1254, 1255] as $k1254) { $acc = ($acc * 31 + $k1254) % 1000003; }
    $v1255 = $acc * 8 + 1255;
    $acc = ($acc + $v1255) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1256'; } else { $acc += 1256; }
    $s1257 = 'str-1257-' . $acc;
    $acc += strlen($s1257);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1258; break; default: $acc ^= 1258; }
    foreach ([1259, 1260] as $k1259) { $acc = ($acc * 31 + $k1259) % 1000003; }
    $v1260 = $acc * 13 + 1260;
    $acc = ($acc + $v1260) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1261'; } else { $acc += 1261; }
    $s1262 = 'str-1262-' . $acc;
    $acc += strlen($s1262);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1263; break; default: $acc ^= 1263; }
    foreach ([1264, 1265] as $k1264) { $acc = ($acc * 31 + $k1264) % 1000003; }
    $v1265 = $acc * 5 + 1265;
    $acc = ($acc + $v1265) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1266'; } else { $acc += 1266; }
    $s1267 = 'str-1267-' . $acc;
    $acc += strlen($s1267);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1268; break; default: $acc ^= 1268; }
    foreach ([1269, 1270] as $k1269) { $acc = ($acc * 31 + $k1269) % 1000003; }
    $v1270 = $acc * 10 + 1270;
    $acc = ($acc + $v1270) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1271'; } else { $acc += 1271; }
    $s1272 = 'str-1272-' . $acc;
    $acc += strlen($s1272);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1273; break; default: $acc ^= 1273; }
    foreach ([1274, 1275] as $k1274) { $acc = ($acc * 31 + $k1274) % 1000003; }
    $v1275 = $acc * 2 + 1275;
    $acc = ($acc + $v1275) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1276'; } else { $acc += 1276; }
    $s1277 = 'str-1277-' . $acc;
    $acc += strlen($s1277);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1278; break; default: $acc ^= 1278; }
    foreach ([1279, 1280] as $k1279) { $acc = ($acc * 31 + $k1279) % 1000003; }
    $v1280 = $acc * 7 + 1280;
    $acc = ($acc + $v1280) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1281'; } else { $acc += 1281; }
    $s1282 = 'str-1282-' . $acc;
    $acc += strlen($s1282);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1283; break; default: $acc ^= 1283; }
    foreach ([1284, 1285] as $k1284) { $acc = ($acc * 31 + $k1284) % 1000003; }
    $v1285 = $acc * 12 + 1285;
    $acc = ($acc + $v1285) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1286'; } else { $acc += 1286; }
    $s1287 = 'str-1287-' . $acc;
    $acc += strlen($s1287);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1288; break; default: $acc ^= 1288; }
    foreach ([1289, 1290] as $k1289) { $acc = ($acc * 31 + $k1289) % 1000003; }
    $v1290 = $acc * 4 + 1290;
    $acc = ($acc + $v1290) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1291'; } else { $acc += 1291; }
    $s1292 = 'str-1292-' . $acc;
    $acc += strlen($s1292);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1293; break; default: $acc ^= 1293; }
    foreach ([1294, 1295] as $k1294) { $acc = ($acc * 31 + $k1294) % 1000003; }
    $v1295 = $acc * 9 + 1295;
    $acc = ($acc + $v1295) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1296'; } else { $acc += 1296; }
    $s1297 = 'str-1297-' . $acc;
    $acc += strlen($s1297);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1298; break; default: $acc ^= 1298; }
    foreach ([1299, 1300] as $k1299) { $acc = ($acc * 31 + $k1299) % 1000003; }
    $v1300 = $acc * 1 + 1300;
    $acc = ($acc + $v1300) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1301'; } else { $acc += 1301; }
    $s1302 = 'str-1302-' . $acc;
    $acc += strlen($s1302);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1303; break; default: $acc ^= 1303; }
    foreach ([1304, 1305] as $k1304) { $acc = ($acc * 31 + $k1304) % 1000003; }
    $v1305 = $acc * 6 + 1305;
    $acc = ($acc + $v1305) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1306'; } else { $acc += 1306; }
    $s1307 = 'str-1307-' . $acc;
    $acc += strlen($s1307);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1308; break; default: $acc ^= 1308; }
    foreach ([1309, 1310] as $k1309) { $acc = ($acc * 31 + $k1309) % 1000003; }
    $v1310 = $acc * 11 + 1310;
    $acc = ($acc + $v1310) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1311'; } else { $acc += 1311; }
    $s1312 = 'str-1312-' . $acc;
    $acc += strlen($s1312);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1313; break; default: $acc ^= 1313; }
    foreach ([1314, 1315] as $k1314) { $acc = ($acc * 31 + $k1314) % 1000003; }
    $v1315 = $acc * 3 + 1315;
    $acc = ($acc + $v1315) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1316'; } else { $acc += 1316; }
    $s1317 = 'str-1317-' . $acc;
    $acc += strlen($s1317);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1318; break; default: $acc ^= 1318; }
    foreach ([1319, 1320] as $k1319) { $acc = ($acc * 31 + $k1319) % 1000003; }
    $v1320 = $acc * 8 + 1320;
    $acc = ($acc + $v1320) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1321'; } else { $acc += 1321; }
    $s1322 = 'str-1322-' . $acc;
    $acc += strlen($s1322);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1323; break; default: $acc ^= 1323; }
    foreach ([1324, 1325] as $k1324) { $acc = ($acc * 31 + $k1324) % 1000003; }
    $v1325 = $acc * 13 + 1325;
    $acc = ($acc + $v1325) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1326'; } else { $acc += 1326; }
    $s1327 = 'str-1327-' . $acc;
    $acc += strlen($s1327);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1328; break; default: $acc ^= 1328; }
    foreach ([1329, 1330] as $k1329) { $acc = ($acc * 31 + $k1329) % 1000003; }
    $v1330 = $acc * 5 + 1330;
    $acc = ($acc + $v1330) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1331'; } else { $acc += 1331; }
    $s1332 = 'str-1332-' . $acc;
    $acc += strlen($s1332);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1333; break; default: $acc ^= 1333; }
    foreach ([1334, 1335] as $k1334) { $acc = ($acc * 31 + $k1334) % 1000003; }
    $v1335 = $acc * 10 + 1335;
    $acc = ($acc + $v1335) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1336'; } else { $acc += 1336; }
    $s1337 = 'str-1337-' . $acc;
    $acc += strlen($s1337);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1338; break; default: $acc ^= 1338; }
    foreach ([1339, 1340] as $k1339) { $acc = ($acc * 31 + $k1339) % 1000003; }
    $v1340 = $acc * 2 + 1340;
    $acc = ($acc + $v1340) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1341'; } else { $acc += 1341; }
    $s1342 = 'str-1342-' . $acc;
    $acc += strlen($s1342);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1343; break; default: $acc ^= 1343; }
    foreach ([1344, 1345] as $k1344) { $acc = ($acc * 31 + $k1344) % 1000003; }
    $v1345 = $acc * 7 + 1345;
    $acc = ($acc + $v1345) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1346'; } else { $acc += 1346; }
    $s1347 = 'str-1347-' . $acc;
    $acc += strlen($s1347);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1348; break; default: $acc ^= 1348; }
    foreach ([1349, 1350] as $k1349) { $acc = ($acc * 31 + $k1349) % 1000003; }
    $v1350 = $acc * 12 + 1350;
    $acc = ($acc + $v1350) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1351'; } else { $acc += 1351; }
    $s1352 = 'str-1352-' . $acc;
    $acc += strlen($s1352);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1353; break; default: $acc ^= 1353; }
    foreach ([1354, 1355] as $k1354) { $acc = ($acc * 31 + $k1354) % 1000003; }
    $v1355 = $acc * 4 + 1355;
    $acc = ($acc + $v1355) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1356'; } else { $acc += 1356; }
    $s1357 = 'str-1357-' . $acc;
    $acc += strlen($s1357);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1358; break; default: $acc ^= 1358; }
    foreach ([1359, 1360] as $k1359) { $acc = ($acc * 31 + $k1359) % 1000003; }
    $v1360 = $acc * 9 + 1360;
    $acc = ($acc + $v1360) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1361'; } else { $acc += 1361; }
    $s1362 = 'str-1362-' . $acc;
    $acc += strlen($s1362);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1363; break; default: $acc ^= 1363; }
    foreach ([1364, 1365] as $k1364) { $acc = ($acc * 31 + $k1364) % 1000003; }
    $v1365 = $acc * 1 + 1365;
    $acc = ($acc + $v1365) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1366'; } else { $acc += 1366; }
    $s1367 = 'str-1367-' . $acc;
    $acc += strlen($s1367);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1368; break; default: $acc ^= 1368; }
    foreach ([1369, 1370] as $k1369) { $acc = ($acc * 31 + $k1369) % 1000003; }
    $v1370 = $acc * 6 + 1370;
    $acc = ($acc + $v1370) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1371'; } else { $acc += 1371; }
    $s1372 = 'str-1372-' . $acc;
    $acc += strlen($s1372);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1373; break; default: $acc ^= 1373; }
    foreach ([1374, 1375] as $k1374) { $acc = ($acc * 31 + $k1374) % 1000003; }
    $v1375 = $acc * 11 + 1375;
    $acc = ($acc + $v1375) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1376'; } else { $acc += 1376; }
    $s1377 = 'str-1377-' . $acc;
    $acc += strlen($s1377);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1378; break; default: $acc ^= 1378; }
    foreach ([1379, 1380] as $k1379) { $acc = ($acc * 31 + $k1379) % 1000003; }
    $v1380 = $acc * 3 + 1380;
    $acc = ($acc + $v1380) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1381'; } else { $acc += 1381; }
    $s1382 = 'str-1382-' . $acc;
    $acc += strlen($s1382);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1383; break; default: $acc ^= 1383; }
    foreach ([1384, 1385] as $k1384) { $acc = ($acc * 31 + $k1384) % 1000003; }
    $v1385 = $acc * 8 + 1385;
    $acc = ($acc + $v1385) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1386'; } else { $acc += 1386; }
    $s1387 = 'str-1387-' . $acc;
    $acc += strlen($s1387);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1388; break; default: $acc ^= 1388; }
    foreach ([1389, 1390] as $k1389) { $acc = ($acc * 31 + $k1389) % 1000003; }
    $v1390 = $acc * 13 + 1390;
    $acc = ($acc + $v1390) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1391'; } else { $acc += 1391; }
    $s1392 = 'str-1392-' . $acc;
    $acc += strlen($s1392);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1393; break; default: $acc ^= 1393; }
    foreach ([1394, 1395] as $k1394) { $acc = ($acc * 31 + $k1394) % 1000003; }
    $v1395 = $acc * 5 + 1395;
    $acc = ($acc + $v1395) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1396'; } else { $acc += 1396; }
    $s1397 = 'str-1397-' . $acc;
    $acc += strlen($s1397);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1398; break; default: $acc ^= 1398; }
    foreach ([1399, 1400] as $k1399) { $acc = ($acc * 31 + $k1399) % 1000003; }
    $v1400 = $acc * 10 + 1400;
    $acc = ($acc + $v1400) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1401'; } else { $acc += 1401; }
    $s1402 = 'str-1402-' . $acc;
    $acc += strlen($s1402);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1403; break; default: $acc ^= 1403; }
    foreach ([1404, 1405] as $k1404) { $acc = ($acc * 31 + $k1404) % 1000003; }
    $v1405 = $acc * 2 + 1405;
    $acc = ($acc + $v1405) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1406'; } else { $acc += 1406; }
    $s1407 = 'str-1407-' . $acc;
    $acc += strlen($s1407);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1408; break; default: $acc ^= 1408; }
    foreach ([1409, 1410] as $k1409) { $acc = ($acc * 31 + $k1409) % 1000003; }
    $v1410 = $acc * 7 + 1410;
    $acc = ($acc + $v1410) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1411'; } else { $acc += 1411; }
    $s1412 = 'str-1412-' . $acc;
    $acc += strlen($s1412);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1413; break; default: $acc ^= 1413; }
    foreach ([1414, 1415] as $k1414) { $acc = ($acc * 31 + $k1414) % 1000003; }
    $v1415 = $acc * 12 + 1415;
    $acc = ($acc + $v1415) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1416'; } else { $acc += 1416; }
    $s1417 = 'str-1417-' . $acc;
    $acc += strlen($s1417);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1418; break; default: $acc ^= 1418; }
    foreach ([1419, 1420] as $k1419) { $acc = ($acc * 31 + $k1419) % 1000003; }
    $v1420 = $acc * 4 + 1420;
    $acc = ($acc + $v1420) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1421'; } else { $acc += 1421; }
    $s1422 = 'str-1422-' . $acc;
    $acc += strlen($s1422);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1423; break; default: $acc ^= 1423; }
    foreach ([1424, 1425] as $k1424) { $acc = ($acc * 31 + $k1424) % 1000003; }
    $v1425 = $acc * 9 + 1425;
    $acc = ($acc + $v1425) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1426'; } else { $acc += 1426; }
    $s1427 = 'str-1427-' . $acc;
    $acc += strlen($s1427);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1428; break; default: $acc ^= 1428; }
    foreach ([1429, 1430] as $k1429) { $acc = ($acc * 31 + $k1429) % 1000003; }
    $v1430 = $acc * 1 + 1430;
    $acc = ($acc + $v1430) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1431'; } else { $acc += 1431; }
    $s1432 = 'str-1432-' . $acc;
    $acc += strlen($s1432);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1433; break; default: $acc ^= 1433; }
    foreach ([1434, 1435] as $k1434) { $acc = ($acc * 31 + $k1434) % 1000003; }
    $v1435 = $acc * 6 + 1435;
    $acc = ($acc + $v1435) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1436'; } else { $acc += 1436; }
    $s1437 = 'str-1437-' . $acc;
    $acc += strlen($s1437);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1438; break; default: $acc ^= 1438; }
    foreach ([1439, 1440] as $k1439) { $acc = ($acc * 31 + $k1439) % 1000003; }
    $v1440 = $acc * 11 + 1440;
    $acc = ($acc + $v1440) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1441'; } else { $acc += 1441; }
    $s1442 = 'str-1442-' . $acc;
    $acc += strlen($s1442);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1443; break; default: $acc ^= 1443; }
    foreach ([1444, 1445] as $k1444) { $acc = ($acc * 31 + $k1444) % 1000003; }
    $v1445 = $acc * 3 + 1445;
    $acc = ($acc + $v1445) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1446'; } else { $acc += 1446; }
    $s1447 = 'str-1447-' . $acc;
    $acc += strlen($s1447);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1448; break; default: $acc ^= 1448; }
    foreach ([1449, 1450] as $k1449) { $acc = ($acc * 31 + $k1449) % 1000003; }
    $v1450 = $acc * 8 + 1450;
    $acc = ($acc + $v1450) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1451'; } else { $acc += 1451; }
    $s1452 = 'str-1452-' . $acc;
    $acc += strlen($s1452);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1453; break; default: $acc ^= 1453; }
    foreach ([1454, 1455] as $k1454) { $acc = ($acc * 31 + $k1454) % 1000003; }
    $v1455 = $acc * 13 + 1455;
    $acc = ($acc + $v1455) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1456'; } else { $acc += 1456; }
    $s1457 = 'str-1457-' . $acc;
    $acc += strlen($s1457);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1458; break; default: $acc ^= 1458; }
    foreach ([1459, 1460] as $k1459) { $acc = ($acc * 31 + $k1459) % 1000003; }
    $v1460 = $acc * 5 + 1460;
    $acc = ($acc + $v1460) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1461'; } else { $acc += 1461; }
    $s1462 = 'str-1462-' . $acc;
    $acc += strlen($s1462);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1463; break; default: $acc ^= 1463; }
    foreach ([1464, 1465] as $k1464) { $acc = ($acc * 31 + $k1464) % 1000003; }
    $v1465 = $acc * 10 + 1465;
    $acc = ($acc + $v1465) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1466'; } else { $acc += 1466; }
    $s1467 = 'str-1467-' . $acc;
    $acc += strlen($s1467);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1468; break; default: $acc ^= 1468; }
    foreach ([1469, 1470] as $k1469) { $acc = ($acc * 31 + $k1469) % 1000003; }
    $v1470 = $acc * 2 + 1470;
    $acc = ($acc + $v1470) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1471'; } else { $acc += 1471; }
    $s1472 = 'str-1472-' . $acc;
    $acc += strlen($s1472);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1473; break; default: $acc ^= 1473; }
    foreach ([1474, 1475] as $k1474) { $acc = ($acc * 31 + $k1474) % 1000003; }
    $v1475 = $acc * 7 + 1475;
    $acc = ($acc + $v1475) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1476'; } else { $acc += 1476; }
    $s1477 = 'str-1477-' . $acc;
    $acc += strlen($s1477);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1478; break; default: $acc ^= 1478; }
    foreach ([1479, 1480] as $k1479) { $acc = ($acc * 31 + $k1479) % 1000003; }
    $v1480 = $acc * 12 + 1480;
    $acc = ($acc + $v1480) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1481'; } else { $acc += 1481; }
    $s1482 = 'str-1482-' . $acc;
    $acc += strlen($s1482);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1483; break; default: $acc ^= 1483; }
    foreach ([1484, 1485] as $k1484) { $acc = ($acc * 31 + $k1484) % 1000003; }
    $v1485 = $acc * 4 + 1485;
    $acc = ($acc + $v1485) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1486'; } else { $acc += 1486; }
    $s1487 = 'str-1487-' . $acc;
    $acc += strlen($s1487);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1488; break; default: $acc ^= 1488; }
    foreach ([1489, 1490] as $k1489) { $acc = ($acc * 31 + $k1489) % 1000003; }
    $v1490 = $acc * 9 + 1490;
    $acc = ($acc + $v1490) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1491'; } else { $acc += 1491; }
    $s1492 = 'str-1492-' . $acc;
    $acc += strlen($s1492);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1493; break; default: $acc ^= 1493; }
    foreach ([1494, 1495] as $k1494) { $acc = ($acc * 31 + $k1494) % 1000003; }
    $v1495 = $acc * 1 + 1495;
    $acc = ($acc + $v1495) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1496'; } else { $acc += 1496; }
    $s1497 = 'str-1497-' . $acc;
    $acc += strlen($s1497);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1498; break; default: $acc ^= 1498; }
    foreach ([1499, 1500] as $k1499) { $acc = ($acc * 31 + $k1499) % 1000003; }
    $v1500 = $acc * 6 + 1500;
    $acc = ($acc + $v1500) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1501'; } else { $acc += 1501; }
    $s1502 = 'str-1502-' . $acc;
    $acc += strlen($s1502);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1503; break; default: $acc ^= 1503; }
    foreach ([1504, 1505] as $k1504) { $acc = ($acc * 31 + $k1504) % 1000003; }
    $v1505 = $acc * 11 + 1505;
    $acc = ($acc + $v1505) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1506'; } else { $acc += 1506; }
    $s1507 = 'str-1507-' . $acc;
    $acc += strlen($s1507);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1508; break; default: $acc ^= 1508; }
    foreach ([1509, 1510] as $k1509) { $acc = ($acc * 31 + $k1509) % 1000003; }
    $v1510 = $acc * 3 + 1510;
    $acc = ($acc + $v1510) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1511'; } else { $acc += 1511; }
    $s1512 = 'str-1512-' . $acc;
    $acc += strlen($s1512);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1513; break; default: $acc ^= 1513; }
    foreach ([1514, 1515] as $k1514) { $acc = ($acc * 31 + $k1514) % 1000003; }
    $v1515 = $acc * 8 + 1515;
    $acc = ($acc + $v1515) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1516'; } else { $acc += 1516; }
    $s1517 = 'str-1517-' . $acc;
    $acc += strlen($s1517);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1518; break; default: $acc ^= 1518; }
    foreach ([1519, 1520] as $k1519) { $acc = ($acc * 31 + $k1519) % 1000003; }
    $v1520 = $acc * 13 + 1520;
    $acc = ($acc + $v1520) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1521'; } else { $acc += 1521; }
    $s1522 = 'str-1522-' . $acc;
    $acc += strlen($s1522);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1523; break; default: $acc ^= 1523; }
    foreach ([1524, 1525] as $k1524) { $acc = ($acc * 31 + $k1524) % 1000003; }
    $v1525 = $acc * 5 + 1525;
    $acc = ($acc + $v1525) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1526'; } else { $acc += 1526; }
    $s1527 = 'str-1527-' . $acc;
    $acc += strlen($s1527);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1528; break; default: $acc ^= 1528; }
    foreach ([1529, 1530] as $k1529) { $acc = ($acc * 31 + $k1529) % 1000003; }
    $v1530 = $acc * 10 + 1530;
    $acc = ($acc + $v1530) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1531'; } else { $acc += 1531; }
    $s1532 = 'str-1532-' . $acc;
    $acc += strlen($s1532);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1533; break; default: $acc ^= 1533; }
    foreach ([1534, 1535] as $k1534) { $acc = ($acc * 31 + $k1534) % 1000003; }
    $v1535 = $acc * 2 + 1535;
    $acc = ($acc + $v1535) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1536'; } else { $acc += 1536; }
    $s1537 = 'str-1537-' . $acc;
    $acc += strlen($s1537);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1538; break; default: $acc ^= 1538; }
    foreach ([1539, 1540] as $k1539) { $acc = ($acc * 31 + $k1539) % 1000003; }
    $v1540 = $acc * 7 + 1540;
    $acc = ($acc + $v1540) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1541'; } else { $acc += 1541; }
    $s1542 = 'str-1542-' . $acc;
    $acc += strlen($s1542);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1543; break; default: $acc ^= 1543; }
    foreach ([1544, 1545] as $k1544) { $acc = ($acc * 31 + $k1544) % 1000003; }
    $v1545 = $acc * 12 + 1545;
    $acc = ($acc + $v1545) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1546'; } else { $acc += 1546; }
    $s1547 = 'str-1547-' . $acc;
    $acc += strlen($s1547);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1548; break; default: $acc ^= 1548; }
    foreach ([1549, 1550] as $k1549) { $acc = ($acc * 31 + $k1549) % 1000003; }
    $v1550 = $acc * 4 + 1550;
    $acc = ($acc + $v1550) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1551'; } else { $acc += 1551; }
    $s1552 = 'str-1552-' . $acc;
    $acc += strlen($s1552);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1553; break; default: $acc ^= 1553; }
    foreach ([1554, 1555] as $k1554) { $acc = ($acc * 31 + $k1554) % 1000003; }
    $v1555 = $acc * 9 + 1555;
    $acc = ($acc + $v1555) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1556'; } else { $acc += 1556; }
    $s1557 = 'str-1557-' . $acc;
    $acc += strlen($s1557);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1558; break; default: $acc ^= 1558; }
    foreach ([1559, 1560] as $k1559) { $acc = ($acc * 31 + $k1559) % 1000003; }
    $v1560 = $acc * 1 + 1560;
    $acc = ($acc + $v1560) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1561'; } else { $acc += 1561; }
    $s1562 = 'str-1562-' . $acc;
    $acc += strlen($s1562);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1563; break; default: $acc ^= 1563; }
    foreach ([1564, 1565] as $k1564) { $acc = ($acc * 31 + $k1564) % 1000003; }
    $v1565 = $acc * 6 + 1565;
    $acc = ($acc + $v1565) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1566'; } else { $acc += 1566; }
    $s1567 = 'str-1567-' . $acc;
    $acc += strlen($s1567);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1568; break; default: $acc ^= 1568; }
    foreach ([1569, 1570] as $k1569) { $acc = ($acc * 31 + $k1569) % 1000003; }
    $v1570 = $acc * 11 + 1570;
    $acc = ($acc + $v1570) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1571'; } else { $acc += 1571; }
    $s1572 = 'str-1572-' . $acc;
    $acc += strlen($s1572);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1573; break; default: $acc ^= 1573; }
    foreach ([1574, 1575] as $k1574) { $acc = ($acc * 31 + $k1574) % 1000003; }
    $v1575 = $acc * 3 + 1575;
    $acc = ($acc + $v1575) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1576'; } else { $acc += 1576; }
    $s1577 = 'str-1577-' . $acc;
    $acc += strlen($s1577);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1578; break; default: $acc ^= 1578; }
    foreach ([1579, 1580] as $k1579) { $acc = ($acc * 31 + $k1579) % 1000003; }
    $v1580 = $acc * 8 + 1580;
    $acc = ($acc + $v1580) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1581'; } else { $acc += 1581; }
    $s1582 = 'str-1582-' . $acc;
    $acc += strlen($s1582);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1583; break; default: $acc ^= 1583; }
    foreach ([1584, 1585] as $k1584) { $acc = ($acc * 31 + $k1584) % 1000003; }
    $v1585 = $acc * 13 + 1585;
    $acc = ($acc + $v1585) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1586'; } else { $acc += 1586; }
    $s1587 = 'str-1587-' . $acc;
    $acc += strlen($s1587);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1588; break; default: $acc ^= 1588; }
    foreach ([1589, 1590] as $k1589) { $acc = ($acc * 31 + $k1589) % 1000003; }
    $v1590 = $acc * 5 + 1590;
    $acc = ($acc + $v1590) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1591'; } else { $acc += 1591; }
    $s1592 = 'str-1592-' . $acc;
    $acc += strlen($s1592);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1593; break; default: $acc ^= 1593; }
    foreach ([1594, 1595] as $k1594) { $acc = ($acc * 31 + $k1594) % 1000003; }
    $v1595 = $acc * 10 + 1595;
    $acc = ($acc + $v1595) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1596'; } else { $acc += 1596; }
    $s1597 = 'str-1597-' . $acc;
    $acc += strlen($s1597);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1598; break; default: $acc ^= 1598; }
    foreach ([1599, 1600] as $k1599) { $acc = ($acc * 31 + $k1599) % 1000003; }
    $v1600 = $acc * 2 + 1600;
    $acc = ($acc + $v1600) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1601'; } else { $acc += 1601; }
    $s1602 = 'str-1602-' . $acc;
    $acc += strlen($s1602);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1603; break; default: $acc ^= 1603; }
    foreach ([1604, 1605] as $k1604) { $acc = ($acc * 31 + $k1604) % 1000003; }
    $v1605 = $acc * 7 + 1605;
    $acc = ($acc + $v1605) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1606'; } else { $acc += 1606; }
    $s1607 = 'str-1607-' . $acc;
    $acc += strlen($s1607);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1608; break; default: $acc ^= 1608; }
    foreach ([1609, 1610] as $k1609) { $acc = ($acc * 31 + $k1609) % 1000003; }
    $v1610 = $acc * 12 + 1610;
    $acc = ($acc + $v1610) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1611'; } else { $acc += 1611; }
    $s1612 = 'str-1612-' . $acc;
    $acc += strlen($s1612);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1613; break; default: $acc ^= 1613; }
    foreach ([1614, 1615] as $k1614) { $acc = ($acc * 31 + $k1614) % 1000003; }
    $v1615 = $acc * 4 + 1615;
    $acc = ($acc + $v1615) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1616'; } else { $acc += 1616; }
    $s1617 = 'str-1617-' . $acc;
    $acc += strlen($s1617);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1618; break; default: $acc ^= 1618; }
    foreach ([1619, 1620] as $k1619) { $acc = ($acc * 31 + $k1619) % 1000003; }
    $v1620 = $acc * 9 + 1620;
    $acc = ($acc + $v1620) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1621'; } else { $acc += 1621; }
    $s1622 = 'str-1622-' . $acc;
    $acc += strlen($s1622);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1623; break; default: $acc ^= 1623; }
    foreach ([1624, 1625] as $k1624) { $acc = ($acc * 31 + $k1624) % 1000003; }
    $v1625 = $acc * 1 + 1625;
    $acc = ($acc + $v1625) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1626'; } else { $acc += 1626; }
    $s1627 = 'str-1627-' . $acc;
    $acc += strlen($s1627);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1628; break; default: $acc ^= 1628; }
    foreach ([1629, 1630] as $k1629) { $acc = ($acc * 31 + $k1629) % 1000003; }
    $v1630 = $acc * 6 + 1630;
    $acc = ($acc + $v1630) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1631'; } else { $acc += 1631; }
    $s1632 = 'str-1632-' . $acc;
    $acc += strlen($s1632);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1633; break; default: $acc ^= 1633; }
    foreach ([1634, 1635] as $k1634) { $acc = ($acc * 31 + $k1634) % 1000003; }
    $v1635 = $acc * 11 + 1635;
    $acc = ($acc + $v1635) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1636'; } else { $acc += 1636; }
    $s1637 = 'str-1637-' . $acc;
    $acc += strlen($s1637);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1638; break; default: $acc ^= 1638; }
    foreach ([1639, 1640] as $k1639) { $acc = ($acc * 31 + $k1639) % 1000003; }
    $v1640 = $acc * 3 + 1640;
    $acc = ($acc + $v1640) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1641'; } else { $acc += 1641; }
    $s1642 = 'str-1642-' . $acc;
    $acc += strlen($s1642);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1643; break; default: $acc ^= 1643; }
    foreach ([1644, 1645] as $k1644) { $acc = ($acc * 31 + $k1644) % 1000003; }
    $v1645 = $acc * 8 + 1645;
    $acc = ($acc + $v1645) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1646'; } else { $acc += 1646; }
    $s1647 = 'str-1647-' . $acc;
    $acc += strlen($s1647);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1648; break; default: $acc ^= 1648; }
    foreach ([1649, 1650] as $k1649) { $acc = ($acc * 31 + $k1649) % 1000003; }
    $v1650 = $acc * 13 + 1650;
    $acc = ($acc + $v1650) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1651'; } else { $acc += 1651; }
    $s1652 = 'str-1652-' . $acc;
    $acc += strlen($s1652);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1653; break; default: $acc ^= 1653; }
    foreach ([1654, 1655] as $k1654) { $acc = ($acc * 31 + $k1654) % 1000003; }
    $v1655 = $acc * 5 + 1655;
    $acc = ($acc + $v1655) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1656'; } else { $acc += 1656; }
    $s1657 = 'str-1657-' . $acc;
    $acc += strlen($s1657);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1658; break; default: $acc ^= 1658; }
    foreach ([1659, 1660] as $k1659) { $acc = ($acc * 31 + $k1659) % 1000003; }
    $v1660 = $acc * 10 + 1660;
    $acc = ($acc + $v1660) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1661'; } else { $acc += 1661; }
    $s1662 = 'str-1662-' . $acc;
    $acc += strlen($s1662);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1663; break; default: $acc ^= 1663; }
    foreach ([1664, 1665] as $k1664) { $acc = ($acc * 31 + $k1664) % 1000003; }
    $v1665 = $acc * 2 + 1665;
    $acc = ($acc + $v1665) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1666'; } else { $acc += 1666; }
    $s1667 = 'str-1667-' . $acc;
    $acc += strlen($s1667);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1668; break; default: $acc ^= 1668; }
    foreach ([1669, 1670] as $k1669) { $acc = ($acc * 31 + $k1669) % 1000003; }
    $v1670 = $acc * 7 + 1670;
    $acc = ($acc + $v1670) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1671'; } else { $acc += 1671; }
    $s1672 = 'str-1672-' . $acc;
    $acc += strlen($s1672);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1673; break; default: $acc ^= 1673; }
    foreach ([1674, 1675] as $k1674) { $acc = ($acc * 31 + $k1674) % 1000003; }
    $v1675 = $acc * 12 + 1675;
    $acc = ($acc + $v1675) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1676'; } else { $acc += 1676; }
    $s1677 = 'str-1677-' . $acc;
    $acc += strlen($s1677);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1678; break; default: $acc ^= 1678; }
    foreach ([1679, 1680] as $k1679) { $acc = ($acc * 31 + $k1679) % 1000003; }
    $v1680 = $acc * 4 + 1680;
    $acc = ($acc + $v1680) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1681'; } else { $acc += 1681; }
    $s1682 = 'str-1682-' . $acc;
    $acc += strlen($s1682);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1683; break; default: $acc ^= 1683; }
    foreach ([1684, 1685] as $k1684) { $acc = ($acc * 31 + $k1684) % 1000003; }
    $v1685 = $acc * 9 + 1685;
    $acc = ($acc + $v1685) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1686'; } else { $acc += 1686; }
    $s1687 = 'str-1687-' . $acc;
    $acc += strlen($s1687);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1688; break; default: $acc ^= 1688; }
    foreach ([1689, 1690] as $k1689) { $acc = ($acc * 31 + $k1689) % 1000003; }
    $v1690 = $acc * 1 + 1690;
    $acc = ($acc + $v1690) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1691'; } else { $acc += 1691; }
    $s1692 = 'str-1692-' . $acc;
    $acc += strlen($s1692);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1693; break; default: $acc ^= 1693; }
    foreach ([1694, 1695] as $k1694) { $acc = ($acc * 31 + $k1694) % 1000003; }
    $v1695 = $acc * 6 + 1695;
    $acc = ($acc + $v1695) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1696'; } else { $acc += 1696; }
    $s1697 = 'str-1697-' . $acc;
    $acc += strlen($s1697);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1698; break; default: $acc ^= 1698; }
    foreach ([1699, 1700] as $k1699) { $acc = ($acc * 31 + $k1699) % 1000003; }
    $v1700 = $acc * 11 + 1700;
    $acc = ($acc + $v1700) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1701'; } else { $acc += 1701; }
    $s1702 = 'str-1702-' . $acc;
    $acc += strlen($s1702);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1703; break; default: $acc ^= 1703; }
    foreach ([1704, 1705] as $k1704) { $acc = ($acc * 31 + $k1704) % 1000003; }
    $v1705 = $acc * 3 + 1705;
    $acc = ($acc + $v1705) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1706'; } else { $acc += 1706; }
    $s1707 = 'str-1707-' . $acc;
    $acc += strlen($s1707);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1708; break; default: $acc ^= 1708; }
    foreach ([1709, 1710] as $k1709) { $acc = ($acc * 31 + $k1709) % 1000003; }
    $v1710 = $acc * 8 + 1710;
    $acc = ($acc + $v1710) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1711'; } else { $acc += 1711; }
    $s1712 = 'str-1712-' . $acc;
    $acc += strlen($s1712);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1713; break; default: $acc ^= 1713; }
    foreach ([1714, 1715] as $k1714) { $acc = ($acc * 31 + $k1714) % 1000003; }
    $v1715 = $acc * 13 + 1715;
    $acc = ($acc + $v1715) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1716'; } else { $acc += 1716; }
    $s1717 = 'str-1717-' . $acc;
    $acc += strlen($s1717);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1718; break; default: $acc ^= 1718; }
    foreach ([1719, 1720] as $k1719) { $acc = ($acc * 31 + $k1719) % 1000003; }
    $v1720 = $acc * 5 + 1720;
    $acc = ($acc + $v1720) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1721'; } else { $acc += 1721; }
    $s1722 = 'str-1722-' . $acc;
    $acc += strlen($s1722);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1723; break; default: $acc ^= 1723; }
    foreach ([1724, 1725] as $k1724) { $acc = ($acc * 31 + $k1724) % 1000003; }
    $v1725 = $acc * 10 + 1725;
    $acc = ($acc + $v1725) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1726'; } else { $acc += 1726; }
    $s1727 = 'str-1727-' . $acc;
    $acc += strlen($s1727);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1728; break; default: $acc ^= 1728; }
    foreach ([1729, 1730] as $k1729) { $acc = ($acc * 31 + $k1729) % 1000003; }
    $v1730 = $acc * 2 + 1730;
    $acc = ($acc + $v1730) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1731'; } else { $acc += 1731; }
    $s1732 = 'str-1732-' . $acc;
    $acc += strlen($s1732);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1733; break; default: $acc ^= 1733; }
    foreach ([1734, 1735] as $k1734) { $acc = ($acc * 31 + $k1734) % 1000003; }
    $v1735 = $acc * 7 + 1735;
    $acc = ($acc + $v1735) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1736'; } else { $acc += 1736; }
    $s1737 = 'str-1737-' . $acc;
    $acc += strlen($s1737);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1738; break; default: $acc ^= 1738; }
    foreach ([1739, 1740] as $k1739) { $acc = ($acc * 31 + $k1739) % 1000003; }
    $v1740 = $acc * 12 + 1740;
    $acc = ($acc + $v1740) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1741'; } else { $acc += 1741; }
    $s1742 = 'str-1742-' . $acc;
    $acc += strlen($s1742);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1743; break; default: $acc ^= 1743; }
    foreach ([1744, 1745] as $k1744) { $acc = ($acc * 31 + $k1744) % 1000003; }
    $v1745 = $acc * 4 + 1745;
    $acc = ($acc + $v1745) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1746'; } else { $acc += 1746; }
    $s1747 = 'str-1747-' . $acc;
    $acc += strlen($s1747);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1748; break; default: $acc ^= 1748; }
    foreach ([1749, 1750] as $k1749) { $acc = ($acc * 31 + $k1749) % 1000003; }
    $v1750 = $acc * 9 + 1750;
    $acc = ($acc + $v1750) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1751'; } else { $acc += 1751; }
    $s1752 = 'str-1752-' . $acc;
    $acc += strlen($s1752);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1753; break; default: $acc ^= 1753; }
    foreach ([1754, 1755] as $k1754) { $acc = ($acc * 31 + $k1754) % 1000003; }
    $v1755 = $acc * 1 + 1755;
    $acc = ($acc + $v1755) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1756'; } else { $acc += 1756; }
    $s1757 = 'str-1757-' . $acc;
    $acc += strlen($s1757);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1758; break; default: $acc ^= 1758; }
    foreach ([1759, 1760] as $k1759) { $acc = ($acc * 31 + $k1759) % 1000003; }
    $v1760 = $acc * 6 + 1760;
    $acc = ($acc + $v1760) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1761'; } else { $acc += 1761; }
    $s1762 = 'str-1762-' . $acc;
    $acc += strlen($s1762);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1763; break; default: $acc ^= 1763; }
    foreach ([1764, 1765] as $k1764) { $acc = ($acc * 31 + $k1764) % 1000003; }
    $v1765 = $acc * 11 + 1765;
    $acc = ($acc + $v1765) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1766'; } else { $acc += 1766; }
    $s1767 = 'str-1767-' . $acc;
    $acc += strlen($s1767);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1768; break; default: $acc ^= 1768; }
    foreach ([1769, 1770] as $k1769) { $acc = ($acc * 31 + $k1769) % 1000003; }
    $v1770 = $acc * 3 + 1770;
    $acc = ($acc + $v1770) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1771'; } else { $acc += 1771; }
    $s1772 = 'str-1772-' . $acc;
    $acc += strlen($s1772);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1773; break; default: $acc ^= 1773; }
    foreach ([1774, 1775] as $k1774) { $acc = ($acc * 31 + $k1774) % 1000003; }
    $v1775 = $acc * 8 + 1775;
    $acc = ($acc + $v1775) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1776'; } else { $acc += 1776; }
    $s1777 = 'str-1777-' . $acc;
    $acc += strlen($s1777);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1778; break; default: $acc ^= 1778; }
    foreach ([1779, 1780] as $k1779) { $acc = ($acc * 31 + $k1779) % 1000003; }
    $v1780 = $acc * 13 + 1780;
    $acc = ($acc + $v1780) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1781'; } else { $acc += 1781; }
    $s1782 = 'str-1782-' . $acc;
    $acc += strlen($s1782);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1783; break; default: $acc ^= 1783; }
    foreach ([1784, 1785] as $k1784) { $acc = ($acc * 31 + $k1784) % 1000003; }
    $v1785 = $acc * 5 + 1785;
    $acc = ($acc + $v1785) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1786'; } else { $acc += 1786; }
    $s1787 = 'str-1787-' . $acc;
    $acc += strlen($s1787);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1788; break; default: $acc ^= 1788; }
    foreach ([1789, 1790] as $k1789) { $acc = ($acc * 31 + $k1789) % 1000003; }
    $v1790 = $acc * 10 + 1790;
    $acc = ($acc + $v1790) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1791'; } else { $acc += 1791; }
    $s1792 = 'str-1792-' . $acc;
    $acc += strlen($s1792);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1793; break; default: $acc ^= 1793; }
    foreach ([1794, 1795] as $k1794) { $acc = ($acc * 31 + $k1794) % 1000003; }
    $v1795 = $acc * 2 + 1795;
    $acc = ($acc + $v1795) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1796'; } else { $acc += 1796; }
    $s1797 = 'str-1797-' . $acc;
    $acc += strlen($s1797);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1798; break; default: $acc ^= 1798; }
    foreach ([1799, 1800] as $k1799) { $acc = ($acc * 31 + $k1799) % 1000003; }
    $v1800 = $acc * 7 + 1800;
    $acc = ($acc + $v1800) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1801'; } else { $acc += 1801; }
    $s1802 = 'str-1802-' . $acc;
    $acc += strlen($s1802);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1803; break; default: $acc ^= 1803; }
    foreach ([1804, 1805] as $k1804) { $acc = ($acc * 31 + $k1804) % 1000003; }
    $v1805 = $acc * 12 + 1805;
    $acc = ($acc + $v1805) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1806'; } else { $acc += 1806; }
    $s1807 = 'str-1807-' . $acc;
    $acc += strlen($s1807);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1808; break; default: $acc ^= 1808; }
    foreach ([1809, 1810] as $k1809) { $acc = ($acc * 31 + $k1809) % 1000003; }
    $v1810 = $acc * 4 + 1810;
    $acc = ($acc + $v1810) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1811'; } else { $acc += 1811; }
    $s1812 = 'str-1812-' . $acc;
    $acc += strlen($s1812);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1813; break; default: $acc ^= 1813; }
    foreach ([1814, 1815] as $k1814) { $acc = ($acc * 31 + $k1814) % 1000003; }
    $v1815 = $acc * 9 + 1815;
    $acc = ($acc + $v1815) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1816'; } else { $acc += 1816; }
    $s1817 = 'str-1817-' . $acc;
    $acc += strlen($s1817);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1818; break; default: $acc ^= 1818; }
    foreach ([1819, 1820] as $k1819) { $acc = ($acc * 31 + $k1819) % 1000003; }
    $v1820 = $acc * 1 + 1820;
    $acc = ($acc + $v1820) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1821'; } else { $acc += 1821; }
    $s1822 = 'str-1822-' . $acc;
    $acc += strlen($s1822);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1823; break; default: $acc ^= 1823; }
    foreach ([1824, 1825] as $k1824) { $acc = ($acc * 31 + $k1824) % 1000003; }
    $v1825 = $acc * 6 + 1825;
    $acc = ($acc + $v1825) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1826'; } else { $acc += 1826; }
    $s1827 = 'str-1827-' . $acc;
    $acc += strlen($s1827);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1828; break; default: $acc ^= 1828; }
    foreach ([1829, 1830] as $k1829) { $acc = ($acc * 31 + $k1829) % 1000003; }
    $v1830 = $acc * 11 + 1830;
    $acc = ($acc + $v1830) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1831'; } else { $acc += 1831; }
    $s1832 = 'str-1832-' . $acc;
    $acc += strlen($s1832);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1833; break; default: $acc ^= 1833; }
    foreach ([1834, 1835] as $k1834) { $acc = ($acc * 31 + $k1834) % 1000003; }
    $v1835 = $acc * 3 + 1835;
    $acc = ($acc + $v1835) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1836'; } else { $acc += 1836; }
    $s1837 = 'str-1837-' . $acc;
    $acc += strlen($s1837);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1838; break; default: $acc ^= 1838; }
    foreach ([1839, 1840] as $k1839) { $acc = ($acc * 31 + $k1839) % 1000003; }
    $v1840 = $acc * 8 + 1840;
    $acc = ($acc + $v1840) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1841'; } else { $acc += 1841; }
    $s1842 = 'str-1842-' . $acc;
    $acc += strlen($s1842);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1843; break; default: $acc ^= 1843; }
    foreach ([1844, 1845] as $k1844) { $acc = ($acc * 31 + $k1844) % 1000003; }
    $v1845 = $acc * 13 + 1845;
    $acc = ($acc + $v1845) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1846'; } else { $acc += 1846; }
    $s1847 = 'str-1847-' . $acc;
    $acc += strlen($s1847);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1848; break; default: $acc ^= 1848; }
    foreach ([1849, 1850] as $k1849) { $acc = ($acc * 31 + $k1849) % 1000003; }
    $v1850 = $acc * 5 + 1850;
    $acc = ($acc + $v1850) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1851'; } else { $acc += 1851; }
    $s1852 = 'str-1852-' . $acc;
    $acc += strlen($s1852);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1853; break; default: $acc ^= 1853; }
    foreach ([1854, 1855] as $k1854) { $acc = ($acc * 31 + $k1854) % 1000003; }
    $v1855 = $acc * 10 + 1855;
    $acc = ($acc + $v1855) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1856'; } else { $acc += 1856; }
    $s1857 = 'str-1857-' . $acc;
    $acc += strlen($s1857);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1858; break; default: $acc ^= 1858; }
    foreach ([1859, 1860] as $k1859) { $acc = ($acc * 31 + $k1859) % 1000003; }
    $v1860 = $acc * 2 + 1860;
    $acc = ($acc + $v1860) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1861'; } else { $acc += 1861; }
    $s1862 = 'str-1862-' . $acc;
    $acc += strlen($s1862);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1863; break; default: $acc ^= 1863; }
    foreach ([1864, 1865] as $k1864) { $acc = ($acc * 31 + $k1864) % 1000003; }
    $v1865 = $acc * 7 + 1865;
    $acc = ($acc + $v1865) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1866'; } else { $acc += 1866; }
    $s1867 = 'str-1867-' . $acc;
    $acc += strlen($s1867);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1868; break; default: $acc ^= 1868; }
    foreach ([1869, 1870] as $k1869) { $acc = ($acc * 31 + $k1869) % 1000003; }
    $v1870 = $acc * 12 + 1870;
    $acc = ($acc + $v1870) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1871'; } else { $acc += 1871; }
    $s1872 = 'str-1872-' . $acc;
    $acc += strlen($s1872);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1873; break; default: $acc ^= 1873; }
    foreach ([1874, 1875] as $k1874) { $acc = ($acc * 31 + $k1874) % 1000003; }
    $v1875 = $acc * 4 + 1875;
    $acc = ($acc + $v1875) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1876'; } else { $acc += 1876; }
    $s1877 = 'str-1877-' . $acc;
    $acc += strlen($s1877);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1878; break; default: $acc ^= 1878; }
    foreach ([1879, 1880] as $k1879) { $acc = ($acc * 31 + $k1879) % 1000003; }
    $v1880 = $acc * 9 + 1880;
    $acc = ($acc + $v1880) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1881'; } else { $acc += 1881; }
    $s1882 = 'str-1882-' . $acc;
    $acc += strlen($s1882);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1883; break; default: $acc ^= 1883; }
    foreach ([1884, 1885] as $k1884) { $acc = ($acc * 31 + $k1884) % 1000003; }
    $v1885 = $acc * 1 + 1885;
    $acc = ($acc + $v1885) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1886'; } else { $acc += 1886; }
    $s1887 = 'str-1887-' . $acc;
    $acc += strlen($s1887);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1888; break; default: $acc ^= 1888; }
    foreach ([1889, 1890] as $k1889) { $acc = ($acc * 31 + $k1889) % 1000003; }
    $v1890 = $acc * 6 + 1890;
    $acc = ($acc + $v1890) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1891'; } else { $acc += 1891; }
    $s1892 = 'str-1892-' . $acc;
    $acc += strlen($s1892);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1893; break; default: $acc ^= 1893; }
    foreach ([1894, 1895] as $k1894) { $acc = ($acc * 31 + $k1894) % 1000003; }
    $v1895 = $acc * 11 + 1895;
    $acc = ($acc + $v1895) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1896'; } else { $acc += 1896; }
    $s1897 = 'str-1897-' . $acc;
    $acc += strlen($s1897);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1898; break; default: $acc ^= 1898; }
    foreach ([1899, 1900] as $k1899) { $acc = ($acc * 31 + $k1899) % 1000003; }
    $v1900 = $acc * 3 + 1900;
    $acc = ($acc + $v1900) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1901'; } else { $acc += 1901; }
    $s1902 = 'str-1902-' . $acc;
    $acc += strlen($s1902);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1903; break; default: $acc ^= 1903; }
    foreach ([1904, 1905] as $k1904) { $acc = ($acc * 31 + $k1904) % 1000003; }
    $v1905 = $acc * 8 + 1905;
    $acc = ($acc + $v1905) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1906'; } else { $acc += 1906; }
    $s1907 = 'str-1907-' . $acc;
    $acc += strlen($s1907);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1908; break; default: $acc ^= 1908; }
    foreach ([1909, 1910] as $k1909) { $acc = ($acc * 31 + $k1909) % 1000003; }
    $v1910 = $acc * 13 + 1910;
    $acc = ($acc + $v1910) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1911'; } else { $acc += 1911; }
    $s1912 = 'str-1912-' . $acc;
    $acc += strlen($s1912);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1913; break; default: $acc ^= 1913; }
    foreach ([1914, 1915] as $k1914) { $acc = ($acc * 31 + $k1914) % 1000003; }
    $v1915 = $acc * 5 + 1915;
    $acc = ($acc + $v1915) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1916'; } else { $acc += 1916; }
    $s1917 = 'str-1917-' . $acc;
    $acc += strlen($s1917);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1918; break; default: $acc ^= 1918; }
    foreach ([1919, 1920] as $k1919) { $acc = ($acc * 31 + $k1919) % 1000003; }
    $v1920 = $acc * 10 + 1920;
    $acc = ($acc + $v1920) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1921'; } else { $acc += 1921; }
    $s1922 = 'str-1922-' . $acc;
    $acc += strlen($s1922);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1923; break; default: $acc ^= 1923; }
    foreach ([1924, 1925] as $k1924) { $acc = ($acc * 31 + $k1924) % 1000003; }
    $v1925 = $acc * 2 + 1925;
    $acc = ($acc + $v1925) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1926'; } else { $acc += 1926; }
    $s1927 = 'str-1927-' . $acc;
    $acc += strlen($s1927);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1928; break; default: $acc ^= 1928; }
    foreach ([1929, 1930] as $k1929) { $acc = ($acc * 31 + $k1929) % 1000003; }
    $v1930 = $acc * 7 + 1930;
    $acc = ($acc + $v1930) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1931'; } else { $acc += 1931; }
    $s1932 = 'str-1932-' . $acc;
    $acc += strlen($s1932);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1933; break; default: $acc ^= 1933; }
    foreach ([1934, 1935] as $k1934) { $acc = ($acc * 31 + $k1934) % 1000003; }
    $v1935 = $acc * 12 + 1935;
    $acc = ($acc + $v1935) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1936'; } else { $acc += 1936; }
    $s1937 = 'str-1937-' . $acc;
    $acc += strlen($s1937);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1938; break; default: $acc ^= 1938; }
    foreach ([1939, 1940] as $k1939) { $acc = ($acc * 31 + $k1939) % 1000003; }
    $v1940 = $acc * 4 + 1940;
    $acc = ($acc + $v1940) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1941'; } else { $acc += 1941; }
    $s1942 = 'str-1942-' . $acc;
    $acc += strlen($s1942);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1943; break; default: $acc ^= 1943; }
    foreach ([1944, 1945] as $k1944) { $acc = ($acc * 31 + $k1944) % 1000003; }
    $v1945 = $acc * 9 + 1945;
    $acc = ($acc + $v1945) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1946'; } else { $acc += 1946; }
    $s1947 = 'str-1947-' . $acc;
    $acc += strlen($s1947);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1948; break; default: $acc ^= 1948; }
    foreach ([1949, 1950] as $k1949) { $acc = ($acc * 31 + $k1949) % 1000003; }
    $v1950 = $acc * 1 + 1950;
    $acc = ($acc + $v1950) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1951'; } else { $acc += 1951; }
    $s1952 = 'str-1952-' . $acc;
    $acc += strlen($s1952);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1953; break; default: $acc ^= 1953; }
    foreach ([1954, 1955] as $k1954) { $acc = ($acc * 31 + $k1954) % 1000003; }
    $v1955 = $acc * 6 + 1955;
    $acc = ($acc + $v1955) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1956'; } else { $acc += 1956; }
    $s1957 = 'str-1957-' . $acc;
    $acc += strlen($s1957);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1958; break; default: $acc ^= 1958; }
    foreach ([1959, 1960] as $k1959) { $acc = ($acc * 31 + $k1959) % 1000003; }
    $v1960 = $acc * 11 + 1960;
    $acc = ($acc + $v1960) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1961'; } else { $acc += 1961; }
    $s1962 = 'str-1962-' . $acc;
    $acc += strlen($s1962);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1963; break; default: $acc ^= 1963; }
    foreach ([1964, 1965] as $k1964) { $acc = ($acc * 31 + $k1964) % 1000003; }
    $v1965 = $acc * 3 + 1965;
    $acc = ($acc + $v1965) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit1966'; } else { $acc += 1966; }
    $s1967 = 'str-1967-' . $acc;
    $acc += strlen($s1967);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1968; break; default: $acc ^= 1968; }
    foreach ([1969, 1970] as $k1969) { $acc = ($acc * 31 + $k1969) % 1000003; }
    $v1970 = $acc * 8 + 1970;
    $acc = ($acc + $v1970) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit1971'; } else { $acc += 1971; }
    $s1972 = 'str-1972-' . $acc;
    $acc += strlen($s1972);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1973; break; default: $acc ^= 1973; }
    foreach ([1974, 1975] as $k1974) { $acc = ($acc * 31 + $k1974) % 1000003; }
    $v1975 = $acc * 13 + 1975;
    $acc = ($acc + $v1975) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit1976'; } else { $acc += 1976; }
    $s1977 = 'str-1977-' . $acc;
    $acc += strlen($s1977);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1978; break; default: $acc ^= 1978; }
    foreach ([1979, 1980] as $k1979) { $acc = ($acc * 31 + $k1979) % 1000003; }
    $v1980 = $acc * 5 + 1980;
    $acc = ($acc + $v1980) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit1981'; } else { $acc += 1981; }
    $s1982 = 'str-1982-' . $acc;
    $acc += strlen($s1982);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1983; break; default: $acc ^= 1983; }
    foreach ([1984, 1985] as $k1984) { $acc = ($acc * 31 + $k1984) % 1000003; }
    $v1985 = $acc * 10 + 1985;
    $acc = ($acc + $v1985) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit1986'; } else { $acc += 1986; }
    $s1987 = 'str-1987-' . $acc;
    $acc += strlen($s1987);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1988; break; default: $acc ^= 1988; }
    foreach ([1989, 1990] as $k1989) { $acc = ($acc * 31 + $k1989) % 1000003; }
    $v1990 = $acc * 2 + 1990;
    $acc = ($acc + $v1990) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit1991'; } else { $acc += 1991; }
    $s1992 = 'str-1992-' . $acc;
    $acc += strlen($s1992);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1993; break; default: $acc ^= 1993; }
    foreach ([1994, 1995] as $k1994) { $acc = ($acc * 31 + $k1994) % 1000003; }
    $v1995 = $acc * 7 + 1995;
    $acc = ($acc + $v1995) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit1996'; } else { $acc += 1996; }
    $s1997 = 'str-1997-' . $acc;
    $acc += strlen($s1997);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 1998; break; default: $acc ^= 1998; }
    foreach ([1999, 2000] as $k1999) { $acc = ($acc * 31 + $k1999) % 1000003; }
    $v2000 = $acc * 12 + 2000;
    $acc = ($acc + $v2000) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2001'; } else { $acc += 2001; }
    $s2002 = 'str-2002-' . $acc;
    $acc += strlen($s2002);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2003; break; default: $acc ^= 2003; }
    foreach ([2004, 2005] as $k2004) { $acc = ($acc * 31 + $k2004) % 1000003; }
    $v2005 = $acc * 4 + 2005;
    $acc = ($acc + $v2005) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2006'; } else { $acc += 2006; }
    $s2007 = 'str-2007-' . $acc;
    $acc += strlen($s2007);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2008; break; default: $acc ^= 2008; }
    foreach ([2009, 2010] as $k2009) { $acc = ($acc * 31 + $k2009) % 1000003; }
    $v2010 = $acc * 9 + 2010;
    $acc = ($acc + $v2010) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2011'; } else { $acc += 2011; }
    $s2012 = 'str-2012-' . $acc;
    $acc += strlen($s2012);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2013; break; default: $acc ^= 2013; }
    foreach ([2014, 2015] as $k2014) { $acc = ($acc * 31 + $k2014) % 1000003; }
    $v2015 = $acc * 1 + 2015;
    $acc = ($acc + $v2015) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2016'; } else { $acc += 2016; }
    $s2017 = 'str-2017-' . $acc;
    $acc += strlen($s2017);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2018; break; default: $acc ^= 2018; }
    foreach ([2019, 2020] as $k2019) { $acc = ($acc * 31 + $k2019) % 1000003; }
    $v2020 = $acc * 6 + 2020;
    $acc = ($acc + $v2020) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2021'; } else { $acc += 2021; }
    $s2022 = 'str-2022-' . $acc;
    $acc += strlen($s2022);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2023; break; default: $acc ^= 2023; }
    foreach ([2024, 2025] as $k2024) { $acc = ($acc * 31 + $k2024) % 1000003; }
    $v2025 = $acc * 11 + 2025;
    $acc = ($acc + $v2025) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2026'; } else { $acc += 2026; }
    $s2027 = 'str-2027-' . $acc;
    $acc += strlen($s2027);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2028; break; default: $acc ^= 2028; }
    foreach ([2029, 2030] as $k2029) { $acc = ($acc * 31 + $k2029) % 1000003; }
    $v2030 = $acc * 3 + 2030;
    $acc = ($acc + $v2030) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2031'; } else { $acc += 2031; }
    $s2032 = 'str-2032-' . $acc;
    $acc += strlen($s2032);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2033; break; default: $acc ^= 2033; }
    foreach ([2034, 2035] as $k2034) { $acc = ($acc * 31 + $k2034) % 1000003; }
    $v2035 = $acc * 8 + 2035;
    $acc = ($acc + $v2035) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2036'; } else { $acc += 2036; }
    $s2037 = 'str-2037-' . $acc;
    $acc += strlen($s2037);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2038; break; default: $acc ^= 2038; }
    foreach ([2039, 2040] as $k2039) { $acc = ($acc * 31 + $k2039) % 1000003; }
    $v2040 = $acc * 13 + 2040;
    $acc = ($acc + $v2040) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2041'; } else { $acc += 2041; }
    $s2042 = 'str-2042-' . $acc;
    $acc += strlen($s2042);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2043; break; default: $acc ^= 2043; }
    foreach ([2044, 2045] as $k2044) { $acc = ($acc * 31 + $k2044) % 1000003; }
    $v2045 = $acc * 5 + 2045;
    $acc = ($acc + $v2045) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2046'; } else { $acc += 2046; }
    $s2047 = 'str-2047-' . $acc;
    $acc += strlen($s2047);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2048; break; default: $acc ^= 2048; }
    foreach ([2049, 2050] as $k2049) { $acc = ($acc * 31 + $k2049) % 1000003; }
    $v2050 = $acc * 10 + 2050;
    $acc = ($acc + $v2050) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2051'; } else { $acc += 2051; }
    $s2052 = 'str-2052-' . $acc;
    $acc += strlen($s2052);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2053; break; default: $acc ^= 2053; }
    foreach ([2054, 2055] as $k2054) { $acc = ($acc * 31 + $k2054) % 1000003; }
    $v2055 = $acc * 2 + 2055;
    $acc = ($acc + $v2055) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2056'; } else { $acc += 2056; }
    $s2057 = 'str-2057-' . $acc;
    $acc += strlen($s2057);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2058; break; default: $acc ^= 2058; }
    foreach ([2059, 2060] as $k2059) { $acc = ($acc * 31 + $k2059) % 1000003; }
    $v2060 = $acc * 7 + 2060;
    $acc = ($acc + $v2060) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2061'; } else { $acc += 2061; }
    $s2062 = 'str-2062-' . $acc;
    $acc += strlen($s2062);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2063; break; default: $acc ^= 2063; }
    foreach ([2064, 2065] as $k2064) { $acc = ($acc * 31 + $k2064) % 1000003; }
    $v2065 = $acc * 12 + 2065;
    $acc = ($acc + $v2065) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2066'; } else { $acc += 2066; }
    $s2067 = 'str-2067-' . $acc;
    $acc += strlen($s2067);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2068; break; default: $acc ^= 2068; }
    foreach ([2069, 2070] as $k2069) { $acc = ($acc * 31 + $k2069) % 1000003; }
    $v2070 = $acc * 4 + 2070;
    $acc = ($acc + $v2070) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2071'; } else { $acc += 2071; }
    $s2072 = 'str-2072-' . $acc;
    $acc += strlen($s2072);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2073; break; default: $acc ^= 2073; }
    foreach ([2074, 2075] as $k2074) { $acc = ($acc * 31 + $k2074) % 1000003; }
    $v2075 = $acc * 9 + 2075;
    $acc = ($acc + $v2075) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2076'; } else { $acc += 2076; }
    $s2077 = 'str-2077-' . $acc;
    $acc += strlen($s2077);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2078; break; default: $acc ^= 2078; }
    foreach ([2079, 2080] as $k2079) { $acc = ($acc * 31 + $k2079) % 1000003; }
    $v2080 = $acc * 1 + 2080;
    $acc = ($acc + $v2080) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2081'; } else { $acc += 2081; }
    $s2082 = 'str-2082-' . $acc;
    $acc += strlen($s2082);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2083; break; default: $acc ^= 2083; }
    foreach ([2084, 2085] as $k2084) { $acc = ($acc * 31 + $k2084) % 1000003; }
    $v2085 = $acc * 6 + 2085;
    $acc = ($acc + $v2085) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2086'; } else { $acc += 2086; }
    $s2087 = 'str-2087-' . $acc;
    $acc += strlen($s2087);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2088; break; default: $acc ^= 2088; }
    foreach ([2089, 2090] as $k2089) { $acc = ($acc * 31 + $k2089) % 1000003; }
    $v2090 = $acc * 11 + 2090;
    $acc = ($acc + $v2090) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2091'; } else { $acc += 2091; }
    $s2092 = 'str-2092-' . $acc;
    $acc += strlen($s2092);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2093; break; default: $acc ^= 2093; }
    foreach ([2094, 2095] as $k2094) { $acc = ($acc * 31 + $k2094) % 1000003; }
    $v2095 = $acc * 3 + 2095;
    $acc = ($acc + $v2095) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2096'; } else { $acc += 2096; }
    $s2097 = 'str-2097-' . $acc;
    $acc += strlen($s2097);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2098; break; default: $acc ^= 2098; }
    foreach ([2099, 2100] as $k2099) { $acc = ($acc * 31 + $k2099) % 1000003; }
    $v2100 = $acc * 8 + 2100;
    $acc = ($acc + $v2100) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2101'; } else { $acc += 2101; }
    $s2102 = 'str-2102-' . $acc;
    $acc += strlen($s2102);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2103; break; default: $acc ^= 2103; }
    foreach ([2104, 2105] as $k2104) { $acc = ($acc * 31 + $k2104) % 1000003; }
    $v2105 = $acc * 13 + 2105;
    $acc = ($acc + $v2105) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2106'; } else { $acc += 2106; }
    $s2107 = 'str-2107-' . $acc;
    $acc += strlen($s2107);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2108; break; default: $acc ^= 2108; }
    foreach ([2109, 2110] as $k2109) { $acc = ($acc * 31 + $k2109) % 1000003; }
    $v2110 = $acc * 5 + 2110;
    $acc = ($acc + $v2110) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2111'; } else { $acc += 2111; }
    $s2112 = 'str-2112-' . $acc;
    $acc += strlen($s2112);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2113; break; default: $acc ^= 2113; }
    foreach ([2114, 2115] as $k2114) { $acc = ($acc * 31 + $k2114) % 1000003; }
    $v2115 = $acc * 10 + 2115;
    $acc = ($acc + $v2115) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2116'; } else { $acc += 2116; }
    $s2117 = 'str-2117-' . $acc;
    $acc += strlen($s2117);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2118; break; default: $acc ^= 2118; }
    foreach ([2119, 2120] as $k2119) { $acc = ($acc * 31 + $k2119) % 1000003; }
    $v2120 = $acc * 2 + 2120;
    $acc = ($acc + $v2120) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2121'; } else { $acc += 2121; }
    $s2122 = 'str-2122-' . $acc;
    $acc += strlen($s2122);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2123; break; default: $acc ^= 2123; }
    foreach ([2124, 2125] as $k2124) { $acc = ($acc * 31 + $k2124) % 1000003; }
    $v2125 = $acc * 7 + 2125;
    $acc = ($acc + $v2125) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2126'; } else { $acc += 2126; }
    $s2127 = 'str-2127-' . $acc;
    $acc += strlen($s2127);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2128; break; default: $acc ^= 2128; }
    foreach ([2129, 2130] as $k2129) { $acc = ($acc * 31 + $k2129) % 1000003; }
    $v2130 = $acc * 12 + 2130;
    $acc = ($acc + $v2130) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2131'; } else { $acc += 2131; }
    $s2132 = 'str-2132-' . $acc;
    $acc += strlen($s2132);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2133; break; default: $acc ^= 2133; }
    foreach ([2134, 2135] as $k2134) { $acc = ($acc * 31 + $k2134) % 1000003; }
    $v2135 = $acc * 4 + 2135;
    $acc = ($acc + $v2135) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2136'; } else { $acc += 2136; }
    $s2137 = 'str-2137-' . $acc;
    $acc += strlen($s2137);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2138; break; default: $acc ^= 2138; }
    foreach ([2139, 2140] as $k2139) { $acc = ($acc * 31 + $k2139) % 1000003; }
    $v2140 = $acc * 9 + 2140;
    $acc = ($acc + $v2140) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2141'; } else { $acc += 2141; }
    $s2142 = 'str-2142-' . $acc;
    $acc += strlen($s2142);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2143; break; default: $acc ^= 2143; }
    foreach ([2144, 2145] as $k2144) { $acc = ($acc * 31 + $k2144) % 1000003; }
    $v2145 = $acc * 1 + 2145;
    $acc = ($acc + $v2145) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2146'; } else { $acc += 2146; }
    $s2147 = 'str-2147-' . $acc;
    $acc += strlen($s2147);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2148; break; default: $acc ^= 2148; }
    foreach ([2149, 2150] as $k2149) { $acc = ($acc * 31 + $k2149) % 1000003; }
    $v2150 = $acc * 6 + 2150;
    $acc = ($acc + $v2150) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2151'; } else { $acc += 2151; }
    $s2152 = 'str-2152-' . $acc;
    $acc += strlen($s2152);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2153; break; default: $acc ^= 2153; }
    foreach ([2154, 2155] as $k2154) { $acc = ($acc * 31 + $k2154) % 1000003; }
    $v2155 = $acc * 11 + 2155;
    $acc = ($acc + $v2155) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2156'; } else { $acc += 2156; }
    $s2157 = 'str-2157-' . $acc;
    $acc += strlen($s2157);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2158; break; default: $acc ^= 2158; }
    foreach ([2159, 2160] as $k2159) { $acc = ($acc * 31 + $k2159) % 1000003; }
    $v2160 = $acc * 3 + 2160;
    $acc = ($acc + $v2160) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2161'; } else { $acc += 2161; }
    $s2162 = 'str-2162-' . $acc;
    $acc += strlen($s2162);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2163; break; default: $acc ^= 2163; }
    foreach ([2164, 2165] as $k2164) { $acc = ($acc * 31 + $k2164) % 1000003; }
    $v2165 = $acc * 8 + 2165;
    $acc = ($acc + $v2165) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2166'; } else { $acc += 2166; }
    $s2167 = 'str-2167-' . $acc;
    $acc += strlen($s2167);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2168; break; default: $acc ^= 2168; }
    foreach ([2169, 2170] as $k2169) { $acc = ($acc * 31 + $k2169) % 1000003; }
    $v2170 = $acc * 13 + 2170;
    $acc = ($acc + $v2170) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2171'; } else { $acc += 2171; }
    $s2172 = 'str-2172-' . $acc;
    $acc += strlen($s2172);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2173; break; default: $acc ^= 2173; }
    foreach ([2174, 2175] as $k2174) { $acc = ($acc * 31 + $k2174) % 1000003; }
    $v2175 = $acc * 5 + 2175;
    $acc = ($acc + $v2175) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2176'; } else { $acc += 2176; }
    $s2177 = 'str-2177-' . $acc;
    $acc += strlen($s2177);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2178; break; default: $acc ^= 2178; }
    foreach ([2179, 2180] as $k2179) { $acc = ($acc * 31 + $k2179) % 1000003; }
    $v2180 = $acc * 10 + 2180;
    $acc = ($acc + $v2180) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2181'; } else { $acc += 2181; }
    $s2182 = 'str-2182-' . $acc;
    $acc += strlen($s2182);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2183; break; default: $acc ^= 2183; }
    foreach ([2184, 2185] as $k2184) { $acc = ($acc * 31 + $k2184) % 1000003; }
    $v2185 = $acc * 2 + 2185;
    $acc = ($acc + $v2185) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2186'; } else { $acc += 2186; }
    $s2187 = 'str-2187-' . $acc;
    $acc += strlen($s2187);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2188; break; default: $acc ^= 2188; }
    foreach ([2189, 2190] as $k2189) { $acc = ($acc * 31 + $k2189) % 1000003; }
    $v2190 = $acc * 7 + 2190;
    $acc = ($acc + $v2190) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2191'; } else { $acc += 2191; }
    $s2192 = 'str-2192-' . $acc;
    $acc += strlen($s2192);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2193; break; default: $acc ^= 2193; }
    foreach ([2194, 2195] as $k2194) { $acc = ($acc * 31 + $k2194) % 1000003; }
    $v2195 = $acc * 12 + 2195;
    $acc = ($acc + $v2195) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2196'; } else { $acc += 2196; }
    $s2197 = 'str-2197-' . $acc;
    $acc += strlen($s2197);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2198; break; default: $acc ^= 2198; }
    foreach ([2199, 2200] as $k2199) { $acc = ($acc * 31 + $k2199) % 1000003; }
    $v2200 = $acc * 4 + 2200;
    $acc = ($acc + $v2200) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2201'; } else { $acc += 2201; }
    $s2202 = 'str-2202-' . $acc;
    $acc += strlen($s2202);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2203; break; default: $acc ^= 2203; }
    foreach ([2204, 2205] as $k2204) { $acc = ($acc * 31 + $k2204) % 1000003; }
    $v2205 = $acc * 9 + 2205;
    $acc = ($acc + $v2205) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2206'; } else { $acc += 2206; }
    $s2207 = 'str-2207-' . $acc;
    $acc += strlen($s2207);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2208; break; default: $acc ^= 2208; }
    foreach ([2209, 2210] as $k2209) { $acc = ($acc * 31 + $k2209) % 1000003; }
    $v2210 = $acc * 1 + 2210;
    $acc = ($acc + $v2210) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2211'; } else { $acc += 2211; }
    $s2212 = 'str-2212-' . $acc;
    $acc += strlen($s2212);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2213; break; default: $acc ^= 2213; }
    foreach ([2214, 2215] as $k2214) { $acc = ($acc * 31 + $k2214) % 1000003; }
    $v2215 = $acc * 6 + 2215;
    $acc = ($acc + $v2215) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2216'; } else { $acc += 2216; }
    $s2217 = 'str-2217-' . $acc;
    $acc += strlen($s2217);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2218; break; default: $acc ^= 2218; }
    foreach ([2219, 2220] as $k2219) { $acc = ($acc * 31 + $k2219) % 1000003; }
    $v2220 = $acc * 11 + 2220;
    $acc = ($acc + $v2220) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2221'; } else { $acc += 2221; }
    $s2222 = 'str-2222-' . $acc;
    $acc += strlen($s2222);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2223; break; default: $acc ^= 2223; }
    foreach ([2224, 2225] as $k2224) { $acc = ($acc * 31 + $k2224) % 1000003; }
    $v2225 = $acc * 3 + 2225;
    $acc = ($acc + $v2225) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2226'; } else { $acc += 2226; }
    $s2227 = 'str-2227-' . $acc;
    $acc += strlen($s2227);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2228; break; default: $acc ^= 2228; }
    foreach ([2229, 2230] as $k2229) { $acc = ($acc * 31 + $k2229) % 1000003; }
    $v2230 = $acc * 8 + 2230;
    $acc = ($acc + $v2230) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2231'; } else { $acc += 2231; }
    $s2232 = 'str-2232-' . $acc;
    $acc += strlen($s2232);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2233; break; default: $acc ^= 2233; }
    foreach ([2234, 2235] as $k2234) { $acc = ($acc * 31 + $k2234) % 1000003; }
    $v2235 = $acc * 13 + 2235;
    $acc = ($acc + $v2235) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2236'; } else { $acc += 2236; }
    $s2237 = 'str-2237-' . $acc;
    $acc += strlen($s2237);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2238; break; default: $acc ^= 2238; }
    foreach ([2239, 2240] as $k2239) { $acc = ($acc * 31 + $k2239) % 1000003; }
    $v2240 = $acc * 5 + 2240;
    $acc = ($acc + $v2240) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2241'; } else { $acc += 2241; }
    $s2242 = 'str-2242-' . $acc;
    $acc += strlen($s2242);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2243; break; default: $acc ^= 2243; }
    foreach ([2244, 2245] as $k2244) { $acc = ($acc * 31 + $k2244) % 1000003; }
    $v2245 = $acc * 10 + 2245;
    $acc = ($acc + $v2245) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2246'; } else { $acc += 2246; }
    $s2247 = 'str-2247-' . $acc;
    $acc += strlen($s2247);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2248; break; default: $acc ^= 2248; }
    foreach ([2249, 2250] as $k2249) { $acc = ($acc * 31 + $k2249) % 1000003; }
    $v2250 = $acc * 2 + 2250;
    $acc = ($acc + $v2250) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2251'; } else { $acc += 2251; }
    $s2252 = 'str-2252-' . $acc;
    $acc += strlen($s2252);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2253; break; default: $acc ^= 2253; }
    foreach ([2254, 2255] as $k2254) { $acc = ($acc * 31 + $k2254) % 1000003; }
    $v2255 = $acc * 7 + 2255;
    $acc = ($acc + $v2255) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2256'; } else { $acc += 2256; }
    $s2257 = 'str-2257-' . $acc;
    $acc += strlen($s2257);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2258; break; default: $acc ^= 2258; }
    foreach ([2259, 2260] as $k2259) { $acc = ($acc * 31 + $k2259) % 1000003; }
    $v2260 = $acc * 12 + 2260;
    $acc = ($acc + $v2260) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2261'; } else { $acc += 2261; }
    $s2262 = 'str-2262-' . $acc;
    $acc += strlen($s2262);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2263; break; default: $acc ^= 2263; }
    foreach ([2264, 2265] as $k2264) { $acc = ($acc * 31 + $k2264) % 1000003; }
    $v2265 = $acc * 4 + 2265;
    $acc = ($acc + $v2265) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2266'; } else { $acc += 2266; }
    $s2267 = 'str-2267-' . $acc;
    $acc += strlen($s2267);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2268; break; default: $acc ^= 2268; }
    foreach ([2269, 2270] as $k2269) { $acc = ($acc * 31 + $k2269) % 1000003; }
    $v2270 = $acc * 9 + 2270;
    $acc = ($acc + $v2270) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2271'; } else { $acc += 2271; }
    $s2272 = 'str-2272-' . $acc;
    $acc += strlen($s2272);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2273; break; default: $acc ^= 2273; }
    foreach ([2274, 2275] as $k2274) { $acc = ($acc * 31 + $k2274) % 1000003; }
    $v2275 = $acc * 1 + 2275;
    $acc = ($acc + $v2275) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2276'; } else { $acc += 2276; }
    $s2277 = 'str-2277-' . $acc;
    $acc += strlen($s2277);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2278; break; default: $acc ^= 2278; }
    foreach ([2279, 2280] as $k2279) { $acc = ($acc * 31 + $k2279) % 1000003; }
    $v2280 = $acc * 6 + 2280;
    $acc = ($acc + $v2280) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2281'; } else { $acc += 2281; }
    $s2282 = 'str-2282-' . $acc;
    $acc += strlen($s2282);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2283; break; default: $acc ^= 2283; }
    foreach ([2284, 2285] as $k2284) { $acc = ($acc * 31 + $k2284) % 1000003; }
    $v2285 = $acc * 11 + 2285;
    $acc = ($acc + $v2285) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2286'; } else { $acc += 2286; }
    $s2287 = 'str-2287-' . $acc;
    $acc += strlen($s2287);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2288; break; default: $acc ^= 2288; }
    foreach ([2289, 2290] as $k2289) { $acc = ($acc * 31 + $k2289) % 1000003; }
    $v2290 = $acc * 3 + 2290;
    $acc = ($acc + $v2290) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2291'; } else { $acc += 2291; }
    $s2292 = 'str-2292-' . $acc;
    $acc += strlen($s2292);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2293; break; default: $acc ^= 2293; }
    foreach ([2294, 2295] as $k2294) { $acc = ($acc * 31 + $k2294) % 1000003; }
    $v2295 = $acc * 8 + 2295;
    $acc = ($acc + $v2295) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2296'; } else { $acc += 2296; }
    $s2297 = 'str-2297-' . $acc;
    $acc += strlen($s2297);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2298; break; default: $acc ^= 2298; }
    foreach ([2299, 2300] as $k2299) { $acc = ($acc * 31 + $k2299) % 1000003; }
    $v2300 = $acc * 13 + 2300;
    $acc = ($acc + $v2300) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2301'; } else { $acc += 2301; }
    $s2302 = 'str-2302-' . $acc;
    $acc += strlen($s2302);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2303; break; default: $acc ^= 2303; }
    foreach ([2304, 2305] as $k2304) { $acc = ($acc * 31 + $k2304) % 1000003; }
    $v2305 = $acc * 5 + 2305;
    $acc = ($acc + $v2305) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2306'; } else { $acc += 2306; }
    $s2307 = 'str-2307-' . $acc;
    $acc += strlen($s2307);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2308; break; default: $acc ^= 2308; }
    foreach ([2309, 2310] as $k2309) { $acc = ($acc * 31 + $k2309) % 1000003; }
    $v2310 = $acc * 10 + 2310;
    $acc = ($acc + $v2310) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2311'; } else { $acc += 2311; }
    $s2312 = 'str-2312-' . $acc;
    $acc += strlen($s2312);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2313; break; default: $acc ^= 2313; }
    foreach ([2314, 2315] as $k2314) { $acc = ($acc * 31 + $k2314) % 1000003; }
    $v2315 = $acc * 2 + 2315;
    $acc = ($acc + $v2315) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2316'; } else { $acc += 2316; }
    $s2317 = 'str-2317-' . $acc;
    $acc += strlen($s2317);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2318; break; default: $acc ^= 2318; }
    foreach ([2319, 2320] as $k2319) { $acc = ($acc * 31 + $k2319) % 1000003; }
    $v2320 = $acc * 7 + 2320;
    $acc = ($acc + $v2320) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2321'; } else { $acc += 2321; }
    $s2322 = 'str-2322-' . $acc;
    $acc += strlen($s2322);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2323; break; default: $acc ^= 2323; }
    foreach ([2324, 2325] as $k2324) { $acc = ($acc * 31 + $k2324) % 1000003; }
    $v2325 = $acc * 12 + 2325;
    $acc = ($acc + $v2325) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2326'; } else { $acc += 2326; }
    $s2327 = 'str-2327-' . $acc;
    $acc += strlen($s2327);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2328; break; default: $acc ^= 2328; }
    foreach ([2329, 2330] as $k2329) { $acc = ($acc * 31 + $k2329) % 1000003; }
    $v2330 = $acc * 4 + 2330;
    $acc = ($acc + $v2330) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2331'; } else { $acc += 2331; }
    $s2332 = 'str-2332-' . $acc;
    $acc += strlen($s2332);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2333; break; default: $acc ^= 2333; }
    foreach ([2334, 2335] as $k2334) { $acc = ($acc * 31 + $k2334) % 1000003; }
    $v2335 = $acc * 9 + 2335;
    $acc = ($acc + $v2335) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2336'; } else { $acc += 2336; }
    $s2337 = 'str-2337-' . $acc;
    $acc += strlen($s2337);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2338; break; default: $acc ^= 2338; }
    foreach ([2339, 2340] as $k2339) { $acc = ($acc * 31 + $k2339) % 1000003; }
    $v2340 = $acc * 1 + 2340;
    $acc = ($acc + $v2340) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2341'; } else { $acc += 2341; }
    $s2342 = 'str-2342-' . $acc;
    $acc += strlen($s2342);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2343; break; default: $acc ^= 2343; }
    foreach ([2344, 2345] as $k2344) { $acc = ($acc * 31 + $k2344) % 1000003; }
    $v2345 = $acc * 6 + 2345;
    $acc = ($acc + $v2345) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2346'; } else { $acc += 2346; }
    $s2347 = 'str-2347-' . $acc;
    $acc += strlen($s2347);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2348; break; default: $acc ^= 2348; }
    foreach ([2349, 2350] as $k2349) { $acc = ($acc * 31 + $k2349) % 1000003; }
    $v2350 = $acc * 11 + 2350;
    $acc = ($acc + $v2350) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2351'; } else { $acc += 2351; }
    $s2352 = 'str-2352-' . $acc;
    $acc += strlen($s2352);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2353; break; default: $acc ^= 2353; }
    foreach ([2354, 2355] as $k2354) { $acc = ($acc * 31 + $k2354) % 1000003; }
    $v2355 = $acc * 3 + 2355;
    $acc = ($acc + $v2355) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2356'; } else { $acc += 2356; }
    $s2357 = 'str-2357-' . $acc;
    $acc += strlen($s2357);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2358; break; default: $acc ^= 2358; }
    foreach ([2359, 2360] as $k2359) { $acc = ($acc * 31 + $k2359) % 1000003; }
    $v2360 = $acc * 8 + 2360;
    $acc = ($acc + $v2360) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2361'; } else { $acc += 2361; }
    $s2362 = 'str-2362-' . $acc;
    $acc += strlen($s2362);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2363; break; default: $acc ^= 2363; }
    foreach ([2364, 2365] as $k2364) { $acc = ($acc * 31 + $k2364) % 1000003; }
    $v2365 = $acc * 13 + 2365;
    $acc = ($acc + $v2365) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2366'; } else { $acc += 2366; }
    $s2367 = 'str-2367-' . $acc;
    $acc += strlen($s2367);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2368; break; default: $acc ^= 2368; }
    foreach ([2369, 2370] as $k2369) { $acc = ($acc * 31 + $k2369) % 1000003; }
    $v2370 = $acc * 5 + 2370;
    $acc = ($acc + $v2370) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2371'; } else { $acc += 2371; }
    $s2372 = 'str-2372-' . $acc;
    $acc += strlen($s2372);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2373; break; default: $acc ^= 2373; }
    foreach ([2374, 2375] as $k2374) { $acc = ($acc * 31 + $k2374) % 1000003; }
    $v2375 = $acc * 10 + 2375;
    $acc = ($acc + $v2375) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2376'; } else { $acc += 2376; }
    $s2377 = 'str-2377-' . $acc;
    $acc += strlen($s2377);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2378; break; default: $acc ^= 2378; }
    foreach ([2379, 2380] as $k2379) { $acc = ($acc * 31 + $k2379) % 1000003; }
    $v2380 = $acc * 2 + 2380;
    $acc = ($acc + $v2380) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2381'; } else { $acc += 2381; }
    $s2382 = 'str-2382-' . $acc;
    $acc += strlen($s2382);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2383; break; default: $acc ^= 2383; }
    foreach ([2384, 2385] as $k2384) { $acc = ($acc * 31 + $k2384) % 1000003; }
    $v2385 = $acc * 7 + 2385;
    $acc = ($acc + $v2385) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2386'; } else { $acc += 2386; }
    $s2387 = 'str-2387-' . $acc;
    $acc += strlen($s2387);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2388; break; default: $acc ^= 2388; }
    foreach ([2389, 2390] as $k2389) { $acc = ($acc * 31 + $k2389) % 1000003; }
    $v2390 = $acc * 12 + 2390;
    $acc = ($acc + $v2390) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2391'; } else { $acc += 2391; }
    $s2392 = 'str-2392-' . $acc;
    $acc += strlen($s2392);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2393; break; default: $acc ^= 2393; }
    foreach ([2394, 2395] as $k2394) { $acc = ($acc * 31 + $k2394) % 1000003; }
    $v2395 = $acc * 4 + 2395;
    $acc = ($acc + $v2395) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2396'; } else { $acc += 2396; }
    $s2397 = 'str-2397-' . $acc;
    $acc += strlen($s2397);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2398; break; default: $acc ^= 2398; }
    foreach ([2399, 2400] as $k2399) { $acc = ($acc * 31 + $k2399) % 1000003; }
    $v2400 = $acc * 9 + 2400;
    $acc = ($acc + $v2400) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2401'; } else { $acc += 2401; }
    $s2402 = 'str-2402-' . $acc;
    $acc += strlen($s2402);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2403; break; default: $acc ^= 2403; }
    foreach ([2404, 2405] as $k2404) { $acc = ($acc * 31 + $k2404) % 1000003; }
    $v2405 = $acc * 1 + 2405;
    $acc = ($acc + $v2405) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2406'; } else { $acc += 2406; }
    $s2407 = 'str-2407-' . $acc;
    $acc += strlen($s2407);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2408; break; default: $acc ^= 2408; }
    foreach ([2409, 2410] as $k2409) { $acc = ($acc * 31 + $k2409) % 1000003; }
    $v2410 = $acc * 6 + 2410;
    $acc = ($acc + $v2410) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2411'; } else { $acc += 2411; }
    $s2412 = 'str-2412-' . $acc;
    $acc += strlen($s2412);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2413; break; default: $acc ^= 2413; }
    foreach ([2414, 2415] as $k2414) { $acc = ($acc * 31 + $k2414) % 1000003; }
    $v2415 = $acc * 11 + 2415;
    $acc = ($acc + $v2415) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2416'; } else { $acc += 2416; }
    $s2417 = 'str-2417-' . $acc;
    $acc += strlen($s2417);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2418; break; default: $acc ^= 2418; }
    foreach ([2419, 2420] as $k2419) { $acc = ($acc * 31 + $k2419) % 1000003; }
    $v2420 = $acc * 3 + 2420;
    $acc = ($acc + $v2420) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2421'; } else { $acc += 2421; }
    $s2422 = 'str-2422-' . $acc;
    $acc += strlen($s2422);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2423; break; default: $acc ^= 2423; }
    foreach ([2424, 2425] as $k2424) { $acc = ($acc * 31 + $k2424) % 1000003; }
    $v2425 = $acc * 8 + 2425;
    $acc = ($acc + $v2425) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2426'; } else { $acc += 2426; }
    $s2427 = 'str-2427-' . $acc;
    $acc += strlen($s2427);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2428; break; default: $acc ^= 2428; }
    foreach ([2429, 2430] as $k2429) { $acc = ($acc * 31 + $k2429) % 1000003; }
    $v2430 = $acc * 13 + 2430;
    $acc = ($acc + $v2430) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2431'; } else { $acc += 2431; }
    $s2432 = 'str-2432-' . $acc;
    $acc += strlen($s2432);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2433; break; default: $acc ^= 2433; }
    foreach ([2434, 2435] as $k2434) { $acc = ($acc * 31 + $k2434) % 1000003; }
    $v2435 = $acc * 5 + 2435;
    $acc = ($acc + $v2435) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2436'; } else { $acc += 2436; }
    $s2437 = 'str-2437-' . $acc;
    $acc += strlen($s2437);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2438; break; default: $acc ^= 2438; }
    foreach ([2439, 2440] as $k2439) { $acc = ($acc * 31 + $k2439) % 1000003; }
    $v2440 = $acc * 10 + 2440;
    $acc = ($acc + $v2440) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2441'; } else { $acc += 2441; }
    $s2442 = 'str-2442-' . $acc;
    $acc += strlen($s2442);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2443; break; default: $acc ^= 2443; }
    foreach ([2444, 2445] as $k2444) { $acc = ($acc * 31 + $k2444) % 1000003; }
    $v2445 = $acc * 2 + 2445;
    $acc = ($acc + $v2445) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2446'; } else { $acc += 2446; }
    $s2447 = 'str-2447-' . $acc;
    $acc += strlen($s2447);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2448; break; default: $acc ^= 2448; }
    foreach ([2449, 2450] as $k2449) { $acc = ($acc * 31 + $k2449) % 1000003; }
    $v2450 = $acc * 7 + 2450;
    $acc = ($acc + $v2450) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2451'; } else { $acc += 2451; }
    $s2452 = 'str-2452-' . $acc;
    $acc += strlen($s2452);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2453; break; default: $acc ^= 2453; }
    foreach ([2454, 2455] as $k2454) { $acc = ($acc * 31 + $k2454) % 1000003; }
    $v2455 = $acc * 12 + 2455;
    $acc = ($acc + $v2455) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2456'; } else { $acc += 2456; }
    $s2457 = 'str-2457-' . $acc;
    $acc += strlen($s2457);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2458; break; default: $acc ^= 2458; }
    foreach ([2459, 2460] as $k2459) { $acc = ($acc * 31 + $k2459) % 1000003; }
    $v2460 = $acc * 4 + 2460;
    $acc = ($acc + $v2460) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2461'; } else { $acc += 2461; }
    $s2462 = 'str-2462-' . $acc;
    $acc += strlen($s2462);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2463; break; default: $acc ^= 2463; }
    foreach ([2464, 2465] as $k2464) { $acc = ($acc * 31 + $k2464) % 1000003; }
    $v2465 = $acc * 9 + 2465;
    $acc = ($acc + $v2465) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2466'; } else { $acc += 2466; }
    $s2467 = 'str-2467-' . $acc;
    $acc += strlen($s2467);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2468; break; default: $acc ^= 2468; }
    foreach ([2469, 2470] as $k2469) { $acc = ($acc * 31 + $k2469) % 1000003; }
    $v2470 = $acc * 1 + 2470;
    $acc = ($acc + $v2470) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2471'; } else { $acc += 2471; }
    $s2472 = 'str-2472-' . $acc;
    $acc += strlen($s2472);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2473; break; default: $acc ^= 2473; }
    foreach ([2474, 2475] as $k2474) { $acc = ($acc * 31 + $k2474) % 1000003; }
    $v2475 = $acc * 6 + 2475;
    $acc = ($acc + $v2475) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2476'; } else { $acc += 2476; }
    $s2477 = 'str-2477-' . $acc;
    $acc += strlen($s2477);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2478; break; default: $acc ^= 2478; }
    foreach ([2479, 2480] as $k2479) { $acc = ($acc * 31 + $k2479) % 1000003; }
    $v2480 = $acc * 11 + 2480;
    $acc = ($acc + $v2480) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2481'; } else { $acc += 2481; }
    $s2482 = 'str-2482-' . $acc;
    $acc += strlen($s2482);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2483; break; default: $acc ^= 2483; }
    foreach ([2484, 2485] as $k2484) { $acc = ($acc * 31 + $k2484) % 1000003; }
    $v2485 = $acc * 3 + 2485;
    $acc = ($acc + $v2485) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2486'; } else { $acc += 2486; }
    $s2487 = 'str-2487-' . $acc;
    $acc += strlen($s2487);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2488; break; default: $acc ^= 2488; }
    foreach ([2489, 2490] as $k2489) { $acc = ($acc * 31 + $k2489) % 1000003; }
    $v2490 = $acc * 8 + 2490;
    $acc = ($acc + $v2490) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2491'; } else { $acc += 2491; }
    $s2492 = 'str-2492-' . $acc;
    $acc += strlen($s2492);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2493; break; default: $acc ^= 2493; }
    foreach ([2494, 2495] as $k2494) { $acc = ($acc * 31 + $k2494) % 1000003; }
    $v2495 = $acc * 13 + 2495;
    $acc = ($acc + $v2495) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2496'; } else { $acc += 2496; }
    $s2497 = 'str-2497-' . $acc;
    $acc += strlen($s2497);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2498; break; default: $acc ^= 2498; }
    foreach ([2499, 2500] as $k2499) { $acc = ($acc * 31 + $k2499) % 1000003; }
    $v2500 = $acc * 5 + 2500;
    $acc = ($acc + $v2500) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2501'; } else { $acc += 2501; }
    $s2502 = 'str-2502-' . $acc;
    $acc += strlen($s2502);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2503; break; default: $acc ^= 2503; }
    foreach ([2504, 2505] as $k2504) { $acc = ($acc * 31 + $k2504) % 1000003; }
    $v2505 = $acc * 10 + 2505;
    $acc = ($acc + $v2505) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2506'; } else { $acc += 2506; }
    $s2507 = 'str-2507-' . $acc;
    $acc += strlen($s2507);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2508; break; default: $acc ^= 2508; }
    foreach ([2509, 2510] as $k2509) { $acc = ($acc * 31 + $k2509) % 1000003; }
    $v2510 = $acc * 2 + 2510;
    $acc = ($acc + $v2510) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2511'; } else { $acc += 2511; }
    $s2512 = 'str-2512-' . $acc;
    $acc += strlen($s2512);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2513; break; default: $acc ^= 2513; }
    foreach ([2514, 2515] as $k2514) { $acc = ($acc * 31 + $k2514) % 1000003; }
    $v2515 = $acc * 7 + 2515;
    $acc = ($acc + $v2515) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2516'; } else { $acc += 2516; }
    $s2517 = 'str-2517-' . $acc;
    $acc += strlen($s2517);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2518; break; default: $acc ^= 2518; }
    foreach ([2519, 2520] as $k2519) { $acc = ($acc * 31 + $k2519) % 1000003; }
    $v2520 = $acc * 12 + 2520;
    $acc = ($acc + $v2520) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2521'; } else { $acc += 2521; }
    $s2522 = 'str-2522-' . $acc;
    $acc += strlen($s2522);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2523; break; default: $acc ^= 2523; }
    foreach ([2524, 2525] as $k2524) { $acc = ($acc * 31 + $k2524) % 1000003; }
    $v2525 = $acc * 4 + 2525;
    $acc = ($acc + $v2525) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2526'; } else { $acc += 2526; }
    $s2527 = 'str-2527-' . $acc;
    $acc += strlen($s2527);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2528; break; default: $acc ^= 2528; }
    foreach ([2529, 2530] as $k2529) { $acc = ($acc * 31 + $k2529) % 1000003; }
    $v2530 = $acc * 9 + 2530;
    $acc = ($acc + $v2530) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2531'; } else { $acc += 2531; }
    $s2532 = 'str-2532-' . $acc;
    $acc += strlen($s2532);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2533; break; default: $acc ^= 2533; }
    foreach ([2534, 2535] as $k2534) { $acc = ($acc * 31 + $k2534) % 1000003; }
    $v2535 = $acc * 1 + 2535;
    $acc = ($acc + $v2535) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2536'; } else { $acc += 2536; }
    $s2537 = 'str-2537-' . $acc;
    $acc += strlen($s2537);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2538; break; default: $acc ^= 2538; }
    foreach ([2539, 2540] as $k2539) { $acc = ($acc * 31 + $k2539) % 1000003; }
    $v2540 = $acc * 6 + 2540;
    $acc = ($acc + $v2540) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2541'; } else { $acc += 2541; }
    $s2542 = 'str-2542-' . $acc;
    $acc += strlen($s2542);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2543; break; default: $acc ^= 2543; }
    foreach ([2544, 2545] as $k2544) { $acc = ($acc * 31 + $k2544) % 1000003; }
    $v2545 = $acc * 11 + 2545;
    $acc = ($acc + $v2545) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2546'; } else { $acc += 2546; }
    $s2547 = 'str-2547-' . $acc;
    $acc += strlen($s2547);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2548; break; default: $acc ^= 2548; }
    foreach ([2549, 2550] as $k2549) { $acc = ($acc * 31 + $k2549) % 1000003; }
    $v2550 = $acc * 3 + 2550;
    $acc = ($acc + $v2550) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2551'; } else { $acc += 2551; }
    $s2552 = 'str-2552-' . $acc;
    $acc += strlen($s2552);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2553; break; default: $acc ^= 2553; }
    foreach ([2554, 2555] as $k2554) { $acc = ($acc * 31 + $k2554) % 1000003; }
    $v2555 = $acc * 8 + 2555;
    $acc = ($acc + $v2555) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2556'; } else { $acc += 2556; }
    $s2557 = 'str-2557-' . $acc;
    $acc += strlen($s2557);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2558; break; default: $acc ^= 2558; }
    foreach ([2559, 2560] as $k2559) { $acc = ($acc * 31 + $k2559) % 1000003; }
    $v2560 = $acc * 13 + 2560;
    $acc = ($acc + $v2560) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2561'; } else { $acc += 2561; }
    $s2562 = 'str-2562-' . $acc;
    $acc += strlen($s2562);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2563; break; default: $acc ^= 2563; }
    foreach ([2564, 2565] as $k2564) { $acc = ($acc * 31 + $k2564) % 1000003; }
    $v2565 = $acc * 5 + 2565;
    $acc = ($acc + $v2565) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2566'; } else { $acc += 2566; }
    $s2567 = 'str-2567-' . $acc;
    $acc += strlen($s2567);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2568; break; default: $acc ^= 2568; }
    foreach ([2569, 2570] as $k2569) { $acc = ($acc * 31 + $k2569) % 1000003; }
    $v2570 = $acc * 10 + 2570;
    $acc = ($acc + $v2570) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2571'; } else { $acc += 2571; }
    $s2572 = 'str-2572-' . $acc;
    $acc += strlen($s2572);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2573; break; default: $acc ^= 2573; }
    foreach ([2574, 2575] as $k2574) { $acc = ($acc * 31 + $k2574) % 1000003; }
    $v2575 = $acc * 2 + 2575;
    $acc = ($acc + $v2575) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2576'; } else { $acc += 2576; }
    $s2577 = 'str-2577-' . $acc;
    $acc += strlen($s2577);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2578; break; default: $acc ^= 2578; }
    foreach ([2579, 2580] as $k2579) { $acc = ($acc * 31 + $k2579) % 1000003; }
    $v2580 = $acc * 7 + 2580;
    $acc = ($acc + $v2580) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2581'; } else { $acc += 2581; }
    $s2582 = 'str-2582-' . $acc;
    $acc += strlen($s2582);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2583; break; default: $acc ^= 2583; }
    foreach ([2584, 2585] as $k2584) { $acc = ($acc * 31 + $k2584) % 1000003; }
    $v2585 = $acc * 12 + 2585;
    $acc = ($acc + $v2585) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2586'; } else { $acc += 2586; }
    $s2587 = 'str-2587-' . $acc;
    $acc += strlen($s2587);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2588; break; default: $acc ^= 2588; }
    foreach ([2589, 2590] as $k2589) { $acc = ($acc * 31 + $k2589) % 1000003; }
    $v2590 = $acc * 4 + 2590;
    $acc = ($acc + $v2590) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2591'; } else { $acc += 2591; }
    $s2592 = 'str-2592-' . $acc;
    $acc += strlen($s2592);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2593; break; default: $acc ^= 2593; }
    foreach ([2594, 2595] as $k2594) { $acc = ($acc * 31 + $k2594) % 1000003; }
    $v2595 = $acc * 9 + 2595;
    $acc = ($acc + $v2595) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2596'; } else { $acc += 2596; }
    $s2597 = 'str-2597-' . $acc;
    $acc += strlen($s2597);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2598; break; default: $acc ^= 2598; }
    foreach ([2599, 2600] as $k2599) { $acc = ($acc * 31 + $k2599) % 1000003; }
    $v2600 = $acc * 1 + 2600;
    $acc = ($acc + $v2600) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2601'; } else { $acc += 2601; }
    $s2602 = 'str-2602-' . $acc;
    $acc += strlen($s2602);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2603; break; default: $acc ^= 2603; }
    foreach ([2604, 2605] as $k2604) { $acc = ($acc * 31 + $k2604) % 1000003; }
    $v2605 = $acc * 6 + 2605;
    $acc = ($acc + $v2605) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2606'; } else { $acc += 2606; }
    $s2607 = 'str-2607-' . $acc;
    $acc += strlen($s2607);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2608; break; default: $acc ^= 2608; }
    foreach ([2609, 2610] as $k2609) { $acc = ($acc * 31 + $k2609) % 1000003; }
    $v2610 = $acc * 11 + 2610;
    $acc = ($acc + $v2610) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2611'; } else { $acc += 2611; }
    $s2612 = 'str-2612-' . $acc;
    $acc += strlen($s2612);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2613; break; default: $acc ^= 2613; }
    foreach ([2614, 2615] as $k2614) { $acc = ($acc * 31 + $k2614) % 1000003; }
    $v2615 = $acc * 3 + 2615;
    $acc = ($acc + $v2615) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2616'; } else { $acc += 2616; }
    $s2617 = 'str-2617-' . $acc;
    $acc += strlen($s2617);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2618; break; default: $acc ^= 2618; }
    foreach ([2619, 2620] as $k2619) { $acc = ($acc * 31 + $k2619) % 1000003; }
    $v2620 = $acc * 8 + 2620;
    $acc = ($acc + $v2620) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2621'; } else { $acc += 2621; }
    $s2622 = 'str-2622-' . $acc;
    $acc += strlen($s2622);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2623; break; default: $acc ^= 2623; }
    foreach ([2624, 2625] as $k2624) { $acc = ($acc * 31 + $k2624) % 1000003; }
    $v2625 = $acc * 13 + 2625;
    $acc = ($acc + $v2625) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2626'; } else { $acc += 2626; }
    $s2627 = 'str-2627-' . $acc;
    $acc += strlen($s2627);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2628; break; default: $acc ^= 2628; }
    foreach ([2629, 2630] as $k2629) { $acc = ($acc * 31 + $k2629) % 1000003; }
    $v2630 = $acc * 5 + 2630;
    $acc = ($acc + $v2630) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2631'; } else { $acc += 2631; }
    $s2632 = 'str-2632-' . $acc;
    $acc += strlen($s2632);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2633; break; default: $acc ^= 2633; }
    foreach ([2634, 2635] as $k2634) { $acc = ($acc * 31 + $k2634) % 1000003; }
    $v2635 = $acc * 10 + 2635;
    $acc = ($acc + $v2635) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2636'; } else { $acc += 2636; }
    $s2637 = 'str-2637-' . $acc;
    $acc += strlen($s2637);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2638; break; default: $acc ^= 2638; }
    foreach ([2639, 2640] as $k2639) { $acc = ($acc * 31 + $k2639) % 1000003; }
    $v2640 = $acc * 2 + 2640;
    $acc = ($acc + $v2640) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2641'; } else { $acc += 2641; }
    $s2642 = 'str-2642-' . $acc;
    $acc += strlen($s2642);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2643; break; default: $acc ^= 2643; }
    foreach ([2644, 2645] as $k2644) { $acc = ($acc * 31 + $k2644) % 1000003; }
    $v2645 = $acc * 7 + 2645;
    $acc = ($acc + $v2645) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2646'; } else { $acc += 2646; }
    $s2647 = 'str-2647-' . $acc;
    $acc += strlen($s2647);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2648; break; default: $acc ^= 2648; }
    foreach ([2649, 2650] as $k2649) { $acc = ($acc * 31 + $k2649) % 1000003; }
    $v2650 = $acc * 12 + 2650;
    $acc = ($acc + $v2650) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2651'; } else { $acc += 2651; }
    $s2652 = 'str-2652-' . $acc;
    $acc += strlen($s2652);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2653; break; default: $acc ^= 2653; }
    foreach ([2654, 2655] as $k2654) { $acc = ($acc * 31 + $k2654) % 1000003; }
    $v2655 = $acc * 4 + 2655;
    $acc = ($acc + $v2655) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2656'; } else { $acc += 2656; }
    $s2657 = 'str-2657-' . $acc;
    $acc += strlen($s2657);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2658; break; default: $acc ^= 2658; }
    foreach ([2659, 2660] as $k2659) { $acc = ($acc * 31 + $k2659) % 1000003; }
    $v2660 = $acc * 9 + 2660;
    $acc = ($acc + $v2660) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2661'; } else { $acc += 2661; }
    $s2662 = 'str-2662-' . $acc;
    $acc += strlen($s2662);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2663; break; default: $acc ^= 2663; }
    foreach ([2664, 2665] as $k2664) { $acc = ($acc * 31 + $k2664) % 1000003; }
    $v2665 = $acc * 1 + 2665;
    $acc = ($acc + $v2665) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2666'; } else { $acc += 2666; }
    $s2667 = 'str-2667-' . $acc;
    $acc += strlen($s2667);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2668; break; default: $acc ^= 2668; }
    foreach ([2669, 2670] as $k2669) { $acc = ($acc * 31 + $k2669) % 1000003; }
    $v2670 = $acc * 6 + 2670;
    $acc = ($acc + $v2670) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2671'; } else { $acc += 2671; }
    $s2672 = 'str-2672-' . $acc;
    $acc += strlen($s2672);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2673; break; default: $acc ^= 2673; }
    foreach ([2674, 2675] as $k2674) { $acc = ($acc * 31 + $k2674) % 1000003; }
    $v2675 = $acc * 11 + 2675;
    $acc = ($acc + $v2675) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2676'; } else { $acc += 2676; }
    $s2677 = 'str-2677-' . $acc;
    $acc += strlen($s2677);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2678; break; default: $acc ^= 2678; }
    foreach ([2679, 2680] as $k2679) { $acc = ($acc * 31 + $k2679) % 1000003; }
    $v2680 = $acc * 3 + 2680;
    $acc = ($acc + $v2680) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2681'; } else { $acc += 2681; }
    $s2682 = 'str-2682-' . $acc;
    $acc += strlen($s2682);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2683; break; default: $acc ^= 2683; }
    foreach ([2684, 2685] as $k2684) { $acc = ($acc * 31 + $k2684) % 1000003; }
    $v2685 = $acc * 8 + 2685;
    $acc = ($acc + $v2685) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2686'; } else { $acc += 2686; }
    $s2687 = 'str-2687-' . $acc;
    $acc += strlen($s2687);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2688; break; default: $acc ^= 2688; }
    foreach ([2689, 2690] as $k2689) { $acc = ($acc * 31 + $k2689) % 1000003; }
    $v2690 = $acc * 13 + 2690;
    $acc = ($acc + $v2690) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2691'; } else { $acc += 2691; }
    $s2692 = 'str-2692-' . $acc;
    $acc += strlen($s2692);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2693; break; default: $acc ^= 2693; }
    foreach ([2694, 2695] as $k2694) { $acc = ($acc * 31 + $k2694) % 1000003; }
    $v2695 = $acc * 5 + 2695;
    $acc = ($acc + $v2695) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2696'; } else { $acc += 2696; }
    $s2697 = 'str-2697-' . $acc;
    $acc += strlen($s2697);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2698; break; default: $acc ^= 2698; }
    foreach ([2699, 2700] as $k2699) { $acc = ($acc * 31 + $k2699) % 1000003; }
    $v2700 = $acc * 10 + 2700;
    $acc = ($acc + $v2700) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2701'; } else { $acc += 2701; }
    $s2702 = 'str-2702-' . $acc;
    $acc += strlen($s2702);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2703; break; default: $acc ^= 2703; }
    foreach ([2704, 2705] as $k2704) { $acc = ($acc * 31 + $k2704) % 1000003; }
    $v2705 = $acc * 2 + 2705;
    $acc = ($acc + $v2705) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2706'; } else { $acc += 2706; }
    $s2707 = 'str-2707-' . $acc;
    $acc += strlen($s2707);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2708; break; default: $acc ^= 2708; }
    foreach ([2709, 2710] as $k2709) { $acc = ($acc * 31 + $k2709) % 1000003; }
    $v2710 = $acc * 7 + 2710;
    $acc = ($acc + $v2710) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2711'; } else { $acc += 2711; }
    $s2712 = 'str-2712-' . $acc;
    $acc += strlen($s2712);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2713; break; default: $acc ^= 2713; }
    foreach ([2714, 2715] as $k2714) { $acc = ($acc * 31 + $k2714) % 1000003; }
    $v2715 = $acc * 12 + 2715;
    $acc = ($acc + $v2715) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2716'; } else { $acc += 2716; }
    $s2717 = 'str-2717-' . $acc;
    $acc += strlen($s2717);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2718; break; default: $acc ^= 2718; }
    foreach ([2719, 2720] as $k2719) { $acc = ($acc * 31 + $k2719) % 1000003; }
    $v2720 = $acc * 4 + 2720;
    $acc = ($acc + $v2720) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2721'; } else { $acc += 2721; }
    $s2722 = 'str-2722-' . $acc;
    $acc += strlen($s2722);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2723; break; default: $acc ^= 2723; }
    foreach ([2724, 2725] as $k2724) { $acc = ($acc * 31 + $k2724) % 1000003; }
    $v2725 = $acc * 9 + 2725;
    $acc = ($acc + $v2725) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2726'; } else { $acc += 2726; }
    $s2727 = 'str-2727-' . $acc;
    $acc += strlen($s2727);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2728; break; default: $acc ^= 2728; }
    foreach ([2729, 2730] as $k2729) { $acc = ($acc * 31 + $k2729) % 1000003; }
    $v2730 = $acc * 1 + 2730;
    $acc = ($acc + $v2730) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2731'; } else { $acc += 2731; }
    $s2732 = 'str-2732-' . $acc;
    $acc += strlen($s2732);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2733; break; default: $acc ^= 2733; }
    foreach ([2734, 2735] as $k2734) { $acc = ($acc * 31 + $k2734) % 1000003; }
    $v2735 = $acc * 6 + 2735;
    $acc = ($acc + $v2735) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2736'; } else { $acc += 2736; }
    $s2737 = 'str-2737-' . $acc;
    $acc += strlen($s2737);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2738; break; default: $acc ^= 2738; }
    foreach ([2739, 2740] as $k2739) { $acc = ($acc * 31 + $k2739) % 1000003; }
    $v2740 = $acc * 11 + 2740;
    $acc = ($acc + $v2740) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2741'; } else { $acc += 2741; }
    $s2742 = 'str-2742-' . $acc;
    $acc += strlen($s2742);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2743; break; default: $acc ^= 2743; }
    foreach ([2744, 2745] as $k2744) { $acc = ($acc * 31 + $k2744) % 1000003; }
    $v2745 = $acc * 3 + 2745;
    $acc = ($acc + $v2745) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2746'; } else { $acc += 2746; }
    $s2747 = 'str-2747-' . $acc;
    $acc += strlen($s2747);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2748; break; default: $acc ^= 2748; }
    foreach ([2749, 2750] as $k2749) { $acc = ($acc * 31 + $k2749) % 1000003; }
    $v2750 = $acc * 8 + 2750;
    $acc = ($acc + $v2750) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2751'; } else { $acc += 2751; }
    $s2752 = 'str-2752-' . $acc;
    $acc += strlen($s2752);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2753; break; default: $acc ^= 2753; }
    foreach ([2754, 2755] as $k2754) { $acc = ($acc * 31 + $k2754) % 1000003; }
    $v2755 = $acc * 13 + 2755;
    $acc = ($acc + $v2755) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2756'; } else { $acc += 2756; }
    $s2757 = 'str-2757-' . $acc;
    $acc += strlen($s2757);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2758; break; default: $acc ^= 2758; }
    foreach ([2759, 2760] as $k2759) { $acc = ($acc * 31 + $k2759) % 1000003; }
    $v2760 = $acc * 5 + 2760;
    $acc = ($acc + $v2760) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2761'; } else { $acc += 2761; }
    $s2762 = 'str-2762-' . $acc;
    $acc += strlen($s2762);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2763; break; default: $acc ^= 2763; }
    foreach ([2764, 2765] as $k2764) { $acc = ($acc * 31 + $k2764) % 1000003; }
    $v2765 = $acc * 10 + 2765;
    $acc = ($acc + $v2765) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2766'; } else { $acc += 2766; }
    $s2767 = 'str-2767-' . $acc;
    $acc += strlen($s2767);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2768; break; default: $acc ^= 2768; }
    foreach ([2769, 2770] as $k2769) { $acc = ($acc * 31 + $k2769) % 1000003; }
    $v2770 = $acc * 2 + 2770;
    $acc = ($acc + $v2770) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2771'; } else { $acc += 2771; }
    $s2772 = 'str-2772-' . $acc;
    $acc += strlen($s2772);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2773; break; default: $acc ^= 2773; }
    foreach ([2774, 2775] as $k2774) { $acc = ($acc * 31 + $k2774) % 1000003; }
    $v2775 = $acc * 7 + 2775;
    $acc = ($acc + $v2775) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2776'; } else { $acc += 2776; }
    $s2777 = 'str-2777-' . $acc;
    $acc += strlen($s2777);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2778; break; default: $acc ^= 2778; }
    foreach ([2779, 2780] as $k2779) { $acc = ($acc * 31 + $k2779) % 1000003; }
    $v2780 = $acc * 12 + 2780;
    $acc = ($acc + $v2780) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2781'; } else { $acc += 2781; }
    $s2782 = 'str-2782-' . $acc;
    $acc += strlen($s2782);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2783; break; default: $acc ^= 2783; }
    foreach ([2784, 2785] as $k2784) { $acc = ($acc * 31 + $k2784) % 1000003; }
    $v2785 = $acc * 4 + 2785;
    $acc = ($acc + $v2785) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2786'; } else { $acc += 2786; }
    $s2787 = 'str-2787-' . $acc;
    $acc += strlen($s2787);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2788; break; default: $acc ^= 2788; }
    foreach ([2789, 2790] as $k2789) { $acc = ($acc * 31 + $k2789) % 1000003; }
    $v2790 = $acc * 9 + 2790;
    $acc = ($acc + $v2790) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2791'; } else { $acc += 2791; }
    $s2792 = 'str-2792-' . $acc;
    $acc += strlen($s2792);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2793; break; default: $acc ^= 2793; }
    foreach ([2794, 2795] as $k2794) { $acc = ($acc * 31 + $k2794) % 1000003; }
    $v2795 = $acc * 1 + 2795;
    $acc = ($acc + $v2795) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2796'; } else { $acc += 2796; }
    $s2797 = 'str-2797-' . $acc;
    $acc += strlen($s2797);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2798; break; default: $acc ^= 2798; }
    foreach ([2799, 2800] as $k2799) { $acc = ($acc * 31 + $k2799) % 1000003; }
    $v2800 = $acc * 6 + 2800;
    $acc = ($acc + $v2800) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2801'; } else { $acc += 2801; }
    $s2802 = 'str-2802-' . $acc;
    $acc += strlen($s2802);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2803; break; default: $acc ^= 2803; }
    foreach ([2804, 2805] as $k2804) { $acc = ($acc * 31 + $k2804) % 1000003; }
    $v2805 = $acc * 11 + 2805;
    $acc = ($acc + $v2805) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2806'; } else { $acc += 2806; }
    $s2807 = 'str-2807-' . $acc;
    $acc += strlen($s2807);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2808; break; default: $acc ^= 2808; }
    foreach ([2809, 2810] as $k2809) { $acc = ($acc * 31 + $k2809) % 1000003; }
    $v2810 = $acc * 3 + 2810;
    $acc = ($acc + $v2810) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2811'; } else { $acc += 2811; }
    $s2812 = 'str-2812-' . $acc;
    $acc += strlen($s2812);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2813; break; default: $acc ^= 2813; }
    foreach ([2814, 2815] as $k2814) { $acc = ($acc * 31 + $k2814) % 1000003; }
    $v2815 = $acc * 8 + 2815;
    $acc = ($acc + $v2815) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2816'; } else { $acc += 2816; }
    $s2817 = 'str-2817-' . $acc;
    $acc += strlen($s2817);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2818; break; default: $acc ^= 2818; }
    foreach ([2819, 2820] as $k2819) { $acc = ($acc * 31 + $k2819) % 1000003; }
    $v2820 = $acc * 13 + 2820;
    $acc = ($acc + $v2820) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2821'; } else { $acc += 2821; }
    $s2822 = 'str-2822-' . $acc;
    $acc += strlen($s2822);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2823; break; default: $acc ^= 2823; }
    foreach ([2824, 2825] as $k2824) { $acc = ($acc * 31 + $k2824) % 1000003; }
    $v2825 = $acc * 5 + 2825;
    $acc = ($acc + $v2825) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2826'; } else { $acc += 2826; }
    $s2827 = 'str-2827-' . $acc;
    $acc += strlen($s2827);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2828; break; default: $acc ^= 2828; }
    foreach ([2829, 2830] as $k2829) { $acc = ($acc * 31 + $k2829) % 1000003; }
    $v2830 = $acc * 10 + 2830;
    $acc = ($acc + $v2830) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2831'; } else { $acc += 2831; }
    $s2832 = 'str-2832-' . $acc;
    $acc += strlen($s2832);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2833; break; default: $acc ^= 2833; }
    foreach ([2834, 2835] as $k2834) { $acc = ($acc * 31 + $k2834) % 1000003; }
    $v2835 = $acc * 2 + 2835;
    $acc = ($acc + $v2835) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2836'; } else { $acc += 2836; }
    $s2837 = 'str-2837-' . $acc;
    $acc += strlen($s2837);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2838; break; default: $acc ^= 2838; }
    foreach ([2839, 2840] as $k2839) { $acc = ($acc * 31 + $k2839) % 1000003; }
    $v2840 = $acc * 7 + 2840;
    $acc = ($acc + $v2840) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2841'; } else { $acc += 2841; }
    $s2842 = 'str-2842-' . $acc;
    $acc += strlen($s2842);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2843; break; default: $acc ^= 2843; }
    foreach ([2844, 2845] as $k2844) { $acc = ($acc * 31 + $k2844) % 1000003; }
    $v2845 = $acc * 12 + 2845;
    $acc = ($acc + $v2845) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2846'; } else { $acc += 2846; }
    $s2847 = 'str-2847-' . $acc;
    $acc += strlen($s2847);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2848; break; default: $acc ^= 2848; }
    foreach ([2849, 2850] as $k2849) { $acc = ($acc * 31 + $k2849) % 1000003; }
    $v2850 = $acc * 4 + 2850;
    $acc = ($acc + $v2850) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2851'; } else { $acc += 2851; }
    $s2852 = 'str-2852-' . $acc;
    $acc += strlen($s2852);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2853; break; default: $acc ^= 2853; }
    foreach ([2854, 2855] as $k2854) { $acc = ($acc * 31 + $k2854) % 1000003; }
    $v2855 = $acc * 9 + 2855;
    $acc = ($acc + $v2855) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2856'; } else { $acc += 2856; }
    $s2857 = 'str-2857-' . $acc;
    $acc += strlen($s2857);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2858; break; default: $acc ^= 2858; }
    foreach ([2859, 2860] as $k2859) { $acc = ($acc * 31 + $k2859) % 1000003; }
    $v2860 = $acc * 1 + 2860;
    $acc = ($acc + $v2860) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2861'; } else { $acc += 2861; }
    $s2862 = 'str-2862-' . $acc;
    $acc += strlen($s2862);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2863; break; default: $acc ^= 2863; }
    foreach ([2864, 2865] as $k2864) { $acc = ($acc * 31 + $k2864) % 1000003; }
    $v2865 = $acc * 6 + 2865;
    $acc = ($acc + $v2865) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2866'; } else { $acc += 2866; }
    $s2867 = 'str-2867-' . $acc;
    $acc += strlen($s2867);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2868; break; default: $acc ^= 2868; }
    foreach ([2869, 2870] as $k2869) { $acc = ($acc * 31 + $k2869) % 1000003; }
    $v2870 = $acc * 11 + 2870;
    $acc = ($acc + $v2870) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2871'; } else { $acc += 2871; }
    $s2872 = 'str-2872-' . $acc;
    $acc += strlen($s2872);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2873; break; default: $acc ^= 2873; }
    foreach ([2874, 2875] as $k2874) { $acc = ($acc * 31 + $k2874) % 1000003; }
    $v2875 = $acc * 3 + 2875;
    $acc = ($acc + $v2875) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2876'; } else { $acc += 2876; }
    $s2877 = 'str-2877-' . $acc;
    $acc += strlen($s2877);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2878; break; default: $acc ^= 2878; }
    foreach ([2879, 2880] as $k2879) { $acc = ($acc * 31 + $k2879) % 1000003; }
    $v2880 = $acc * 8 + 2880;
    $acc = ($acc + $v2880) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2881'; } else { $acc += 2881; }
    $s2882 = 'str-2882-' . $acc;
    $acc += strlen($s2882);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2883; break; default: $acc ^= 2883; }
    foreach ([2884, 2885] as $k2884) { $acc = ($acc * 31 + $k2884) % 1000003; }
    $v2885 = $acc * 13 + 2885;
    $acc = ($acc + $v2885) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2886'; } else { $acc += 2886; }
    $s2887 = 'str-2887-' . $acc;
    $acc += strlen($s2887);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2888; break; default: $acc ^= 2888; }
    foreach ([2889, 2890] as $k2889) { $acc = ($acc * 31 + $k2889) % 1000003; }
    $v2890 = $acc * 5 + 2890;
    $acc = ($acc + $v2890) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2891'; } else { $acc += 2891; }
    $s2892 = 'str-2892-' . $acc;
    $acc += strlen($s2892);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2893; break; default: $acc ^= 2893; }
    foreach ([2894, 2895] as $k2894) { $acc = ($acc * 31 + $k2894) % 1000003; }
    $v2895 = $acc * 10 + 2895;
    $acc = ($acc + $v2895) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2896'; } else { $acc += 2896; }
    $s2897 = 'str-2897-' . $acc;
    $acc += strlen($s2897);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2898; break; default: $acc ^= 2898; }
    foreach ([2899, 2900] as $k2899) { $acc = ($acc * 31 + $k2899) % 1000003; }
    $v2900 = $acc * 2 + 2900;
    $acc = ($acc + $v2900) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2901'; } else { $acc += 2901; }
    $s2902 = 'str-2902-' . $acc;
    $acc += strlen($s2902);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2903; break; default: $acc ^= 2903; }
    foreach ([2904, 2905] as $k2904) { $acc = ($acc * 31 + $k2904) % 1000003; }
    $v2905 = $acc * 7 + 2905;
    $acc = ($acc + $v2905) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2906'; } else { $acc += 2906; }
    $s2907 = 'str-2907-' . $acc;
    $acc += strlen($s2907);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2908; break; default: $acc ^= 2908; }
    foreach ([2909, 2910] as $k2909) { $acc = ($acc * 31 + $k2909) % 1000003; }
    $v2910 = $acc * 12 + 2910;
    $acc = ($acc + $v2910) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2911'; } else { $acc += 2911; }
    $s2912 = 'str-2912-' . $acc;
    $acc += strlen($s2912);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2913; break; default: $acc ^= 2913; }
    foreach ([2914, 2915] as $k2914) { $acc = ($acc * 31 + $k2914) % 1000003; }
    $v2915 = $acc * 4 + 2915;
    $acc = ($acc + $v2915) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2916'; } else { $acc += 2916; }
    $s2917 = 'str-2917-' . $acc;
    $acc += strlen($s2917);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2918; break; default: $acc ^= 2918; }
    foreach ([2919, 2920] as $k2919) { $acc = ($acc * 31 + $k2919) % 1000003; }
    $v2920 = $acc * 9 + 2920;
    $acc = ($acc + $v2920) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2921'; } else { $acc += 2921; }
    $s2922 = 'str-2922-' . $acc;
    $acc += strlen($s2922);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2923; break; default: $acc ^= 2923; }
    foreach ([2924, 2925] as $k2924) { $acc = ($acc * 31 + $k2924) % 1000003; }
    $v2925 = $acc * 1 + 2925;
    $acc = ($acc + $v2925) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2926'; } else { $acc += 2926; }
    $s2927 = 'str-2927-' . $acc;
    $acc += strlen($s2927);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2928; break; default: $acc ^= 2928; }
    foreach ([2929, 2930] as $k2929) { $acc = ($acc * 31 + $k2929) % 1000003; }
    $v2930 = $acc * 6 + 2930;
    $acc = ($acc + $v2930) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2931'; } else { $acc += 2931; }
    $s2932 = 'str-2932-' . $acc;
    $acc += strlen($s2932);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2933; break; default: $acc ^= 2933; }
    foreach ([2934, 2935] as $k2934) { $acc = ($acc * 31 + $k2934) % 1000003; }
    $v2935 = $acc * 11 + 2935;
    $acc = ($acc + $v2935) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2936'; } else { $acc += 2936; }
    $s2937 = 'str-2937-' . $acc;
    $acc += strlen($s2937);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2938; break; default: $acc ^= 2938; }
    foreach ([2939, 2940] as $k2939) { $acc = ($acc * 31 + $k2939) % 1000003; }
    $v2940 = $acc * 3 + 2940;
    $acc = ($acc + $v2940) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2941'; } else { $acc += 2941; }
    $s2942 = 'str-2942-' . $acc;
    $acc += strlen($s2942);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2943; break; default: $acc ^= 2943; }
    foreach ([2944, 2945] as $k2944) { $acc = ($acc * 31 + $k2944) % 1000003; }
    $v2945 = $acc * 8 + 2945;
    $acc = ($acc + $v2945) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2946'; } else { $acc += 2946; }
    $s2947 = 'str-2947-' . $acc;
    $acc += strlen($s2947);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2948; break; default: $acc ^= 2948; }
    foreach ([2949, 2950] as $k2949) { $acc = ($acc * 31 + $k2949) % 1000003; }
    $v2950 = $acc * 13 + 2950;
    $acc = ($acc + $v2950) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2951'; } else { $acc += 2951; }
    $s2952 = 'str-2952-' . $acc;
    $acc += strlen($s2952);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2953; break; default: $acc ^= 2953; }
    foreach ([2954, 2955] as $k2954) { $acc = ($acc * 31 + $k2954) % 1000003; }
    $v2955 = $acc * 5 + 2955;
    $acc = ($acc + $v2955) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2956'; } else { $acc += 2956; }
    $s2957 = 'str-2957-' . $acc;
    $acc += strlen($s2957);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2958; break; default: $acc ^= 2958; }
    foreach ([2959, 2960] as $k2959) { $acc = ($acc * 31 + $k2959) % 1000003; }
    $v2960 = $acc * 10 + 2960;
    $acc = ($acc + $v2960) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2961'; } else { $acc += 2961; }
    $s2962 = 'str-2962-' . $acc;
    $acc += strlen($s2962);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2963; break; default: $acc ^= 2963; }
    foreach ([2964, 2965] as $k2964) { $acc = ($acc * 31 + $k2964) % 1000003; }
    $v2965 = $acc * 2 + 2965;
    $acc = ($acc + $v2965) % 1000003;
    if ($acc % 7 === 0) { $log[] = 'hit2966'; } else { $acc += 2966; }
    $s2967 = 'str-2967-' . $acc;
    $acc += strlen($s2967);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2968; break; default: $acc ^= 2968; }
    foreach ([2969, 2970] as $k2969) { $acc = ($acc * 31 + $k2969) % 1000003; }
    $v2970 = $acc * 7 + 2970;
    $acc = ($acc + $v2970) % 1000003;
    if ($acc % 5 === 0) { $log[] = 'hit2971'; } else { $acc += 2971; }
    $s2972 = 'str-2972-' . $acc;
    $acc += strlen($s2972);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2973; break; default: $acc ^= 2973; }
    foreach ([2974, 2975] as $k2974) { $acc = ($acc * 31 + $k2974) % 1000003; }
    $v2975 = $acc * 12 + 2975;
    $acc = ($acc + $v2975) % 1000003;
    if ($acc % 3 === 0) { $log[] = 'hit2976'; } else { $acc += 2976; }
    $s2977 = 'str-2977-' . $acc;
    $acc += strlen($s2977);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2978; break; default: $acc ^= 2978; }
    foreach ([2979, 2980] as $k2979) { $acc = ($acc * 31 + $k2979) % 1000003; }
    $v2980 = $acc * 4 + 2980;
    $acc = ($acc + $v2980) % 1000003;
    if ($acc % 8 === 0) { $log[] = 'hit2981'; } else { $acc += 2981; }
    $s2982 = 'str-2982-' . $acc;
    $acc += strlen($s2982);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2983; break; default: $acc ^= 2983; }
    foreach ([2984, 2985] as $k2984) { $acc = ($acc * 31 + $k2984) % 1000003; }
    $v2985 = $acc * 9 + 2985;
    $acc = ($acc + $v2985) % 1000003;
    if ($acc % 6 === 0) { $log[] = 'hit2986'; } else { $acc += 2986; }
    $s2987 = 'str-2987-' . $acc;
    $acc += strlen($s2987);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2988; break; default: $acc ^= 2988; }
    foreach ([2989, 2990] as $k2989) { $acc = ($acc * 31 + $k2989) % 1000003; }
    $v2990 = $acc * 1 + 2990;
    $acc = ($acc + $v2990) % 1000003;
    if ($acc % 4 === 0) { $log[] = 'hit2991'; } else { $acc += 2991; }
    $s2992 = 'str-2992-' . $acc;
    $acc += strlen($s2992);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2993; break; default: $acc ^= 2993; }
    foreach ([2994, 2995] as $k2994) { $acc = ($acc * 31 + $k2994) % 1000003; }
    $v2995 = $acc * 6 + 2995;
    $acc = ($acc + $v2995) % 1000003;
    if ($acc % 2 === 0) { $log[] = 'hit2996'; } else { $acc += 2996; }
    $s2997 = 'str-2997-' . $acc;
    $acc += strlen($s2997);
    switch ($acc % 3) { case 0: $acc += 1; break; case 1: $acc += 2998; break; default: $acc ^= 2998; }
    foreach ([2999, 3000] as $k2999) { $acc = ($acc * 31 + $k2999) % 1000003; }
    return [$acc, count($log), md5(implode(',', $log))];
}
echo json_encode(huge(1)), "\n", json_encode(huge(42)), "\n";
$r = new ReflectionFunction('huge'); echo $r->getEndLine() - $r->getStartLine(), "\n";
