// Package bot is the question-answering brain shared by dutybot's front ends (the terminal's ask and
// chat, the Slack app in bot/slackapp).
//
// Data flows: Question{Text, Now, Context} → Parser.Parse → Intent (kind, unit, city, window,
// phrase) → an offline answer composed from the Knowledge (a *retrieval.Index): complete lists for
// a unit's tasks and for deadlines, the units of a task, quoted passages for figures and other
// questions, counts for leaders' summaries → Answer{Intent, Outcome, Text, Tasks, Citations,
// Context}. When an LLM is configured the model writes the text instead, calling tools that run the
// same offline answers; on error or timeout the offline answer comes back with a Note.
//
// The API a front end uses:
//
//	e := bot.NewEngine(index, bot.Options{Now: clock, LLM: llm})
//	a, err := e.Answer(ctx, bot.Question{Text: "市商务局负责哪些任务?", Context: prev.Context})
//	a, err := e.AnswerStream(ctx, q, func(chunk string) error { ...; return nil })
//
// Answer.Text is plain text with "-" bullets and *bold* names, in the question's language (Chinese
// or English). Answer.Tasks lists every task the answer names, in its order, with ids as in
// `dutybot tasks --json`; Answer.Citations name plan, section and task number. Answer.Outcome tells
// "answered" from "not_found" (a unit nobody has heard of; the text names the nearest known ones)
// and "no_answer" (the plans do not say). Pass Answer.Context back with the next question so that
// follow-ups ("那湖州的呢?", "what about Quzhou?", "它有哪些任务已逾期?") keep the unit and city.
//
// Nothing here is special to the seed plans: units come from the plans' Directory, cities and
// their English (pinyin) spellings from the plans' city names, dates from the question.
package bot
