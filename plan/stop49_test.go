package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestStop49DailyDuties: a duty done every day (每日报送, 日调度) or every ten days (每旬, 旬报) is a
// recurring duty of its own frequency; a day's figure (每天8小时, 每日处理500吨) and a named period's
// first ten days (上旬报送) are none.
func TestStop49DailyDuties(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a report by a time each day", "节日期间各景区每日17时前报送游客接待数据。", []string{"FREQ=DAILY"}},
		{"every day, then the act", "“五一”假期期间，每日报送安全生产情况，实行“零报告”制度。", []string{"FREQ=DAILY"}},
		{"every day with its unit between", "主汛期每日向县防指报送雨情水情。", []string{"FREQ=DAILY"}},
		{"terse list of periods", "实行“日调度、周通报、月考核”制度。", []string{"FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY"}},
		{"every ten days", "各镇每旬第一个工作日报送上一旬排查情况。", []string{"FREQ=DAILY;INTERVAL=10"}},
		{"a ten-day report", "实行旬报制度，遇紧急情况随时报告。", []string{"FREQ=DAILY;INTERVAL=10"}},
		{"how long each day", "志愿者每天服务8小时以上。", nil},
		{"how much each day", "垃圾焚烧厂每日处理能力达到500吨。", nil},
		{"a quarter's first ten days", "每季度上旬报送上季度进展。", []string{"FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=10"}},
		{"a holiday's days", "节假日调度安排另行通知。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range ParseRecurring(tt.text) {
				got = append(got, r.Rule.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ParseRecurring(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
	if w := RuleDaily.Words(); w != "每日" {
		t.Errorf("RuleDaily.Words() = %q, want 每日", w)
	}
	if w := RuleTenDays.Words(); w != "每旬" {
		t.Errorf("RuleTenDays.Words() = %q, want 每旬", w)
	}
}

// TestStop49HowWellBeforeTheMarker: "…等相关单位按照各自职责抓好落实" after a 牵头 makes the list take
// part: 抓好, 认真, 扎实 say how well, as 积极 and 切实 do, and leave the marker its meaning.
func TestStop49HowWellBeforeTheMarker(t *testing.T) {
	checkRoleCases(t, "某某市安全生产专项整治实施方案", []roleCase{
		{"抓好落实 after a lead", "8.粉尘防爆专项整治。作业场所没有设置独立厂房的（区管委会安办牵头组织，区经济发展局（商务、农业）、区消防支队、县质监局等相关单位按照各自职责抓好落实）。",
			"粉尘防爆专项整治", []string{"区管委会安办"}, []string{"区经济发展局（商务、农业）", "区消防支队", "县质监局"}},
		{"认真落实 with no lead", "2.开展隐患排查。各乡镇、县应急管理局认真落实。",
			"开展隐患排查", []string{"各乡镇", "县应急管理局"}, nil},
	})
}

// TestStop49PlacesShareTheBodyAfterThem: places named alone right before a place's body share that
// body, wherever the run stands in the list and whether or not the list writes their suffix (a city
// the places table knows); a district beside its city's bureau does not.
func TestStop49PlacesShareTheBodyAfterThem(t *testing.T) {
	tests := []struct{ list, want string }{
		{"哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局", "哈尔滨机场扩建指挥部|哈尔滨市政府|黑河市政府|绥芬河市政府|省农垦总局"},
		{"市发改委、嘉定区、松江区政府", "市发改委|嘉定区政府|松江区政府"},
		{"海东市、兰州市、临夏州发展改革部门", "海东市发展改革部门|兰州市发展改革部门|临夏州发展改革部门"},
		{"嘉定区、青浦区、上海市公安局", "嘉定区|青浦区|上海市公安局"},
		{"鼓楼区、台江区、高新区管委会", "鼓楼区|台江区|高新区管委会"},
	}
	for _, tt := range tests {
		if got := strings.Join(listItems(tt.list), "|"); got != tt.want {
			t.Errorf("listItems(%q) = %s, want %s", tt.list, got, tt.want)
		}
	}
}
