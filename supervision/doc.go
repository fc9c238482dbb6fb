// Package supervision shows the 督办台账 the way the offices that run the plans look at it: as the
// spreadsheet sent up every month (Workbook: one sheet per plan and a 汇总 sheet, cells coloured by
// 亮灯) and as the board on the meeting room's screen (the /board page).
//
// Data flows one way: duties.Rows (made by reminders.Store.Ledger from the plans and what units
// said) → supervision → bytes (an .xlsx, an HTML page). The package reads no plans and no Redis of
// its own and decides no colour: the rows come coloured, so the report, the board page, the weekly
// digest and `remind board` count alike.
package supervision
