package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/heraldproject/herald"
)

// dir reads every file under root, in lexical order, skipping hidden files
// and directories. A file or directory that cannot be read is reported and
// the walk goes on; a directory without files is an error.
func (r *run) dir(root string) {
	before := r.articles + r.failures
	// With a trailing separator, a root that links to a directory is
	// walked rather than reported as a link.
	top := dirName(root, nil)
	// The walk function reports every problem itself and returns only
	// SkipDir and SkipAll, so WalkDir has no error to return.
	filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if !r.fail(herald.Origin{Path: p}, openError(dirName(p, d), err)) {
				return fs.SkipAll
			}
			return nil // WalkDir skips a directory it cannot read
		}
		if p != top && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isFile(p, d) {
			return nil
		}
		r.file(p)
		if r.done {
			return fs.SkipAll
		}
		return nil
	})
	if r.articles+r.failures == before {
		r.fail(herald.Origin{Path: root}, fmt.Errorf("read %q: %w", top, empty("no articles found")))
	}
}

// isFile reports whether a directory entry is a regular file or a link to
// one. Links to directories are not followed, so a walk cannot loop.
func isFile(p string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := os.Stat(p)
	return err == nil && info.Mode().IsRegular()
}

// dirName returns how messages name the directory p: with a trailing
// separator, as in "dir/". Other paths are returned as they are.
func dirName(p string, d fs.DirEntry) string {
	if (d == nil || d.IsDir()) && !strings.HasSuffix(p, string(filepath.Separator)) {
		return p + string(filepath.Separator)
	}
	return p
}
