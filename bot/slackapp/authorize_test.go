package slackapp

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestAuthorizerDecides is the table of who may do what. The world: 衢州市 市商务局 is routed to
// #CQZ (members ALICE and BOB) and to the person UCAROL; 衢州市 市财政局 has no route; MALLORY is
// in #CEVIL only; ADMIN is an admin in no channel.
func TestAuthorizerDecides(t *testing.T) {
	shangwu := plan.UnitRef{City: "衢州市", Name: "市商务局"}
	caizheng := plan.UnitRef{City: "衢州市", Name: "市财政局"}
	members := map[string][]string{"CQZ": {"UALICE", "UBOB"}, "CEVIL": {"UMALLORY"}, "CNEW": {"UBOB", "UDAVE"}}
	routes := map[plan.UnitRef][]string{shangwu: {"CQZ", "UCAROL"}}
	z := Authorizer{
		Admins: map[string]bool{"UADMIN": true},
		Routes: func(_ context.Context, u plan.UnitRef) ([]string, error) { return routes[u], nil },
		Member: func(_ context.Context, c, u string) (bool, error) {
			ms, ok := members[c]
			if !ok {
				return false, errors.New("channel_not_found")
			}
			return slices.Contains(ms, u), nil
		},
	}
	type want int
	const (
		allow want = iota
		refuse
		approval
	)
	tests := []struct {
		name string
		req  Request
		want want
	}{
		{"member of the routed channel marks done", Request{User: "UALICE", Action: ActChangeTask, Unit: shangwu}, allow},
		{"the person routed marks done", Request{User: "UCAROL", Action: ActChangeTask, Unit: shangwu}, allow},
		{"an admin marks done", Request{User: "UADMIN", Action: ActChangeTask, Unit: shangwu}, allow},
		{"an outsider may not mark done", Request{User: "UMALLORY", Action: ActChangeTask, Unit: shangwu}, refuse},
		{"nobody but admins changes an unrouted unit", Request{User: "UALICE", Action: ActChangeTask, Unit: caizheng}, refuse},

		{"a DM is never a route, even for an admin", Request{User: "UADMIN", Action: ActSubscribe, Unit: shangwu, Channel: "DADMIN"}, refuse},
		{"a person id is never subscribed", Request{User: "UMALLORY", Action: ActSubscribe, Unit: shangwu, Channel: "UMALLORY"}, refuse},
		{"an outsider's channel needs approval", Request{User: "UMALLORY", Action: ActSubscribe, Unit: shangwu, Channel: "CEVIL"}, approval},
		{"a member of a routed channel adds another channel they are in", Request{User: "UBOB", Action: ActSubscribe, Unit: shangwu, Channel: "CNEW"}, allow},
		{"a non-member of the target channel may not subscribe it", Request{User: "UALICE", Action: ActSubscribe, Unit: shangwu, Channel: "CNEW"}, refuse},
		{"a channel dutybot cannot read is refused", Request{User: "UALICE", Action: ActSubscribe, Unit: shangwu, Channel: "CGONE"}, refuse},
		{"the first route of a unit needs an admin's approval", Request{User: "UBOB", Action: ActSubscribe, Unit: caizheng, Channel: "CNEW"}, approval},
		{"an admin sets the first route", Request{User: "UADMIN", Action: ActSubscribe, Unit: caizheng, Channel: "CNEW"}, allow},
		{"subscribing a routed channel again is harmless", Request{User: "UALICE", Action: ActSubscribe, Unit: shangwu, Channel: "CQZ"}, allow},

		{"a member of the routed channel unsubscribes it", Request{User: "UALICE", Action: ActUnsubscribe, Unit: shangwu, Channel: "CQZ"}, allow},
		{"an outsider cannot unsubscribe the real route", Request{User: "UMALLORY", Action: ActUnsubscribe, Unit: shangwu, Channel: "CQZ"}, refuse},
		{"unsubscribing a channel that is not a route is refused", Request{User: "UMALLORY", Action: ActUnsubscribe, Unit: shangwu, Channel: "CEVIL"}, refuse},
		{"unsubscribing from a DM is refused", Request{User: "UCAROL", Action: ActUnsubscribe, Unit: shangwu, Channel: "DCAROL"}, refuse},

		{"a member of a routed channel approves", Request{User: "UALICE", Action: ActApprove, Unit: shangwu, Channel: "CEVIL"}, allow},
		{"the requester cannot approve their own request", Request{User: "UMALLORY", Action: ActApprove, Unit: shangwu, Channel: "CEVIL"}, refuse},
		{"an admin approves the first route", Request{User: "UADMIN", Action: ActApprove, Unit: caizheng, Channel: "CNEW"}, allow},
		{"a non-admin cannot approve the first route", Request{User: "UBOB", Action: ActApprove, Unit: caizheng, Channel: "CNEW"}, refuse},

		{"a reminder to oneself", Request{User: "UMALLORY", Action: ActRemind, Unit: shangwu, Channel: "UMALLORY"}, allow},
		{"a reminder in one's own channel", Request{User: "UMALLORY", Action: ActRemind, Unit: shangwu, Channel: "CEVIL"}, allow},
		{"no reminder in a channel one is not in", Request{User: "UMALLORY", Action: ActRemind, Unit: shangwu, Channel: "CQZ"}, refuse},

		{"an admin manages plans", Request{User: "UADMIN", Action: ActManagePlans}, allow},
		{"a unit member does not manage plans", Request{User: "UALICE", Action: ActManagePlans}, refuse},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := z.Decide(context.Background(), tc.req)
			got := refuse
			switch {
			case d.Allowed:
				got = allow
			case d.Approval:
				got = approval
			}
			if got != tc.want {
				t.Errorf("Decide(%+v) = %+v, want %v", tc.req, d, tc.want)
			}
			if !d.Allowed && d.Why == "" {
				t.Errorf("Decide(%+v) refused without saying why", tc.req)
			}
		})
	}
}

func TestAuthorizerWithoutReminders(t *testing.T) {
	z := Authorizer{Admins: map[string]bool{"UADMIN": true}}
	u := plan.UnitRef{City: "衢州市", Name: "市商务局"}
	if d := z.Decide(context.Background(), Request{User: "UALICE", Action: ActChangeTask, Unit: u}); d.Allowed || d.Why == "" {
		t.Errorf("reminders off, non-admin: %+v", d)
	}
	if d := z.Decide(context.Background(), Request{User: "UADMIN", Action: ActChangeTask, Unit: u}); !d.Allowed {
		t.Errorf("reminders off, admin: %+v", d)
	}
}
