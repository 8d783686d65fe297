// Package api serves a herald store as a JSON API under /api/v1/: events,
// articles, actors and full-text search, the counts behind the charts,
// streamed exports, and analysis of new articles with or without storing
// them. docs/api.md describes it and openapi.json, served at
// /api/v1/openapi.json, is its contract; the tests hold the handlers to it.
//
// Every response is JSON (or, for exports, the export format) with
// X-Content-Type-Options: nosniff, so no article text is ever served as
// HTML. Writing needs a bearer token; reading can be made to need it too.
package api
