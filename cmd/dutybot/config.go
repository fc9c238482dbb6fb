package main

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/caarlos0/env/v11"

	"github.com/dutybot/dutybot/ingest"
)

// Config is every setting dutybot reads from the environment. Each field has a default; Validate
// checks what one field cannot check alone. README.md and .env.example list the same variables.
type Config struct {
	LogLevel  string `env:"LOG_LEVEL" envDefault:"info"`
	LogFormat string `env:"LOG_FORMAT" envDefault:"text"`

	// DataDir holds the local index snapshot (a cache; the plans themselves live in Redis).
	DataDir string `env:"DUTYBOT_DATA_DIR"`
	// AliasesFile extends the shipped unit alias table.
	AliasesFile string `env:"DUTYBOT_ALIASES"`
	// Timezone is where plan dates and reminder times are read.
	Timezone string `env:"DUTYBOT_TIMEZONE" envDefault:"Asia/Shanghai"`

	RedisURL    string `env:"REDIS_URL" envDefault:"redis://127.0.0.1:6379/0"`
	RedisPrefix string `env:"DUTYBOT_REDIS_PREFIX" envDefault:"dutybot:"`
	// Redis Cluster or Sentinel instead of REDIS_URL's single server (reminders; see reminders_config.go).
	RedisClusterAddrs   []string `env:"REDIS_CLUSTER_ADDRS" envSeparator:","`
	RedisSentinelMaster string   `env:"REDIS_SENTINEL_MASTER"`
	RedisSentinelAddrs  []string `env:"REDIS_SENTINEL_ADDRS" envSeparator:","`

	// Reminders: the lead-time ladder, the time of day nudges go out, how often the dispatcher looks
	// and how long its claims last, the holiday file that extends the shipped calendar, a routes file
	// loaded at start and the leaders' channel.
	Ladder         string        `env:"DUTYBOT_LADDER" envDefault:"30d,7d,1d,0d"`
	NudgeTime      string        `env:"DUTYBOT_NUDGE_TIME" envDefault:"09:00"`
	Poll           time.Duration `env:"DUTYBOT_POLL" envDefault:"500ms"`
	Lease          time.Duration `env:"DUTYBOT_LEASE" envDefault:"30s"`
	HolidaysFile   string        `env:"DUTYBOT_HOLIDAYS"`
	RoutesFile     string        `env:"DUTYBOT_ROUTES"`
	LeadersChannel string        `env:"DUTYBOT_LEADERS_CHANNEL"`

	// Slack (dutybot serve; checked by validateServe in serve.go). LeadersChannel and RoutesFile above
	// are shared with the reminders.
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

	// MaxFileSize refuses larger plan files ("20MB", "512KB" or bytes).
	MaxFileSize ingest.ByteSize `env:"DUTYBOT_MAX_FILE_SIZE" envDefault:"20MB"`
	// Plan files people give us are read in a child process (ingest.Sandbox): ExtractTimeout is
	// its wall clock for a small file (each MB of file adds a second), ExtractMemory its memory.
	ExtractTimeout time.Duration   `env:"DUTYBOT_EXTRACT_TIMEOUT" envDefault:"2s"`
	ExtractMemory  ingest.ByteSize `env:"DUTYBOT_EXTRACT_MEMORY" envDefault:"512MB"`

	OpenAIKey            string        `env:"OPENAI_API_KEY"`
	OpenAIBaseURL        string        `env:"OPENAI_BASE_URL"`
	OpenAIChatModel      string        `env:"OPENAI_CHAT_MODEL" envDefault:"gpt-4o-mini"`
	OpenAIEmbeddingModel string        `env:"OPENAI_EMBEDDING_MODEL"`
	OpenAITimeout        time.Duration `env:"OPENAI_TIMEOUT" envDefault:"20s"`
}

// minExtractMemory is the least memory a sandboxed reader can work in.
const minExtractMemory = ingest.ByteSize(64 << 20)

// loadConfig reads the configuration through getenv and validates it.
func loadConfig(getenv func(string) string) (Config, error) {
	var c Config
	vars := map[string]string{}
	for _, kv := range os.Environ() {
		if k, _, ok := strings.Cut(kv, "="); ok {
			vars[k] = getenv(k)
		}
	}
	// getenv may know variables the process does not (tests): ask it for every field we read.
	for _, k := range envNames() {
		if v := getenv(k); v != "" {
			vars[k] = v
		} else {
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
	return c, c.Validate()
}

// envNames lists the variables Config reads.
func envNames() []string {
	fields, _ := env.GetFieldParams(&Config{})
	out := make([]string, 0, len(fields))
	for _, f := range fields {
		out = append(out, f.Key)
	}
	return out
}

// Validate checks each setting and says what to change.
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
		errs = append(errs, errors.New("DUTYBOT_EXTRACT_TIMEOUT must be positive, such as 2s"))
	}
	if c.ExtractMemory < minExtractMemory {
		errs = append(errs, fmt.Errorf("DUTYBOT_EXTRACT_MEMORY=%s is too little to read a plan: give at least %s, such as 512MB", c.ExtractMemory, minExtractMemory))
	}
	if c.OpenAITimeout <= 0 {
		errs = append(errs, errors.New("OPENAI_TIMEOUT must be positive, such as 20s"))
	}
	errs = append(errs, c.validateReminders()...)
	switch c.LogFormat {
	case "text", "json":
	default:
		errs = append(errs, fmt.Errorf("LOG_FORMAT=%q must be text or json", c.LogFormat))
	}
	return errors.Join(errs...)
}
