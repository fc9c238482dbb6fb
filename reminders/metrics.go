package reminders

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the dispatcher's Prometheus series. A nil *Metrics records nothing.
type Metrics struct {
	Delivered  *prometheus.CounterVec // dutybot_reminders_delivered_total{colour,late}
	Held       prometheus.Counter     // dutybot_reminders_held_total
	Retried    prometheus.Counter     // dutybot_reminders_retried_total
	Rechecked  prometheus.Counter     // dutybot_reminders_rechecked_total: re-claims found already sent
	TickErrors prometheus.Counter     // dutybot_reminders_tick_errors_total
	Lag        prometheus.Histogram   // dutybot_reminders_lag_seconds: due time to delivery
}

// NewMetrics creates the series and registers them with reg (nil: not registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Delivered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dutybot_reminders_delivered_total", Help: "Nudges delivered and acknowledged, by colour and whether late.",
		}, []string{"colour", "late"}),
		Held: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dutybot_reminders_held_total", Help: "Nudges held: no route for their unit, or delivery kept failing.",
		}),
		Retried: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dutybot_reminders_retried_total", Help: "Failed deliveries given back for a later try.",
		}),
		Rechecked: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dutybot_reminders_rechecked_total", Help: "Re-claimed nudges the notifier said were already delivered.",
		}),
		TickErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dutybot_reminders_tick_errors_total", Help: "Dispatcher passes that failed (Redis unreachable).",
		}),
		Lag: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "dutybot_reminders_lag_seconds", Help: "Time from a nudge's due time to its delivery.",
			Buckets: []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 30, 300, 3600, 86400},
		}),
	}
	if reg != nil {
		reg.MustRegister(m.Delivered, m.Held, m.Retried, m.Rechecked, m.TickErrors, m.Lag)
	}
	return m
}
