package cameo

import "sort"

// Quad classes of the CAMEO roots.
const (
	VerbalCooperation   = 1 // roots 01–05
	MaterialCooperation = 2 // roots 06–08
	VerbalConflict      = 3 // roots 09–13
	MaterialConflict    = 4 // roots 14–20
)

// A Code is one CAMEO event code with what herald knows about it.
type Code struct {
	Code       string  // the code with its leading zero, e.g. "036"
	Name       string  // short name, e.g. "Express intent to meet or negotiate"
	Root       string  // two-digit root code, e.g. "03"
	QuadClass  int     // 1 verbal cooperation … 4 material conflict
	Goldstein  float64 // Goldstein scale value, −10 (conflict) to +10 (cooperation)
	PLOVER     string  // PLOVER event type, e.g. "CONSULT"; "" for roots 01 and 02
	PLOVERMode string  // PLOVER mode, e.g. "visit"; "" when the mapping gives none
}

// Lookup returns the code named by code, and whether there is one. The code
// must be written as in CAMEO, with its leading zero.
func Lookup(code string) (Code, bool) {
	i := sort.Search(len(table), func(i int) bool { return table[i].Code >= code })
	if i < len(table) && table[i].Code == code {
		return table[i], true
	}
	return Code{}, false
}

// Valid reports whether code is a CAMEO event code.
func Valid(code string) bool {
	_, ok := Lookup(code)
	return ok
}

// Root returns the two-digit root of code ("036" → "03", "1384" → "13"),
// or "" when code is not a CAMEO event code.
func Root(code string) string {
	c, ok := Lookup(code)
	if !ok {
		return ""
	}
	return c.Root
}

// QuadClass returns the quad class of a root code ("01" … "20"), or 0 when
// root is not one.
func QuadClass(root string) int {
	if len(root) != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9' {
		return 0
	}
	switch n := int(root[0]-'0')*10 + int(root[1]-'0'); {
	case n >= 1 && n <= 5:
		return VerbalCooperation
	case n >= 6 && n <= 8:
		return MaterialCooperation
	case n >= 9 && n <= 13:
		return VerbalConflict
	case n >= 14 && n <= 20:
		return MaterialConflict
	}
	return 0
}

// All returns every code in the table, in code order. The slice is a copy
// that the caller may keep.
func All() []Code {
	out := make([]Code, len(table))
	copy(out, table[:])
	return out
}
