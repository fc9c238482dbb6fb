package main

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
	"github.com/dutybot/dutybot/plan"
)

// BenchmarkServeMention measures a question's round trip through the real serve: an app_mention
// pushed over the fake Slack's Socket Mode websocket until its answer is posted in the thread
// (offline answers on the seed plans, Redis for dedupe and context). It reports p50 and p99.
//
//	go test -run '^$' -bench ServeMention -benchtime 200x ./cmd/dutybot
func BenchmarkServeMention(b *testing.B) {
	e := startServe(b, "", time.Date(2026, 11, 20, 10, 0, 0, 0, plan.Shanghai))
	questions := []string{"衢州市商务局负责哪些任务?", "湖州市发改委牵头哪些工作?", "哪些任务已逾期?", "综合保税区的责任单位是谁?", "总结一下湖州"}
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ts := fmt.Sprintf("%d.000100", 2000+i)
		start := time.Now()
		e.fake.Event(fmt.Sprintf("EvBench%d", i), slackfake.Mention("UALICE", "CBENCH", ts, "", questions[i%len(questions)]))
		err := e.fake.Wait(ctx, func(r slackfake.Records) bool {
			for j := len(r.Messages) - 1; j >= 0; j-- {
				if r.Messages[j].ThreadTS == ts {
					return true
				}
			}
			return false
		})
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
}
