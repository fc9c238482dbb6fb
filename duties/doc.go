// Package duties is the one answer to "what is due": from the parsed plans and the done marks
// units set, it says which deadlines count, what is overdue, what falls due in a window, on which
// days recurring duties fall, whether a unit's share of a task is done, and the colour of the 亮灯
// board.
//
// Data flows one way: []*plan.Document (and, for done marks, a Marks — *reminders.Store, which
// owns their keys) → duties → its callers: bot's due and overdue answers, the reminder schedules
// (reminders.PlanSeries enumerates Of), the 督办台账 (Rows: one row per task and unit, coloured
// with Light; reminders.Store.Ledger makes it for the board, the digest, the report and the board
// page) and `dutybot due` (List). The package does no I/O of its own and knows nothing of Redis, Slack or
// questions; what a question means by "this month" stays in bot, what a nudge says stays in
// reminders.
package duties
