This file has no PHP code at all.
It is output verbatim,    including   spacing
	and tabs, and a line without a newline at the end.
last line