package bot

import (
	"strings"
	"testing"
)

func TestNormalizePhrasing(t *testing.T) {
	tests := []struct{ name, q, want string }{
		{"colloquial what", "湖州方案的目标是啥", "湖州方案的目标是什么"},
		{"colloquial when", "啥时候要完成", "什么时候要完成"},
		{"甚么 is 什么", "崇明区教育局负责甚么工作", "崇明区教育局负责什么工作"},
		{"a department's ending mistyped by its sound (jú)", "沈阳市房产居负责哪些工作?", "沈阳市房产局负责哪些工作?"},
		{"a department's ending mistyped by its sound (wèi)", "重庆市商务卫和市总工会共同负责哪些?", "重庆市商务委和市总工会共同负责哪些?"},
		{"作为 stays", "嘉兴市旅游局作为参与部门要配合哪些工作?", "嘉兴市旅游局作为参与部门要配合哪些工作?"},
		{"handing a paper in, said in chat", "实施方案要在哪天前报上去", "实施方案要在哪天报送"},
		{"a pinyin slip in a role word", "吉林市住建局负则哪些措施", "吉林市住建局负责哪些措施"},
		{"a pinyin slip in 牵头", "哪些是市商务局牵投的", "哪些是市商务局牵头的"},
		{"a pinyin slip in 配合", "上海市规划资源局配和哪些任务", "上海市规划资源局配合哪些任务"},
		{"a pairing and 和 stay", "人员搭配和分工", "人员搭配和分工"},
		{"asking for help", "帮我看下鹿城住建局负责哪些任务", "鹿城住建局负责哪些任务"},
		{"who is asking", "我是湖州体育局的 我们局有什么任务", "湖州体育局的  有什么任务"},
		{"pointing words", "衢州综保区那块归谁管", "衢州综保区 谁负责"},
		{"whether there is, its 没有 no negation", "重点任务有没有写责任单位", "重点任务有无写责任单位"},
		{"this month is no pointing word", "湘阴县这个月有哪些任务到期?", "湘阴县本月有哪些任务到期?"},
		{"this quarter is no pointing word", "这个季度要做什么", "本季度要做什么"},
		{"who manages it", "嘉兴旅游业归哪个部门管", "嘉兴旅游业谁负责"},
		{"doing what", "鹿城住建局干些什么", "鹿城住建局做什么"},
		{"which day of the month", "每月几号前通报", "每月哪天通报"},
		{"a unit pointed back at stays", "这个单位还有哪些任务", "这个单位还有哪些任务"},
		{"that document is a plan", "吉林那份落实意见", "吉林 方案 落实意见"},
		{"two-digit year", "黑龙江13年那个方案", "黑龙江2013年 方案"},
		{"a span of years is no year", "近10年内的任务", "近10年内的任务"},
		{"the places just named", "黑龙江、安徽这几个地方的商务部门", "黑龙江、安徽 各地的商务部门"},
		{"quoted names stay as typed", "“那块地”是谁的", "“那块地”是谁的"},
		{"on a unit's plate", "鹿城卫健局手上都有啥活儿?", "鹿城卫健局 有哪些任务?"},
		{"a bare 活", "市商务局有什么活?", "市商务局有哪些任务?"},
		{"an activity is no task", "有什么活动", "有什么活动"},
		{"a liaison asking for the boss", "我是钢城区司法局的联络员,领导让我把任务梳理一下", "钢城区司法局 , 任务"},
		{"asking politely", "麻烦你查一下到底有哪些任务", "有哪些任务"},
		{"both plans count", "财政局牵头的工作有哪几项?两份嘉兴的文件都算上。", "财政局牵头的工作有哪几项? 。"},
		{"a work with 处 in it is no section", "市应急管理局的应急处置工作有哪些？", "市应急管理局的应急处置工作有哪些？"},
		{"a word that starts like a greeting", "highway tasks?", "highway tasks?"},
		{"appearing is no sharing without 同时", "哪些任务都出现了延误", "哪些任务都出现了延误"},
		{"a department's section", "中山市医保局的法规和基金监管科牵头什么工作", "中山市 法规和基金监管科牵头什么工作"},
		{"a greeting", "你好~想问下寿县的通报是发给哪些单位的呀", "寿县的通报是发给哪些单位的呀"},
		{"a date typed with dots", "2028.3.15前要交哪些材料", "2028年3月15日前要交哪些材料"},
		{"a date typed with slashes", "哪些任务2027/11/5到期", "哪些任务2027年11月5日到期"},
		{"a date typed with slashes in English", "what is due by 2027/9/1?", "what is due by 2027-09-01?"},
		{"a year and month typed with a dot", "2027.9底前完成的", "2027年9月底前完成的"},
		{"a month and day typed with a slash", "9/15之前要报什么", "9月15日之前要报什么"},
		{"a month and day typed with a dot and 号", "10.8号前到期的", "10月8日前到期的"},
		{"a figure with a dot is no date", "增长6.5%的目标谁负责", "增长6.5%的目标谁负责"},
		{"a share with a slash is no date", "完成1/3以上的有哪些", "完成1/3以上的有哪些"},
		{"no thirteenth month", "13.5前完成", "13.5前完成"},
		{"before the Spring Festival said 过年前", "过年之前要报哪些材料", "春节之前要报哪些材料"},
		{"before the Spring Festival said 年前", "我们局年前要干完什么", "春节前要干完什么"},
		{"年前 after a verb", "要赶在年前完成的任务", "要赶在春节前完成的任务"},
		{"a year's 年前 stays", "2026年前完成的任务", "2026年前完成的任务"},
		{"the first quarters of this year stay", "今年前三季度到期的", "今年前三季度到期的"},
		{"years ago stay", "两年前定的任务", "两年前定的任务"},
		{"around the festival stays", "年前后要做的", "年前后要做的"},
		{"thanks closing a message", "民政局配合哪些工作？多谢啦！", "民政局配合哪些工作？"},
		{"thanks after a comma", "帮我看下教育局牵头的任务，谢谢您", "教育局牵头的任务，"},
		{"辛苦 opening a message", "辛苦你统计下商务局的任务", "统计下商务局的任务"},
		{"辛苦了 at the end", "卫健局有几项任务 辛苦了", "卫健局有几项任务"},
		{"thanks in English", "Which tasks does the education bureau lead? Thanks!", "Which tasks does the education bureau lead?"},
		{"thanks inside a word stays", "感谢信由谁起草", "感谢信由谁起草"},
		{"made a task of", "哪些地方把爱国卫生运动列成了任务?", "哪些地方爱国卫生运动的任务?"},
		{"named on a task", "发改委和工信局都挂名牵头的任务", "发改委和工信局都牵头的任务"},
		{"both named on a task", "外经贸局和财政局同时出现的工作", "外经贸局和财政局共同负责的工作"},
		{"a deadline falling in a year", "哪些任务的时间节点落在2024年", "哪些任务的期限在2024年"},
		{"this piece of work points", "大招商这件事谁牵头", "大招商 谁牵头"},
		{"how a work stands, in chat", "紫阳茶宿项目现在弄得咋样了", "紫阳茶宿项目 进展如何"},
		{"how far it got", "老旧小区改造做到哪一步了", "老旧小区改造 进展如何"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := normalizePhrasing(tc.q); strings.TrimSpace(got) != tc.want {
				t.Errorf("normalizePhrasing(%q) = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}
