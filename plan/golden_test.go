package plan_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files from the parser's output")

// goldenDoc is what the golden files hold of one parse: the document's own fields, what the parser
// noticed, and every task as `dutybot tasks --json` prints it.
type goldenDoc struct {
	Doc       plan.Ref    `json:"doc"`
	Truncated bool        `json:"truncated"`
	Warnings  []string    `json:"warnings"`
	Tasks     []plan.Task `json:"tasks"`
}

// TestGoldenSeeds parses the five seed plans and compares the whole parse with testdata/golden.
// The golden files were reviewed by hand, task by task, against the seed texts; when the parser
// changes, run `go test ./plan -run TestGoldenSeeds -update` and review the diff the same way.
func TestGoldenSeeds(t *testing.T) {
	for _, f := range seeds.Files() {
		t.Run(f.Name, func(t *testing.T) {
			d, err := plan.Parse(f.Name, f.Data, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			g := goldenDoc{Doc: d.Ref(), Truncated: d.Truncated, Warnings: d.Warnings, Tasks: d.Tasks}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(g); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", strings.TrimSuffix(f.Name, ".txt")+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				gotLines, wantLines := strings.Split(buf.String(), "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gotLines) && i < len(wantLines); i++ {
					if gotLines[i] != wantLines[i] {
						t.Fatalf("%s differs at line %d:\n got: %s\nwant: %s", path, i+1, gotLines[i], wantLines[i])
					}
				}
				t.Fatalf("%s differs in length: got %d lines, want %d", path, len(gotLines), len(wantLines))
			}
		})
	}
}

// TestSeedsWhole checks facts of the seeds that a reader can verify in the texts, independent of
// the golden files: task counts, units of named tasks, dates and duties.
func TestSeedsWhole(t *testing.T) {
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	byCity := map[string]*plan.Document{}
	for _, d := range docs {
		byCity[d.City] = d
	}
	find := func(city, number, titlePart string) *plan.Task {
		t.Helper()
		d := byCity[city]
		if d == nil {
			t.Fatalf("no plan of %s", city)
		}
		for i := range d.Tasks {
			x := &d.Tasks[i]
			if x.Number == number && strings.Contains(x.Title, titlePart) {
				return x
			}
		}
		t.Fatalf("%s: no task %s %s", city, number, titlePart)
		return nil
	}
	if x := find("衢州市", "2", "综合保税区"); strings.Join(x.Lead, "、") != "市商务局、衢州海关、市招商中心、智造新城管委会" {
		t.Errorf("综合保税区 lead %v", x.Lead)
	} else if len(x.Deadlines) != 2 || x.Deadlines[0].Date.String() != "2023-12-31" || x.Deadlines[1].Date.String() != "2024-12-31" {
		t.Errorf("综合保税区 deadlines %v", x.Deadlines)
	}
	if x := find("衢州市", "(四)", "加强考核评价"); len(x.Recurring) != 1 || x.Recurring[0].Rule.String() != "FREQ=MONTHLY;BYMONTHDAY=10" || x.Lead[0] != "市发改委" {
		t.Errorf("衢州 monthly report: %+v lead %v", x.Recurring, x.Lead)
	}
	if x := find("温州市鹿城区", "3-1", "领军企业"); x.Deadlines[0].Date.String() != "2023-12-31" || x.Deadlines[0].Kind != plan.KindBy {
		t.Errorf("202312月底前 read as %v", x.Deadlines)
	}
	// The standing note "以下均需各区县政府落实" makes 各区县政府 responsible too: with no 牵头 named,
	// it shares the lead.
	if x := find("湖州市", "1-4", "标准"); strings.Join(x.Lead, "、") != "市市场监管局、各区县政府" || len(x.Participating) != 0 {
		t.Errorf("湖州 clause units %v / %v", x.Lead, x.Participating)
	}
	if x := find("嘉兴市", "4", "培育发展高端商务服务业"); !contains(x.Participating, "市体育局") || !contains(x.Participating, "嘉兴经济技术开发区（国际商务区）管委会") {
		t.Errorf("嘉兴 participating %v", x.Participating)
	}
	if d := byCity["菏泽市"]; !d.Truncated {
		t.Error("菏泽 ends mid-sentence and should be marked truncated")
	}
	// The 保障措施 items count: their sentences name their doers ("市发改委负责实施方案的制定与推进",
	// "各县(市、区)政府要切实落实主体责任"), one task a doer; 鹿城's 信息交流机制 names its doer as a
	// group, "各成员单位建立便捷高效的数据共享机制" (corpus54).
	want := map[string]int{"衢州市": 21, "温州市鹿城区": 97, "嘉兴市": 24, "湖州市": 22, "菏泽市": 21}
	for city, n := range want {
		if got := len(byCity[city].Tasks); got != n {
			t.Errorf("%s: %d tasks, want %d", city, got, n)
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
