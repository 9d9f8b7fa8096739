package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/factable/factable/extractor"
)

// generator is the "generator" object of the JSON table.
type generator struct {
	Name        string `json:"name"`
	Version     string `json:"version"`
	RulesDigest string `json:"rules_digest"`
	ExtractedAt string `json:"extracted_at,omitempty"`
}

// WriteJSON writes the table as one JSON object (CLAIMS.md §5):
//
//	{"generator": {...}, "claims": [...], "mentions": [...], "sources": [...]}
//
// indented by two spaces; "mentions" only when t.WithMentions. The arrays are
// written element by element (see Writer: claims stream out as they are
// found, so the sources, known only at the end, come last), and they are
// always arrays, never null.
func WriteJSON(w io.Writer, t *Table) error {
	return writeAll(newJSONWriter(w, Header{Meta: t.Meta, WithMentions: t.WithMentions}), t)
}

// WriteJSONL writes one claim per line (JSON Lines), the shape of the gold
// files, handy for grep and line-oriented diffs.
func WriteJSONL(w io.Writer, t *Table) error {
	return writeAll(&jsonlWriter{bw: bufio.NewWriterSize(w, 64<<10)}, t)
}

func writeArray[T any](e *jsonEncoder, items []T) {
	if len(items) == 0 {
		e.raw("[]")
		return
	}
	e.raw("[\n")
	for i := range items {
		if i > 0 {
			e.raw(",\n")
		}
		e.raw("    ")
		e.value(&items[i], "    ")
	}
	e.raw("\n  ]")
}

// jsonEncoder writes indented JSON values one at a time, keeping the first
// error so the writing code reads straight through.
type jsonEncoder struct {
	w       *bufio.Writer
	buf     bytes.Buffer // reused for every value
	scratch []byte
	err     error
}

// claim encodes a claim as value(c, "    ") would, without reflection.
func (e *jsonEncoder) claim(c *extractor.Claim) {
	if e.err != nil {
		return
	}
	if e.err = checkFinite(c); e.err != nil {
		return
	}
	e.scratch = appendClaimJSON(e.scratch[:0], c, "    ")
	_, e.err = e.w.Write(e.scratch)
}

func (e *jsonEncoder) raw(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

// value encodes v indented as if nested at prefix. HTML escaping is off
// because sentences are full of "&" and "<" that nobody embeds in a page
// from here; the output stays valid JSON either way.
func (e *jsonEncoder) value(v any, prefix string) {
	if e.err != nil {
		return
	}
	e.buf.Reset()
	enc := json.NewEncoder(&e.buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if e.err = enc.Encode(v); e.err != nil {
		return
	}
	_, e.err = e.w.Write(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")))
}
