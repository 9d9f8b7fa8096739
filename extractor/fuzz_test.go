package extractor

// Fuzz targets for the parts that read untrusted text: the number scanner,
// its number-word (cardinal phrase) parser, and the document and speaker
// parser. FuzzPipeline (pipeline_fuzz_test.go) runs the whole way to JSON
// and a workbook. Plain `go test` runs every seed (the f.Add calls below and
// testdata/fuzz/FuzzX/*, where the fuzzer's crashers are kept as regression
// cases); fuzzing itself is `go test ./extractor -run='^$' -fuzz=FuzzScanner`.
//
// Invariants checked everywhere: no panic; every token or record lies inside
// the text and its text is the text between its offsets; tokens come in
// order without overlapping; every value is finite.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"

	"github.com/factable/factable/rules"
)

// fuzzEngine is the engine of the default rules, built once per process.
var fuzzEngine = sync.OnceValue(func() *Engine {
	rs, err := rules.Default()
	if err != nil {
		panic(err)
	}
	return New(rs)
})

// Edge cases the bundled texts do not have.
var fuzzEdgeCases = []string{
	"",
	"\n\n\r\n\r",
	"x\x00y",
	"bad \xff\xfe byte, 12 teams \xc3",
	"\uFEFFWe sent 38 teams.",
	"=HYPERLINK(\"http://x\") 12 teams; +5 countries; -3 points; @SUM(1) 4 votes\t\r",
	"We counted " + strings.Repeat("9", 400) + " birds and " + strings.Repeat("9", 300) + " trillion dollars.",
	strings.Repeat("hundred ", 200) + "people",
	strings.Repeat("dozen ", 400) + "eggs",
	"1,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000 km",
	"between 10 and 20 percent, 5-7%, $5-7 billion, one in five, 10-fold, 3.5%, €5m, 2.2 billion",
	"−5 degrees, +2.5, .5, 10:04, 1990s, 18th, twenty-first, two thirds, one and a half",
	"MR. KIRBY: Thanks.\nQ: How many?\n\nMR. KIRBY: 38 teams.\n\n(LAUGHTER)\n\nQuestion from CNN: 5?",
	"Ma Zhaoxu:\n\nWe sent 38 teams.\n\nXinhua News Agency:\nHow many? 12?",
	"<html><body><p>We sent &#53;0 teams &amp; 12&nbsp;doctors.</p><script>99 x</script></body></html>",
	"# Title\n\n* 12 teams\n* [38 doctors](http://x/5)\n\n```\n77\n```\n",
	"http://example.com/12/34 www.x.org/5 a@b.com 7",
	"a\rb 12 teams\r\rc 13 teams\r\n14 teams",
	"They said aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab 5 teams came.",
}

// fuzzSeeds returns the seed texts: every non-blank line of the bundled
// transcripts, their paragraphs, every conformance case and the edge cases
// above.
func fuzzSeeds(tb testing.TB, paragraphs bool) []string {
	tb.Helper()
	var out []string
	texts, err := filepath.Glob("../testdata/*.txt")
	if err != nil || len(texts) == 0 {
		tb.Fatalf("no seed texts: %v", err)
	}
	sort.Strings(texts)
	for _, p := range texts {
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		for _, ln := range strings.Split(string(raw), "\n") {
			if strings.TrimSpace(ln) != "" {
				out = append(out, ln)
			}
		}
		if paragraphs {
			for _, para := range strings.Split(string(raw), "\n\n") {
				if strings.TrimSpace(para) != "" {
					out = append(out, para)
				}
			}
		}
	}
	f, err := os.Open("../testdata/conformance/numbers.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatal(err)
		}
		out = append(out, c.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return append(out, fuzzEdgeCases...)
}

// SeedTexts is fuzzSeeds for the external test package (FuzzPipeline).
func SeedTexts(tb testing.TB, paragraphs bool) []string { return fuzzSeeds(tb, paragraphs) }

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// checkTokens checks what the scanner returned for src[start:end].
func checkTokens(t *testing.T, src string, toks []Token) {
	t.Helper()
	prevEnd := 0
	for i, tk := range toks {
		if tk.Start < 0 || tk.End > len(src) || tk.Start >= tk.End {
			t.Fatalf("token %d %+v: offsets outside the text (len %d)", i, tk, len(src))
		}
		if tk.Text != src[tk.Start:tk.End] {
			t.Fatalf("token %d: text %q is not src[%d:%d] = %q", i, tk.Text, tk.Start, tk.End, src[tk.Start:tk.End])
		}
		if tk.Start < prevEnd {
			t.Fatalf("token %d %q at %d overlaps the one before (ends at %d)", i, tk.Text, tk.Start, prevEnd)
		}
		prevEnd = tk.End
		if !finite(tk.Value) || !finite(tk.High) || !finite(tk.Scale) {
			t.Fatalf("token %d %q: value %v, high %v, scale %v not finite", i, tk.Text, tk.Value, tk.High, tk.Scale)
		}
	}
}

// FuzzScanner: the scanner on any text, whole and on a slice of it, as the
// engine calls it for a paragraph.
func FuzzScanner(f *testing.F) {
	for _, s := range fuzzSeeds(f, false) {
		f.Add(s, uint16(0), uint16(0))
	}
	f.Add("x 5 teams, 6-fold y", uint16(2), uint16(9))
	lx := fuzzEngine().lx
	f.Fuzz(func(t *testing.T, src string, a, b uint16) {
		checkTokens(t, src, lx.scan(src, 0, len(src)))
		if len(src) == 0 {
			return
		}
		start, end := int(a)%(len(src)+1), int(b)%(len(src)+1)
		if start > end {
			start, end = end, start
		}
		toks := lx.scan(src, start, end)
		checkTokens(t, src, toks)
		for _, tk := range toks {
			if tk.Start < start || tk.End > end {
				t.Fatalf("token %q [%d,%d) is not inside the span [%d,%d)", tk.Text, tk.Start, tk.End, start, end)
			}
		}
	})
}

// English number words for FuzzNumberWords' round trip.
var (
	fuzzOnes = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	fuzzTens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// spellOut writes n in English words ("one hundred [and] twenty-three
// thousand ..."), up to the trillions.
func spellOut(n uint64, and bool) string {
	if n == 0 {
		return "zero"
	}
	var parts []string
	for _, sc := range []struct {
		v    uint64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}, {1, ""}} {
		if q := n / sc.v; q > 0 {
			parts = append(parts, spell999(q, and))
			if sc.name != "" {
				parts = append(parts, sc.name)
			}
			n %= sc.v
		}
	}
	return strings.Join(parts, " ")
}

func spell999(n uint64, and bool) string {
	var w []string
	if n >= 100 {
		w = append(w, fuzzOnes[n/100], "hundred")
		if n %= 100; n > 0 && and {
			w = append(w, "and")
		}
	}
	switch {
	case n >= 20 && n%10 != 0:
		w = append(w, fuzzTens[n/10]+"-"+fuzzOnes[n%10])
	case n >= 20:
		w = append(w, fuzzTens[n/10])
	case n > 0:
		w = append(w, fuzzOnes[n])
	}
	return strings.Join(w, " ")
}

// numberVocabulary is every word of the rule set's number vocabulary, plus
// the glue words and numerals a phrase mixes in, in a fixed order.
func numberVocabulary(rs *rules.Set) []string {
	seen := map[string]bool{}
	var words []string
	add := func(w string) {
		if w != "" && !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	for _, m := range []map[string]float64{rs.Cardinals, rs.Scales, rs.Ordinals, rs.Denominators, rs.Multiples, rs.ScaleSuffixes} {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			add(k)
		}
	}
	for _, v := range rs.Vague {
		add(v)
	}
	for _, w := range []string{"a", "an", "and", "half", "quarter", "dozen", "of", "in", "out of", "to", "between", "from", "point",
		"percent", "per cent", "%", "$", "€", "fold", "times", "teams", "5", "12", "1,000", "2.5", "0", ".", ",", "A", "One", "TWENTY"} {
		add(w)
	}
	return words
}

var fuzzSeparators = []string{" ", "-", " and ", ", ", "", "  ", "\n", " a "}

// FuzzNumberWords: phrases built from the number vocabulary, glued in every
// way, through the scanner's cardinal-phrase parser; and the round trip of
// a spelled-out number, which must come back as one token of its value.
func FuzzNumberWords(f *testing.F) {
	rs, err := rules.Default()
	if err != nil {
		f.Fatal(err)
	}
	vocab := numberVocabulary(rs)
	index := map[string]byte{}
	for i, w := range vocab {
		if i < 256 {
			index[strings.ToLower(w)] = byte(i)
		}
	}
	// Seeds: the number-word phrases of the seed texts, as picks.
	for _, s := range fuzzSeeds(f, false) {
		var picks []byte
		for _, w := range strings.Fields(strings.ToLower(s)) {
			for _, part := range strings.Split(strings.Trim(w, ".,;:!?\"()"), "-") {
				if k, ok := index[part]; ok {
					picks = append(picks, k, 0)
				}
			}
		}
		if len(picks) > 0 {
			f.Add(uint64(len(s)*7919), picks)
		}
	}
	for _, n := range []uint64{0, 1, 21, 100, 101, 999, 1000, 1001, 123456, 2200000000, 999999999999999} {
		f.Add(n, []byte{})
	}
	e := fuzzEngine()
	f.Fuzz(func(t *testing.T, n uint64, picks []byte) {
		var b strings.Builder
		b.WriteString("They counted ")
		for i := 0; i+1 < len(picks) && i < 400; i += 2 {
			b.WriteString(vocab[int(picks[i])%len(vocab)])
			b.WriteString(fuzzSeparators[int(picks[i+1])%len(fuzzSeparators)])
		}
		b.WriteString(" birds.")
		src := b.String()
		checkTokens(t, src, e.lx.scan(src, 0, len(src)))

		n %= 1e15
		for _, and := range []bool{false, true} {
			words := spellOut(n, and)
			src := "They counted " + words + " birds."
			toks := e.lx.scan(src, 0, len(src))
			checkTokens(t, src, toks)
			if len(toks) != 1 || toks[0].Text != words || toks[0].Value != float64(n) {
				t.Fatalf("%q: want one token %q = %d, got %+v", src, words, n, toks)
			}
		}
	})
}

// fuzzName picks an input name, and so the format: text, Markdown, HTML,
// captions.
func fuzzName(format uint8) string {
	return [...]string{"fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.vtt"}[format%4]
}

// FuzzDocument: decoding, lines, paragraphs, speaker turns and sentences
// of any input.
func FuzzDocument(f *testing.F) {
	for i, s := range fuzzSeeds(f, true) {
		f.Add([]byte(s), uint8(i%4))
	}
	f.Add([]byte("WEBVTT\n\n1\n00:00:00.800 --> 00:00:14.260\n<v Kendra Biles>We have 1,100\n\n2\n00:00:14.260 --> 00:00:24.900\nmillion &amp; <c>more</c>.\n"), uint8(3))
	utf16le := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune("Ma Zhaoxu:\n\nWe sent 38 teams.")) {
		utf16le = append(utf16le, byte(u), byte(u>>8))
	}
	f.Add(utf16le, uint8(0))
	f.Add([]byte{0xFE, 0xFF, 0, '5', 0}, uint8(0))
	e := fuzzEngine()
	f.Fuzz(func(t *testing.T, raw []byte, format uint8) {
		name := fuzzName(format)
		d, err := NewDocument(name, raw)
		utf16BOM := bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF})
		if err != nil {
			if !errors.Is(err, ErrBinary) || utf16BOM || bytes.IndexByte(raw, 0) < 0 {
				t.Fatalf("unexpected error %v", err)
			}
			if !strings.HasPrefix(err.Error(), name+":") {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		if !utf16BOM && len(d.Text) != len(raw) {
			t.Fatalf("text is %d bytes, the input %d: offsets would not be true to the file", len(d.Text), len(raw))
		}
		checkDocument(t, d)
		e.speakerPass(d)
		checkDocument(t, d)
		for _, p := range d.Paragraphs {
			if p.BodyStart < p.Start || p.BodyStart > p.End {
				t.Fatalf("paragraph [%d,%d): body starts at %d", p.Start, p.End, p.BodyStart)
			}
			prevEnd := p.BodyStart
			for _, sp := range e.sentences(d.Text, p.BodyStart, p.End) {
				if sp.Start < prevEnd || sp.End > p.End || sp.Start > sp.End {
					t.Fatalf("sentence [%d,%d) outside paragraph body [%d,%d) or overlapping (prev end %d)", sp.Start, sp.End, p.BodyStart, p.End, prevEnd)
				}
				prevEnd = sp.End
			}
		}
	})
}

// checkDocument checks lines and paragraphs against the text.
func checkDocument(t *testing.T, d *Document) {
	t.Helper()
	if d.Body < 0 || d.Body > len(d.Text) {
		t.Fatalf("body at %d of %d", d.Body, len(d.Text))
	}
	if n := d.Lines(); n < 0 || len(d.Text) > 0 && n == 0 {
		t.Fatalf("%d lines for %d bytes", n, len(d.Text))
	}
	last := 0
	for off := 0; off <= len(d.Text); off += 1 + len(d.Text)/64 {
		l := d.Line(off)
		if l < 1 || l < last {
			t.Fatalf("line %d at offset %d (after %d)", l, off, last)
		}
		last = l
	}
	prevEnd := 0
	for i, p := range d.Paragraphs {
		if p.Start < prevEnd || p.Start >= p.End || p.End > len(d.Text) {
			t.Fatalf("paragraph %d [%d,%d) out of order or outside the text (len %d, prev end %d)", i, p.Start, p.End, len(d.Text), prevEnd)
		}
		if strings.TrimSpace(d.Text[p.Start:p.End]) == "" {
			t.Fatalf("paragraph %d is blank", i)
		}
		prevEnd = p.End
	}
	for _, w := range d.Warnings {
		if !strings.HasPrefix(w, d.Source+":") {
			t.Fatalf("warning %q does not name the input", w)
		}
	}
}

// LineOf is the 1-based line of offset off in text, counted independently
// of the package: a line ends at \n, \r\n or a lone \r.
func LineOf(text []byte, off int) int {
	line := 1
	for i := 0; i < off && i < len(text); i++ {
		if text[i] == '\n' || text[i] == '\r' && (i+1 >= len(text) || text[i+1] != '\n') {
			line++
		}
	}
	return line
}

// DecodeUTF16 exposes the decoder to FuzzPipeline.
func DecodeUTF16(raw []byte) []byte { return decodeUTF16(raw) }
