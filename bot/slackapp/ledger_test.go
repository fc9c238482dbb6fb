package slackapp

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
	"github.com/dutybot/dutybot/supervision"
)

// startWithLedger runs the App with a board link maker, a leaders' channel (CLEADERS, whose member
// is ULEAD) and a ledger of doneDocs.
func startWithLedger(t *testing.T) *harness {
	t.Helper()
	signer := supervision.NewSigner("test-secret")
	h := start(t, func(o *Options) {
		o.LeadersChannel = "CLEADERS"
		o.BoardLink = func() (string, time.Time, error) {
			until := testNow.Add(time.Hour)
			link, err := signer.Link("https://dutybot.example.cn", until)
			return link, until, err
		}
	})
	h.rem.ledger = duties.Rows(duties.Of(doneDocs()), plan.DayOf(testNow), nil)
	h.fake.SetMembers("CLEADERS", "ULEAD")
	return h
}

func TestBoardCommand(t *testing.T) {
	h := startWithLedger(t)
	tests := []struct {
		name, user, want string
		link             bool
	}{
		{"an admin gets a link", "UADMIN", "打开亮灯板", true},
		{"a leader gets a link", "ULEAD", "打开亮灯板", true},
		{"anyone else is refused", "UALICE", "只有管理员", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, url := h.fake.Command(tt.user, "CQUZHOU", "board")
			got := h.reply(t, url)
			if !strings.Contains(got, tt.want) || strings.Contains(got, "/board?t=") != tt.link {
				t.Errorf("/dutybot board by %s = %q", tt.user, got)
			}
		})
	}
}

func TestReportCommand(t *testing.T) {
	h := startWithLedger(t)
	tests := []struct {
		name, user, channel, want string
		uploads                   int
	}{
		{"anyone else is refused", "UALICE", "CQUZHOU", "只有管理员", 0},
		{"a leader in the leaders' channel", "ULEAD", "CLEADERS", "已发送督办台账", 1},
		{"an admin elsewhere gets it by DM", "UADMIN", "CQUZHOU", "已发送督办台账", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, url := h.fake.Command(tt.user, tt.channel, "report")
			if got := h.reply(t, url); !strings.Contains(got, tt.want) {
				t.Errorf("/dutybot report by %s = %q, want %q", tt.user, got, tt.want)
			}
			ups := h.fake.Uploads()
			if len(ups) != tt.uploads {
				t.Fatalf("%d uploads, want %d", len(ups), tt.uploads)
			}
			if tt.uploads == 0 {
				return
			}
			checkUpload(t, ups[len(ups)-1], tt.channel == "CLEADERS", h.rem.ledger)
		})
	}
}

// checkUpload checks an uploaded report: where it went, and that it is the ledger's workbook.
func checkUpload(t *testing.T, up slackfake.Upload, toLeaders bool, rows []duties.Row) {
	t.Helper()
	if toLeaders != (up.Channel == "CLEADERS") || up.Channel == "" || !strings.HasSuffix(up.Filename, ".xlsx") {
		t.Errorf("upload %s to %s", up.Filename, up.Channel)
	}
	f, err := excelize.OpenReader(bytes.NewReader(up.Data))
	if err != nil {
		t.Fatalf("the upload is no workbook: %v", err)
	}
	defer f.Close()
	got, err := f.GetRows(supervision.SheetName(0, rows[0].Doc))
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, r := range rows {
		if r.Doc == rows[0].Doc {
			want++
		}
	}
	if len(got) != want+1 {
		t.Errorf("the first plan's sheet has %d rows, want a header and %d", len(got), want)
	}
	c := duties.Count(rows)
	if !strings.Contains(up.Comment, "红灯 "+strconv.Itoa(c.Red)) {
		t.Errorf("comment %q does not count the ledger %+v", up.Comment, c)
	}
}

func TestSendReport(t *testing.T) {
	h := startWithLedger(t)
	if err := h.app.SendReport(t.Context()); err != nil {
		t.Fatalf("SendReport: %v", err)
	}
	ups := h.fake.Uploads()
	if len(ups) != 1 {
		t.Fatalf("%d uploads, want 1", len(ups))
	}
	checkUpload(t, ups[0], true, h.rem.ledger)
}

// TestDigestReportButton: the weekly digest carries a 督办台账 button; a leader's press uploads the
// workbook into the leaders' channel, anyone else's is refused.
func TestDigestReportButton(t *testing.T) {
	h := startWithLedger(t)
	msgs := digestMessages(reminders.Digest{}, testNow.AddDate(0, 0, -7), testNow)
	blocks, err := json.Marshal(msgs[len(msgs)-1].Blocks)
	if err != nil {
		t.Fatal(err)
	}
	digest := slackfake.Message{Channel: "CLEADERS", TS: "100.000001", Blocks: blocks}
	tests := []struct {
		name, user, want string
		uploads          int
	}{
		{"anyone else is refused", "UALICE", "只有管理员", 0},
		{"a leader gets it in the channel", "ULEAD", "已发送督办台账", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url, err := h.fake.Click(tt.user, digest, actReport)
			if err != nil {
				t.Fatal(err)
			}
			if got := h.reply(t, url); !strings.Contains(got, tt.want) {
				t.Errorf("press by %s = %q, want %q", tt.user, got, tt.want)
			}
			if ups := h.fake.Uploads(); len(ups) != tt.uploads || (tt.uploads > 0 && ups[0].Channel != "CLEADERS") {
				t.Errorf("uploads %+v, want %d into CLEADERS", ups, tt.uploads)
			}
		})
	}
}
