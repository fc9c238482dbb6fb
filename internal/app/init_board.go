package app

import (
	"net/http"
	"time"

	"github.com/dutybot/dutybot/reminders"
	"github.com/dutybot/dutybot/supervision"
)

// BoardSigner makes and checks the board's links, with the key BoardKey gives.
func (a *App) BoardSigner() supervision.Signer { return supervision.NewSigner(a.Config.BoardKey()) }

// BoardLink is a link to the board valid for DUTYBOT_BOARD_TTL from now, and when it expires.
func (a *App) BoardLink() (string, time.Time, error) {
	until := a.Now().Add(a.Config.BoardTTL)
	link, err := a.BoardSigner().Link(a.Config.BoardBase(), until)
	return link, until, err
}

// BoardHandler serves /board: the ledger of store, behind a signed link.
func (a *App) BoardHandler(store *reminders.Store) http.Handler {
	return supervision.BoardHandler(store.Ledger, a.BoardSigner(), a.Now, a.Logger)
}
