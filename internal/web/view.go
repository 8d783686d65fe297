package web

import (
	"fmt"
	"html/template"
	"net/url"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/event/cameo"
)

// funcs are the helpers the templates call.
var funcs = template.FuncMap{
	"cameoName": cameoName,
	"quadName":  quadName,
	"day":       day,
	"orDash":    orDash,
	"pathEsc":   url.PathEscape,
	"fixed":     func(v float64) string { return fmt.Sprintf("%.1f", v) },
	"quads":     func() []int { return []int{1, 2, 3, 4} },
}

// cameoName returns the name of a CAMEO event code, or "" when unknown.
func cameoName(code string) string {
	c, _ := cameo.Lookup(code)
	return c.Name
}

// quadNames name the quad classes 1 to 4.
var quadNames = [...]string{"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

// quadName returns the name of quad class n, or "" when n is not 1 to 4.
func quadName(n int) string {
	if n < 1 || n > 4 {
		return ""
	}
	return quadNames[n]
}

// day formats t as YYYY-MM-DD, or "" when t is zero.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

// orDash returns s, or "—" when s is empty.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// placeOf returns the place of doc with the given ID, or nil.
func placeOf(doc *herald.Document, id string) *herald.Place {
	if id == "" {
		return nil
	}
	for i := range doc.Places {
		if doc.Places[i].ID == id {
			return &doc.Places[i]
		}
	}
	return nil
}

// webURL returns raw when it is an absolute http or https URL, and ""
// otherwise: an article's URL is untrusted and becomes a link only when it
// cannot run script or reach anything but the web.
func webURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
