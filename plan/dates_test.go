package plan

import (
	"strings"
	"testing"
	"time"
)

func TestParseDeadlines(t *testing.T) {
	cases := []struct {
		text string
		want string // "date kind; ..." or "" for none
	}{
		{"2023年12月底前完成", "2023-12-31 by"},
		{"202312月底前，分级分类梯队培育1家领军企业。", "2023-12-31 by"},
		{"力争2023年获批建设,2024年通过验收、封关运营。", "2023-12-31 target; 2024-12-31 target"},
		{"2023全年", "2023-12-31 by"},
		{"2025年推动首批95个公共体育场馆免费开放。", "2025-12-31 target"},
		{"力争2025年上榜黑珍珠餐厅6家", "2025-12-31 target"},
		{"2024年完成老旧小区改造30个。", "2024-12-31 by"},
		{"2023年全年，培育规上旅游企业6家。", "2023-12-31 by"},
		{"到2027年，服务业增加值突破1600亿元", "2027-12-31 target"},
		{"力争到2027年，累计完成投资1000亿元以上", "2027-12-31 target"},
		// 至 as 到, alone or ending a span whose start keeps its 年.
		{"至2025年，建成10个示范区", "2025-12-31 target"},
		{"2024年至2025年，完成老旧小区改造", "2025-12-31 target"},
		{"截至2024年底，已建成5个", ""},
		{"到 2027 年，培育百亿级服务业领军企业 10 家以上", "2027-12-31 target"},
		{"到２０２７ 年，培育企业", "2027-12-31 target"},
		{"2023年底前，累计争创12个省级现代服务业创新发展区", "2023-12-31 by"},
		{"2024年6月底前出台办法", "2024-06-30 by"},
		{"2025年上半年完成", "2025-06-30 by"},
		{"2025年9月30日前报送", "2025-09-30 by"},
		{"2025年6月31日前报送", "2025-06-30 by"}, // a day the month lacks is its last, not July 1
		{"2025年2月30日前完成", "2025-02-28 by"},
		// A span that leaves the year out of its end is due by its end.
		{"动员部署阶段(2010年9月10日至9月17日)。", "2010-09-17 by"},
		{"2023年12月20日至1月10日集中整治", "2024-01-10 by"},
		{"2024年3月1日-15日报送", "2024-03-15 by"},
		{"2024年3月—5月开展排查", "2024-05-31 by"},
		{"检查验收阶段(2008年8月1日---2008年9月10日)。", "2008-09-10 by"},
		{"2026年一季度启动", "2026-03-31 by"},
		{"“十四五”期间动态建设省级临床重点专科10个以上", "2025-12-31 target"},
		{"2023年，完成1家省级新型研发机构硬件建设。", "2023-12-31 by"},
		{"2.2023年6月底前组建专班。", "2023-06-30 by"},
		// Years that name something are not deadlines.
		{"做好2010年香港和北京服务业项目推介会签约项目的跟踪落地工作", ""},
		{"全力做好2023年度国家、省级服务业领域各类专项资金争取工作", ""},
		{"实施方案(2023—2027年)", ""},
		{"新增超2000亿元", ""},
		{"聚焦话题2023我要游温州", ""},
		{"(浙政办发〔2023〕8号)", ""},
		{"力争3—5年培养上市企业负责人30名左右", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var got []string
			for _, d := range ParseDeadlines(c.text) {
				got = append(got, d.Date.String()+" "+d.Kind)
			}
			if g := strings.Join(got, "; "); g != c.want {
				t.Errorf("ParseDeadlines(%q) = %q, want %q", c.text, g, c.want)
			}
		})
	}
}

func TestParseRecurring(t *testing.T) {
	cases := []struct {
		text string
		want string
	}{
		{"建立月度通报制度,每月10日前由市发改委对工作落实情况给予晾晒通报", "FREQ=MONTHLY;BYMONTHDAY=10"},
		{"实行周会商、月调度、季分析、年评估", "FREQ=WEEKLY; FREQ=MONTHLY; FREQ=MONTHLY;INTERVAL=3; FREQ=YEARLY"},
		{"专班每两周召集一次会商", "FREQ=WEEKLY;INTERVAL=2"},
		{"各街镇每周五前报送巡查情况", "FREQ=WEEKLY;BYDAY=FR"},
		{"专班每周一召开例会", "FREQ=WEEKLY;BYDAY=MO"},
		{"专班每周一次调度", "FREQ=WEEKLY"},
		{"每季度召开一次分析会", "FREQ=MONTHLY;INTERVAL=3"},
		{"每1周通报各乡镇电诈案件发案情况", "FREQ=WEEKLY"},
		{"各地、各部门要于年中、年末分别组织自查", "FREQ=MONTHLY;INTERVAL=6"},
		{"并于每季度末向市政府报告重点工作进展情况", "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"},
		{"通过每月调度、双月现场推进、每季召开例会等形式", "FREQ=MONTHLY; FREQ=MONTHLY;INTERVAL=2; FREQ=MONTHLY;INTERVAL=3"},
		{"建立月度专报和季度通报制度", "FREQ=MONTHLY; FREQ=MONTHLY;INTERVAL=3"},
		{"每年6月底前报送年度总结", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"},
		{"保障情况按月报市里备案", "FREQ=MONTHLY"},
		{"每周一报送进展", "FREQ=WEEKLY;BYDAY=MO"},
		{"各牵头单位要在每个季度第1个月的20日前将完成情况报市政府督查室", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20"},
		{"督查室每季度对推进情况进行督促检查", "FREQ=MONTHLY;INTERVAL=3"},
		// Amounts per period are not duties.
		{"每年培育服务业标杆企业100家左右", ""},
		{"每年争列省服务业重大项目30个以上", ""},
		{"对2023年通报表扬的单位", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var got []string
			for _, r := range ParseRecurring(c.text) {
				got = append(got, r.Rule.String())
			}
			if g := strings.Join(got, "; "); g != c.want {
				t.Errorf("ParseRecurring(%q) = %q, want %q", c.text, g, c.want)
			}
		})
	}
}

func TestRuleNext(t *testing.T) {
	cases := []struct {
		rule string
		from string
		want string
	}{
		{"FREQ=MONTHLY;BYMONTHDAY=10", "2026-11-21", "2026-12-10"},
		{"FREQ=MONTHLY;BYMONTHDAY=10", "2026-11-09", "2026-11-10"},
		{"FREQ=MONTHLY;BYMONTHDAY=-1", "2027-01-31", "2027-02-28"}, // the last day, as BYMONTHDAY=31 reads too
		{"FREQ=MONTHLY", "2026-11-21", "2026-11-30"},               // no day named: by the month's end
		{"FREQ=MONTHLY;INTERVAL=3", "2026-11-21", "2026-12-31"},    // by each quarter's end
		{"FREQ=WEEKLY", "2026-11-21", "2026-11-23"},
		{"FREQ=WEEKLY;INTERVAL=2", "2024-01-01", "2024-01-15"},
		{"FREQ=YEARLY", "2026-11-21", "2026-12-31"}, // by the year's end
		{"FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30", "2026-11-21", "2027-06-30"},
		{"FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1", "2026-11-21", "2026-12-31"}, // each quarter's last day
		{"FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1", "2026-12-31", "2027-03-31"},
		{"FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=10", "2026-05-01", "2027-04-10"},
		{"FREQ=DAILY", "2026-12-31", "2027-01-01"},
		{"FREQ=DAILY;INTERVAL=10", "2024-01-01", "2024-01-11"}, // every ten days from 2024-01-01
		{"FREQ=DAILY;INTERVAL=10", "2023-12-21", "2023-12-22"}, // and before it
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r, err := ParseRule(c.rule)
			if err != nil {
				t.Fatalf("ParseRule(%q): %v", c.rule, err)
			}
			if r.String() != c.rule {
				t.Errorf("round trip %q → %q", c.rule, r.String())
			}
			from, _ := ParseDay(c.from)
			if got := r.Next(from).String(); got != c.want {
				t.Errorf("%s.Next(%s) = %s, want %s", c.rule, c.from, got, c.want)
			}
		})
	}
	for _, bad := range []string{"FREQ=DAILY;BYMONTHDAY=10", "FREQ=DAILY;BYDAY=MO", "FREQ=HOURLY"} {
		if _, err := ParseRule(bad); err == nil {
			t.Errorf("%s should be refused", bad)
		}
	}
}

// TestRuleNextFrom: a rule started on a day counts its intervals from it (iCalendar's DTSTART), and
// has nothing before it.
func TestRuleNextFrom(t *testing.T) {
	cases := []struct {
		rule, start, from string
		want              []string
	}{
		{"FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "2026-12-11", "2026-12-11", []string{"2026-12-25", "2027-01-08"}},
		{"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-12-11", "2026-12-01", []string{"2026-12-21", "2027-01-04"}}, // weeks from the start's week, none before it
		{"FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15", "2027-02-15", "2027-02-15", []string{"2027-04-15", "2027-06-15", "2027-08-15"}},
		{"FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=31", "2026-11-30", "2026-11-30", []string{"2027-04-30", "2027-09-30", "2028-02-29"}},
		{"FREQ=MONTHLY;INTERVAL=3", "2026-11-01", "2026-10-01", []string{"2027-01-31", "2027-04-30"}}, // by the end of each quarter from November
		{"FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYMONTHDAY=1", "2027-03-01", "2027-03-01", []string{"2029-03-01", "2031-03-01"}},
		{"FREQ=WEEKLY", "2026-12-12", "2026-12-12", []string{"2026-12-14", "2026-12-21"}},
	}
	for _, c := range cases {
		t.Run(c.rule+" from "+c.start, func(t *testing.T) {
			r, err := ParseRule(c.rule)
			if err != nil {
				t.Fatal(err)
			}
			start, _ := ParseDay(c.start)
			d, _ := ParseDay(c.from)
			var got []string
			for range c.want {
				d = r.NextFrom(start, d)
				got = append(got, d.String())
			}
			if strings.Join(got, " ") != strings.Join(c.want, " ") {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// TestParseRuleRefusesWhatNextIgnores: parts of a rule the schedule would not honour are refused,
// not accepted and then repeated on other days (finding 09).
func TestParseRuleRefusesWhatNextIgnores(t *testing.T) {
	tests := []struct {
		name, rule, wantErr string
	}{
		{"several months with YEARLY", "FREQ=YEARLY;BYMONTH=3,6;BYMONTHDAY=10", "BYMONTH takes several months only with FREQ=MONTHLY"},
		{"a day April never has", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31", "April has no day 31"},
		{"February 30", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "February has no day 30"},
		{"several days", "FREQ=WEEKLY;BYDAY=MO,WE", "BYDAY takes one day"},
		{"the same day thrice", "FREQ=WEEKLY;BYDAY=MO,MO,MO", "BYDAY takes one day"},
		{"BYDAY with MONTHLY", "FREQ=MONTHLY;BYDAY=MO", "BYDAY works only with FREQ=WEEKLY"},
		{"BYMONTHDAY with WEEKLY", "FREQ=WEEKLY;BYMONTHDAY=3", "BYMONTHDAY does not work with FREQ=WEEKLY"},
		{"yearly on 10 April", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=10", ""},
		{"February 29", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseRule(tc.rule)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("ParseRule(%q): %v", tc.rule, err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("ParseRule(%q) err = %v, want %q", tc.rule, err, tc.wantErr)
			}
		})
	}
}

func TestParseFullDate(t *testing.T) {
	for in, want := range map[string]string{
		"2023年4月29日": "2023-04-29",
		"二○一○年十二月九日": "2010-12-09",
		"二〇二三年三月二十日": "2023-03-20",
		"2023-04-29": "2023-04-29",
	} {
		d, ok := ParseFullDate(in)
		if !ok || d.String() != want {
			t.Errorf("ParseFullDate(%q) = %v %v, want %s", in, d, ok, want)
		}
	}
	if d := NewDay(2024, time.March, 0); d.String() != "2024-02-29" {
		t.Errorf("NewDay day 0 = %s", d)
	}
}

func TestRecurringRefusesImpossibleDays(t *testing.T) {
	for _, text := range []string{"每月99日前报送进展。", "每月0日前报送。", "每季度首月45日前报送。", "每年2月30日前报送总结。"} {
		for _, r := range ParseRecurring(text) {
			// The duty may still repeat (每月…报送), but never on a day no month has.
			if r.Rule.MonthDay > 31 || r.Rule.MonthDay < 0 {
				t.Errorf("ParseRecurring(%q) = %+v", text, r)
			}
			if r.Rule.Month == 2 && r.Rule.MonthDay > 29 {
				t.Errorf("ParseRecurring(%q) = %+v", text, r)
			}
		}
	}
}

// TestNeedsFold checks needsFold against the characters foldWidth changes, decoded one by one.
func TestNeedsFold(t *testing.T) {
	folds := func(r rune) bool {
		return (r >= '０' && r <= '９') || (r >= 'Ａ' && r <= 'Ｚ') || (r >= 'ａ' && r <= 'ｚ') || r == '\u3000' || r == '\u00a0' || r == '．' || r == '﹒' || r == '\u2002' || r == '\u2003'
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		for _, s := range []string{string(r), "年" + string(r) + "月", string(r) + "\xe3", "\xef" + string(r)} {
			if got := needsFold(s); got != folds(r) {
				t.Fatalf("needsFold(%q) = %v, want %v", s, got, folds(r))
			}
		}
	}
	for _, s := range []string{"", "\xef\xbc", "\xef\xbc\x90"[:2], "\xc2", "2023年"} {
		if needsFold(s) {
			t.Errorf("needsFold(%q) = true", s)
		}
	}
}

// A month's or a year's end said in words is that day, each time: 每月底前 falls on every month's last
// day, not its first.
func TestPeriodEndDuties(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"每月底前报送工作进展。", "FREQ=MONTHLY;BYMONTHDAY=-1"},
		{"每个月末召开调度会。", "FREQ=MONTHLY;BYMONTHDAY=-1"},
		{"每年年底前报送总结。", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"},
		{"每年年中开展评估。", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"},
	} {
		rs := ParseRecurring(tc.text)
		if len(rs) != 1 || rs[0].Rule.String() != tc.want {
			t.Errorf("ParseRecurring(%q) = %v, want one %s", tc.text, rs, tc.want)
		}
	}
	// A monthly and a quarter-end duty in one sentence are two duties.
	if rs := ParseRecurring("各乡镇于每月25日前报送进展，区专班每季度末汇总通报一次。"); len(rs) != 2 {
		t.Errorf("monthly and quarter-end: %v, want two duties", rs)
	}
}

func TestRuleEvery(t *testing.T) {
	for _, tc := range []struct {
		rule string
		freq Freq
		n    int
	}{
		{"FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1", Monthly, 3},
		{"FREQ=MONTHLY;BYMONTH=6,12;BYMONTHDAY=-1", Monthly, 6},
		{"FREQ=MONTHLY;BYMONTH=4,5", Yearly, 1},
		{"FREQ=MONTHLY;INTERVAL=3", Monthly, 3},
		{"FREQ=WEEKLY;INTERVAL=2", Weekly, 2},
	} {
		r, err := ParseRule(tc.rule)
		if err != nil {
			t.Fatal(err)
		}
		if f, n := r.Every(); f != tc.freq || n != tc.n {
			t.Errorf("%s.Every() = %s %d, want %s %d", tc.rule, f, n, tc.freq, tc.n)
		}
	}
}
