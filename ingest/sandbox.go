package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"os/exec"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dutybot/dutybot/ingest/guard"
	"github.com/dutybot/dutybot/plan"
)

// A Sandbox reads files someone gave us (a Slack upload, a file named on the command line) in a
// child process: this same binary, run again as "dutybot extract". A file that makes the reader
// crash, loop or run out of memory — a Go runtime fatal error, which recover cannot catch —
// then costs one child, not the server. The child bounds itself before it reads a byte (address
// space, CPU time, stack, a soft heap limit, a wall clock), and the parent bounds the child (the
// processor time it may spend, proportional to the file's size; its resident memory; the size of
// its answer; and, as a backstop, a wall clock several times the processor time, so that how busy
// the machine is does not decide whether a file is read), kills its whole process group when a
// bound is passed or the caller's context ends, and turns every such end into a *RefusedError a
// person can act on.
//
// Protocol: the file's bytes go to the child's standard input; the child writes one JSON
// sandboxReply to standard output: the parsed document (as the plan store encodes it), or a
// refusal, or a parse error. Embedded seeds and stored parses are trusted and need no sandbox.
type Sandbox struct {
	// Path is the binary to run; "" means this program (os.Executable).
	Path string
	// Args come first on the child's command line: {"extract"} for dutybot.
	Args []string
	// Env is the child's environment, besides the marker variable; nothing else is passed on.
	Env []string
	// MaxFileSize refuses larger files before a child starts; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// Memory caps the child's memory; 0 means DefaultSandboxMemory.
	Memory int64
	// Timeout is the processor time (user and system, all threads) the child may spend on a
	// small file; 0 means DefaultSandboxTimeout. A larger file gets PerMB more for each MiB (0
	// means DefaultSandboxPerMB). The wall clock, wallFactor times that, is only a backstop.
	Timeout, PerMB time.Duration
	// AliasesFile extends the parser's unit aliases (DUTYBOT_ALIASES), read by the child.
	AliasesFile string
	// Parallel caps the children running at once; 0 means 2.
	Parallel int
	// Logger gets a line per child at debug level, and a warning for each stopped one.
	Logger *slog.Logger

	once  sync.Once
	slots chan struct{}
}

// Defaults for a Sandbox. A 100-page plan is read in about 0.2 s and 60 MB; a 36 KB .docx whose
// task table has 6,000 rows in 0.65 s of processor time and 100 MB (finding 16).
const (
	DefaultSandboxMemory  = 512 << 20
	DefaultSandboxTimeout = 4 * time.Second
	DefaultSandboxPerMB   = time.Second
)

// wallFactor is the wall clock's multiple of the processor time: a child waiting for a core on a
// busy machine is not stopped, a child that sleeps or blocks is.
const wallFactor = 4

// sandboxEnv marks a child; a process that carries it never starts a sandbox of its own, so a
// binary that does not know the extract command cannot spawn children without end.
const sandboxEnv = "DUTYBOT_SANDBOX_CHILD"

// IsSandboxChild reports whether this process was started by a Sandbox. A test binary whose tests
// use a Sandbox checks it in TestMain and runs the extract command instead of its tests.
func IsSandboxChild() bool { return os.Getenv(sandboxEnv) != "" }

// maxReply caps what the parent reads of a child's answer.
const maxReply = 64 << 20

// sandboxRemedy is what a person can do about a file the sandbox stopped.
const sandboxRemedy = "check that the file opens and is the plan itself, then send it as .docx or .txt (or the web page)"

// Remedies for a file that was stopped for time, not for what it holds.
const (
	tooLongRemedy = "send the plan in parts (each annex or task list as a file of its own), or ask whoever runs dutybot to raise DUTYBOT_EXTRACT_TIMEOUT"
	busyRemedy    = "the server is busy: send the file again in a few minutes"
)

// sandboxReply is the child's answer.
type sandboxReply struct {
	Doc     json.RawMessage `json:"doc,omitempty"`     // EncodeDoc
	Refused *RefusedError   `json:"refused,omitempty"` // the file was refused
	Err     string          `json:"error,omitempty"`   // it did not parse
	Kind    string          `json:"kind,omitempty"`    // which plan error: empty, not-plan
	PeakRSS int64           `json:"peak_rss,omitempty"`
}

// sandboxUsage is what one child cost.
type sandboxUsage struct {
	Wall    time.Duration
	CPU     time.Duration // user and system
	PeakRSS int64         // bytes: the child's own high-water mark (VmHWM)
}

// ParseFile extracts and parses a plan file in a child process, as ingest.ParseFile does in this
// one. A file the child cannot read within its bounds is refused with a *RefusedError; a
// cancelled ctx kills the child and returns ctx's error.
func (s *Sandbox) ParseFile(ctx context.Context, name string, data []byte) (*plan.Document, error) {
	doc, _, err := s.run(ctx, name, data)
	return doc, err
}

func (s *Sandbox) memory() int64 {
	if s.Memory > 0 {
		return s.Memory
	}
	return DefaultSandboxMemory
}

// cpuBudget is the processor time for a file of n bytes.
func (s *Sandbox) cpuBudget(n int) time.Duration {
	base, per := s.Timeout, s.PerMB
	if base <= 0 {
		base = DefaultSandboxTimeout
	}
	if per <= 0 {
		per = DefaultSandboxPerMB
	}
	return base + time.Duration(float64(per)*float64(n)/(1<<20))
}

func (s *Sandbox) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.Default()
}

func (s *Sandbox) run(ctx context.Context, name string, data []byte) (*plan.Document, sandboxUsage, error) {
	var use sandboxUsage
	if IsSandboxChild() {
		return nil, use, errors.New("extract: a sandbox child cannot start a sandbox")
	}
	if err := (Extractor{MaxFileSize: s.MaxFileSize}).CheckSize(name, int64(len(data))); err != nil {
		return nil, use, err
	}
	release, err := s.acquire(ctx)
	if err != nil {
		return nil, use, fmt.Errorf("extract %s: %w", name, err)
	}
	defer release()
	path, err := s.binary()
	if err != nil {
		return nil, use, fmt.Errorf("extract %s: find this program to run the sandbox: %w", name, err)
	}
	b := childBounds{memory: s.memory(), cpu: s.cpuBudget(len(data))}
	b.wall = wallFactor * b.cpu
	runCtx, cancel := context.WithTimeout(ctx, b.wall)
	defer cancel()
	c := s.child(runCtx, cancel, path, name, data, b)
	if err := c.cmd.Start(); err != nil {
		return nil, use, fmt.Errorf("extract %s: start the sandbox: %w", name, err)
	}
	use, err = c.wait(b, cancel)
	log := s.logger().With("file", name, "size", len(data), "wall", use.Wall.Round(time.Millisecond),
		"cpu", use.CPU.Round(time.Millisecond), "peak_rss_mb", use.PeakRSS>>20)
	stop := func(why stopReason) (*plan.Document, sandboxUsage, error) {
		log.Warn("the sandbox stopped reading a file", "why", why.reason, "err", err, "stderr", firstLines(c.stderr.String(), 3))
		return nil, use, refuse(name, why.reason, why.remedy)
	}
	if ctx.Err() != nil {
		return nil, use, fmt.Errorf("extract %s: %w", name, ctx.Err())
	}
	if why, ok := c.stopped(err, runCtx.Err(), b, use); ok {
		return stop(why)
	}
	var reply sandboxReply
	if err := json.Unmarshal(c.out.Bytes(), &reply); err != nil {
		return stop(unsafe("the reader gave no readable answer"))
	}
	use.PeakRSS = max(use.PeakRSS, reply.PeakRSS)
	log.Debug("file read in the sandbox")
	doc, err := reply.document(name)
	if errors.Is(err, errUndecodable) {
		return stop(unsafe("the reader's answer could not be decoded"))
	}
	return doc, use, err
}

// acquire waits for one of the Parallel slots; release gives it back.
func (s *Sandbox) acquire(ctx context.Context) (release func(), err error) {
	s.once.Do(func() {
		n := s.Parallel
		if n <= 0 {
			n = 2
		}
		s.slots = make(chan struct{}, n)
	})
	select {
	case s.slots <- struct{}{}:
		return func() { <-s.slots }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// binary is the program the child runs: Path, or this program.
func (s *Sandbox) binary() (string, error) {
	if s.Path != "" {
		return s.Path, nil
	}
	return os.Executable()
}

// sandboxChild is one child process reading one file, and what it gave back.
type sandboxChild struct {
	cmd    *exec.Cmd
	out    *cappedBuffer
	stderr *cappedBuffer
	start  time.Time
	over   atomic.Int32 // the childBound the parent's watch stopped it for
}

// childBounds are what one child may use.
type childBounds struct {
	memory int64         // resident memory (and address space beyond the runtime's own)
	cpu    time.Duration // processor time, user and system
	wall   time.Duration // the backstop: wallFactor times cpu
}

// The bounds the parent's watch stops a child for.
const (
	withinBounds int32 = iota
	overMemory
	overCPU
)

// stopReason is why the sandbox stopped a child, in the words of a refusal.
type stopReason struct{ reason, remedy string }

// unsafe is a stop for something the file did to the reader.
func unsafe(reason string) stopReason {
	return stopReason{reason + ", so it could not be read safely", sandboxRemedy}
}

// stopped says why the child, which ended with err (from Wait) and runErr (its context's),
// did not answer; ok is false when it ended well.
func (c *sandboxChild) stopped(err, runErr error, b childBounds, use sandboxUsage) (why stopReason, ok bool) {
	switch {
	case c.over.Load() == overMemory:
		return unsafe(fmt.Sprintf("reading the file used more than %s of memory and was stopped", guard.HumanSize(b.memory))), true
	case c.out.over:
		return unsafe(fmt.Sprintf("reading the file gave more than %s of output", guard.HumanSize(maxReply))), true
	case c.over.Load() == overCPU || cpuKilled(c.cmd.ProcessState, b.cpu):
		return stopReason{fmt.Sprintf("the plan is too long to read in the time allowed (%v of processor time), so it was not read",
			b.cpu.Round(100*time.Millisecond)), tooLongRemedy}, true
	case errors.Is(runErr, context.DeadlineExceeded) || err != nil && strings.Contains(c.stderr.String(), wallClockMessage):
		return stopReason{fmt.Sprintf("the server was too busy to read the file within %v (it had used %v of the %v of processor time allowed), so it was not read",
			b.wall.Round(100*time.Millisecond), use.CPU.Round(100*time.Millisecond), b.cpu.Round(100*time.Millisecond)), busyRemedy}, true
	case err != nil:
		return unsafe(childFailure(c.cmd.ProcessState, c.stderr.String(), use.PeakRSS)), true
	}
	return stopReason{}, false
}

// child makes the command that reads the file: its flags (-flag=value: a name starting with "-"
// stays a value), an environment of its own, its own process group (killed whole when runCtx
// ends), and its output capped (cancel when over).
func (s *Sandbox) child(runCtx context.Context, cancel context.CancelFunc, path, name string, data []byte, b childBounds) *sandboxChild {
	args := append(append([]string(nil), s.Args...),
		"-name="+name, "-aliases="+s.AliasesFile, "-max-size="+strconv.FormatInt(s.MaxFileSize, 10),
		"-memory="+strconv.FormatInt(b.memory, 10), "-cpu="+b.cpu.String(), "-timeout="+b.wall.String())
	cmd := exec.CommandContext(runCtx, path, args...)
	cmd.Env = append(append([]string{sandboxEnv + "=1"}, childEnv...), s.Env...)
	cmd.Stdin = bytes.NewReader(data)
	c := &sandboxChild{cmd: cmd, out: &cappedBuffer{max: maxReply, onOver: cancel}, stderr: &cappedBuffer{max: 4 << 10, quiet: true}, start: time.Now()}
	cmd.Stdout, cmd.Stderr = c.out, c.stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // the child and anything it starts
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = time.Second
	return c
}

// wait waits for the started child, watching its memory and processor time (stopped, through
// cancel, past either bound), and returns what it used.
func (c *sandboxChild) wait(b childBounds, cancel context.CancelFunc) (sandboxUsage, error) {
	var use sandboxUsage
	watched := make(chan int64, 1)
	stop := make(chan struct{})
	go func() {
		watched <- watchChild(c.cmd.Process.Pid, b, stop, func(bound int32) { c.over.Store(bound); cancel() })
	}()
	err := c.cmd.Wait()
	close(stop)
	use.Wall = time.Since(c.start)
	use.PeakRSS = <-watched
	if st := c.cmd.ProcessState; st != nil {
		use.CPU = st.UserTime() + st.SystemTime()
	}
	return use, err
}

// errUndecodable marks a child's answer whose document does not decode.
var errUndecodable = errors.New("undecodable answer")

// document is what a child's answer says of the file: its plan, or why not.
func (r sandboxReply) document(name string) (*plan.Document, error) {
	switch {
	case r.Refused != nil:
		return nil, r.Refused
	case r.Kind == "empty":
		return nil, fmt.Errorf("%s: %w", name, plan.ErrEmpty)
	case r.Kind == "not-plan":
		return nil, fmt.Errorf("%s: %w", name, plan.ErrNotPlan)
	case r.Err != "":
		return nil, errors.New(r.Err)
	}
	doc, err := DecodeDoc(r.Doc)
	if err != nil {
		return nil, errUndecodable
	}
	return doc, nil
}

// childFailure says in words how a child ended that did not answer. peak is the highest resident
// memory seen: a child that ran out of memory is stopped by its address space limit or the
// runtime, at a resident size that depends on the heap's growth, so that is the figure said.
func childFailure(st *os.ProcessState, stderr string, peak int64) string {
	switch {
	case strings.Contains(stderr, "out of memory") || strings.Contains(stderr, "cannot allocate memory"):
		if peak > 0 {
			return fmt.Sprintf("reading the file ran out of the memory the reader may use (at %s in use) and was stopped", guard.HumanSize(peak))
		}
		return "reading the file ran out of the memory the reader may use and was stopped"
	case strings.Contains(stderr, "stack overflow") || strings.Contains(stderr, "stack exceeds"):
		return "the file is nested too deeply for the reader"
	}
	if st != nil {
		if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return fmt.Sprintf("the reader crashed on the file (%v)", ws.Signal())
		}
		return fmt.Sprintf("the reader crashed on the file (exit status %d)", st.ExitCode())
	}
	return "the reader crashed on the file"
}

// cpuKilled reports whether the kernel ended the child at its RLIMIT_CPU (cpuRlimit of budget):
// the backstop of the parent's watch, which polls.
func cpuKilled(st *os.ProcessState, budget time.Duration) bool {
	if st == nil {
		return false
	}
	ws, ok := st.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() {
		return false
	}
	return ws.Signal() == syscall.SIGXCPU || ws.Signal() == syscall.SIGKILL && st.UserTime()+st.SystemTime() >= budget
}

// cpuRlimit is the child's own processor time limit for a budget: a second more, rounded up to
// whole seconds (RLIMIT_CPU's unit), so the parent's watch, which is exact to its poll, acts first.
func cpuRlimit(budget time.Duration) time.Duration {
	return time.Duration(math.Ceil((budget + time.Second).Seconds())) * time.Second
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], " | ")
}

// watchChild polls the child's memory and processor time until stop is closed, calls kill once
// when its resident set passes b.memory (overMemory) or its processor time b.cpu (overCPU), and
// returns the highest high-water mark (VmHWM) it saw, in bytes.
func watchChild(pid int, b childBounds, stop <-chan struct{}, kill func(bound int32)) int64 {
	dir := "/proc/" + strconv.Itoa(pid)
	var peak int64
	killed := false
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for {
		if rss, hwm, ok := procMemory(dir + "/status"); ok {
			peak = max(peak, hwm, rss)
			if rss > b.memory && !killed {
				killed = true
				kill(overMemory)
			}
		}
		if cpu, ok := procCPU(dir + "/stat"); ok && cpu > b.cpu && !killed {
			killed = true
			kill(overCPU)
		}
		select {
		case <-stop:
			return peak
		case <-t.C:
		}
	}
}

// procMemory reads VmRSS and VmHWM (bytes) from a /proc status file.
func procMemory(path string) (rss, hwm int64, ok bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, false
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		k, v, found := strings.Cut(sc.Text(), ":")
		if !found || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if err != nil {
			continue
		}
		if k == "VmRSS" {
			rss, ok = n<<10, true
		} else {
			hwm = n << 10
		}
	}
	return rss, hwm, ok
}

// clockTicks is the unit of the times in /proc/<pid>/stat (USER_HZ, 100 on Linux).
const clockTicks = 100

// procCPU reads a process's processor time, user and system, from a /proc stat file.
func procCPU(path string) (time.Duration, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	// The command name, in parentheses, may hold spaces: the fields that count come after it.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 { // state is field 3 of the file, utime 14, stime 15
		return 0, false
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return time.Duration(utime+stime) * time.Second / clockTicks, true
}

// cappedBuffer keeps at most max bytes. A write past that calls onOver (which stops the child)
// and fails, unless quiet, which drops the rest. (The buffer is a field, not embedded: an
// embedded bytes.Buffer's ReadFrom would let io.Copy bypass Write.)
type cappedBuffer struct {
	buf    bytes.Buffer
	max    int
	over   bool
	quiet  bool
	onOver func()
}

var errReplyTooLarge = errors.New("sandbox: the child's answer is too large")

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if room := c.max - c.buf.Len(); len(p) > room {
		if !c.over && c.onOver != nil {
			c.onOver()
		}
		c.over = true
		c.buf.Write(p[:max(room, 0)])
		if c.quiet {
			return len(p), nil
		}
		return 0, errReplyTooLarge
	}
	return c.buf.Write(p)
}

func (c *cappedBuffer) Bytes() []byte  { return c.buf.Bytes() }
func (c *cappedBuffer) String() string { return c.buf.String() }

// wallClockMessage is what a child writes when its own wall clock ends it.
const wallClockMessage = "sandbox: the wall clock ran out"

// testChildHook, when set (by the tests' TestMain), runs in a child once it is bounded: the tests
// make it misbehave in the ways the guards prevent, to check the bounds behind them.
var testChildHook func()

// RunChild is the child's side of a Sandbox: "dutybot extract" calls it with its arguments and
// streams. It bounds this process, reads the file from in, extracts and parses it, and writes one
// sandboxReply to out. It returns an error only when it cannot do that (bad arguments, a broken
// pipe); a file that cannot be read is an answer, not an error.
func RunChild(args []string, in io.Reader, out io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	name := fs.String("name", "plan", "the file's name")
	aliases := fs.String("aliases", "", "unit aliases file")
	maxSize := fs.Int64("max-size", 0, "largest file read")
	memory := fs.Int64("memory", DefaultSandboxMemory, "memory limit, bytes")
	cpu := fs.Duration("cpu", DefaultSandboxTimeout, "processor time")
	timeout := fs.Duration("timeout", wallFactor*DefaultSandboxTimeout, "wall clock")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	// The bounds come first: nothing of the file is read before they hold.
	if err := limitSelf(*memory, cpuRlimit(*cpu)); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	debug.SetMaxStack(64 << 20)
	debug.SetMemoryLimit(*memory * 3 / 4)
	time.AfterFunc(*timeout+500*time.Millisecond, func() { // in case the parent is gone
		fmt.Fprintln(os.Stderr, wallClockMessage)
		os.Exit(3)
	})
	if testChildHook != nil {
		testChildHook()
	}
	reply := childParse(*name, *aliases, *maxSize, in)
	if _, hwm, ok := procMemory("/proc/self/status"); ok {
		reply.PeakRSS = hwm
	}
	b, err := json.Marshal(reply)
	if err != nil {
		return fmt.Errorf("extract: encode the answer: %w", err)
	}
	if _, err := out.Write(b); err != nil {
		return fmt.Errorf("extract: write the answer: %w", err)
	}
	return nil
}

func childParse(name, aliasesFile string, maxSize int64, in io.Reader) sandboxReply {
	fail := func(err error) sandboxReply {
		var r *RefusedError
		switch {
		case errors.As(err, &r):
			return sandboxReply{Refused: r}
		case errors.Is(err, plan.ErrEmpty):
			return sandboxReply{Err: err.Error(), Kind: "empty"}
		case errors.Is(err, plan.ErrNotPlan):
			return sandboxReply{Err: err.Error(), Kind: "not-plan"}
		}
		return sandboxReply{Err: err.Error()}
	}
	data, err := ReadLimited(name, in, maxSize)
	if err != nil {
		return fail(err)
	}
	aliases, err := plan.LoadAliases(aliasesFile)
	if err != nil {
		return fail(err)
	}
	doc, err := ParseFile(Extractor{MaxFileSize: maxSize}, name, data, plan.Options{Aliases: aliases})
	if err != nil {
		return fail(err)
	}
	b, err := EncodeDoc(doc)
	if err != nil {
		return fail(fmt.Errorf("%s: encode the parse: %w", name, err))
	}
	return sandboxReply{Doc: b}
}
