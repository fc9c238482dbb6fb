package plan

import "testing"

// TestFixq57dPlacesAreNoUnit: the places people go end in 所 as an institute does (公共厕所, 充电场所)
// and name no body; institutes and stations still read as units.
func TestFixq57dPlacesAreNoUnit(t *testing.T) {
	for _, s := range []string{"新建城市公共厕所", "旅游厕所", "集中充电场所", "经营场所"} {
		if !NamesNoUnit(s) {
			t.Errorf("%s reads as a unit's name", s)
		}
	}
	for _, s := range []string{"县疾控所", "区农科所", "镇派出所", "市规划设计研究所"} {
		if NamesNoUnit(s) {
			t.Errorf("%s reads as no unit", s)
		}
	}
}
