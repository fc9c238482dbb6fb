package bot

import (
	"strings"
	"testing"
)

// A plan with two attachments: a task table and an inventory.
const twoAttachments = "某区排水管理体制改革实施方案\n一、改革任务\n1.完成区级方案编制。（责任单位：区建设管理委）\n附件1\n某区排水管理体制改革任务表\n序号｜任务｜完成时限｜牵头单位\n1｜移交清单建立｜2025年9月底前｜区建设管理委\n2｜人员意愿征询｜2025年9月底前｜区国资委\n3｜移交协议签订｜2025年12月底前｜区政府\n附件2\n某区考核任务清单\n序号｜任务｜责任单位\n1｜开展绩效考核｜区财政局\n"

func TestAttachmentByNumber(t *testing.T) {
	e := engineOver(t, parsed(t, "a.txt", twoAttachments))
	for _, tc := range []struct{ name, q, want string }{
		{"counted by its number", "排水改革方案附件1有几项任务？", "共 3 项"},
		{"its words name it too", "排水改革任务表(附件一)一共几项任务？", "共 3 项"},
		{"another attachment", "排水改革方案附件2有哪些任务", "开展绩效考核"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ask(t, e, tc.q)
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("answer lacks %q:\n%s", tc.want, a.Text)
			}
			if strings.Contains(a.Text, "完成区级方案编制") {
				t.Errorf("answer holds a task of the text, not of the attachment:\n%s", a.Text)
			}
		})
	}
}

func TestArabicOrdinal(t *testing.T) {
	for in, want := range map[string]string{"一": "1", "二": "2", "十": "10", "3": "3", "12": "12"} {
		if got := arabicOrdinal(in); got != want {
			t.Errorf("arabicOrdinal(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNamingPhrase(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		runs    []string
		want    string
		ok      bool
	}{
		{"the words before the pieces go with them", "崇明那个农房安全隐患排查方案，区应急局要做什么", []string{"安全隐患排查"}, "崇明那个 ，区应急局要做什么", true},
		{"pieces apart stay apart", "衢州服务业, 十百千方案", []string{"服务业", "十百千"}, "衢州服务业, 十百千方案", false},
		{"no plan word after: left to the caller", "农房安全隐患排查进度", []string{"安全隐患排查"}, "农房安全隐患排查进度", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := namingPhrase(tc.s, tc.runs)
			if got != tc.want || ok != tc.ok {
				t.Errorf("namingPhrase(%q) = %q, %v; want %q, %v", tc.s, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestDeadlineDayAsked(t *testing.T) {
	e := engineOver(t, parsed(t, "lc.txt", "某区服务业实施方案\n一、重点任务\n1.加快推进海外仓布局建设。2023年12月底前,累计创成市级以上公共海外仓2家。(责任单位:区商务局)\n2.推进电商发展。2027年底前建成直播基地。(责任单位:区商务局)\n"))
	answersHold(t, e, []taskCase{
		{"截止日期是哪天 is the task's date, past or not", "公共海外仓那项任务截止日期是哪天", "2023-12-31"},
		{"the time node of a figure", "累计创成公共海外仓2家的时间节点是？", "2023-12-31"},
	})
}

func TestAlternativeForms(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"居（村）委", "居委 村委 居村委 居委村委"},
		{"街镇（园区）消防安全委员会", "街镇消防安全委员会 园区消防安全委员会 街镇园区消防安全委员会 街镇消防安全委员会园区消防安全委员会"},
		{"区建设管理委（区水务局）", ""},
		{"各县（市、区）政府", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(alternativeForms(tc.name), " "); got != tc.want {
				t.Errorf("alternativeForms(%q) = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}

func TestDutiesOfAUnit(t *testing.T) {
	e := engineOver(t, parsed(t, "bs.txt", "某区关于深化基层消防安全综合治理工作的实施意见\n二、建立完善消防工作机构\n（一）街镇消防安全委员会。各街镇设立消防安全委员会。\n三、工作职责\n（一）街镇（园区）消防安全委员会职责\n1.组织领导本地区基层消防安全综合治理工作。\n2.定期分析研判辖区消防安全形势。\n（二）居（村）委职责\n1.宣传消防法律法规。\n2.按标准配齐微型消防站人员。\n"))
	answersHold(t, e, []taskCase{
		{"a unit's duties are those under its duties heading", "街镇消防安全委员会职责一共有几条", "共 2 项"},
		{"居委村委 is 居（村）委", "居委村委要干哪些事", "微型消防站"},
	})
}

func TestLevelWrittenOnceForAMarketBureau(t *testing.T) {
	// "区公安局、市场监督管理局": the level written once; 市场监督管理局 starts with 市 as a word,
	// not as the city's level, and is the district's bureau.
	e := engineOver(t, parsed(t, "pt.txt", "某区社会信用体系建设任务分工实施方案\n一、重点任务\n1.加快信用信息标准体系建设。（责任单位：区市场监督管理局）\n2.加强食品安全信用监管。（责任单位：区公安局、市场监督管理局）\n"))
	if a := ask(t, e, "区市监局一共负责几项？"); !strings.Contains(a.Text, "共 2 项") {
		t.Errorf("answer does not count both:\n%s", a.Text)
	}
}

// TestReviewFindingsStop22 holds the cases a code review of this stop's bot changes found.
func TestReviewFindingsStop22(t *testing.T) {
	t.Run("a unit's duties are under a duties heading that names it", func(t *testing.T) {
		e := engineOver(t, parsed(t, "zj.txt", "某区城建方案\n一、重点任务\n1.推进老旧小区改造。（责任单位：区住建局）\n2.推进燃气管道更新。（责任单位：区住建局）\n3.推进海绵城市建设。（责任单位：区住建局）\n二、保障措施\n（一）压实部门职责\n1.加强督促检查。（责任单位：区住建局）\n"))
		if a := ask(t, e, "区住建局的职责有哪些"); !strings.Contains(a.Text, "4 项") {
			t.Errorf("a heading of duties that does not name the unit narrowed its tasks:\n%s", a.Text)
		}
	})
	t.Run("a topic held by the attachment's own tasks is a topic", func(t *testing.T) {
		e := engineOver(t, parsed(t, "a.txt", strings.Replace(twoAttachments, "3｜移交协议签订", "3｜排水企业改制", 1)))
		a := ask(t, e, "排水改革方案附件1里改制相关的任务有哪些")
		if !strings.Contains(a.Text, "排水企业改制") || strings.Contains(a.Text, "人员意愿征询") {
			t.Errorf("want only the 改制 task:\n%s", a.Text)
		}
	})
}

func TestOnceIsNoFrequency(t *testing.T) {
	e := engineOver(t, parsed(t, "fz.txt", "某市房地产意见\n一、重点任务\n1.强化商品房价格管理。同一批次房源应当在批准预售许可后15天内一次性全部公示销售价格。（责任单位：市发改委）\n2.完善市场监管。定期跟踪分析房价变动状况。（责任单位：市房管局）\n"))
	a := ask(t, e, "房地产意见里有没有要求定期做的事？")
	if !strings.Contains(a.Text, "完善市场监管") || strings.Contains(a.Text, "强化商品房价格管理") {
		t.Errorf("want the 定期 task only, not the one done 一次性:\n%s", a.Text)
	}
}

func TestOwnerOfAnItemUrgedOn(t *testing.T) {
	e := engineOver(t, parsed(t, "jx.txt", "某市推进服务业发展工作方案\n一、重点工作\n（一）出台政策。起草《加快服务业品牌建设的实施意见》等文件。（牵头单位：市发展改革委）\n（二）加快服务业品牌建设。培育一批服务业品牌。（牵头单位：市工商局；配合单位：市旅游局）\n"))
	a := ask(t, e, "服务业品牌建设是谁牵头的?")
	if !strings.Contains(a.Text, "市工商局") || strings.Contains(a.Text, "出台政策") {
		t.Errorf("want the lead of the item named after the work, not of one that mentions it:\n%s", a.Text)
	}
}

// answersHold answers each question and checks that the answer holds its want (a taskCase's want
// read as text the answer must contain).
func answersHold(t *testing.T, e *Engine, tests []taskCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if a := ask(t, e, tc.q); !strings.Contains(a.Text, tc.want) {
				t.Errorf("answer lacks %s:\n%s", tc.want, a.Text)
			}
		})
	}
}
