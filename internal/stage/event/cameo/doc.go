// Package cameo holds herald's CAMEO event code table: every CAMEO event
// code with a short name, its Goldstein conflict–cooperation value, its
// quad class, and the PLOVER event type (and mode, where the mapping gives
// one) that the code maps to.
//
// The table is data, generated from the CAMEO codebook and the 2021
// CAMEO→PLOVER conversion table by the program in gen and committed as
// table.go; regenerate it with go generate when the sources change. Codes
// are strings and keep their leading zeros ("036", not 36).
//
// Quad classes follow the CAMEO roots: 01–05 verbal cooperation (1), 06–08
// material cooperation (2), 09–13 verbal conflict (3) and 14–20 material
// conflict (4). Roots 01 and 02 have no PLOVER type: PLOVER dropped
// comments and appeals.
package cameo

//go:generate go run ./gen -codebook /work/shared/data/cameo-codebook -plover /work/shared/data/plover/CAMEO2PLOVER-2021.txt
