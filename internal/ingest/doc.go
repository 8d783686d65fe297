// Package ingest reads news articles from files, directories and streams and
// turns them into herald.Article values, ready for the pipeline.
//
// Four formats are read:
//
//   - text: one article per file, UTF-8 plain text.
//   - html: one article per web page; the main text is extracted with
//     go-trafilatura and the title, byline, date, canonical URL and site name
//     come from the page metadata (<meta>, Open Graph, JSON-LD).
//   - rss: one article per item of an RSS or Atom feed, parsed with gofeed.
//   - jsonl: one article per line, a JSON object with the fields id, url,
//     title, source, published, author, and text or html.
//
// The format is given by Options.Format or detected from the file extension
// and then from the first bytes. Gzip-compressed input (.gz or the gzip magic
// number) is decompressed first and detected by its inner name.
//
// Text is normalised in the same way for every format: a leading byte order
// mark is removed, CRLF and lone CR line endings become LF, and each invalid
// UTF-8 sequence becomes U+FFFD, which the article records as a warning
// diagnostic. Nothing else is changed in plain text. Input starting with a
// UTF-16 byte order mark is decoded to UTF-8. An HTML page that is not valid
// UTF-8 is decoded from the charset its <meta> declares (windows-1252 when it
// declares none and does not look like UTF-8), and a feed from the encoding
// of its XML declaration. Text rendered from HTML keeps paragraphs apart with
// a blank line ("\n\n") and line breaks (<br>) as "\n". Dates keep the time
// zone their input gives; dates without one are UTC.
//
// An article without an ID gets one derived from its text: the first 16 hex
// digits of the SHA-256 of Article.Text. Every article records its Origin.
//
// Errors are one-line, lower-case messages that name the input and wrap
// herald.ErrEmpty, herald.ErrTooLarge, herald.ErrBinary, herald.ErrMalformed
// or fs.ErrNotExist for errors.Is. An error about one article (a bad JSONL
// line, a feed item without text, one unreadable file of a directory) is
// yielded and reading goes on; an error that stops the input (a missing file,
// a feed that is not XML, a cancelled context) is yielded last.
//
// Inputs larger than Options.MaxBytes are refused before they are read whole;
// for JSONL the limit applies to each line.
package ingest
