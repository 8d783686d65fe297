package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/heraldproject/herald"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// sniffLen is how many leading bytes are examined to detect the format and
// binary content.
const sniffLen = 8 << 10

// path reads the file or directory at p.
func (r *run) path(p string) {
	info, err := os.Stat(p)
	if err != nil {
		r.fail(herald.Origin{Path: p}, openError(p, err))
		return
	}
	if info.IsDir() {
		r.dir(p)
		return
	}
	r.file(p)
}

// file reads the file at p.
func (r *run) file(p string) {
	if !r.live(herald.Origin{Path: p}) {
		return
	}
	f, err := os.Open(p)
	if err != nil {
		r.fail(herald.Origin{Path: p}, openError(p, err))
		return
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	r.stream(f, p, p, size, 0)
}

// stream reads one input: name is how messages and origins call it, detect
// the name whose extension tells the format (name without ".gz" once the
// input is decompressed), and size its length in bytes, or -1 when unknown.
// Gzip and UTF-16 are undone once each; depth counts how many times.
func (r *run) stream(rd io.Reader, name, detect string, size int64, depth int) {
	o := herald.Origin{Path: name}
	if !r.live(o) {
		return
	}
	br := bufio.NewReaderSize(rd, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) {
		r.fail(o, readError(name, err))
		return
	}
	if depth == 0 && isGzip(detect, head) {
		r.gunzip(br, name, detect)
		return
	}
	if depth < 2 && (bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE)) {
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		r.stream(transform.NewReader(br, dec), name, detect, -1, 2)
		return
	}
	o.Format = r.opts.Format
	if o.Format == "" {
		if o.Format, err = detectFormat(detect, head); err != nil {
			r.fail(o, fmt.Errorf("read %q: %w", name, err))
			return
		}
	}
	if o.Format != formatJSONL && size > r.opts.MaxBytes {
		r.fail(o, fmt.Errorf("read %q: %w", name, tooLarge(size, r.opts.MaxBytes)))
		return
	}
	if why := binaryReason(head); why != "" {
		r.fail(herald.Origin{Path: name}, fmt.Errorf("read %q: %w: %s", name, herald.ErrBinary, why))
		return
	}
	r.format(br, o, size)
}

// format reads an input whose format is known.
func (r *run) format(br *bufio.Reader, o herald.Origin, size int64) {
	if o.Format == formatJSONL {
		r.jsonl(br, o)
		return
	}
	data, err := readAll(br, o.Path, size, r.opts.MaxBytes)
	if err != nil {
		r.fail(o, err)
		return
	}
	switch o.Format {
	case formatText:
		r.text(data, o)
	case formatHTML:
		r.html(data, o)
	case formatRSS:
		r.feed(data, o)
	}
}

// gunzip reads a gzip-compressed input.
func (r *run) gunzip(br *bufio.Reader, name, detect string) {
	zr, err := gzip.NewReader(br)
	if err != nil {
		r.fail(herald.Origin{Path: name}, fmt.Errorf("read %q: %w", name, malformed("gzip: %v", err)))
		return
	}
	defer zr.Close()
	if strings.EqualFold(extension(detect), ".gz") {
		detect = detect[:len(detect)-len(".gz")]
	}
	r.stream(gzipErrors{zr}, name, detect, -1, 1)
}

// gzipErrors reports the read errors of a gzip stream as malformed input.
type gzipErrors struct{ zr *gzip.Reader }

func (g gzipErrors) Read(p []byte) (int, error) {
	n, err := g.zr.Read(p)
	if err != nil && err != io.EOF {
		err = malformed("gzip: %v", err)
	}
	return n, err
}

// readAll reads a whole input of size bytes (-1 when unknown), up to the
// limit.
func readAll(rd io.Reader, name string, size, limit int64) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, min(max(size, 0), limit)+1))
	n, err := buf.ReadFrom(io.LimitReader(rd, limit+1))
	if err != nil {
		return nil, readError(name, err)
	}
	if n > limit {
		return nil, fmt.Errorf("read %q: %w", name, tooLarge(-1, limit))
	}
	return buf.Bytes(), nil
}

// openError reports a file that cannot be opened.
func openError(name string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("read %q: %w", name, fs.ErrNotExist)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("read %q: %w", name, err)
}

// readError reports an input that fails while it is read.
func readError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("read %q: %w", name, err)
}
