package app

import (
	"strings"
	"testing"
)

// Review 61 (a stranger's look at a new admin's first week): failing tests, each a defect a user
// would hit in the configuration.

// TestRev61_ConfigMistakesNamedByVariable: an admin writes OPENAI_TIMEOUT=30 (seconds, no unit) in
// .env, beside two other slips (REDIS_URL without its scheme, a ladder in words). dutybot stops
// with one line:
//
//	configuration: env: parse error on field "OpenAITimeout" of type "time.Duration": unable to
//	parse duration: time: missing unit in duration "30"
//
// It names a Go struct field, not the variable to fix, and says nothing of the other two, which
// come one at a time on the next starts — though the README promises "every mistake is reported at
// once" with what to do. Cause: LoadConfig returns env.ParseWithOptions' error as it is, before
// Validate runs. Each mistake should name its variable (OPENAI_TIMEOUT=30: want a duration such as
// 20s), all in one report.
func TestRev61_ConfigMistakesNamedByVariable(t *testing.T) {
	vars := map[string]string{
		"OPENAI_TIMEOUT": "30",
		"REDIS_URL":      "localhost:6379",
		"DUTYBOT_LADDER": "30天,7天,1天",
	}
	_, err := LoadConfig(func(k string) string { return vars[k] })
	if err == nil {
		t.Fatal("three mistakes accepted")
	}
	msg := err.Error()
	for k := range vars {
		if !strings.Contains(msg, k) {
			t.Errorf("the report does not name %s:\n%s", k, msg)
		}
	}
	if strings.Contains(msg, "OpenAITimeout") || strings.Contains(msg, "time.Duration") {
		t.Errorf("the report names a Go field, not the variable:\n%s", msg)
	}
}
