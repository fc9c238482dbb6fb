package reminders

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the Prometheus series of nudge delivery, defined once here: the dispatcher is what
// sends every nudge, whatever the Notifier. A nil *Metrics records nothing.
type Metrics struct {
	Sent       prometheus.Counter     // dutybot_nudges_sent_total: messages the notifier took
	Failed     prometheus.Counter     // dutybot_nudges_failed_total: messages it refused or that failed
	Late       prometheus.Counter     // dutybot_nudges_late_total: messages sent late (dutybot was down)
	Delivered  *prometheus.CounterVec // dutybot_reminders_delivered_total{colour,late}: occurrences acknowledged
	Held       prometheus.Counter     // dutybot_reminders_held_total
	Retried    prometheus.Counter     // dutybot_reminders_retried_total
	Rechecked  prometheus.Counter     // dutybot_reminders_rechecked_total: re-claims found already sent
	TickErrors prometheus.Counter     // dutybot_reminders_tick_errors_total
	Lag        prometheus.Histogram   // dutybot_reminders_lag_seconds: due time to delivery
}

// NewMetrics creates the series and registers them with reg (nil: not registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help})
	}
	m := &Metrics{
		Sent:   counter("dutybot_nudges_sent_total", "Nudge messages delivered to their route (Slack, or standard output)."),
		Failed: counter("dutybot_nudges_failed_total", "Nudge deliveries the route refused or that failed."),
		Late:   counter("dutybot_nudges_late_total", "Nudges delivered late because they fell due while dutybot was down."),
		Delivered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dutybot_reminders_delivered_total", Help: "Nudges delivered and acknowledged, by colour and whether late.",
		}, []string{"colour", "late"}),
		Held:       counter("dutybot_reminders_held_total", "Nudges held: no route for their unit, or delivery kept failing."),
		Retried:    counter("dutybot_reminders_retried_total", "Failed deliveries given back for a later try."),
		Rechecked:  counter("dutybot_reminders_rechecked_total", "Re-claimed nudges the notifier said were already delivered."),
		TickErrors: counter("dutybot_reminders_tick_errors_total", "Dispatcher passes that failed (Redis unreachable)."),
		Lag: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "dutybot_reminders_lag_seconds", Help: "Time from a nudge's due time to its delivery.",
			Buckets: []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 30, 300, 3600, 86400},
		}),
	}
	if reg != nil {
		reg.MustRegister(m.Sent, m.Failed, m.Late, m.Delivered, m.Held, m.Retried, m.Rechecked, m.TickErrors, m.Lag)
	}
	return m
}

// sent counts one message handed to the notifier.
func (m *Metrics) sent(n Nudge, err error) {
	switch {
	case m == nil:
	case err != nil:
		m.Failed.Inc()
	default:
		m.Sent.Inc()
		if n.Late {
			m.Late.Inc()
		}
	}
}

// delivered counts an acknowledged occurrence and how late it went out.
func (m *Metrics) delivered(colour string, late bool, lag time.Duration) {
	if m != nil {
		m.Delivered.WithLabelValues(colour, strconv.FormatBool(late)).Inc()
		m.Lag.Observe(lag.Seconds())
	}
}

// outcome counts a claim that was held or given back.
func (m *Metrics) outcome(o string) {
	switch {
	case m == nil:
	case o == "held":
		m.Held.Inc()
	case o == "retried":
		m.Retried.Inc()
	}
}

func (m *Metrics) rechecked() {
	if m != nil {
		m.Rechecked.Inc()
	}
}

func (m *Metrics) tickError() {
	if m != nil {
		m.TickErrors.Inc()
	}
}
