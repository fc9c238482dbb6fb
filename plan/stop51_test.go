package plan

import "testing"

// TestStop51SignerOfANotice: the body that signs a notice is its issuer where the page runs it into
// the notice's closing words ("…请认真贯彻执行。钦州市人民政府办公室2015年7月10日"), and where the
// signature is dated by its month alone ("中共连江县委" / "连江县人民政府" / "2021年2月": both bodies).
func TestStop51SignerOfANotice(t *testing.T) {
	tests := []struct{ name, text, issuer, issued string }{
		{"closing words and signer on one line",
			"某某市人民政府办公室关于印发2015年全市食品安全重点工作安排的通知\n各县、区人民政府,市直各委、办、局:经市政府同意,现将《2015年全市食品安全重点工作安排》印发给你们,请认真贯彻执行。某某市人民政府办公室2015年7月10日\n2015年全市食品安全重点工作安排\n一、加强食用农产品质量安全监管。深入开展农药残留专项整治(市农业局负责)。\n",
			"某某市人民政府办公室", "2015-07-10"},
		{"signature dated by its month",
			"中共某某县委某某县人民政府关于开展2021年为民办实事工作的通知\n各乡镇党委、政府,县直各单位:\n现将《2021年为民办实事工作计划》印发给你们,请认真组织实施。\n\n中共某某县委\n\n某某县人民政府\n\n2021年2月\n\n2021年为民办实事工作计划\n(1)实施老旧小区改造提升。改造凤园西侧片区老旧小区。\n主办单位:县城投公司,协办单位:县住建局。\n",
			"中共某某县委、某某县人民政府", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseText("t.txt", tt.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Issuer != tt.issuer {
				t.Errorf("issuer %q, want %q", d.Issuer, tt.issuer)
			}
			if tt.issued != "" && d.Issued.String() != tt.issued {
				t.Errorf("issued %s, want %s", d.Issued, tt.issued)
			}
		})
	}
}

// TestStop51PageTimeStamp: a news page's bare stamp at its head ("时间:2025-02-07 10:04") is the day
// the page was published; a 完成时间 of a task is not.
func TestStop51PageTimeStamp(t *testing.T) {
	text := "宁波公布2025年政府工作报告目标任务分解\n\n时间:2025-02-07 10:04\n来源:某某市政府办公厅\n\n" +
		"2025年政府工作报告目标任务分解清单\n一、重点工作\n1.一般公共预算收入增长2%。\n牵头单位:市财政局\n完成时间:2025-12-31\n"
	d, err := ParseText("t.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Published.String() != "2025-02-07" {
		t.Errorf("published %s, want 2025-02-07", d.Published)
	}
}

// TestStop51IssuedOnANewsPage: a page's 颁布时间 label, and a news page that opens a sentence with the day the plan was issued and
// names it ("2021年5月26日,…印发了《2021年全县24件民生实事实施方案》") gives the plan's issue day; a day
// naming another document does not.
func TestStop51IssuedOnANewsPage(t *testing.T) {
	body := "2021年全县24件民生实事实施方案\n\n一、减免700名幼儿保教费(责任单位:县教育局)\n减免学前教育保教费。\n"
	for _, tt := range []struct{ name, head, want string }{
		{"the plan named", "四川某某县印发《2021年全县24件民生实事实施方案》\n\n2021-07-15 11:05:33来源:某某县人民政府\n\n2021年5月26日,某某县委办公室某某县人民政府办公室印发了《2021年全县24件民生实事实施方案》,县委、县政府决定突出办好24件民生实事。\n\n", "2021-05-26"},
		{"an encyclopedia page's 颁布时间", "基本介绍\n- 中文名:2021年全县24件民生实事实施方案\n- 颁布时间:2021年5月26日\n- 发布单位:某某县人民政府办公室\n全文\n", "2021-05-26"},
		{"another document named", "2021年3月2日,市委办公室印发了《2021年全市32件民生实事实施方案》。\n\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseText("t.txt", tt.head+body, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Issued; tt.want != "" && got.String() != tt.want || tt.want == "" && !got.IsZero() {
				t.Errorf("issued %s, want %q", got, tt.want)
			}
		})
	}
}
