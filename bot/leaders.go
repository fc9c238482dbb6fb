package bot

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
)

// The leaders in charge: a 政府工作报告分工 gives each task a 责任领导 (分管领导, 牵头领导) beside its
// units (plan.Leaders reads them), and leaders ask by it: "哪位副县长分管的任务最多?", "任务的分管领导都
// 是谁?". Such a question is answered per leader, the tasks of each under the person; a question that
// names the person ("王伟副县长分管哪些任务?") stays a topic its tasks hold.

var (
	// reByLeader asks which leaders the tasks are given to, not about one of them; the leaders may
	// be named by their level ("哪几位县领导牵头的").
	reByLeader = regexp.MustCompile(`(?:哪位|哪个|哪些|哪几位|各位|每位)(?:分管|责任|牵头|联系)?(?:常务)?副?(?:省长|市长|区长|县长|州长|镇长|乡长|[省市区县州镇乡]?领导)|(?:分管|责任|牵头|联系|牵头负责)领导(?:都|分别|各自|各)?(?:是谁|有谁|有哪些|是哪些|有哪几位|是哪几位)|按(?:分管|责任|牵头)?领导|(?i)\bwhich (?:vice[- ])?(?:leaders?|mayors?|county heads?|governors?)\b`)
	// reLeaderWord is a topic term that only names the kind of person asked about: 副县长, 分管领导.
	reLeaderWord = regexp.MustCompile(`^(?:分管|责任|牵头|联系)?(?:常务)?副?(?:省长|市长|区长|县长|州长|镇长|乡长|领导)(?:们)?$`)
)

// leaderOf is the person of a Leaders entry, without its label: "责任领导：王伟副县长" is 王伟副县长.
func leaderOf(s string) string {
	if _, after, ok := strings.Cut(s, "："); ok {
		return after
	}
	return s
}

// leaderNames splits a Leaders entry's persons at 、 and commas outside brackets: "王磊（区委常委、副区长）、
// 陈静" is two.
func leaderNames(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '（' || r == '(':
			depth++
		case (r == '）' || r == ')') && depth > 0:
			depth--
		case depth == 0 && strings.ContainsRune("、，,", r):
			if n := s[start:i]; n != "" {
				out = append(out, n)
			}
			start = i + len(string(r))
		}
	}
	if n := s[start:]; n != "" {
		out = append(out, n)
	}
	return out
}

// leaderGroups answers a question asked per leader: the tasks of the answer under each person the
// plans give them to, most tasks first when the question ranks. False when no task names a leader.
func (e *Engine) leaderGroups(c *composer, q *Query, res result) bool {
	type group struct {
		name string
		its  [][]hit
	}
	var groups []*group
	var none int
	for _, it := range items(res.hits) {
		var names []string
		for _, h := range it {
			for _, l := range plan.Leaders(h.Task) {
				for _, n := range leaderNames(leaderOf(l)) {
					if !slices.Contains(names, n) {
						names = append(names, n)
					}
				}
			}
		}
		if len(names) == 0 {
			none++
			continue
		}
		for _, n := range names {
			i := slices.IndexFunc(groups, func(g *group) bool { return g.name == n })
			if i < 0 {
				i = len(groups)
				groups = append(groups, &group{name: n})
			}
			groups[i].its = append(groups[i].its, it)
		}
	}
	if len(groups) == 0 {
		return false
	}
	if q.Rank || q.Shape == ShapeCount {
		slices.SortStableFunc(groups, func(a, b *group) int { return len(b.its) - len(a.its) })
		if q.fewest {
			slices.Reverse(groups)
		}
	}
	c.printf(c.t("%s各责任领导的任务（%d 位）：\n", "%s tasks by leader in charge (%d):\n"), e.scope(c, q, res), len(groups))
	for i, g := range groups {
		c.printf(c.t("%d. %s：%d 项\n", "%d. %s: %d tasks\n"), i+1, g.name, len(g.its))
		for _, it := range g.its {
			t := it[0]
			c.printf("   - %s %s · %s\n", itemNumber(t.Task), itemTitle(t.Task), e.unitsLine(c, t.Doc, []*plan.Task{t.Task}, 6))
			for _, h := range it {
				c.task(h.TaskRef)
			}
		}
	}
	if none > 0 {
		c.printf(c.t("未写明责任领导的任务 %d 项。\n", "%d tasks name no leader.\n"), none)
	}
	return true
}

// reSurnameTitle is a leader called as people in an office call one: surname and office, 陈副区长,
// 王县长, 李常务副市长.
var reSurnameTitle = regexp.MustCompile(`(\p{Han})((?:常务)?副?(?:省长|市长|区长|县长|州长|镇长|乡长))`)

// reOfficeAfter is an office said after a person's name: 局长, 副县长, 书记, 主任; reOffice one anywhere.
var (
	reOfficeAfter = regexp.MustCompile(`^` + officeWords)
	reOffice      = regexp.MustCompile(officeWords)
)

const officeWords = `(?:常务)?副?(?:省长|市长|区长|县长|州长|镇长|乡长|书记|秘书长|主任|局长|处长|科长|部长|主席|同志)`

// bareLeaderNames leaves off the office said after the name of a leader the plans name bare (two to
// four characters, no office of their own): "罗晔局长" is 罗晔.
func (p *Parser) bareLeaderNames(s string) string {
	for _, n := range p.leaderPeople() {
		if k := utf8.RuneCountInString(n); k < 2 || k > 4 || !allHanRunes([]rune(n)) || reSurnameTitle.MatchString(n) {
			continue
		}
		for from := 0; ; {
			i := strings.Index(s[from:], n)
			if i < 0 {
				break
			}
			at := from + i + len(n)
			if m := reOfficeAfter.FindString(s[at:]); m != "" {
				s = s[:at] + s[at+len(m):]
			}
			from = at
		}
	}
	return s
}

// leaderPeople are the people the plans give tasks to (责任领导：陈静副区长 is 陈静副区长), found once.
func (p *Parser) leaderPeople() []string {
	p.leadersOnce.Do(func() {
		for _, d := range p.allDocs {
			for i := range d.Tasks {
				for _, l := range plan.Leaders(&d.Tasks[i]) {
					for _, n := range strings.FieldsFunc(leaderOf(l), func(r rune) bool { return strings.ContainsRune("、，,；;", r) }) {
						if n = strings.TrimSpace(n); n != "" && !slices.Contains(p.leaders, n) {
							p.leaders = append(p.leaders, n)
						}
					}
				}
			}
		}
	})
	return p.leaders
}

// fullLeaderNames writes a leader called by surname and office ("陈副区长负责哪些项目?") as the plans
// name the one person of that surname in that office (陈静副区长), so that the question asks of the
// person. A surname no leader in that office has, or several have, stays as typed.
//
// A leader the plans name bare ("牵头局领导:罗晔") asked of with an office after the name ("罗晔局长手上
// 有哪几件事") is that person: the office is left off, as the plans write no such words.
func (p *Parser) fullLeaderNames(s string) string {
	if !reSurnameTitle.MatchString(s) && !reOffice.MatchString(s) {
		return s
	}
	s = p.bareLeaderNames(s)
	if !reSurnameTitle.MatchString(s) {
		return s
	}
	return reSurnameTitle.ReplaceAllStringFunc(s, func(m string) string {
		sm := reSurnameTitle.FindStringSubmatch(m)
		surname, title := sm[1], sm[2]
		full := ""
		for _, n := range p.leaderPeople() {
			given, ok := strings.CutPrefix(n, surname)
			if !ok {
				continue
			}
			i := strings.Index(given, title)
			if i < 0 || !strings.HasSuffix(n, title) {
				continue
			}
			if k := utf8.RuneCountInString(given[:i]); k < 1 || k > 2 || !allHanRunes([]rune(given[:i])) || strings.Contains(given[:i], "副") || strings.Contains(given[:i], "常") {
				continue
			}
			if full != "" && full != n {
				return m // two people of that surname in that office: which one is not said
			}
			full = n
		}
		if full == "" {
			return m
		}
		return full
	})
}
