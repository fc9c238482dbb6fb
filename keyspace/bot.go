package keyspace

// Keys of the Slack front end (package bot/slackapp). None is touched by a Lua script, so none needs
// a hash tag.

// SlackEvent marks a Slack event id as handled (SET NX with a TTL): Slack retries a delivery it
// thinks failed, and the retry must not be answered twice.
func (k Keyspace) SlackEvent(eventID string) string { return k.key("slack", "event", eventID) }

// SlackRequest marks a signed HTTP request (named by its signature) as handled, so that a replay
// within the signature's five minutes is not run again; TTL 10 minutes.
func (k Keyspace) SlackRequest(signature string) string { return k.key("slack", "request", signature) }

// SlackThread holds the follow-up context of a conversation (a channel thread or a DM), so that the
// next question in it keeps the unit and city under discussion.
func (k Keyspace) SlackThread(channel, threadTS string) string {
	return k.key("slack", "thread", channel, threadTS)
}

// SlackHome is the set of units ("city|name") whose board a user sees on the App Home tab.
func (k Keyspace) SlackHome(user string) string { return k.key("slack", "home", user) }

// SlackApproval holds a pending request to route a unit's nudges to a channel (JSON), until a member of
// a channel already routed to the unit, or an admin, approves or rejects it; TTL 7 days.
func (k Keyspace) SlackApproval(id string) string { return k.key("slack", "approval", id) }
