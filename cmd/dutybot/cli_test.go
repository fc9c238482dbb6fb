package main

import (
	"strings"
	"testing"
)

// TestHelpListsEveryCommand: one command table drives --help, which lists every command and
// subcommand, and each command's own help (-h anywhere, or dutybot help COMMAND), with exit 0.
func TestHelpListsEveryCommand(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"--help", []string{"--help"}, []string{"tasks", "units", "ask", "chat", "due", "dispatch", "ingest", "serve",
			"remind add", "remind done", "remind snooze", "remind board", "remind digest", "remind routes", "remind sync",
			"plans list", "plans show", "plans original", "plans remove", "plans reparse"}},
		{"remind -h", []string{"remind", "-h"}, []string{"remind add", "remind subscribe", "remind unsubscribe"}},
		{"a subcommand's flags", []string{"plans", "original", "-h"}, []string{"--out"}},
		{"-h after an argument", []string{"remind", "done", "c21914d7:2.1.2", "-h"}, []string{"--unit", "--city", "--by"}},
		{"help COMMAND", []string{"help", "due"}, []string{"--within", "--now"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := run(t, nil, tt.args...)
			if err != nil {
				t.Fatalf("%v: %v", tt.args, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("%v lacks %q:\n%s", tt.args, w, out)
				}
			}
			if strings.Contains(out, "extract") {
				t.Errorf("%v lists the sandbox's internal command:\n%s", tt.args, out)
			}
		})
	}
	if _, _, err := run(t, nil); exitCode(err) != 2 {
		t.Errorf("no command: %v, want a usage error", err)
	}
}
