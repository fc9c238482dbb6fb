package plan

import (
	"slices"
	"testing"
)

// TestCorpus56ListsClosedByDeng: a list of bodies that 等部门 (等单位) closes ends there, whatever word
// follows and however long it runs: after a 牵头 lead in its sentence it takes part ("…履行相应职责",
// "…为主要成员"); after 会同 its sectors take part, 发展改革 a sector though it opens as a verb does. Staff
// of the bodies ("等单位人员") are no list of them.
func TestCorpus56ListsClosedByDeng(t *testing.T) {
	tests := []struct {
		name, item, opens string
		lead, partic      []string
	}{
		{"等部门 then any verb", "1.区民防办牵头，区发展改革委、区规划资源局等部门履行相应职责。", "区民防办", []string{"区民防办"}, []string{"区发展改革委", "区规划资源局"}},
		{"a dozen bodies, one with its second name", "2.区民防办、应急管理局牵头，区发展改革委、规划资源局、建设管理委、财政局、教育局、绿化市容局、体育局、经委(商务委)、文化旅游局、房管局等部门履行相应职责。", "区民防办",
			[]string{"区民防办", "应急管理局"}, []string{"区发展改革委", "规划资源局", "建设管理委", "财政局", "教育局", "绿化市容局", "体育局", "经委", "文化旅游局", "房管局"}},
		{"members", "3.建立由区规划资源局、区农业农村委牵头，区发展改革委、区经委、区财政局等部门为主要成员的试点工作专班。", "建立", []string{"区规划资源局", "区农业农村委"}, []string{"区发展改革委", "区经委", "区财政局"}},
		{"会同 sectors", "4.市教育局会同发展改革、财政、公安等部门研究制定方案。", "市教育局", []string{"市教育局"}, []string{"发展改革部门", "财政部门", "公安部门"}},
		{"staff of the bodies", "5.协调小组下设办公室，抽调区建设管理委、区住房保障房屋管理局、区消防支队等单位人员成立工作专班。", "协调小组", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := corpus54Task(t, tt.item, tt.opens)
			if !slices.Equal(k.Lead, tt.lead) || !slices.Equal(k.Participating, tt.partic) {
				t.Errorf("lead %q, participating %q; want %q, %q", k.Lead, k.Participating, tt.lead, tt.partic)
			}
		})
	}
}

// TestCorpus56CellOpensClause: a table's unit cell opens a clause as a sentence does, so its 牵头 leads
// the row and those after it share the work; 参照落实 takes part.
func TestCorpus56CellOpensClause(t *testing.T) {
	item := "9.加大惠民惠农资金发放信息公开力度。 | 市财政局牵头,市民政局、市农业农村局落实;各镇(街)参照落实 |"
	k := corpus54Task(t, item, "加大")
	if want := []string{"市财政局"}; !slices.Equal(k.Lead, want) {
		t.Errorf("lead %q, want %q", k.Lead, want)
	}
	if want := []string{"市民政局", "市农业农村局", "各镇（街）"}; !slices.Equal(k.Participating, want) {
		t.Errorf("participating %q, want %q", k.Participating, want)
	}
}

// TestCorpus56SectorsSharingDanwei: sectors sharing 单位 are each the sector named (公安边防, not
// 公安边防单位), and a sector said as a verb is (编制) is one among the others; a list of actions is none.
func TestCorpus56SectorsSharingDanwei(t *testing.T) {
	if got, ok := sectorList("公安边防、海事、乡镇等单位"); !ok || !slices.Equal(got, []string{"公安边防", "海事", "乡镇"}) {
		t.Errorf("公安边防、海事、乡镇等单位: %q %v", got, ok)
	}
	if got, ok := sectorList("编制、发展改革、财政、公安等单位"); !ok || !slices.Equal(got, []string{"编制", "发展改革", "财政", "公安"}) {
		t.Errorf("编制、发展改革、财政、公安等单位: %q %v", got, ok)
	}
	if got, ok := sectorList("公安、交通等部门"); !ok || !slices.Equal(got, []string{"公安部门", "交通部门"}) {
		t.Errorf("公安、交通等部门: %q %v", got, ok)
	}
	if got, ok := sectorList("制定、修订等单位"); ok {
		t.Errorf("制定、修订等单位: %q, want no sectors", got)
	}
}
