package plan_test

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestStop44: what stop 44's material taught the parser, each case on a text of its own kind.
func TestStop44(t *testing.T) {
	t.Run("a signature a scraped page ran into its last task and footer", func(t *testing.T) {
		// One line, as a page stores it: the notice, its items, the signing bureau and day, the footer.
		text := "当前位置： 首页 部门文件 某某县交通运输局关于分解2024年行风建设重点工作任务的通知 各相关股室： 现将行风建设重点工作分解到相关股室，请认真贯彻落实。 一、整治道路运输乱收费问题 开展专项检查。（牵头单位：运管股，参与单位：法制股） 二、规范路政执法行为 严格执法程序。（牵头单位：路政大队，参与单位：各中队） 某某县交通运输局 二〇二四年三月六日 来源：某某县人民政府网 附件下载\n"
		d, err := plan.ParseText("p.txt", text, plan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Issued.String() != "2024-03-06" || d.Issuer != "某某县交通运输局" {
			t.Errorf("issued %v by %q, want 2024-03-06 by 某某县交通运输局", d.Issued, d.Issuer)
		}
	})
	t.Run("a signature with a mark the page cannot show, then the attachment's title", func(t *testing.T) {
		text := "市政府办公室关于做好2024年市政府为民办十件实事的通知\n某政办发〔2024〕1号各县区人民政府,市各委办局:现将《2024年市政府为民办十件实事实施方案》印发给你们。各地各部门要高度重视,确保圆满完成目标任务。 某某市人民政府办公室? 2024年1月23日(此件公开发布)附件2024年市政府为民办十件实事项目表\n序号\n项目名称\n主要内容\n责任单位\n1\n改造老旧小区\n提标改造70个老旧小区。\n市住建局\n"
		d, err := plan.ParseText("h.txt", text, plan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Issued.String() != "2024-01-23" || d.Issuer != "某某市人民政府办公室" || strings.Contains(d.Title, "办公室?") {
			t.Errorf("issued %v by %q, title %q; want 2024-01-23 by 某某市人民政府办公室 and no signature in the title", d.Issued, d.Issuer, d.Title)
		}
	})
}

// TestStop44Recurring: duties the real-plan forms 20–21 said in ways the reader missed.
func TestStop44Recurring(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a week's summary", "督查组每周汇总工作落实情况。", "FREQ=WEEKLY"},
		{"a weekday, then what is summarised", "每周五对本周各级协调情况进行汇总编辑，下周一报送县领导。", "FREQ=WEEKLY;BYDAY=FR"},
		{"once a week, one report", "重点项目推进情况实行一周一报。", "FREQ=WEEKLY"},
		{"so many months, then once", "例会原则上两个月召开一次。", "FREQ=MONTHLY;INTERVAL=2"},
		{"one month, then once", "例会原则上一个月召开一次。", "FREQ=MONTHLY"},
		{"how long it takes is no duty", "用3个月开展一次全面排查。", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstRule(tc.text)
			if got != tc.want {
				t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestStop44YearlessDays: a day without its year is a deadline when 完成 follows it or a time label
// stands before it; alone it dates an event.
func TestStop44YearlessDays(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a day the work is done by", "请于8月5日完成报名。", "2018-08-05"},
		{"a closing time said with 为", "报名截止时间为8月5日。", "2018-08-05"},
		{"a time label", "完成时限：6月30日", "2018-06-30"},
		{"an event's day", "5月20日召开动员大会。", ""},
		{"a festival that only places the dates after it", "“十一”前的9月27日-28日，组织巡查。", "2018-09-28"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var dates []string
			for _, d := range plan.ParseDeadlinesIn(tc.text, 2018) {
				dates = append(dates, d.Date.String())
			}
			got := strings.Join(dates, ",")
			if got != tc.want {
				t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
