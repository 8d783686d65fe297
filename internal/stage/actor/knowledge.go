package actor

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
)

// AsOf is the date up to which herald's own actor knowledge is current.
const AsOf = "2025-08"

//go:embed knowledge/*.txt
var knowledgeFiles embed.FS

// A placeKind says how a place name names its country or region.
type placeKind uint8

const (
	placeNone      placeKind = iota
	placeCountry             // "Russia"
	placeAdj                 // "Russian"
	placeRegion              // "Europe", "the West"
	placeRegionAdj           // "European", "Western"
	placeCapital             // "Moscow": the state when not a place of the sentence
	placeCity                // "Kharkiv": only a place
)

// A place is what herald knows of a place name.
type place struct {
	code string // country or region code: "RUS", "WST"
	kind placeKind
}

// isState reports whether the place name can stand for a state or region
// acting: a country, a region, their adjectives, or a capital.
func (p place) isState() bool { return p.kind != placeNone && p.kind != placeCity }

// knowledge is everything the stage knows before it reads a document:
// herald's tables and dictionaries and the user's. It is read-only once
// built and shared by all documents.
type knowledge struct {
	builtin *dict               // herald's actor knowledge
	user    []*dict             // the user's dictionaries, in the order given
	places  map[string]place    // by key of a country, region or city name
	names   map[string]string   // canonical name by country or region code
	roles   roleTable           // role nouns by key
	mods    map[string]role     // role modifiers and honorifics by key
	offices map[string][]*entry // person entries by country code and role head, "RUS president"
}

// loadKnowledge builds the knowledge: herald's tables, then the user's
// dictionaries read from paths, whose entries and role words take
// precedence, a later file over an earlier one.
func loadKnowledge(ctx context.Context, paths []string) (*knowledge, error) {
	kn := &knowledge{builtin: newDict("herald")}
	kn.roles, kn.mods = newRoleTable()
	kn.places, kn.names = newPlaces()
	if err := kn.readBuiltin(); err != nil {
		return nil, err
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := readDictionaryFile(p)
		if err != nil {
			return nil, err
		}
		kn.user = append(kn.user, d)
		for k, a := range d.agents {
			kn.addAgent(k, a)
		}
	}
	kn.indexOffices()
	return kn, nil
}

// readBuiltin reads the embedded knowledge files into kn.builtin.
func (kn *knowledge) readBuiltin() error {
	files, err := knowledgeFiles.ReadDir("knowledge")
	if err != nil {
		return fmt.Errorf("read actor knowledge: %w", err)
	}
	for _, f := range files {
		name := path.Join("knowledge", f.Name())
		b, err := knowledgeFiles.ReadFile(name)
		if err != nil {
			return fmt.Errorf("read actor knowledge: %w", err)
		}
		k := kindOrg
		if strings.HasPrefix(f.Name(), "people") {
			k = kindPerson
		}
		if err := kn.builtin.readHerald(name, bytes.NewReader(b), k); err != nil {
			return err
		}
	}
	return nil
}

// addAgent adds a role word of a user dictionary to the role table, where
// it replaces herald's own reading.
func (kn *knowledge) addAgent(k string, a agent) {
	r := role{code: a.code, class: rolePerson, head: k, prefix: a.prefix}
	if old, ok := kn.roles[k]; ok {
		r.class, r.gender = old.class, old.gender
	}
	kn.roles[k] = r
	delete(kn.mods, k)
}

// indexOffices indexes herald's person entries by country and the head
// of each office they held, so that "the Russian president" finds the
// president of the day.
func (kn *knowledge) indexOffices() {
	kn.offices = make(map[string][]*entry)
	for _, e := range kn.builtin.all {
		if e.kind != kindPerson {
			continue
		}
		for _, p := range e.periods {
			h := kn.roleHead(p.role)
			if len(p.code) < 3 || h == "" {
				continue
			}
			for _, k := range []string{p.code[:3] + " " + h, p.code[:3] + " " + lastWord(h)} {
				if lowerRank(h) && k != p.code[:3]+" "+h {
					continue
				}
				if !containsEntry(kn.offices[k], e) {
					kn.offices[k] = append(kn.offices[k], e)
				}
			}
		}
	}
}

// roleHead returns the first role word of an office description: "Special
// Envoy to the Middle East" → "special envoy".
func (kn *knowledge) roleHead(s string) string {
	ws := words(key(s))
	for i := range ws {
		for n := min(4, len(ws)-i); n > 0; n-- {
			k := strings.Join(ws[i:i+n], " ")
			if r, ok := kn.roles[k]; ok && r.class == rolePerson {
				return r.head
			}
		}
	}
	return ""
}

// readDictionaryFile reads a user dictionary. A file whose first entry
// line has a "|" is in herald's format; any other is PETRARCH's.
func readDictionaryFile(p string) (*dict, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	return readDictionary(p, bytes.NewReader(b), sniffHerald(b))
}

// readDictionary reads dictionary name from r, in herald's format when
// herald is set and PETRARCH's otherwise.
func readDictionary(name string, r io.Reader, herald bool) (*dict, error) {
	if herald {
		d := newDict(name)
		if err := d.readHerald(name, r, kindUnknown); err != nil {
			return nil, err
		}
		return d, nil
	}
	return readPetrarch(name, r)
}

// sniffHerald reports whether dictionary text b is in herald's format: its
// first line that is neither blank nor a comment has a "|".
func sniffHerald(b []byte) bool {
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' || bytes.HasPrefix(t, []byte("<!")) {
			continue
		}
		return bytes.IndexByte(t, '|') >= 0
	}
	return false
}

// newPlaces builds the index of country, region and city names.
func newPlaces() (map[string]place, map[string]string) {
	ps := make(map[string]place)
	names := make(map[string]string)
	add := func(list string, p place) {
		for _, n := range strings.Split(list, ";") {
			if k := trimThe(key(n)); k != "" {
				if _, ok := ps[k]; !ok {
					ps[k] = p
				}
			}
		}
	}
	for _, c := range countryRows {
		names[c.code] = strings.Split(c.names, ";")[0]
		add(c.names, place{c.code, placeCountry})
		add(c.adjs, place{c.code, placeAdj})
		add(c.capital, place{c.code, placeCapital})
		add(c.places, place{c.code, placeCity})
	}
	for _, r := range regionRows {
		names[r.code] = strings.Split(r.names, ";")[0]
		add(r.names, place{r.code, placeRegion})
		add(r.adjs, place{r.code, placeRegionAdj})
	}
	return ps, names
}

// isCountry reports whether code is a country or region code that herald
// knows.
func (kn *knowledge) isCountry(code string) bool {
	_, ok := kn.names[code]
	return ok
}

// lookup returns the dictionary entry for a name with key k and words ws
// on day d, the user's dictionaries first, the last given first, then
// herald's; and whether the entry came from the user. Among entries of one
// dictionary, one whose code holds on the day wins.
func (kn *knowledge) lookup(k string, ws []string, d day) (*entry, bool) {
	for i := len(kn.user) - 1; i >= 0; i-- {
		if e := best(kn.user[i].lookup(k, ws), d, kn.isCountry); e != nil {
			return e, true
		}
	}
	return best(kn.builtin.lookup(k, ws), d, kn.isCountry), false
}

// best returns the entry of es whose code holds on day d, or the only
// entry; nil when several entries fit equally.
func best(es []*entry, d day, isCountry func(string) bool) *entry {
	switch len(es) {
	case 0:
		return nil
	case 1:
		return es[0]
	}
	var found *entry
	for _, e := range es {
		if _, exact := e.codeAt(d, isCountry); exact {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}
