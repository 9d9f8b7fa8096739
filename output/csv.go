package output

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/factable/factable/extractor"
)

// WriteCSV writes the Claims-sheet columns as RFC 4180 CSV (CRLF line ends),
// UTF-8 with a byte-order mark so that Excel does not read it as the local
// code page.
//
// Unlike the workbook, Value is the claim's value as in JSON (70 for 70%),
// since a CSV cell cannot carry a percent format. Text cells that a
// spreadsheet would take for a formula are neutralized (see neutralize);
// Line and Value are numbers we format ourselves and are left alone, so a
// negative value stays a number.
func WriteCSV(w io.Writer, t *Table) error {
	return writeAll(newCSVWriter(w), t)
}

// neutralize defuses CSV injection as OWASP recommends: a cell that begins
// with = + - @, a tab or a carriage return may be run as a formula by the
// spreadsheet that opens the file, so it is prefixed with a single quote,
// which makes the spreadsheet treat it as text. A lone "-" (the source name
// of standard input) cannot be a formula and is left as it is. Invalid
// UTF-8 from the input is written as U+FFFD, as JSON and the workbook do,
// so the file is the UTF-8 its byte-order mark promises.
func neutralize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if s == "" || s == "-" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// checkFinite rejects values no format can represent: JSON has no NaN, and
// a spreadsheet would show it as an error or refuse the file.
func checkFinite(c *extractor.Claim) error {
	if c.Value != nil && (math.IsNaN(*c.Value) || math.IsInf(*c.Value, 0)) {
		return fmt.Errorf("claim %s (%s:%d): value %v is not a finite number", c.ID, c.Source, c.Line, *c.Value)
	}
	return nil
}
