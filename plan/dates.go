package plan

import (
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/6tail/lunar-go/calendar"
)

// This file is the one place where a Chinese date phrase becomes a Day (a deadline or a target) or
// a recurring Rule. Every date lands on the last day of the period it names: "2023年" is
// 2023-12-31, "2024年6月底前" is 2024-06-30, "2024年上半年" is 2024-06-30.

// leadWords may stand before a year; the ones that make it a target are in targetLeads.
var leadWords = []string{
	"力争到", "力争在", "力争于", "确保到", "确保在", "争取到", "争取在", "计划到", "预计到", "截止到", "截至",
	"力争", "确保", "争取", "到", "至", "于", "在",
}

var targetLeads = map[string]bool{"到": true, "力争到": true, "确保到": true, "争取到": true, "计划到": true, "预计到": true, "至": true}

// dateTail reads what follows a year: its 年 (which publishing sometimes loses: "202312月底前"),
// a period or a month and day, and the words that close the phrase.
var dateTail = mustCompile(
	`^[ \t]*(年)?[ \t]*` +
		`(?:(上半年|下半年|年中|年底|年末|年初|全年|年内|[一二三四1-4]季度|第[一二三四1-4]季度)|` +
		`(\d{1,2})[ \t]*月[ \t]*(?:(\d{1,2})[ \t]*[日号]|(底|末|中下旬|上中旬|中旬|上旬|下旬|份))?)?` +
		`[ \t]*(前|底前|以前|之前|前后|内|底|末|期间|结束前)?`)

// fiveYearExpr matches "十四五"期间 and the like: the period ends with its last year.
var fiveYearExpr = mustCompile(`[“"]?(十[一二三四五六七八九]?五)[”"]?(期间|期末|时期末|末|时期|规划期)`)

// dayWithoutRi is a day of a month written without its 日 before 前: "2008年4月10前".
var dayWithoutRi = mustCompile(`(\d{1,2})\s*月\s*(\d{1,2})\s*((?:之|以)?前)`)

// ParseDeadlinesIn is ParseDeadlines for a text of a plan whose year is year (0 when unknown): a
// phrase without a year ("5月底前", "年底前", "第三季度") takes the year of the last full date before
// it in the text, else the plan's year.
func ParseDeadlinesIn(text string, year int) []Deadline {
	out := parseDeadlinesIn(text, year)
	if year > 0 && strings.Contains(text, "比") {
		// "今年一季度，全市规上工业增加值同比增长6.8%": the period a statistic was counted over.
		text = foldWidth(text)
		out = slices.DeleteFunc(out, func(d Deadline) bool { return d.Date.Year <= year && statisticAt(text, d.Quote) })
	}
	return out
}

// blankFormDate is a form's date with its month and day left blank: "2015年 月 日", "2024年月日".
var blankFormDate = mustCompile(`(?:19|20)\d{2}\s*年[\s\x{3000}]*月[\s\x{3000}]*日`)

func parseDeadlinesIn(text string, year int) []Deadline {
	// "…于2010年2月15日前报送市政府办公厅。 二○一○年一月十三日": a day written in Chinese numerals that
	// ends the text after its last sentence is the day it was signed.
	text = foldWidth(text)
	if strings.HasSuffix(strings.TrimRight(text, " \t\n\u3000"), "日") && strings.ContainsAny(text, "〇○零") {
		text = hanSignatureEnd.ReplaceAllString(text, "。")
	}
	if strings.Contains(text, "年月") || strings.Contains(text, "年 ") || strings.Contains(text, "年\u3000") {
		// "报送时间：2015年 月 日": a form's date left blank to fill in, no date.
		text = blankFormDate.ReplaceAllString(text, "年月日")
	}
	text = hanDates(dropWeekday(text))
	if strings.Contains(text, "月") && strings.Contains(text, "前") {
		text = dayWithoutRi.ReplaceAllString(text, "${1}月${2}日$3") // "4月10前": the 10th
	}
	if strings.ContainsAny(text, " \t") {
		text = closeDateSpaces(text)
	}
	if year > 0 && strings.Contains(text, "年") {
		text = shortYears(text, year)
	}
	text = spellListedMonths(text)
	out := parseDeadlines(text)
	if year > 0 {
		// A past event, or a five-year period that ended before the plan's year ("“十三五”期间，全市累计
		// 投入…"): what was done, no work due.
		out = slices.DeleteFunc(out, func(d Deadline) bool {
			return d.Date.Year < year && (pastEventAt(text, d.Quote) || fiveYearExpr.MatchString(d.Quote) || pastFigureAt(text, d.Quote)) ||
				d.Date.Year == year && strings.HasSuffix(d.Quote, "日") && pastEventAt(text, d.Quote) && doneSaid(text, d.Quote)
		})
	}
	if year > 0 && strings.Contains(text, "截") {
		out = append(out, futureCutOffs(text, year, out)...)
	}
	if strings.Contains(text, ".") && strings.Contains(text, "前") {
		out = append(out, dottedYearless(text, year)...)
	}
	if strings.Contains(text, "月") && strings.ContainsAny(text, "至到—-－~～–") {
		out = append(out, yearlessRanges(text, year)...)
		if year > 0 && containsAny(text, nextYearWords) {
			// "11月—次年3月", "今年11月至明年3月": a span into the next year, due by its end.
			for _, m := range intoNextYear.FindAllStringSubmatch(text, -1) {
				if to, _ := strconv.Atoi(m[1]); to >= 1 && to <= 12 {
					out = append(out, Deadline{Quote: m[0], Date: NewDay(year+1, time.Month(to)+1, 0), Kind: KindBy})
				}
			}
		}
	}
	out = slices.DeleteFunc(out, func(d Deadline) bool { return namesSeason(text, d.Quote) })
	have := map[string]bool{}
	for _, d := range out {
		have[d.Quote] = true
	}
	out = append(out, relativeYearWork(text, year, have)...)
	if strings.Contains(text, "月、") || strings.Contains(text, "月和") {
		out = append(out, listedMonths(text, out, have)...)
	}
	// "用三年时间完成…": a span from the plan's year, a goal for its last year.
	if year > 0 && strings.Contains(text, "年") && strings.Contains(text, "时间") {
		for _, ix := range yearsOfTime.FindAllStringSubmatchIndex(text, -1) {
			q, num := text[ix[0]:ix[1]], text[ix[2]:ix[3]]
			n := atoiOrHan(num)
			if n < 1 || n > 10 || have[q] {
				continue
			}
			if strings.HasSuffix(text[:ix[0]], "已") {
				continue // "已用两年时间完成一期": done
			}
			// "从2026年起，力争用三年时间…": counted from the year the sentence starts it; "用三年时间
			// （2026—2028年）": the span says its end.
			from := year
			if m := startYearBefore.FindStringSubmatch(lastSentence(text[:ix[0]])); m != nil {
				switch m[1] {
				case "明":
					from = year + 1
				case "今":
				default:
					from, _ = strconv.Atoi(m[1])
				}
			}
			end := from + n - 1
			if m := yearsAfterSpan.FindStringSubmatch(text[ix[1]:]); m != nil {
				end, _ = strconv.Atoi(m[1])
			}
			have[q] = true
			out = append(out, Deadline{Quote: q, Date: Day{end, time.December, 31}, Kind: KindTarget})
		}
	}
	var campaignStarts map[int]bool
	if strings.Contains(text, "月") && (strings.Contains(text, "为期") || strings.Contains(text, "至") || strings.Contains(text, "到")) {
		var ends []Deadline
		ends, campaignStarts = campaignEnds(text, year, have)
		out = append(out, ends...)
	}
	if year > 0 && (strings.Contains(text, "春季") || strings.Contains(text, "秋季")) {
		ends := seasonEnds(text, year, have)
		// "2025年秋季完成": the year is the season's, no target of its own at the year's end.
		out = slices.DeleteFunc(out, func(d Deadline) bool {
			return slices.ContainsFunc(ends, func(e Deadline) bool {
				y := d.Quote[max(0, strings.IndexAny(d.Quote, "0123456789")):] // "于2025年": its year
				return e.Quote != d.Quote && y != "" && strings.HasPrefix(e.Quote, y) && d.Date.Year == e.Date.Year
			})
		})
		out = append(out, ends...)
	}
	if !containsAny(text, yearlessWords) {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
		return out
	}
	for _, m := range yearlessExpr.FindAllStringSubmatchIndex(text, -1) {
		start := m[2]
		// "3月启动，持续至12月": the month a campaign starts, which its end says when.
		if m[4] >= 0 && campaignStarts[m[4]] {
			continue
		}
		// Part of a phrase with its year ("2024年6月底前", "2023年第三季度"): read already.
		if start > 0 && (isDigitByte(text[start-1]) || strings.HasSuffix(text[:start], "年") && !relativeYearBefore(text[:start])) {
			continue
		}
		// "明年6月底前", "次年1月底前", "明年底": the year after the plan's (or the year named
		// before); "本年度内", "今年底": its own.
		shift, own := relativeYear(text[:start], text[start:m[3]])
		// "每月10日前" repeats, "三年内" and "半年内" are spans, "去年底" another year: none is this
		// plan's deadline.
		firstQuarters := false
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); !own && strings.ContainsRune("每次下上本明去前后个几多两一二三四五六七八九十零〇近半", r) {
			// "力争前三季度完成…80%": the first quarters of the year, so by the end of the last.
			firstQuarters = r == '前' && strings.Contains(text[start:m[3]], "季度") && !strings.HasPrefix(text[start:m[3]], "一") && !strings.HasSuffix(text[:start], "之前") && quarterWork.MatchString(text[m[3]:]) && !strings.Contains(clauseAfter(text[m[3]:]), "同比")
			if !firstQuarters {
				continue
			}
		}
		// "上、下半年各开展一次": each of the periods listed, a duty's schedule (recurringPatterns). Months
		// listed ("6月、11月底前各开展一次") are each a deadline of their own (monthsToDeadline).
		if after := text[m[3]:]; strings.HasPrefix(after, "各") && strings.HasSuffix(text[:start], "、") && m[4] < 0 && !strings.Contains(text[m[2]:m[3]], "季度") && eachDoes(after[len("各"):]) {
			continue
		}
		// "每年二、三季度…": the last of a list of every year's quarters; "每年年初至年底": a span over
		// every year.
		if everyQuarterList.MatchString(text[:start]) || everyYearSpan.MatchString(text[:start]) {
			continue
		}
		// "(5月下旬-8月)": the start of a span, which its end says when; "自下半年起": when work starts.
		if startsRange(text[m[3]:]) || startsFrom(text[m[3]:]) && !strings.HasSuffix(text[m[2]:m[3]], "前") {
			continue
		}
		// "贷款余额较6月末有所上升": the day a figure is compared with, not a deadline.
		if before := text[:start]; strings.HasSuffix(before, "较") || strings.HasSuffix(before, "比") && !strings.HasSuffix(before, "评比") && !strings.HasSuffix(before, "对比") {
			continue
		}
		// "报送上半年工作进展情况", "全年工作总结": the period a report covers, not when it is due.
		if reportedPeriod.MatchString(text[m[3]:]) && !strings.HasSuffix(text[m[2]:m[3]], "前") && !strings.Contains(text[m[2]:m[3]], "月") {
			continue
		}
		// "上半年调度会于7月上旬召开", "一季度推进会定于4月10日前召开": the period names which meeting
		// (or report), and the date after it says when that is due.
		if periodNamesItsDate.MatchString(text[m[3]:]) && !strings.HasSuffix(text[m[2]:m[3]], "前") && !strings.Contains(text[m[2]:m[3]], "月") {
			continue
		}
		// "《第3季度安全生产统计报表》": a document's name.
		if inTitle(text[:start]) {
			continue
		}
		// "一季度一通报": once a quarter, a recurring duty, not the first quarter.
		if onceEvery.MatchString(text[m[3]:]) {
			continue
		}
		// "每年7月底前…，12月20日前开展年度考核": every year's, a recurring duty (yearlyFollowers).
		// "每年改造…不少于100个，年底前完成年度改造任务": every year's end, a recurring duty (everyYearEnds).
		if strings.HasPrefix(text[start:], "年") && closesEveryYear(text[:start], text[start:]) > 0 {
			continue
		}
		if afterEvery(text[:start]) && !thisYearSaid(text[:start]) && lastYearIndex(lastSentence(text[:start])[strings.LastIndex(lastSentence(text[:start]), "每年"):]) < 0 {
			continue // "(2024年为4月底)" after it names its own year: a deadline of that year
		}
		y := lastYearBefore(text[:start])
		if y == 0 && shift == 0 && !own {
			// "明年一季度完成初稿，上半年正式出台": a later phrase of the clause that named next year
			// is in it too.
			shift = carriedNextYear(text[:start])
		}
		if y == 0 || year > 0 && (pastYearBefore(text[:start]) || goalYearBefore(text[:start]) || y > year+1 && yearBeforeSentence(text[:start]) ||
			y < year && objectYearBefore(text[:start]) || y != year && citedYearBefore(text[:start])) {
			// "落实2030年…目标要求。请各区于5月底前启动…": a horizon named sentences before is not the
			// year of a step the plan asks for now; nor is the year of a document cited ("按照《南通港总体规划
			// （2021—2035年）》要求，9月底前…").
			y = year
		}
		if m[4] >= 0 {
			// "攻坚（2026年10月至2027年3月）。各区要在10月15日前…": a month after the span's end
			// month is in the year it starts.
			mon, _ := strconv.Atoi(text[m[4]:m[5]])
			if sy, ok := crossYearStart(text[:start], y, mon); ok {
				y = sy
			}
		}
		if y == 0 {
			continue
		}
		y += shift
		quote := text[m[2]:m[3]]
		if firstQuarters {
			quote = "前" + quote
		}
		if shift != 0 {
			// "今年6月底前…，明年6月底前…": the same words, another year; the quote says which.
			for _, w := range nextYearNames {
				if strings.HasSuffix(text[:start], w) {
					quote = w + quote
					break
				}
				if strings.HasSuffix(text[:start], w[:len(w)-len("年")]) {
					quote = w[:len(w)-len("年")] + quote // 明 + 年底前
					break
				}
			}
		}
		kind := KindBy
		if b := strings.TrimRight(text[:start], " \t"); strings.HasSuffix(b, "截至") || strings.HasSuffix(b, "截止到") || strings.HasSuffix(b, "截止") {
			// "截至7月底，全市…已开工49个": a count of what is done; "截至年底，累计建成…以上": a count
			// to reach by then.
			// "截至9月底前，完成…" is a deadline as any phrase with 前 is, and so is one the work opens
			// after ("截止11月底，全面完成…任务"); "截至9月底，全县…任务基本完成" reports, in words or figures.
			keep, k := cutOffReading(quote, text[m[3]:])
			if !keep {
				continue
			}
			kind = k
		}
		if d, ok := yearlessDay(text, m, y); ok && !have[quote] {
			have[quote] = true
			out = append(out, Deadline{Quote: quote, Date: d, Kind: kind})
		}
	}
	if year > 0 && strings.Contains(text, "、") {
		out = append(out, bareListedMonths(text, year, have)...)
	}
	out = append(out, lostMonthDeadlines(text, year, have)...)
	out = append(out, festivalDeadlines(text, year, have)...)
	if !slices.ContainsFunc(out, func(d Deadline) bool { return d.Date == (Day{year, time.December, 31}) }) {
		out = append(out, yearRoundTargets(text, year, have)...) // unless the year's end is said already
	}
	if strings.Contains(text, "次月") || strings.Contains(text, "下月") || strings.Contains(text, "下个月") {
		out = append(out, nextMonthDeadlines(text, year, have)...)
	}
	if strings.Contains(text, "季度") {
		out = append(out, listedQuarters(text, year, have)...)
	}
	// "5年内": a span from the plan's year, ending with its last year.
	if year > 0 && strings.Contains(text, "年内") {
		for _, m := range spanExpr.FindAllStringSubmatchIndex(text, -1) {
			if m[0] > 0 && isDigitByte(text[m[0]-1]) {
				continue
			}
			if statusSince.MatchString(lastRunes(text[:m[0]], 3)) {
				continue // "离校2年内未就业的高校毕业生": who qualifies, not a span of the work
			}
			n := atoiOrHan(text[m[2]:m[3]])
			quote := text[m[0]:m[1]]
			if n < 1 || n > 30 || have[quote] {
				continue
			}
			have[quote] = true
			out = append(out, Deadline{Quote: quote, Date: Day{year + n - 1, time.December, 31}, Kind: KindTarget})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}

// campaignSpan is a campaign dated by its start and its length or its end: "自4月1日起，开展为期100天
// 的…", "从5月1日起…为期3个月", "自6月份开始…为期半年", "3月启动，持续至12月". Groups: the start's year,
// month and day; the length's number and unit; or the last month.
var campaignSpan = mustCompile(`(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月份?(?:\s*(\d{1,2})\s*[日号])?\s*(?:起|开始|启动)[^。；;]{0,24}?(?:为期\s*(\d{1,3}|[一二两三四五六七八九十半]{1,3})\s*个?\s*(天|日|周|星期|月|年)|(?:持续|延续|一直)?[至到]\s*(\d{1,2})\s*月(?:份|底|末)?(?:[^\d份底末]|$))`)

// campaignEnds reads each campaign dated by its start and its length or end (campaignSpan) as due on
// its last day: 100 days from April 1 is July 9, three months from May 1 end on July 31, half a year
// from June on November 30. starts holds where each start's month stands in text: that month opens
// the work, it is no deadline.
func campaignEnds(text string, year int, have map[string]bool) (out []Deadline, starts map[int]bool) {
	for _, ix := range campaignSpan.FindAllStringSubmatchIndex(text, -1) {
		g := func(i int) string {
			if ix[2*i] < 0 {
				return ""
			}
			return text[ix[2*i]:ix[2*i+1]]
		}
		if ix[0] > 0 && isDigitByte(text[ix[0]-1]) {
			continue
		}
		y, _ := strconv.Atoi(g(1))
		if y == 0 {
			if y = lastYearBefore(text[:ix[0]]); y == 0 {
				y = year
			}
		}
		mon, _ := strconv.Atoi(g(2))
		day := 1
		if g(3) != "" {
			day, _ = strconv.Atoi(g(3))
		}
		if y == 0 || mon < 1 || mon > 12 || day < 1 || day > 31 {
			continue
		}
		var end Day
		switch n, unit := g(4), g(5); {
		case g(6) != "":
			last, _ := strconv.Atoi(g(6))
			if last < 1 || last > 12 {
				continue
			}
			ey := y
			if last < mon {
				ey++ // "10月启动，持续至次年3月" without 次年: the next year's month
			}
			end = NewDay(ey, time.Month(last)+1, 0)
		case n == "半" && unit == "年":
			end = NewDay(y, time.Month(mon)+6, day-1)
		default:
			k := atoiOrHan(n)
			if k < 1 {
				continue
			}
			switch unit {
			case "天", "日":
				end = NewDay(y, time.Month(mon), day+k-1)
			case "周", "星期":
				end = NewDay(y, time.Month(mon), day+7*k-1)
			case "月":
				end = NewDay(y, time.Month(mon)+time.Month(k), day-1)
			case "年":
				end = NewDay(y, time.Month(mon)+time.Month(12*k), day-1)
			}
		}
		q := strings.TrimSpace(text[ix[0]:ix[1]])
		if starts == nil {
			starts = map[int]bool{}
		}
		starts[ix[4]] = true
		if !have[q] {
			have[q] = true
			out = append(out, Deadline{Quote: q, Date: end, Kind: KindBy})
		}
	}
	return out, starts
}

// cutOffYear is a day a count is taken at, with its year: "截至2025年底", "截止到2025年6月".
var cutOffYear = mustCompile(`(?:截至|截止到|截止)\s*((?:19|20)\d{2})`)

// futureCutOffs reads a count taken at a day of a year after the plan's ("截至2025年底，累计完成改造40个"
// in a plan of 2024) as a target to reach by that day: a plan cannot report what is not done yet. A
// count of the plan's own year or before reports (cutOffReading), and one said done (已) is no target.
func futureCutOffs(text string, year int, out []Deadline) []Deadline {
	return cutOffTargets(text, year+1, year+10, out)
}

// CutOffTargetsOfYear is futureCutOffs for a count taken in the plan's own year (year), for a
// task's words: a task that gives units work says what they are to reach ("1.推进安责险覆盖。截至
// 2025年6月底，高危行业安责险覆盖率达到100%"), where a plan's background reports. A count said done
// (已, 共有) is still none, and so is any in a task that reports its progress ("此项工作已完成。截至
// 2019年12月底，全市完成…").
func CutOffTargetsOfYear(text string, year int, out []Deadline) []Deadline {
	if year <= 0 || !strings.Contains(text, "截") || strings.Contains(text, "已") {
		return nil
	}
	return cutOffTargets(foldWidth(text), year, year, out)
}

// cutOffTargets reads each count taken at a day of a year from from to to ("截至2025年底，累计完成改造
// 40个") as a target to reach by that day, unless it is said done or is no count (cutOffReading reads
// those).
func cutOffTargets(text string, from, to int, out []Deadline) []Deadline {
	var more []Deadline
	for _, ix := range cutOffYear.FindAllStringSubmatchIndex(text, -1) {
		y, _ := strconv.Atoi(text[ix[2]:ix[3]])
		if y < from || y > to {
			continue
		}
		m := dateTail.FindStringSubmatchIndex(text[ix[3]:min(len(text), ix[3]+48)])
		if m == nil || m[2] < 0 {
			continue // "截至2025" with no 年: a number
		}
		group := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return text[ix[3]+m[2*i] : ix[3]+m[2*i+1]]
		}
		ph := datePhrase{yearMark: group(1), period: group(2), month: group(3), day: group(4), monthPart: group(5), suffix: group(6)}
		after := text[ix[3]+m[1]:]
		if statedCount(after) || !reportedCount(ph.suffix+ph.period, after) {
			continue // done, or no count: cutOffReading has read it
		}
		d, ok := ph.dayIn(y)
		if !ok || slices.ContainsFunc(out, func(o Deadline) bool { return o.Date == d }) {
			continue
		}
		more = append(more, Deadline{Quote: strings.TrimSpace(text[ix[0] : ix[3]+m[1]]), Date: d, Kind: KindTarget})
	}
	return more
}

// statusSince is a change of status a span of years counts from, right before it: 离校, 毕业, 退役,
// 出生, 设立 …: "离校2年内" says who qualifies.
var statusSince = mustCompile(`(?:离校|毕业|退役|退休|出生|设立|成立|注册|登记|取得|获得|入职|到岗|落户|返乡|脱贫|认定)(?:后)?$`)

// monthList matches a month with its year followed by more months of that year ("2025年6月、12月",
// "2025年3月、6月、9月、12月底前"): each month listed is a date of that year.
var monthList = mustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:底|末|份)?((?:\s*[、和及]\s*\d{1,2}\s*月(?:底|末|份)?)+)`)

// yearMonthList is a list of months after the year they are of (a year's number, or 每年 for every
// year's), some of them written without their 月 as plans write "3、6、9月": "2025年6、12月底前",
// "2025年3月、6、9月", "每年6、12月". Group 1 is the year, group 2 the list.
var yearMonthList = mustCompile(`((?:19|20)\d{2}\s*年度?|每\s*年度?)\s*(\d{1,2}(?:\s*月份?(?:底|末)?)?(?:\s*[、和及与]\s*\d{1,2}(?:\s*月份?(?:底|末)?)?)*\s*[、和及与]\s*\d{1,2}\s*月)`)

// listedMonthNumber is a month's number in such a list, with its 月 when it has one.
var listedMonthNumber = mustCompile(`\d{1,2}(?:\s*月)?`)

// spellListedMonths writes each month of a list after its year with its 月 ("2025年6、12月底前" →
// "2025年6月、12月底前", "每年6、12月" → "每年6月、12月"), so that the list is read as one with each 月
// written is (listedMonths, the yearly months of recurringPatterns): each month listed is a date of
// that year, not the bare year a goal is set for. The months must follow one another in the year;
// a list that does not ("2025年12、3月") is left as it is, and so is a year with a digit before it
// (no year). A day closing the list is each bare month's day: "2025年3、9月15日前" is 3月15日 and
// 9月15日, not the end of March (dayAfterMonth).
func spellListedMonths(text string) string {
	if !strings.Contains(text, "年") || !strings.ContainsAny(text, "、和及与") {
		return text
	}
	var b strings.Builder
	last := 0
	for _, sm := range yearMonthList.FindAllStringSubmatchIndex(text, -1) {
		if sm[0] > 0 && isDigitByte(text[sm[0]-1]) {
			continue
		}
		list := text[sm[4]:sm[5]]
		day := strings.TrimSpace(dayAfterMonth.FindString(text[sm[1]:]))
		items := listedMonthNumber.FindAllString(list, -1)
		bare, prev := false, 0
		ok := true
		for k, n := range items {
			mo, _ := strconv.Atoi(strings.TrimRight(strings.TrimSuffix(n, "月"), " \t"))
			if mo <= prev || mo > 12 {
				ok = false
				break
			}
			prev = mo
			bare = bare || !strings.HasSuffix(n, "月")
			if day != "" && k < len(items)-1 && strings.HasSuffix(n, "月") {
				ok = false // "2025年6月、12月15日前": a month written whole is its own (listedMonths)
				break
			}
		}
		if !ok || !bare {
			continue
		}
		b.WriteString(text[last:sm[4]])
		b.WriteString(listedMonthNumber.ReplaceAllStringFunc(list, func(n string) string {
			if strings.HasSuffix(n, "月") {
				return n
			}
			return n + "月" + day
		}))
		last = sm[5]
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// dayAfterMonth: a day follows the month a list ends on ("…12月15日前").
var dayAfterMonth = mustCompile(`^\s*\d{1,2}\s*[日号]`)

var monthListItem = mustCompile(`(\d{1,2})\s*月(?:底|末|份)?`)

// listedMonths gives the months listed after a month the text dates with its year, each with that
// date's kind, where the first was read as a deadline (found already in out).
func listedMonths(text string, out []Deadline, have map[string]bool) []Deadline {
	var more []Deadline
	for _, m := range monthList.FindAllStringSubmatchIndex(text, -1) {
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		first, _ := strconv.Atoi(text[m[4]:m[5]])
		i := slices.IndexFunc(out, func(d Deadline) bool {
			return d.Date.Year == y && int(d.Date.Month) == first && strings.Contains(d.Quote, text[m[4]:m[5]]+"月")
		})
		if i < 0 {
			continue
		}
		if cohortAfter.MatchString(text[m[7]:]) || dayAfterMonth.MatchString(text[m[7]:]) {
			continue // "2024年3月、5月发生的问题": a cohort; "2025年6月、12月15日前": the last is a day
		}
		prev := first
		for _, ix := range monthListItem.FindAllStringSubmatchIndex(text[m[6]:m[7]], -1) {
			it := text[m[6]+ix[0] : m[6]+ix[1]]
			mo, _ := strconv.Atoi(text[m[6]+ix[2] : m[6]+ix[3]])
			if mo <= prev || mo > 12 {
				break // not a list of later months of one year
			}
			prev = mo
			if m[6]+ix[1] == m[7] && beforeSoon.MatchString(text[m[7]:]) {
				break // "…、12月底前": a yearless deadline, read as one
			}
			day := NewDay(y, time.Month(mo)+1, 0)
			if have[it] || slices.ContainsFunc(out, func(d Deadline) bool { return d.Date == day }) || slices.ContainsFunc(more, func(d Deadline) bool { return d.Date == day }) {
				continue
			}
			more = append(more, Deadline{Quote: it, Date: day, Kind: out[i].Kind})
		}
	}
	return more
}

// afterIssue is a time counted from the plan's issue: "自本方案印发之日起1个月内", "方案印发后30日内",
// "本方案印发后15个工作日内", "本方案印发后半年内". Plans say the issue with other verbs too (下发, 出台,
// 发布, 颁布: "本通知下发后10日内", "本方案出台后3个月内"). This plan's issue is 本/该 or a bare 方案,
// 通知… opening its clause; another document's ("省级实施方案印发后", "《…办法》印发后", "各区实施方案印
// 发后") has words of its own before it and does not match.
var afterIssue = mustCompile(`(^|[自从在于，,。；;：:、\s]|本|该)((?:(?:实施|工作|行动|专项|整治|三年)?(?:方案|意见|计划)|《[^》]{1,30}》|通知|办法|措施|细则|文件)?)(?:印发|下发|出台|发布|颁布)(?:之日起|之日后|后)\s*(?:(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(个月|月|个工作日|工作日|日|天|周|个星期|星期)|(半年|半个月))(?:内|以内|之内)`)

// issueVerbs are the verbs afterIssue reads as the plan's issue.
var issueVerbs = []string{"印发", "下发", "出台", "发布", "颁布"}

// AfterIssue gives the deadlines text counts from the plan's issue day: N months on is the same day
// of the month N later, or that month's last day when it has none (Civil Code arts. 201–202); N days
// on is the day N later; N working days are counted on the weekdays after it (the plan knows no
// holiday calendar: a holiday in them puts the real day a little later). Half a year is 6 months, half
// a month 15 days. "本月底前" and "本季度内" are due at the end of the month (quarter) of the issue day,
// "本周五前" on that week's Friday (currentPeriodEnds).
// None when the issue day is unknown.
func AfterIssue(text string, issued Day) []Deadline {
	if issued.IsZero() {
		return nil
	}
	out := currentPeriodEnds(text, issued)
	if !slices.ContainsFunc(issueVerbs, func(v string) bool { return strings.Contains(text, v) }) {
		return out
	}
	for _, ix := range afterIssue.FindAllStringSubmatchIndex(text, -1) {
		sub := func(k int) string {
			if ix[2*k] < 0 {
				return ""
			}
			return text[ix[2*k]:ix[2*k+1]]
		}
		num, unit := sub(3), sub(4)
		switch sub(5) {
		case "半年":
			num, unit = "6", "个月"
		case "半个月":
			num, unit = "15", "日"
		}
		n := chineseNum(strings.ReplaceAll(num, "两", "二"))
		if v, err := strconv.Atoi(num); err == nil {
			n = v
		}
		if n < 1 {
			continue
		}
		var d Day
		switch unit {
		case "日", "天":
			d = NewDay(issued.Year, issued.Month, issued.Day+n)
		case "周", "个星期", "星期":
			d = NewDay(issued.Year, issued.Month, issued.Day+7*n)
		case "个工作日", "工作日":
			d = issued
			for k := 0; k < n; {
				d = NewDay(d.Year, d.Month, d.Day+1)
				if wd := d.Time(0, 0).Weekday(); wd != time.Saturday && wd != time.Sunday {
					k++
				}
			}
		default:
			d = NewDay(issued.Year, issued.Month+time.Month(n), issued.Day)
			if last := NewDay(issued.Year, issued.Month+time.Month(n)+1, 0); d.Month != last.Month {
				d = last // no such day in that month: its last
			}
		}
		// The quote is the plan's words: 本 or 该 with them, not the punctuation or space before.
		start := ix[0]
		if g := sub(1); g != "本" && g != "该" {
			start = ix[3]
		}
		out = append(out, Deadline{Quote: text[start:ix[1]], Date: d, Kind: KindBy})
	}
	return out
}

// currentPeriod is the month, quarter or week a plan is issued in, named as the time it is due by:
// "本月底前", "本月内", "本季度末前", "本周五前" (that week's Friday), "本周内" (its Sunday), and a month's end
// that opens a clause with no month named ("，月底前报送区政府": the month of issue, as 本月底前). Not
// "本月工作情况", the period a report covers; not 当月, a month some event falls in ("发现问题当月内整改").
var currentPeriod = mustCompile(`本(月|季度)(?:底|末|内|以内)(?:前|之前|以前)?|本周(?:([一二三四五六日天])(?:前|之前|以前)|内|以内)|(?:^|[，,。；;：:\s]|于|在)(月(?:底|末)(?:前|之前|以前))`)

// monthOrEvery, in the sentence before a bare 月底前, gives it another month than the one of issue: a
// month named ("11月中旬启动，月底前完成"), or every month's (每月, 月报, 次月).
var monthOrEvery = mustCompile(`\d\s*月|[一二三四五六七八九十]月|每|月报|次月|下月|上月|当月`)

// currentPeriodEnds gives the deadlines of currentPeriod phrases: the last day of the month or the
// quarter the plan was issued in, or the day of its week.
func currentPeriodEnds(text string, issued Day) []Deadline {
	if !strings.Contains(text, "月") && !strings.Contains(text, "季度") && !strings.Contains(text, "本周") {
		return nil
	}
	var out []Deadline
	for _, ix := range currentPeriod.FindAllStringSubmatchIndex(text, -1) {
		end := NewDay(issued.Year, issued.Month+1, 0)
		quote := text[ix[0]:ix[1]]
		switch {
		case ix[2] >= 0 && text[ix[2]:ix[3]] == "季度":
			end = NewDay(issued.Year, (issued.Month-1)/3*3+4, 0)
		case ix[6] >= 0:
			if monthOrEvery.MatchString(lastSentence(text[:ix[6]])) {
				continue
			}
			quote = text[ix[6]:ix[7]]
		case strings.HasPrefix(quote, "本周"):
			// The week runs Monday to Sunday; a day of it passed at issue is no deadline.
			want := 7
			if ix[4] >= 0 {
				if want = strings.Index("一二三四五六日天", text[ix[4]:ix[5]])/len("一") + 1; want == 8 {
					want = 7
				}
			}
			wd := int(issued.Time(0, 0).Weekday())
			if wd == 0 {
				wd = 7
			}
			if want < wd {
				continue
			}
			end = NewDay(issued.Year, issued.Month, issued.Day+want-wd)
		}
		out = append(out, Deadline{Quote: quote, Date: end, Kind: KindBy})
	}
	return out
}

// crossYear is a span of months from one year into the next: "2026年10月至2027年3月".
var crossYear = mustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*[日号])?\s*(?:至|到|—|－|-|~|～|–)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月`)

// crossYearStart: when the last year before a yearless month is the end of a span of less than a
// year into the next (2026年10月至2027年3月) and the month falls from the span's start month on, the
// month is in the span's first year. A longer span's months after its end month are in both years: a
// step written after it ("…，9月底前完成总结") is after it.
func crossYearStart(before string, y, month int) (int, bool) {
	if !strings.Contains(before, "至") && !strings.ContainsAny(before, "—－-~～–到") {
		return 0, false
	}
	ms := crossYear.FindAllStringSubmatchIndex(before, -1)
	if len(ms) == 0 {
		return 0, false
	}
	last := ms[len(ms)-1]
	if lastYearIndex(before) != last[6] { // the span's end is the last year written before
		return 0, false
	}
	sy, _ := strconv.Atoi(before[last[2]:last[3]])
	sm, _ := strconv.Atoi(before[last[4]:last[5]])
	ey, _ := strconv.Atoi(before[last[6]:last[7]])
	em, _ := strconv.Atoi(before[last[8]:last[9]])
	if ey != sy+1 || ey != y || em >= sm || month <= em || month < sm {
		return 0, false
	}
	return sy, true
}

// partOfPeriod gives a rule that names no day the part of its period the words after it name: 每年一季度
// is by March 31, 每年上半年 by June 30, 每年汛前 by May 31, 每年开学前 (每年9月开学前) by August 31, 每月初 by the 5th,
// 每月上旬 by the 10th, 每季度首月 by the first month's end, 每季度上旬 by its 10th, 每学期开学前 by the end of
// February and of August. Otherwise the rule is due at its period's end (Rule.Next).
func partOfPeriod(r Rule, after string) Rule {
	after = strings.TrimLeft(after, " \t")
	after = strings.TrimLeft(dutyModal.ReplaceAllString(after, ""), " ")
	bare := r.MonthDay == 0 && r.Months == 0
	switch f, n := r.Every(); {
	case f == Yearly && n == 1 && r.Month > time.January && r.MonthDay == NewDay(2001, r.Month+1, 0).Day && termOpensIn.MatchString(after):
		// "每年9月开学前": before the month the term opens in, by the end of the one before.
		return Rule{Freq: Yearly, Month: r.Month - 1, MonthDay: NewDay(2001, r.Month, 0).Day}
	case !bare || r.Freq == "":
	case f == Yearly && r.Month == 0 && n == 1:
		if d := startDays(after); d > 0 {
			return Rule{Freq: Yearly, Month: time.January, MonthDay: d} // 每年第一个工作日, 每年第一周
		}
		if m := partOfYear.FindStringSubmatch(after); m != nil {
			mon := time.Month(0)
			switch {
			case m[1] != "":
				mon = time.Month(3 * quarterNum(m[1]))
			case m[2] == "上半年", m[2] == "年中":
				mon = time.June
			case m[2] == "下半年":
				mon = time.December
			case m[2] == "年初":
				mon = time.January
			case strings.Contains(m[2], "汛"):
				mon = time.May
			default: // 开学前
				mon = time.August
			}
			return Rule{Freq: Yearly, Month: mon, MonthDay: NewDay(2001, mon+1, 0).Day}
		}
	case f == Monthly && n == 1:
		if d := startDays(after); d > 0 {
			return Rule{Freq: Monthly, MonthDay: d} // 每月第一个工作日, 每月第一周, 每月前5个工作日内
		}
		if m := partInMonth.FindStringSubmatch(after); m != nil {
			if strings.HasPrefix(m[1], "初") {
				m[1] = "月初"
			}
			return Rule{Freq: Monthly, MonthDay: map[string]int{"月初": 5, "上旬": 10, "中旬": 20, "下旬": 31, "月底": 31, "月末": 31}[m[1]]}
		}
	case f == Monthly && n == 3:
		if d := startDays(after); d > 0 {
			return Rule{Freq: Monthly, Months: 1 | 1<<3 | 1<<6 | 1<<9, MonthDay: d} // 每季度第一周, its first month's
		}
		if m := partOfQuarter.FindStringSubmatch(after); m != nil {
			switch m[1] {
			case "首月", "第一个月":
				return Rule{Freq: Monthly, Months: 1 | 1<<3 | 1<<6 | 1<<9, MonthDay: 31}
			case "第二个月", "第2个月":
				// 每季度第二个月: February, May, August, November, by the month's end.
				return Rule{Freq: Monthly, Months: 1<<1 | 1<<4 | 1<<7 | 1<<10, MonthDay: 31}
			case "第三个月", "第3个月":
				return Rule{Freq: Monthly, Months: QuarterEnds, MonthDay: 31}
			}
			return Rule{Freq: Monthly, Months: 1 | 1<<3 | 1<<6 | 1<<9, MonthDay: 10} // 上旬, 前10日, 季度初
		}
	case f == Monthly && n == 6:
		if strings.HasPrefix(after, "开学前") {
			return Rule{Freq: Monthly, Months: 1<<1 | 1<<7, MonthDay: 31} // a term opens in March and September
		}
	}
	return r
}

var (
	dutyModal     = mustCompile(`^(?:` + dutyModals + `)+`)
	partOfYear    = mustCompile(`^(?:第?([一二三四1-4])季度|(上半年|下半年|年初|年中|汛期前|汛前|入汛前|(?:秋季)?开学前))`)
	partInMonth   = mustCompile(`^(月初|初[^步次期始]|上旬|中旬|下旬|月底|月末)`)
	partOfQuarter = mustCompile(`^(首月|第一个月|第二个月|第2个月|第三个月|第3个月|上旬|前10日|前十日|前10天|初[^步次期始])`)
	// startOfPeriod is the start of a period a duty is kept at: its first working day, its first
	// week, its first N working days (每月前5个工作日内).
	startOfPeriod = mustCompile(`^(?:的)?(?:(第一个工作日|首个工作日)|(第一周|首周)|前\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*个工作日)`)
)

// startDays is the day of the period's first month by which a duty kept at its start is done, for the
// words after its period ("第一个工作日报送", "第一周", "前5个工作日内"): the 3rd for the first working
// day (a weekend may come first), the 7th for the first week, and for the first N working days N
// and the weekends among them. 0 when the words name no start.
func startDays(after string) int {
	m := startOfPeriod.FindStringSubmatch(after)
	switch {
	case m == nil:
		return 0
	case m[1] != "":
		return 3
	case m[2] != "":
		return 7
	}
	n := atoiOrHan(m[3])
	if n <= 0 || n > 20 {
		return 0
	}
	return n + 2*((n+4)/5)
}

// dutyModals are the words that may stand between a period and its duty: how much (至少) or a modal.
const dutyModals = `至少|均|都|要|须|应`

// noDuty is what a recurring pattern gives words that look like a duty's period and are none.
var noDuty = Rule{Freq: "none"}

// everyYearSpan ends the words before the end of a span over every year: 每年年初至.
var everyYearSpan = mustCompile(`每年\s*年?初\s*(?:至|到|—|－|-)\s*年?$`)

// everyBefore ends the words right before a list of quarters that makes them every year's: 每年, 每个年度.
var everyBefore = mustCompile(`每(?:个)?年度?(?:的)?$`)

// everyQuarterList ends the words before the last quarter of a list of every year's: 每年二、.
var everyQuarterList = mustCompile(`每(?:年|个)?(?:第?[一二三四1-4][、和])+$`)

// eachDoes reports whether what follows 各 makes it "each" of the periods before it (上、下半年各督查一次,
// 各1次), not a group of units (各单位, 各牵头单位, 各有关部门, 各企业, 各乡镇).
func eachDoes(after string) bool {
	return !groupAfterEach.MatchString(after)
}

// groupAfterEach opens a group of units after 各.
var groupAfterEach = mustCompile(`^(?:单位|部门|牵头|责任|成员|有关|相关|地|乡|镇|街道|县|区|市|村|社区|企业|学校|医院|科室|处室|级|类|行业|专班|小组|片区|园区)`)

// quarterList is quarters listed before one 季度: "第一、二季度分别完成…", "一、三季度". The last
// is read as any quarter is; the ones before it are what this adds.
var quarterList = mustCompile(`第?([一二三四1-4])(?:[、和及与]第?[一二三四1-4])*[、和及与]第?[一二三四1-4]季度`)

// quarterNum is a quarter's number written in a digit or a Chinese numeral (3, 三); 0 when it is none.
func quarterNum(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		n = chineseNum(s)
	}
	if n < 1 || n > 4 {
		return 0
	}
	return n
}

// consecutiveQuarters: a list of quarters that follow one another (三、四季度).
func consecutiveQuarters(list string) bool {
	var ns []int
	for _, r := range list {
		if n := quarterNum(string(r)); n > 0 {
			ns = append(ns, n)
		}
	}
	for i := 1; i < len(ns); i++ {
		if ns[i] != ns[i-1]+1 {
			return false
		}
	}
	return true
}

// listedQuarters are the deadlines of the quarters a list names before its last: each quarter's
// end, in the year named before the list or the plan's.
func listedQuarters(text string, year int, have map[string]bool) []Deadline {
	var out []Deadline
	for _, m := range quarterList.FindAllStringIndex(text, -1) {
		before := text[:m[0]]
		if r, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune("每个", r) || inTitle(before) || everyBefore.MatchString(before) {
			continue // 每年二、三季度: a season of every year
		}
		// "三、四季度集中开展": one window, due at its end (as the last quarter reads); "第一、二季度分别
		// 完成…", "一、三季度": each quarter its own.
		if after := text[m[1]:]; !strings.HasPrefix(after, "分别") && !strings.HasPrefix(after, "各") && consecutiveQuarters(text[m[0]:m[1]]) {
			continue
		}
		y := lastYearBefore(before)
		if y == 0 || year > 0 && pastYearBefore(before) {
			y = year
		}
		quote := text[m[0]:m[1]]
		if y == 0 || have[quote] {
			continue
		}
		have[quote] = true
		list := strings.TrimSuffix(strings.TrimPrefix(quote, "第"), "季度")
		qs := strings.FieldsFunc(list, func(r rune) bool { return strings.ContainsRune("、和及与第", r) })
		for _, q := range qs[:len(qs)-1] {
			if n := quarterNum(q); n > 0 {
				out = append(out, Deadline{Quote: quote, Date: NewDay(y, time.Month(3*n)+1, 0), Kind: KindBy})
			}
		}
	}
	return out
}

// namesSeason reports whether a span of days or months defines a natural season rather than giving
// work a deadline: "当年11月至次年3月为集中供暖期", "汛期（6月1日至9月30日）实行24小时值班". A phase
// of the work (集中整治期（…）, …为集中攻坚期, 为期三个月) keeps its date.
func namesSeason(text, quote string) bool {
	if !strings.ContainsAny(quote, "至到—-－~～–") {
		return false
	}
	for at := 0; ; {
		i := strings.Index(text[at:], quote)
		if i < 0 {
			return false
		}
		i += at
		before := text[:i]
		if q, ok := cutAnyPrefix(quote, "（", "("); ok && strings.ContainsAny(q[:1], "0123456789") {
			before += quote[:len(quote)-len(q)] // "汛期（6月1日至9月30日）": the quote holds the bracket
		}
		if seasonAfter.MatchString(text[i+len(quote):]) || seasonBefore.MatchString(before) {
			return true
		}
		at = i + len(quote)
	}
}

// seasonNames are the seasons a plan defines by their dates, through which a duty is kept: natural
// ones, and a school holiday said as a time "during" it (暑假期间（7月1日至8月31日），…巡查). Work set
// for the holiday itself (利用暑期（7月至8月）开展维修) is to be done by its end.
const seasonNames = `(?:主汛期|汛期|供暖期|采暖期|供热期|枯水期|丰水期|防火期|森林防火期|禁渔期|休渔期|雨季|旱季|高温期间|高温季节|暑假期间|寒假期间)`

// seasonAfter is what a span that names a season is followed by: 为集中供暖期, 为汛期.
var seasonAfter = mustCompile(`^\s*(?:为|是)\p{Han}{0,4}?` + seasonNames)

// seasonBefore is a season's name right before the bracket its span stands in: 汛期（.
var seasonBefore = mustCompile(seasonNames + `[（(]$`)

// intoNextYear is a span of months that runs into the next year: "11月—次年3月".
var intoNextYear = mustCompile(`(?:今年|本年)?\d{1,2}\s*月(?:份)?\s*(?:至|到|—|-|－|~|～|–)\s*(?:` + strings.Join(nextYearNames, "|") + `)\s*(\d{1,2})\s*月(?:底|末|份)?`)

// nextYearNames name the year after the plan's, nextYearWords finds them, and laterYearNames are
// all the names relativeYear reads (下一年度 …).
var (
	nextYearNames  = []string{"次年", "明年", "翌年", "来年"}
	nextYearWords  = newWordSet(nextYearNames...)
	laterYearNames = append(slices.Clone(nextYearNames), "下一年度", "下一年", "下年度", "次年度")
)

// timeCell is a time column's whole cell naming a month or the year alone: "3月", "12月份", "全年".
var timeCell = mustCompile(`^(次年|明年)?(?:(\d{1,2})\s*月(?:份|底|末|\s*(\d{1,2})\s*[日号])?|全年|年内)$`)

// yearScopeCell is a year's scope alone ("2025年度"), as a time column writes it: due by its end.
var yearScopeCell = mustCompile(`^((?:19|20)\d{2})\s*年度$`)

// firstQuartersCell is the first quarters of the year alone, as a time column writes them: 前三季度.
var firstQuartersCell = mustCompile(`^前([二三2-3])(?:个)?季度(?:末|底)?$`)

// floodCell is the flood season's start alone, as a time column writes it: 汛期前, 汛前, 入汛前; or
// the next year's, 次年汛期前.
var floodCell = mustCompile(`^(` + strings.Join(nextYearNames, "|") + `)?(?:汛期前|汛前|入汛前)(?:完成)?$`)

// bareYearCell is a year alone ("2025年", "2025"), as a time column writes it.
var bareYearCell = mustCompile(`^(?:19|20)\d{2}\s*年?$`)

// CellDeadlines reads a time column's cell (完成时限): what ParseDeadlinesIn reads, or, when the cell
// is a month or 全年 alone (no deadline in running text, where "3月" dates what happened), the last
// day of that month or of the plan's year.
// dashedDateCell is a cell that is a date written with dashes and nothing else: 2025-12-31, 2025-9-30.
var dashedDateCell = mustCompile(`^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$`)

// dashedMonthCell is a cell that is a year and month with a dash or slash: 2025-10, 2025/9.
// dottedDayCell is a cell that is a month and day with a dot: 9.30, 11.30.
var (
	dashedMonthCell = mustCompile(`^((?:19|20)\d{2})\s*[-/－]\s*(\d{1,2})$`)
	dottedDayCell   = mustCompile(`^(\d{1,2})[.．](\d{1,2})$`)
)

func CellDeadlines(cell string, year int) []Deadline {
	cell = strings.TrimSpace(strings.Trim(foldWidth(cell), "。；;，, "))
	if m := dashedDateCell.FindStringSubmatch(cell); m != nil {
		// "2025-12-31" alone in a time column (a table exported from a spreadsheet): that day. In
		// running text a dashed date is read only with 前 or a time label (dottedDate): it may be a
		// span or a code there.
		if d, ok := ParseFullDate(m[1] + "年" + m[2] + "月" + m[3] + "日"); ok {
			return []Deadline{{Quote: cell, Date: d, Kind: KindBy}}
		}
	}
	if m := dashedMonthCell.FindStringSubmatch(cell); m != nil {
		// "2025-10" alone in a time column (a spreadsheet's month): that month's last day.
		y, _ := strconv.Atoi(m[1])
		if n, _ := strconv.Atoi(m[2]); n >= 1 && n <= 12 {
			return []Deadline{{Quote: cell, Date: NewDay(y, time.Month(n)+1, 0), Kind: KindBy}}
		}
	}
	if m := dottedDayCell.FindStringSubmatch(cell); m != nil && year > 0 {
		// "9.30" alone in a time column: month and day of the plan's year, as "9.30前" is read (in
		// running text a bare 9.30 is a figure).
		mo, _ := strconv.Atoi(m[1])
		day, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 && day >= 1 && day <= NewDay(year, time.Month(mo)+1, 0).Day {
			return []Deadline{{Quote: cell, Date: NewDay(year, time.Month(mo), day), Kind: KindBy}}
		}
	}
	if ds := ParseDeadlinesIn(cell, year); len(ds) > 0 || year == 0 {
		for i := range ds {
			if ds[i].Kind == KindTarget && bareYearCell.MatchString(ds[i].Quote) {
				ds[i].Kind = KindBy // a time column's year is when the row is due, not a goal
			}
		}
		return ds
	}
	if m := firstQuartersCell.FindStringSubmatch(cell); m != nil && year > 0 {
		// "前三季度" alone in a time column: by the end of the last quarter it counts.
		n := quarterNum(m[1])
		return []Deadline{{Quote: cell, Date: NewDay(year, time.Month(3*n)+1, 0), Kind: KindBy}}
	}
	if m := floodCell.FindStringSubmatch(cell); m != nil && year > 0 {
		// "汛期前" alone in a time column: the row is due before the flood season of the plan's year,
		// May's end, as "2025年汛期前" and 每年汛前 are read. In running text a bare 汛期前 gives no
		// date (the season opens on different days by region), but a time column says it is the
		// row's deadline, and without a date the row would take the plan's year end. "次年汛期前":
		// the next year's season, as "次年3月" is the next year's March.
		if m[1] != "" {
			year++
		}
		return []Deadline{{Quote: cell, Date: Day{year, time.May, 31}, Kind: KindBy}}
	}
	if m := yearScopeCell.FindStringSubmatch(cell); m != nil {
		y, _ := strconv.Atoi(m[1])
		return []Deadline{{Quote: cell, Date: Day{y, time.December, 31}, Kind: KindBy}}
	}
	if ds := monthListCell(cell, year); len(ds) > 0 {
		return ds
	}
	m := timeCell.FindStringSubmatch(cell)
	if m == nil {
		return nil
	}
	month := time.December
	if m[2] != "" {
		n, _ := strconv.Atoi(m[2])
		if n < 1 || n > 12 {
			return nil
		}
		month = time.Month(n)
	}
	if m[1] != "" {
		year++ // "次年1月": the year after the plan's
	}
	if m[3] != "" {
		// "10月20日": that day of the plan's year (a day the month lacks is its last).
		d, _ := strconv.Atoi(m[3])
		if d < 1 || d > 31 {
			return nil
		}
		return []Deadline{{Quote: cell, Date: NewDay(year, month, min(d, NewDay(year, month+1, 0).Day)), Kind: KindBy}}
	}
	return []Deadline{{Quote: cell, Date: NewDay(year, month+1, 0), Kind: KindBy}}
}

// yearSpanCell is a span of years alone, as a time column writes it: "2025年—2026年", "2025—2026年",
// and with the last year's end, as an end column writes it most: "2025年—2027年底", "2025—2027年底前".
var yearSpanCell = mustCompile(`^(?:19|20)\d{2}\s*年?\s*(?:—|－|-|~|～|–|至|到)+\s*(?:19|20)\d{2}\s*(?:年(?:底|末)?(?:前|之前|以前)?)?$`)

// EndCellDeadlines reads a cell of a column of end dates (完成时限, 完成时间, 截止时间) as CellDeadlines
// does, and a span of years alone in it as when the row must be done: by the end of its last year, as
// the column's "2025年底前" and "2025年" are. In a column of the years work runs in (建设年限) the span
// is the period the project is in, a target (CellDeadlines).
func EndCellDeadlines(cell string, year int) []Deadline {
	ds := CellDeadlines(cell, year)
	for i := range ds {
		if ds[i].Kind == KindTarget && yearSpanCell.MatchString(ds[i].Quote) {
			ds[i].Kind = KindBy
		}
	}
	return ds
}

// monthsCell is a list of months a time cell or label gives ("6月、12月", "2025年3月、6月、9月、12月");
// monthOfList is one of them.
var (
	monthsCell  = mustCompile(`^(?:((?:19|20)\d{2})\s*年\s*)?\d{1,2}\s*月(?:\s*[、，,和及]\s*\d{1,2}\s*月)+$`)
	monthOfList = mustCompile(`(\d{1,2})\s*月`)
)

// monthListCell reads a time cell listing months of one year: the row is due by the end of each
// (a report in June and in December), in the year the cell names or the plan's. None when the months
// do not follow one another in the year.
func monthListCell(cell string, year int) []Deadline {
	m := monthsCell.FindStringSubmatch(cell)
	if m == nil {
		return nil
	}
	if m[1] != "" {
		year, _ = strconv.Atoi(m[1])
	}
	if year == 0 {
		return nil
	}
	var out []Deadline
	prev := 0
	for _, mo := range monthOfList.FindAllStringSubmatch(cell, -1) {
		n, _ := strconv.Atoi(mo[1])
		if n <= prev || n > 12 {
			return nil
		}
		prev = n
		out = append(out, Deadline{Quote: mo[0], Date: NewDay(year, time.Month(n)+1, 0), Kind: KindBy})
	}
	return out
}

// festivalStart is a festival's eve right after a year: "2024年春节前".
var festivalStart = mustCompile(`^\s*` + festivalEve)

// occasionAfterYear is an occasion of a year a deadline is set by that has no one day the plan can
// know: the spring term's opening, the entrance exams, the Spring Festival travel season.
var occasionAfterYear = mustCompile(`^\s*(?:春季|春|新)(?:学期)?开学(?:前|之前|以前)|^\s*(?:高考|中考|春运|寒假)(?:前|之前|以前)`)

// festivalExpr is a deadline set by a festival: 春节前, 国庆节前, 中秋前.
var festivalExpr = mustCompile(festivalEve)

// festivalEve is a festival, or an occasion of the year that opens on a known day (the autumn term,
// the heating season), and the words that make it a deadline, its name captured.
const festivalEve = `[“"‘]?(` + festivalNames + `|[“"‘]十一|(?:秋季)?(?:学期)?开学|秋季学期|` + heatingSeason + `)[”"’]?(?:[“"‘]?[双两]节[”"’]?)?(?:假期|长假|黄金周)?(?:前|之前|以前)`

// heatingSeason names the heating season, whose start a northern plan dates work by ("采暖季前完成
// 清洁取暖改造", "2025年供暖季前"): festivalDay gives its eve.
const heatingSeason = `(?:采暖|供暖|供热)[季期]`

// yearlyFestival is a festival a yearly duty is done before (每年春节前), its name as written.
const yearlyFestival = `[“"‘]?(?:` + festivalNames + `)[”"’]?`

// festivalNames is the festivals a duty is timed by, as written (元宵节 or 元宵): the one list that
// yearlyFestival, festivalBefore and festivalSpan read them by.
const festivalNames = `元旦|春节|元宵节?|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?`

// fixedHoliday is a holiday of a fixed day whose eve is its month's last day: 五一 (劳动节) 30 April,
// 国庆 30 September, 元旦 31 December (its eve).
var fixedHoliday = mustCompile(`五一|劳动节|国庆|元旦|春节|元宵|清明|端午|中秋`)

// fixedHolidayMonths is the months of the eves of holidays listed together, when each is a holiday of
// a fixed day (fixedHoliday) and they are in months two or more apart: each is a duty of its own. A
// lunar festival among them, or one holiday season ("元旦、春节", "中秋、国庆"), is not.
func fixedHolidayMonths(s string) (uint16, bool) {
	var months uint16
	var last time.Month
	for _, name := range fixedHoliday.FindAllString(s, -1) {
		mo, _, ok := fixedEve(name)
		if !ok {
			return 0, false // a lunar festival's day moves
		}
		if last != 0 && (mo-last < 2 && last-mo < 2) {
			return 0, false
		}
		months |= 1 << (mo - 1)
		last = mo
	}
	return months, bits.OnesCount16(months) >= 2
}

// fixedEve is the eve of a holiday of a fixed solar day, by its name as written (节, quotes cut or
// not): 元旦 31 December (of the year before it), 五一/劳动节 30 April, 国庆/十一 30 September. The one
// place these days are kept; a lunar festival or a solar term has none (ok false).
func fixedEve(name string) (mo time.Month, day int, ok bool) {
	switch strings.Trim(strings.TrimSuffix(name, "节"), "“”\"‘’") {
	case "元旦":
		return time.December, 31, true
	case "五一", "劳动":
		return time.April, 30, true
	case "国庆", "十一":
		return time.September, 30, true
	}
	return 0, 0, false
}

// festivalListSep is what stands between festivals listed: 、 和 及 与, or only their quotes ("“五一”“国庆”").
const festivalListSep = `(?:[”"’]?\s*[、和及与]|[”"’])\s*`

// festivalBefore is a festival listed before another that takes the deadline word: "中秋、国庆“双节”前",
// "清明、“五一”前" (the earlier festival sets the day).
var festivalBefore = mustCompile(`[“"‘]?(` + festivalNames + `|[“"‘]十一)` + festivalListSep + `$`)

// yearRightBefore reports whether text ends with a year and its 年 ("…2025年").
func yearRightBefore(text string) bool {
	t := strings.TrimSuffix(text, "年")
	return len(t) >= 4 && isYear(t[len(t)-4:])
}

// yearRound is 全年 opening a clause with the work of the plan's year and its figure: "全年新增城镇
// 就业5000人以上", "全年完成造林5.7万亩" (not 全年工作任务, 全年目标, or a report on the year).
var yearRound = mustCompile(`(?:^|[。；;，,：:\n）)]|\d[.．、])\s*(全年)(?:累计|共|力争|确保|争取)?(?:新增|完成|实现|开展|举办|新建|建成|组织|盘活|接待|培训|发放|改造|引进|招引|签约|达到|培育|新上|新开工|固定资产投资|地区生产总值)`)

// pastAccount opens a sentence that looks back: 过去一年, 去年, 今年以来 (not 在上年基础上, a base).
var pastAccount = mustCompile(`过去一年|过去的一年|去年|今年以来|年初以来|回顾`)

// yearRoundTargets reads yearRound as a target at the end of the plan's year, when the clause gives
// the figure to reach.
func yearRoundTargets(text string, year int, have map[string]bool) []Deadline {
	if year == 0 || have["全年"] || !strings.Contains(text, "全年") {
		return nil
	}
	for _, m := range yearRound.FindAllStringSubmatchIndex(text, -1) {
		// "到2027年，全年…": the year named before is the year's; "过去一年…全年实现…": an account.
		sentence := lastSentence(text[:m[2]])
		if lastYearBefore(sentence) != 0 || pastAccount.MatchString(sentence) {
			continue
		}
		if figureIn.MatchString(clauseAfter(text[m[3]:])) {
			have["全年"] = true
			return []Deadline{{Quote: "全年", Date: Day{year, time.December, 31}, Kind: KindTarget}}
		}
	}
	return nil
}

// festivalThenDate is a date right after a festival's 前 and 的: the festival only places it.
var festivalThenDate = mustCompile(`^的\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]`)

// festivalDeadlines reads "春节前", "国庆节前": the day before the festival of the plan's year (or the
// year written before, or the next when it says 明年); 元旦前 is the year's last day; lunar festivals
// fall on the day 6tail/lunar-go gives. (秋季)开学前 is the end of August, unless its clause gives a
// date of its own or it is the spring term's.
func festivalDeadlines(text string, year int, have map[string]bool) []Deadline {
	var out []Deadline
	if year == 0 || !strings.ContainsAny(text, "节旦一秋午庆学暖热") {
		return nil
	}
	out = append(out, festivalSpans(text, year, have)...)
	for _, m := range festivalExpr.FindAllStringSubmatchIndex(text, -1) {
		quote := text[m[0]:m[1]]
		if have[quote] {
			continue
		}
		y := lastYearBefore(text[:m[0]])
		if y == 0 {
			y = year
		}
		shift, _ := relativeYear(text[:m[0]], quote)
		y += shift
		before := text[:m[0]]
		for l := festivalBefore.FindStringIndex(before); l != nil; l = festivalBefore.FindStringIndex(before) {
			before = before[:l[0]] // "每年中秋、国庆“双节”前": the 每年 is before the festivals listed
		}
		if strings.HasSuffix(before, "每年") || strings.HasSuffix(before, "每逢") || strings.HasSuffix(before, "历年") || strings.HasSuffix(before, "每") {
			continue // "每年春节前": every year's, a recurring duty
		}
		if strings.HasPrefix(text[m[1]:], "后") && strings.HasSuffix(quote, "前") {
			continue // "春节前后": around the festival, no day it is due by
		}
		if festivalThenDate.MatchString(text[m[1]:]) {
			continue // "“十一”前的2023年9月27日-28日": the dates after it say when
		}
		name := strings.Trim(strings.TrimSuffix(text[m[2]:m[3]], "节"), "“”\"‘’")
		if mo := monthOfOpening.FindStringSubmatchIndex(text[:m[0]]); mo != nil && strings.HasSuffix(name, "开学") && !monthDigit.MatchString(text[strings.LastIndexAny(text[:mo[0]], "，,；;。\n")+1:mo[0]]) {
			// "2024年9月开学前", "9月开学前完成": before the month the term opens in begins ("每年9月开学
			// 前" is every year's).
			if b := text[:mo[0]]; strings.HasSuffix(b, "每年") || strings.HasSuffix(b, "每") {
				continue
			}
			n, _ := strconv.Atoi(text[mo[4]:mo[5]])
			if mo[2] >= 0 {
				y, _ = strconv.Atoi(text[mo[2]:mo[3]])
			}
			if q := text[mo[0]:m[1]]; n >= 1 && n <= 12 && !have[q] {
				have[q], have[quote] = true, true
				out = append(out, Deadline{Quote: q, Date: NewDay(y, time.Month(n), 0), Kind: KindBy})
			}
			continue
		}
		if termOpening(name) && (clauseHasDate(text, m[0], m[1]) || springTerm.MatchString(text[:m[0]]) || strings.HasPrefix(text[m[1]:], "后")) {
			continue // "秋季学期开学前（8月25日前）", 春季开学前, 开学前后: no end of August of its own
		}
		if heatingExpr.MatchString(name) && clauseHasDate(text, m[0], m[1]) {
			continue // "供暖季前（10月31日前）": the clause says the day the region's season opens on
		}
		// name is the festival without its 节: 春节 is "春" here.
		if (name == "春" || name == "元宵") && shift == 0 && lastYearBefore(text[:m[0]]) == 0 && laterInYearBefore(text[:m[0]]) {
			y++ // "11月中旬前完成…，春节前开展…", "今冬明春…春节前": the Spring Festival after them
		}
		d := festivalDay(name, y, text[:m[0]])
		if l := festivalBefore.FindStringSubmatchIndex(text[:m[0]]); l != nil {
			// A festival listed after another is the one that follows it: "元旦、春节前" is the Spring
			// Festival after New Year's Day, not the one eleven months before it.
			if e := festivalDay(strings.Trim(strings.TrimSuffix(text[l[2]:l[3]], "节"), "“”\"‘’"), y, text[:l[0]]); d.Before(e) && e.Time(0, 0).Sub(d.Time(0, 0)) > 45*24*time.Hour {
				d = festivalDay(name, y+1, text[:m[0]])
			}
		}
		for before := text[:m[0]]; ; {
			l := festivalBefore.FindStringSubmatchIndex(before)
			if l == nil {
				break
			}
			// One holiday season (中秋、国庆“双节”, 元旦、春节): the earlier eve; festivals months apart
			// (春节、“五一”) keep the one the 前 follows.
			if e := festivalDay(strings.Trim(strings.TrimSuffix(before[l[2]:l[3]], "节"), "“”\"‘’"), y, before[:l[0]]); e.Before(d) && d.Time(0, 0).Sub(e.Time(0, 0)) <= 45*24*time.Hour {
				d = e
			}
			before = before[:l[0]]
		}
		have[quote] = true
		out = append(out, Deadline{Quote: quote, Date: d, Kind: KindBy})
	}
	return out
}

// seasonDone is work to be done in a season of the year, 春季 or 秋季, said with what completes it:
// "春季完成植树造林1万亩", "2025年秋季完成退化林修复". Groups: the year, the season.
var seasonDone = mustCompile(`(?:((?:19|20)\d{2})\s*年\s*)?(春季|秋季)(?:前|之前|末|底前)?\s*(?:(?:全面|基本|全部)?(?:完成|建成|完工|竣工|实现)|(?:前|之前))`)

// seasonEnds reads each seasonDone as due by the season's end, as the 气象 calendar and the 国土绿化
// plans count them: spring ends on 31 May, autumn on 30 November. Work done before the season
// ("秋季前完成", "春季之前") is due on its eve, as before any occasion (festivalEve): spring begins on
// 1 March, autumn on 1 September; before its end ("秋季末前", "秋季底前") is its end. A season of every
// year ("每年春季完成") is a recurring duty's, not read here.
func seasonEnds(text string, year int, have map[string]bool) []Deadline {
	var out []Deadline
	for _, m := range seasonDone.FindAllStringSubmatchIndex(text, -1) {
		quote, before := text[m[0]:m[1]], text[:m[0]]
		if have[quote] || strings.HasSuffix(before, "每年") || strings.HasSuffix(before, "每") || strings.HasSuffix(before, "年年") {
			continue
		}
		y := year
		if m[2] >= 0 {
			y, _ = strconv.Atoi(text[m[2]:m[3]])
		} else if shift, _ := relativeYear(before, quote); shift != 0 {
			y += shift // "明年春季完成"
		}
		d := Day{y, time.May, 31}
		if text[m[4]:m[5]] == "秋季" {
			d = Day{y, time.November, 30}
		}
		if after := strings.TrimLeft(text[m[5]:m[1]], " \t"); strings.HasPrefix(after, "前") || strings.HasPrefix(after, "之前") {
			d = NewDay(y, d.Month-2, 0) // the day before the season's first month: 28/29 February, 31 August
		}
		have[quote] = true
		out = append(out, Deadline{Quote: quote, Date: d, Kind: KindBy})
	}
	return out
}

// floodFinish is work a clause finishes before the flood season opens: "汛期前完成屋面防水改造",
// "入汛前完成河道隐患排查", "确保汛前全面完成". Group 1: the season's word.
var floodFinish = mustCompile(`(?:^|[，,。；;：:\s])(?:要|须|必须|应|确保|力争|务必|于|在)?(主汛期前|汛期前|入汛前|汛前)(?:全面|全部|基本)?完成`)

// winterSpring is a campaign over a winter and the spring after it: 今冬明春 (this winter and next
// spring), 去冬今春 (last winter and this spring).
var winterSpring = mustCompile(`(今冬明春|去冬今春)`)

// SeasonDue reads the season a task that states no date of its own is to be done by, in a plan of
// year whose tasks would otherwise take the year's end: work finished before the flood season
// ("汛期前完成屋面防水改造", "入汛前完成河道隐患排查") by May 31, as 每年汛前 and a time cell's 汛期前
// are read; a campaign over this winter and next spring ("今冬明春开展农村消防专项行动") by the
// spring's end, May 31 of the next year, as seasonEnds counts spring (去冬今春: this year's). Only
// there: in running text a bare 汛期前 gives no date otherwise (the season opens on different days by
// region, and the forms' writers split on it), and a campaign with dates of its own ("今冬明春…，
// 2025年3月底前完成…") ends by them; but a year's ledger that would set the work for December sets
// it later than any region's season. The main season (主汛期) opens in summer, and is not read.
func SeasonDue(text string, year int) (Deadline, bool) {
	if year == 0 {
		return Deadline{}, false
	}
	if m := floodFinish.FindStringSubmatchIndex(text); m != nil && text[m[2]:m[3]] != "主汛期前" {
		return Deadline{Quote: strings.TrimSpace(text[m[2]:m[1]]), Date: Day{year, time.May, 31}, Kind: KindBy}, true
	}
	if m := winterSpring.FindStringIndex(text); m != nil && !inTitle(text[:m[0]]) {
		quote := text[m[0]:m[1]]
		if quote == "今冬明春" {
			year++
		}
		return Deadline{Quote: quote, Date: Day{year, time.May, 31}, Kind: KindBy}, true
	}
	return Deadline{}, false
}

// festivalSpan is a stretch between two festivals that work runs through: "春节至元宵节期间",
// "元旦至春节期间", both names captured.
var festivalSpan = mustCompile(`(` + festivalNames + `)\s*(?:至|到|—|－|-|~|～)\s*(` + festivalNames + `)(?:期间|假期)`)

// festivalSpans reads each festivalSpan of text as a deadline by its last festival's day: the work
// runs until that festival, as a month span runs to its last month's end. A span of every year's
// ("每年春节至元宵节期间") is a recurring duty, not read here.
func festivalSpans(text string, year int, have map[string]bool) []Deadline {
	var out []Deadline
	for _, m := range festivalSpan.FindAllStringSubmatchIndex(text, -1) {
		quote := text[m[0]:m[1]]
		before := text[:m[0]]
		if have[quote] || strings.HasSuffix(before, "每年") || strings.HasSuffix(before, "每") || strings.HasSuffix(before, "历年") {
			continue
		}
		y := lastYearBefore(before)
		if y == 0 {
			y = year
		}
		shift, _ := relativeYear(before, quote)
		y += shift
		name := func(a, b int) string { return strings.TrimSuffix(text[a:b], "节") }
		// festivalDay gives a festival's eve; the span runs through the festival itself.
		from := festivalDay(name(m[2], m[3]), y, before).AddDays(1)
		if name(m[2], m[3]) == "元旦" {
			from = Day{y, time.January, 1} // the year's own New Year's Day, where the span opens
		}
		to := festivalDay(name(m[4], m[5]), y, before).AddDays(1)
		if to.Before(from) {
			to = festivalDay(name(m[4], m[5]), y+1, before).AddDays(1) // "国庆至元旦期间": the New Year after
		}
		have[quote] = true
		out = append(out, Deadline{Quote: quote, Date: to, Kind: KindBy})
	}
	return out
}

// FestivalsAfterIssue moves a festival's eve read in the plan's year (festivalDeadlines) that had
// passed when the plan was issued to the next one: a plan signed on 18 April 2025 that sets "春节前"
// means the Spring Festival of 2026, not the one of January 2025, which no duty it sets can meet. A
// festival whose year the text names ("2025年春节前", "明年春节前") stays as written. dls are a
// task's deadlines, text its words; the moved ones are returned in their place.
func FestivalsAfterIssue(text string, dls []Deadline, issued Day) []Deadline {
	if issued.IsZero() {
		return dls
	}
	text = foldWidth(text)
	for i, dl := range dls {
		if dl.Inherited || dl.Kind != KindBy || !dl.Date.Before(issued) {
			continue
		}
		m := festivalExpr.FindStringSubmatchIndex(dl.Quote)
		if m == nil || m[0] != 0 || m[1] != len(dl.Quote) {
			continue
		}
		before := ""
		if k := strings.Index(text, dl.Quote); k >= 0 {
			before = text[:k]
		}
		if _, own := relativeYear(before, dl.Quote); own || lastYearBefore(before) != 0 || festivalBefore.MatchString(before) {
			continue
		}
		name := strings.Trim(strings.TrimSuffix(dl.Quote[m[2]:m[3]], "节"), "“”\"‘’")
		if termOpening(name) {
			continue
		}
		for y := dl.Date.Year + 1; y <= issued.Year+1; y++ {
			if d := festivalDay(name, y, ""); !d.Before(issued) {
				dls[i].Date = d
				break
			}
		}
	}
	return dls
}

// MonthsAfterStart moves a month, a day or a quarter read without a year in the year the plan's work
// starts (ParseDeadlinesIn) that had ended before it starts to the next year's, when that falls by until
// (SeasonStart): a notice signed on 20 November 2024 that sets "1月15日前" and "3月底前" means January
// and March 2025, not months before it existed; a "2024—2025年度冬春" plan's "4月底前" is the spring
// of 2025. A phrase whose year the text names ("2024年11月启动，12月底前…", "今年3月底前") stays as
// written, and so does one read from a year named before it. dls are a task's deadlines, text its
// words; the moved ones are returned in their place.
func MonthsAfterStart(text string, dls []Deadline, start, until Day) []Deadline {
	if start.IsZero() {
		return dls
	}
	text = foldWidth(text)
	for i, dl := range dls {
		if dl.Inherited || dl.Date.Year != start.Year || !dl.Date.Before(start) || !yearlessMonth.MatchString(dl.Quote) {
			continue
		}
		before := ""
		if k := strings.Index(text, dl.Quote); k >= 0 {
			before = text[:k]
		}
		if _, own := relativeYear(before, dl.Quote); own || lastYearBefore(before) != 0 {
			continue
		}
		d := NewDay(dl.Date.Year+1, dl.Date.Month, dl.Date.Day)
		if dl.Date == NewDay(dl.Date.Year, dl.Date.Month+1, 0) {
			d = NewDay(dl.Date.Year+1, dl.Date.Month+1, 0) // a month's end: the next year's (February's 28th or 29th)
		}
		if until.Before(d) {
			continue
		}
		dls[i].Date = d
	}
	return dls
}

// yearlessMonth is the quote of a month, a day or a quarter read without a year: "3月底前", "1月15日前",
// "一季度".
var yearlessMonth = mustCompile(`^(?:\d{1,2}\s*月|第?[一二三四1-4]季度)`)

// seasonTitle is a title naming a season that runs from one year into the next: the autumn-winter or
// winter-spring of a year or of the two years it spans ("2024—2025年度冬春农田水利建设工作方案", "2024年
// 秋冬季…", "2024年今冬明春…"), or a school year ("2024—2025学年…", "2024学年…"). Group 1 is its first
// year, 2 the second when written, 3 the season.
var seasonTitle = mustCompile(`((?:19|20)\d{2})\s*(?:年?\s*[—\-－–~～至到]+\s*((?:19|20)\d{2})\s*)?(?:年度?\s*(冬春|秋冬|今冬明春)|(学年))`)

// SeasonStart is the day from which the plan's months without a year are counted, and the last day they
// may fall on (MonthsAfterStart): for a season its title names that runs into the next year, from July of
// its first year (September for a school year) for a year, so that its spring's months are the next
// year's; else from the day the plan was issued for half a year, as a notice signed in November asks
// for work in the months after it. A plan the title gives the issue year as its own ("2024年…工作要点",
// signed in November) counts its months in that year: none. The zero days when neither is known.
func (d *Document) SeasonStart() (start, until Day) {
	t := titleYears(d.Title)
	if m := seasonTitle.FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[1])
		if e, _ := strconv.Atoi(m[2]); m[2] == "" || e == y+1 {
			start = Day{y, time.July, 1}
			if m[4] != "" {
				start = Day{y, time.September, 1}
			}
			return start, NewDay(y+1, start.Month, 0)
		}
	}
	if d.Issued.IsZero() {
		return Day{}, Day{}
	}
	if m := annualTitleExpr.FindStringSubmatch(t); m != nil && m[1] == strconv.Itoa(d.Issued.Year) {
		return Day{}, Day{}
	}
	return d.Issued, NewDay(d.Issued.Year, d.Issued.Month+6, d.Issued.Day)
}

// lateMonth is a month of the year's last third, named without a year: "11月中旬前", "10月底".
var lateMonth = mustCompile(`(?:^|[^\d年.])(9|1[0-2])\s*月`)

// laterInYearBefore reports whether the text before a Spring Festival eve says the work runs from late in
// the year: a month from September on, 国庆 or 中秋 in the same sentence, or 今冬明春 anywhere before.
func laterInYearBefore(before string) bool {
	if strings.Contains(before, "今冬明春") || strings.Contains(before, "冬春") {
		return true
	}
	s := lastSentence(before)
	return lateMonth.MatchString(s) || strings.Contains(s, "国庆") || strings.Contains(s, "中秋") || strings.Contains(s, "“十一”")
}

// festivalDay is the day before the festival name (as festivalExpr captures it, 节 and quotes cut)
// in year y; before is the text before it, which may name the year (2025年元旦前).
func festivalDay(name string, y int, before string) Day {
	var d Day
	if mo, day, ok := fixedEve(name); ok {
		d = Day{y, mo, day}
		if named := strings.TrimRight(before, " \t"); name == "元旦" && strings.HasSuffix(named, "年") && lastYearBefore(named) == y && yearRightBefore(named) {
			d = Day{y - 1, time.December, 31} // "2025年元旦前": the eve of 1 January 2025
		}
		return d
	}
	switch name {
	case "清明":
		// 清明 is a solar term, on April 4 or 5: its eve.
		sol := calendar.NewSolarFromYmd(y, 4, 15).GetLunar().GetJieQiTable()["清明"]
		d = NewDay(sol.GetYear(), time.Month(sol.GetMonth()), sol.GetDay()-1)
	case "开学", "秋季开学", "学期开学", "秋季学期开学", "秋季学期":
		d = Day{y, time.August, 31} // the school year opens on 1 September
	case "采暖季", "采暖期", "供暖季", "供暖期", "供热季", "供热期":
		// The heating season opens by law on a day each northern region sets: 15 November in most
		// of 华北 and 河南, 1 November in 辽宁 and much of the Northeast. Its eve is read as 31 October,
		// the earlier of the two, so that work due before it is never reminded of after heat is on.
		d = Day{y, time.October, 31}
	default:
		lm, ld := 1, 1
		switch name {
		case "元宵":
			ld = 15
		case "端午":
			lm, ld = 5, 5
		case "中秋":
			lm, ld = 8, 15
		}
		sol := calendar.NewLunarFromYmd(y, lm, ld).GetSolar()
		d = NewDay(sol.GetYear(), time.Month(sol.GetMonth()), sol.GetDay()-1)
	}
	return d
}

// termOpening reports whether a festival name (as festivalExpr captures it) is the school term's
// opening: 开学, 秋季开学, 秋季学期.
func termOpening(name string) bool {
	return strings.HasSuffix(name, "开学") || name == "秋季学期"
}

// heatingExpr is the whole of a heating season's name (heatingSeason).
var heatingExpr = mustCompile(`^` + heatingSeason + `$`)

// termOpensIn is a term's opening after the month it falls in: "9月开学前", "3月份开学前".
var termOpensIn = mustCompile(`^\s*(?:份)?\s*(?:学期)?开学(?:前|之前|以前)`)

// monthOfOpening is the month a term opens in, right before its 开学前 ("2024年9月", "9月"): group 1
// the year when written, group 2 the month.
var monthOfOpening = mustCompile(`(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:份)?\s*$`)

// springTerm is the spring term or a new one named before 开学: not the one opening in September.
var springTerm = mustCompile(`(?:春季|春学期|新学期|寒假后|下学期)(?:学期)?$`)

// clauseHasDate reports whether the clause around text[start:end] holds a month of its own.
func clauseHasDate(text string, start, end int) bool {
	from := strings.LastIndexAny(text[:start], "，,；;。\n") + 1
	to := len(text)
	if k := strings.IndexAny(text[end:], "，,；;。\n"); k >= 0 {
		to = end + k
	}
	return monthDigit.MatchString(text[from:start]) || monthDigit.MatchString(text[end:to])
}

var monthDigit = mustCompile(`\d\s*月`)

// lostMonthDeadlines reads "于615日、1215日前": a month and day whose 月 the page lost, only where
// one split of the digits makes a day and a deadline word stands by.
func lostMonthDeadlines(text string, year int, have map[string]bool) []Deadline {
	if !strings.Contains(text, "日") {
		return nil
	}
	var out []Deadline
	for _, m := range lostMonthExpr.FindAllStringSubmatchIndex(text, -1) {
		quote := text[m[2]:m[3]]
		mon, day, ok := splitMonthDay(text[m[4]:m[5]])
		after := text[m[3]:]
		if strings.HasPrefix(after, "内") || strings.HasPrefix(after, "以内") || strings.HasPrefix(after, "之内") {
			continue // "于120日内整改到位": a count of days, not a date
		}
		if !ok || have[quote] || !strings.HasSuffix(quote, "前") && !deadlineNear(text[:m[2]], after) {
			continue
		}
		y := lastYearBefore(text[:m[2]])
		if y == 0 {
			y = year
		}
		if d, ok := validDay(y, mon, day); ok && y > 0 {
			have[quote] = true
			out = append(out, Deadline{Quote: quote, Date: d, Kind: KindBy})
		}
	}
	return out
}

// lostMonthExpr is a month and day run together by a page that lost the 月: "615日", "1215日".
var lostMonthExpr = mustCompile(`(?:^|[^\d.年月/\-])((\d{3,4})日(?:前|之前|以前)?)`)

// splitMonthDay splits "615" into June 15 and "1215" into December 15, when only one split makes a
// month and a day ("111" could be January 11 or November 1: none).
func splitMonthDay(s string) (int, int, bool) {
	var found [][2]int
	for k := 1; k <= 2 && k < len(s); k++ {
		mon, _ := strconv.Atoi(s[:k])
		day, _ := strconv.Atoi(s[k:])
		if s[k] != '0' && mon >= 1 && mon <= 12 && day >= 1 && day <= 31 {
			found = append(found, [2]int{mon, day})
		}
	}
	if len(found) != 1 {
		return 0, 0, false
	}
	return found[0][0], found[0][1], true
}

// deadlineNear reports a deadline word by a date: 于 before it, or 前 after it within its list
// ("于615日、1215日前").
func deadlineNear(before, after string) bool {
	if strings.HasSuffix(before, "于") || strings.HasSuffix(before, "在") {
		return true
	}
	for i, r := range after {
		if i > 24 || strings.ContainsRune("，,。；;\n", r) {
			return false
		}
		if r == '前' {
			return true
		}
	}
	return false
}

// relativeYear says which year a yearless phrase is in when a word before it names one relative to
// the plan's: "明年6月底前" and "次年1月底前" the next (shift 1), "明年底" too (明 then 年底); "本年度内",
// "今年底" its own. own reports that such a word was read.
func relativeYear(before, phrase string) (shift int, own bool) {
	for _, w := range laterYearNames {
		if strings.HasSuffix(before, w) {
			return 1, true
		}
	}
	for _, w := range []string{"今年", "本年", "当年", "同年"} {
		if strings.HasSuffix(before, w) {
			return 0, true // 同年: the year named before ("2018年3月启动…，同年9月底前完成")
		}
	}
	if strings.HasPrefix(phrase, "年") {
		switch r, _ := utf8.DecodeLastRuneInString(before); r {
		case '明', '次', '翌', '来':
			return 1, true
		case '今', '本', '当', '同':
			return 0, true
		}
	}
	return 0, false
}

// reportedPeriod follows a period a report covers: 上半年工作进展情况, 一季度工作总结.
var reportedPeriod = mustCompile(`^(?:度)?(?:的)?(?:工作)?(?:进展情况|进展|总结|完成情况|执行情况|开展情况|落实情况|推进情况|运行情况|情况)`)

// carriedNextYear is 1 when the clause before names next year (明年, 来年, 下一年度) and no year of
// its own after it (今年, 本年, 当年, 每年).
func carriedNextYear(before string) int {
	if k := strings.LastIndexAny(before, "。；;\n"); k >= 0 {
		before = before[k:]
	}
	for _, w := range []string{"明年", "来年", "下一年度", "下年度"} {
		i := strings.LastIndex(before, w)
		if i < 0 || w == "来年" && strings.HasSuffix(before[:i], "年") {
			continue // "近年来年均增长": no 来年
		}
		// Only a time the next year names carries ("明年一季度完成初稿，上半年出台"); next year's work as a
		// thing ("研究谋划明年重点工作，于11月30日前报送") does not.
		if nextYearTime.MatchString(before[i+len(w):]) && !strings.Contains(before[i:], "今年") && !strings.Contains(before[i:], "本年") && !strings.Contains(before[i:], "当年") && !strings.Contains(before[i:], "每年") {
			return 1
		}
	}
	return 0
}

// nextYearTime is a part of next year right after its name: 一季度, 上半年, 3月, 年底, 底, 年内.
var nextYearTime = mustCompile(`^(?:第?[一二三四1-4]季度|上半年|下半年|年中|年初|年底|年末|年内|底|初|\d{1,2}月|[一二三四五六七八九十]{1,2}月)`)

// relYearWorkExpr is a year named relative to the plan's, opening what is to be done in it: "今年完成
// 项目选址", "明年开工建设", "当年整改到位", "今年新增城镇就业1.1万人", "今明两年累计改造…".
var relYearWorkExpr = mustCompile(`(今明两年|今年|本年度|本年|明年|当年|次年)(?:内|年内)?(?:要|计划|确保|力争|将|争取)?(?:全面|基本|全部|累计)?(完成|建成|开工|竣工|完工|投用|投运|整改到位|实现|达到|新增|改造)|(今明两年)(?:内)?[，,]?\s*每年(?:要|计划|确保|力争|将|争取)?(完成|建成|新建|新增|改造|实现|达到)`)

// relYearLead is what may stand before such a year: a clause's start or a modal ("原则上当年整改到位").
var relYearLead = mustCompile(`(?:原则上|力争|确保|要|须|必须|应|并|争取)$`)

// countedProjects follows a year and verb that qualify a count: "当年开工项目31项".
var countedProjects = mustCompile(`^项目(?:\d|数|个)`)

// relativeYearWork reads relYearWorkExpr's phrases as the end of the year they name: due by it for
// work to finish (完成, 建成, 开工, 整改到位), a target for a figure to reach (实现, 达到, 新增, 累计…).
// Not a noun the year qualifies ("当年开工项目31项", "今年完成的").
func relativeYearWork(text string, year int, have map[string]bool) []Deadline {
	if year == 0 || !strings.Contains(text, "年") || !strings.Contains(text, "今年") && !strings.Contains(text, "本年") && !strings.Contains(text, "明年") && !strings.Contains(text, "当年") && !strings.Contains(text, "次年") && !strings.Contains(text, "今明") {
		return nil
	}
	var out []Deadline
	for _, m := range relYearWorkExpr.FindAllStringSubmatchIndex(text, -1) {
		if m[2] < 0 {
			// "今明两年，每年新增城镇就业1.2万人以上": a figure each of the two years, the span's goal.
			m = []int{m[0], m[1], m[6], m[7], m[8], m[9]}
		}
		before, word, verb, after := text[:m[0]], text[m[2]:m[3]], text[m[4]:m[5]], text[m[1]:]
		if !opensClause(before) && !relYearLead.MatchString(before) {
			continue
		}
		if nounAfterDone.MatchString(after) || countedProjects.MatchString(after) || verb == "新增" && strings.HasPrefix(after, "项目") || qualifies(after) {
			continue // "当年开工项目31项", "当年实现扭亏为盈的企业": a count or a noun the year qualifies
		}
		if have[word] {
			continue
		}
		sentence := sentenceAround(text, m[0])
		if word == "当年" && lastYearIndex(sentence[:strings.Index(sentence, word)]) >= 0 {
			continue // "2019年我市启动试点，当年完成…": the year named before, past
		}
		y := year
		if word == "次年" {
			if named := lastYearBefore(before); named > 0 {
				y = named // "2026年完成选址，次年开工": the year after the one named
			}
		}
		if word == "明年" || word == "次年" || word == "今明两年" {
			y++
		}
		kind := KindBy
		switch verb {
		case "实现", "达到", "新增", "改造":
			kind = KindTarget
		}
		if word == "今明两年" {
			kind = KindTarget
		}
		have[word] = true
		out = append(out, Deadline{Quote: word, Date: Day{y, time.December, 31}, Kind: kind})
	}
	return out
}

// qualifies reports whether the words after a year and its verb end in 的 before their clause ends:
// the year qualifies a noun ("当年实现扭亏为盈的企业"), it dates no work.
func qualifies(after string) bool {
	n := 0
	for _, r := range after {
		if n == 14 || strings.ContainsRune("，,。；;：:、", r) {
			return false
		}
		if r == '的' {
			return true
		}
		n++
	}
	return false
}

// sentenceAround is the sentence of text that holds the byte offset at.
func sentenceAround(text string, at int) string {
	start := strings.LastIndexAny(text[:at], "。；;\n") + 1
	end := strings.IndexAny(text[at:], "。；;\n")
	if end < 0 {
		return text[start:]
	}
	return text[start : at+end]
}

// dateSpace is a space a page set inside a date: "10 月 31 日 前", "2015年12月 15日前".
// A month or day follows 年 or 月 (not a year: "2025年3月 2025年11月" are two cells).
var dateSpace = mustCompile(`(\d)[ \t]+([年月日号])|([年月])[ \t]+(\d{1,2}[ \t]*[月日号])|([日号])[ \t]+(前|之前|以前)`)

// closeDateSpaces removes the spaces a page set inside dates, so that they read as dates.
func closeDateSpaces(text string) string {
	for range 3 { // matches share their characters: "10 月 31 日 前" takes three rounds
		next := dateSpace.ReplaceAllString(text, "$1$2$3$4$5$6")
		if next == text {
			break
		}
		text = next
	}
	return text
}

// relativeYearBefore reports whether text ends with a year named relative to the plan's (明年, 次年,
// 今年, 本年).
func relativeYearBefore(before string) bool {
	_, own := relativeYear(before, "")
	return own
}

// periodNamesItsDate is what follows a period that names a meeting or a report given its own date
// in the same clause: "调度会于7月上旬召开", "工作总结须于7月10日前报送".
var periodNamesItsDate = mustCompile(`^\p{Han}{0,8}?(?:会议?|报告|总结|考核|评估|讲评)\s*(?:须于|应于|需于|定于|拟于|将于|要于|于|在)\s*(?:次月|下月|(?:次年|翌年)?\s*\d{1,2}\s*月)`)

// spanExpr is a span of years counted from the plan's year: "5年内", "三年内".
// yearsOfTime is a span of years the work is given from the plan's year: 用三年时间, 利用两年左右时间.
var yearsOfTime = mustCompile(`(?:用|利用|花)(\d{1,2}|[一二两三四五六七八九十])年(?:左右|多)?(?:的)?时间`)

// startYearBefore is a year work starts from, named before a span of years: "从2026年起，", "自2024年开始".
var startYearBefore = mustCompile(`(?:从|自|于)?((?:19|20)\d{2}|明|今)\s*年(?:起|开始|始)[，,]?[^，,。；;\d]{0,8}$`)

// yearsAfterSpan is the span of years a span of time names right after it: "用三年时间（2026—2028年）".
var yearsAfterSpan = mustCompile(`^\s*[（(]\s*(?:19|20)\d{2}\s*(?:年)?\s*[—\-－~～至到]\s*((?:19|20)\d{2})\s*年?\s*[)）]`)

var spanExpr = mustCompile(`(\d{1,2}|[一二三四五六七八九十])年内`)

// yearlessExpr finds deadline phrases that name no year: a month (with its day or part) and a word
// that makes it a deadline, or a part of the year.
// A month that labels a step of a schedule ("4月：完成筛查") is due by the month's end, and so is one
// closed by 内 ("8月内完成", "8月份内", "于8月内") as "8月底前" is.
var yearlessExpr = mustCompile(
	`((?:(\d{1,2})月份?(?:(\d{1,2})[日号]|(底|末|中下旬|上中旬|中旬|上旬|下旬|上半月|下半月|初|中))?(前|底前|以前|之前|完成|前完成|以内|之内|内|[:：])?)|` +
		`(?:(年底前|年底|年末|年度内|年内|上半年|下半年|年中)(?:前|完成)?)|(?:第?([一二三四1-4])季度(?:末|前|底)?))`)

// nextMonthExpr is a day of the month after one named before: "次月10日前", "下月中旬前", "次月底前".
var nextMonthExpr = mustCompile(`(?:次月|下月|下个月)(?:(\d{1,2})[日号]|(上旬|中旬|下旬|底|末))(?:前|之前|以前)?`)

// monthNamed is a month written with its number: the one a later 次月 counts from.
var monthNamed = mustCompile(`(\d{1,2})\s*月`)

// nextMonthDeadlines reads a day of the month after the last month its sentence names ("11月份完成排查，
// 次月10日前报送台账": 12-10; after 12月, January of the next year). In a sentence of recurring reports
// (每月, 月报) 次月 is every month's next, a duty's day, not a deadline.
func nextMonthDeadlines(text string, year int, have map[string]bool) []Deadline {
	var out []Deadline
	for _, m := range nextMonthExpr.FindAllStringSubmatchIndex(text, -1) {
		before := lastSentence(text[:m[0]])
		if afterEvery(text[:m[0]]) || periodWords.in(before) {
			continue // "每年12月底前…，次月15日前", "月报于次月5日前": a duty's day, every year or month
		}
		ms := monthNamed.FindAllStringSubmatch(before, -1)
		if len(ms) == 0 {
			continue
		}
		mon, _ := strconv.Atoi(ms[len(ms)-1][1])
		y := lastYearBefore(before)
		if y == 0 {
			y = year
		}
		if mon < 1 || mon > 12 || y == 0 {
			continue
		}
		mon++
		if mon == 13 {
			y, mon = y+1, 1
		}
		quote := text[m[0]:m[1]]
		var d Day
		if m[2] >= 0 {
			n, _ := strconv.Atoi(text[m[2]:m[3]])
			var ok bool
			if d, ok = validDay(y, mon, n); !ok {
				continue
			}
		} else {
			d = monthPartDay(y, mon, text[m[4]:m[5]]) // 次月中旬, 次月底
		}
		if have[quote+d.String()] {
			continue
		}
		have[quote+d.String()] = true
		out = append(out, Deadline{Quote: quote, Date: d, Kind: KindBy})
	}
	return out
}

// monthPartDay is the last day of a part of month m of year y: 上旬 and 月初 the 10th, 月中 and 上半月
// the 15th, 中旬 the 20th, any other part (底, 末, 下旬, 下半月, none) the month's end.
func monthPartDay(y, m int, part string) Day {
	switch part {
	case "上旬", "初":
		return Day{y, time.Month(m), 10}
	case "中", "上半月":
		return Day{y, time.Month(m), 15}
	case "中旬", "上中旬":
		return Day{y, time.Month(m), 20}
	}
	return NewDay(y, time.Month(m)+1, 0)
}

// wordAfterPart reports whether what follows 月初 or 月中 makes 初 or 中 the start of a word (初步,
// 中考, 中国, 中央): not a verb or a stop.
func wordAfterPart(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.Is(unicode.Han, r) && !strings.ContainsRune("前完报组开召启形出制建全基印上之以对进举集", r)
}

// listedBeforeDeadline follows a day that a list of days continues up to a deadline word:
// "、8月15日、11月14日前". A later day of the list may be of another year, named or next to the
// plan's: "7月10日、次年1月10日前分别报送半年和全年工作总结", "、2026年1月10日前".
var listedBeforeDeadline = mustCompile(`^(?:\s*[、和及与]\s*(?:(?:19|20)\d{2}\s*年|次年度?|明年|翌年|来年|下一?年度?)?\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号])+\s*(?:前|之前|以前)`)

// yearlessDay turns one yearless match into a day of year y; a month needs a deadline word or a
// month end ("6月底") to count, so that "5月召开" stays a meeting, not a deadline.
func yearlessDay(text string, m []int, y int) (Day, bool) {
	g := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	if mon := g(2); mon != "" {
		n, _ := strconv.Atoi(mon)
		if n < 1 || n > 12 || (g(4) == "" && g(5) == "" && g(3) == "" && !monthOpensWork(text[:m[2]], text[m[3]:]) && !monthsToDeadline(text[:m[2]], text[m[3]:], n)) {
			return Day{}, false
		}
		if (g(4) == "初" || g(4) == "中") && g(5) == "" && wordAfterPart(text[m[1]:]) {
			return Day{}, false // "12月初步建成", "6月中考", "10月中国国际进口博览会": a word, no part of the month
		}
		if strings.HasSuffix(g(5), "完成") && g(3) != "" && (strings.HasPrefix(text[m[1]:], "了") || strings.Contains(clauseBefore(text[:m[2]]), "已")) {
			return Day{}, false // "已于3月15日完成招标", "3月10日完成了…": done that day
		}
		if g(3) != "" && g(5) == "" && !listedBeforeDeadline.MatchString(text[m[1]:]) && !timeLabelBefore.MatchString(lastRunes(text[:m[2]], 16)) && !dayDue(text[:m[2]], text[m[1]:]) {
			// "5月20日" alone is an event's date, not a deadline; in a list of days that ends with one
			// ("分别于2月14日、5月16日、8月15日前报送") it shares the list's 前, and after a time label
			// ("报名截止时间为8月5日", "完成时限：6月30日") it is the label's day.
			return Day{}, false
		}
		if g(3) != "" {
			d, _ := strconv.Atoi(g(3))
			return validDay(y, n, d)
		}
		return monthPartDay(y, n, g(4)), true
	}
	switch g(6) {
	case "上半年", "年中":
		return Day{y, time.June, 30}, true
	case "年底前", "年底", "年末", "年内", "年度内", "下半年":
		return Day{y, time.December, 31}, true
	}
	if q := g(7); q != "" {
		n := strings.Index("一二三四", q)/len("一") + 1
		if q >= "1" && q <= "4" {
			n = int(q[0] - '0')
		}
		return NewDay(y, time.Month(3*n+1), 0), true
	}
	return Day{}, false
}

// monthsToDeadlineExpr is the rest of a list of months that a deadline word closes: "、9月底前" after
// 3月, "、6月和11月底前" after 3月. A month inside the list may be written without its 月, as plans
// write "3、6、9、12月" as often as "3月、6月": "、6、9月底前" after 3月.
var monthsToDeadlineExpr = mustCompile(`^(?:\s*[、和及]\s*\d{1,2}\s*(?:月份?(?:底|末)?)?)*\s*[、和及]\s*\d{1,2}\s*月份?(?:底|末)?\s*(?:前|之前|以前)`)

// listedNumber is a month's number in the rest of a list monthsToDeadlineExpr has found.
var listedNumber = mustCompile(`\d{1,2}`)

// bareMonthAhead is a number that opens the rest of a list of months, written without its 月: the 6 of
// "6、12月底前", the 3 of "3、9月底前".
var bareMonthAhead = mustCompile(`(\d{1,2})\s*[、和及]`)

// eachAfterList is a word after a list's deadline word that gives each month listed the work: "各开展
// 一次", "分别召开".
var eachAfterList = mustCompile(`^\s*(?:各|分别|每)`)

// bareListedMonths reads the months of a list written without their 月 that a later month and one
// deadline word close ("6、12月底前各开展一次检查": June and December), each due by its end as
// monthsToDeadline reads the same list with 月 after each month. A number that opens its line or
// sentence may be the item's number ("2、6月底前完成摸底"), so there the list must give each month
// its work (各, 分别).
func bareListedMonths(text string, y int, have map[string]bool) []Deadline {
	var out []Deadline
	for _, m := range bareMonthAhead.FindAllStringSubmatchIndex(text, -1) {
		before, after := text[:m[2]], text[m[3]:]
		if r, _ := utf8.DecodeLastRuneInString(before); r == '.' || r == '．' || r == '第' || r == '年' || r == '月' || r == '日' || unicode.IsDigit(r) {
			continue
		} else if r == utf8.RuneError || strings.ContainsRune("\n。；;：:（(", r) {
			l := monthsToDeadlineExpr.FindString(after)
			if l == "" || !eachAfterList.MatchString(after[len(l):]) {
				continue
			}
		}
		n, _ := strconv.Atoi(text[m[2]:m[3]])
		q := text[m[2]:m[3]]
		if n < 1 || n > 12 || have[q] || !monthsToDeadline(before, after, n) {
			continue
		}
		have[q] = true
		out = append(out, Deadline{Quote: q, Date: NewDay(y, time.Month(n)+1, 0), Kind: KindBy})
	}
	return out
}

// monthsToDeadline reports whether a month alone (month) stands in a list of later months of its
// year that one deadline word closes ("3月、9月底前分别召开一次", "6月、11月底前各开展一次"): each
// month listed is due by its end, as the last is, and as the same list with its year is read
// (listedMonths, which reads a list that opens with its year: "2025年3月、6月、9月底前").
func monthsToDeadline(before, after string, month int) bool {
	l := monthsToDeadlineExpr.FindString(after)
	if l == "" {
		return false
	}
	if strings.ContainsAny(lastRunes(before, 2), "、和及") {
		if b := strings.TrimRight(before[:len(before)-len(monthListBefore.FindString(lastRunes(before, 40)))], " \t"); strings.HasSuffix(b, "年") {
			return false
		}
	}
	prev := month
	for _, mo := range listedNumber.FindAllString(l, -1) {
		n, _ := strconv.Atoi(mo)
		if n <= prev || n > 12 {
			return false // not a list of later months of one year
		}
		prev = n
	}
	return true
}

// dayLimitBefore is a limit right before a day: "不晚于10月31日", "最迟不超过10月31日", "截止11月30日"
// (a day after 截止 or 截至 that dates a count is none: cutOffReading has dropped it).
var dayLimitBefore = mustCompile(`(?:不晚于|不迟于|最迟不超过|最晚不超过|最迟于|最晚于|最迟|最晚|不超过|截止到|截止|截至)\s*$`)

// daySetBefore is a modal or a plan's word that sets the day right after it for work to come:
// "须于10月31日全面完工", "定于5月20日召开".
var daySetBefore = mustCompile(`(?:须于|必须于|需于|应于|务必于|定于|拟于|计划于|将于|要于)\s*$`)

// dayWithin is "内" closing a day: "在10月31日内完成".
var dayWithin = mustCompile(`^\s*(?:之内|以内|内)`)

// dayInclusive is 前 after a mark that the day itself counts: "2月28日（含）前", "6月30日(含)之前".
var dayInclusive = mustCompile(`^\s*[（(]\s*含\s*[)）]\s*(?:之|以)?前`)

// dayDue reports whether a day with no deadline word after it is a deadline by what stands around
// it: a limit before it ("不晚于10月31日"), 内 after it ("10月31日内完成"), 前 after a mark that the day
// counts ("2月28日（含）前"), or a modal setting it for work to come ("须于10月31日全面完工", "定于5月20日
// 召开"), as the same words with the year are read.
func dayDue(before, after string) bool {
	b := lastRunes(before, 8)
	if dayLimitBefore.MatchString(b) || dayWithin.MatchString(after) || dayInclusive.MatchString(after) || assuredDone(before, after) {
		return true
	}
	return daySetBefore.MatchString(b) && dayAct.MatchString(after) && !monthWorkDone.MatchString(after) && !strings.Contains(clauseBefore(before), "已")
}

// assureBefore is a pledge right before a day or a month without a year: "确保10月30日…", "力争于9月…".
var assureBefore = mustCompile(`(?:确保|力争|争取)(?:于|在)?\s*$`)

// doneSoonAfter is the completion a pledged day or month is set for, right after it or after a few
// words naming the occasion: "建成投用", "上线运行", "秋季开学投入使用".
var doneSoonAfter = mustCompile(`^\s*[，,]?\s*\p{Han}{0,6}?(?:全面|基本|全部)?(?:建成|完成|竣工|完工|投用|投运|投入使用|投入运营|上线|交付|通车|开通)`)

// assuredDone reports whether a day or a month written without a year, with no deadline word after
// it, is pledged as the time work is finished by: "确保10月30日建成投用", "确保9月上线运行", as the same
// words with the year ("确保2025年9月1日上线") are read. Not work already done (了 after the verb), nor
// the noun 建成区 ("确保10月1日国庆期间建成区道路畅通").
func assuredDone(before, after string) bool {
	if !assureBefore.MatchString(lastRunes(before, 6)) {
		return false
	}
	m := doneSoonAfter.FindString(after)
	return m != "" && !strings.HasPrefix(after[len(m):], "了") && !strings.HasPrefix(after[len(m):], "区")
}

// dayAct is an act done on the day set for it ("召开", "全面完工"), not work that opens then and
// runs on ("将于8月1日全面展开，至9月30日结束": a span's start).
var dayAct = mustCompile(`^\s*[，,]?\s*(?:全面|集中|统一)?(?:召开|举办|举行|组织|完成|完工|竣工|建成|投用|投入使用|上线|报送|上报|提交|报)`)

// monthWork is the act a clause opening with a month alone names: "9月份组织开展…大赛", "12月开展
// 考核验收": work to be done in that month.
var monthWork = mustCompile(`^\s*[，,]?\s*` + monthWorkVerbs)

// monthWorkVerbs are the acts monthWork and monthWorkDone know.
const monthWorkVerbs = `(?:组织|开展|完成|召开|举办|进行|实施|全面|集中|开工|竣工|完工|建成|启动|投用|投入使用|上线)`

// monthOpensWork reports whether a month alone ("9月份", "12月") opens a clause that does work in it,
// so that the month's end is its deadline; elsewhere a month alone dates what happened.
func monthOpensWork(before, after string) bool {
	// "将于5月、10月组织…": each month of a list opens the work the list does.
	after = after[len(monthListAfter.FindString(after)):]
	if strings.ContainsAny(lastRunes(before, 2), "、和及") {
		before = before[:len(before)-len(monthListBefore.FindString(lastRunes(before, 40)))]
	}
	if assuredDone(before, after) {
		return true // "确保9月上线运行": the month the work is pledged to be done by
	}
	b := strings.TrimRight(before, " \t")
	for _, w := range []string{"今年", "本年", "明年", "次年"} {
		if rest, ok := strings.CutSuffix(b, w); ok {
			b = rest // "今年9月份组织开展…": the year said in words, then the month
			if m := monthDone.FindString(after); m != "" && !strings.HasPrefix(after[len(m):], "的") && !strings.Contains(clauseOf(after), "以来") &&
				!strings.Contains(clauseBefore(b), "已") && !strings.HasSuffix(b, "至") && !strings.HasSuffix(b, "到") {
				return true // "仓储物流区明年7月份建成": the year and month the work is to be done in
			}
			break
		}
	}
	if cl := clauseBefore(b); strings.Contains(cl, "已") && !strings.Contains(cl[strings.LastIndex(cl, "已"):], "的") {
		return false // "已于9月开展", "项目已经于3月开工": done; "对已确定的试点村于9月开展验收" is not
	}
	yu := strings.HasSuffix(b, "于")
	if rest, ok := cutAnySuffix(b, "计划于", "计划在", "计划", "预计于", "预计", "拟于", "拟在", "拟", "定于", "将于"); ok {
		b = rest // "计划5月开工", "拟于10月召开": the month the work is set for
		if yu && monthWork.MatchString(after) && !monthWorkDone.MatchString(after) && !strings.Contains(clauseBefore(b), "已") {
			return true // "我委将于5月、10月组织…": a subject, then the month it will work in
		}
	} else if sub, ok := strings.CutSuffix(b, "于"); ok && (!yuWord(sub) || bodyBeforeYu(sub)) && monthWork.MatchString(after) && !monthWorkDone.MatchString(after) {
		return true // "第二轮督查于9月开展": the month a step is set for
	}
	if b != "" {
		r, _ := utf8.DecodeLastRuneInString(b)
		if !strings.ContainsRune("。；;，,：:\n", r) {
			return false
		}
	}
	return monthWork.MatchString(after) && !monthWorkDone.MatchString(after)
}

// stageBefore reports whether s ends with a stage's label (stageWord), before its span opens or after
// the span's first year: "第一阶段(", "推广阶段（", "第一阶段（2016年—", "近期（".
func stageBefore(s string) bool {
	s = spanStartTail.ReplaceAllString(lastRunes(s, 16), "")
	return stageWord.MatchString(strings.TrimRight(s, "（( \t"))
}

// spanStartTail is the first year of a span and its dash, at the end of a text: "2016年—".
var spanStartTail = mustCompile(`(?:19|20)\d{2}\s*年?\s*[—\-－~～至到]+\s*$`)

// monthDone is a completion right after a month the year is said before in words: "明年7月份建成",
// "今年10月底全面完成" (not a meeting held or a campaign begun then: 今年3月份召开的…大会).
var monthDone = mustCompile(`^(?:全面|基本|全部)?(?:建成|完成|竣工|完工|投用|投运|投入使用|上线|交付)`)

// monthListAfter and monthListBefore are the other months of a list a month stands in: "、10月" after
// 5月, "5月、" before 10月.
var (
	monthListAfter  = mustCompile(`^(?:\s*[、和及]\s*\d{1,2}\s*月份?)+`)
	monthListBefore = mustCompile(`(?:\d{1,2}\s*月份?\s*[、和及]\s*)+$`)
)

// bodyBeforeYu reports whether s ends with a body's name whose last character also closes a word with 于
// (处于, 大于): "法规处于9月开展", "市人大于10月视察" date a step.
func bodyBeforeYu(s string) bool {
	return strings.HasSuffix(s, "处") && utf8.RuneCountInString(s) >= 3 || strings.HasSuffix(s, "人大")
}

// monthWorkDone is work a month dates as done: "5月召开了动员会".
var monthWorkDone = mustCompile(`^\s*[，,]?\s*` + monthWorkVerbs + `\p{Han}{0,2}?了(?:[^解]|$)`)

// lastYearBefore returns the last year written before the end of s (2017 in "2017年3月底前拨付…"), or 0.
// ownYearBefore reports whether s ends by naming the plan's own year in words: 今年, 本年, 当年.
func ownYearBefore(s string) bool {
	return strings.HasSuffix(s, "今年") || strings.HasSuffix(s, "本年") || strings.HasSuffix(s, "当年")
}

// fundsYearBefore: the verb before a year's funds or projects applied for or prepared ("申报2026年度…").
var fundsYearBefore = mustCompile(`(?:申报|争取|谋划|储备|编报|申请|编制|下达)$`)

func lastYearBefore(s string) int {
	for i := len(s) - 4; i >= 0; i-- {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) &&
			(i == 0 || !isDigitByte(s[i-1])) && strings.HasPrefix(s[i+4:], "年") {
			// "2003年以来", "2003年起": a time since, not the year the text is in.
			if after := s[i+4+len("年"):]; strings.HasPrefix(after, "以来") || strings.HasPrefix(after, "来") || strings.HasPrefix(after, "起") || strings.HasPrefix(after, "以前") {
				continue
			}
			// "申报2026年度中央财政…项目，10月底前…": the year of the funds applied for, not of the work.
			if strings.HasPrefix(s[i+4+len("年"):], "度") && fundsYearBefore.MatchString(s[:i]) {
				continue
			}
			y, _ := strconv.Atoi(s[i : i+4])
			return y
		}
	}
	return 0
}

// pastYearBefore reports whether the last year before a phrase without one is no year to carry: a
// sentence before it that counts what is done ("截至2024年底，全市已建成…。年内新增…"), or 今年 after
// it ("…已于2024年完成，今年重点推进…，年底前…"). The plan's own year is the phrase's then.
func pastYearBefore(before string) bool {
	i := lastYearIndex(before)
	if i < 0 {
		return false
	}
	after := before[i:]
	if strings.Contains(after, "今年") || baseYear(before[:i], after[4+len("年"):]) {
		return true
	}
	if cohortAfter.MatchString(after[len(yearDatePrefix.FindString(after)):]) {
		return true // "改造2000年底前建成的老旧小区45个，6月底前全部开工": the things' cohort, not the year
	}
	if t := strings.TrimRight(before[:i], " \t"); strings.HasSuffix(t, "已于") || strings.HasSuffix(t, "已在") || strings.HasSuffix(t, "已经于") {
		return true // "我县已于2023年完成…，年底前完成…": done that year; the plan's year is the phrase's
	}
	k := strings.IndexAny(after, "。；;")
	if k < 0 {
		return false
	}
	return countsDone(after[:k])
}

// objectYearBefore reports whether the last year before a phrase without one dates what the work
// acts on: 对 right before it (or before the list of years it closes), "对2024年汛期受损的堤防…，于汛
// 前（5月31日前）全部修复", "对2022年、2023年已建成设施开展运维评估，…于12月31日前整改到位", or the verb
// whose object it dates, "落实2024年度渔业油价补贴，8月底前发放到位", "依托2023年获批的省级实验室，7月底
// 前启动二期" (not a word of time before it: 于, 在, 到, 至, 截至, 从, 自). A past year there is the
// things' year; the phrase is the plan's.
func objectYearBefore(before string) bool {
	i := lastYearIndex(before)
	for i >= 0 {
		b := strings.TrimRight(before[:i], " \t")
		if strings.HasSuffix(b, "对") {
			return true
		}
		if r, _ := utf8.DecodeLastRuneInString(b); unicode.Is(unicode.Han, r) && !strings.ContainsRune(timeBeforeYear, r) {
			return true
		}
		t, ok := strings.CutSuffix(b, "、")
		if !ok {
			t, ok = strings.CutSuffix(b, "和")
		}
		if !ok || !strings.HasSuffix(t, "年") || lastYearIndex(t) != len(t)-4-len("年") {
			return false
		}
		i = lastYearIndex(t)
	}
	return false
}

// timeBeforeYear are the characters that make the year after them a time (于2024年, 截至2024年, 从2024年
// 起, 今明两年…), not the year of a thing a verb acts on; 和 and 、 join it to a list of years.
const timeBeforeYear = "于在到至止从自起和与及或即今明去前后"

// citedYearBefore reports whether the last year before a phrase without one stands in the title of a
// document cited ("按照《南通港总体规划（2021—2035年）》要求，9月底前完成…"): the document's year, not the
// work's.
func citedYearBefore(before string) bool {
	i := lastYearIndex(before)
	return i >= 0 && inTitle(before[:i])
}

// baseYear reports whether the year between before and after is a base the work builds on or is
// measured against, as the words right around it say: "在2020年…基础上" (在 right before it, 基础上
// in its clause), "以2020年为基数", "2020年为基期", "与2020年相比", "较2020年". So it dates nothing to do
// and gives no year to a later phrase without one; "到2025年…在2020年基础上下降6%" keeps its 2025.
func baseYear(before, after string) bool {
	before = strings.TrimRight(before, " \t")
	after = strings.TrimLeft(after, " \t")
	if k := strings.IndexAny(after, "，,。；;\n"); k >= 0 {
		after = after[:k]
	}
	for _, w := range []string{"为基数", "为基期", "为基准", "相比", "同期"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	if strings.HasSuffix(before, "与") || strings.HasSuffix(before, "较") || strings.HasSuffix(before, "以") && strings.HasPrefix(after, "为") {
		return true
	}
	return strings.HasSuffix(before, "在") && strings.Contains(after, "基础上") && lastYearIndex(after) < 0
}

// countsDone reports whether a sentence counts what is already done ("全市已建成充电桩1.2万个"), not
// one that only names done things as its object ("对已建成的小区…", "已完成改造的").
func countsDone(sentence string) bool {
	for rest := sentence; ; {
		j := strings.Index(rest, "已")
		if j < 0 {
			return false
		}
		before, after := rest[:j], rest[j+len("已"):]
		attributive := strings.HasSuffix(before, "对") || strings.HasSuffix(before, "将")
		if r := []rune(after); !attributive {
			w := string(r[:min(len(r), 4)])
			attributive = strings.Contains(w, "的")
		}
		if !attributive {
			return true
		}
		rest = after
	}
}

// lastYearIndex is where the last year (19xx年, 20xx年) of s starts, or -1.
func lastYearIndex(s string) int {
	for i := len(s) - 4; i >= 0; i-- {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) &&
			(i == 0 || !isDigitByte(s[i-1])) && strings.HasPrefix(s[i+4:], "年") {
			return i
		}
	}
	return -1
}

// shortYearMonth is a year written with two digits before its month: "25年6月底前".
var shortYearMonth = mustCompile(`(^|[^\d.．])([1-3]\d)年(\d{1,2}月)`)

// shortYears writes a two-digit year before a month with its century when it is near the plan's year
// (25年6月底前 in a 2025 plan), as a time label's "24年底前" is read; "用15年时间" has no month.
func shortYears(text string, year int) string {
	if !hasShortYear(text) {
		return text
	}
	return shortYearMonth.ReplaceAllStringFunc(text, func(m string) string {
		g := shortYearMonth.FindStringSubmatch(m)
		y, _ := strconv.Atoi(g[2])
		if y += 2000; y < year-3 || y > year+6 {
			return m
		}
		return g[1] + strconv.Itoa(y) + "年" + g[3]
	})
}

// hasShortYear is the cheap test before shortYearMonth runs: two digits, 年, a digit, with no digit
// before the two.
func hasShortYear(text string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], "年")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("年")
		if i >= 2 && isDigitByte(text[i-1]) && isDigitByte(text[i-2]) && (i < 3 || !isDigitByte(text[i-3])) && from < len(text) && isDigitByte(text[from]) {
			return true
		}
	}
}

// goalYearBefore reports whether the last year before a phrase without one is a goal's, in a sentence
// before it ("到2027年全市城区实现全覆盖。6月底前完成选址布点"): the goal's year is no year of the work
// that follows, which is the plan's own.
func goalYearBefore(before string) bool {
	i := lastYearIndex(before)
	if i < 0 {
		return false
	}
	if !strings.ContainsAny(before[i:], "。；;\n") && !goalClauseBefore(before[i+4:]) {
		return false
	}
	b := before[:i]
	for _, w := range []string{"力争到", "确保到", "争取到", "预计到", "到"} {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

// goalClauseBefore reports whether the words after a goal's year (after its digits) make a clause of
// their own, the goal, that ends before the phrase: "力争到2027年产值突破千亿元，年内新增…" (not "到2027年，
// 年内…", whose year frames what follows, nor "到2027年6月底前…", a day).
func goalClauseBefore(after string) bool {
	k := strings.IndexAny(after, "，,")
	if k < 0 {
		return false
	}
	clause := after[:k]
	m := dateTail.FindStringSubmatchIndex(clause)
	if m == nil || m[2] < 0 || m[4] >= 0 || m[6] >= 0 || m[12] >= 0 {
		return false // no 年, or a period, a month or a closing word after it: a date, no goal of its own
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(clause[m[1]:]))
	return unicode.Is(unicode.Han, r) && r != '度'
}

// yearBeforeSentence reports whether the last year written before the end of before stands inside an
// earlier sentence than its end ("落实2030年各区…目标要求。"), not opening it: a sentence or a stage
// that opens with its year ("2027年，全面建成…。", "第三阶段（2027年）：…", "2027年目标：…；") sets the
// year of the steps after it.
func yearBeforeSentence(before string) bool {
	i := lastYearIndex(before)
	if i < 0 || !strings.ContainsAny(before[i:], "。；;\n") {
		return false
	}
	start := strings.LastIndexAny(before[:i], "。；;\n：:")
	opening := before[start+1:]
	if start < 0 {
		opening = before[:i]
	} else {
		_, n := utf8.DecodeRuneInString(before[start:])
		opening = before[start+n : i]
	}
	opening = strings.TrimSpace(opening)
	return opening != "" && !stageBefore(opening)
}

// timeAlone is what may follow the date of a clause that only says when: a completion or nothing.
var timeAlone = mustCompile(`^(?:全部|全面|基本)?(?:完成|完工|建成|竣工|办结|到位|投用|上线|结束)?(?:任务)?$`)

// TimeClause reports whether s (a clause, up to its end mark) says only when the work is due: a
// deadline phrase and perhaps its completion ("2025年11月底前完成", "10月底前", "年底前全部完成"), as an
// item may state its time after its note of units.
func TimeClause(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "。；;"))
	if s == "" || utf8.RuneCountInString(s) > 20 {
		return false
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "于"), "在")
	for _, d := range ParseDeadlinesIn(s, 2000) {
		if d.Kind == KindBy && strings.HasPrefix(s, d.Quote) && timeAlone.MatchString(s[len(d.Quote):]) {
			return true
		}
	}
	return false
}

// ParseDeadlines finds the dated phrases of a task's text. A year alone counts when the phrase
// marks a deadline or a target ("力争2023年获批", "到2027年", "2023年,完成…", "2023全年"), not when
// it names something ("做好2010年香港…推介会").
func ParseDeadlines(text string) []Deadline {
	return parseDeadlines(hanDates(dropWeekday(foldWidth(text))))
}

// hanSignatureEnd is a full date in Chinese numerals standing after a text's last sentence, at its end.
var hanSignatureEnd = mustCompile(`。[\s\x{3000}]*[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日[\s\x{3000}]*$`)

// onceEvery follows a period said as "once in it": 一季度一通报, 一月一调度.
var onceEvery = mustCompile(`^一(?:次)?(?:评估|考核|调度|通报|会商|督查|督导|检查|排名|晾晒|总结|体检|研判|例会|报告|讲评|点评|考评|评比|巡查|巡检|排查|分析)`)

// digitYearThenHan reports a year in digits followed by a Chinese numeral ("2025年六"): the cheap
// test before digitYearHanMonth runs.
func digitYearThenHan(text string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], "年")
		if i < 0 {
			return false
		}
		i += from
		r, _ := utf8.DecodeRuneInString(text[i+len("年"):])
		if i > 0 && isDigitByte(text[i-1]) && strings.ContainsRune("一二三四五六七八九十", r) {
			return true
		}
		from = i + len("年")
	}
}

// hanMonthDay is a month (and day) in Chinese numerals that a deadline word closes, its year left
// out or written before it: 十二月底前, 十一月二十日前, 次年一月十五日前, 十二月中旬, 五月至; or a day of
// every month: 每月五日前. Group 1 is the character before it, which no numeral may be.
var hanMonthDay = mustCompile(`(^|[^〇○零一二三四五六七八九十两百\d])(?:(十[一二]?|[一二三四五六七八九])月|(每月))(?:(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?((?:底|末|中下旬|上中旬|中旬|上旬|下旬)?\s*(?:前|之前|以前)|中下旬|上中旬|中旬|上旬|下旬|底|末|份|\s*(?:至|到|—|－|-|～|~))`)

// hanMonthSpanEnd is the end of a span of months in Chinese numerals: the 十月 of 五月至十月, the
// 十二月三十一日 of 十一月一日至十二月三十一日 (hanMonthDay has written the start with digits).
var hanMonthSpanEnd = mustCompile(`(\d[月日号]\s*(?:至|到|—|－|-|～|~)\s*)(十[一二]?|[一二三四五六七八九])月(?:(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?`)

// hanMonthNear reports a 月 with a Chinese numeral before it (十二月) or after it (每月五日): the
// cheap test before hanMonthDay runs.
func hanMonthNear(text string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], "月")
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len("月"):])
		if strings.ContainsRune("一二三四五六七八九十", before) || strings.ContainsRune("一二三四五六七八九十", after) {
			return true
		}
		from = i + len("月")
	}
}

// hanMonthDays writes hanMonthDay's months and days with digits.
func hanMonthDays(text string) string {
	text = hanMonthDay.ReplaceAllStringFunc(text, func(m string) string {
		g := hanMonthDay.FindStringSubmatch(m)
		out := g[1]
		switch {
		case g[2] != "":
			out += strconv.Itoa(chineseNum(g[2])) + "月"
		case g[4] == "":
			return m // 每月 with no day: nothing to write
		default:
			out += g[3]
		}
		if g[4] != "" {
			out += strconv.Itoa(chineseNum(g[4])) + "日"
		}
		return out + g[5]
	})
	return hanMonthSpanEnd.ReplaceAllStringFunc(text, func(m string) string {
		g := hanMonthSpanEnd.FindStringSubmatch(m)
		out := g[1] + strconv.Itoa(chineseNum(g[2])) + "月"
		if g[3] != "" {
			out += strconv.Itoa(chineseNum(g[3])) + "日"
		}
		return out
	})
}

// digitYearHanMonth is a year in digits and its month in Chinese numerals: 2025年六月, 2025年十二月.
var digitYearHanMonth = mustCompile(`((?:19|20)\d{2})\s*年\s*(十[一二]?|[一二三四五六七八九])月`)

// hanDateExpr is a date written in Chinese numerals inside a text: 二〇二四年十二月底前, 二○二五年六月三十日.
var hanDateExpr = mustCompile(`([〇○零一二三四五六七八九]{4})年(?:(十[一二]?|[一二三四五六七八九])月(?:(三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日)?)?`)

// yuanMonth is 元月, January, before what makes it a date (元月底前, 元月15日, 元月中旬, 元月份); not
// the 元 of a sum of money ("500元月底发放", "万元月均").
var yuanMonth = mustCompile(`(^|[^\d〇○零一二三四五六七八九十两百千万亿.])元月(底|末|[上中下]旬|份|前|之前|以前|\d|[一二三四五六七八九十])`)

// hanDates writes a text's dates in Chinese numerals with digits, so that they read as any other.
func hanDates(text string) string {
	if strings.Contains(text, "元月") {
		text = yuanMonth.ReplaceAllStringFunc(text, func(m string) string {
			g := yuanMonth.FindStringSubmatch(m)
			if isDigitByte(g[2][0]) {
				return g[1] + "1月" + g[2] // 元月15日: the day in digits, the month so too
			}
			return g[1] + "一月" + g[2] // 元月十五日, 元月底前: read with the months in words
		})
	}
	if hanMonthNear(text) {
		text = hanMonthDays(text)
	}
	if !strings.Contains(text, "年") {
		return text
	}
	if strings.Contains(text, "月") && digitYearThenHan(text) {
		// "2025年六月底前": a year in digits, its month in words.
		text = digitYearHanMonth.ReplaceAllStringFunc(text, func(m string) string {
			g := digitYearHanMonth.FindStringSubmatch(m)
			return g[1] + "年" + strconv.Itoa(chineseNum(g[2])) + "月"
		})
	}
	if !anyRune(text, "〇○零") {
		return text
	}
	return hanDateExpr.ReplaceAllStringFunc(text, func(m string) string {
		g := hanDateExpr.FindStringSubmatch(m)
		out := strconv.Itoa(chineseNum(g[1])) + "年"
		if g[2] != "" {
			out += strconv.Itoa(chineseNum(g[2])) + "月"
		}
		if g[3] != "" {
			out += strconv.Itoa(chineseNum(g[3])) + "日"
		}
		return out
	})
}

// parseDeadlines is ParseDeadlines for a text already folded (foldWidth, dropWeekday).
func parseDeadlines(text string) []Deadline {
	var out []Deadline
	seen := map[string]bool{}
	add := func(d Deadline) {
		key := d.Date.String() + d.Kind
		if seen[key] || d.Date.IsZero() {
			return
		}
		seen[key] = true
		out = append(out, d)
	}
	// Scan for years (19xx, 20xx not inside a longer number) and read each phrase around one.
	for i := 0; i+4 <= len(text); i++ {
		if !(text[i] == '1' && text[i+1] == '9' || text[i] == '2' && text[i+1] == '0') ||
			!isDigitByte(text[i+2]) || !isDigitByte(text[i+3]) ||
			(i > 0 && isDigitByte(text[i-1])) || (i+4 < len(text) && isDigitByte(text[i+4]) && !isMonthAfterYear(text[i+4:])) {
			continue
		}
		lo, hi := max(0, i-dateReach), min(len(text), i+dateReach)
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo++
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi--
		}
		if d, ok := deadlineAt(text[lo:hi], i-lo); ok {
			add(d)
		}
		i += 3
	}
	if strings.Contains(text, "五") {
		for _, m := range fiveYearExpr.FindAllStringSubmatch(text, -1) {
			if y := fiveYearEnd(m[1]); y > 0 {
				add(Deadline{Quote: m[0], Date: Day{y, time.December, 31}, Kind: KindTarget})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}

// dateReach bounds the text read around one year (bytes each side, about 500 characters): what
// decides a date's reading is in its sentence and the next, and a text of thousands of years would
// otherwise be read whole for each of them.
const dateReach = 1500

// monthSpanTail is a span of months after a year whose first month has no 月 of its own: "年4-6月".
var monthSpanTail = mustCompile(`^[ \t]*年[ \t]*(\d{1,2})[ \t]*[—\-－~～–][ \t]*(\d{1,2})[ \t]*月(?:份|底|末)?`)

// isMonthAfterYear reports "12月" right after a year whose 年 was lost ("202312月底前").
func isMonthAfterYear(s string) bool {
	n := 0
	for n < len(s) && n < 2 && isDigitByte(s[n]) {
		n++
	}
	return n > 0 && strings.HasPrefix(strings.TrimLeft(s[n:], " "), "月")
}

// deadlineAt reads the phrase around the year at text[y:y+4].
func deadlineAt(text string, y int) (Deadline, bool) {
	before := text[:y]
	trimmed := strings.TrimRight(before, " \t")
	lead := leadWordBefore(trimmed)
	start := y
	if lead != "" {
		start = len(trimmed) - len(lead)
	}
	if d, ok := dottedDate(text, y, start); ok {
		return d, true
	}
	if m := monthSpanTail.FindStringSubmatch(text[y+4 : min(len(text), y+4+24)]); m != nil {
		// "2025年4-6月", "（2025年4～6月）": a span of months, due by the last one's end.
		year, _ := strconv.Atoi(text[y : y+4])
		from, _ := strconv.Atoi(m[1])
		to, _ := strconv.Atoi(m[2])
		// "2024年1-6月，全市实现…": the months counted so far this year, a statistic, unless a bracket or
		// a time label makes it a stage.
		counted := from == 1 && !strings.ContainsAny(lastRunes(strings.TrimRight(before, " \t"), 1), "（(：:") && !timeLabelBefore.MatchString(lastRunes(before, 16))
		if counted && from < to && to <= 12 {
			return Deadline{}, false
		}
		if from >= 1 && from < to && to <= 12 {
			return Deadline{Quote: text[start : y+4+len(m[0])], Date: NewDay(year, time.Month(to)+1, 0), Kind: KindBy}, true
		}
	}
	m := dateTail.FindStringSubmatchIndex(text[y+4 : min(len(text), y+4+48)])
	if m == nil {
		return Deadline{}, false
	}
	group := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return text[y+4+m[2*i] : y+4+m[2*i+1]]
	}
	ph := datePhrase{yearMark: group(1), period: group(2), month: group(3), day: group(4), monthPart: group(5), suffix: group(6)}
	end := y + 4 + m[1]
	after := text[end:]
	year, _ := strconv.Atoi(text[y : y+4])
	if rest, ok := strings.CutPrefix(after, "起"); ok && ph.month != "" {
		// "2024年6月1日起至12月31日": a span whose start is marked, due by its end.
		if from, ok := ph.dayIn(year); ok {
			if last, quote, ok := yearlessRangeEnd(rest, from); ok {
				return Deadline{Quote: strings.TrimSpace(text[start:end]) + "起" + quote, Date: last, Kind: KindBy}, true
			}
		}
	}
	if d, decided, ok := notADeadline(text, trimmed, after, ph, y, end, year); decided {
		return d, ok
	}
	day, ok := ph.dayIn(year)
	if !ok {
		return Deadline{}, false
	}
	if ph.month != "" && ph.day == "" && ph.monthPart == "" && ph.suffix == "" && termOpensIn.MatchString(after) {
		return Deadline{}, false // "2024年9月开学前": before the month the term opens in (festivalDeadlines)
	}
	if ph.period == "" && ph.month == "" && ph.suffix == "" {
		// "2025年汛期前完成…", "2025年入汛前": by the flood season, May's end (as 每年汛前 is read).
		if fm := floodBefore.FindString(after); fm != "" {
			return Deadline{Quote: strings.TrimSpace(text[start:end]) + fm, Date: NewDay(year, time.May, 31), Kind: KindBy}, true
		}
	}
	// A span from a date to a day its year leaves out, "2010年9月10日至9月17日": due by its end.
	if ph.month != "" {
		if last, quote, ok := yearlessRangeEnd(after, day); ok {
			return Deadline{Quote: strings.TrimSpace(text[start:end]) + quote, Date: last, Kind: KindBy}, true
		}
	}
	kind := KindBy
	// A year alone is a goal's ("力争2025年上榜…", "2025年推动首批95个…"), unless 完成 follows it or a
	// 前 closes the phrase it opens ("2024年秋季开学前", "2024年汛期前完成").
	bare := ph.suffix == "" && ph.period == "" && ph.month == "" && !completedIn(strings.TrimLeft(after, "，,")) && !beforeSoon.MatchString(after)
	if (targetLeads[lead] || reachesAfter(after) || bare) && !strings.Contains(ph.suffix, "前") && ph.month == "" {
		kind = KindTarget // "到2027年", "2026年实现…全覆盖": a goal to reach in that year
	} else if !strings.Contains(ph.suffix, "前") && !completedIn(strings.TrimLeft(after, "，, ")) && (targetLeads[lead] && lead != "至" || lead == "力争" || lead == "争取" || reachClause(after)) {
		// "到2027年6月底，全市…全部接入", "力争2026年底…突破100亿元", "2025年末，全区…达到4.5个": a
		// figure to reach by then, not work to finish (nor a span's end, "2025年5月至2026年4月").
		kind = KindTarget
	}
	if (lead == "截至" || lead == "截止到") && countToReach(ph.suffix, after) {
		kind = KindTarget // "截至2025年底，全市累计建成…以上": a count to reach by then
	}
	if strings.HasSuffix(trimmed, "其中") && !strings.Contains(ph.suffix, "前") && !strings.Contains(ph.period, "前") {
		kind = KindTarget // "到2025年底建成100个，其中2024年建成60个": a share of the goal, due in its year
	}
	// A bare year counts when it opens a clause: "2023年,完成…", "…；2024年通过验收".
	marked := ph.suffix != "" || ph.period != "" || ph.month != "" || lead != "" || completedIn(after) || strings.HasSuffix(trimmed, "其中") && reachesAfter(after)
	if !marked && !opensClause(before) && !yearListCounts(after) {
		// "…治理率2024年、2025年、2026年分别达到…": the first of a list of years counts as the others do.
		return Deadline{}, false
	}
	if lead == "至" {
		// "2025年1月1日至2025年12月31日": the span's end, quoted with its start so that it reads whole.
		if m := fullDateEnd.FindStringIndex(strings.TrimSuffix(trimmed, "至")); m != nil {
			start = m[0]
		}
	} else if lead == "" && ph.day != "" {
		// "2008年8月1日---2008年9月10日", "2024年3月1日—2024年4月30日": so with a dash, of any number.
		if m := fullDateDashEnd.FindStringIndex(trimmed); m != nil {
			start = m[0]
		}
	}
	return Deadline{Quote: strings.TrimSpace(text[start:end]), Date: day, Kind: kind}, true
}

// yearListNext is another year after a bare one, in a list of years: "、2025年".
var yearListNext = mustCompile(`^\s*[、和及与]\s*(?:19|20)\d{2}\s*年`)

// yearListCounts reports whether after continues a list of years that are each a time to reach
// something ("、2025年、2026年分别达到…", "和2026年，…"), not years naming things ("和2025年香港推介会").
func yearListCounts(after string) bool {
	n := 0
	for {
		m := yearListNext.FindStringIndex(after)
		if m == nil {
			break
		}
		after, n = after[m[1]:], n+1
	}
	if n == 0 {
		return false
	}
	rest := strings.TrimLeft(after, " \t")
	if strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, ",") || reachesAfter(rest) || completedIn(rest) {
		return true
	}
	if k := strings.IndexAny(rest, "。；;"); k >= 0 {
		rest = rest[:k]
	}
	return strings.Contains(rest, "分别")
}

// reachClause reports whether the clause a date opens ("2025年末，…") states a figure to reach
// (达到, 突破, 不低于, …以上) rather than work to finish (完成, 建成).
func reachClause(after string) bool {
	if !strings.HasPrefix(after, "，") && !strings.HasPrefix(after, ",") {
		return false
	}
	if k := strings.IndexAny(after, "。；;"); k >= 0 {
		after = after[:k]
	}
	if strings.Contains(after, "完成") || strings.Contains(after, "建成") {
		return false
	}
	for _, w := range []string{"达到", "突破", "不低于", "不少于", "以上", "提高到", "提升到", "控制在"} {
		if strings.Contains(after, w) {
			return true
		}
	}
	return false
}

// beforeSoon is a 前 a few characters on, in the same clause: the year opens a time, not a goal.
// floodBefore is the flood season's start a date names work to be done by: 汛期前, 汛前, 入汛前.
var floodBefore = mustCompile(`^(?:的)?(?:主汛期前|汛期前|汛前|入汛前)`)

var beforeSoon = mustCompile(`^[^，,。；;、\s\d]{0,6}(?:前|之前|以前)`)

// fullDateEnd is a full date ending a text: the start of a span "…2025年1月1日" before its 至.
var fullDateEnd = mustCompile(`(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$`)

// fullDateDashEnd is a full date and a span's dash ending a text: the start of a span
// "…2008年8月1日---" before its end's year.
var fullDateDashEnd = mustCompile(`(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:-{1,3}|—{1,2}|－|–|~|～)\s*$`)

// dottedExpr is a month (and day) written after a year with dots or slashes, as tables do: 2024.12,
// 2024.6.30, 2024/12, and what may close it (前, 底, 底前, 完成).
var dottedExpr = mustCompile(`^[./](\d{1,2})(?:[./](\d{1,2}))?(前|底前|底|末|以前|之前)?`)

// timeLabelBefore is a time label right before a date: "完成时间：", "完成时限:", "截止日期 ".
var timeLabelBefore = mustCompile(`(?:完成时间|完成时限|完成期限|时限|截止时间|截止日期|时间节点|办结时限)\s*(?:[:：]|为|是)?\s*$`)

// labelledDashed is a date written 2025-06-30 after a time label, with nothing after it.
var labelledDashed = mustCompile(`^-(\d{1,2})-(\d{1,2})()`)

// dashedExpr is a date written 2024-12-31 with a deadline word after it ("2024-12-31前"); without one
// it is a page's date, no deadline.
var dashedExpr = mustCompile(`^-(\d{1,2})-(\d{1,2})(前|以前|之前)`)

// dottedDate reads a date written with dots after the year at text[y:y+4] ("2024.12", "2024.6.30
// 前"): due by that day, or by the month's end. A decimal figure ("2024.5亿元", "2023.12万人") is no
// date.
func dottedDate(text string, y, start int) (Deadline, bool) {
	if y > 0 && (text[y-1] == '.' || text[y-1] == '/') {
		return Deadline{}, false
	}
	m := dottedExpr.FindStringSubmatchIndex(text[y+4:])
	if m == nil {
		m = dashedExpr.FindStringSubmatchIndex(text[y+4:])
	}
	if m == nil && timeLabelBefore.MatchString(lastRunes(text[:y], 16)) {
		// "完成时间：2025-06-30": a time label says the bare date is when it is due; in a span
		// ("2025-03-01至2025-06-30") it is due by the span's end.
		m = labelledDashed.FindStringSubmatchIndex(text[y+4:])
		if m != nil {
			if e := y + 4 + m[1]; isRangeDash(text[e:min(len(text), e+3)]) {
				rest := strings.TrimLeft(text[e:], "—-－~～至– ")
				if len(rest) >= 4 && isDigitByte(rest[0]) && isDigitByte(rest[3]) {
					if n := labelledDashed.FindStringSubmatchIndex(rest[4:]); n != nil {
						y2 := len(text) - len(rest)
						d, ok := dottedDate(text[:y2]+"完成时间："+rest, y2+len("完成时间："), start)
						if ok {
							d.Quote = strings.TrimSpace(text[start : y2+4+n[1]])
						}
						return d, ok
					}
				}
			}
		}
	}
	if m == nil {
		return Deadline{}, false
	}
	end := y + 4 + m[1]
	if next, _ := utf8.DecodeRuneInString(text[end:]); next != utf8.RuneError && (isDigitByte(text[end]) || next == '.' || strings.ContainsRune("万亿元%‰个项家人户吨米亩公千百套座所条台辆次倍", next)) {
		return Deadline{}, false
	}
	// "2024.3-2024.12": the start of a range, which its end says; "自2024.1起": a start.
	if m[6] < 0 && (isRangeDash(text[end:]) || startsHere(text[end:])) {
		return Deadline{}, false
	}
	year, _ := strconv.Atoi(text[y : y+4])
	mon, _ := strconv.Atoi(text[y+4+m[2] : y+4+m[3]])
	if mon < 1 || mon > 12 {
		return Deadline{}, false
	}
	day := NewDay(year, time.Month(mon)+1, 0)
	if m[4] >= 0 {
		dd, _ := strconv.Atoi(text[y+4+m[4] : y+4+m[5]])
		d, ok := validDay(year, mon, dd)
		if !ok {
			return Deadline{}, false
		}
		day = d
	}
	return Deadline{Quote: strings.TrimSpace(text[start:end]), Date: day, Kind: KindBy}, true
}

// inTitle reports whether a text ends inside a document's name (《… opened in its sentence and not
// closed): a date there is the document's. Only the last sentence or clause is looked at, so that a
// 《 left open earlier in a long text does not hide the dates after it (and a long item of many dates
// is not read again from its start for each).
func inTitle(before string) bool {
	if k := strings.LastIndexAny(before, "。\n；;"); k >= 0 {
		before = before[k:]
	}
	return strings.Contains(before, "《") && strings.Count(before, "《") > strings.Count(before, "》")
}

// doneAfter is a date followed by what was done by then: "2024年底前已完成排查的…".
var doneAfter = mustCompile(`^\s*(?:前|以前|之前)?\s*(?:已经|已)`)

// cohortAfter is a date that names which things a task is about, by when they came about: "2000年底前
// 建成的小区", "1998年12月31日前建成、基础设施老化的", "2012年12月31日之前发生的违法用地", with a note
// in brackets on whether the date's own year is in ("1990年之前（含1990年）建成、…的", "2000年底前（含）建成的").
// yearListRun is the rest of a list of years after one: "、2023年、2024年".
var yearListRun = mustCompile(`^(?:\s*[、和及与]\s*(?:19|20)\d{2}\s*年)+`)

// monthListRun is the rest of a list of months after one: "、5月".
var monthListRun = mustCompile(`^(?:\s*[、和及与]\s*\d{1,2}\s*月份?)+`)

var cohortAfter = mustCompile(`^\s*(?:前|以前|之前|及以后|及以前|及之后|以后|之后|后)?\s*(?:[（(]\s*(?:含|包含|包括|不含)[^（()）]{0,12}[)）]\s*)?(?:建成|竣工|建设|发生|形成|出生|毕业|入学|退休|登记|注册|设立|成立|取得|购买|购置|开工|投产|投入使用|投用|投运|交付|入住|建造|出厂|生产|报废|批准|审批|认定|办理)(?:的|(?:投运|投产|投用|并网|运营|运行|验收|交付使用|交付|入住|投入使用|办证)的|(?:、[^，,。；;、]{1,16}){1,4}的|[^，,。；;、]{0,4}(?:且|并|和|及)[^，,。；;、]{1,12}的)`)

// goalAround reports whether a date before things made by then is a goal's ("确保2025年6月底前建成投产
// 的项目达到30个以上"): a goal word before the date ("完成2000年底前建成的…改造不少于30个" names a cohort).
func goalAround(before string) bool {
	return strings.HasSuffix(before, "确保") || strings.HasSuffix(before, "力争") || strings.HasSuffix(before, "到")
}

// yearDatePrefix is a year and what it names of it, opening a text: "2000年底", "2019年12月31日".
var yearDatePrefix = mustCompile(`^(?:19|20)\d{2}\s*年\s*(?:底|末|\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?\s*(?:底|末)?)?`)

// pastEvent is what a date said of an event had happened: a meeting held, a document issued.
// meetingAfter: a day, then the meeting held on it whose decisions are followed ("2025年2月18日县委
// 常委会会议精神").
var meetingAfter = mustCompile(`^\s*\p{Han}{0,12}?(?:会议|常委会|常务会|全会|例会)(?:的)?(?:精神|部署|要求|决定|议定|纪要)`)

// quartersAfterYear: a list or span of quarters right after a year ("2026年二、三季度", "2025年一至三季度").
var quartersAfterYear = mustCompile(`^\s*第?[一二三四1-4](?:\s*[、和及与至到—－-]\s*第?[一二三四1-4])+\s*季度`)

// followsDecision: the words before a meeting's day whose decisions are followed: 按照, 根据, 贯彻, 落实.
var followsDecision = mustCompile(`(?:按照|根据|依据|按|贯彻|落实|遵照)$`)

// yearNamed: a year, then what it is called ("2026年是“十五五”规划开局之年", "2025年为…攻坚年", "2019年是
// 新中国成立70周年": the anniversary it is).
var yearNamed = mustCompile(`^\s*(?:是|为|作为)[^，,。；;]{0,24}?(?:之年|一年|年份|周年|攻坚年|关键年|落实年|提升年|建设年)`)

var pastEvent = mustCompile(`^\s*(?:召开的|举行的|举办的|印发的|出台的|发布的|颁布的|印发\s*$|印发\s*\n|印发[，,。]|成文)`)

// pastEventClause is what a clause after a date tells of an event, not work to do: "2023年9月，我县成功
// 入选…", "2024年7月，市委、市政府召开…会议，作出部署".
var pastEventClause = mustCompile(`成功|召开|举行|举办|印发|出台|发布|颁布|入选|获批|获评|被评为|被列为|作出|部署|同比|了`)

// pastEventAt reports whether the date quote, before the plan's year, opens a clause ("2023年9月，…")
// that tells an event (pastEventClause), with no 前 or 完成 of its own.
func pastEventAt(text, quote string) bool {
	if strings.ContainsAny(quote, "前底") || strings.Contains(quote, "完成") {
		return false
	}
	i := strings.Index(text, quote)
	if i < 0 {
		return false
	}
	after := strings.TrimLeft(text[i+len(quote):], " \t")
	if !strings.HasPrefix(after, "，") && !strings.HasPrefix(after, ",") {
		return false
	}
	if k := strings.IndexAny(after, "。；;"); k >= 0 {
		after = after[:k]
	}
	return pastEventClause.MatchString(after)
}

// statisticAt reports whether the period quoted is what a statistic was counted over: "今年一季度，全市规上
// 工业增加值同比增长6.8%", "全县2024年第一季度空气质量优良天数比例为86.7%，同比上升2.1个百分点". The
// sentence after it gives a change on the year before (同比, 比上年, 环比 …) with its figure, before any
// word of a goal, and no goal word stands before the period nor a 前 or 完成 in it.
func statisticAt(text, quote string) bool {
	if strings.ContainsAny(quote, "前底内") || strings.Contains(quote, "完成") || strings.Contains(quote, "到") {
		return false
	}
	i := strings.Index(text, quote)
	if i < 0 || goalBefore.MatchString(text[:i]) {
		return false
	}
	after := text[i+len(quote):]
	if k := strings.IndexAny(after, "。；;"); k >= 0 {
		after = after[:k]
	}
	m := statisticChange.FindStringIndex(after)
	return m != nil && !statisticGoal.MatchString(after[:m[0]]) && !strings.HasPrefix(after[m[1]:], "以上") && !strings.HasPrefix(after[m[1]:], "左右")
}

// statisticChange is a change on the year before with its figure: 同比增长6.8%, 比上年下降2个百分点.
var statisticChange = mustCompile(`(?:同比|比上年同期|比上年|较上年同期|较上年|环比)(?:增长|上升|下降|提高|减少|增加|降低)\s*[\d.]+\s*(?:%|％|个百分点|倍)`)

// statisticGoal and goalBefore are the words of a goal around a period: 力争, 确保, 达到, 实现.
var (
	statisticGoal = mustCompile(`力争|确保|争取|达到|实现|完成|目标|预计|要|保持|计划`)
	goalBefore    = mustCompile(`(?:力争|确保|争取|实现|到|至|预计|计划)\s*$`)
)

// doneSaid reports whether the sentence after quote says its event is past: "…召开…大会，对…进行了部署".
func doneSaid(text, quote string) bool {
	i := strings.Index(text, quote)
	if i < 0 {
		return false
	}
	after := text[i+len(quote):]
	if k := strings.IndexAny(after, "。；;"); k >= 0 {
		after = after[:k]
	}
	return doneWords.MatchString(after)
}

// doneWords say an event is past: "进行了全面部署", "已经召开" (not 了解, 为了, 已建成的).
var doneWords = mustCompile(`[^为除]了(?:[^解]|$)|已经|已于|已(?:召开|举行|举办|印发|出台|完成|部署)`)

// pastFigureAt reports whether a bare year before the plan's is what a figure was in: "2023年完成改造38
// 个", "2024年全市接待游客3860万人次" (a plan's account of its groundwork), or when something was found
// ("2019年督察发现违法用地"; foundIn), not work still to do.
//
// So is a year reached with 的 and its figure ("由2015年的86平方公里扩大到2020年的112平方公里"): what the
// figure had become by then.
func pastFigureAt(text, quote string) bool {
	reached := strings.HasPrefix(quote, "到") && bareYearQuote.MatchString(strings.TrimPrefix(quote, "到"))
	if !bareYearQuote.MatchString(quote) && !reached {
		return false
	}
	i := strings.Index(text, quote)
	if i < 0 {
		return false
	}
	rest := text[i+len(quote):]
	if reached && !strings.HasPrefix(rest, "的") {
		return false
	}
	after := clauseAfter(strings.TrimLeft(rest, "，, ")) // "2024年，全市接待游客3860万人次"
	return (figureIn.MatchString(after) || foundIn.MatchString(after)) && !figureAhead.MatchString(after)
}

// foundIn is a clause telling what was found, a fact as a figure is: "2019年国家自然资源督察发现违法
// 用地，本区共计4件" (the count may stand in the next clause).
var foundIn = mustCompile(`发现|查出|查实|排查出|核查出|检出`)

// figureIn is a figure: a number that is no year, month or day ("38个", "3860万人次", "96%").
var figureIn = mustCompile(`\d[\d.]*(?:[^\d.年月日号]|$)`)

// bareYearQuote is a year alone: 2023年.
var bareYearQuote = mustCompile(`^(?:19|20)\d{2}\s*年$`)

// figureAhead is what makes a figure one to reach: a modal or a goal's word.
var figureAhead = mustCompile(`要|将|力争|确保|计划|拟|争取|目标|预计|达到|前`)

// bornIn ends the words before a date that name a cohort by its birth: 出生于, 出生在, 生于.
var bornIn = mustCompile(`(?:出生|生)(?:于|在)(?:[^，,。；;]{0,16}?[至到—－-])?\s*$|出生日期(?:为|在)?\s*$`)

// foundedIn ends the words before a date that say when something was made: 成立于, 组建于, 始建于.
// signedBefore is an issuer's name right after a note or a sentence's end, before the day it signs
// ("）平潭综合实验区管委会办公室2019年3月15日"); signedAfter what a page puts after a signature.
var (
	signedBefore = mustCompile(`[）)。]\s*\p{Han}{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|管委会|管理委员会|委员会|政府|局|厅)\s*$`)
	signedAfter  = mustCompile(`^\s*(?:印发)?\s*(?:[(（]此件|来源|附件|抄送|信息来源|发布|$)`)
)

// cohortVerbBefore is the act that made things, right before the date that names them as a cohort when 的
// follows: "建成于2000年底前的", "竣工于2010年以前的".
var cohortVerbBefore = mustCompile(`(?:建成|竣工|建造|建设|投用|投运|投产|开工|交付|登记|注册|出生|毕业)\s*于?\s*$`)

var foundedIn = mustCompile(`(?:成立|组建|始建|创建)于\s*$`)

// revisionAfter follows a year that names a law's edition or a decree's number: "（2021年修正）",
// "（2019年版）", "（2014年市政府令第14号）".
var revisionAfter = mustCompile(`^\s*(?:(?:修正|修订|修改|版)\s*[）)]|(?:[省市区县]?(?:人民)?政府|国务院)?令第)`)

// notADeadline decides the phrases around a year that are no plain deadline: a year in a document
// number, the start of a range ("2023—2027年") whose end says when, a range's end, a bare number, a
// start ("…起"), and "2023年度" (a year's scope, or the name of a year's report), what was done by
// then (doneAfter, cohortAfter) and a date inside a document's name. decided is false when the phrase
// is to be read as a date.
func notADeadline(text, trimmed, after string, ph datePhrase, y, end, year int) (d Deadline, decided, ok bool) {
	noYearWord := ph.month == "" && ph.period == ""
	if strings.HasSuffix(trimmed, "已于") || strings.HasSuffix(trimmed, "已在") || strings.HasSuffix(trimmed, "已经于") {
		return Deadline{}, true, false // "已于2024年完成": done, no deadline
	}
	if strings.HasSuffix(trimmed, "截至") || strings.HasSuffix(trimmed, "截止") || strings.HasSuffix(trimmed, "截止到") {
		// "截至2025年底，全市累计建成…100个以上": a goal counted up to a day, when the sentence asks for
		// more to come; "截至2024年底，全市已建成…" counts what is done.
		// "截止到2025年10月底前完成…", "截止2025年11月底，全面完成…任务": the same rule as without the year
		// (cutOffReading); "截至2027年12月31日，符合条件的…": a day a policy holds to is its term's end.
		keep, _ := cutOffReading(ph.suffix+ph.period, after)
		return Deadline{}, !keep, false
	}
	if listed := yearListRun.FindString(after) + monthListRun.FindString(after); listed != "" && cohortAfter.MatchString(after[len(listed):]) {
		return Deadline{}, true, false // "2022年、2023年、2024年毕业的": a list of years naming a cohort
	}
	if doneAfter.MatchString(after) || cohortAfter.MatchString(after) && !goalAround(trimmed) {
		// "2024年底前已完成排查的隐患点", "1998年12月31日前建成的小区": what was done by then, which
		// names the things the task is about.
		return Deadline{}, true, false
	}
	if inTitle(trimmed) {
		return Deadline{}, true, false // "《2025年第2季度重点工作任务清单》": a document's name
	}
	if c := clauseBefore(trimmed); (strings.Contains(c, "统计") || strings.Contains(c, "数据") || strings.Contains(c, "为")) && statPeriod.MatchString(c) {
		return Deadline{}, true, false // "统计时段为2023年10月1日至2024年9月30日": what a figure counts
	}
	if ph.day != "" && signedAfter.MatchString(after) && signedBefore.MatchString(lastRunes(trimmed, 40)) {
		return Deadline{}, true, false // "（责任单位：…）平潭综合实验区管委会办公室2019年3月15日来源：…": the signature a page ran on
	}
	// "第一阶段(2016年—2018年):编制…(已完成)": a stage the plan marks done, in its label's sentence;
	// elsewhere the mark is its own clause's ("…，其中6月底前完成50个（已完成）").
	scope := after
	if k := strings.IndexAny(after, "。；;"); k >= 0 {
		scope = after[:k]
	}
	if !stageBefore(trimmed) {
		scope = clauseOf(after)
		if strings.TrimSpace(scope) == "" {
			// "2024年6月底前，完成规划编制（已完成）": the date's clause is the date alone; the work
			// after it is the step the mark closes.
			scope = clauseOf(strings.TrimLeft(after, " \t，,"))
		}
	}
	if strings.Contains(scope, "已完成）") || strings.Contains(scope, "已完成)") {
		return Deadline{}, true, false // "第一阶段(2016年—2018年)：编制…(已完成)": a stage the plan marks done
	}
	if strings.HasPrefix(strings.TrimLeft(after, " \t"), "的") && cohortVerbBefore.MatchString(lastRunes(trimmed, 6)) {
		return Deadline{}, true, false // "建成于2000年底前的住宅小区": the things' cohort, the verb before the date
	}
	if tail := lastRunes(trimmed, 40); foundedIn.MatchString(tail) || revisionAfter.MatchString(after) || bornIn.MatchString(tail) {
		// "协会成立于2019年", "（组建于2018年10月）", "《安全生产法》（2021年修正）": when a body was
		// made or a law amended, not work due.
		return Deadline{}, true, false
	}
	if baseYear(trimmed, after) {
		return Deadline{}, true, false // "在2020年…试点经验的基础上": a year the work builds on
	}
	if strings.HasSuffix(trimmed, "有效期至") || strings.HasSuffix(trimmed, "有效期到") || strings.HasSuffix(trimmed, "有效期截至") {
		return Deadline{}, true, false // "补助资格有效期至2027年6月30日": how long a right holds, not work due
	}
	switch {
	case strings.HasSuffix(trimmed, "〔") || strings.HasSuffix(trimmed, "[") || strings.HasPrefix(after, "〕") || strings.HasPrefix(after, "]"):
		return Deadline{}, true, false
	case pastEvent.MatchString(after) || !strings.Contains(ph.suffix, "前") && meetingAfter.MatchString(after) && followsDecision.MatchString(trimmed):
		// "2024年12月召开的…会议", "2025年3月12日印发", "按照2025年2月18日县委常委会会议精神": when
		// something was done or decided
		return Deadline{}, true, false
	case noYearWord && quartersAfterYear.MatchString(after):
		return Deadline{}, true, false // "2026年二、三季度": the quarters say when (listedQuarters)
	case noYearWord && yearNamed.MatchString(after):
		return Deadline{}, true, false // "2026年是“十五五”开局之年": what a year is, no work due in it
	case isRangeDash(after) && noYearWord:
		return Deadline{}, true, false // the start of a range: its end says when
	case ph.month != "" && fullDateAfterDash(after):
		return Deadline{}, true, false // "2008年8月1日---2008年9月10日": the start of a span of dates
	case isRangeDash(trimmed) && !noYearWord:
		return Deadline{}, false, false // a span of dates' end: a date like any other
	case isRangeDash(trimmed):
		d, ok := rangeEnd(text, trimmed, year, end)
		return d, true, ok
	case ph.yearMark == "" && ph.month == "" && ph.period != "全年":
		return Deadline{}, true, false // "2023" with neither 年 nor a month is a number
	case noYearWord && strings.HasPrefix(after, "为") && len(ParseDeadlines("2000年"+after[len("为"):min(len(after), 24)])) > 0:
		return Deadline{}, true, false // "(2024年为4月底)": the year an exception's date below is in
	case noYearWord && festivalStart.MatchString(after):
		return Deadline{}, true, false // "2024年春节前": the festival's eve, read by festivalDeadlines
	case noYearWord && occasionAfterYear.MatchString(after):
		// "2026年春季学期开学前", "2025年高考前", "2026年春运前": before an occasion early in the year,
		// whose day the region or the lunar calendar sets; never the year's end.
		return Deadline{}, true, false
	case startsHere(after) && !(strings.HasPrefix(strings.TrimLeft(after, " "), "启动") && strings.Contains(ph.suffix, "前")):
		// "从2024年第二季度起", "自2025年1月1日起施行", "从2023年4月启动，…": when it starts ("6月底前启动" is
		// a deadline to start by)
		return Deadline{}, true, false
	case noYearWord && strings.HasPrefix(after, "度") && yearScope(after[len("度"):]):
		// "2023年度，各县市区至少建成1个": what is to be done within the year.
		return Deadline{Quote: text[y:end] + "度", Date: Day{year, time.December, 31}, Kind: KindTarget}, true, true
	case noYearWord && (strings.HasPrefix(after, "度") || strings.HasPrefix(after, "级") || strings.HasPrefix(after, "版")):
		return Deadline{}, true, false
	}
	return Deadline{}, false, false
}

// leadWordBefore returns the word before a year that leads its phrase (力争到, 确保, 到 …), or "".
func leadWordBefore(trimmed string) string {
	for _, w := range leadWords {
		if strings.HasSuffix(trimmed, w) {
			return w
		}
	}
	return ""
}

// datePhrase is what follows a year: its 年, a part of the year or a month (with its day or part),
// and the word that closes the phrase.
type datePhrase struct {
	yearMark, period, month, day, monthPart, suffix string
}

// dayIn is the last day of the period the phrase names in year.
func (ph datePhrase) dayIn(year int) (Day, bool) {
	if ph.month == "" {
		switch ph.period {
		case "上半年", "年中", "二季度", "第二季度", "2季度", "第2季度":
			return Day{year, time.June, 30}, true
		case "一季度", "第一季度", "1季度", "第1季度", "年初":
			return Day{year, time.March, 31}, true
		case "三季度", "第三季度", "3季度", "第3季度":
			return Day{year, time.September, 30}, true
		}
		return Day{year, time.December, 31}, true
	}
	mon, _ := strconv.Atoi(ph.month)
	if mon < 1 || mon > 12 {
		return Day{}, false
	}
	switch {
	case ph.day != "":
		dd, _ := strconv.Atoi(ph.day)
		if dd < 1 || dd > 31 {
			return Day{}, false
		}
		// A day the month does not have (6月31日, 2月30日) is the month's last, not a day of the next.
		return NewDay(year, time.Month(mon), min(dd, NewDay(year, time.Month(mon)+1, 0).Day)), true
	case ph.monthPart == "上旬":
		return Day{year, time.Month(mon), 10}, true
	case ph.monthPart == "中旬" || ph.monthPart == "上中旬":
		return Day{year, time.Month(mon), 20}, true
	}
	return NewDay(year, time.Month(mon)+1, 0), true // last day of the month
}

// yearlessEnd is the end of a span that leaves its year out: "9月17日", "12月", "17日".
var yearlessEnd = mustCompile(`^\s*(?:—|-|－|~|～|至|–|到)\s*(?:(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|(\d{1,2})\s*日)`)

// yearlessRangeEnd reads the end of a span that starts on from and leaves its year out: the same
// year, or the next when the end comes before the start ("12月20日至1月10日").
func yearlessRangeEnd(after string, from Day) (Day, string, bool) {
	m := yearlessEnd.FindStringSubmatch(after)
	if m == nil {
		return Day{}, "", false
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	month, day := from.Month, atoi(m[3])
	if m[1] != "" {
		month, day = time.Month(atoi(m[1])), atoi(m[2])
	}
	if month < 1 || month > 12 || day < 0 || day > 31 {
		return Day{}, "", false
	}
	year := from.Year
	if month < from.Month {
		year++
	}
	last := NewDay(year, month+1, 0) // a month with no day: its last
	if day > 0 {
		last = NewDay(year, month, min(day, NewDay(year, month+1, 0).Day))
	}
	if last.Before(from) {
		return Day{}, "", false
	}
	return last, m[0], true
}

// rangeEnd reads the end of a year range, "2018—2021年累计安排…": a target for the range's last year,
// unless the range names a plan ("《…规划（2021—2025年）》") or a period in brackets.
func rangeEnd(text, trimmed string, year, end int) (Deadline, bool) {
	// The start year's digits are ASCII: the text is cut by bytes, whatever else it holds.
	t := strings.TrimRight(trimmed, "—-－~～至–")
	if t2, ok := strings.CutSuffix(t, "起"); ok && t2 != t {
		t = t2 // "2025年起至2027年": from the start year on
	}
	if t2, ok := strings.CutSuffix(t, "年"); ok && len(t2) >= 4 && isYear(t2[len(t2)-4:]) {
		t = t2 // "2024年至2025年": the start year keeps its 年
	}
	before := ""
	switch {
	case len(t) >= 4 && isYear(t[len(t)-4:]):
		before = t[:len(t)-4]
	case strings.HasSuffix(trimmed, "至"):
		before = strings.TrimSuffix(trimmed, "至") // "至2025年，建成…": up to the year, as 到 says it
	default:
		return Deadline{}, false
	}
	// Not inside brackets or a title: "（2015-2020）", "《某某市绿地系统规划（至2035年）》".
	if strings.Count(before, "《") > strings.Count(before, "》") {
		return Deadline{}, false
	}
	if strings.HasSuffix(before, "（") || strings.HasSuffix(before, "(") {
		// "三年行动（2025—2027年）", "用3年左右时间（2023—2025年）": the span of the work the
		// sentence names; other bracketed spans name a plan or a period.
		if b := strings.TrimRight(before, "（("); !spanOfWork.MatchString(b) || stageWord.MatchString(b) && horizonStage(before) {
			return Deadline{}, false
		}
	} else if strings.HasSuffix(trimmed, "至") && monthStartBefore.MatchString(before) {
		// "自2025年6月起至2026年底", "从3月份开始至2027年": work from a month on until a year's end, due
		// by it, as "2025年6月—2026年12月" is.
		return Deadline{Quote: strings.TrimSpace(text[len(before):end]), Date: Day{year, time.December, 31}, Kind: KindBy}, true
	} else if termWord.MatchString(before) && strings.HasSuffix(trimmed, "至") {
		// "实施时限暂定至2022年底", "政策执行至2025年底": how long the measure runs, by its year's end.
		return Deadline{Quote: strings.TrimSpace(text[len(before):end]), Date: Day{year, time.December, 31}, Kind: KindBy}, true
	} else if !opensClause(before) && !itemNumberEnd.MatchString(before) && !targetWord.MatchString(before) {
		return Deadline{}, false
	}
	return Deadline{Quote: strings.TrimSpace(text[len(before):end]), Date: Day{year, time.December, 31}, Kind: KindTarget}, true
}

// monthStartBefore ends the words before a span's 至 with the month (or day) the work starts from:
// "自2025年6月起", "从6月份开始", "2025年6月1日起".
var monthStartBefore = mustCompile(`\d{1,2}\s*月(?:份|\s*\d{1,2}\s*[日号])?\s*(?:起|开始)$`)

// stageWord ends the words before a stage's span: 近期（2021—2025年）, 第一阶段（…）.
var stageWord = mustCompile(`(?:近期|中期|远期|阶段)$`)

// horizonStage reports whether a span's stage (近期, 远期, 阶段) divides the plan's own horizon
// ("本规划期限为2021—2035年，分近期（2021—2025年）和远期…"): the plan's term, not a target.
func horizonStage(before string) bool {
	if i := strings.LastIndexAny(before, "。；;\n"); i >= 0 {
		before = before[i:]
	}
	return strings.Contains(before, "期限") || strings.Contains(before, "规划期")
}

// spanOfWork is what a span of years in brackets may follow when it is the work's own span: a
// campaign (三年行动), the time it takes (用3年左右时间, 用两年时间) or a stage of it (近期, 前三年, 第一
// 阶段); not 规划时间, a plan's horizon.
var spanOfWork = mustCompile(`(?:行动|行动期间|行动期|年时间|左右时间|近期|中期|远期|(?:近期|中期|远期)目标|[前后][两二三四五]年|阶段)$`)

// itemNumberEnd is a text that ends with an item's number ("70.", "（三）"): what follows opens the item.
var itemNumberEnd = mustCompile(`(?:^|\n)\s*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）.．、]|[（(][0-9一二三四五六七八九十]{1,3}[)）])\s*$`)

// termWord says how long a measure runs, right before 至 and a year: 暂定至, 执行至, 延长至.
var termWord = mustCompile(`(?:暂定|执行|实施|延长|延续|施行|持续)$`)

// targetWord is a word that sets a goal's time right before it: 力争2025—2027年.
var targetWord = mustCompile(`(?:力争|争取|确保|利用)$`)

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// fullDateAfterDash: the text goes on with a range's dashes and a year ("---2008年9月10日").
func fullDateAfterDash(s string) bool {
	rest := strings.TrimLeft(s, " —-－~～至–到")
	if len(rest) == len(s) || len(rest) < 4 {
		return false
	}
	return (rest[0] == '1' && rest[1] == '9' || rest[0] == '2' && rest[1] == '0') && isDigitByte(rest[2]) && isDigitByte(rest[3])
}

// startsRange: the text goes on with a range's dash.
func startsRange(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, d := range []string{"—", "-", "－", "~", "～", "至", "–"} {
		if strings.HasPrefix(s, d) {
			return true
		}
	}
	return false
}

func isRangeDash(s string) bool {
	for _, d := range []string{"—", "-", "－", "~", "～", "至", "–"} {
		if strings.HasSuffix(s, d) || strings.HasPrefix(s, d) {
			return true
		}
	}
	return false
}

// opensClause reports whether the text before a phrase ends a clause (or is empty).
func opensClause(before string) bool {
	before = strings.TrimRight(before, " \t")
	if before == "" {
		return true
	}
	for _, p := range []string{"。", "；", ";", "，", ",", "：", ":", "\n", "、", "（", "("} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	// "2021年和2022年，…": the second of two years that open the clause together.
	for _, and := range []string{"年和", "年及", "年与"} {
		if rest, ok := strings.CutSuffix(before, and); ok && len(rest) >= 4 && isYear(rest[len(rest)-4:]) {
			return opensClause(rest[:len(rest)-4])
		}
	}
	return false
}

// completedIn: what follows a bare year says the work is done within it ("负责2018年完成…",
// "2025年全面建成").
func completedIn(after string) bool {
	after = strings.TrimLeft(after, " \t")
	for _, w := range []string{"完成", "建成", "全部完成", "全面完成", "基本完成", "全面建成", "基本建成", "前完成"} {
		if rest, ok := strings.CutPrefix(after, w); ok {
			// "对2021年完成改造的小区", "2022年完成情况", "较2020年完成值", "建成区": a record, not a deadline.
			return !nounAfterDone.MatchString(rest) && !strings.Contains(rest[:min(len(rest), 30)], "的")
		}
	}
	return false
}

// statedCount reports whether the sentence that opens after counts what there is ("全市已建成…",
// "共有…", "现有…").
// cutOffReading is the one rule for a date after 截至, 截止 or 截止到, with or without its year: a
// count of what is done ("截至7月底，全市…已开工49个", "…任务基本完成") is none; a count to reach
// ("截至年底，累计建成…以上") is a target; a phrase with 前 ("截至9月底前，完成…") or one the work opens
// after ("截止11月底，全面完成…任务") is a deadline. phrase is the date's words (its 前, if any);
// after, what follows it.
func cutOffReading(phrase, after string) (keep bool, kind string) {
	if statedCount(after) || reportedCount(phrase, after) {
		return false, ""
	}
	if countToReach(phrase, after) {
		return true, KindTarget
	}
	if !strings.Contains(phrase, "前") && reportedInWords(after) {
		return false, ""
	}
	return true, KindBy
}

func statedCount(after string) bool {
	if k := strings.IndexAny(after, "。；;\n"); k >= 0 {
		after = after[:k]
	}
	return countsDone(after) || strings.Contains(after, "共有") || strings.Contains(after, "现有")
}

// statPeriod opens a clause that says what period a figure counts ("统计时段为", "数据统计期间"), which
// no work is due in.
var statPeriod = mustCompile(`统计(?:时段|期间|周期|区间|时限|时间段|截止时间|起止时间)|数据(?:截至|截止)(?:时间|日期)?|(?:考核|评价|监测)(?:时段|周期)为`)

// clauseBefore is the part of before in the same clause as what follows it: after the last 。；，.
func clauseBefore(before string) string {
	if k := strings.LastIndexAny(before, "。；;，,\n"); k >= 0 {
		return before[k:]
	}
	return before
}

// reportedCount reports whether a date after 截至 dates a figure reported ("截至6月底，全市累计完成投资
// 85亿元"), not a count to reach (countToReach) nor work due ("截止11月底，全面完成…任务").
func reportedCount(phrase, after string) bool {
	return !strings.Contains(phrase, "前") && !forwardCount(after) && figureIn.MatchString(clauseAfter(strings.TrimLeft(after, "，, ")))
}

// reportedInWords reports whether the sentence after a 截至 date reports a state reached, in words
// ("…任务基本完成，群众住房安全得到有效保障"), rather than setting work ("对…开展排查", "各地组织完成…").
func reportedInWords(after string) bool {
	if k := strings.IndexAny(after, "。；;\n"); k >= 0 {
		after = after[:k]
	}
	return containsAny(after, stateWords) && !containsAny(after, orderWords)
}

var (
	stateWords = newWordSet("基本完成", "已", "得到", "均已", "实现了", "完成了", "进展顺利", "有序推进", "稳步推进", "正在推进", "正在实施", "进展良好", "总体顺利", "按计划推进",
		"持续优化", "持续向好", "不断优化", "明显改善", "显著提升", "有效提升")
	orderWords = newWordSet("要", "须", "应", "确保", "力争", "组织", "开展", "对")
)

// countToReach reports whether a date after 截至 (its phrase, or the part of it after the year) is when
// a count is to be reached ("截至年底，累计建成…以上": a target) rather than when work is due ("截至6月30日
// 前，完成…": a deadline, as any phrase with 前 is).
func countToReach(phrase, after string) bool {
	return !strings.Contains(phrase, "前") && forwardCount(after)
}

// forwardCount reports whether the sentence after a 截至 date asks for a count still to be reached
// ("…累计建成100个以上", "确保…不少于…") rather than stating one (已建成, 共有).
func forwardCount(after string) bool {
	if k := strings.IndexAny(after, "。；;\n"); k >= 0 {
		after = after[:k]
	}
	if statedCount(after) {
		return false
	}
	for _, w := range []string{"以上", "不少于", "不低于", "力争", "确保", "要", "应", "须"} {
		if strings.Contains(after, w) {
			return true
		}
	}
	return false
}

// reachesAfter: a bare year followed by what is to be reached in it ("2026年实现全覆盖", "2025年达到
// 80%"), a target rather than a deadline.
func reachesAfter(after string) bool {
	after = strings.TrimLeft(after, " \t")
	for _, w := range []string{"实现", "达到", "基本实现", "全面实现"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// nounAfterDone: what makes "完成…" or "建成…" after a year a noun: 完成情况, 完成值, 建成区.
var nounAfterDone = mustCompile(`^(?:情况|值|量|数|率|区|度|额)`)

// isYear: four digits 19xx or 20xx.
func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && isDigitByte(s[2]) && isDigitByte(s[3])
}

// periodFirstYear is the first year of the period a title names: 2026 for "“十五五”…规划" and for
// "…三年行动方案（2026—2028年）"; 0 when it names none.
func periodFirstYear(title string) int {
	t := titleYears(title)
	if m := periodRangeExpr.FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	if m := bracketRangeExpr.FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	if m := fiveYearName.FindStringSubmatch(t); m != nil {
		if end := fiveYearEnd(m[1] + "五"); end > 0 {
			return end - 4
		}
	}
	return 0
}

func fiveYearEnd(name string) int {
	// 十一五 ends 2010, 十二五 2015, 十三五 2020, 十四五 2025, 十五五 2030.
	order := map[string]int{"十一五": 11, "十二五": 12, "十三五": 13, "十四五": 14, "十五五": 15, "十六五": 16}
	n, ok := order[name]
	if !ok {
		return 0
	}
	return 2010 + (n-11)*5
}

// recurringPatterns find the phrases of duties that repeat, most specific first: a position taken
// by one pattern is not matched again by a later one.
var recurringPatterns = []struct {
	re *Regexp
	// needs: the pattern can only match when text holds one of these (a cheap check first).
	needs wordSet
	// duty: the phrase only counts when a duty word follows ("每季度召开…", not "每年培育企业100家").
	duty bool
	rule func(m []string) Rule
}{
	// 每月10日前, 每月15日; every second month's: 每两个月10日前, 每单月10日前.
	// 逢双月5日前: February's, April's … 5th.
	{mustCompile(`(?:每(个|两个?|单|双|逢单|逢双)?|逢(单|双))月\s*(\d{1,2})\s*[日号](?:前|之前|以前)?`), newWordSet("每月", "每个月", "每两", "每单", "每双", "每逢", "逢单", "逢双"), false, func(m []string) Rule {
		d, _ := strconv.Atoi(m[3])
		if d < 1 || d > 31 {
			return Rule{} // "每月99日前" is no day of a month
		}
		switch strings.TrimPrefix(m[1]+m[2], "逢") {
		case "", "个":
			return Rule{Freq: Monthly, MonthDay: d}
		case "双":
			return Rule{Freq: Monthly, Months: evenMonths, MonthDay: d} // February, April …
		}
		return Rule{Freq: Monthly, Interval: 2, MonthDay: d} // 每两个月, 每单月: January, March …
	}},
	// A month's report due in the next month: "每月工作进展情况于次月5日前报送", "实行月报制度，…于次月5日前",
	// "每月推进情况请于次月5日前报": every month, by that day.
	// Not across another period's 每 ("每月底前报送当月进展，每季度末次月10日前…": the 次月 is the quarter's).
	{mustCompile(`(?:每(?:个)?月|月报)[^。；;每]{0,40}?(?:次月|下月|下个月)\s*(\d{1,2})\s*[日号](?:前|之前|以前)?`), newWordSet("次月", "下月", "下个月"), false, func(m []string) Rule {
		d, _ := strconv.Atoi(m[1])
		if d < 1 || d > 31 {
			return Rule{}
		}
		return Rule{Freq: Monthly, MonthDay: d}
	}},
	// 每月上旬, 每月中旬, 每月下旬: by the 10th, the 20th, the month's end.
	{mustCompile(`每(?:个)?月\s*(上旬|中旬|下旬)`), newWordSet("每月", "每个月"), false, func(m []string) Rule {
		return Rule{Freq: Monthly, MonthDay: map[string]int{"上旬": 10, "中旬": 20, "下旬": 31}[m[1]]}
	}},
	// 每三个月, 每2个月, 每隔六个月: every so many months.
	{mustCompile(`每(?:隔)?([一二两三四五六十\d]{1,2})个月`), newWordSet("个月"), true, func(m []string) Rule {
		n := chineseNum(strings.ReplaceAll(m[1], "两", "二"))
		if v, err := strconv.Atoi(m[1]); err == nil {
			n = v
		}
		switch {
		case n < 1 || n > 12 || 12%n != 0:
			return Rule{} // 每5个月: no period of the year's months (its dates would drift)
		case n == 1:
			return RuleMonthly
		}
		return Rule{Freq: Monthly, Interval: n}
	}},
	// 每月底前, 每月月底, 每个月末: the month's last day.
	{mustCompile(`每(?:个)?月\s*月?(?:底|末)(?:前|之前|以前)?`), newWordSet("每月", "每个月"), false, func([]string) Rule {
		return Rule{Freq: Monthly, MonthDay: 31}
	}},
	// 每季度次月10日前, 每季度末次月5日前, 每季度结束后次月5日前, 每半年结束后次月10日前: by that day of the
	// month after each quarter (half year).
	{mustCompile(`每(?:个)?(季度?|半年度?)(?:末|底|结束后|终了后)?(?:的)?(?:次月|下月|下个月|后一个?月)\s*(\d{1,2})\s*[日号](?:前|之前|以前)?`), newWordSet("每季", "每个季", "每半年", "每个半年"), false, func(m []string) Rule {
		return afterPeriodEnd(strings.TrimSuffix(m[1], "度"), atoiOrHan(m[2]), false)
	}},
	// 每季度末, 每季末, 每个季度末: each quarter's last day.
	// 每季度最后一个月20日前, 每季度末月25日前: a day of each quarter's last month.
	{mustCompile(`每(?:个)?季度?(?:末月|最后一个?月)(?:的)?\s*(\d{1,2})\s*[日号](?:前|之前|以前)?`), newWordSet("每季", "每个季"), false, func(m []string) Rule {
		d, _ := strconv.Atoi(m[1])
		if d < 1 || d > 31 {
			return Rule{}
		}
		return Rule{Freq: Monthly, Months: QuarterEnds, MonthDay: d}
	}},
	{mustCompile(`每(?:个)?季度?(?:末|最后一个月|最后一月)(?:前|之前|以前)?`), newWordSet("每季", "每个季"), false, func([]string) Rule {
		return RuleQuarterEnd
	}},
	// 每年春节前, 每逢国庆节期间: a festival comes once a year, and so does what is done before it;
	// 每年中秋、国庆“双节”前, 每年元旦、春节前: festivals of one holiday season listed before the one the
	// 前 follows, the first of them the eve that comes first (a day of its own when it keeps one). Before
	// 每年年中 (每年中秋 is no middle of the year).
	// Holidays of fixed days months apart ("每年“五一”“国庆”假期前") are each a duty's eve: by the end
	// of April and of September.
	{mustCompile(`(?:每年|每逢)(?:的)?(?:(` + yearlyFestival + `)` + festivalListSep + `(?:(?:` + yearlyFestival + `)` + festivalListSep + `)*)?(` + yearlyFestival + `)(?:[“"‘]?[双两]节[”"’]?)?(?:假期|长假|黄金周)?(前|之前|以前|期间)`), newWordSet("每年", "每逢"), false, func(m []string) Rule {
		if m[3] == "期间" {
			return RuleYearly // "每年国庆期间开展…": during the holiday, not by its eve
		}
		if months, ok := fixedHolidayMonths(m[0]); ok {
			return Rule{Freq: Monthly, Months: months}
		}
		name := m[2]
		if m[1] != "" {
			name = m[1] // the first listed: the season's first eve
		}
		if mo, day, ok := fixedEve(name); ok {
			return Rule{Freq: Yearly, Month: mo, MonthDay: day}
		}
		return RuleYearly // a lunar festival's day moves from year to year
	}},
	// 每年年初至年底: a span over the whole year, no January duty.
	{mustCompile(`每年\s*年?初\s*(?:至|到|—)\s*年?(?:底|末)`), newWordSet("每年"), false, func([]string) Rule { return noDuty }},
	// 每年年底前, 每年底, 每年年末: the year's last day; 每年年中 its middle, 每年年初 January.
	{mustCompile(`每年\s*年?(底|末|中|初)(?:前|之前|以前)?`), newWordSet("每年"), false, func(m []string) Rule {
		switch m[1] {
		case "中":
			return Rule{Freq: Yearly, Month: time.June, MonthDay: 30}
		case "初":
			return Rule{Freq: Yearly, Month: time.January, MonthDay: 31}
		}
		return Rule{Freq: Yearly, Month: time.December, MonthDay: 31}
	}},
	// 每年6月底和12月底前分别报送, 每年1月和7月上旬分别通报: twice a year, in those months.
	// 每年3月、6月、9月、12月底前: three months or more of every year, each by its end.
	{mustCompile(`每年\s*\d{1,2}\s*月(?:\s*[、和及与]\s*\d{1,2}\s*月){2,11}(?:份)?(?:底|末)?(?:前|之前|以前)?`), newWordSet("每年"), false, func(m []string) Rule {
		var months uint16
		for _, n := range reDigits.FindAllString(m[0], -1) {
			mo, _ := strconv.Atoi(n)
			if mo < 1 || mo > 12 {
				return Rule{}
			}
			months |= 1 << (mo - 1)
		}
		return Rule{Freq: Monthly, Months: months}
	}},
	{mustCompile(`每年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*[日号]|底|末|上旬|中旬|下旬)?(?:前|之前|以前)?\s*[和、及与]\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号]|(底|末|上旬|中旬|下旬))?(?:前|之前|以前)?`), newWordSet("每年"), false, func(m []string) Rule {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if a < 1 || a > 12 || b < 1 || b > 12 || a == b {
			return Rule{}
		}
		d, _ := strconv.Atoi(m[3])
		switch m[4] {
		case "上旬":
			d = 10
		case "中旬":
			d = 20
		case "底", "末", "下旬":
			d = 31
		}
		if d < 0 || d > 31 {
			return Rule{}
		}
		return Rule{Freq: Monthly, Months: 1<<(a-1) | 1<<(b-1), MonthDay: d}
	}},
	// 每半年末, 每半年底: each half year's last day.
	{mustCompile(`每(?:个)?半年(?:末|底)(?:前|之前|以前)?`), newWordSet("半年"), false, func([]string) Rule {
		return Rule{Freq: Monthly, Months: 1<<5 | 1<<11, MonthDay: 31}
	}},
	// 上、下半年各开展一次; 半年、全年各报送一次 (at each half year's end).
	// (每年 before it is the same duty: 每年上、下半年各召开一次 is twice a year, not once; 各单位,
	// 各乡镇 after it are groups of units, not "each".)
	// 上下半年各 (the halves written without the 顿号) is the same.
	{mustCompile(`(?:每年)?(?:上[、和]?下半年各|上半年[、和及与]下半年各|(?:半年|年中)[、和及与](?:全年|年底|年末|年终)各)([\p{Han}\d]{0,3})`), newWordSet("半年", "年中"), false, func(m []string) Rule {
		if !eachDoes(m[1]) {
			return noDuty // 上半年、下半年各单位要…, 各牵头单位: the halves' own deadlines, not a duty twice a year
		}
		if strings.Contains(m[0], "下半年") {
			return RuleHalfYear
		}
		return Rule{Freq: Monthly, Months: 1<<5 | 1<<11, MonthDay: 31}
	}},
	// 每年汛前、汛后各开展一次, 汛期前和汛期后各: twice a year, before the flood season (by May 31, as
	// 每年汛前 is read) and after it (by October 31, the season over at September's end).
	{mustCompile(`(?:每年度?)?(?:汛期前|汛前|入汛前)[、和及与](?:汛期后|汛后)各([\p{Han}\d]{0,3})`), newWordSet("汛后", "汛期后"), false, func(m []string) Rule {
		if !eachDoes(m[1]) {
			return noDuty
		}
		return Rule{Freq: Monthly, Months: 1<<4 | 1<<9, MonthDay: 31}
	}},
	// 每周一、周四: twice a week, each week.
	{mustCompile(`每(?:个)?(?:周|星期)[一二三四五六日天][、和及与](?:周|星期)?[一二三四五六日天]`), newWordSet("每周", "每星期", "每个星期"), false, func([]string) Rule { return RuleWeekly }},
	// 每季度首月10日前
	{mustCompile(`每(?:个)?季度?(?:首月|第[一1]个?月的?)\s*(\d{1,2})\s*[日号](?:前|之前|以前)?`), newWordSet("每季", "每个季"), false, func(m []string) Rule {
		d, _ := strconv.Atoi(m[1])
		if d < 1 || d > 31 {
			return Rule{}
		}
		return Rule{Freq: Monthly, Interval: 3, MonthDay: d}
	}},
	// 每年11月至12月开展, 每年11—12月, 每年11月至次年3月: a yearly duty kept over a span of months is done
	// by the span's end, or by the day it names ("每年9月至10月15日"). A duty of a day, a week or a month
	// after it ("每年6月至9月每周…") is kept in those months instead, and seasons drops this one; a season
	// the span defines ("每年11月至次年3月为供暖期") is none.
	{mustCompile(`每年\s*(\d{1,2})\s*(?:月(?:份)?(?:\s*\d{1,2}\s*[日号])?)?\s*(?:至|到|—|－|-|~|～|–)\s*(?:次年|翌年|第二年)?\s*(\d{1,2})\s*月(?:份)?\s*(?:(\d{1,2})\s*[日号]|底|末)?(?:前|之前|以前)?(\s*(?:为|是)\p{Han}{0,4}?` + seasonNames + `)?`), newWordSet("每年"), false, func(m []string) Rule {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if m[4] != "" {
			return noDuty // "每年11月至次年3月为供暖期": a season it defines, no duty
		}
		if a < 1 || a > 12 || b < 1 || b > 12 || a == b {
			return Rule{}
		}
		last := NewDay(2001, time.Month(b)+1, 0).Day
		if d == 0 {
			d = last
		}
		if d > last {
			return Rule{}
		}
		return Rule{Freq: Yearly, Month: time.Month(b), MonthDay: d}
	}},
	// 每年6月底前, 每年12月31日前
	{mustCompile(`每年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]|底|末)?(?:前|之前|以前)?`), newWordSet("每年"), false, func(m []string) Rule {
		mon, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		if mon < 1 || mon > 12 {
			return Rule{}
		}
		last := NewDay(2001, time.Month(mon)+1, 0).Day
		if d == 0 {
			d = last
		}
		if d > last {
			return Rule{} // "每年2月30日" is no day of that month
		}
		return Rule{Freq: Yearly, Month: time.Month(mon), MonthDay: d}
	}},
	// 每旬第一个工作日, 旬报: every ten days (not 上旬报送: the first ten days of a period named before).
	{mustCompile(`每(?:个)?旬|(?:^|[^上中下初末])旬报`), newWordSet("每旬", "每个旬", "旬报"), false, func([]string) Rule { return RuleTenDays }},
	// 每隔两周召开一次, 每3周报送一次, 每7天报送一次, 每14天: every so many weeks, said in weeks or in days,
	// when a duty follows (每隔一周: every other one). "每10日前" is a day of a period named before, no
	// interval. Other counts of days (每10天, 每15天) are not read yet: the deadline forms' gold reads
	// "每10天召开一次" as no duty (deadline-forms-21 dg031), so TestRev65_EveryFewDays skips them.
	{mustCompile(`每(隔)?\s*(\d{1,2}|[一两二三四五六七八九十]{1,3})\s*个?(天|日|周|星期)(前|之前|以前)?`), newWordSet("每隔", "每1", "每2", "每3", "每4", "每5", "每6", "每7", "每8", "每9", "每两", "每二", "每三", "每四", "每五", "每六", "每七", "每八", "每九", "每十"), true, func(m []string) Rule {
		n := atoiOrHan(m[2])
		if m[4] != "" || n < 1 {
			return Rule{}
		}
		if m[1] != "" && n == 1 {
			n = 2 // 每隔一天: every other day
		}
		if m[3] == "周" || m[3] == "星期" {
			if n > 8 {
				return Rule{}
			}
			return Rule{Freq: Weekly, Interval: n}
		}
		switch {
		case n > 56:
			return Rule{}
		case n%7 == 0:
			return Rule{Freq: Weekly, Interval: n / 7} // 每7天, 每14天: weeks
		case n == 1 && m[1] == "":
			return RuleDaily
		}
		return Rule{}
	}},
	// 每日报送, 每天上午9时前, 每日两次: every day, when a duty follows (每天8小时, 每日处理500吨 say how much).
	{mustCompile(`每(?:一)?(?:日|天)`), newWordSet("每日", "每天", "每一日", "每一天"), true, func([]string) Rule { return RuleDaily }},
	{mustCompile(`每两周|每隔一周|每双周|每半个?月`), newWordSet("每两周", "每隔一周", "每双周", "每半月", "每半个月"), true, func([]string) Rule { return RuleBiweekly }},
	{mustCompile(`双周`), newWordSet("双周"), false, func([]string) Rule { return RuleBiweekly }},
	{mustCompile(`每两个?月|每双月|每(?:逢)?单月`), newWordSet("每两个月", "每两月", "每双月", "每单月", "每逢单月"), true, func([]string) Rule { return RuleBimonthly }},
	// 2次/年, 1次/季度, 每年2次, 每月开展2次: so many times in a period (the cells of an inspection table;
	// once a period, 每年一次, is 每年's own).
	// 一年两次 at a clause's start is the same as 每年2次.
	{mustCompile(`(?:^|[^\d])([1-9一两二三四六]|1[0-2])\s*次\s*[/／每]\s*(年|季度?|月|周)|(?:每|(?:^|[，,。；;：:\s])一)(年|季度?|月)(?:抽查|检查|巡查|开展|组织|召开|进行|报送|督查)?([2-9两二三四六]|1[0-2])\s*次`), newWordSet("次/", "次／", "次每", "每年", "每季", "每月", "一年", "一季"), false, func(m []string) Rule {
		count, per := m[1], m[2]
		if count == "" {
			count, per = m[4], m[3]
		}
		return timesPer(atoiOrHan(strings.ReplaceAll(count, "两", "二")), per)
	}},
	// 春秋两季各开展一次: twice a year; 每年 before it is the same duty, not a yearly one beside it.
	{mustCompile(`(?:每年度?)?(?:春秋两季|春、秋两季|春季和秋季各)`), newWordSet("两季", "春季和秋季各"), false, func([]string) Rule { return RuleHalfYear }},
	{mustCompile(`双月`), newWordSet("双月"), false, func([]string) Rule { return RuleBimonthly }},
	// 每季度初10日内: within so many days of each quarter's start, by that day of its first month
	// (每月初5日内 is partOfPeriod's, the 5th; 每年初 the year's own pattern's).
	{mustCompile(`每(?:个)?季度?(?:初|开始后)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:日|天|个工作日)(?:内|以内)`), newWordSet("每季", "每个季"), false, func(m []string) Rule {
		d := atoiOrHan(m[1])
		if d < 1 || d > 31 {
			return Rule{}
		}
		return Rule{Freq: Monthly, Months: QuarterStarts, MonthDay: d}
	}},
	// 每半年终了后15日内, 每季度结束后10日内, 年度终了后30日内, "每季度工作进展情况于季度结束后10日内": due
	// so many days after each period ends, in the month that follows it (a quarter's report by the 10th
	// of January, April, July, October); working days count with their weekends (5个工作日 by the 7th).
	// Not one named period's end ("一季度结束后10日内", "2025年度终了后", "试点三年期满后"): 每 says every.
	{mustCompile(`(?:每(?:个)?(季度?|半年|月|年度?)(?:[^。；;]{0,30}?(?:于|在)\s*(?:该|本|每个?)?(?:季度?|半年|月|年度?))?|(?:^|[，,。；;\s]|于|在)(年度))(?:结束|终了)后\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(日|天|个工作日)(?:内|以内)`), newWordSet("终了后", "结束后"), false, func(m []string) Rule {
		if m[1] == "" {
			m[1] = m[2]
		}
		return afterPeriodEnd(m[1], atoiOrHan(m[3]), m[4] == "个工作日")
	}},
	// 每季度前5个工作日内: in the first days of each quarter.
	{mustCompile(`每(?:个)?季度?前\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(日|天|个工作日)(?:内|以内)?`), newWordSet("每季", "每个季"), false, func(m []string) Rule {
		return afterPeriodEnd("季度", atoiOrHan(m[1]), m[2] == "个工作日")
	}},
	{mustCompile(`每半年|半年度`), newWordSet("半年"), true, func([]string) Rule { return RuleHalfYear }},
	// 每学期开展一次: twice a year.
	{mustCompile(`每(?:个)?学期`), newWordSet("学期"), true, func([]string) Rule { return RuleHalfYear }},
	// 每学年开展一次, 每学年结束前上报: once a school year.
	{mustCompile(`每(?:个)?学年`), newWordSet("学年"), true, func([]string) Rule { return RuleYearly }},
	// 半年一督查、年终一考核: the year's end, once.
	{mustCompile(`年终一(?:次)?(?:评估|考核|调度|通报|会商|督查|检查|排名|晾晒|总结|体检|研判|例会|报告|考评|讲评)`), newWordSet("年终一"), false, func([]string) Rule { return RuleYearly }},
	// "于年中、年末分别组织自查": twice a year.
	{mustCompile(`年中[、和及与]年(?:末|底)`), newWordSet("年中"), false, func([]string) Rule { return RuleHalfYear }},
	// 每周五前报送, 每逢周一报送: every week, by its Friday ("每周一次" is once a week).
	{mustCompile(`每(?:个|逢)?(?:周|星期|礼拜)(?:星期|周)?([一二三四五六日天])([次遍回轮个天日])?`), newWordSet("每周", "每星期", "每个星期", "每礼拜", "每逢周", "每逢星期", "每逢礼拜"), true, func(m []string) Rule {
		if m[2] == "天" || m[2] == "日" {
			return noDuty // 每周三天: how many days, no duty of the week
		}
		if m[2] != "" {
			return Rule{} // 每周一次: how many, not which day
		}
		wd := time.Weekday((strings.Index("日一二三四五六", m[1]) / len("一")))
		if m[1] == "天" {
			wd = time.Sunday
		}
		return Rule{Freq: Weekly, Weekday: wd, ByDaySet: true}
	}},
	{mustCompile(`每[1一]?周|每星期|每个星期`), newWordSet("每周", "每1周", "每一周", "每星期", "每个星期"), true, func([]string) Rule { return RuleWeekly }},
	{mustCompile(`每(?:个)?季度?(?:末|底)?|按季度?|逐季`), newWordSet("每季", "每个季", "按季", "逐季"), true, func([]string) Rule { return RuleQuarterly }},
	// 每月最后一个工作日, 每月最后一周的周五: the month's end, whatever follows.
	{mustCompile(`每(?:个)?月(?:的)?最后(?:一个?)?(?:工作日|天|日|周|星期)`), newWordSet("每月", "每个月"), false, func([]string) Rule { return Rule{Freq: Monthly, MonthDay: 31} }},
	{mustCompile(`每(?:个)?月|按月|逐月`), newWordSet("每月", "每个月", "按月", "逐月"), true, func([]string) Rule { return RuleMonthly }},
	// 每两年开展一次, 每隔三年: every few years.
	{mustCompile(`每(?:隔)?([一两二三四五2-5])年`), newWordSet("每两年", "每二年", "每三年", "每隔", "每2年", "每3年", "每四年", "每五年"), true, func(m []string) Rule {
		n := chineseNum(strings.ReplaceAll(m[1], "两", "二"))
		if strings.HasPrefix(m[0], "每隔") {
			n++ // 每隔一年 is every second year
		}
		if n < 2 || n > 6 {
			return Rule{}
		}
		return Rule{Freq: Yearly, Interval: n}
	}},
	{mustCompile(`每年度?|按年度?`), newWordSet("每年", "按年"), true, func([]string) Rule { return RuleYearly }},
	// 一年向社会发布一次, 一季度开展一次: once a period written in words, the act between the period and
	// its 一次. Only at a clause's start: "用一年时间开展一次", "一年内完成一次" are one campaign.
	{mustCompile(`(?:^|[，,。；;：:])一(年|季度?|个月|月|周)((?:向|对|在|由|组织|开展|召开|举办|举行|发布|公布|通报|检查|评估|考核|调度|督查|进行|报送|更新)[^，,。；;内]{0,16}?)(?:一次|1次)`), newWordSet("一年", "一季", "一个月", "一月", "一周"), false, func(m []string) Rule {
		switch {
		case m[1] == "周":
			return Rule{Freq: Weekly}
		case strings.HasSuffix(m[1], "月"):
			return RuleMonthly
		case strings.HasPrefix(m[1], "季"):
			return RuleQuarterly
		}
		return RuleYearly
	}},
	// 一年一评估、三年一考核, 一月一调度, 一季一通报, 半年一总结, 一日一调度, 一季一讲评: once in so
	// many periods, then the duty.
	{mustCompile(`([一两二三四五半])(年|季度?|个?月|周|日|天)一(?:次)?(评估|考核|调度|通报|会商|督查|督导|检查|排名|晾晒|总结|体检|研判|例会|报告|汇总|讲评|点评|考评|评比|巡查|巡检|排查|分析|报)`), newWordSet("年一", "季一", "季度一", "月一", "周一", "日一", "天一"), false, func(m []string) Rule {
		n := chineseNum(strings.ReplaceAll(m[1], "两", "二"))
		var r Rule
		switch {
		case m[1] == "半" && (m[2] == "日" || m[2] == "天"):
			return Rule{}
		case m[2] == "日" || m[2] == "天": // 一日一调度: every day
			r = Rule{Freq: Daily, Interval: n}
		case m[1] == "半" && m[2] == "年": // 半年一总结
			return Rule{Freq: Monthly, Interval: 6}
		case m[1] == "半" && strings.HasSuffix(m[2], "月"): // 半月一调度: every two weeks
			return RuleBiweekly
		case m[1] == "半":
			return Rule{}
		case m[2] == "周":
			r = Rule{Freq: Weekly, Interval: n}
		case strings.HasSuffix(m[2], "月"):
			r = Rule{Freq: Monthly, Interval: n}
		case strings.HasPrefix(m[2], "季"):
			r = Rule{Freq: Monthly, Interval: 3 * n}
		default:
			r = Rule{Freq: Yearly, Interval: n}
		}
		if r.Interval == 1 {
			r.Interval = 0
		}
		return r
	}},
	// 原则上两个月召开一次, 一个月调度一次: so many months, the act, once.
	// Only said as a rule of thumb (原则上, 一般): "集中3个月开展一次", "今年前3个月开展一次" are one campaign.
	{mustCompile(`(?:原则上|一般|通常)(?:每)?\s*([一两二三四六]|\d{1,2})个月(?:召开|开展|组织|进行|举行|通报|调度|报送|报告|督查|检查|汇总|会商)(?:一次|1次)`), newWordSet("个月"), false, func(m []string) Rule {
		n := atoiOrHan(m[1])
		if n < 1 || 12%n != 0 {
			return Rule{}
		}
		if n == 1 {
			return RuleMonthly
		}
		return Rule{Freq: Monthly, Interval: n}
	}},
	// 月度通报, 季度分析: a period noun before a duty noun.
	// 月度统计分析通报: the figures gathered each month before the duty noun.
	{mustCompile(`月度(?:统计)?(?:专报|通报|调度|报告|例会|会商|分析|督查|考核|晾晒)|月度工作(?:例会|会商|调度)`), newWordSet("月度"), false, func([]string) Rule { return RuleMonthly }},
	{mustCompile(`季度(?:统计)?(?:专报|通报|调度|报告|例会|会商|分析|督查|考核|晾晒)|季度工作(?:例会|会商|调度)`), newWordSet("季度"), false, func([]string) Rule { return RuleQuarterly }},
	// 季度末前报送, a time cell "季度末": each quarter's end without its 每, as 每季度末 is read, when a duty
	// follows (or a label gives it). Not one quarter's (本季度末, 三季度末: patterns' oneQuarterBefore).
	{mustCompile(`季度末(?:前|之前|以前)?`), newWordSet("季度末"), true, func([]string) Rule { return RuleQuarterEnd }},
	// The year's budget and audit: "拟定年度养护项目预算" (the budget drawn up, each year), "路灯维护经费纳入
	// 市政部门年度部门预算" (a running cost, paid from each year's budget), "资金实行年度审计" are done every
	// year. Not one year's ("2025年度预算", "上年度决算", "下一年度预算"): notOneYear; nor a one-off's funds
	// put into the budget ("所需资金纳入年度预算", "项目建设资金列入年度财政预算"): the funds are paid
	// once. A year's review held (年度考核) is yearWorkSteps', which knows the plan's years.
	{mustCompile(`(?:(编制|拟定|制定|编报)|(` + runningCost + `)[^，,。；;]{0,12}?)([\d` + notOneYear + `]?)年度\p{Han}{0,12}?预算|([\d` + notOneYear + `]?)年度审计(报告)?|((?:季度|月|底|前|内)?)(?:开展|组织|实行|进行)([\d` + notOneYear + `]?)年度\p{Han}{0,6}?审计`), newWordSet("年度"), false, func(m []string) Rule {
		if m[3] != "" || m[4] != "" || m[5] != "" || m[6] != "" || m[7] != "" {
			// One year's; a report sent ("报送年度审计报告", a document, the audit done before); one dated
			// audit ("第四季度开展年度审计").
			return Rule{}
		}
		return RuleYearly
	}},
}

// runningCost are the words of funds spent again each year (running, upkeep, a body's own work), as
// against a project's: "运行维护经费", "日常管护资金", "工作经费".
const runningCost = `运行|运维|维护|养护|管护|维修|日常|工作经费|运营`

// notOneYear are the characters before 年度 that make it one year ("本年度", "上一年度", "跨年度",
// "2025年度" with its digits): not every year's.
const notOneYear = `本上下次当该跨今明去前全半一二三四五六七八九十〇零首每`

// timesPer is the rule of n times a period: 2次/年 every half year, 4次/年 every quarter, 1次/季度 every
// quarter; the zero Rule when n does not divide the period into months or weeks.
func timesPer(n int, per string) Rule {
	months := map[string]int{"年": 12, "季": 3, "季度": 3, "月": 1}[per]
	switch {
	case n < 1:
		return Rule{}
	case per == "周":
		if n == 1 {
			return RuleWeekly
		}
		return Rule{}
	case months == 1 && n == 2:
		return RuleBiweekly
	case months == 1 && n == 4:
		return RuleWeekly
	case months%n != 0:
		return Rule{}
	}
	switch every := months / n; every {
	case 12:
		return RuleYearly
	case 6:
		return RuleHalfYear
	case 3:
		return RuleQuarterly
	case 1:
		return RuleMonthly
	default:
		return Rule{Freq: Monthly, Interval: every}
	}
}

// periodDutyExpr is the terse form "周会商、月调度、季分析、年评估": one character of period before a
// duty noun. It counts at the start of a clause or in a list of two or more.
var periodDutyExpr = mustCompile(`(半年|年终|[日周月季年])(会商|调度|分析|评估|通报|例会|督查|督导|报告|总结|晾晒|考核|排查|讲评|检查|考评|巡查|评比|点评|研判|总评|报)`)

// periodListExpr is a routine written as a list of period-and-act pairs, whatever the acts: "周调度、月督查、
// 季观摩、年考核", "周碰头、月调度、季评比", "月调度、季拉练、年比武". The period character heading each item
// of the list is what makes it a routine (routineList).
var periodListExpr = mustCompile(`(?:(?:半年|年终|[日周月季年])\p{Han}{2}、)+(?:半年|年终|[日周月季年])\p{Han}{2}`)

// periodListItem is one item of periodListExpr's list: its period, its act.
var periodListItem = mustCompile(`^(半年|年终|[日周月季年])(\p{Han}{2})$`)

// routineVerbs set up a routine named after them ("实行月调度", "坚持周调度", "建立周例会制度").
var routineVerbs = []string{"实行", "坚持", "建立", "推行", "执行", "落实", "健全", "完善", "实施", "推进"}

// routineNouns after a period's duty make it the plan's standing routine ("月报制度", "周调度机制").
var routineNouns = []string{"制度", "机制", "工作机制", "工作制度", "制"}

// setsRoutine reports whether a period's duty between before and after is a routine the plan sets: a
// routine verb before it, or a system or mechanism after it.
func setsRoutine(before, after string) bool {
	for _, v := range routineVerbs {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	for _, n := range routineNouns {
		if strings.HasPrefix(after, n) {
			return true
		}
	}
	return false
}

// periodWords are the words every pattern but the terse one needs.
// reDigits is a run of digits.
var reDigits = mustCompile(`\d+`)

// afterPeriodEnd is the rule of a duty due n days (working days when work) after each period ends: in
// the month after the period, on the n-th (a working day's n counted with its weekends); the period's
// end itself when n does not fit a month.
func afterPeriodEnd(period string, n int, work bool) Rule {
	if work {
		n += (n-1)/5*2 + 2 // 5个工作日 ends by the 7th, 10个工作日 by the 14th
	}
	fits := n >= 1 && n <= 28
	switch period {
	case "季", "季度":
		if fits {
			return Rule{Freq: Monthly, Months: QuarterStarts, MonthDay: n}
		}
		return RuleQuarterly
	case "半年":
		if fits {
			return Rule{Freq: Monthly, Months: 1<<0 | 1<<6, MonthDay: n}
		}
		return RuleHalfYear
	case "月":
		if fits {
			return Rule{Freq: Monthly, MonthDay: n}
		}
		return RuleMonthly
	}
	if n >= 1 && n <= 31 {
		return Rule{Freq: Yearly, Month: time.January, MonthDay: n}
	}
	return RuleYearly
}

var periodWords = newWordSet("每", "一年", "一季", "一个月", "一月", "一周", "次/", "次／", "两季", "春季和秋季各", "年一", "年终一", "季一", "月一", "周一", "日一", "天一", "个月", "按月", "按季", "逐月", "逐季", "双周", "双月", "半年", "月度", "季度", "年中", "按年", "终了后", "结束后", "月报", "旬报", "汛后", "汛期后")

// routineReports are the reports a period names (月报制度): a terse duty only where a routine is set.
var routineReports = newWordSet("日报", "周报", "月报", "季报", "年报")

var periodDutyNouns = newWordSet("会商", "调度", "分析", "评估", "通报", "例会", "督查", "督导", "报告", "总结", "晾晒", "考核", "排查", "讲评", "检查", "考评", "巡查", "评比", "点评", "研判", "总评")

func containsAny(s string, w wordSet) bool { return w.in(s) }

// anyRune is strings.ContainsAny for a few Chinese characters over a long text: one fast search per
// character rather than a look through the set per character of the text.
func anyRune(s, chars string) bool {
	for _, c := range chars {
		if strings.ContainsRune(s, c) {
			return true
		}
	}
	return false
}

// PeriodAlone reads a time cell or what a time label says when it is a period alone and no date:
// "每季度", "按月", "每年一次" are a recurring duty's rule.
func PeriodAlone(s string) (Recurring, bool) {
	// "2025年起每季度", "自2025年起每季度", "每月（2025年起）": a period from a year on is the period;
	// the duty starts with the plan.
	s = periodFrom.ReplaceAllString(s, "")
	m := periodCell.FindStringSubmatch(s)
	if m == nil {
		return Recurring{}, false
	}
	return Recurring{Quote: m[0], Rule: periodCellRules[m[1]]}, true
}

// periodCell is a time cell that gives a period alone: 每季度, 按月, 每年一次, 逐月.
var periodCell = mustCompile(`^(?:每个?|按|逐)(日|天|旬|周|月|季度?|半年|年)度?(?:[一1]次)?$`)

// periodFrom is the year a time cell's period starts from, before it or in brackets after it.
var periodFrom = mustCompile(`^(?:自|从)?(?:19|20)\d{2}\s*年度?(?:起|开始)[，,]?\s*|\s*[（(](?:自|从)?(?:19|20)\d{2}\s*年度?(?:起|开始)[)）]$`)

var periodCellRules = map[string]Rule{"日": RuleDaily, "天": RuleDaily, "旬": RuleTenDays, "周": RuleWeekly, "月": RuleMonthly, "季": RuleQuarterly, "季度": RuleQuarterly, "半年": RuleHalfYear, "年": RuleYearly}

// periodLabel is a time label followed by a period alone: "完成时限:每月", "时间节点：每季度".
var periodLabel = mustCompile(`(?:完成时限|完成时间|时间节点|时限要求|时间要求|时限|进度安排)\s*[:：]\s*((?:每个?|按|逐)(?:日|天|旬|周|月|季度?|半年|年)度?(?:[一1]次)?)(?:$|[)）。；;，,\s])`)

var periodRules = map[string]Rule{"日": RuleDaily, "周": RuleWeekly, "月": RuleMonthly, "季": RuleQuarterly, "年": RuleYearly, "半年": RuleHalfYear, "年终": RuleYearly}

// dutyWords follow 每月/每季度/每年 when the phrase is a duty to be reminded of.
var dutyWords = []string{
	"召开", "开展", "组织", "通报", "报送", "上报", "报告", "调度", "会商", "分析", "评估", "督查", "督导", "检查",
	"晾晒", "考核", "召集", "举办", "汇报", "报", "更新", "发布", "梳理", "排名", "监测", "例会", "现场",
	"查账", "对账", "核查", "盘点", "跟踪", "督办", "走访", "巡查", "巡检", "上传", "公开", "公示", "公布",
	"汇总", "统计",
}

// ParseRecurring finds the recurring duties in text. Each keeps its quote; rules that say the same
// thing twice in one sentence ("月度通报…每月10日前") are merged, keeping the more specific one.
func ParseRecurring(text string) []Recurring { return parseRecurring(text, false) }

// ScheduleInLabel reads the recurring duties of what a time or frequency label gives ("每季度末",
// "每两周一次", "长期坚持，每半年开展一次专项检查"): the label says it is a duty's schedule, so no duty
// words need follow the period.
func ScheduleInLabel(value string) []Recurring { return parseRecurring(value, true) }

func parseRecurring(text string, label bool) []Recurring {
	// Every pattern needs one of these characters; most texts have none and stop here.
	hasPeriodWord := containsAny(text, periodWords) || strings.Contains(text, "年度") // 年度 alone: the year's budget, audit, review
	hasPeriod := anyRune(text, "日周月季年")
	hasDutyNoun := hasPeriod && anyRune(text, "会调分评通例督报总晾考")
	hasList := hasPeriod && strings.Contains(text, "、")
	if !hasPeriodWord && !hasDutyNoun && !hasList {
		return nil
	}
	text = spellListedMonths(foldWidth(text))
	h := &recurringHits{text: text, taken: make([]bool, len(text)+1), label: label}
	if hasPeriodWord {
		h.patterns()
	}
	if hasDutyNoun && containsAny(text, periodDutyNouns) || hasDutyNoun && containsAny(text, routineReports) || hasList {
		h.terse()
	}
	if containsAny(text, nextYearWordSet) {
		h.nextYearSteps()
	}
	if strings.Contains(text, "每年") && (strings.Contains(text, "年底") || strings.Contains(text, "年末")) {
		h.everyYearEnds()
	}
	h.yearlyFollowers()
	h.monthDayFollowers()
	h.seasons()
	return h.merged()
}

// seasonNamed is a season right before a duty's period, ending where the period starts: its name
// with its months ("汛期（6月至9月）每周", "每年汛期(6月1日至9月30日)，每日"), its months alone
// ("每年6月至9月每周", "每年11月至次年3月期间每日"), the first month's 月 left to the last's as most
// plans write a span of months ("汛期（5—9月）每周", "每年5至9月每日"). A season named without its months ("主汛期每日
// 报送", whose months differ from one river basin to the next) keeps the duty all year. Groups: 1 每年,
// 2 the name, 3 and 4 the first and last months.
var seasonNamed = mustCompile(`(每年度?)?\s*(?:(` + seasonDuring + `)(?:期间|内)?\s*)?(?:[（(]?\s*(\d{1,2})\s*(?:月(?:份)?(?:\s*\d{1,2}\s*[日号])?)?\s*(?:至|到|—|－|-|~|～|–)\s*(?:次年|翌年|第二年)?\s*(\d{1,2})\s*月(?:份)?(?:\s*\d{1,2}\s*[日号]|底|末)?\s*[)）]?\s*(?:期间|内)?)?\s*[，,]?\s*$`)

// seasonOpens is a season named with its months at the start of a sentence (after its item's number):
// groups as seasonNamed's.
var seasonOpens = mustCompile(`^[。\n]?\s*(?:[（(]?\d{1,2}[)）.、．]\s*)?(每年度?)?\s*(?:在)?(` + seasonDuring + `)(?:期间|内)?\s*[（(]\s*(\d{1,2})\s*(?:月(?:份)?(?:\s*\d{1,2}\s*[日号])?)?\s*(?:至|到|—|－|-|~|～|–)\s*(?:次年|翌年|第二年)?\s*(\d{1,2})\s*月(?:份)?(?:\s*\d{1,2}\s*[日号]|底|末)?\s*[)）]`)

// seasonDuring are the seasons a duty may be kept in, by name.
const seasonDuring = `主汛期|汛期|防汛期|供暖期|采暖期|供热期|供暖季|采暖季|高温期间|高温季节|高温天气期间|秋冬季|冬春季|夏季|冬季`

// seasons keeps a duty of a day, a week or a month within the season named right before its period
// (Rule.Season): "每年汛期（6月至9月）每周开展一次易涝点巡查" is weekly from June to September, not
// all year, and its 每年 says the season comes every year, no yearly duty of its own.
func (h *recurringHits) seasons() {
	drop := map[int]bool{}
	for i := range h.hits {
		hit := &h.hits[i]
		r := hit.r.Rule
		if !(r.Freq == Daily || r.Freq == Weekly || r.Freq == Monthly && r.Months == 0 && r.Interval <= 1) || r.Season != 0 {
			continue
		}
		before := seasonTail(lastSentence(h.text[:hit.start]))
		m := seasonNamed.FindStringSubmatchIndex(before)
		if m == nil || m[6] < 0 {
			// "主汛期（6月1日至8月31日）实行24小时值班，每日8时前报送雨情水情": a season that opens the
			// sentence, with its months, bounds the duties of its clause after what is done through it.
			if m = seasonOpens.FindStringSubmatchIndex(before); m == nil || strings.ContainsAny(before[m[1]:], "；;") {
				continue
			}
		}
		a, _ := strconv.Atoi(before[m[6]:m[7]])
		b, _ := strconv.Atoi(before[m[8]:m[9]])
		if a < 1 || a > 12 || b < 1 || b > 12 || a == b {
			continue
		}
		hit.r.Rule.Season = SeasonMonths(time.Month(a), time.Month(b))
		if m[2] >= 0 {
			at := len(h.text[:hit.start]) - len(before) + m[2]
			for j, o := range h.hits {
				if o.start == at && o.r.Rule.Freq == Yearly {
					drop[j] = true // 每年 of the season, no duty of its own
				}
			}
		}
	}
	if len(drop) > 0 {
		kept := h.hits[:0]
		for j, o := range h.hits {
			if !drop[j] {
				kept = append(kept, o)
			}
		}
		h.hits = kept
	}
}

// seasonTail is the end of the sentence before a duty that seasonNamed can match: a season's name and
// its months take a few dozen characters, and matching the pattern (anchored at its end) over a whole
// long sentence for every duty in it would cost the square of the sentence.
func seasonTail(before string) string {
	const most = 80 // runes, more than the longest season seasonNamed reads
	i := len(before)
	for n := 0; n < most && i > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(before[:i])
		i -= size
	}
	return before[i:]
}

// moreMonthDays is a list of days after a month's day: "每月15日、30日前" is two duties a month.
var moreMonthDays = mustCompile(`^\s*[、和及与]\s*(\d{1,2})\s*[日号]`)

// monthDayFollowers reads the days listed after a monthly duty's day as duties of their own: "每月15日、
// 30日前报送" is due on the 15th and the 30th.
func (h *recurringHits) monthDayFollowers() {
	for _, hit := range slices.Clone(h.hits) {
		r := hit.r.Rule
		if r.Freq != Monthly || r.MonthDay == 0 || r.Months != 0 || r.Interval > 1 {
			continue
		}
		at := hit.start + strings.Index(h.text[hit.start:], strconv.Itoa(r.MonthDay))
		if at < hit.start {
			continue
		}
		end := at + len(strconv.Itoa(r.MonthDay))
		if k := strings.IndexAny(h.text[end:], "日号"); k == 0 {
			end += len("日")
		}
		for {
			m := moreMonthDays.FindStringSubmatchIndex(h.text[end:])
			if m == nil {
				break
			}
			d, _ := strconv.Atoi(h.text[end+m[2] : end+m[3]])
			s, e := end+m[2], end+m[1]
			end = e
			if d < 1 || d > 31 || h.taken[s] {
				continue
			}
			h.take(s, e, Rule{Freq: Monthly, MonthDay: d})
		}
	}
}

// lastSentence is the sentence that ends at the end of before (its last sentenceReach bytes).
func lastSentence(before string) string {
	from := 0
	if len(before) > sentenceReach {
		from = len(before) - sentenceReach
		for from < len(before) && !utf8.RuneStart(before[from]) {
			from++
		}
	}
	if k := strings.LastIndexAny(before[from:], "。\n"); k >= 0 {
		return before[from+k:]
	}
	return before[from:]
}

// sentenceReach bounds how far back lastSentence reads (bytes, about 400 characters): a date's
// sentence is read once for each date and duty in it, and a text of thousands of them with no full
// stop would otherwise be read back to its start for each.
const sentenceReach = 1200

// afterEvery reports whether the sentence so far holds a yearly date (每年7月底前), whose cycle the
// dates after it follow (yearlyFollowers).
func afterEvery(before string) bool { return everyYearMonth.MatchString(lastSentence(before)) }

// thisYearSaid reports whether the plan's own year opens the phrase after before ("每年年初制定计划；
// 今年年底前完成全员轮训"): a deadline of that year, not a step of the yearly cycle.
func thisYearSaid(before string) bool {
	b := strings.TrimRight(before, " \t")
	return strings.HasSuffix(b, "今年") // not 本年度, which names a period reported ("每年6月10日前上报本年度第一季度报表")
}

// everyYearMonth is a yearly date with its month (每年7月底前, 每年12月15日), or its quarter or part
// of the year (每年第四季度组织排查，…于12月20日前录入; 每年年初制定计划，年中开展轮训，年底前完成考核).
var everyYearMonth = mustCompile(`每年\s*(?:\d{1,2}\s*月|第?[一二三四1-4]季度|年[初中底末])`)

// laterMonthDay is a month's day (or end) with its deadline word and no year: "12月20日前", "7月底前";
// or the next year's ("每年12月底前开展年度评估，次年1月底前形成评估报告": each year's report, in
// the January after each assessment).
var laterMonthDay = mustCompile(`[，,、；;]\s*(?:于|在)?\s*(?:(?:次年|翌年|第二年)\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]|(底|末))\s*(?:前|之前|以前)`)

// nextYearStep is a step of a year's work due in the next year, anywhere in its sentence:
// "评价结果于次年3月底前向社会公布", "考核结果次年2月底前通报". Groups: the month, the day.
var nextYearStep = mustCompile(`(?:次年|翌年|第二年)\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]|底|末)?\s*(?:前|之前|以前)`)

// yearWork is a year's own work named as a noun, done for every year: 年度考核, 年度评价, 年度河道保洁考核
// (what is reviewed between).
var yearWork = mustCompile(`年度\p{Han}{0,6}?(?:` + reviewNouns + `)`)

// reviewNouns are the reviews of a period's work, named as nouns after the period: 考核, 评估, 绩效评价.
const reviewNouns = `考核|评估|评价|考评|总结|评议|述职|绩效评价|监测评价`

// periodReview is a review right after its period's words, with what it reviews between: "半年度绩效
// 评价", "季度考核".
var periodReview = mustCompile(`^\p{Han}{0,6}?(?:` + reviewNouns + `)`)

// heldReview reports whether the period that ends before and the words after it are a review held
// by a verb before it in its clause ("进行半年度绩效评价", "组织开展季度考核"): a duty of that period, as
// yearWorkSteps reads a year's.
func heldReview(before, after string) bool {
	if k := strings.LastIndexAny(before, "，,。；;：:\n"); k >= 0 {
		_, w := utf8.DecodeRuneInString(before[k:])
		before = before[k+w:]
	}
	// A review dated once ("7月底前组织开展半年度工作总结") is that one review, as yearWorkSteps reads
	// a year's: its date is its deadline, not a period's duty.
	if datedOnce.MatchString(before) {
		return false
	}
	return yearWorkHeld.MatchString(before) && periodReview.MatchString(after) && !strings.HasPrefix(after[len(periodReview.FindString(after)):], "结果")
}

// yearWorkHeld is the verb that holds a year's review, at the end of the words before it: "组织",
// "开展河长制" (what it is of between).
var yearWorkHeld = mustCompile(`(?:开展|组织|进行)\p{Han}{0,6}$`)

// datedOnce is a date of one time in the words before a year's review: "第四季度开展年度考核",
// "12月开展年度考核", "年底前组织年度评估" is the one review, dated.
var datedOnce = mustCompile(`[一二三四1-4]季度|\d{1,2}\s*月|年[底末中初]|[上下]半年`)

var nextYearWordSet = newWordSet("次年", "翌年", "第二年")

// nextYearStepIn is the first step due the next year in rest, as a yearly rule, and where it stands.
func nextYearStepIn(rest string) (Rule, []int, bool) {
	m := nextYearStep.FindStringSubmatchIndex(rest)
	if m == nil {
		return Rule{}, nil, false
	}
	mon, _ := strconv.Atoi(rest[m[2]:m[3]])
	d := 0
	if m[4] >= 0 {
		d, _ = strconv.Atoi(rest[m[4]:m[5]])
	}
	if mon < 1 || mon > 12 {
		return Rule{}, nil, false
	}
	last := NewDay(2001, time.Month(mon)+1, 0).Day
	if d == 0 {
		d = last
	}
	if d > last {
		return Rule{}, nil, false
	}
	return Rule{Freq: Yearly, Month: time.Month(mon), MonthDay: d}, m, true
}

// sentenceFrom is the text from at to its sentence's end.
func sentenceFrom(text string, at int) string {
	rest := text[at:]
	if k := strings.IndexAny(rest, "。；;\n"); k >= 0 {
		rest = rest[:k]
	}
	return rest
}

// nextYearSteps reads a yearly duty whose result is due in the next year as due in that month every
// year: "每年度开展一次河湖健康评价，评价结果于次年3月底前向社会公布" is a March duty, not a December
// one beside one date in the plan's first year.
func (h *recurringHits) nextYearSteps() {
	for i := range h.hits {
		hit := &h.hits[i]
		if r := hit.r.Rule; r.Freq != Yearly || r.Month != 0 || r.Interval > 1 {
			continue
		}
		rest := sentenceFrom(h.text, hit.start)
		if r, m, ok := nextYearStepIn(rest); ok && !h.taken[hit.start+m[2]] {
			hit.r.Rule = r
			for k := hit.start + m[0]; k < hit.start+m[1]; k++ {
				h.taken[k] = true
			}
		}
	}
}

// yearWorkSteps are the yearly duties of a year's own work named as a noun (年度考核, 年度评估): every
// year's in a plan over several years, and only there (a year's plan holds one such review, whose
// date is its deadline), so the caller asks only then. It is held by a verb ("组织年度考核", "开展河长制
// 年度考核": yearly) or its result is due the next year ("…，考核结果次年2月底前通报": yearly, due in
// February). Not: a year named before 年度 ("2025年度考核", "上一年度考核"), that year's alone, nor a half year's
// ("半年度评估": notOneYear), which ParseRecurring reads as every half year's; a review dated once ("第四季度开展年度考核"); a target's ("年度目标考核"); one said to be every year's (每年),
// which ParseRecurring reads.
func yearWorkSteps(text string) []Recurring {
	if !strings.Contains(text, "年度") {
		return nil
	}
	text = foldWidth(text)
	var out []Recurring
	for _, m := range yearWork.FindAllStringIndex(text, -1) {
		if r, _ := utf8.DecodeLastRuneInString(text[:m[0]]); unicode.IsDigit(r) || strings.ContainsRune(notOneYear+"○", r) {
			continue
		}
		if strings.Contains(text[m[0]:m[1]], "目标") {
			continue
		}
		before := text[:m[0]]
		if k := strings.LastIndexAny(before, "，,。；;：:\n"); k >= 0 {
			_, w := utf8.DecodeRuneInString(before[k:])
			before = before[k+w:]
		}
		if strings.Contains(before, "每") || datedOnce.MatchString(before) {
			continue
		}
		rest := sentenceFrom(text, m[1])
		if r, sm, ok := nextYearStepIn(rest); ok {
			out = append(out, Recurring{Quote: text[m[0] : m[1]+sm[1]], Rule: r})
		} else if h := yearWorkHeld.FindStringIndex(before); h != nil {
			at := m[0] - (len(before) - h[0])
			out = append(out, Recurring{Quote: text[at:m[1]], Rule: RuleYearly})
		}
	}
	return out
}

// everyYearEnd is a year's end, with no year, and the rest of its clause completing the year's work:
// "年底前完成年度改造任务", "年底前全面完成当年目标任务".
var everyYearEnd = mustCompile(`^年[底末](?:前|之前|以前)?[^，,。；;]{0,6}?完成(?:年度|当年|全年)[^，,。；;]*`)

// closesEveryYear is how long the clause from rest's start is when it is a year's end closing the
// year's work (everyYearEnd), opening its clause, in a sentence that says before it what is done every
// year ("每年改造老旧小区不少于100个，年底前完成年度改造任务"): every year's end, as "每年年底前完成年度改造
// 任务" is, not the plan's first year's. 0 otherwise.
func closesEveryYear(before, rest string) int {
	m := everyYearEnd.FindStringIndex(rest)
	if m == nil {
		return 0
	}
	b := strings.TrimRight(before, " \t")
	b = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(b, "于"), "在"), " \t")
	if !strings.HasSuffix(b, "，") && !strings.HasSuffix(b, ",") {
		return 0
	}
	sent := lastSentence(b)
	if k := strings.LastIndexAny(sent, "；;"); k >= 0 {
		sent = sent[k:]
	}
	if !strings.Contains(sent, "每年") {
		return 0
	}
	return m[1]
}

// everyYearEnds reads each year's end that closes every year's work (closesEveryYear) as a yearly duty
// due on 31 December.
func (h *recurringHits) everyYearEnds() {
	for _, m := range yearEndWord.FindAllStringIndex(h.text, -1) {
		if n := closesEveryYear(h.text[:m[0]], h.text[m[0]:]); n > 0 && !h.taken[m[0]] {
			h.take(m[0], m[0]+n, Rule{Freq: Yearly, Month: time.December, MonthDay: 31})
		}
	}
}

// yearEndWord is where a year's end is named: 年底, 年末.
var yearEndWord = mustCompile(`年[底末]`)

// yearlyFollowers reads the dates that follow a yearly one in its sentence as yearly too: "每年7月底
// 前开展中期考核，12月20日前开展年度考核，12月30日前总结年度工作" is three duties every year, and so
// is a step the next year ("…，次年1月15日前将自评报告报送…").
func (h *recurringHits) yearlyFollowers() {
	for _, hit := range slices.Clone(h.hits) {
		if hit.r.Rule.Freq != Yearly || hit.r.Rule.Month == 0 {
			continue
		}
		rest := h.text[hit.start:]
		if k := strings.IndexAny(rest, "。\n"); k >= 0 {
			rest = rest[:k]
		}
		for _, m := range laterMonthDay.FindAllStringSubmatchIndex(rest, -1) {
			s, e := hit.start+m[2], hit.start+m[1]
			if h.taken[s] {
				continue
			}
			mon, _ := strconv.Atoi(rest[m[2]:m[3]])
			d := 0
			if m[4] >= 0 {
				d, _ = strconv.Atoi(rest[m[4]:m[5]])
			}
			if mon < 1 || mon > 12 {
				continue
			}
			last := NewDay(2001, time.Month(mon)+1, 0).Day
			if d == 0 {
				d = last
			}
			if d > last {
				continue
			}
			h.take(s, e, Rule{Freq: Yearly, Month: time.Month(mon), MonthDay: d})
		}
	}
}

// recurringHits collects the duties found in one text; a byte taken by one pattern is not matched
// by a later one.
type recurringHits struct {
	text  string
	taken []bool
	hits  []recurringHit
	label bool // the text is a time label's value: a period needs no duty after it
}

type recurringHit struct {
	start int
	r     Recurring
}

func (h *recurringHits) take(s, e int, rule Rule) {
	for i := s; i < e; i++ {
		h.taken[i] = true
	}
	h.hits = append(h.hits, recurringHit{s, Recurring{Quote: extendQuote(h.text, s, e), Rule: rule}})
}

// patterns runs the recurring patterns, most specific first.
func (h *recurringHits) patterns() {
	text := h.text
	chars := charsOf(text)
	for _, p := range recurringPatterns {
		if !p.needs.inChars(chars) {
			continue
		}
		for _, m := range p.re.FindAllStringSubmatchIndex(text, -1) {
			s, e := m[0], m[1]
			if h.taken[s] || h.taken[e-1] || (p.duty && !h.label && !isDutyAfter(text[e:]) && !heldReview(text[:s], text[e:])) {
				continue
			}
			if strings.HasPrefix(text[s:e], "季度") && (namedQuarter.MatchString(text[:s]) || oneQuarterBefore.MatchString(text[:s])) {
				continue // "于次年一季度通报", "2025年四季度考核验收", "本季度末前": done once, in the quarter named
			}
			sub := make([]string, len(m)/2)
			for i := range sub {
				if m[2*i] >= 0 {
					sub[i] = text[m[2*i]:m[2*i+1]]
				}
			}
			switch r := partOfPeriod(p.rule(sub), text[e:]); r.Freq {
			case "":
			case noDuty.Freq:
				for i := s; i < e; i++ {
					h.taken[i] = true // words that look like a duty's period and are none: no later pattern reads them
				}
			default:
				h.take(s, e, r)
			}
		}
	}
}

// namedQuarter is text ending in a quarter's number ("一季度", "第四季度", "4季度"), not 每一季度: the
// period noun after it (季度通报, 季度考核) is the one quarter's, not each quarter's.
// oneQuarterBefore is a word before 季度 that makes it one quarter: 本季度, 上季度, 该季度, 当季度.
var oneQuarterBefore = mustCompile(`(?:本|上|下|该|当|这|此|次|首|末|一个|两个|三个|几个)$`)

var namedQuarter = mustCompile(`(?:^|[^每])第?[一二三四1-4]$`)

// terse reads "周会商、月调度、季分析": a period character before a duty noun, at the start of a clause
// or in a list of two or more.
func (h *recurringHits) terse() {
	text := h.text
	h.routineList()
	all := periodDutyExpr.FindAllStringSubmatchIndex(text, -1)
	for i, m := range all {
		s, e := m[0], m[1]
		if h.taken[s] {
			continue
		}
		before := text[:s]
		if before != "" {
			if c := before[len(before)-1]; c >= '0' && c <= '9' {
				continue
			}
		}
		if strings.HasSuffix(before, "上") || strings.HasSuffix(before, "下") || strings.HasPrefix(text[e:], "结果") {
			continue // "下半年督查" is a half of the year, "年终考核结果作为…" a result used
		}
		inList := strings.HasSuffix(before, "、") ||
			(i+1 < len(all) && all[i+1][0] == e+len("、") && strings.HasPrefix(text[e:], "、"))
		routine := setsRoutine(before, text[e:])
		if text[m[4]:m[5]] == "报" && !inList && !routine {
			continue // 月报, 年报 alone name a report (企业年报), a routine only when the plan sets one up
		}
		if !inList && !opensClause(before) && !strings.HasSuffix(before, "“") && !routine {
			continue
		}
		h.take(s, e, periodRules[text[m[2]:m[3]]])
	}
}

// routineList reads a routine written as a list of period-and-act pairs whatever the acts ("周调度、
// 月督查、季观摩、年考核"): two or more items of three characters, each opened by a different period, the
// list standing on its own (opening its clause, in quotes, after a routine verb; ending the clause, in
// quotes, or before 制度/机制/工作/等).
func (h *recurringHits) routineList() {
	text := h.text
	for _, m := range periodListExpr.FindAllStringIndex(text, -1) {
		s, e := m[0], m[1]
		before, after := text[:s], text[e:]
		if before != "" {
			if c := before[len(before)-1]; c >= '0' && c <= '9' {
				continue
			}
		}
		if strings.HasSuffix(before, "上") || strings.HasSuffix(before, "下") {
			continue
		}
		if !opensClause(before) && !strings.HasSuffix(before, "“") && !strings.HasSuffix(before, "\"") && !setsRoutine(before, "") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(after); after != "" && unicode.Is(unicode.Han, r) && !setsRoutine("", after) &&
			!strings.HasPrefix(after, "工作") && !strings.HasPrefix(after, "等") && !strings.HasPrefix(after, "的") {
			continue
		}
		items := strings.Split(text[s:e], "、")
		periods := map[string]bool{}
		for _, it := range items {
			periods[periodListItem.FindStringSubmatch(it)[1]] = true
		}
		if len(periods) < len(items) {
			continue // "年产值、年税收": one period's figures, no routine
		}
		at := s
		for _, it := range items {
			if !h.taken[at] {
				h.take(at, at+len(it), periodRules[periodListItem.FindStringSubmatch(it)[1]])
			}
			at += len(it) + len("、")
		}
	}
}

// merged returns the duties in text order, one per rule and sentence: "月度通报…每月10日前" in one
// sentence is one duty, keeping the more specific rule.
// dayOfPeriod reports whether a rule names its day: a yearly duty's month, or a monthly duty's day
// of every month.
func dayOfPeriod(r Rule) bool {
	return r.Month != 0 || r.Freq == Monthly && r.MonthDay != 0 && r.Months == 0 && r.Interval <= 1
}

func (h *recurringHits) merged() []Recurring {
	if len(h.hits) == 0 {
		return nil
	}
	text := h.text
	sort.Slice(h.hits, func(i, j int) bool { return h.hits[i].start < h.hits[j].start })
	// sentence[i] is the index of the sentence byte i sits in.
	sentence := make([]int, len(text)+1)
	n := 0
	for i, r := range text {
		if r == '。' || r == '；' || r == '\n' {
			n++
		}
		for k := i; k < i+utf8.RuneLen(r) && k < len(sentence); k++ {
			sentence[k] = n
		}
	}
	type key struct {
		freq     Freq
		interval int
		sentence int
		day      int // a yearly duty's day of the year (month×100+day): 每年7月底前…，12月20日前… are two duties
	}
	index := map[key]int{}
	var out []Recurring
	for _, hit := range h.hits {
		f, n := hit.r.Rule.Every() // 每月25日前…每季度末: monthly and quarterly, two duties
		k := key{f, n, sentence[hit.start], 0}
		i, ok := index[k]
		day := int(hit.r.Rule.Month)*100 + hit.r.Rule.MonthDay
		if ok && dayOfPeriod(hit.r.Rule) && dayOfPeriod(out[i].Rule) && int(out[i].Rule.Month)*100+out[i].Rule.MonthDay != day {
			// Another day of the year (or of the month: 每月15日、30日前): a duty of its own, unless that
			// day is there already.
			k.day = day
			if _, dup := index[k]; dup {
				continue
			}
			index[k] = len(out)
			out = append(out, hit.r)
			continue
		}
		if ok {
			if o := &out[i]; hit.r.Rule.MonthDay != 0 && o.Rule.MonthDay == 0 {
				o.Rule, o.Quote = hit.r.Rule, hit.r.Quote
			}
			continue
		}
		index[k] = len(out)
		out = append(out, hit.r)
	}
	return out
}

// agentAfterPeriod is who does a duty, named after its period and a comma: "，由县考核办" before 组织.
var agentAfterPeriod = mustCompile(`^([，,]?\s*由\p{Han}{2,16}?(?:统一|负责|牵头)?)(?:组织|开展|召开|进行|对)`)

func isDutyAfter(after string) bool {
	after = strings.TrimLeft(after, " ")
	// "每季度（省级开发区每月）举办创意会": an aside in brackets stands between the period and its duty.
	if m := leadingAside.FindString(after); m != "" {
		after = after[len(m):]
	}
	// "每周至少开展2次", "每年一季度组织考核": how much or when in the period, then the duty.
	if lead := dutyLead.FindString(after); lead != "" {
		// "每学期开学前，对全市中小学校舍…开展一次全面检查": when in the period, a comma, then the duty.
		after = strings.TrimLeft(after[len(lead):], "，, ")
		// "每年汛前完成隐患排查", "每年一季度完成上年度考核": a part of the year named, then 完成 and a
		// duty's noun (not a figure: 每年完成造林1万亩 says how much, and names no part of the year).
		if partOfYear.MatchString(strings.TrimLeft(dutyModal.ReplaceAllString(lead, ""), " ")) {
			if rest, ok := strings.CutPrefix(after, "完成"); ok && !strings.ContainsAny(clauseOf(rest), "0123456789") {
				return true
			}
		}
	}
	// "每年第四季度，由县考核办组织…考核": when, then who, then the duty.
	if m := agentAfterPeriod.FindStringSubmatch(after); m != nil {
		after = after[len(m[1]):]
	}
	if rest, ok := cutAnyPrefix(strings.TrimLeft(after, "前之以"), "将", "把"); ok {
		// "每周五下午5点前将本周工作进展…报送区专班办公室": what is handed in, then the handing in.
		if k := strings.IndexAny(rest, "，,。；;"); k >= 0 {
			rest = rest[:k]
		}
		if reportAct.MatchString(rest) {
			return true
		}
	}
	if rest, ok := cutAnyPrefix(after, "向", "在"); ok {
		// "每半年向领导小组办公室书面报告一次": whom it reports to, then the report, in the clause;
		// "考评结果每季度在区级媒体公布": where.
		if k := strings.IndexAny(rest, "，,。；;"); k >= 0 {
			rest = rest[:k]
		}
		if reportAct.MatchString(rest) {
			return true
		}
	}
	if rest, ok := strings.CutPrefix(after, "对"); ok {
		// "每月对监测数据进行分析研判", "按季度对重点用能单位…进行监测分析": what it acts on, then
		// the act, in the clause.
		if k := strings.IndexAny(rest, "，,。；;"); k >= 0 {
			rest = rest[:k]
		}
		if dutyAct.MatchString(rest) {
			return true
		}
		// "每月对照清单督促整改": no act the clause names; the words after 对 may still be the duty.
	}
	if m := timesAfterPeriod.FindString(after); m != "" && !strings.HasPrefix(after[len(m):], "性") {
		return true // "每两周至少一次全覆盖清理": how often, said as a count of times (not 一次性补贴)
	}
	if m := actTimesAfterPeriod.FindString(after); m != "" && !strings.HasPrefix(after[len(m):], "性") {
		return true
	}
	// "每月随机抽取不少于5个在建项目开展质量安全检查": the act of checking further on in its clause.
	clause := after
	if k := strings.IndexAny(clause, "，,。；;"); k >= 0 {
		clause = clause[:k]
	}
	if utf8.RuneCountInString(clause) <= 24 && clauseDuty.MatchString(clause) {
		return true
	}
	if len(after) > 40 {
		after = after[:40]
	}
	rs := []rune(after)
	if len(rs) > 10 {
		rs = rs[:10]
	}
	window := string(rs)
	for _, w := range dutyWords {
		if strings.HasPrefix(window, w) {
			return true
		}
	}
	// "按月发放高龄津贴", "每季度拨付运营补贴": a payment made each period is a duty; a rate said with
	// its amount ("每人每月发放基础养老金不低于200元", "每年拨付1000万元") says how much, not when.
	if rest, ok := cutAnyPrefix(window, "发放", "拨付"); ok && !strings.ContainsAny(clauseOf(after[len(window)-len(rest):]), "0123456789零一二两三四五六七八九十百千万亿") {
		return true
	}
	// "每季度组织一次项目督查", "逐月实施项目调度": the duty noun a few characters on.
	for _, w := range []string{"召开", "调度", "通报", "督查", "督促", "检查", "分析会", "会商", "报送", "报告", "晾晒", "督导", "例会", "简报", "专报", "编发", "组织开展", "开展一次", "自查", "审计", "公示", "公告"} {
		if strings.Contains(window, w) {
			return true
		}
	}
	return false
}

// clauseDuty is an act of checking or reporting named as what the clause does: 开展…检查, 组织…督查.
var clauseDuty = mustCompile(`(?:开展|组织|进行)\p{Han}{0,8}(?:检查|督查|抽查|巡查|督导|考核|评估|通报|调度)`)

// timesAfterPeriod is a count of times right after a period's words (what dutyLead leaves):
// "一次全覆盖清理", "不少于2次", or a count of sessions or issues with their measure word and no verb
// ("每月1场", "每季度至少1场", "每季度一期": meetings held, bulletins put out each period).
var timesAfterPeriod = mustCompile(`^(?:不少于|不低于)?\s*(?:[一二两三四五六七八九十]|\d{1,3})\s*(?:次|遍|轮|场次?|期)`)

// actTimesAfterPeriod is an act and how many times it is done in the period: "巡河不少于1次",
// "修订一次".
var actTimesAfterPeriod = mustCompile(`^[\p{Han}、]{1,16}?(?:不少于|至少|不低于)?\s*(?:[一二两三四五六七八九十]|\d{1,3})\s*(?:次|遍|轮)`)

// leadingAside is a short aside in brackets at the start of a text.
var leadingAside = mustCompile(`^[（(][^（()）]{1,20}[)）]`)

// dutyLead is what may stand between a period and its duty: how much (至少), a modal, or the
// part of the period (一季度, 年底).
var dutyLead = mustCompile(`^(?:` + dutyModals + `)*(?:第?[一二三四1-4]季度|上半年|下半年|年初|年中|年底|年末|月初|月中|月底|汛期前|汛前|入汛前|汛期|开学前|开学初|开学后|期中|期末|(?:结束|终了)(?:前|后)?|初|末)?(?:(?:上午|下午|晚上|中午)?\s*\d{1,2}\s*(?:点|时)(?:\s*\d{1,2}\s*分)?(?:前|之前|以前)?)?`)

// reportAct is a report made to whom 向 names: 报告, 报送, 汇报, 上报, 书面报.
var reportAct = mustCompile(`报告|报送|汇报|上报|报备|书面报|通报|反馈|公示|公布|发布|公开|录入|填报|提交|上传`)

// dutyAct is the act done to what 对 names, in a duty: 进行通报, 开展督查, 分析研判.
var dutyAct = mustCompile(`(?:进行|开展|组织|实施)?(?:通报|调度|分析|研判|监测|评估|考核|考评|评比|抽查|巡查|督查|督导|检查|核查|排名|晾晒|会商|盘点|跟踪|督办|审计|汇总)|进行(?:更新|修订|调查|清查|复核|评价)`)

// extendQuote widens a match to the clause it sits in, so the quote reads on its own.
func extendQuote(text string, s, e int) string {
	stops := "。；;，,\n"
	lo, hi := max(0, s-240), min(len(text), e+240) // a clause longer than that is not quoted whole
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo++
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	start := strings.LastIndexAny(text[lo:s], stops)
	if start < 0 {
		start = lo
	} else {
		start += lo
		_, size := decodeRune(text[start:])
		start += size
	}
	// "（责任单位：市司法局）于每年3月31日前报送…", "…，配合单位：市数据局）每季度开展…": a note in
	// brackets closed before the duty is no part of its words ("各县（市、区）政府每月…" keeps its
	// name's bracket).
	if c := strings.LastIndexAny(text[start:s], "）)"); c >= 0 {
		inner := text[start : start+c]
		o := strings.LastIndexAny(inner, "（(")
		if o >= 0 {
			_, n := decodeRune(inner[o:])
			inner = inner[o+n:]
		}
		if o < 0 || hasColon(inner) || noteWords.in(inner) {
			_, size := decodeRune(text[start+c:])
			start += c + size
		}
	}
	end := strings.IndexAny(text[e:hi], stops)
	if end < 0 {
		end = hi
	} else {
		end += e
	}
	q := strings.TrimSpace(text[start:end])
	if len([]rune(q)) > 60 {
		return strings.TrimSpace(text[s:e])
	}
	return q
}

func decodeRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

var chineseDigits = map[rune]int{'〇': 0, '○': 0, 'Ｏ': 0, 'O': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// validUntilExpr is a plan's term: 有效期至2026年3月31日, 有效期至2027年12月31日止, 执行至2025年底, or a
// campaign's span from now on (从现在起至2017年12月底，本区开展…; 自即日起到2025年底).
var validUntilExpr = mustCompile(`(?:有效期至|有效期到|执行至|实施至|执行期至|(?:从现在起|从即日起|自即日起|即日起)[，,]?(?:至|到))\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:底|末)?|(?:19|20)\d{2}\s*年底|(?:19|20)\d{2}\s*年)`)

// termSpanExpr is a plan's term stated as a span of years or days after its name: "本方案实施期限为
// 2025—2027年", "实施期限：2025—2027年", "执行期为2025年1月1日至2027年12月31日".
var termSpanExpr = mustCompile(`(?:实施|执行|有效|试行)期(?:限)?\s*(?:为|是|[:：])?\s*((?:19|20)\d{2}[^。；;，,]{1,40})`)

// ValidUntil is the last day of a plan's term its text states, with the phrase; false when it
// states none.
func ValidUntil(text string) (Day, string, bool) {
	text = foldWidth(text)
	if m := validUntilExpr.FindStringSubmatch(text); m != nil {
		// The term's end read as any date phrase is: the last day of the period it names.
		for _, d := range ParseDeadlines(m[1]) {
			return d.Date, m[0], true
		}
	}
	if m := termSpanExpr.FindStringSubmatch(text); m != nil {
		// A span: the last day it reaches.
		var end Day
		for _, d := range ParseDeadlines(m[1]) {
			if end.Before(d.Date) {
				end = d.Date
			}
		}
		if !end.IsZero() {
			return end, m[0], true
		}
	}
	return Day{}, "", false
}

// termLengthExpr is a plan's term given by its length from the day it takes effect: "本措施自印发之日起
// 施行，有效期3年", "自2025年4月1日起实施，有效期为两年", "试行期一年".
var termLengthExpr = mustCompile(`(?:有效期|试行期|执行期|实施期)(?:限)?(?:为|是)?\s*(\d{1,2}|[一二两三四五六七八九十])\s*(年|个月)`)

// termStartExpr is the day a plan's term starts from when the text names it: "自2025年4月1日起".
var termStartExpr = mustCompile(`自\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起`)

// ownTermWords say a sentence is of the plan's own term: it takes effect (自…起施行), or names the plan.
var ownTermWords = mustCompile(`起\s*(?:施行|实施|执行|试行|生效)|^\s*本(?:政策措施|若干措施|措施|方案|意见|通知|办法|计划|细则|规定|政策)`)

// ownTermSentence is a sentence that gives the plan's own term by its length: "本预案自印发之日起实施，有效期
// 为5年", "本方案有效期3年", maybe after another sentence of the paragraph.
var ownTermSentence = mustCompile(`(?:^|[。；;])\s*本(?:预案|方案|意见|措施|办法|细则|规定|通知|计划|政策)[^。；]{0,30}(?:有效期|试行期|执行期|实施期)`)

// TermFor is the last day of a plan's term stated by its length (有效期3年), counted from the day the
// text says it takes effect, else from issued (自印发之日起, or no day said); false when the text
// states no such term or issued is unknown and no day is said.
func TermFor(text string, issued Day) (Day, string, bool) {
	text = foldWidth(text)
	m := termLengthExpr.FindStringSubmatchIndex(text)
	if m == nil {
		return Day{}, "", false
	}
	// The plan's own term: the sentence says it takes effect or names the plan ("本措施…", "自印发之日起
	// 施行"), not a subsidy's or a licence's ("补贴资格有效期1年").
	sentence := text[strings.LastIndexAny(text[:m[0]], "。；;!！?？\n")+1 : m[0]]
	if !ownTermWords.MatchString(sentence) {
		return Day{}, "", false
	}
	n, err := strconv.Atoi(text[m[2]:m[3]])
	if err != nil {
		r, _ := utf8.DecodeRuneInString(text[m[2]:m[3]])
		n = chineseDigits[r]
		if r == '两' {
			n = 2
		} else if r == '十' {
			n = 10
		}
	}
	from := issued
	if s := termStartExpr.FindStringSubmatch(text[:m[0]]); s != nil {
		if day, ok := ParseFullDate(s[1]); ok {
			from = day
		}
	}
	if from.IsZero() || n <= 0 {
		return Day{}, "", false
	}
	months := n
	if text[m[4]:m[5]] == "年" {
		months = 12 * n
	}
	end := NewDay(from.Year, from.Month+time.Month(months), from.Day).AddDays(-1)
	return end, text[m[0]:m[1]], true
}

// lastHorizon is the latest year the goals set a target for, from the first match on ("到2025年…；
// 到2030年…": the plan runs to 2030), with its phrase. A year ten or more past the first is a
// long-term vision ("到2035年远景目标"), not the plan's period.
func lastHorizon(goals []string, first []string) (Day, string) {
	y0, _ := strconv.Atoi(first[1])
	if visionYear(y0) {
		// "为加快实现到2035年建成…", then "到2026年…": the plan's own horizon comes after its vision.
		for _, g := range goals {
			for _, m := range goalTargetExpr.FindAllStringSubmatch(foldWidth(g), -1) {
				if y, _ := strconv.Atoi(m[1]); !visionYear(y) && y < y0 {
					return lastHorizon(goals, m)
				}
			}
		}
	}
	best, quote := y0, first[0]
	for _, g := range goals {
		for _, m := range goalTargetExpr.FindAllStringSubmatch(foldWidth(g), -1) {
			if y, _ := strconv.Atoi(m[1]); y > best && y < y0+10 && !visionYear(y) {
				best, quote = y, m[0]
			}
		}
	}
	return Day{best, time.December, 31}, quote
}

// stageGoalExpr is a goal paragraph opening with the year it is due by: "2025年底前重点围绕…",
// "2027年前，基本建成…".
var stageGoalExpr = mustCompile(`^\s*((?:19|20)\d{2})\s*年(?:底|末)?(?:前|之前|以前)`)

// lastStage is the latest year the staged goals are due by, from the first one on, with its phrase.
func lastStage(goals []string, first []string) (Day, string) {
	best, quote := 0, ""
	y0, _ := strconv.Atoi(first[1])
	for _, g := range goals {
		if m := stageGoalExpr.FindStringSubmatch(foldWidth(g)); m != nil {
			if y, _ := strconv.Atoi(m[1]); y > best && y < y0+10 && !visionYear(y) {
				best, quote = y, strings.TrimSpace(m[0])
			}
		}
	}
	if best == 0 {
		best, quote = y0, strings.TrimSpace(first[0])
	}
	return Day{best, time.December, 31}, quote
}

// visionYear: 2035 and 2050, the years of the long-range vision ("到2035年，基本实现…") that plans set
// beside their own horizon; a plan's period is its nearer target.
func visionYear(y int) bool { return y == 2035 || y == 2050 }

// ItemNumber is the number a task's printed number gives its item: 14 for "14", "(十四)", "十四、",
// "⑭", "任务十四：" (a point's kind and its ordinal, bulletWordExpr) and "14-2" (a part of item 14);
// -1 when it gives none.
func ItemNumber(printed string) int {
	s := strings.TrimSpace(printed)
	if i := strings.IndexAny(s, "-－"); i > 0 {
		s = s[:i]
	}
	if r, n := utf8.DecodeRuneInString(s); r >= '①' && r <= '⑳' && n == len(s) {
		return int(r-'①') + 1
	}
	if m := bulletWordExpr.FindStringSubmatch(s); m != nil && len(m[0]) == len(s) {
		s = m[2]
	}
	s = strings.Trim(s, "()（）、.．:：第条项 ")
	if s == "" {
		return -1
	}
	return chineseNum(s)
}

// atoiOrHan reads a count in digits or Chinese numerals (两 as 二); 0 when it is neither.
func atoiOrHan(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return max(chineseNum(strings.ReplaceAll(s, "两", "二")), 0)
}

// chineseNum reads 二○一○ (digit by digit) or 十二 / 二十九 (as a number).
func chineseNum(s string) int {
	digits := chineseDigits
	if strings.ContainsRune(s, '十') {
		n := 0
		parts := strings.SplitN(s, "十", 2)
		if parts[0] == "" {
			n = 10
		} else {
			n = digits[[]rune(parts[0])[0]] * 10
		}
		if parts[1] != "" {
			n += digits[[]rune(parts[1])[0]]
		}
		return n
	}
	n := 0
	for _, r := range s {
		v, ok := digits[r]
		if !ok {
			if r >= '0' && r <= '9' {
				v = int(r - '0')
			} else {
				return -1
			}
		}
		n = n*10 + v
	}
	return n
}

// fullDateExpr is one complete date: 2023年4月29日, 二○一○年十二月九日. A year in Chinese numerals may
// have its zero typed as the digit, as web pages often do ("二0一一年四月八日", "二０一一年…"): the
// year of the 1900s or 2000s starts with 一 or 二.
var fullDateExpr = mustCompile(`((?:19|20)\d{2}|[〇○零一二三四五六七八九ＯO]{4}|[一二][〇○零一二三四五六七八九ＯO0０]{3})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日`)

var isoDateExpr = mustCompile(`((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})`)

// ParseFullDate reads one complete date: "2023年4月29日", "二○一○年十二月九日", "2023-04-29".
func ParseFullDate(s string) (Day, bool) {
	s = foldWidth(s)
	if m := isoDateExpr.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return validDay(y, mo, d)
	}
	if m := fullDateExpr.FindStringSubmatch(s); m != nil {
		return validDay(chineseNum(m[1]), chineseNum(m[2]), chineseNum(m[3]))
	}
	return Day{}, false
}

func validDay(y, m, d int) (Day, bool) {
	if y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return Day{}, false
	}
	day := NewDay(y, time.Month(m), d)
	if day.Day != d {
		return Day{}, false
	}
	return day, true
}

// foldWidth turns full-width digits, letters and spaces into ASCII so that "２０２７ 年" reads as
// "2027 年". Full-width punctuation stays: the parser reads both forms.
func foldWidth(s string) string {
	if !needsFold(s) {
		return s
	}
	return mapWidth(s)
}

// needsFold reports whether s holds a character foldWidth changes. It looks at the characters'
// UTF-8 bytes rather than decoding each character: the parser asks it of every text it reads
// dates from, and most hold none.
func needsFold(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xC2: // U+00A0
			if s[i+1] == 0xA0 {
				return true
			}
		case 0xE2: // U+2002, U+2003
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x82 || s[i+2] == 0x83) {
				return true
			}
		case 0xE3: // U+3000
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
				return true
			}
		case 0xEF: // ０-９ U+FF10-FF19, Ａ-Ｚ U+FF21-FF3A, ． U+FF0E; ａ-ｚ U+FF41-FF5A; ﹒ U+FE52
			if i+2 >= len(s) {
				break
			}
			b1, b2 := s[i+1], s[i+2]
			if b1 == 0xBC && (0x90 <= b2 && b2 <= 0x99 || 0xA1 <= b2 && b2 <= 0xBA || b2 == 0x8E) ||
				b1 == 0xBD && 0x81 <= b2 && b2 <= 0x9A || b1 == 0xB9 && b2 == 0x92 {
				return true
			}
		}
	}
	return false
}

// mapWidth is foldWidth's change, made to every character of s.
func mapWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
			return r - 0xFEE0
		case r == '\u3000', r == '\u00a0', r == '\u2002', r == '\u2003':
			return ' '
		case r == '．', r == '﹒':
			return '.'
		}
		return r
	}, s)
}

// Year is the year a plan speaks in when a date names none: the year it was signed, else the year
// of its document number (the next year when its title is that year's plan, signed the year before),
// else the first year of its title, else the year its page was published; 0 when none says. The parser starts from it (then tries the text itself); answers that read a
// plan's dates again use it.
func (d *Document) Year() int {
	title := titleYears(d.Title)
	y := 0
	if !d.Issued.IsZero() {
		y = d.Issued.Year
	} else if m := numberYearExpr.FindStringSubmatch(d.Number); m != nil {
		y, _ = strconv.Atoi(m[1])
	}
	if y > 0 {
		// A year's plan signed in the year before ("2025年数字经济发展工作要点", signed 2024-12-20,
		// 衢政办发〔2024〕45号): its "6月底前" is in the year it is for.
		if m := annualTitleExpr.FindStringSubmatch(title); m != nil && !periodRangeExpr.MatchString(title) && !bracketRangeExpr.MatchString(title) {
			if ty, _ := strconv.Atoi(m[1]); ty == y+1 {
				return ty
			}
		}
		return y
	}
	// A span's plan ("…三年行动计划（2025—2027年）") starts in its first year: its dates without a
	// year are that year's, not the span's last (which titleYearExpr, needing a 年, would read).
	for _, span := range []*Regexp{periodRangeExpr, bracketRangeExpr} {
		if m := span.FindStringSubmatch(title); m != nil {
			y, _ := strconv.Atoi(m[1])
			return y
		}
	}
	if m := titleYearExpr.FindStringSubmatch(title); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	if !d.Published.IsZero() {
		return d.Published.Year
	}
	return 0
}

// titleYears is a title read for its years: full-width digits as ASCII, and a year written in
// Chinese numerals ("岳阳市二〇一〇年节能减排工作要点", "二0一一年…" with the digit for its zero) in
// digits, so that it names its year as "岳阳市2010年…" does.
func titleYears(title string) string {
	t := foldWidth(title)
	if !strings.Contains(t, "年") || !anyRune(t, "〇○零ＯO0") {
		return t
	}
	return hanYearExpr.ReplaceAllStringFunc(t, func(m string) string {
		y := m[:len(m)-len("年")]
		if n := chineseNum(y); n >= 1949 && n <= 2100 {
			return strconv.Itoa(n) + "年"
		}
		return m
	})
}

// hanYearExpr is a year in Chinese numerals before its 年; its zero may be typed as the digit.
var hanYearExpr = mustCompile(`(?:[〇○零一二三四五六七八九ＯO]{4}|[一二][〇○零一二三四五六七八九ＯO0]{3})年`)

var (
	numberYearExpr = mustCompile(`[〔﹝\[［【(（]((?:19|20)\d{2})[〕﹞\]］】)）]`)
	titleYearExpr  = mustCompile(`((?:19|20)\d{2})\s*年`)
	// periodRangeExpr: "（2023—2027年）", "2024-2026年".
	// bracketRangeExpr is a title's span of years in brackets without 年: （2015-2020）.
	bracketRangeExpr = mustCompile(`[（(]((?:19|20)\d{2})\s*[—\-－–~～至到]\s*((?:19|20)\d{2})[)）]`)
	// autumnWinterTitle: a title naming the autumn-winter campaign of a year, or of the two years it
	// spans, "2024年秋冬季…", "2024—2025年秋冬季…".
	autumnWinterTitle = mustCompile(`((?:19|20)\d{2})\s*年?\s*(?:[—\-－–~～至到]\s*((?:19|20)\d{2})\s*)?年度?\s*秋冬季`)
	periodRangeExpr   = mustCompile(`((?:19|20)\d{2})\s*年?\s*[—\-－–~～至到]\s*((?:19|20)\d{2})\s*年`)
	// annualTitleExpr: a plan for one year, "2025年工作要点", "2021年省政府工作报告重点任务分工方案".
	annualTitleExpr = mustCompile(`((?:19|20)\d{2})\s*年(?:度)?(?:[^0-9—\-－–~～至到]|\d+[^\d月日])`)
	// partOfYearTitle: a title naming a quarter or a half of its year, "2020年第三季度工作要点",
	// "2024年上半年重点工作".
	partOfYearTitle = mustCompile(`((?:19|20)\d{2})\s*年度?\s*(?:第?([一二三四1-4])季度|([上下])半年)(?:重点)?(?:工作要点|重点工作|工作计划|工作安排|工作任务|任务清单)`)
	// progressTitle: a report on how work went, not the work's plan.
	progressTitle = mustCompile(`执行情况|完成情况|进展情况|落实情况|推进情况|通报|总结`)
	// fiveYearName: a five-year plan named in a title, "“十四五”", "第十四个五年规划".
	fiveYearName = mustCompile(`第?(十[一二三四五六])个?五(?:年规划(?:纲要)?)?`)
	// annualWorkExpr: a plan that divides up one year's work.
	// reportDivisionExpr: a paragraph that divides up a year's government work report.
	reportDivisionExpr = mustCompile(`政府工作报告》?[^。]{0,30}(?:分解|分工)`)
	annualWorkExpr     = mustCompile(`政府工作报告|年度重点工作|年度工作要点|重点工作(?:任务)?(?:责任)?分[工解]`)
	// startSpanExpr: a period given by its start and length, "2012年起5年内".
	startSpanExpr = mustCompile(`((?:19|20)\d{2})\s*年起\s*(\d{1,2}|[一二三四五六七八九十])\s*年内?`)
	// annualGoalExpr: an opening that divides up one year's work, "现将…2020年重点工作任务予以分解", or
	// sets one year's targets, "对32项考核指标进行了分析和2021年度目标设定", "2024年重点工作目标任务分解".
	annualGoalExpr = mustCompile(`((?:19|20)\d{2})\s*年(?:度)?(?:重点工作|工作要点|《?政府工作报告》?|\p{Han}{0,12}?目标(?:任务)?)[^。]{0,20}?(?:分解|分工|设定|设置|下达)`)
	// stageYearExpr: a stage of the plan named by its year, "2024年为试点示范阶段", "2026年：巩固提升阶段".
	stageYearExpr = mustCompile(`((?:19|20)\d{2})\s*年(?:为|是|[:：])\p{Han}{0,10}阶段`)
	// listOpeningExpr: an opening that states its year, or its span of years, and introduces the list
	// of work below it, "2021年全县…重点抓好以下工作：", "2024—2026年全市…重点任务如下：" (not "2023年以来"
	// nor a month: "2024年3月，…通知如下：").
	listOpeningExpr = mustCompile(`^((?:19|20)\d{2})\s*(?:年?\s*[—\-－–~～至到]\s*((?:19|20)\d{2})\s*)?(年度?[^\d以来底初末起前月。]` + `[^。]{0,80}?(?:以下|如下)\p{Han}{0,6}[：:])\s*$`)
	// annualOpeningExpr: a plan that opens with its year's work, "2023年度城市管理工作思路是：…".
	annualOpeningExpr = mustCompile(`^((?:19|20)\d{2})\s*年度?\p{Han}{0,12}?(?:工作思路|总体思路|工作要点|工作计划|工作安排|工作目标|重点工作|民生实事|实事项目|重点项目)`)
	// themedYearExpr: an opening that names a year after its campaign, "将2021年确定为“国企提升发展年”",
	// "把2024年作为“营商环境优化提升年”".
	themedYearExpr = mustCompile(`(?:将|把)((?:19|20)\d{2})\s*年(?:确定为|定为|作为|列为)[“"]?\p{Han}{2,16}年[”"]?`)
	// annualMadeExpr: an opening that ends saying it makes one year's plan, "结合我县实际，制定2024年度
	// 河湖长制工作要点。" (not a year's plan the goals ask others to make).
	annualMadeExpr = mustCompile(`(?:制定|制订|编制)(?:本|了)?((?:19|20)\d{2})\s*年度?\p{Han}{0,16}?(?:工作要点|工作计划|工作方案|实施方案|行动方案|行动计划)(?:。|$)`)
	// thisYearGoalExpr: goals set for "this year", the year the plan is issued in ("今年要全面开展…达标
	// 创建工作", "今年将进一步加强…"); not 今年以来 (since), 今年是 (a year's name) or 今年初 (a time).
	thisYearGoalExpr = mustCompile(`今年(?:要|将|全面|继续|进一步|力争|务必|必须)`)
	// goalDeadlineExpr: the whole plan's deadline in its goals, "力争2023年10月底前全部完成".
	goalDeadlineExpr = mustCompile(`(?:力争|确保|计划|要求)?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月底?前(?:全部|全面|基本)?(?:完成|建成|竣工|完工)`)
	// goalTargetExpr: the target year of a plan's goals, "到2027年，…".
	goalTargetExpr = mustCompile(`(?:到|至|力争到|确保到)\s*((?:19|20)\d{2})\s*年`)
)

// monthAfterYear reports whether the first place quote stands in s goes on with a month ("至2021年
// 11月30日"): a day, which the schedule's dates read, not a target year.
func monthAfterYear(s, quote string) bool {
	i := strings.Index(s, quote)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(s[i+len(quote):], " \t")
	n := 0
	for n < len(rest) && n < 2 && isDigitByte(rest[n]) {
		n++
	}
	return n > 0 && strings.HasPrefix(strings.TrimLeft(rest[n:], " "), "月")
}

// schoolYearTitle is a title's school year: 2024—2025学年, 2024-2025学年度, 2024学年 (Shanghai's, September 2024
// to August 2025).
var schoolYearTitle = mustCompile(`((?:19|20)\d{2})\s*(?:[—–\-－~～至到]+\s*((?:19|20)\d{2})\s*)?学年`)

// yearsWorkTitle names a year's work (工作要点, 工作计划, 重点工作) or a year's ledger of it (民生实事,
// 为民办实事项目, 重点任务分工/清单/分解, 政府工作报告…): a plan set out for that year; a 方案 titled with
// its year may set work in the months before it.
var yearsWorkTitle = mustCompile(`要点|工作计划|重点工作|工作安排|民生实事|实事项目|办实事|任务分工|任务清单|任务分解|政府工作报告`)

// PlanBegins is the first day of the one year a plan's title says it is for ("漳州市2027年安全生产工作
// 要点", "2024年度…工作计划"): January 1 of that year. A title with a span of years, a school year or an
// autumn-winter campaign (which begins the year before it ends), or none, gives the zero day.
func PlanBegins(title string) Day {
	t := titleYears(title)
	if autumnWinterTitle.MatchString(t) || schoolYearTitle.MatchString(t) || periodRangeExpr.MatchString(t) || bracketRangeExpr.MatchString(t) {
		return Day{}
	}
	m := annualTitleExpr.FindStringSubmatch(t)
	if m == nil || len(titleYearExpr.FindAllString(t, -1)) != 1 || !yearsWorkTitle.MatchString(t) {
		return Day{}
	}
	y, _ := strconv.Atoi(m[1])
	return Day{y, time.January, 1}
}

// PlanPeriod finds the period a whole plan states, from its title (a range of years, a year, a
// five-year plan) or else from the target year of its goals. quote is the phrase, or the title.
func PlanPeriod(title string, goals []string, year int) (end Day, quote string) {
	t := titleYears(title)
	if m := autumnWinterTitle.FindStringSubmatch(t); m != nil {
		// "2024—2025年秋冬季大气污染综合治理攻坚行动方案", "2024年秋冬季…": the autumn-winter campaign
		// runs from October to March of the next year.
		y, _ := strconv.Atoi(m[1])
		if e, _ := strconv.Atoi(m[2]); m[2] == "" || e == y+1 {
			return Day{y + 1, time.March, 31}, m[0]
		}
	}
	if m := schoolYearTitle.FindStringSubmatch(t); m != nil {
		// "2024—2025学年校园安全工作方案", "2024学年…": a school year, ending in the summer (August 31).
		y, _ := strconv.Atoi(m[1])
		if e, _ := strconv.Atoi(m[2]); m[2] == "" || e == y+1 {
			return Day{y + 1, time.August, 31}, m[0]
		}
	}
	if m := periodRangeExpr.FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[2])
		return Day{y, time.December, 31}, m[0]
	}
	if m := bracketRangeExpr.FindStringSubmatch(t); m != nil {
		// "社会信用体系建设规划（2015-2020）": the years alone in brackets.
		y, _ := strconv.Atoi(m[2])
		return Day{y, time.December, 31}, m[0]
	}
	if m := fiveYearName.FindStringSubmatch(t); m != nil {
		if y := fiveYearEnd(m[1] + "五"); y > 0 {
			return Day{y, time.December, 31}, m[0]
		}
	}
	if m := annualTitleExpr.FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[1])
		// A year's plan whose goals set the whole plan's deadline within the year ("力争2023年10月底前
		// 全部完成"): that deadline.
		if d, q := goalDeadline(goals); d.Year == y {
			return d, q
		}
		if m := partOfYearTitle.FindStringSubmatch(t); m != nil && m[1] == strconv.Itoa(y) && !progressTitle.MatchString(t) {
			// "区政府2020年第三季度工作要点": the quarter's (or the half year's) work, by its end.
			month := time.June
			switch {
			case m[3] == "下":
				month = time.December
			case m[2] != "":
				month = time.Month(3 * (strings.Index("一二三四", m[2])/len("一") + 1))
				if n, err := strconv.Atoi(m[2]); err == nil {
					month = time.Month(3 * n)
				}
			}
			return NewDay(y, month+1, 0), m[0]
		}
		return Day{y, time.December, 31}, title
	}
	// A plan that divides up a year's work ("落实《政府工作报告》重点工作分工的意见") runs for the year
	// it was issued in.
	if year > 0 && annualWorkExpr.MatchString(t) {
		return Day{year, time.December, 31}, title
	}
	var thisYear string
	for _, g := range goals {
		// "将《政府工作报告》主要指标和重点任务予以分解下达": a year's work, in the year of issue.
		if year > 0 && reportDivisionExpr.MatchString(foldWidth(g)) {
			if m := annualGoalExpr.FindStringSubmatch(foldWidth(g)); m != nil {
				// "现将《政府工作报告》2022年重点工作任务进行责任分解" (sent out in November 2021): the
				// year the sentence names, not the one it was issued in.
				y, _ := strconv.Atoi(m[1])
				return Day{y, time.December, 31}, m[0]
			}
			return Day{year, time.December, 31}, "《政府工作报告》"
		}
		if m := startSpanExpr.FindStringSubmatch(foldWidth(g)); m != nil {
			// "2012年起5年内": from the start year, the span's last year.
			y, _ := strconv.Atoi(m[1])
			n := chineseNum(m[2])
			if v, err := strconv.Atoi(m[2]); err == nil {
				n = v
			}
			if n >= 1 && n <= 30 {
				return Day{y + n - 1, time.December, 31}, m[0]
			}
		}
		if d, q := goalDeadline([]string{g}); !d.IsZero() {
			return d, q
		}
		if m := annualOpeningExpr.FindStringSubmatch(foldWidth(g)); m != nil {
			y, _ := strconv.Atoi(m[1])
			return Day{y, time.December, 31}, m[0]
		}
		if m := listOpeningExpr.FindStringSubmatch(foldWidth(g)); m != nil {
			// "2021年全县安全生产工作要…重点抓好以下工作：", "2024—2026年全市…重点任务如下：": a text with
			// no title opens with its year, or its years, over the list of its work.
			y, _ := strconv.Atoi(m[1])
			if m[2] != "" {
				y, _ = strconv.Atoi(m[2])
			}
			quote, _, _ := strings.Cut(m[0], "，")
			return Day{y, time.December, 31}, quote
		}
		if m := campaignSpanExpr.FindStringSubmatch(foldWidth(g)); m != nil && year > 0 {
			// "决定从8月1日起至10月30日在全区开展…专项行动": the campaign's months in the plan's year.
			from, _ := strconv.Atoi(m[1])
			to, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			if from >= 1 && from <= 12 && to >= 1 && to <= 12 {
				y := year
				if to < from {
					y++ // "11月至次年3月"
				}
				end := NewDay(y, time.Month(to)+1, 0)
				if d >= 1 && d <= end.Day {
					end = NewDay(y, time.Month(to), d)
				}
				return end, m[0]
			}
		}
		if m := themedYearExpr.FindStringSubmatch(foldWidth(g)); m != nil {
			// "将2021年确定为“国企提升发展年”": a plan for one year's campaign.
			y, _ := strconv.Atoi(m[1])
			return Day{y, time.December, 31}, m[0]
		}
		if m := annualGoalExpr.FindStringSubmatch(foldWidth(g)); m != nil {
			y, _ := strconv.Atoi(m[1])
			return Day{y, time.December, 31}, m[0]
		}
		if m := goalTargetExpr.FindStringSubmatch(foldWidth(g)); m != nil && monthAfterYear(foldWidth(g), m[0]) {
			// "从现在起至2017年12月底，本区开展…": the day it names, not the year alone, and the day
			// of that phrase ("…办公室2015年4月15日…自2015年4月20日至2015年6月19日开展…": not the day
			// the notice was signed, before it).
			at := strings.Index(foldWidth(g), m[0])
			for _, dl := range ParseDeadlinesIn(g, year) {
				if !strings.Contains(dl.Quote, m[1]) || !strings.Contains(dl.Quote, "月") {
					continue
				}
				if k := strings.Index(foldWidth(g), foldWidth(dl.Quote)); k >= 0 && k+len(foldWidth(dl.Quote)) <= at {
					continue // a date that ends before the phrase
				}
				if strings.Count(g, "阶段") >= 2 {
					// "第一阶段（2015年7月15日至11月2日）…第三阶段（2016年4月1日至2016年5月30日）":
					// work in stages runs to the last stage's end.
					end, quote := dl.Date, dl.Quote
					for _, x := range ParseDeadlinesIn(g, year) {
						if spanQuote.MatchString(x.Quote) && end.Before(x.Date) {
							end, quote = x.Date, x.Quote
						}
					}
					return end, quote
				}
				return dl.Date, dl.Quote
			}
		} else if m != nil {
			return lastHorizon(goals, m)
		}
		if ms := stageYearExpr.FindAllStringSubmatch(foldWidth(g), 8); len(ms) >= 2 {
			// "分三个阶段推进：2024年为试点示范阶段，2025年为全面推广阶段，2026年为巩固提升阶段": the
			// plan runs to its last stage's year.
			last := ms[len(ms)-1]
			y, _ := strconv.Atoi(last[1])
			return Day{y, time.December, 31}, last[0]
		}
		if m := stageGoalExpr.FindStringSubmatch(foldWidth(g)); m != nil {
			// "2025年底前重点围绕…", then "2027年底前重点突出…": goals in stages, the plan runs to the
			// last.
			return lastStage(goals, m)
		}
		if m := annualMadeExpr.FindStringSubmatch(foldWidth(g)); m != nil {
			y, _ := strconv.Atoi(m[1])
			return Day{y, time.December, 31}, strings.TrimRight(m[0], "。")
		}
		// A goal for "this year" gives way to a later horizon in a later goal paragraph.
		if year > 0 && thisYear == "" {
			if m := thisYearGoalExpr.FindStringIndex(g); m != nil {
				thisYear = clauseOf(g[m[0]:])
			}
		}
		// "将《…第十一个五年规划纲要》提出的主要目标和任务分解落实": the plan divides up a five-year
		// plan, and runs to its end.
		if m := fiveYearName.FindStringSubmatch(g); m != nil && dividesUp.MatchString(g) {
			if y := fiveYearEnd(m[1] + "五"); y > 0 {
				return Day{y, time.December, 31}, m[0]
			}
		}
		// "到“十四五”末，…达到25万户": the end of the five-year plan the goals name.
		if m := fiveYearGoal.FindStringSubmatch(g); m != nil {
			if y := fiveYearEnd(m[1]); y > 0 {
				return Day{y, time.December, 31}, m[0]
			}
		}
	}
	if thisYear != "" {
		return Day{year, time.December, 31}, thisYear
	}
	return Day{}, ""
}

// campaignSpanExpr is a campaign's span of months with no year, opening its work: "从8月1日起至10月30日
// 在全区开展", "自5月至9月集中开展".
var campaignSpanExpr = mustCompile(`(?:从|自)\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:起)?\s*(?:至|到)\s*(?:次年)?\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|底|末)?[^。；;]{0,16}?(?:开展|进行|实施)`)

// dividesUp: a paragraph that hands out a document's goals and tasks ("分解落实", "分工"); one that only
// carries a five-year plan out (贯彻落实) names no period of its own.
var dividesUp = mustCompile(`分解|分工`)

// fiveYearGoal is a goal set for the end of a five-year plan: "到“十四五”末", "至十四五期末".
var fiveYearGoal = mustCompile(`(?:到|至)[“"]?(十[一二三四五六七八九]?五)[”"]?(?:末|期末|时期末|期间)`)

// weekdayNote is the day of the week a date may carry: "4月20日(星期五)前".
var weekdayNote = mustCompile(`[(（](?:星期|周|礼拜)[一二三四五六日天][)）]`)

// dropWeekday removes the weekday between a date and its 前, so the phrase reads whole.
func dropWeekday(s string) string {
	if strings.Contains(s, "星期") || strings.Contains(s, "周") || strings.Contains(s, "礼拜") {
		s = weekdayNote.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "日") && (strings.Contains(s, "午") || strings.Contains(s, "下班") || strings.Contains(s, "时前") || strings.Contains(s, "点前")) {
		s = hourNote.ReplaceAllString(s, "日前")
	}
	return s
}

// hourNote is the hour a day's deadline may carry: "7月31日下午下班前", "5月10日上午12时前",
// "6月30日17:00前": the day is the deadline.
var hourNote = mustCompile(`日\s*(?:上午|下午|中午|晚上|早上)?\s*(?:下班|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[:：]\s*\d{2}|[时点](?:\d{1,2}分|半)?))(?:\s*(?:前|之前|以前))`)

// startsHere: the date is when something starts ("…起", "…开始"), not when it is due.
func startsHere(after string) bool {
	after = strings.TrimLeft(after, " ")
	return startsFrom(after) && strings.HasPrefix(after, "起") || strings.HasPrefix(after, "开始") || strings.HasPrefix(after, "以来") || strings.HasPrefix(after, "启动，") || strings.HasPrefix(after, "启动,") ||
		ongoingAfter.MatchString(after)
}

// quarterWork: what is to be done by the end of the first quarters ("前三季度完成…", "前三季度达到75%"),
// not their statistics or report ("前三季度、全年工作任务落实情况").
var quarterWork = mustCompile(`^\s*(?:内|末)?\s*(?:要|须|力争|确保|累计|全部|基本)?\s*(?:完成|达到|实现|建成|开工|投用|支出|突破)(?:[^的情率数量额]|$)`)

// startsFrom: a period, then 起 or 开始 ("自下半年起"): when work starts, not when it is due.
func startsFrom(after string) bool {
	after = strings.TrimLeft(after, " ")
	if strings.HasPrefix(after, "起") {
		for _, w := range []string{"起草", "起诉", "起步", "起来", "起到", "起算"} {
			if strings.HasPrefix(after, w) {
				return false // "7月底起草完成…": a deadline to draft by
			}
		}
		return true
	}
	return strings.HasPrefix(after, "开始")
}

// clauseAfter is s up to its first comma or stop.
func clauseAfter(s string) string {
	if k := strings.IndexAny(s, "，,。；;"); k >= 0 {
		return s[:k]
	}
	return s
}

// ongoingAfter: work that goes on from a day ("2026年1月1日以后持续开展此项工作"), a start, not a deadline.
// standingTime is a time cell that sets no date but says the work goes on ("长期坚持", "持续推进",
// "常态化", "长期"): a whole cell, as a date is.
var standingTime = mustCompile(`^(?:长期|持续|常态化|常年|长效|经常性)(?:坚持|推进|开展|实施|进行|落实|工作|任务)?(?:工作|任务)?$`)

var ongoingAfter = mustCompile(`^(?:以后|之后)(?:要|将)?(?:持续|长期|继续|常态化|全面|逐步)`)

// yearScope: what follows "2023年度" makes it the time of a clause ("2023年度，…", "2023年度内"), not
// the name of a year's report or plan.
func yearScope(after string) bool {
	return strings.HasPrefix(after, "，") || strings.HasPrefix(after, ",") || strings.HasPrefix(after, "内")
}

// goalDeadline is the first deadline for the whole plan its goals state, "力争2023年10月底前全部完成".
func goalDeadline(goals []string) (Day, string) {
	for _, g := range goals {
		if !strings.Contains(g, "月前") && !strings.Contains(g, "月底前") { // as the pattern wants
			continue
		}
		if m := goalDeadlineExpr.FindStringSubmatch(foldWidth(g)); m != nil {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			if mo >= 1 && mo <= 12 {
				return NewDay(y, time.Month(mo)+1, 0), m[0]
			}
		}
	}
	return Day{}, ""
}

// yearlessWords are what a deadline without a year needs to hold; most texts hold none. (确保, 力争,
// 争取: a pledged day, "确保10月30日建成投用", assuredDone; 含）前: a day that counts, "2月28日（含）前",
// dayInclusive.)
var yearlessWords = newWordSet("不晚于", "确保", "力争", "争取", "不迟于", "最迟", "最晚", "不超过", "日内", "号内", "须于", "需于", "应于", "定于", "拟于", "将于", "要于", "日完成", "号完成", "截止", "截至", "月内", "月份内", "截止时间", "截止日期", "完成时间", "完成时限", "完成期限", "办结时限", "月初", "全年", "月中", "半月", "日之前", "含）前", "含)前", "含）之前", "含)之前", "含）以前", "含)以前", "日以前", "号之前", "号以前", "月之前", "月以前", "月组织", "月开展", "月召开", "月举办", "月进行", "月实施", "月全面", "月集中", "月开工", "月竣工", "月完工", "月建成", "月启动", "月投用", "月投入使用", "月上线", "月，", "月,", "月底", "月末", "月前", "日前", "号前", "月完成", "月份", "旬", "季度", "年底", "年末", "年内", "年度内", "半年", "年中", "月:", "月：", "节前", "节之前", "节以前", "旦前", "五一前", "中秋前", "端午前", "国庆前", "元宵前", "清明前", "十一”前", "十一\"前", "十一’前", "五一”前", "五一\"前", "五一’前", "假前", "假期前", "黄金周前", "开学前", "学期前", "学期之前", "学期以前", "暖季", "热季", "暖期前", "热期前", "暖期之前", "热期之前", "暖期以前", "热期以前", "节”前", "节\"前", "节’前", "旦”前", "宵”前", "明”前", "午”前", "秋”前", "庆”前", "庆\"前", "庆’前", "节期间", "旦期间", "宵期间", "明期间", "五一期间", "午期间", "秋期间", "庆期间", "节假期", "旦假期", "宵假期", "明假期", "五一假期", "午假期", "秋假期", "庆假期")

// dottedMonthDay is a month and day written with a dot and no year, closed by 前: "6.30前", "12.31日前".
var dottedMonthDay = mustCompile(`(?:^|[^\d.])(\d{1,2})\.(\d{1,2})日?\s*(?:前|之前|以前)`)

// notBefore is what makes 前 a word of its own (前列, 前茅, 前三名), not "by".
var notBefore = mustCompile(`^(?:列|茅|沿|面|提|景|瞻|端|往|进|[一二三四五六七八九十两\d])`)

// dottedYearless reads "6.30前完成整改" as a deadline in the year of the last full date before it, else
// the plan's year; a decimal (增长6.5%) is no date, as nothing closes it with 前.
func dottedYearless(text string, year int) []Deadline {
	var out []Deadline
	for _, m := range dottedMonthDay.FindAllStringSubmatchIndex(text, -1) {
		mo, _ := strconv.Atoi(text[m[2]:m[3]])
		day, _ := strconv.Atoi(text[m[4]:m[5]])
		y := lastYearBefore(text[:m[2]])
		if y == 0 {
			y = year
		}
		if y == 0 || mo < 1 || mo > 12 || day < 1 || day > NewDay(y, time.Month(mo)+1, 0).Day || notBefore.MatchString(text[m[1]:]) {
			continue
		}
		out = append(out, Deadline{Quote: strings.TrimSpace(text[m[2]:m[1]]), Date: NewDay(y, time.Month(mo), day), Kind: KindBy})
	}
	return out
}

// yearlessRange is a span of months (or of days in a month) with no year: "7月至9月", "3月-5月",
// "4—6月", "11月1日至30日", "4月1—11日". Groups: the first month, its 月, its day, that day's 日, the
// last month, its day.
var yearlessRange = mustCompile(`(?:^|[^\d年.]|今年|本年|当年)(\d{1,2})\s*(月)?(?:\s*(\d{1,2})\s*([日号])?)?\s*(?:至|到|—|-|－|~|～|–)\s*(?:(\d{1,2})\s*月)?(?:\s*(\d{1,2})\s*[日号])?`)

// partOfMonth is a part of the last month named, which the yearless phrases read ("4月-5月中旬").
var partOfMonth = mustCompile(`^\s*(?:上旬|中旬|下旬|初|底|末|中)`)

// yearlessRanges reads each span of months without a year as due by its end, in the year of the last
// full date before it, else the plan's year. Months counted so far ("1-6月，全市实现…") and a yearly
// season (每年7月至9月) are none.
// fromNowTo is a span from now to a month and day with no year: "即日起至8月31日", "自即日起到9月底".
var fromNowTo = mustCompile(`即日(?:起)?\s*(?:至|到|—|－|-)\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]|底|末)`)

func yearlessRanges(text string, year int) []Deadline {
	var out []Deadline
	if strings.Contains(text, "即日") {
		// "即日起至8月31日，…开展全面检查": from now to a day with no year, due by it.
		for _, m := range fromNowTo.FindAllStringSubmatchIndex(text, -1) {
			mo, _ := strconv.Atoi(text[m[2]:m[3]])
			y := lastYearBefore(text[:m[0]])
			if y == 0 {
				y = year
			}
			if y == 0 || mo < 1 || mo > 12 {
				continue
			}
			end := NewDay(y, time.Month(mo)+1, 0)
			if m[4] >= 0 {
				d, _ := strconv.Atoi(text[m[4]:m[5]])
				if d < 1 || d > end.Day {
					continue
				}
				end = NewDay(y, time.Month(mo), d)
			}
			out = append(out, Deadline{Quote: text[m[0]:m[1]], Date: end, Kind: KindBy})
		}
	}
	for _, m := range yearlessRange.FindAllStringSubmatchIndex(text, -1) {
		if m[10] < 0 && m[12] < 0 || m[4] < 0 && (m[10] < 0 || m[6] >= 0) {
			continue // "7月至" and nothing after; "4—6月" needs its last month's 月
		}
		if m[6] >= 0 && m[8] < 0 && (m[10] >= 0 || m[12] < 0) {
			continue // a first day without its 日 only before a last day of the same month: "4月1—11日"
		}
		from, _ := strconv.Atoi(text[m[2]:m[3]])
		to := from
		if m[10] >= 0 {
			to, _ = strconv.Atoi(text[m[10]:m[11]])
		}
		before := text[:m[2]]
		if to < from || from < 1 || to > 12 || from == 1 && m[10] >= 0 && !strings.ContainsAny(lastRunes(strings.TrimRight(before, " \t"), 1), "（(：:") ||
			strings.HasSuffix(strings.TrimSpace(before), "每年") || m[6] >= 0 && m[10] >= 0 && m[12] < 0 || partOfMonth.MatchString(text[m[1]:]) {
			continue
		}
		if seasonSpan(before, text[m[1]:]) {
			continue
		}
		y := lastYearBefore(before)
		if ownYearBefore(before) {
			if clause := clauseOf(text[m[1]:]); strings.Contains(clause, "已") || strings.HasPrefix(strings.TrimSpace(text[m[1]:]), "为") {
				continue // "今年3-5月已完成排查…", "今年7月至9月为主汛期": what was done, a season
			}
			y = year // "自今年9月至12月": the plan's year
		}
		if y == 0 {
			y = year
		}
		if y == 0 {
			continue
		}
		end := NewDay(y, time.Month(to)+1, 0)
		if m[12] >= 0 {
			d, _ := strconv.Atoi(text[m[12]:m[13]])
			if d < 1 || d > end.Day {
				continue
			}
			end = NewDay(y, time.Month(to), d)
		}
		out = append(out, Deadline{Quote: strings.TrimSpace(text[m[2]:m[1]]), Date: end, Kind: KindBy})
	}
	return out
}

// everyAfterSpan is a duty's period right after a span of months: "6月至8月每周向家长推送一次".
var everyAfterSpan = mustCompile(`^\s*[，,]?\s*(?:期间)?\s*[，,]?\s*每(?:周|月|日|天|旬|半月|两周)`)

// seasonSpan reports whether a span of months with no year is a season that duties run in, not work
// due by its end: one that a duty's period follows ("6月至8月每周…"), or one in brackets after a
// season's name ("夏季高温期间（6月至9月）").
func seasonSpan(before, after string) bool {
	if everyAfterSpan.MatchString(after) {
		return true
	}
	return seasonBefore.MatchString(strings.TrimRight(before, " \t"))
}

// cutAnySuffix is strings.CutSuffix with the first of several suffixes s has.
func cutAnySuffix(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if rest, ok := strings.CutSuffix(s, x); ok {
			return rest, true
		}
	}
	return s, false
}

// cutAnyPrefix is strings.CutPrefix with the first of several prefixes s has.
func cutAnyPrefix(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}
