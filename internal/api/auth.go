package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
)

// allow reports whether the request may reach an endpoint of the given
// access, answering it when not: 401 without a token, 403 with a wrong
// one or when the server keeps no token for writing.
func (s *server) allow(w http.ResponseWriter, r *http.Request, a access) bool {
	need := a == write || (a == analyze && s.opts.Token != "") || s.opts.ProtectReads
	if !need {
		return true
	}
	if s.opts.Token == "" {
		writeError(w, http.StatusForbidden, "forbidden", "this server takes no writes: start it with a token (--token or HERALD_TOKEN)")
		return false
	}
	got, ok := bearer(r)
	if !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="herald"`)
		writeError(w, http.StatusUnauthorized, "unauthorized", "send the server's token as Authorization: Bearer TOKEN")
		return false
	}
	if !sameToken(got, s.opts.Token) {
		writeError(w, http.StatusForbidden, "forbidden", "the token is not this server's")
		return false
	}
	return true
}

// bearer returns the token of an Authorization: Bearer header.
func bearer(r *http.Request) (string, bool) {
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

// sameToken compares in constant time. Hashing first hides the length of
// the server's token too.
func sameToken(got, want string) bool {
	g, w := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(g[:], w[:]) == 1
}
