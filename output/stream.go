package output

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/factable/factable/extractor"
)

// Writer writes a fact table as it is found: Begin (or BeginJSON) starts
// it, Claim, Mention and Source add to it in any interleaving, End
// completes it. Nothing but the summaries a format needs at its end (the
// list of sources; for a workbook, counts per speaker and topic) is held in
// memory, so a run over any number of files holds only what it is
// currently extracting.
//
// A file is written to a temporary file next to its target and renamed
// into place by End; Abort (or a failed End) removes it and leaves the old
// file as it was.
type Writer interface {
	Claim(c *extractor.Claim) error
	Mention(m *extractor.Mention) error
	// Source records an input, after its claims.
	Source(s extractor.Source) error
	End() error
	Abort()
}

// Header is what a table says about itself.
type Header struct {
	Meta         Meta
	WithMentions bool // the JSON table gets a "mentions" array
}

// Begin starts the table at path in the format its extension names. For a
// workbook an existing file is read now, unless opt.Force, so a file that
// is not a factable workbook is refused before any work is done.
func Begin(path string, h Header, opt Options) (Writer, error) {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".xlsx":
		return beginXLSX(path, h, opt)
	case ".json", ".jsonl", ".csv":
		af, err := createAtomic(path)
		if err != nil {
			return nil, err
		}
		var w Writer
		switch ext {
		case ".json":
			w = newJSONWriter(af, h)
		case ".jsonl":
			w = &jsonlWriter{bw: bufio.NewWriterSize(af, 64<<10)}
		default:
			w = newCSVWriter(af)
		}
		return &fileWriter{Writer: w, af: af, path: path}, nil
	default:
		return nil, fmt.Errorf("output: %s: unsupported format %q (supported: %s)",
			path, ext, strings.Join(Formats(), ", "))
	}
}

// DoneWithText reports whether a table in path's format is done with a
// claim's text (and the input it shares) once Claim returns: every format
// but the workbook, which holds rows to fit its columns and names for its
// summary until End.
func DoneWithText(path string) bool {
	return !strings.EqualFold(filepath.Ext(path), ".xlsx")
}

// BeginJSON starts a JSON table on w (standard output).
func BeginJSON(w io.Writer, h Header) Writer { return newJSONWriter(w, h) }

// fileWriter commits a format's output to its file.
type fileWriter struct {
	Writer
	af   *atomicFile
	path string
}

func (w *fileWriter) wrap(err error) error {
	if err != nil {
		w.Abort()
		return fmt.Errorf("output: %s: %w", w.path, err)
	}
	return nil
}

func (w *fileWriter) Claim(c *extractor.Claim) error     { return w.wrap(w.Writer.Claim(c)) }
func (w *fileWriter) Mention(m *extractor.Mention) error { return w.wrap(w.Writer.Mention(m)) }
func (w *fileWriter) Source(s extractor.Source) error    { return w.wrap(w.Writer.Source(s)) }

func (w *fileWriter) End() error {
	if err := w.wrap(w.Writer.End()); err != nil {
		return err
	}
	return w.af.commit()
}

func (w *fileWriter) Abort() {
	w.Writer.Abort()
	w.af.abort()
}

// writeAll sends a whole table through a Writer: claims, then mentions,
// then sources.
func writeAll(w Writer, t *Table) error {
	for i := range t.Claims {
		if err := w.Claim(&t.Claims[i]); err != nil {
			w.Abort()
			return err
		}
	}
	if t.WithMentions {
		for i := range t.Mentions {
			if err := w.Mention(&t.Mentions[i]); err != nil {
				w.Abort()
				return err
			}
		}
	}
	for _, s := range t.Sources {
		if err := w.Source(s); err != nil {
			w.Abort()
			return err
		}
	}
	return w.End()
}

// atomicFile is a temporary file next to its target, renamed over it on
// commit. The temporary file lives in the same directory because rename is
// only atomic within one file system.
type atomicFile struct {
	*os.File
	target string
	done   bool
	// bytes written, and how many of them the kernel was asked to start
	// writing to disk (Write)
	written, flushed int64
}

// writebackEvery is how many bytes are written between two requests to
// start writing them to disk.
const writebackEvery = 4 << 20

// Write writes to the file and, every writebackEvery bytes, asks the
// kernel to start putting them on disk while the run goes on: the fsync
// before the rename then waits for the last stretch only, not for the
// whole table after the last file is done.
func (a *atomicFile) Write(p []byte) (int, error) {
	n, err := a.File.Write(p)
	a.written += int64(n)
	if a.written-a.flushed >= writebackEvery {
		startWriteback(a.File, a.flushed, a.written-a.flushed)
		a.flushed = a.written
	}
	return n, err
}

func createAtomic(path string) (*atomicFile, error) {
	target, err := resolveTarget(path)
	if err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	return &atomicFile{File: tmp, target: target}, nil
}

func (a *atomicFile) abort() {
	if !a.done {
		a.done = true
		_ = a.Close()
		_ = os.Remove(a.Name())
	}
}

func (a *atomicFile) commit() (err error) {
	defer func() {
		if err != nil {
			a.abort()
		}
	}()
	if testHookBeforeRename != nil {
		if err = testHookBeforeRename(a.Name()); err != nil {
			return err
		}
	}
	// Sync before rename: otherwise a crash right after the rename can
	// leave an empty file where the old, complete one used to be.
	if err = a.Sync(); err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if err = a.Close(); err != nil {
		return fmt.Errorf("output: %w", err)
	}
	// CreateTemp makes the file private (0600); a table is an ordinary
	// document, and a replaced file keeps the permissions it had.
	mode := fs.FileMode(0o644)
	if fi, statErr := os.Stat(a.target); statErr == nil {
		mode = fi.Mode().Perm()
	}
	if err = os.Chmod(a.Name(), mode); err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if err = os.Rename(a.Name(), a.target); err != nil {
		return fmt.Errorf("output: %w", err)
	}
	a.done = true
	return nil
}

// jsonWriter writes the JSON table:
//
//	{"generator": {...}, "claims": [...], "mentions": [...], "sources": [...]}
//
// Claims go out as they come; mentions (only with WithMentions) are spooled
// to a temporary file until the claims array is closed; sources, one per
// input, are kept and written last, when they are all known.
type jsonWriter struct {
	bw      *bufio.Writer
	e       *jsonEncoder
	h       Header
	claims  int
	sources []extractor.Source

	spool    *os.File // mentions, each encoded, comma-separated
	spoolW   *bufio.Writer
	spoolE   *jsonEncoder
	mentions int
}

func newJSONWriter(w io.Writer, h Header) *jsonWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	j := &jsonWriter{bw: bw, e: &jsonEncoder{w: bw}, h: h}
	m := h.Meta
	gen := generator{Name: m.toolName(), Version: m.Version, RulesDigest: m.RulesDigest}
	if !m.ExtractedAt.IsZero() {
		gen.ExtractedAt = m.ExtractedAt.UTC().Format(time.RFC3339)
	}
	j.e.raw("{\n  \"generator\": ")
	j.e.value(gen, "  ")
	j.e.raw(",\n  \"claims\": ")
	return j
}

func (j *jsonWriter) Claim(c *extractor.Claim) error {
	if j.claims == 0 {
		j.e.raw("[\n    ")
	} else {
		j.e.raw(",\n    ")
	}
	j.claims++
	j.e.claim(c)
	return j.e.err
}

func (j *jsonWriter) Mention(m *extractor.Mention) error {
	if !j.h.WithMentions {
		return nil
	}
	if j.spool == nil {
		f, err := os.CreateTemp("", "factable-mentions-*.json")
		if err != nil {
			return err
		}
		j.spool, j.spoolW = f, bufio.NewWriterSize(f, 64<<10)
		j.spoolE = &jsonEncoder{w: j.spoolW}
	}
	if j.mentions > 0 {
		j.spoolE.raw(",\n    ")
	}
	j.mentions++
	j.spoolE.value(m, "    ")
	return j.spoolE.err
}

func (j *jsonWriter) Source(s extractor.Source) error {
	j.sources = append(j.sources, s)
	return nil
}

func (j *jsonWriter) End() error {
	defer j.Abort()
	e := j.e
	if j.claims == 0 {
		e.raw("[]")
	} else {
		e.raw("\n  ]")
	}
	if j.h.WithMentions {
		e.raw(",\n  \"mentions\": ")
		if j.mentions == 0 {
			e.raw("[]")
		} else {
			if err := j.spoolW.Flush(); err != nil {
				return err
			}
			if _, err := j.spool.Seek(0, io.SeekStart); err != nil {
				return err
			}
			e.raw("[\n    ")
			if e.err == nil {
				_, e.err = io.Copy(e.w, j.spool)
			}
			e.raw("\n  ]")
		}
	}
	e.raw(",\n  \"sources\": ")
	writeArray(e, j.sources)
	e.raw("\n}\n")
	if e.err != nil {
		return e.err
	}
	return j.bw.Flush()
}

// Abort drops the mentions' spool file; the caller disposes of the output.
func (j *jsonWriter) Abort() {
	if j.spool != nil {
		_ = j.spool.Close()
		_ = os.Remove(j.spool.Name())
		j.spool = nil
	}
}

// jsonlWriter writes one claim per line.
type jsonlWriter struct {
	bw  *bufio.Writer
	buf []byte
}

func (j *jsonlWriter) Claim(c *extractor.Claim) error {
	if err := checkFinite(c); err != nil {
		return err
	}
	j.buf = appendClaimJSON(j.buf[:0], c, "")
	j.buf = append(j.buf, '\n')
	_, err := j.bw.Write(j.buf)
	return err
}

func (j *jsonlWriter) Mention(*extractor.Mention) error { return nil }
func (j *jsonlWriter) Source(extractor.Source) error    { return nil }
func (j *jsonlWriter) End() error                       { return j.bw.Flush() }
func (j *jsonlWriter) Abort()                           {}

// csvWriter writes the Claims-sheet columns; see WriteCSV.
type csvWriter struct {
	bw  *bufio.Writer
	cw  *csv.Writer
	rec []string
	err error
}

func newCSVWriter(w io.Writer) *csvWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	c := &csvWriter{bw: bw, rec: make([]string, numColumns)}
	if _, c.err = bw.WriteString("\uFEFF"); c.err != nil {
		return c
	}
	c.cw = csv.NewWriter(bw)
	c.cw.UseCRLF = true
	for i, col := range columns {
		c.rec[i] = col.header
	}
	c.err = c.cw.Write(c.rec)
	return c
}

func (w *csvWriter) Claim(c *extractor.Claim) error {
	if w.err != nil {
		return w.err
	}
	r := claimRow(c)
	for col := range w.rec {
		w.rec[col] = neutralize(r.text(col))
	}
	w.rec[colLine] = strconv.Itoa(c.Line)
	w.rec[colValue] = ""
	if c.Value != nil {
		if err := checkFinite(c); err != nil {
			w.err = err
			return err
		}
		w.rec[colValue] = strconv.FormatFloat(*c.Value, 'f', -1, 64)
	}
	w.err = w.cw.Write(w.rec)
	return w.err
}

func (w *csvWriter) Mention(*extractor.Mention) error { return nil }
func (w *csvWriter) Source(extractor.Source) error    { return nil }

func (w *csvWriter) End() error {
	if w.err != nil {
		return w.err
	}
	w.cw.Flush()
	if err := w.cw.Error(); err != nil {
		return err
	}
	return w.bw.Flush()
}

func (w *csvWriter) Abort() {}
