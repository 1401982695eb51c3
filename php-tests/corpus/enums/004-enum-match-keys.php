<?php
enum Role: string { case Admin = 'admin'; case Editor = 'editor'; case Viewer = 'viewer'; }
function perms(Role $r): array {
    return match ($r) { Role::Admin => ['read', 'write', 'delete'], Role::Editor => ['read', 'write'], Role::Viewer => ['read'] };
}
$byRole = [];
foreach (Role::cases() as $r) $byRole[$r->value] = perms($r);
echo json_encode($byRole), "\n";
$counts = [];
foreach ([Role::Admin, Role::Viewer, Role::Viewer, Role::Editor, Role::Viewer] as $r) $counts[$r->name] = ($counts[$r->name] ?? 0) + 1;
arsort($counts); echo json_encode($counts), "\n";
try { $bad = [Role::Admin => 1]; } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$wm = new WeakMap; $wm[Role::Editor] = 'editor data'; echo $wm[Role::Editor], ' ', count($wm), "\n";
var_dump(in_array(Role::Admin, [Role::Editor, Role::Admin], true), array_search(Role::Viewer, Role::cases(), true));
$sw = function (Role $r) { switch ($r) { case Role::Admin: return 'switch admin'; default: return 'switch other'; } };
echo $sw(Role::Admin), ' ', $sw(Role::Viewer), "\n";
echo match (true) { Role::tryFrom('editor') !== null => 'tryFrom ok', default => 'no' }, "\n";
