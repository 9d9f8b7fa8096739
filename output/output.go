// Package output writes the fact table — the claims of a run, with the
// sources they came from — as JSON, JSON Lines, CSV or an Excel workbook
// meant for fact-checkers to review in place.
//
// Every file is written atomically: the content goes to a temporary file in
// the target's directory, which is renamed over the target only once it is
// complete, so an interrupted or failed run never leaves a truncated table
// (or a half-written workbook holding someone's review work) behind.
package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/factable/factable/extractor"
)

// Meta describes the run that produced a table.
type Meta struct {
	Name        string // tool name; "factable" when empty
	Version     string
	RulesDigest string    // digest of the rule set, so a table can be traced to its rules
	ExtractedAt time.Time // zero: not recorded (keeps outputs reproducible)
}

// Table is what gets written: the claims of a run and where they came from.
type Table struct {
	Meta     Meta
	Sources  []extractor.Source
	Claims   []extractor.Claim
	Mentions []extractor.Mention // written only when WithMentions

	WithMentions bool
}

// Options tunes Write and WriteXLSX.
type Options struct {
	// Force replaces an existing workbook without merging its review
	// columns (and without requiring it to be a factable workbook).
	Force bool
}

// formats maps each supported extension to its writer. Streaming formats
// share writeAtomic; the workbook has its own path because it has to read
// the file it replaces.
var formats = []struct {
	ext   string
	write func(io.Writer, *Table) error
}{
	{".json", WriteJSON},
	{".jsonl", WriteJSONL},
	{".csv", WriteCSV},
	{".xlsx", nil},
}

// Formats lists the file extensions Write understands.
func Formats() []string {
	exts := make([]string, len(formats))
	for i, f := range formats {
		exts[i] = f.ext
	}
	return exts
}

// Write writes t to path in the format its extension names (compared
// case-insensitively). The old file, if any, is replaced atomically and
// stays untouched when writing fails.
func Write(path string, t *Table, opt Options) error {
	if t == nil {
		return errors.New("output: nil table")
	}
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range formats {
		if f.ext != ext {
			continue
		}
		if f.write == nil {
			return WriteXLSX(path, t, opt)
		}
		return writeAtomic(path, func(w io.Writer) error { return f.write(w, t) })
	}
	return fmt.Errorf("output: %s: unsupported format %q (supported: %s)",
		path, ext, strings.Join(Formats(), ", "))
}

// testHookBeforeRename, when set by a test, runs after the content has been
// written and before the rename; an error from it must abort the write the
// way any other failure would.
var testHookBeforeRename func(tmp string) error

// writeAtomic runs write against a temporary file next to path and renames
// it over path on success (see atomicFile).
func writeAtomic(path string, write func(io.Writer) error) error {
	af, err := createAtomic(path)
	if err != nil {
		return err
	}
	if err := write(af); err != nil {
		af.abort()
		return fmt.Errorf("output: %s: %w", path, err)
	}
	return af.commit()
}

// resolveTarget follows a symbolic link at path, so that replacing the file
// updates what the link points to instead of turning the link into a file.
func resolveTarget(path string) (string, error) {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return path, nil
	case err != nil:
		return "", fmt.Errorf("output: %w", err)
	case fi.Mode()&fs.ModeSymlink != 0:
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			// A dangling link: replace the link itself.
			return path, nil
		}
		return target, nil
	case fi.IsDir():
		return "", fmt.Errorf("output: %s is a directory", path)
	}
	return path, nil
}

// toolName is the generator name, defaulted so a table always says what
// made it.
func (m Meta) toolName() string {
	if m.Name == "" {
		return "factable"
	}
	return m.Name
}
