// Package app is dutybot's composition root: the one place that reads the configuration and builds
// the parts from it, each once, each in a short init file.
//
//	Config (config.go)   every variable, parsed and validated once (LoadConfig)
//	   │
//	   ▼
//	App (app.go)         the logger, the clock, the alias table, the zone (plan.SetZone), the key
//	   │                 space and ONE redis.UniversalClient (init_redis.go: URL, Cluster or
//	   │                 Sentinel) that every store shares
//	   ├─ init_plans.go      the sandbox, the plans a command reads, the plan store and its feed
//	   ├─ init_reminders.go  the reminder schedule and store (routes file loaded once), dispatchers
//	   ├─ init_engine.go     the retrieval index and bot.Engine (with the LLM when configured)
//	   ├─ init_slack.go      slackapp.App on the engine, the reminder store and the plan store
//	   └─ init_http.go       serve's public and metrics listeners, /healthz
//	Server (server.go)   what `dutybot serve` runs, assembled from the above, stopped in order
//
// Commands (cmd/dutybot) receive what they need from an App and never read the environment.
package app
