package slackapp

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the Slack front end's Prometheus series. Nudge deliveries are counted once, by the
// dispatcher (reminders.Metrics), whatever the notifier.
type Metrics struct {
	Questions     *prometheus.CounterVec   // dutybot_questions_total{intent,via}
	AnswerSeconds *prometheus.HistogramVec // dutybot_answer_seconds{via}
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
		Events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dutybot_slack_events_total", Help: "Slack requests received, by kind and outcome (handled, duplicate, ignored, malformed, refused).",
		}, []string{"kind", "outcome"}),
	}
	if reg != nil {
		reg.MustRegister(m.Questions, m.AnswerSeconds, m.Events)
	}
	return m
}
