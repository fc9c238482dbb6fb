package bot

import (
	"regexp"
	"slices"
	"strings"

	"github.com/mozillazg/go-pinyin"

	"github.com/dutybot/dutybot/plan"
)

// cities finds the city a question names: in Chinese through the Directory's forms (衢州市, 衢州,
// 鹿城区, 鹿城, and 温州 for 温州市鹿城区 when the plans know no other place in 温州), and in English
// through the pinyin of the same forms (Quzhou, Lu Cheng, Wenzhou-Lucheng). Nothing is listed by
// hand: the forms come from the plans' own city names.
type cities struct {
	dir     *plan.Directory
	english map[string]string // pinyin syllables run together ("quzhou", "wenzhoulucheng") → city
	maxSyll int               // most syllables in one English form
}

type cityForm struct{ form, city string }

func newCities(dir *plan.Directory) *cities {
	c := &cities{dir: dir}
	var all []cityForm
	for _, n := range dir.CityNames() {
		all = append(all, cityForm{n.Form, n.City})
	}
	seen := map[string]map[string]bool{} // english key → cities
	syll := map[string]int{}
	for _, f := range all {
		var keys [][]string
		if ex := exonymOf[plan.TrimLevel(f.form)]; ex != "" {
			keys = append(keys, []string{ex})
		}
		for _, sylls := range readingsOf(plan.TrimLevel(f.form)) {
			if len(sylls) < 2 {
				continue
			}
			keys = append(keys, sylls)
			if strings.HasSuffix(f.form, "州") && len(sylls) >= 3 {
				// A prefecture is said without its level too: 楚雄州 is Chuxiong (and 楚熊 a slip for it).
				keys = append(keys, sylls[:len(sylls)-1])
			}
		}
		for _, ks := range keys {
			key := strings.Join(ks, "")
			if seen[key] == nil {
				seen[key] = map[string]bool{}
			}
			seen[key][f.city] = true
			syll[key] = len(ks)
		}
	}
	c.english = map[string]string{}
	for key, cs := range seen {
		if len(cs) != 1 {
			continue // ambiguous in English: two cities read the same
		}
		for city := range cs {
			c.english[key] = city
		}
		c.maxSyll = max(c.maxSyll, syll[key])
	}
	return c
}

// exonymOf is the English name of a place that is no pinyin of its Chinese one (二连浩特 is
// Erenhot, from the Mongolian): the places of the frontier regions and the few others English writes
// so. A name counts only for a place the plans know.
var exonymOf = map[string]string{
	"二连浩特": "erenhot", "呼和浩特": "hohhot", "锡林浩特": "xilinhot", "乌兰浩特": "ulanhot", "海拉尔": "hailar",
	"乌鲁木齐": "urumqi", "喀什": "kashgar", "吐鲁番": "turpan", "和田": "hotan", "克拉玛依": "karamay",
	"拉萨": "lhasa", "日喀则": "shigatse", "哈尔滨": "harbin", "香港": "hongkong", "澳门": "macau",
	"内蒙古": "innermongolia", "西藏": "tibet",
}

// in returns the city named in s and s with the name cut out; "" when none.
func (c *cities) in(s string) (city, rest string) {
	if city, rest := c.dir.CityIn(s); city != "" {
		return city, rest
	}
	if city, start, end := c.englishIn(s); city != "" {
		return city, strings.TrimSpace(s[:start] + " " + s[end:])
	}
	return "", s
}

var reWord = regexp.MustCompile(`[A-Za-z]+`)

// englishIn finds a city spelt in pinyin: one to a few Latin words that run together into a known
// form ("Quzhou", "Lu Cheng", "Wenzhou-Lucheng", "quzhou city"). The longest run wins.
func (c *cities) englishIn(s string) (city string, start, end int) {
	words := reWord.FindAllStringIndex(s, -1)
	best := 0
	for i := range words {
		var b strings.Builder
		for j := i; j < len(words) && j-i < c.maxSyll*2; j++ {
			if j > i && !joinable(s[words[j-1][1]:words[j][0]]) {
				break
			}
			b.WriteString(strings.ToLower(s[words[j][0]:words[j][1]]))
			if ct, ok := c.english[b.String()]; ok && b.Len() > best {
				best, city, start, end = b.Len(), ct, words[i][0], words[j][1]
			}
		}
	}
	if city != "" {
		if m := reCitySuffix.FindStringIndex(s[end:]); m != nil {
			end += m[1]
		}
	}
	return city, start, end
}

// joinable reports whether what lies between two Latin words lets them be one name.
func joinable(gap string) bool { return gap == "" || gap == " " || gap == "-" || gap == "'" }

var reCitySuffix = regexp.MustCompile(`(?i)^[\s-]+(?:city|district|county|shi|qu|xian)\b`)

// chineseForms lists the Chinese forms of every city, longest first, for cutting a city off the
// front of a unit name.
func (c *cities) chineseForms() []cityForm {
	var out []cityForm
	for n := range c.dir.EachCityName() {
		out = append(out, cityForm{n.Form, n.City})
	}
	return out
}

// readingsOf returns the ways a name may be read in pinyin, one per choice of reading for each
// character that has several (成都 is Chengdu, not only the first reading "chengdou"; 长沙 Changsha,
// 重庆 Chongqing, 厦门 Xiamen); at most maxReadings of them, the first reading of each first.
func readingsOf(s string) [][]string {
	a := pinyin.NewArgs()
	a.Heteronym = true
	out := [][]string{nil}
	for _, r := range s {
		ps := pinyin.SinglePinyin(r, a)
		if len(ps) == 0 {
			return nil
		}
		var next [][]string
		for _, p := range uniq(ps) {
			for _, o := range out {
				if len(next) == maxReadings {
					break
				}
				next = append(next, append(slices.Clone(o), p))
			}
		}
		out = next
	}
	return out
}

const maxReadings = 8

// uniq keeps the first of each string: readings differ in tone only in tone marks, not here.
func uniq(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func pinyinOf(s string) []string {
	a := pinyin.NewArgs()
	var out []string
	for _, r := range s {
		p := pinyin.SinglePinyin(r, a)
		if len(p) == 0 {
			return nil
		}
		out = append(out, p[0])
	}
	return out
}
