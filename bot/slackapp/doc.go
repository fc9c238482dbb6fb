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
//   - Slash commands (/dutybot ask|tasks|due|summary|remind|subscribe|unsubscribe|remove|help, and
//     their 中文 names) are one table (commands.go) that drives the dispatch, the help text and the
//     metrics labels. tasks, due and summary are queries (bot.Query) the engine runs as it runs
//     questions; ask and a bare text are questions. Answers go through the command's response_url,
//     ephemerally, with a button that shares the answer in the channel.
//   - Interactions: the buttons of a nudge (完成 / 填报进展 / 推迟 / 申请延期) check that the presser may
//     change the unit's task (member of a channel routed to the unit, or an admin), call the Reminders
//     store, and rewrite the nudge message to say who did what. 填报进展, 推迟 and 申请延期 open a modal first.
//   - Outbound: Notifier delivers the reminder dispatcher's nudges as Block Kit messages carrying the
//     occurrence id in message metadata, and Delivered reads conversations.history to tell whether a
//     nudge went out before a crash. DigestLoop posts the weekly digest to the leaders' channel.
//
// The package is an adapter: it knows the question answering, the reminders and the plan store only
// through the small interfaces in deps.go, declared in the domain's own types (bot.Question,
// bot.Query, bot.Answer, reminders.Change, reminders.TaskStatus, reminders.Digest, planstore.Summary),
// so that *bot.Engine, *reminders.Store and *planstore.Store satisfy them as they are; the Slack
// wording of those types (the board, the digest, refusals) is rendered here.
package slackapp
