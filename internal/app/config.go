package app

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/caarlos0/env/v11"

	"github.com/dutybot/dutybot/bot/slackapp"
	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/reminders"
)

// Config is every setting dutybot reads from the environment, each with its default. LoadConfig
// fills and checks it once; README.md and .env.example list the same variables (a test checks
// .env.example).
type Config struct {
	// LogLevel and LogFormat set up the one logger (NewLogger).
	LogLevel  string `env:"LOG_LEVEL" envDefault:"warn"`
	LogFormat string `env:"LOG_FORMAT" envDefault:"text"`

	// DataDir holds the local index snapshot (a cache; the plans themselves live in Redis).
	DataDir string `env:"DUTYBOT_DATA_DIR"`
	// AliasesFile extends the shipped unit alias table, for every reader of unit names.
	AliasesFile string `env:"DUTYBOT_ALIASES"`
	// Timezone is where plan dates, reminder times and the times shown to people are read.
	Timezone string `env:"DUTYBOT_TIMEZONE" envDefault:"Asia/Shanghai"`
	// Lang is the language of the terminal's words: zh or en.
	Lang string `env:"DUTYBOT_LANG" envDefault:"zh"`

	// Redis: one client for every store (init_redis.go). Cluster or Sentinel instead of REDIS_URL's
	// single server; credentials and DB still come from REDIS_URL.
	RedisURL            string   `env:"REDIS_URL" envDefault:"redis://127.0.0.1:6379/0"`
	RedisPrefix         string   `env:"DUTYBOT_REDIS_PREFIX" envDefault:"dutybot:"`
	RedisClusterAddrs   []string `env:"REDIS_CLUSTER_ADDRS" envSeparator:","`
	RedisSentinelMaster string   `env:"REDIS_SENTINEL_MASTER"`
	RedisSentinelAddrs  []string `env:"REDIS_SENTINEL_ADDRS" envSeparator:","`

	// Reminders: the lead-time ladder, the time of day nudges go out, how often the dispatcher looks
	// and how long its claims last, the holiday file that extends the shipped calendar, a routes file
	// loaded at start and the leaders' channel.
	Ladder    string        `env:"DUTYBOT_LADDER" envDefault:"30d,7d,1d,0d"`
	NudgeTime string        `env:"DUTYBOT_NUDGE_TIME" envDefault:"09:00"`
	Poll      time.Duration `env:"DUTYBOT_POLL" envDefault:"500ms"`
	Lease     time.Duration `env:"DUTYBOT_LEASE" envDefault:"30s"`
	// Shards is the number of shards the schedule is split into (each in its own Cluster slot);
	// changing it moves the keys at the next start.
	Shards int `env:"DUTYBOT_SHARDS" envDefault:"16"`
	// Keep is how long a delivered one-off reminder is kept (as a short record) before it expires.
	Keep           time.Duration `env:"DUTYBOT_KEEP" envDefault:"720h"`
	HolidaysFile   string        `env:"DUTYBOT_HOLIDAYS"`
	RoutesFile     string        `env:"DUTYBOT_ROUTES"`
	LeadersChannel string        `env:"DUTYBOT_LEADERS_CHANNEL"`
	// NudgeSince is the go-live day: deadlines passed before it go once, in each unit's overdue list.
	NudgeSince string `env:"DUTYBOT_NUDGE_SINCE"`
	// ChannelLimit bounds the messages one channel gets ("10/1h"); serve only.
	ChannelLimit string `env:"DUTYBOT_CHANNEL_LIMIT" envDefault:"10/1h"`

	// Slack (dutybot serve; checked by ValidateServe).
	SlackBotToken      string `env:"SLACK_BOT_TOKEN"`
	SlackAppToken      string `env:"SLACK_APP_TOKEN"`
	SlackSigningSecret string `env:"SLACK_SIGNING_SECRET"`
	SlackAPIURL        string `env:"SLACK_API_URL" envDefault:"https://slack.com/api/"`
	SlackMode          string `env:"SLACK_MODE" envDefault:"socket"`
	HTTPAddr           string `env:"DUTYBOT_HTTP_ADDR" envDefault:":8080"`
	// MetricsAddr serves /metrics (and /healthz) apart from the public address; "off" for none.
	MetricsAddr     string        `env:"DUTYBOT_METRICS_ADDR" envDefault:"127.0.0.1:9090"`
	MaxConns        int           `env:"DUTYBOT_MAX_CONNS" envDefault:"512"`
	MaxConnsPerHost int           `env:"DUTYBOT_MAX_CONNS_PER_IP" envDefault:"64"`
	Admins          []string      `env:"DUTYBOT_ADMINS" envSeparator:","`
	Dispatch        bool          `env:"DUTYBOT_DISPATCH" envDefault:"true"`
	DigestAt        string        `env:"DUTYBOT_DIGEST_AT" envDefault:"mon 09:00"`
	ShutdownTimeout time.Duration `env:"DUTYBOT_SHUTDOWN_TIMEOUT" envDefault:"20s"`

	// The board page (/board): the secret its links are signed with (default: derived from
	// SLACK_SIGNING_SECRET, else SLACK_BOT_TOKEN), the address people open them at, and how long a
	// link /dutybot board gives lasts.
	BoardSecret string        `env:"DUTYBOT_BOARD_SECRET"`
	BoardURL    string        `env:"DUTYBOT_BOARD_URL"`
	BoardTTL    time.Duration `env:"DUTYBOT_BOARD_TTL" envDefault:"168h"`
	// ReportAt sends the 督办台账 to the leaders' channel monthly ("monthly 25 09:00"), or off.
	ReportAt string `env:"DUTYBOT_REPORT_AT" envDefault:"off"`

	// MaxFileSize refuses larger plan files ("20MB", "512KB" or bytes).
	MaxFileSize ingest.ByteSize `env:"DUTYBOT_MAX_FILE_SIZE" envDefault:"20MB"`
	// Plan files people give us are read in a child process (ingest.Sandbox): ExtractTimeout is
	// the processor time it may spend on a small file (each MB of file adds a second; the wall
	// clock, four times that, is only a backstop), ExtractMemory its memory.
	ExtractTimeout time.Duration   `env:"DUTYBOT_EXTRACT_TIMEOUT" envDefault:"4s"`
	ExtractMemory  ingest.ByteSize `env:"DUTYBOT_EXTRACT_MEMORY" envDefault:"512MB"`

	OpenAIKey            string        `env:"OPENAI_API_KEY"`
	OpenAIBaseURL        string        `env:"OPENAI_BASE_URL"`
	OpenAIChatModel      string        `env:"OPENAI_CHAT_MODEL" envDefault:"gpt-4o-mini"`
	OpenAIEmbeddingModel string        `env:"OPENAI_EMBEDDING_MODEL"`
	OpenAITimeout        time.Duration `env:"OPENAI_TIMEOUT" envDefault:"20s"`
}

// minExtractMemory is the least memory a sandboxed reader can work in.
const minExtractMemory = ingest.ByteSize(64 << 20)

// LoadConfig reads the configuration through getenv and validates it (Validate). The Config is
// returned filled even when invalid, so that `serve --print-config` can show it.
func LoadConfig(getenv func(string) string) (Config, error) {
	var c Config
	vars := map[string]string{}
	for _, k := range ConfigNames() {
		if v := getenv(k); v != "" {
			vars[k] = v
		}
	}
	// A value that cannot be read as its type (OPENAI_TIMEOUT=30, no unit) is named by its variable
	// with what to write instead, beside every other mistake (Validate): each variable is read on
	// its own first, so one bad value neither hides the others nor speaks of a Go field.
	var bad []error
	for _, k := range slices.Sorted(maps.Keys(vars)) {
		var one Config
		if err := env.ParseWithOptions(&one, env.Options{Environment: map[string]string{k: vars[k]}}); err != nil {
			bad = append(bad, unreadable(k, vars[k], err))
			delete(vars, k)
		}
	}
	if err := env.ParseWithOptions(&c, env.Options{Environment: vars}); err != nil {
		return c, fmt.Errorf("configuration: %w", err)
	}
	if c.DataDir == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			dir = os.TempDir()
		}
		c.DataDir = filepath.Join(dir, "dutybot")
	}
	if len(bad) > 0 {
		return c, errors.Join(append(bad, c.Validate())...)
	}
	return c, c.Validate()
}

// unreadable says that variable k's value v is not of its type, and what to write.
func unreadable(k, v string, err error) error {
	want := ""
	var pe env.ParseError
	if errors.As(err, &pe) {
		switch pe.Type {
		case reflect.TypeFor[time.Duration]():
			want = "a duration with its unit, such as 20s, 5m or 720h"
		case reflect.TypeFor[int](), reflect.TypeFor[int64]():
			want = "a whole number"
		case reflect.TypeFor[bool]():
			want = "true or false"
		}
		if want == "" {
			want = "a value it can read (" + pe.Err.Error() + ")"
		}
	} else {
		want = "a value it can read"
	}
	return fmt.Errorf("%s=%q: want %s", k, v, want)
}

// ConfigNames lists the variables Config reads.
func ConfigNames() []string {
	fields, _ := env.GetFieldParams(&Config{})
	out := make([]string, 0, len(fields))
	for _, f := range fields {
		out = append(out, f.Key)
	}
	return out
}

// Location is the zone DUTYBOT_TIMEZONE names (Validate checked it).
func (c Config) Location() *time.Location {
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// Validate checks each setting every command shares and says what to change, every mistake at once.
func (c Config) Validate() error {
	var errs []error
	if _, err := time.LoadLocation(c.Timezone); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_TIMEZONE=%q is not a time zone (try Asia/Shanghai)", c.Timezone))
	}
	if c.RedisURL != "" {
		if u, err := url.Parse(c.RedisURL); err != nil || (u.Scheme != "redis" && u.Scheme != "rediss" && u.Scheme != "unix") {
			errs = append(errs, fmt.Errorf("REDIS_URL=%q must look like redis://host:6379/0", c.RedisURL))
		}
	}
	if c.OpenAIBaseURL != "" {
		if u, err := url.Parse(c.OpenAIBaseURL); err != nil || u.Host == "" {
			errs = append(errs, fmt.Errorf("OPENAI_BASE_URL=%q must be an http(s) URL such as https://api.openai.com/v1", c.OpenAIBaseURL))
		}
	}
	if c.ExtractTimeout <= 0 {
		errs = append(errs, errors.New("DUTYBOT_EXTRACT_TIMEOUT must be positive, such as 4s"))
	}
	if c.ExtractMemory < minExtractMemory {
		errs = append(errs, fmt.Errorf("DUTYBOT_EXTRACT_MEMORY=%s is too little to read a plan: give at least %s, such as 512MB", c.ExtractMemory, minExtractMemory))
	}
	if c.OpenAITimeout <= 0 {
		errs = append(errs, errors.New("OPENAI_TIMEOUT must be positive, such as 20s"))
	}
	if c.Lang != "zh" && c.Lang != "en" {
		errs = append(errs, fmt.Errorf("DUTYBOT_LANG=%q must be zh or en", c.Lang))
	}
	errs = append(errs, c.validateReminders()...)
	errs = append(errs, c.validateLogs()...)
	return errors.Join(errs...)
}

func (c Config) validateLogs() []error {
	var errs []error
	switch c.LogFormat {
	case "text", "json":
	default:
		errs = append(errs, fmt.Errorf("LOG_FORMAT=%q must be text or json", c.LogFormat))
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.LogLevel)); err != nil {
		errs = append(errs, fmt.Errorf("LOG_LEVEL=%q must be debug, info, warn or error", c.LogLevel))
	}
	return errs
}

// validateReminders checks the reminder and Redis settings.
func (c Config) validateReminders() []error {
	var errs []error
	if _, err := reminders.ParseLadder(c.Ladder); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_LADDER=%q: %v (try 30d,7d,1d,0d)", c.Ladder, err))
	}
	if _, _, err := reminders.ParseClock(c.NudgeTime); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_NUDGE_TIME=%q must be HH:MM, such as 09:00", c.NudgeTime))
	}
	if c.Poll <= 0 || c.Poll > time.Minute {
		errs = append(errs, fmt.Errorf("DUTYBOT_POLL=%s must be between 1ms and 1m, such as 500ms", c.Poll))
	}
	if c.Shards < 1 || c.Shards > 1024 {
		errs = append(errs, fmt.Errorf("DUTYBOT_SHARDS=%d must be between 1 and 1024, such as 16", c.Shards))
	}
	if c.Keep < time.Minute {
		errs = append(errs, fmt.Errorf("DUTYBOT_KEEP=%s must be at least 1m, such as 720h", c.Keep))
	}
	if c.Lease < 2*time.Second || c.Lease < 4*c.Poll {
		errs = append(errs, fmt.Errorf("DUTYBOT_LEASE=%s must be at least 2s and four polls, such as 30s", c.Lease))
	}
	if _, err := c.Since(); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_NUDGE_SINCE=%q must be a day such as 2026-12-01", c.NudgeSince))
	}
	if _, _, err := ParseRate(c.ChannelLimit); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_CHANNEL_LIMIT=%q: %v", c.ChannelLimit, err))
	}
	if len(c.RedisClusterAddrs) > 0 && c.RedisSentinelMaster != "" {
		errs = append(errs, errors.New("set REDIS_CLUSTER_ADDRS or REDIS_SENTINEL_MASTER, not both"))
	}
	if c.RedisSentinelMaster != "" && len(c.RedisSentinelAddrs) == 0 {
		errs = append(errs, errors.New("REDIS_SENTINEL_MASTER needs REDIS_SENTINEL_ADDRS (host:26379,...)"))
	}
	return errs
}

// Since is DUTYBOT_NUDGE_SINCE as the start of its day (zero when unset).
func (c Config) Since() (time.Time, error) {
	if c.NudgeSince == "" {
		return time.Time{}, nil
	}
	d, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(c.NudgeSince), c.Location())
	return d, err
}

// ParseRate reads "10/1h": at most 10 per hour ("0" or "off" for no limit).
func ParseRate(s string) (int, time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "off" || s == "0" {
		return 0, 0, nil
	}
	n, w, ok := strings.Cut(s, "/")
	count, err := strconv.Atoi(n)
	if !ok || err != nil || count < 1 {
		return 0, 0, errors.New("want a count and a window such as 10/1h, or off")
	}
	window, err := time.ParseDuration(w)
	if err != nil || window < time.Minute {
		return 0, 0, errors.New("the window must be a duration of at least 1m, such as 1h")
	}
	return count, window, nil
}

var (
	slackUserID    = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)
	slackChannelID = regexp.MustCompile(`^[CG][A-Z0-9]{2,}$`)
)

// ValidateServe checks what serve needs beyond the common settings, with one message per mistake.
func (c Config) ValidateServe() error {
	errs := c.validateSlack()
	errs = append(errs, c.validateListeners()...)
	for _, a := range c.Admins {
		if a = strings.TrimSpace(a); !slackUserID.MatchString(a) {
			errs = append(errs, fmt.Errorf("DUTYBOT_ADMINS: %q is not a Slack user id such as U0123ABCD (profile → ⋮ → Copy member ID)", a))
		}
	}
	if c.LeadersChannel != "" && !slackChannelID.MatchString(c.LeadersChannel) {
		errs = append(errs, fmt.Errorf("DUTYBOT_LEADERS_CHANNEL=%q must be a channel id such as C0123ABCD (channel details → bottom of the About tab), not its name", c.LeadersChannel))
	}
	if _, _, _, err := reminders.ParseWeekly(c.DigestAt); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_DIGEST_AT: %v", err))
	}
	if c.ShutdownTimeout <= 0 {
		errs = append(errs, errors.New("DUTYBOT_SHUTDOWN_TIMEOUT must be positive, such as 20s"))
	}
	if c.RoutesFile != "" {
		if f, err := os.Open(c.RoutesFile); err != nil {
			errs = append(errs, fmt.Errorf("DUTYBOT_ROUTES=%q cannot be read: %v", c.RoutesFile, err))
		} else {
			if _, err := reminders.ParseRoutes(f); err != nil {
				errs = append(errs, fmt.Errorf("DUTYBOT_ROUTES=%q: %v (a route is a channel id such as C0123ABCD, not its name)", c.RoutesFile, err))
			}
			f.Close()
		}
	}
	return errors.Join(errs...)
}

func (c Config) validateSlack() []error {
	var errs []error
	switch {
	case c.SlackBotToken == "":
		errs = append(errs, errors.New("SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-…) from your Slack app's OAuth & Permissions page"))
	case !strings.HasPrefix(c.SlackBotToken, "xoxb-"):
		errs = append(errs, errors.New("SLACK_BOT_TOKEN must be the bot token, starting xoxb- (not a user xoxp- or app xapp- token)"))
	}
	switch c.SlackMode {
	case slackapp.ModeSocket:
		switch {
		case c.SlackAppToken == "":
			errs = append(errs, errors.New("SLACK_APP_TOKEN is not set: Socket Mode needs an app-level token (xapp-…) with the connections:write scope, from Basic Information → App-Level Tokens; or set SLACK_MODE=http"))
		case !strings.HasPrefix(c.SlackAppToken, "xapp-"):
			errs = append(errs, errors.New("SLACK_APP_TOKEN must be an app-level token, starting xapp-"))
		}
	case slackapp.ModeHTTP:
		if c.SlackSigningSecret == "" {
			errs = append(errs, errors.New("SLACK_SIGNING_SECRET is not set: HTTP mode verifies every request with it (Basic Information → App Credentials)"))
		}
	default:
		errs = append(errs, fmt.Errorf("SLACK_MODE=%q must be socket (the default, no public URL needed) or http", c.SlackMode))
	}
	if u, err := url.Parse(c.SlackAPIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("SLACK_API_URL=%q must be an http(s) URL such as https://slack.com/api/", c.SlackAPIURL))
	}
	return errs
}

func (c Config) validateListeners() []error {
	var errs []error
	if c.BoardURL != "" {
		if u, err := url.Parse(c.BoardURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("DUTYBOT_BOARD_URL=%q must be the http(s) address people reach serve at, such as https://dutybot.example.cn", c.BoardURL))
		}
	}
	if _, err := reminders.ParseMonthly(c.ReportAt); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_REPORT_AT: %w", err))
	}
	if c.BoardTTL < time.Minute || c.BoardTTL > 90*24*time.Hour {
		errs = append(errs, fmt.Errorf("DUTYBOT_BOARD_TTL=%s must be between 1m and 2160h (90 days)", c.BoardTTL))
	}
	if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_HTTP_ADDR=%q must be host:port or :port, such as :8080", c.HTTPAddr))
	}
	if c.MetricsAddr != "off" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			errs = append(errs, fmt.Errorf("DUTYBOT_METRICS_ADDR=%q must be host:port (such as 127.0.0.1:9090) or off", c.MetricsAddr))
		} else if c.MetricsAddr == c.HTTPAddr {
			errs = append(errs, fmt.Errorf("DUTYBOT_METRICS_ADDR must differ from DUTYBOT_HTTP_ADDR (%s): metrics are not served on the public address", c.HTTPAddr))
		}
	}
	if c.MaxConns < 1 || c.MaxConnsPerHost < 1 {
		errs = append(errs, errors.New("DUTYBOT_MAX_CONNS and DUTYBOT_MAX_CONNS_PER_IP must be at least 1"))
	}
	return errs
}

// BoardKey is the secret the board's links are signed with: DUTYBOT_BOARD_SECRET, else one of
// the Slack secrets serve has anyway (supervision.NewSigner derives a key of its own from it).
func (c Config) BoardKey() string {
	for _, s := range []string{c.BoardSecret, c.SlackSigningSecret, c.SlackBotToken} {
		if s != "" {
			return s
		}
	}
	return ""
}

// BoardBase is where people open the board's links: DUTYBOT_BOARD_URL, else serve's own address
// on this host.
func (c Config) BoardBase() string {
	if c.BoardURL != "" {
		return c.BoardURL
	}
	host, port, _ := net.SplitHostPort(c.HTTPAddr)
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// Write prints every variable with its effective value, secrets masked (`serve --print-config`).
func (c Config) Write(w io.Writer) {
	vals := c.values()
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%s=%s\n", k, masked(k, vals[k]))
	}
}

// masked hides a secret's value and a URL's password.
func masked(key, v string) string {
	up := strings.ToUpper(key)
	switch {
	case v == "":
	case strings.Contains(up, "TOKEN") || strings.Contains(up, "SECRET") || strings.HasSuffix(up, "_KEY"):
		return "********"
	case strings.HasSuffix(up, "_URL"):
		if u, err := url.Parse(v); err == nil && u.User != nil {
			if _, ok := u.User.Password(); ok {
				u.User = url.UserPassword(u.User.Username(), "xxxxx")
				return u.String()
			}
		}
	}
	return v
}

// values maps each variable to its value as text, through the struct's env tags.
func (c Config) values() map[string]string {
	out := map[string]string{}
	v := reflect.ValueOf(c)
	for i := 0; i < v.NumField(); i++ {
		key, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("env"), ",")
		if key == "" {
			continue
		}
		switch f := v.Field(i).Interface().(type) {
		case []string:
			out[key] = strings.Join(f, ",")
		default:
			out[key] = fmt.Sprint(f)
		}
	}
	return out
}
