package keyspace

// Keys of the Slack front end (package bot/slackapp). None is touched by a Lua script, so none needs
// a hash tag.

// SlackEvent marks a Slack event id as handled (SET NX with a TTL): Slack retries a delivery it
// thinks failed, and the retry must not be answered twice.
func (k Keyspace) SlackEvent(eventID string) string { return k.key("slack", "event", eventID) }

// SlackThread holds the follow-up context of a conversation (a channel thread or a DM), so that the
// next question in it keeps the unit and city under discussion.
func (k Keyspace) SlackThread(channel, threadTS string) string {
	return k.key("slack", "thread", channel, threadTS)
}

// SlackHome is the set of units ("city|name") whose board a user sees on the App Home tab.
func (k Keyspace) SlackHome(user string) string { return k.key("slack", "home", user) }
