package bot

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
)

// This file turns the many ways people phrase a question into the few the facet extractors read:
// colloquial question words into their plain forms (啥 → 什么, 咋 → 怎么), and words that only carry
// the asking (帮我看下, 我是…的, 我们局, 那块, 这一条) out. It is a table, not a list of questions:
// a phrasing learnt here is understood in every kind of question.

// phrasings are rewrites applied in order, outside quoted names.
var phrasings = []struct {
	re   *regexp.Regexp
	with string
	fn   func(string) string // a rewrite that computes, when with cannot say it
}{
	// Words of the asking typed by their sound: 愈期 for 逾期, 完城 for 完成, 日其 for 日期.
	{regexp.MustCompile(`[愈渝]期|逾其`), "逾期", nil},
	{regexp.MustCompile(`完城`), "完成", nil},
	{regexp.MustCompile(`(截止|完成|到期)日其`), "${1}日期", nil},
	// "A比B多几项任务?", "A和B哪个任务多?": each one's count, side by side.
	{regexp.MustCompile(`比(\p{Han}{2,20}?)(?:多|少)(?:几|多少)\s*(?:项|个|条)?(?:任务|工作)?`), "和${1}分别有几项任务", nil},
	{regexp.MustCompile(`(?:哪个|哪家|谁)(?:单位|部门)?(?:的)?(?:任务|工作)(?:更|比较)?(?:多|少)`), "分别有几项任务", nil},
	// "这个项目要花多少钱?", "总经费多少?": the funds a plan sets aside, as plans name them (经费).
	{regexp.MustCompile(`(?:要|需要|得|一共|总共)?花(?:多少|几个?)钱|(?:要|需要)多少钱|总经费|经费总额`), " 经费多少", nil},
	// "牵了几个头?", "这回牵了多少个头": how many it leads; "这回", "这次" only carry the asking.
	{regexp.MustCompile(`牵了\s*(?:几|多少)\s*个?\s*头`), "牵头几项", nil},
	{regexp.MustCompile(`(?:这回|这次|这一回)(牵|负责|参与|配合|要|有)`), "${1}", nil},
	// A section named inside its bureau ("市卫健委内的体改处", "区住建局下属的安全科", "局里面的办公室"):
	// the section, of that bureau, as "市卫健委的体改处" names it.
	{regexp.MustCompile(`(\p{Han}(?:局|委|办|厅|院|署))(?:内部?|内设|下属|下设|下面|里面?)的?(\p{Han}{1,6}?(?:处|科|室|股))`), "${1}的${2}", nil},
	// Greetings and chat particles: 你好~, 您好,, 呀.
	{regexp.MustCompile(`^(?:你好|您好|(?i:hi|hello)\b|哈喽|嗨)[~～!！,，。\s]*|[~～]`), " ", nil},
	// Thanks closing a message ("…的任务，谢谢", "？谢谢！", "辛苦了", "thanks") and 辛苦 opening one as
	// 麻烦 does ("辛苦查下…", "辛苦你统计一下"): they carry the asking, no topic.
	{regexp.MustCompile(`(^|[，,。.!！?？\s])(?:谢谢|多谢|感谢|谢了|辛苦|(?i:thanks|thank\s+you|thx))(?:你们|您们|你|您|啦|了|哈|啊|呀|哦|大家|领导)*[，,。.!！\s]*$`), "${1}", nil},
	{regexp.MustCompile(`^(?:辛苦|劳烦)(?:你们|您们|你|您|了)?[，,\s]*`), " ", nil},
	// Made a task of: "把爱国卫生运动列成了任务" is about 爱国卫生运动.
	{regexp.MustCompile(`把(\p{Han}{2,16}?)(?:列成|列为|列入|作为|当作)了?(?:重点)?(?:任务|工作)`), "${1}的任务", nil},
	// Asking for help, and who is asking: 帮我看下, 麻烦问一下, 我是湖州体育局的, 我们局, 本单位.
	// Asking to be sent them: 发我下, 发给我看看, 给我发一下.
	{regexp.MustCompile(`(?:麻烦|劳驾)?(?:(?:发|传)给?我(?:一下|下|看看|瞧瞧)|给我(?:发|传)(?:一下|下|过来))`), " ", nil},
	{regexp.MustCompile(`(?:麻烦|劳驾)?(?:帮我|帮忙|给我|替我)?(?:看下|看一下|看看|查下|查一下|查查|瞅瞅|问下|问一下)|(?:我想|想|我)问(?:下|一下)?|请教(?:一下)?|能不能告诉我|能否告诉我|可以告诉我`), " ", nil},
	// Who is asking, and why: the asker's own role (我是…的联络员, 作为…联络员: its unit stays), 领导让我把,
	// 梳理一下, 麻烦你, 到底. A liaison named otherwise is words of the question ("联络员名单什么时候报送",
	// "各部门的联络员台账谁来建").
	{regexp.MustCompile(`(?:(我是|我们是|咱们是)|作为)(\p{Han}{0,20}?)的?(?:联络员|联系人|对接人|工作人员|同事|干部)`), "${1}${2} ", nil},
	{regexp.MustCompile(`(?:最近|近期|前几天|今天)?(?:领导|上级|局长|主任|处长|科长)(?:让|要|叫|安排)我(?:把)?`), " ", nil},
	// Asking for a summary for someone: "给我汇总一下…", "给领导汇报一下…", "向局长简要汇报下…" ask for
	// the summary (汇总), no word a task holds (not "每月向区政府汇报进展", which names no asker). The
	// asking must be said (请/麻烦, 一下/下, 简要/简单, or 我 as the one told): "哪些事项需要向上级汇报?",
	// "重大问题要向局长汇报吗?" ask of a plan's duty to report upward, its 汇报 the question's topic.
	{regexp.MustCompile(`(?:请|麻烦)(?:给|向|跟|替|为)` + summaryHearer + `(?:们)?(?:简要|简单)?(?:地)?(?:汇总|汇报)(?:一下|下)?|` +
		`(?:给|向|跟|替|为)` + summaryHearer + `(?:们)?(?:(?:简要|简单)(?:地)?(?:汇总|汇报)(?:一下|下)?|(?:汇总|汇报)(?:一下|下))|` +
		`(?:给|跟|替|为)我(?:们)?(?:汇总|汇报)`), " 汇总一下 ", nil},
	{regexp.MustCompile(`(?:梳理|整理)(?:一下|一遍|清楚)?|麻烦(?:你|您)|到底|究竟`), " ", nil},
	{regexp.MustCompile(`我们是|我是|咱们是`), " ", nil},
	{regexp.MustCompile(`(?:我们|咱们|我|咱|本)(?:局|委|办|厅|单位|部门|这边|这里)|我们|咱们|咱`), " ", nil},
	// Asking whether a count is right ("区公安局就一条吗", "是不是有两件事?"): the tasks, which say how many.
	// A count said with no such asking ("高效办成一件事") is words of the question.
	{regexp.MustCompile(`(?:(?:是不是|是否)(?:就|只|仅)?(?:只有|有)?|(?:就|只|仅)(?:只有|有)?)\s*[一两二三四五六七八九十\d]{1,3}\s*(?:件|条|项)(?:事情|事|任务|工作)?(?:吗|吧|呢|啊)?[?？]?$|(?:有)?\s*[一两二三四五六七八九十\d]{1,3}\s*(?:件|条|项)(?:事情|事|任务|工作)?吗[?？]?$`), "有哪些任务", nil},
	// "在此基础上", "在上年基础上": a connective, no field.
	{regexp.MustCompile(`在\p{Han}{0,6}?基础上`), " ", nil},
	// "各乡镇人民政府在电梯安全上要做什么": the field a unit works in, named with 在…上.
	{regexp.MustCompile(`在(\p{Han}{2,12}?)(?:工作)?上(要|需要|应该|应当|应|该|有|都|负责|做|干|承担|牵头|配合|参与)`), " ${1}方面${2}", nil},
	// "群众在平台上留言": where the act is done is no word of it; the act is what its task writes (群众留言).
	// A platform the asker names ("在企业服务平台上申报") is what its tasks build: it stays beside the act.
	{rePlatformAct, "", namedPlatform},
	// "…局在环城生态公园带建设中牵头哪些?": the same, with 在…中.
	{regexp.MustCompile(`在(\p{Han}{2,16}?)(?:工作|建设|过程)?中(要|需要|应该|应当|应|该|有|都|负责|做|干|承担|牵头|配合|参与)`), " ${1}方面${2}", nil},
	// A date typed as in a chat, with dots or slashes: 2027.6.30 and 2027/6/30 are 2027年6月30日 (2027-06-30
	// in English), 2027.6 before 前 or 底 is 2027年6月, and 6.30 or 6/30 before a word of time (前, 之前,
	// 到期, 截止) is 6月30日; not a figure (3.5%, 1/3) nor an impossible day.
	{re: reTypedYMD, fn: typedDate(reTypedYMD)},
	{re: reTypedYM, fn: typedDate(reTypedYM)},
	{re: reTypedMD, fn: typedDate(reTypedMD)},
	// The Spring Festival said in chat: 过年前, 过春节前 and a bare 年前 (the 年 people go home for) are
	// 春节前; not 2025年前, 今年前三季度, 两年前, 年前后.
	{regexp.MustCompile(`过(?:春节|大年|年)\s*(之前|以前|前)`), "春节${1}", nil},
	{regexp.MustCompile(`(^|[\s，,。？?！!、：:]|[要得需在赶争到和或])年\s*(之前|以前|前)([^一二三四五六七八九十几两半\d后]|$)`), "${1}春节${2}${3}", nil},
	// "By" a time, said as people say it: 截至2026年底 and 到年底 are 2026年底前 and 年底前; 月底前 alone is
	// this month's end; a month in words (六月底前, 十二月份) is its number.
	{re: regexp.MustCompile(`(?:截至|截止到|截止)\s*((?:\d{4}\s*)?年\s*(?:\d{1,2}\s*月\s*)?|(?:\d{1,2}\s*)?月\s*)(底|末)(?:前|之前|以前)?`), with: "${1}${2}前"},
	{re: regexp.MustCompile(`(^|[^月份\s])\s*到(年底|年末|月底|月末)(?:前|之前|以前)?`), with: "${1}${2}前"}, // not 6月到年底, a span
	{re: regexp.MustCompile(`(^|[^\p{Han}]|[在到至从于])(十[一二]|[一二三四五六七八九十])月(份|底|末|[上中下]旬|前|到|至|要|有|的|内|[?？，,。]|$)`), fn: func(m string) string {
		sub := reMonthInWords.FindStringSubmatch(m)
		return sub[1] + strconv.Itoa(plan.ItemNumber(sub[2])) + "月" + sub[3]
	}},
	// again: in 三月到六月 the second month's mark before it was the first's match.
	{re: regexp.MustCompile(`(^|[^\p{Han}]|[在到至从于])(十[一二]|[一二三四五六七八九十])月(份|底|末|[上中下]旬|前|到|至|要|有|的|内|[?？，,。]|$)`), fn: func(m string) string {
		sub := reMonthInWords.FindStringSubmatch(m)
		return sub[1] + strconv.Itoa(plan.ItemNumber(sub[2])) + "月" + sub[3]
	}},
	{re: regexp.MustCompile(`(^|[^\d本这下上当每次个一二三四五六七八九十])月(底|末)前`), with: "${1}本月${2}前"},
	// The month's or the year's end without 前 ("月底要交什么?", "年底要完成哪些?") is the same time; this
	// year's month is a month ("今年6月底前" as "6月底前").
	{re: regexp.MustCompile(`(^|[^\d本这下上当每次个一二三四五六七八九十年])月(底|末)(要|需|有|的|到期|[?？，,。\s]|$)`), with: "${1}本月${2}前${3}"},
	{re: regexp.MustCompile(`(^|[^\d今本明去前后每哪几])年(底|末)(要|需|有|的|到期|[?？，,。\s]|$)`), with: "${1}年${2}前${3}"}, // not 哪年底: when
	{re: regexp.MustCompile(`(?:今年|本年)(?:的)?\s*(\d{1,2}\s*月)`), with: "${1}"},
	// A span of weeks from today said with 接下来, 未来, 最近 and no 内: "接下来两周", "最近一周".
	{re: regexp.MustCompile(`(?:接下来|未来|今后|最近|近)\s*([一二两三四五六七八九十]{1,3}|\d{1,2})\s*(?:个)?(周|星期|礼拜)(?:内|之内|以内)?`), with: "${1}${2}内"},
	// This month, this quarter: a time, not a pointing word.
	{regexp.MustCompile(`这个月`), "本月", nil},
	{regexp.MustCompile(`这(?:个|一)?季度`), "本季度", nil}, // 这季度, 这一季度 too
	// "What about Wujin?" changes one thing of the last question as "how about" does; its "what" asks
	// nothing of its own.
	{regexp.MustCompile(`(?i)^\s*what\s+about\b`), "how about", nil},
	// Inside a plan said with 中 as with 里: "宜宾方案中社零总额…" asks of 社零总额 in the plan.
	{regexp.MustCompile(`(方案|文件|通知|清单|意见)中(\p{Han})`), "${1}里${2}", nil},
	// The last line of a list pointed at: 最后那条, 最后这一项 are 最后一条, 最后一项.
	{regexp.MustCompile(`最后(?:那|这)一?(条|项|个)`), "最后一${1}", nil},
	// Pointing words: 那块, 这一条, 那边, 那个 (but not 这个单位, which points back at a unit).
	{regexp.MustCompile(`[那这](?:一)?(?:块儿?|条|项|边儿?|部分|方面)|[那这]个(?:事|事情)?|[那这](?:件|项)(?:事情|事|工作)`), " ", nil},
	// Which plans count: "两份嘉兴的文件都算上" asks of both, as a question naming no plan does.
	{regexp.MustCompile(`(?:[两几三]|这两|这几|所有)份[^，,。？?！!]{0,6}(?:文件|方案)都(?:算上|算进去|算|包括)|都算上|都算进去`), " ", nil},
	// A section of a department asked about by its department: "中山市医保局的法规和基金监管科" is
	// the section (the plan is the department's own).
	{regexp.MustCompile(`(\p{Han}{1,6}?[省市县区州盟旗])?\p{Han}{1,8}?(?:局|委|厅)的(\p{Han}{1,12}?(?:科|处|股|室))(牵头|负责|参与|配合|协办|要|有|[?？，,\s]|$)`), "${1} ${2}${3}", nil},
	// Meetings asked for ("每季度要开什么会", "开哪些会议"): the duties that hold one (召开…分析会, 召开
	// 联席会议), whatever the meeting's own name.
	{regexp.MustCompile(`(?:召)?开(什么|哪些|哪几个|哪几种|哪种|啥)(?:样的)?会(?:议)?`), "召开${1}会", nil},
	// Named on a task in a role: "都挂名牵头", "挂名配合".
	{regexp.MustCompile(`挂名|列名`), "", nil},
	// Both named on a task: "A和B同时出现的工作".
	{regexp.MustCompile(`同时出现的`), "共同负责的", nil},
	// A deadline falling in a year: "时间节点落在2024年".
	{regexp.MustCompile(`(?:时间节点|节点|期限|时限|截止时间|完成时间)(?:都)?(?:落在|落于|定在|在)`), "期限在", nil},
	{regexp.MustCompile(`[那这]份`), " 方案 ", nil},
	{regexp.MustCompile(`(?:这|那|以上|上述)(?:几|些)项`), " ", nil},
	// The places just named: 黑龙江、安徽、铜川这几个地方的商务部门 is each place's.
	{regexp.MustCompile(`(?:这|那|以上|上述|前面|上面)(?:[两三四五六七八九十几]|些)个?(?:地方|城市|地区|市|省|区|县|地)`), " 各地", nil},
	// A role said with the label a plan gives it: "作为支撑单位参与的".
	// (作为参与部门 and 作为牵头单位 read as they stand: their words are role words already.)
	{regexp.MustCompile(`(?:作为|当|担任)(?:支撑|协办|协同|协助)(?:单位|部门)(?:参与|配合)?`), "配合", nil},
	// Changing one thing of the last question: "换成市财政局呢?", "改成2027年的呢" ask it as "那…呢?" does.
	{regexp.MustCompile(`^(?:那)?(?:换成|改成|换为|改为|换作)`), "那", nil},
	// A plan's facts asked in officials' words: "是几号文?" its 文号, "是哪一年发布的?" when it was issued.
	{regexp.MustCompile(`(?:是)?(?:几|多少|哪)号(?:文件|文)`), "的文号是什么", nil},
	{regexp.MustCompile(`哪一?年(发布|印发|出台|下发|发文|出的)`), "什么时候${1}", nil},
	// Slips of a pinyin keyboard in the role words: 负则, 付责 (fùzé); 牵投 (qiāntóu).
	{regexp.MustCompile(`负则|付责|负泽`), "负责", nil},
	{regexp.MustCompile(`牵投`), "牵头", nil},
	// A department's ending mistyped by its sound: 房产居 (jú), 商务卫 (wèi) before what it does.
	{regexp.MustCompile(`([省市区县]\p{Han}{1,8}?)(?:居|句|菊)(负责|牵头|参与|配合|和|、|有(?:哪些|什么)|都|在|[?？，,]|$)`), "${1}局${2}", nil},
	{regexp.MustCompile(`([省市区县]\p{Han}{1,8}?)卫(负责|牵头|参与|配合|和|、|有(?:哪些|什么)|都|在|[?？，,]|$)`), "${1}委${2}", nil},
	// 配和, 陪合 (pèihé): 配合; not 搭配和 (a pairing and "and").
	{regexp.MustCompile(`(^|[^搭])(?:配和|陪合)`), "${1}配合", nil},
	// A count of people asked: "帮多少人就业" asks of 就业 (not of 人就业); 人工智能, 人居环境 … stay.
	{regexp.MustCompile(`[帮让使]?(多少|几)个?人次?([^员民口才大代工居社力行防文身脸像事群均]|$)`), "${1} ${2}", nil},
	// Colloquial question words.
	{regexp.MustCompile(`啥时候|啥时|多会儿|几时`), "什么时候", nil},
	// 何时 in writing is 什么时候 ("汇总表何时报?"); not inside 任何时候, 如何时.
	{regexp.MustCompile(`(^|[^任如])何时`), "${1}什么时候", nil},
	{regexp.MustCompile(`干嘛|[干做弄搞](?:些|点)?(?:啥|什么)`), "做什么", nil},
	{regexp.MustCompile(`归?(?:哪个|哪家|哪些|什么)(?:部门|单位)(?:在)?管(?:理)?|归谁管|谁在管`), "谁负责", nil},
	{regexp.MustCompile(`(?:几号|几日|哪天|哪一天)(?:之前|以前|前)?`), "哪天", nil},
	{regexp.MustCompile(`谁(?:当|担任|任|做|来当)(组长|副组长|主任|副主任|召集人|总牵头人|牵头人|负责人)`), "${1}是谁", nil},
	// A post's holder asked for as a leader: "总牵头人是哪位领导", "组长是哪一位"; in English "who is the
	// head of the task force" (who heads it).
	{regexp.MustCompile(`(组长|副组长|主任|副主任|召集人|总牵头人|牵头人|具体负责人|负责人)(?:是|为)?(?:哪位|哪一位|哪个人|什么人)(?:领导|同志)?`), "${1}是谁", nil},
	{regexp.MustCompile(`(?i)\bwho(?:'s|\s+is)\s+(?:the\s+)?(?:head|chief|chair|chairman|chairperson)\s+of\b`), "who heads", nil},
	// 管什么, and a leader's 分管/主管什么, ask what one is in charge of, in chat with 些 or 点 ("管些啥呀");
	// 监管/托管什么 are other verbs.
	{regexp.MustCompile(`(?:[监托掌代接协统]管|[分主]管|管)(?:些|点)?(?:啥|什么)`), "", func(m string) string {
		if v, _ := utf8.DecodeRuneInString(m); strings.ContainsRune("监托掌代接协统", v) {
			return string(v) + "管什么"
		}
		return "负责什么"
	}},
	// Which meeting passed a paper, said in chat: "是哪次人大会过的", "哪个常务会上过的" ask which meeting
	// (会议) passed it (通过).
	{regexp.MustCompile(`((?:哪次|哪一次|哪个|哪届|什么|啥)\p{Han}{0,6}?)会(?:议)?上?过(的|了)`), "${1}会议通过${2}", nil},
	// Whether a result was reached, said in chat with 没 at the end: "失业人数控制住没?", "这事办完没有"
	// ask as "控制住了吗?" does (not 有活没, read above).
	{regexp.MustCompile(`(\p{Han}(?:住|完|好|掉|成))了?(?:没有|没)([?？。!！\s]|$)`), "${1}了吗${2}", nil},
	// Handing a paper in, said in chat: 报上去, 交上去 are 报送.
	{regexp.MustCompile(`(?:报|交|送|递)上去`), "报送", nil},
	// What is on a unit's plate: 手上都有啥活儿, 手头有什么事儿.
	{regexp.MustCompile(`(?:手上|手头|手里|名下)(?:都|还)?`), " ", nil},
	{regexp.MustCompile(`(?:啥|什么|哪些)(?:活儿|活计|事儿)|(?:啥|什么|哪些)活([?？。!！\s]|$)`), "哪些任务${1}", nil},
	// Whether a unit has any work, said in chat: 有活没, 有活儿吗, 有没有活 (not 活力, 活动).
	{regexp.MustCompile(`有没有活(?:儿|干)?([?？。!！\s]|$)|有活(?:儿|干)?(?:没有?|吗|么|不)([?？。!！\s]|$)`), "有哪些任务${1}${2}", nil},
	// An assessment list's items are its indicators: "负责哪些考核指标", "有几个考评指标" ask for its
	// rows (指标), whatever words the list heads its columns with.
	{regexp.MustCompile(`(?:考核|考评|评价|评分)指标`), "指标", nil},
	// Work fallen to a unit, said in chat: "这回摊上了哪些活", "摊到什么任务" ask what it is responsible for;
	// only so asked (not 分摊到各县, 均摊到).
	{regexp.MustCompile(`(^|[^分均平])(?:这回|这次|这一回)?摊(?:上|到)了?((?:哪些|什么|啥|多少|几)(?:项|个|件|样)?\s*(?:活|任务|事|工作))`), "${1}负责${2}", nil},
	// "市商务局摊上的活多么?": the work fallen to it is the work it is responsible for.
	{regexp.MustCompile(`(^|[^分均平])(?:这回|这次|这一回)?摊(?:上|到)了?的((?:活|任务|事|工作))`), "${1}负责的${2}", nil},
	// The same with the count alone, the work said before it: "公园的事摊上几件?", "摊到多少项".
	{regexp.MustCompile(`(^|[^分均平])(?:这回|这次|这一回)?摊(?:上|到)了?((?:多少|几)(?:项|个|件|样))([?？。!！，,\s]|$)`), "${1}负责${2}${3}", nil},
	// Work handed in when done, said in chat: "6月底前交差的" is what is to be completed by then.
	{regexp.MustCompile(`交差`), "完成", nil},
	// Work a unit still owes, said in chat: "还欠着啥没交", "还欠哪些活没干完" ask what it has not completed
	// (还有…没完成); only 欠 before a 没/未 of handing in or finishing (not 拖欠工资, 欠薪).
	{regexp.MustCompile(`(?:(?:还|仍|都)欠(?:着|了|下)?|欠着)((?:什么|啥|哪些|哪几项|几项|多少项?|的)?\s*(?:任务|活儿?|事儿?|工作)?\s*)(?:没|未)(?:有)?(?:上交|提交|交|报送|上报|报|干完|做完|办完|弄完|完成|干|做|办)`), "还有${1}没完成", nil},
	// Whether a unit has much work, said in chat: "活多不多", "任务重不重", "任务多么?" ask how many it has
	// (not 这项工作多么重要).
	{regexp.MustCompile(`(?:活儿?|任务|事儿?|工作)(?:多不多|多吗|重不重|重吗|多么([?？。!！，,\s]|$))`), "有多少任务${1}", nil},
	// What a plan says, asked roughly: "那个方案大概讲什么", "这份意见主要写了些啥" ask what it says
	// (说了什么), not about 大概讲.
	{regexp.MustCompile(`((?:方案|意见|计划|文件|材料|通知|要点|规划|报告|清单)(?:里|中)?)(?:都)?(?:大概|大致|大体|主要)?(?:都)?(?:讲|写|说)了?(?:些)?(?:什么|啥)`), "${1}说了什么", nil},
	// The same asked as a guess: "配合的活儿是不是特别多?", "任务是不是挺重的".
	{regexp.MustCompile(`(?:活儿?|任务|事儿?|工作)(?:是不是|是否|会不会)(?:特别|很|挺|非常|太|比较)?(?:多|重)(?:的)?(?:吧|吗|呢|啊)?([?？。!！，,\s]|$)`), "有多少任务${1}", nil},
	// How many plans the question spans said before them ("两个广州文件里"): the plans are named by
	// what follows; the count is no word of their tasks.
	{regexp.MustCompile(`(^|[^第这那])[两三四五六七八九]\s*(?:个|份)(\p{Han}{0,4}?(?:文件|方案|意见|计划)(?:里面|当中|里|中|[,，\s]))`), "${1}${2}", nil},
	// 活儿, 活计 are a unit's tasks said in chat: "帮我看下住建局的活儿".
	{regexp.MustCompile(`活儿|活计`), "任务", nil},
	// The most pressing of the tasks (最急, 最紧急, 最紧迫): the one due next ("区住建局的任务里哪个最急?"); not
	// 最急需 (what is needed most).
	{regexp.MustCompile(`最(?:紧急|紧迫|着急|急)(?:的)?([是任事那这一?？。!！,，\s]|$)`), "下一个要到期的${1}", nil},
	// Taking part in a whole plan ("有多少个单位参与了这个方案?") is being named in it in any role, not 配合.
	// (这个 is gone already, with the pointing words.)
	{regexp.MustCompile(`(?:参与|参加)(?:了|到)?(\s*(?:这份|该|本|此|整个)?\s*(?:方案|计划|文件|清单))([?？。!！，,\s]|$)`), "涉及${1}${2}", nil},
	// When work is to be finished, said in chat: "什么时候得干完" (得 děi, must) is 什么时候要完成.
	{regexp.MustCompile(`(什么时候|何时|哪天)(?:得|须|需要|要)(?:干|做|弄|搞)完`), "${1}要完成", nil},
	// "还有没完成的吗": a question that ends in 吗 asks it with 吗, so its 没 before a word of finishing
	// denies that word (有 + 没完成的), as 未 does; it is no 有没有 ("有没逾期?").
	{regexp.MustCompile(`有没((?:完成|办结|做完|干完|销号|落实)的?[^?？吗]{0,12}吗)`), "有未${1}", nil},
	// Whether there is: "有没有逾期" asks for what is overdue; its 没有 is no negation ("没有逾期").
	{regexp.MustCompile(`有木有|有没有?`), "有无", nil},
	// How a work stands, said in chat: 弄得咋样了, 搞得怎么样了, 现在做到哪一步了.
	{regexp.MustCompile(`(?:现在|目前|眼下)?(?:弄|搞|做|干|办)(?:得|的)(?:咋样|怎么样|如何)了?|(?:现在|目前)?(?:做|弄|搞|推进)到哪(?:一步)?了?`), " 进展如何", nil},
	{regexp.MustCompile(`咋样`), "怎么样", nil},
	{regexp.MustCompile(`咋`), "怎么", nil},
	{regexp.MustCompile(`啥|甚么`), "什么", nil},
	// A day of every month said in chat: 每个月10号之前 is 每月10日前.
	{regexp.MustCompile(`每个?月\s*(\d{1,2})\s*[号日]\s*(?:之前|以前|前)?`), "每月${1}日前", nil},
	// Parts of a year said in English: "the first half of 2016", "Q3 2025", "2025 Q3", "H1 2025",
	// "the third quarter of this year", "the last quarter of 2026". The year said in words first becomes
	// 今年/明年/去年, then each part with its year becomes the Chinese the date reader knows
	// (2025年第3季度). A bare Q1 or H2 is a part of this year only after a word of time (in, by, due …)
	// or before one (Q3到期): alone it may be a list's number ("Q1:") or a name (氢能H2).
	{regexp.MustCompile(`(?i)\b(half|quarter|Q[1-4]|H[12])\s+(?:of\s+)?this\s+year\b`), "${1} 今年", nil},
	{regexp.MustCompile(`(?i)\b(half|quarter|Q[1-4]|H[12])\s+(?:of\s+)?next\s+year\b`), "${1} 明年", nil},
	{regexp.MustCompile(`(?i)\b(half|quarter|Q[1-4]|H[12])\s+(?:of\s+)?last\s+year\b`), "${1} 去年", nil},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(?:first|1st)\s+half\s+(?:of\s+)?` + enYear), " ${1}${2}年上半年 ", nil},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(?:second|2nd|last|latter)\s+half\s+(?:of\s+)?` + enYear), " ${1}${2}年下半年 ", nil},
	{regexp.MustCompile(`(?i)\bH1\s*(?:of\s+)?` + enYear), " ${1}${2}年上半年 ", nil},
	{regexp.MustCompile(`(?i)\bH2\s*(?:of\s+)?` + enYear), " ${1}${2}年下半年 ", nil},
	{regexp.MustCompile(`(?i)\b((?:19|20)\d{2})\s*H1\b`), " ${1}年上半年 ", nil},
	{regexp.MustCompile(`(?i)\b((?:19|20)\d{2})\s*H2\b`), " ${1}年下半年 ", nil},
	{regexp.MustCompile(`(?i)\bQ([1-4])\s*(?:of\s+)?` + enYear), " ${2}${3}年第${1}季度 ", nil},
	{regexp.MustCompile(`(?i)\b((?:19|20)\d{2})\s*Q([1-4])\b`), " ${1}年第${2}季度 ", nil},
	{regexp.MustCompile(`(?i)\b(in|by|during|for|before|until|till|through|from|to|and|or|between|within|due)\s+(?:the\s+)?Q([1-4])\b`), "${1} 第${2}季度 ", nil},
	{regexp.MustCompile(`(?i)\b(in|by|during|for|before|until|till|through|from|to|and|or|between|within|due)\s+(?:the\s+)?H1\b`), "${1} 上半年 ", nil},
	{regexp.MustCompile(`(?i)\b(in|by|during|for|before|until|till|through|from|to|and|or|between|within|due)\s+(?:the\s+)?H2\b`), "${1} 下半年 ", nil},
	{regexp.MustCompile(`(?i)\bQ([1-4])\s*(到期|截止|之前|以前|前|内|期间)`), "第${1}季度${2}", nil},
	// 明年Q1, 今年Q3: a year said before the quarter or half.
	{regexp.MustCompile(`(?i)([今明去]年|(?:19|20)\d{2}年)\s*Q([1-4])(?:季度)?`), "${1}第${2}季度", nil},
	{regexp.MustCompile(`(?i)([今明去]年)H1\b`), "${1}上半年", nil},
	{regexp.MustCompile(`(?i)([今明去]年)H2\b`), "${1}下半年", nil},
	// At the question's start, after a space or a mark, and before a Han word, the end, or a word of
	// work (Q3要完成, Q4的任务, the Q3 deadlines, end of Q3?): not glued to a Han word before it
	// (氢能H2) nor a list's number (Q1:).
	{reBareQ, "${1}第${2}季度${3}", nil},
	{reBareQ, "${1}第${2}季度${3}", nil}, // again: "Q2、Q3" shares the 、 between two matches
	{regexp.MustCompile(`(?i)(^|[\s,，。?？(（])H1($|[?？。!！]|[要的有内前期]|\s+(?:tasks?|deadlines?|targets?|work|items?|due|duties)\b)`), "${1}上半年${2}", nil},
	{regexp.MustCompile(`(?i)(^|[\s,，。?？(（])H2($|[?？。!！]|[要的有内前期]|\s+(?:tasks?|deadlines?|targets?|work|items?|due|duties)\b)`), "${1}下半年${2}", nil},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(?:first|1st)\s+quarter\s+(?:of\s+)?` + enYear), " ${1}${2}年第1季度 ", nil},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(?:second|2nd)\s+quarter\s+(?:of\s+)?` + enYear), " ${1}${2}年第2季度 ", nil},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(?:third|3rd)\s+quarter\s+(?:of\s+)?` + enYear), " ${1}${2}年第3季度 ", nil},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(?:fourth|4th|last|final)\s+quarter\s+(?:of\s+)?` + enYear), " ${1}${2}年第4季度 ", nil},
	// A day or a month said in English without the order the date reader knows: "January 15, 2027" is
	// 2027年1月15日; "in December" with no year is 12月 (this year's, or the nearest: the date reader's
	// rule for a month without its year); "the end of this month" is 本月底.
	{re: regexp.MustCompile(`(?i)\b(?:(?:by|before|until|till)\s+)?` + enMonths + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`), fn: func(m string) string {
		sub := reENMonthDay.FindStringSubmatch(m)
		by := ""
		if sub[1] != "" {
			by = "前" // "by January 15, 2027": due on or before it
		}
		return " " + sub[4] + "年" + strconv.Itoa(int(enMonthNumber(sub[2]))) + "月" + sub[3] + "日" + by + " "
	}},
	{regexp.MustCompile(`(?i)\b(?:by\s+|before\s+)?the\s+end\s+of\s+(?:this|the)\s+month\b`), " 本月底前 ", nil},
	// "by the end of June next year" is 明年6月底前, "the end of June 2027" 2027年6月底, "by the end of
	// June" 6月底前 (a month without its year: the date reader's rule).
	{re: regexp.MustCompile(`(?i)\b(?:(by|before|until|till)\s+)?the\s+end\s+of\s+` + enMonths + `\b(?:\s*,?\s*((?:19|20)\d{2})\b|\s+(this|next|last)\s+year\b)?`), fn: func(m string) string {
		sub := reENMonthEnd.FindStringSubmatch(m)
		year := sub[3]
		if year != "" {
			year += "年"
		} else if sub[4] != "" {
			year = map[string]string{"this": "今年", "next": "明年", "last": "去年"}[strings.ToLower(sub[4])]
		}
		by := ""
		if sub[1] != "" {
			by = "前"
		}
		return " " + year + strconv.Itoa(int(enMonthNumber(sub[2]))) + "月底" + by + " "
	}},
	// "by the end of next year" is 明年底前, "the end of this year" 今年底 (the date reader's words).
	{re: regexp.MustCompile(`(?i)\b(?:(by|before|until|till)\s+)?the\s+end\s+of\s+(this|next|last)\s+year\b`), fn: func(m string) string {
		sub := reENYearEnd.FindStringSubmatch(m)
		by := ""
		if sub[1] != "" {
			by = "前"
		}
		return " " + map[string]string{"this": "今年", "next": "明年", "last": "去年"}[strings.ToLower(sub[2])] + "底" + by + " "
	}},
	{re: regexp.MustCompile(`(?i)\b(in|during|by|before|for)\s+` + enMonths + `\b(\s*,?\s*\d{4})?`), fn: func(m string) string {
		sub := reENInMonth.FindStringSubmatch(m)
		if sub[3] != "" {
			return m // with its year: the date reader's own form
		}
		return sub[1] + " " + strconv.Itoa(int(enMonthNumber(sub[2]))) + "月 "
	}},
	// 上一季度, 下一季度: the quarter before or after this one, not the first quarter.
	{regexp.MustCompile(`([上下])一季度`), "${1}个季度", nil},
	// A two-digit year names a year of this century: 黑龙江13年那个方案 is 2013's.
	{regexp.MustCompile(`(^|[^\d.近用花第每几多过])([0-4]\d)年([^内间来后前度级初中末底])`), "${1}20${2}年${3}", nil},
}

// enMonths names a month in English, long or short.
const enMonths = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`

var (
	reENMonthDay = regexp.MustCompile(`(?i)(?:(by|before|until|till)\s+)?` + enMonths + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})`)
	reENMonthEnd = regexp.MustCompile(`(?i)(?:(by|before|until|till)\s+)?the\s+end\s+of\s+` + enMonths + `\b(?:\s*,?\s*((?:19|20)\d{2})\b|\s+(this|next|last)\s+year\b)?`)
	reENYearEnd  = regexp.MustCompile(`(?i)(?:(by|before|until|till)\s+)?the\s+end\s+of\s+(this|next|last)\s+year`)
	reENInMonth  = regexp.MustCompile(`(?i)(in|during|by|before|for)\s+` + enMonths + `\b(\s*,?\s*\d{4})?`)
)

// enMonthNumber is the month an English name (or its first three letters) says.
func enMonthNumber(name string) time.Month { return monthsByName[strings.ToLower(name)[:3]] }

// Dates typed with dots or slashes (see the phrasing table): with the year, the month and the day;
// the year and the month before 前 or 底; the month and the day before a word of time. Group 1 is what
// stands before, the last group what follows.
var (
	reTypedYMD = regexp.MustCompile(`(^|[^\d./\-])((?:19|20)\d{2})[./](\d{1,2})[./](\d{1,2})\s*[日号]?(\s*\p{Han}?)`)
	reTypedYM  = regexp.MustCompile(`(^|[^\d./\-])((?:19|20)\d{2})[./](\d{1,2})()\s*月?\s*(底|末|前|之前|以前)`)
	reTypedMD  = regexp.MustCompile(`(^|[^\d./\-])()(\d{1,2})[./](\d{1,2})\s*[日号]?\s*(前|之前|以前|到期|截止|止)`)
)

// typedDate writes a date re found (groups: before, year, month, day, after) as the date reader
// reads it, or leaves it as typed when it names no day of the calendar.
func typedDate(re *regexp.Regexp) func(string) string {
	return func(m string) string {
		sub := re.FindStringSubmatch(m)
		before, y, mo, d, after := sub[1], sub[2], sub[3], sub[4], sub[5]
		month, _ := strconv.Atoi(mo)
		day, _ := strconv.Atoi(d)
		if month < 1 || month > 12 || d != "" && (day < 1 || day > 31) {
			return m
		}
		switch {
		case d == "":
			return before + y + "年" + mo + "月" + after
		case y != "" && strings.TrimSpace(after) == "":
			return before + fmt.Sprintf("%s-%02d-%02d", y, month, day) + after // English, or nothing after
		case y != "":
			return before + y + "年" + mo + "月" + d + "日" + strings.TrimSpace(after)
		}
		return before + mo + "月" + d + "日" + after
	}
}

// reMonthInWords is a month written in words after what stands before it, and what follows it.
var reMonthInWords = regexp.MustCompile(`^(.*?)(十[一二]|[一二三四五六七八九十])月(.*)$`)

// reBareQ is a bare Q1–Q4 where it can only be a quarter: at the question's start or after a space,
// a mark or 、/和, and before a Han word, the end, or a word of work.
var reBareQ = regexp.MustCompile(`(?i)(^|[\s,，。?？(（、和与及])Q([1-4])(?:季度)?($|[?？。!！、\p{Han}]|\s+\p{Han}|\s+(?:tasks?|deadlines?|targets?|work|items?|due|duties)\b)`)

// enYear is the year of a part of a year said in English: digits (group 1), or a year said in words
// and already made 今年/明年/去年 (group 2 holds its first character; the replacement adds 年).
const enYear = `(?:((?:19|20)\d{2})\b|([今明去])年)`

// rePointsBack keeps 这个/那个 before a unit word: "这个单位还有哪些任务" is a follow-up.
var rePointsBack = regexp.MustCompile(`[那这]个(?:单位|部门)`)

// listBackWords point back at the last list ("其中区市场监管局负责的是哪些?", "其余单位呢"): question
// words, no part of the unit's name the span after them names (the alias table's clean-up would
// fold them). The one list of them: unit spans (pointsBack) and question leads (questionLead) read it.
var listBackWords = []string{"其中", "其余"}

// pointsBack reports whether span opens with a word pointing back at the last list.
func pointsBack(span string) bool {
	for _, w := range listBackWords {
		if strings.HasPrefix(span, w) {
			return true
		}
	}
	return false
}

// normalizePhrasing rewrites a question's colloquial phrasing into the plain forms the extractors
// read. Quoted names are left as typed.
func normalizePhrasing(s string) string {
	s = selfCorrected(s)
	var b strings.Builder
	last := 0
	for _, m := range reQuoted.FindAllStringIndex(s, -1) {
		b.WriteString(rephrase(s[last:m[0]]))
		b.WriteString(s[m[0]:m[1]])
		last = m[1]
	}
	b.WriteString(rephrase(s[last:]))
	return b.String()
}

// reSelfCorrection is where an asker takes back what they began to ask and asks again: "杨浦区…的检查
// 验收阶段……不对,闵行…由谁牵头?", "A的任务，哦不，B的任务", "…，说错了，是…". The marker stands after a
// pause (an ellipsis, a comma or a space), is set off by one, and more of the question follows.
var reSelfCorrection = regexp.MustCompile(`(?:…+|\.{3,}|[，,。;；\s])\s*(?:不对不对|不对|哦不|噢不|啊不|不不|说错了|搞错了|写错了|打错了)(?:了|啊|呀)?[，,。!！;；\s]+(?:应该是|我是说|我想问的是|是)?`)

// selfCorrected keeps what a question asks after the asker's last self-correction (reSelfCorrection),
// when some of it, at least a few characters, follows.
func selfCorrected(s string) string {
	ms := reSelfCorrection.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return s
	}
	if rest := strings.TrimSpace(s[ms[len(ms)-1][1]:]); utf8.RuneCountInString(rest) >= 4 {
		return rest
	}
	return s
}

func rephrase(s string) string {
	if s == "" {
		return s
	}
	// Keep the pointing-back phrases out of the rewrites.
	var kept []string
	s = rePointsBack.ReplaceAllStringFunc(s, func(m string) string {
		kept = append(kept, m)
		return "\x00" + strconv.Itoa(len(kept)-1) + "\x00"
	})
	for _, p := range phrasings {
		if p.fn != nil {
			s = p.re.ReplaceAllStringFunc(s, p.fn)
			continue
		}
		s = p.re.ReplaceAllString(s, p.with)
	}
	for i, k := range kept {
		s = strings.Replace(s, "\x00"+strconv.Itoa(i)+"\x00", k, 1)
	}
	return s
}

// reDonePreamble is what is done already, said before the question: "医养健康那项已经完成了，现在还有
// 哪些逾期？" asks of the rest (the done marks say which are done).
var reDonePreamble = regexp.MustCompile(`^([^，,。？?！!]{1,24}?)(?:那项|这项|那个|这个|那条|这条|那件|这件)?(?:我们|我局|我单位|我们局|我们单位)?(?:(?:已经|已|早就|早已)\p{Han}?(?:完成|办完|做完|弄完|搞完|干完|办结|完结|报送|上报|提交)了?|(?:已经|早就|早已)(?:报|交)了|(?:也|都|已经|已)?(?:点|标|标记|勾)了?(?:完成|办结))(?:[，,。]|\s+)\s*(?:现在|那么|那|还)?`)

// reAsksInRemark is a question word inside what reads as a done remark.
var reAsksInRemark = regexp.MustCompile(`哪|什么|啥|几|多少|吗|是否|有没有|谁`)

// reDonePostscript is what is done already, said after the question: "其中哪些已经逾期？巡查阶段和流动
// 摊贩专项整治我们已经办结了".
var reDonePostscript = regexp.MustCompile(`[？?]\s*([^？?。]{1,30}?)(?:我们|我局|我单位|我们局)?(?:已经|已|都)\p{Han}?(?:完成|办完|做完|弄完|搞完|干完|办结|完结|报送|上报|提交)了?[。.!！]?\s*$`)

// reDoneBa is a done remark that puts the work after 把: "崇明区农业农村委已经把设施农业分类处置那项办完了".
var reDoneBa = regexp.MustCompile(`^([^，,。？?！!]{0,24}?)(?:我们|我局|我单位)?(?:已经|已|早就|早已)把([^，,。？?！!]{1,30}?)(?:那项|这项|那个|这个|那条|这条|那件|这件)?(?:(?:点|标|标记|勾)了?)?(?:完成|办完|做完|弄完|搞完|干完|办结|报送|上报|提交)了?(?:[，,。]|\s+)\s*(?:现在|那么|那|还)?`)

// reItsOwn points at the party a done remark named: 它, 他们, 该单位.
var reItsOwn = regexp.MustCompile(`^(?:它们|它|他们|该单位|本单位)`)

// donePreamble splits a question into the done remark's subject before it and the question. The
// remark may follow the place or plan it is about ("吉林市那份房地产措施,团购活动我们已经办完了,现在还有
// 哪些逾期的?"): that opening stays in the question.
func donePreamble(s string) (subject, rest string) {
	if m := reDonePostscript.FindStringSubmatchIndex(s); m != nil && m[0] > 0 && !reAsksInRemark.MatchString(s[m[0]:]) {
		_, size := utf8.DecodeRuneInString(s[m[0]:])
		return s[m[2]:m[3]], s[:m[0]+size] // the question with its mark
	}
	if m := reDoneBa.FindStringSubmatchIndex(s); m != nil && m[1] < len(s) && !reAsksInRemark.MatchString(s[:m[1]]) {
		if rest := s[m[1]:]; reItsOwn.MatchString(rest) {
			// The party that did it is the question's ("…,它还有哪些逾期的?"); the work is what was done.
			return s[m[4]:m[5]], s[m[2]:m[3]] + reItsOwn.ReplaceAllString(rest, "")
		}
		// "…已经把文旅那项点了完成,现在菏泽还剩哪些逾期?": the question says whose; the remark's
		// party is the question's only when it names none (as a remark before 那项 is).
		return s[m[2]:m[3]] + s[m[4]:m[5]], s[m[1]:]
	}
	if k := strings.IndexAny(s, "，,"); k > 0 && !reAsksInRemark.MatchString(s[:k]) {
		after := s[k+len(string([]rune(s[k:])[0])):]
		if m := reDonePreamble.FindStringSubmatchIndex(after); m != nil && m[1] < len(after) && !reAsksInRemark.MatchString(after[:m[1]]) {
			return after[m[2]:m[3]], s[:k] + "，" + after[m[1]:]
		}
	}
	m := reDonePreamble.FindStringSubmatchIndex(s)
	if m == nil || m[1] == len(s) || reAsksInRemark.MatchString(s[:m[1]]) {
		return "", s // "哪些任务已完成，请列出来": the remark is the question
	}
	return s[m[2]:m[3]], s[m[1]:]
}

// summaryHearer is whom a summary is asked for: the asker or a superior ("给领导汇报一下…").
const summaryHearer = `(?:我|领导|上级|局长|主任|书记|处长|科长|局里|单位)`

// rePlatformAct is an act done on a platform, "在X平台上申报": the platform's name (X), its kind and the act.
var rePlatformAct = regexp.MustCompile(`在(\p{Han}{0,6}?)(平台|网站|网上|线上|系统|APP|App|app|热线|小程序|公众号)上?(留言|发帖|反映|投诉|举报|提问|咨询|申请|申报|填报|上传|提交|报名)`)

// reWherePlain are words before a platform that name none: where it is (网上, 线上), whose (官方, 政府),
// which (相关, 这个).
var reWherePlain = regexp.MustCompile(`网上|线上|网络|在线|手机|官方|政府|相关|有关|这个|那个|各类|该|的`)

// namedPlatform rewrites where an act is done to the act alone ("在平台上留言" → 留言), unless the
// place is a platform named ("在企业服务平台上申报" → "企业服务平台 申报"): a named platform is what a
// task builds or runs, a bare one only where anyone does the act.
func namedPlatform(m string) string {
	sub := rePlatformAct.FindStringSubmatch(m)
	if sub == nil {
		return m
	}
	if utf8.RuneCountInString(reWherePlain.ReplaceAllString(sub[1], "")) < 2 {
		return sub[3] // "在网上平台留言", "在相关系统申报": where, named by no name of its own
	}
	return " " + sub[1] + sub[2] + " " + sub[3]
}
