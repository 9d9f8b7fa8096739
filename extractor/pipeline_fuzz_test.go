package extractor_test

// FuzzPipeline runs any input the whole way, as `factable extract --all`
// does: text -> claims and mentions -> JSON, JSON Lines, CSV and a workbook
// on disk that is opened again. It lives in the external test package
// because the output package imports the extractor.

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/factable/factable/extractor"
	"github.com/factable/factable/output"
	"github.com/factable/factable/rules"
)

var pipelineEngine = sync.OnceValue(func() *extractor.Engine {
	rs, err := rules.Default()
	if err != nil {
		panic(err)
	}
	return extractor.New(rs)
})

func FuzzPipeline(f *testing.F) {
	for i, s := range extractor.SeedTexts(f, true) {
		f.Add([]byte(s), uint8(i%3))
	}
	f.Add([]byte{0xFF, 0xFE, '3', 0, '8', 0, ' ', 0, 't', 0, 'e', 0, 'a', 0, 'm', 0, 's', 0}, uint8(0))
	e := pipelineEngine()
	f.Fuzz(func(t *testing.T, raw []byte, format uint8) {
		name := [...]string{"fuzz.txt", "fuzz.md", "fuzz.html"}[format%3]
		res, err := e.Extract(name, raw, extractor.Options{Mentions: true})
		if err != nil {
			if !errors.Is(err, extractor.ErrBinary) || !strings.HasPrefix(err.Error(), name+":") {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		checkRecords(t, name, raw, res)
		tb := &output.Table{Meta: output.Meta{Version: "fuzz"}, Sources: []extractor.Source{res.Source},
			Claims: res.Claims, Mentions: res.Mentions, WithMentions: true}
		checkJSON(t, tb)
		checkCSV(t, tb)
		if len(res.Claims) > 0 {
			// The slow part (a workbook written, reopened and parsed), only
			// where the input puts some of itself in it.
			checkWorkbook(t, tb)
		}
	})
}

// checkRecords: offsets cut the number out of the input, the line agrees
// with the offsets, values are finite.
func checkRecords(t *testing.T, name string, raw []byte, res *extractor.Result) {
	t.Helper()
	text := raw // offsets are true to the file ...
	utf16 := bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF})
	if utf16 {
		text = extractor.DecodeUTF16(raw) // ... or to the UTF-8 it was decoded to
	}
	// Markdown and HTML are read with their markup blanked in place and an
	// entity written as its character ("&#53;" as "5   "), so there the
	// number is the text as read at the file's offsets, shown as a reader
	// sees it (the padding dropped, white space one space): the same
	// characters but for white space. In plain text it is the file's bytes.
	plain := extractor.FormatOf(name, text) == extractor.FormatText
	d, err := extractor.NewDocument(name, raw)
	if err != nil {
		t.Fatal(err)
	}
	asRead := []byte(d.Text)
	check := func(what, number string, value *float64, line, start, end int, sentence string) {
		t.Helper()
		if start < 0 || end > len(text) || start >= end {
			t.Fatalf("%s %q: offsets [%d,%d) outside the input (%d bytes)", what, number, start, end, len(text))
		}
		if got := string(asRead[start:end]); plain && got != number || !plain && withoutSpace(got) != withoutSpace(number) {
			t.Fatalf("%s %q: input[%d:%d] is %q", what, number, start, end, got)
		}
		if plain && string(text[start:end]) != number {
			t.Fatalf("%s %q: file[%d:%d] is %q", what, number, start, end, text[start:end])
		}
		if want := extractor.LineOf(text, start); line != want {
			t.Fatalf("%s %q at %d: line %d, want %d", what, number, start, line, want)
		}
		if value != nil && (math.IsNaN(*value) || math.IsInf(*value, 0)) {
			t.Fatalf("%s %q: value %v", what, number, *value)
		}
		if sentence != "" && !strings.Contains(sentence, number) {
			t.Fatalf("%s %q: not in its sentence %q", what, number, sentence)
		}
	}
	for _, c := range res.Claims {
		check("claim", c.Number, c.Value, c.Line, c.Start, c.End, c.Sentence)
		if c.ValueHigh != nil && (math.IsNaN(*c.ValueHigh) || math.IsInf(*c.ValueHigh, 0)) {
			t.Fatalf("claim %q: value_high %v", c.Number, *c.ValueHigh)
		}
	}
	for _, m := range res.Mentions {
		check("mention", m.Number, m.Value, m.Line, m.Start, m.End, "")
	}
}

// checkJSON: the fact table and the JSON Lines parse, and give back the
// claims.
func checkJSON(t *testing.T, tb *output.Table) {
	t.Helper()
	var buf bytes.Buffer
	if err := output.WriteJSON(&buf, tb); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	if !json.Valid(buf.Bytes()) {
		t.Fatalf("invalid JSON:\n%s", buf.Bytes())
	}
	var got struct {
		Claims   []extractor.Claim
		Mentions []extractor.Mention
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Claims) != len(tb.Claims) || len(got.Mentions) != len(tb.Mentions) {
		t.Fatalf("JSON has %d claims and %d mentions, want %d and %d", len(got.Claims), len(got.Mentions), len(tb.Claims), len(tb.Mentions))
	}
	for i, c := range got.Claims {
		if c.Start != tb.Claims[i].Start || c.Line != tb.Claims[i].Line {
			t.Fatalf("claim %d changed in JSON", i)
		}
	}
	buf.Reset()
	if err := output.WriteJSONL(&buf, tb); err != nil {
		t.Fatalf("WriteJSONL: %v", err)
	}
	sc := bufio.NewScanner(&buf)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	n := 0
	for sc.Scan() {
		if !json.Valid(sc.Bytes()) {
			t.Fatalf("invalid JSON line %q", sc.Bytes())
		}
		n++
	}
	if n != len(tb.Claims) {
		t.Fatalf("%d JSON lines for %d claims", n, len(tb.Claims))
	}
}

// checkCSV: the CSV parses, has a row per claim, and no text cell starts
// like a formula.
func checkCSV(t *testing.T, tb *output.Table) {
	t.Helper()
	var buf bytes.Buffer
	if err := output.WriteCSV(&buf, tb); err != nil {
		t.Fatalf("WriteCSV: %v", err)
	}
	if !utf8.Valid(buf.Bytes()) {
		t.Fatalf("CSV is not valid UTF-8")
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF")))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	if len(recs) != len(tb.Claims)+1 {
		t.Fatalf("%d CSV records for %d claims", len(recs), len(tb.Claims))
	}
	for _, rec := range recs[1:] {
		for col, cell := range rec {
			if recs[0][col] == "Line" || recs[0][col] == "Value" || cell == "" || cell == "-" {
				continue
			}
			if strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Fatalf("CSV column %s starts like a formula: %q", recs[0][col], cell)
			}
		}
	}
}

// checkWorkbook: the workbook is written, reopens, has a row per claim, and
// no cell of any sheet is a formula.
func checkWorkbook(t *testing.T, tb *output.Table) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "facts.xlsx")
	if err := output.WriteXLSX(path, tb, output.Options{}); err != nil {
		t.Fatalf("WriteXLSX: %v", err)
	}
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("workbook does not reopen: %v", err)
	}
	defer x.Close()
	rows, err := x.GetRows("Claims")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(tb.Claims)+1 {
		t.Fatalf("Claims sheet has %d rows for %d claims", len(rows), len(tb.Claims))
	}
	for i, row := range rows[1:] {
		if len(row) == 0 || row[0] != tb.Claims[i].ID {
			t.Fatalf("row %d does not hold claim %s: %q", i+2, tb.Claims[i].ID, row)
		}
		for _, cell := range row {
			if !utf8.ValidString(cell) {
				t.Fatalf("row %d: invalid UTF-8 cell %q", i+2, cell)
			}
		}
	}
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	// Every part that holds text from the input is well-formed XML (no raw
	// control characters, which Excel refuses even where excelize reads
	// on), and no worksheet cell has a formula.
	for _, zf := range z.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/") && zf.Name != "xl/sharedStrings.xml" {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(rc)
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s is not well-formed XML: %v", zf.Name, err)
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "f" && strings.HasPrefix(zf.Name, "xl/worksheets/") {
				t.Fatalf("%s holds a formula", zf.Name)
			}
		}
		rc.Close()
	}
}

func withoutSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}
