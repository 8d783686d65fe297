package web

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/heraldproject/herald"
)

// maxForm is the largest analyse form accepted, in bytes.
const maxForm = 1 << 20

// An analyzeView is the analyse form, with the coded article once there is
// one.
type analyzeView struct {
	Enabled   bool // whether the UI can analyse at all
	NeedToken bool
	Title     string
	Date      string
	Text      string
	Error     string
	Result    *articleView
}

// analyzeForm shows the empty analyse form.
func (s *server) analyzeForm(w http.ResponseWriter, r *http.Request) {
	v := analyzeView{Enabled: s.Analyze != nil, NeedToken: s.Token != ""}
	s.render(w, r, http.StatusOK, "analyze", view{Title: "Analyse", Active: "analyze", Body: v})
}

// analyze codes the posted article and shows it highlighted, without
// storing it. Cross-origin posts are refused before it runs (see New); a
// configured token must come with the form.
func (s *server) analyze(w http.ResponseWriter, r *http.Request) {
	v := analyzeView{Enabled: s.Analyze != nil, NeedToken: s.Token != ""}
	render := func(status int) {
		s.render(w, r, status, "analyze", view{Title: "Analyse", Active: "analyze", Body: v})
	}
	if !v.Enabled {
		v.Error = "This server does not analyse articles."
		render(http.StatusNotFound)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseForm(); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			v.Error = "The article is too long: at most 1 MiB."
			render(http.StatusRequestEntityTooLarge)
			return
		}
		v.Error = "The form could not be read."
		render(http.StatusBadRequest)
		return
	}
	v.Title, v.Date, v.Text = strings.TrimSpace(r.PostForm.Get("title")), strings.TrimSpace(r.PostForm.Get("date")), r.PostForm.Get("text")
	if s.Token != "" && subtle.ConstantTimeCompare([]byte(r.PostForm.Get("token")), []byte(s.Token)) != 1 {
		v.Error = "The token is missing or wrong."
		render(http.StatusForbidden)
		return
	}
	a := herald.Article{ID: "pasted", Title: v.Title, Text: strings.ToValidUTF8(v.Text, "\uFFFD"), Origin: herald.Origin{Path: "-", Format: "text"}}
	if v.Date != "" {
		t, err := time.Parse(time.DateOnly, v.Date)
		if err != nil {
			v.Error = "The date must be written YYYY-MM-DD."
			render(http.StatusBadRequest)
			return
		}
		a.Published = t
	}
	if strings.TrimSpace(a.Text) == "" {
		v.Error = "Paste the text of an article."
		render(http.StatusBadRequest)
		return
	}
	doc, err := s.Analyze(r.Context(), a)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "The article could not be analysed.", err)
		return
	}
	res := newArticleView(doc, herald.Record{})
	v.Result = &res
	render(http.StatusOK)
}
