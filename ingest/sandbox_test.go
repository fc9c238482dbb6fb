package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
	"github.com/dutybot/dutybot/plan"
)

// testModeEnv makes a sandbox child misbehave on purpose (after it has bounded itself), to test
// the bounds the guards never reach: see childMisbehaves.
const testModeEnv = "DUTYBOT_SANDBOX_TEST_MODE"

// TestMain turns this test binary into a sandbox child when a Sandbox runs it, as "dutybot
// extract" is in the real binary.
func TestMain(m *testing.M) {
	if IsSandboxChild() {
		args := os.Args[1:]
		if len(args) > 0 && args[0] == "extract" {
			args = args[1:]
		}
		testChildHook = childMisbehaves
		if err := RunChild(args, os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

var sink [][]byte

// childMisbehaves does what the test mode says, once the child has bounded itself.
func childMisbehaves() {
	switch mode, arg, _ := strings.Cut(os.Getenv(testModeEnv), ":"); mode {
	case "hang":
		// written whole, then renamed: the test cancels as soon as the file exists
		os.WriteFile(arg+".tmp", []byte(strconv.Itoa(os.Getpid())), 0o644)
		os.Rename(arg+".tmp", arg)
		for {
		}
	case "alloc": // what a bomb the guards miss would do
		for {
			b := make([]byte, 16<<20)
			for i := 0; i < len(b); i += 4096 {
				b[i] = 1
			}
			sink = append(sink, b)
		}
	case "stack":
		var recurse func(int) int
		recurse = func(n int) int { return recurse(n+1) + 1 }
		recurse(0)
	case "sleep": // what a busy machine does to a child: it waits, using no processor time
		d, _ := time.ParseDuration(arg)
		time.Sleep(d)
	case "crash":
		var m map[string]int
		go func() { m["x"] = 1 }() // a panic in a goroutine nobody recovers
		time.Sleep(time.Second)
	case "chatter":
		b := make([]byte, 1<<20)
		for {
			if _, err := os.Stdout.Write(b); err != nil {
				os.Exit(1)
			}
		}
	}
}

// testSandbox gives the child a generous processor time (and so wall clock): under -race a child
// that needs a fraction of a second of CPU may need several, and the guard under test is not the
// clock (TestSandboxBounds, TestSandboxBudgetIsProcessorTime and TestChildEndsOnItsOwn test that).
func testSandbox(env ...string) *Sandbox {
	return &Sandbox{Args: []string{"extract"}, Env: env, Timeout: 20 * time.Second, Logger: slog.New(slog.DiscardHandler)}
}

// TestHostileSandboxed runs each hostile file through the sandbox: refused as in-process, within
// 5 s, and the child's peak resident memory under 512 MiB.
func TestHostileSandboxed(t *testing.T) {
	sb := testSandbox()
	for _, tc := range ingesttest.HostileCases {
		t.Run(tc.Name, func(t *testing.T) {
			data := tc.Data(t, "ingest")
			start := time.Now()
			_, use, err := sb.run(context.Background(), tc.File, data)
			took := time.Since(start)
			var r *RefusedError
			if !errors.As(err, &r) {
				t.Fatalf("err = %v, want a *RefusedError", err)
			}
			if !strings.Contains(r.Reason, tc.Reason) || r.Name != tc.File {
				t.Errorf("refusal %q: want %q in the reason, named %s", err, tc.Reason, tc.File)
			}
			checkUse(t, took, use)
		})
	}
	for _, file := range []string{"numbering-start.docx", "numbering-letters.docx"} {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("docx", "testdata", "hostile", file))
			if err != nil {
				t.Fatal(err)
			}
			_, want := ParseFile(Extractor{}, file, data, plan.Options{})
			start := time.Now()
			_, use, err := sb.run(context.Background(), file, data)
			if fmt.Sprint(err) != fmt.Sprint(want) {
				t.Errorf("sandboxed: %v; in-process: %v", err, want)
			}
			checkUse(t, time.Since(start), use)
		})
	}
}

// checkUse: the refusal costs under 5 s of the child's CPU and under 512 MiB. Wall time is only
// logged: on a loaded machine it measures the machine (docs/BENCHMARKS.md gives quiet figures).
func checkUse(t *testing.T, took time.Duration, use sandboxUsage) {
	t.Helper()
	if use.CPU > 5*time.Second {
		t.Errorf("child used %v of CPU, want under 5s", use.CPU)
	}
	if use.PeakRSS > 512<<20 {
		t.Errorf("child's peak RSS %d MiB, want under 512 MiB", use.PeakRSS>>20)
	}
	t.Logf("wall %v, cpu %v, peak RSS %.1f MiB", took.Round(time.Millisecond), use.CPU.Round(time.Millisecond), float64(use.PeakRSS)/(1<<20))
}

// TestSandboxBounds makes the child misbehave in the ways the guards are there to prevent, and
// checks that each ends as a refusal a person can act on.
func TestSandboxBounds(t *testing.T) {
	plain := []byte("一、重点任务\n1.建设平台。(责任单位:市发改委)\n")
	const unsafe = "could not be read safely"
	tests := []struct {
		mode           string
		sb             func(*Sandbox)
		reason, remedy string
		more           string // also in the reason
	}{
		// a loop is stopped at its processor time, as a plan too long to read, not a damaged file
		{"hang", func(s *Sandbox) { s.Timeout = time.Second }, "the plan is too long to read in the time allowed (1s of processor time)", tooLongRemedy, "not read"},
		// stopped by the parent's watch (past 256 MB) or by the child's address space (at what it had)
		{"alloc", func(s *Sandbox) { s.Memory = 256 << 20 }, "memory", sandboxRemedy, unsafe},
		{"stack", nil, "nested too deeply", sandboxRemedy, unsafe},
		{"crash", nil, "crashed", sandboxRemedy, unsafe},
		{"chatter", nil, "of output", sandboxRemedy, unsafe},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			sb := testSandbox(testModeEnv + "=" + tt.mode + ":" + filepath.Join(t.TempDir(), "pid"))
			if tt.sb != nil {
				tt.sb(sb)
			}
			start := time.Now()
			_, use, err := sb.run(context.Background(), "plan.txt", plain)
			var r *RefusedError
			if !errors.As(err, &r) || !strings.Contains(r.Reason, tt.reason) || !strings.Contains(r.Reason, tt.more) ||
				r.Remedy != tt.remedy {
				t.Fatalf("err = %v, want a refusal saying %q and %q, remedy %q", err, tt.reason, tt.more, tt.remedy)
			}
			checkUse(t, time.Since(start), use)
		})
	}
}

// TestSandboxBudgetIsProcessorTime (finding 16): the child's budget is processor time, so a child
// that waits — as one does for a core on a busy machine — longer than its budget still reads the
// file; only a wall clock several times the budget stops it, and says the server was busy.
func TestSandboxBudgetIsProcessorTime(t *testing.T) {
	plain := []byte("一、重点任务\n1.建设平台。(责任单位:市发改委)\n")
	tests := []struct {
		name    string
		sleep   time.Duration
		timeout time.Duration
		reason  string // "" when the file is read
	}{
		{"waits 1.5 times its processor time", 3 * time.Second, 2 * time.Second, ""},
		{"waits past the wall clock", 5 * time.Second, time.Second, "too busy to read the file within 4s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sb := testSandbox(testModeEnv + "=sleep:" + tt.sleep.String())
			sb.Timeout = tt.timeout
			start := time.Now()
			doc, use, err := sb.run(context.Background(), "plan.txt", plain)
			t.Logf("wall %v, cpu %v", time.Since(start).Round(time.Millisecond), use.CPU.Round(time.Millisecond))
			if tt.reason == "" {
				if err != nil || len(doc.Tasks) != 1 {
					t.Fatalf("err = %v, want the plan read", err)
				}
				return
			}
			var r *RefusedError
			if !errors.As(err, &r) || !strings.Contains(r.Reason, tt.reason) || r.Remedy != busyRemedy {
				t.Fatalf("err = %v, want a refusal saying %q", err, tt.reason)
			}
		})
	}
}

// TestChildFailureSaysWhatHappened: a child that ran out of memory at its address space limit is
// refused with the memory it had reached, never a figure it did not (finding 05: "more than 512
// MB" at 261 MB).
func TestChildFailureSaysWhatHappened(t *testing.T) {
	tests := []struct {
		name, stderr string
		peak         int64
		want         string
	}{
		{"out of memory", "fatal error: runtime: out of memory: cannot allocate 46137344-byte block (343506944 in use)", 261 << 20,
			"reading the file ran out of the memory the reader may use (at 261.0 MB in use) and was stopped"},
		{"out of memory, peak unknown", "runtime: out of memory", 0, "reading the file ran out of the memory the reader may use and was stopped"},
		{"stack", "runtime: goroutine stack exceeds 67108864-byte limit", 30 << 20, "the file is nested too deeply for the reader"},
		{"no process state", "panic: x", 0, "the reader crashed on the file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := childFailure(nil, tt.stderr, tt.peak); got != tt.want {
				t.Errorf("childFailure = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSandboxCancelKillsChild: cancelling the context (as SIGTERM of serve does) ends the child
// at once, not at its wall clock.
func TestSandboxCancelKillsChild(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "pid")
	sb := testSandbox(testModeEnv + "=hang:" + pidFile)
	sb.Timeout = time.Minute
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for { // cancel once the child is spinning
			if _, err := os.Stat(pidFile); err == nil {
				cancel()
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	}()
	start := time.Now()
	_, _, err := sb.run(ctx, "plan.txt", []byte("一、任务\n"))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("returned %v after the start, want promptly", took)
	}
	b, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	pid, _ := strconv.Atoi(string(b))
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("child %d still exists after cancel (kill 0: %v)", pid, err)
	}
}

// TestSandboxSameAsInProcess: a healthy plan as .txt, .docx, .pdf and .html parses through the
// sandbox to the same document as in this process.
func TestSandboxSameAsInProcess(t *testing.T) {
	f := ingesttest.Seed(t, "quzhou")
	text, err := plan.Decode(f.Data)
	if err != nil {
		t.Fatal(err)
	}
	files := []struct {
		name string
		data []byte
	}{
		{"quzhou.txt", f.Data},
		{"-quzhou -name x.txt", f.Data}, // a name that looks like flags stays a name
		{"quzhou.docx", ingesttest.SeedDOCX(text)},
		{"quzhou.pdf", ingesttest.SeedPDF(text)},
		{"quzhou.html", ingesttest.SeedHTML(text)},
	}
	sb := testSandbox()
	for _, file := range files {
		t.Run(file.name, func(t *testing.T) {
			want, err := ParseFile(Extractor{}, file.name, file.data, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			got, use, err := sb.run(context.Background(), file.name, file.data)
			if err != nil {
				t.Fatal(err)
			}
			checkUse(t, time.Since(start), use)
			if len(got.Tasks) == 0 || len(got.Tasks) != len(want.Tasks) {
				t.Fatalf("%d tasks through the sandbox, %d in-process", len(got.Tasks), len(want.Tasks))
			}
			if d := ingesttest.DiffTasks(want, got); d != "" {
				t.Errorf("tasks differ:\n%s", d)
			}
			a, _ := EncodeDoc(want)
			b, _ := EncodeDoc(got)
			if string(a) != string(b) {
				t.Error("the documents differ (encoded)")
			}
		})
	}
	// Errors keep their kind across the process boundary.
	_, err = sb.ParseFile(context.Background(), "notes.txt", []byte("这只是一段说明文字，没有任务。\n"))
	if !errors.Is(err, plan.ErrNotPlan) {
		t.Errorf("not a plan: err = %v, want plan.ErrNotPlan", err)
	}
	_, err = sb.ParseFile(context.Background(), "big.txt", make([]byte, 100))
	var r *RefusedError
	if !errors.As(err, &r) {
		t.Errorf("binary: err = %v, want a refusal", err)
	}
}

// BenchmarkSandboxOverhead compares a small plan parsed in this process and in a sandbox child:
// the difference is what the sandbox costs per file (start, limits, the JSON answer). The child
// is this test binary, or the dutybot binary DUTYBOT_BIN names (what production runs):
//
//	go build -o /tmp/dutybot ./cmd/dutybot
//	DUTYBOT_BIN=/tmp/dutybot go test ./ingest -run '^$' -bench SandboxOverhead -benchtime 100x -count 5
func BenchmarkSandboxOverhead(b *testing.B) {
	for _, file := range []struct {
		name string
		data []byte
	}{{"quzhou.txt", ingesttest.Seed(b, "quzhou").Data}, {"plan100.pdf", ingesttest.BenchPDF(b)}} {
		b.Run(file.name+"/in-process", func(b *testing.B) {
			for b.Loop() {
				if _, err := ParseFile(Extractor{}, file.name, file.data, plan.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(file.name+"/sandboxed", func(b *testing.B) {
			sb := testSandbox()
			sb.Path = os.Getenv("DUTYBOT_BIN")
			var rss int64
			var cpu time.Duration
			for b.Loop() {
				_, use, err := sb.run(context.Background(), file.name, file.data)
				if err != nil {
					b.Fatal(err)
				}
				rss = max(rss, use.PeakRSS)
				cpu += use.CPU
			}
			b.ReportMetric(float64(rss)/(1<<20), "peak-MiB")
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "child-cpu-ms/op")
		})
	}
}

// TestChildEndsOnItsOwn: a child whose parent is gone (nobody kills it) ends at its own wall
// clock.
func TestChildEndsOnItsOwn(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "extract", "-name=plan.txt", "-timeout=500ms")
	cmd.Env = []string{sandboxEnv + "=1", testModeEnv + "=hang:" + filepath.Join(t.TempDir(), "pid")}
	cmd.Env = append(cmd.Env, childEnv...)
	start := time.Now()
	out, _ := cmd.CombinedOutput()
	if took := time.Since(start); took > 10*time.Second || cmd.ProcessState.ExitCode() != 3 || !strings.Contains(string(out), wallClockMessage) {
		t.Errorf("child ended after %v with %v: %s", took, cmd.ProcessState, out)
	}
}
