package slackapp

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the Slack front end's Prometheus series.
type Metrics struct {
	Questions     *prometheus.CounterVec   // dutybot_questions_total{intent,via}
	AnswerSeconds *prometheus.HistogramVec // dutybot_answer_seconds{via}
	NudgesSent    prometheus.Counter       // dutybot_nudges_sent_total
	NudgesFailed  prometheus.Counter       // dutybot_nudges_failed_total
	NudgesLate    prometheus.Counter       // dutybot_nudges_late_total
	Events        *prometheus.CounterVec   // dutybot_slack_events_total{kind,outcome}
}

// NewMetrics creates the series and registers them with reg (nil: not registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dutybot_questions_total", Help: "Questions answered, by intent and by where they were asked.",
		}, []string{"intent", "via"}),
		AnswerSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "dutybot_answer_seconds", Help: "Time from a question's arrival to its answer being posted.",
			Buckets: []float64{.01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 20, 40},
		}, []string{"via"}),
		NudgesSent: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dutybot_nudges_sent_total", Help: "Nudges delivered to Slack.",
		}),
		NudgesFailed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dutybot_nudges_failed_total", Help: "Nudge deliveries Slack refused or that failed.",
		}),
		NudgesLate: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dutybot_nudges_late_total", Help: "Nudges delivered late because they fell due while dutybot was down.",
		}),
		Events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dutybot_slack_events_total", Help: "Slack requests received, by kind and outcome (handled, duplicate, ignored, malformed, refused).",
		}, []string{"kind", "outcome"}),
	}
	if reg != nil {
		reg.MustRegister(m.Questions, m.AnswerSeconds, m.NudgesSent, m.NudgesFailed, m.NudgesLate, m.Events)
	}
	return m
}
