package supervision

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// ErrLink is wrapped into every refusal of a board link: missing, malformed, badly signed or
// expired. The page answers all of them 403 alike.
var ErrLink = errors.New("board link refused")

// Signer makes and checks the board's links: a link carries its expiry and an HMAC-SHA256 of it
// under a secret only serve knows, so nobody can make one or stretch one, and none can be guessed.
type Signer struct {
	key []byte
}

// NewSigner returns a Signer with secret as its key; an empty secret makes a Signer that refuses
// every link and makes none.
func NewSigner(secret string) Signer {
	if secret == "" {
		return Signer{}
	}
	// A key of its own, so the board's links are not signatures of anything else the secret signs.
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte("dutybot board link v1"))
	return Signer{key: m.Sum(nil)}
}

// On reports whether the signer has a key.
func (s Signer) On() bool { return len(s.key) > 0 }

func (s Signer) sign(exp int64) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(strconv.FormatInt(exp, 10)))
	return hex.EncodeToString(m.Sum(nil))
}

// Token is a token valid until exp: its expiry in Unix seconds, a dot, and the signature.
func (s Signer) Token(exp time.Time) (string, error) {
	if !s.On() {
		return "", fmt.Errorf("board link: no secret configured: %w", ErrLink)
	}
	e := exp.Unix()
	return strconv.FormatInt(e, 10) + "." + s.sign(e), nil
}

// Link is the board page under base (serve's public address, e.g. https://dutybot.example.cn)
// with a token valid until exp.
func (s Signer) Link(base string, exp time.Time) (string, error) {
	tok, err := s.Token(exp)
	if err != nil {
		return "", err
	}
	return strings.TrimRight(base, "/") + BoardPath + "?t=" + url.QueryEscape(tok), nil
}

// Check accepts a token made by Token that has not expired by now.
func (s Signer) Check(token string, now time.Time) error {
	if !s.On() {
		return fmt.Errorf("no secret configured: %w", ErrLink)
	}
	es, sig, ok := strings.Cut(token, ".")
	if !ok {
		return fmt.Errorf("malformed token: %w", ErrLink)
	}
	exp, err := strconv.ParseInt(es, 10, 64)
	if err != nil {
		return fmt.Errorf("malformed expiry: %w", ErrLink)
	}
	if !hmac.Equal([]byte(sig), []byte(s.sign(exp))) {
		return fmt.Errorf("bad signature: %w", ErrLink)
	}
	if !now.Before(time.Unix(exp, 0)) {
		return fmt.Errorf("expired %s: %w", time.Unix(exp, 0).UTC().Format(time.RFC3339), ErrLink)
	}
	return nil
}
