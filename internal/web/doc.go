// Package web serves herald's web UI: server-rendered pages over a store
// for searching events, reading articles with their annotations in place,
// and charts of actors, timelines, networks and places. Templates, script,
// styles and the world map are embedded; nothing is fetched at run time,
// and the Content-Security-Policy allows nothing but the UI's own files.
//
// The world map, static/world.svg, is generated from the npm package
// world-atlas; static/SOURCES.md says how to fetch it first.
//
//go:generate go run ./gen -in /tmp/package/countries-110m.json -o static/world.svg
package web
