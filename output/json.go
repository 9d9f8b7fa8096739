package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"time"
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
//	{"generator": {...}, "sources": [...], "claims": [...], "mentions": [...]}
//
// indented by two spaces; "mentions" only when t.WithMentions. The arrays are
// written element by element, so a large table is never held in memory as
// one encoded buffer, and they are always arrays, never null.
func WriteJSON(w io.Writer, t *Table) error {
	bw := bufio.NewWriter(w)
	e := &jsonEncoder{w: bw}
	gen := generator{
		Name:        t.Meta.toolName(),
		Version:     t.Meta.Version,
		RulesDigest: t.Meta.RulesDigest,
	}
	if !t.Meta.ExtractedAt.IsZero() {
		gen.ExtractedAt = t.Meta.ExtractedAt.UTC().Format(time.RFC3339)
	}

	e.raw("{\n  \"generator\": ")
	e.value(gen, "  ")
	e.raw(",\n  \"sources\": ")
	writeArray(e, t.Sources)
	e.raw(",\n  \"claims\": ")
	writeArray(e, t.Claims)
	if t.WithMentions {
		e.raw(",\n  \"mentions\": ")
		writeArray(e, t.Mentions)
	}
	e.raw("\n}\n")
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}

// WriteJSONL writes one claim per line (JSON Lines), the shape of the gold
// files, handy for grep and line-oriented diffs.
func WriteJSONL(w io.Writer, t *Table) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range t.Claims {
		if err := enc.Encode(&t.Claims[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
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
	w   *bufio.Writer
	buf bytes.Buffer // reused for every value
	err error
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
