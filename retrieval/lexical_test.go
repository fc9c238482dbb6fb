package retrieval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// TestSearchFindsTheTaskThatHoldsEveryWord reads real plans: a short question's words, all in one
// task of one plan, must bring that task first even when the small local vectors rank other
// passages of the same plans higher (they did: the 50个以上 sentence was not among the candidates).
func TestSearchFindsTheTaskThatHoldsEveryWord(t *testing.T) {
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{
		"bs-he-shijiazhuang-2016-rural-industry-fusion-notice.txt",
		"bt-ah-luan-2021-key-work-division.txt",
		"bt-hn-hunan-2022-gwr-division-notice.txt",
		"bt-js-huaian-2020-livelihood-projects.txt",
		"m-ln-haicheng-2023-gwr-task-division.txt",
	} {
		data, err := os.ReadFile(filepath.Join("..", "plan", "testdata", "corpus", "dev", name))
		if err != nil {
			t.Fatal(err)
		}
		d, err := plan.Parse(name, data, plan.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		docs = append(docs, d)
	}
	ix, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, query, want string }{
		{"three figures in one sentence", "石家庄农村 示范县 示范乡 示范村", "50个以上"},
		{"the words in another order", "示范村 示范乡 示范县", "50个以上"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := ix.Search(context.Background(), Query{Text: tc.query, N: 8})
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 || !strings.Contains(hits[0].Text, tc.want) {
				var got []string
				for _, h := range hits {
					got = append(got, h.Text[:min(len(h.Text), 90)])
				}
				t.Fatalf("first hit lacks %q; hits:\n%s", tc.want, strings.Join(got, "\n"))
			}
		})
	}
}
