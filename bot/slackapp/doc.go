// Package slackapp is dutybot's Slack front end.
//
// Data flows in one direction per kind of request:
//
//   - Events (app_mention, message.im, thread replies, app_home_opened) arrive over Socket Mode or the
//     HTTP Events API. The transport acks at once and hands the event to App.handleEvent on a tracked
//     goroutine. An event id already seen (kept in Redis for a while) is dropped, as are the bot's own
//     messages and other bots'. A question goes to the Answerer with the thread's follow-up context
//     (also kept in Redis); the answer is split to Slack's limits and posted in the thread, first as a
//     "thinking" placeholder that is streamed into by chat.update when an LLM writes the answer.
//   - Slash commands (/dutybot ask|tasks|due|summary|remind|subscribe|unsubscribe|help) are answered
//     through their response_url, ephemerally, with a button that shares the answer in the channel.
//   - Interactions: the buttons of a nudge (完成 / 填报进展 / 推迟 / 申请延期) check that the presser may
//     change the unit's task (member of a channel routed to the unit, or an admin), call the Reminders
//     store, and rewrite the nudge message to say who did what. 填报进展, 推迟 and 申请延期 open a modal first.
//   - Outbound: Notifier delivers the reminder dispatcher's nudges as Block Kit messages carrying the
//     occurrence id in message metadata, and Delivered reads conversations.history to tell whether a
//     nudge went out before a crash. DigestLoop posts the weekly digest to the leaders' channel.
//
// The package knows the question answering and the reminders only through the small interfaces in
// deps.go; cmd/dutybot/serve.go adapts the real packages to them.
package slackapp
