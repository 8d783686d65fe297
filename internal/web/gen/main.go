// Command gen writes static/world.svg, the offline world map of herald's
// web UI, from the countries TopoJSON of the npm package world-atlas
// (Natural Earth, public domain; see ../static/SOURCES.md):
//
//	cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//	go run ./internal/web/gen -in /tmp/package/countries-110m.json
//
// Countries are projected equirectangularly, Width/360 pixels a degree,
// cut below 60° S, and rounded to a tenth of a pixel; the map page places
// its circles with the same projection.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// The projection, which internal/web's map page repeats.
const (
	width  = 720.0 // pixels for 360° of longitude
	south  = -60.0 // latitude of the bottom edge
	height = (90 - south) * width / 360
)

func main() {
	in := flag.String("in", "", "countries TopoJSON file of world-atlas")
	out := flag.String("o", defaultOut(), "output file")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// defaultOut returns where the map goes without -o.
func defaultOut() string {
	dir := filepath.Join("internal", "web", "static")
	if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
		return filepath.Join(dir, "world.svg")
	}
	return filepath.Join("static", "world.svg")
}

// A topology is the part of a TopoJSON file the map needs.
type topology struct {
	Arcs      [][][2]float64 `json:"arcs"`
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Objects struct {
		Countries struct {
			Geometries []geometry `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

// A geometry is one country: a Polygon's rings of arc indexes, or a
// MultiPolygon's polygons.
type geometry struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	Arcs       json.RawMessage `json:"arcs"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
}

// run reads the topology at in and writes the map to out.
func run(in, out string) error {
	if in == "" {
		return fmt.Errorf("-in is required")
	}
	data, err := os.ReadFile(in)
	if err != nil {
		return fmt.Errorf("read topology: %w", err)
	}
	var topo topology
	if err := json.Unmarshal(data, &topo); err != nil {
		return fmt.Errorf("decode topology %s: %w", in, err)
	}
	arcs := topo.decodeArcs()
	geoms := topo.Objects.Countries.Geometries
	sort.SliceStable(geoms, func(i, j int) bool { return geoms[i].Properties.Name < geoms[j].Properties.Name })

	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create map: %w", err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %g %g\" width=\"%g\" height=\"%g\">\n", width, height, width, height)
	fmt.Fprintf(w, "<rect width=\"%g\" height=\"%g\" fill=\"#eef3f7\"/>\n", width, height)
	fmt.Fprintln(w, "<g fill=\"#d9dee3\" stroke=\"#ffffff\" stroke-width=\"0.4\">")
	for _, g := range geoms {
		polys, err := g.polygons()
		if err != nil {
			f.Close()
			return fmt.Errorf("read country %q: %w", g.Properties.Name, err)
		}
		d := pathData(polys, arcs)
		if d == "" {
			continue
		}
		fmt.Fprintf(w, "<path d=\"%s\"><title>%s</title></path>\n", d, xmlEscape(g.Properties.Name))
	}
	fmt.Fprintln(w, "</g>\n</svg>")
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write map: %w", err)
	}
	return f.Close()
}

// decodeArcs undoes the quantisation and delta encoding of the arcs,
// giving longitude and latitude pairs.
func (t *topology) decodeArcs() [][][2]float64 {
	out := make([][][2]float64, len(t.Arcs))
	s, tr := t.Transform.Scale, t.Transform.Translate
	for i, arc := range t.Arcs {
		var x, y float64
		pts := make([][2]float64, len(arc))
		for j, p := range arc {
			x += p[0]
			y += p[1]
			pts[j] = [2]float64{x*s[0] + tr[0], y*s[1] + tr[1]}
		}
		out[i] = pts
	}
	return out
}

// polygons returns the geometry's polygons, each a list of rings of arc
// indexes.
func (g geometry) polygons() ([][][]int, error) {
	switch g.Type {
	case "Polygon":
		var p [][]int
		if err := json.Unmarshal(g.Arcs, &p); err != nil {
			return nil, err
		}
		return [][][]int{p}, nil
	case "MultiPolygon":
		var mp [][][]int
		if err := json.Unmarshal(g.Arcs, &mp); err != nil {
			return nil, err
		}
		return mp, nil
	}
	return nil, nil
}

// pathData returns the SVG path of polygons: absolute moves, relative
// lines, a tenth of a pixel at most between a point and its place.
func pathData(polys [][][]int, arcs [][][2]float64) string {
	var b strings.Builder
	for _, poly := range polys {
		for _, ring := range poly {
			pts := ringPoints(ring, arcs)
			if !reachesMap(pts) {
				continue
			}
			var px, py int // the previous point, in tenths of a pixel
			n := 0
			shift, prev := 0.0, 0.0 // degrees added to keep the ring unbroken; the last longitude
			for i, p := range pts {
				// A ring that crosses the antimeridian jumps by nearly
				// 360°; going on past the edge keeps it one shape,
				// which the map's viewBox clips.
				if i > 0 && p[0]-prev > 180 {
					shift -= 360
				} else if i > 0 && prev-p[0] > 180 {
					shift += 360
				}
				prev = p[0]
				x, y := project(p[0]+shift, p[1])
				if n > 0 && x == px && y == py {
					continue
				}
				if n == 0 {
					fmt.Fprintf(&b, "M%s %s", tenths(x), tenths(y))
				} else {
					if n == 1 {
						b.WriteByte('l')
					} else {
						b.WriteByte(' ')
					}
					fmt.Fprintf(&b, "%s %s", tenths(x-px), tenths(y-py))
				}
				px, py = x, y
				n++
			}
			if n > 2 {
				b.WriteByte('z')
			}
		}
	}
	return b.String()
}

// reachesMap reports whether any point of a ring lies north of the map's
// bottom edge; Antarctica does not.
func reachesMap(pts [][2]float64) bool {
	for _, p := range pts {
		if p[1] > south {
			return true
		}
	}
	return false
}

// ringPoints joins a ring's arcs into one list of points; a negative index
// ^i means arc i reversed, and each arc after the first repeats the last
// point of the one before it.
func ringPoints(ring []int, arcs [][][2]float64) [][2]float64 {
	var pts [][2]float64
	for k, i := range ring {
		var arc [][2]float64
		if i >= 0 {
			arc = arcs[i]
		} else {
			src := arcs[^i]
			arc = make([][2]float64, len(src))
			for j := range src {
				arc[j] = src[len(src)-1-j]
			}
		}
		if k > 0 && len(arc) > 0 {
			arc = arc[1:]
		}
		pts = append(pts, arc...)
	}
	return pts
}

// project returns the map position of a longitude and latitude in tenths
// of a pixel, clamping latitudes below the bottom edge onto it.
func project(lon, lat float64) (int, int) {
	if lat < south {
		lat = south
	}
	x := (lon + 180) * width / 360
	y := (90 - lat) * width / 360
	return int(x*10 + 0.5), int(y*10 + 0.5)
}

// tenths formats a number of tenths as a decimal.
func tenths(v int) string {
	s := strconv.FormatFloat(float64(v)/10, 'f', -1, 64)
	if strings.HasPrefix(s, "0.") {
		return s[1:]
	}
	if strings.HasPrefix(s, "-0.") {
		return "-" + s[2:]
	}
	return s
}

// xmlEscape escapes s for XML text.
func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
