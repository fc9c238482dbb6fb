package plan

import "testing"

// TestFixp59cPartyGovOfficeShortName: a town's or street's 党政办 is its 党政办公室 (the short name every
// township and street uses for its own general office), with or without a level prefix.
func TestFixp59cPartyGovOfficeShortName(t *testing.T) {
	a := DefaultAliases()
	for _, tc := range []struct{ in, want string }{
		{"党政办", "党政办公室"},
		{"镇党政办", "镇党政办公室"},
		{"街道党政办", "街道党政办公室"},
		{"党政办公室", "党政办公室"},
	} {
		if got := a.Canonical(tc.in); got != tc.want {
			t.Errorf("Canonical(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
