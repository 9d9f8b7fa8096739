// Package eval scores extracted claims against hand-checked gold claims
// with the matching of ../shared/eval/score (CLAIMS.md §6), so a newsroom
// can measure its own rules on its own annotated texts.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/factable/factable/extractor"
)

// Gold is one hand-checked claim. Unit, speaker, topic and bound may hold
// several acceptable answers.
type Gold struct {
	Line      int      `json:"line"`
	Number    string   `json:"number"`
	Value     *float64 `json:"value"`
	Kind      Answers  `json:"kind"`
	Unit      Answers  `json:"unit"`
	Bound     Answers  `json:"bound"`
	Speaker   Answers  `json:"speaker"`
	Topic     Answers  `json:"topic"`
	Optional  bool     `json:"optional"`
	ValueHigh *float64 `json:"value_high"`
	has       map[string]bool
}

// Answers is a string or a list of acceptable strings (null is "").
type Answers []string

// UnmarshalJSON accepts a string, null or an array of them.
func (a *Answers) UnmarshalJSON(b []byte) error {
	var one *string
	if err := json.Unmarshal(b, &one); err == nil {
		if one == nil {
			*a = Answers{""}
		} else {
			*a = Answers{*one}
		}
		return nil
	}
	var many []*string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	for _, s := range many {
		if s == nil {
			*a = append(*a, "")
		} else {
			*a = append(*a, *s)
		}
	}
	return nil
}

// LoadGold reads gold JSON Lines files (or every .jsonl in a folder) keyed
// by the file's stem, which names the text it annotates.
func LoadGold(paths ...string) (map[string][]Gold, error) {
	out := map[string][]Gold{}
	for _, p := range paths {
		files := []string{p}
		if st, err := os.Stat(p); err != nil {
			return nil, err
		} else if st.IsDir() {
			files, _ = filepath.Glob(filepath.Join(p, "*.jsonl"))
			sort.Strings(files)
		}
		for _, f := range files {
			rows, err := readGold(f)
			if err != nil {
				return nil, err
			}
			out[Stem(f)] = rows
		}
	}
	return out, nil
}

func readGold(path string) ([]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []Gold
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g Gold
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: bad gold record: %v", path, n, err)
		}
		var keys map[string]json.RawMessage
		_ = json.Unmarshal([]byte(line), &keys)
		g.has = map[string]bool{}
		for k := range keys {
			g.has[k] = true
		}
		rows = append(rows, g)
	}
	return rows, sc.Err()
}

// Stem is a path's base name without its extension: gold/NAME.jsonl
// annotates NAME.txt wherever it lies.
func Stem(path string) string {
	b := filepath.Base(path)
	if i := strings.LastIndexByte(b, '.'); i > 0 {
		return b[:i]
	}
	return b
}

// Attributes scored on matched claims, and those a record needs all right.
var (
	Attributes = []string{"unit", "bound", "kind", "speaker", "topic"}
	recordAttr = []string{"unit", "bound", "speaker"}
)

// DocReport is the score of one text.
type DocReport struct {
	Name                   string
	Gold, Pred, TP, FP, FN int
	Record                 int
	Missed                 []Gold
	Extra                  []extractor.Claim
	Wrong                  []string
}

// Report is the score of a run.
type Report struct {
	Docs                                []DocReport
	TP, FP, FN, Record, N               int
	Precision, Recall, F1, RecordRecall float64
	Accuracy                            map[string]float64
	acc                                 map[string][2]int
}

// Score matches claims to gold, text by text (claims are grouped by the
// stem of their source).
func Score(gold map[string][]Gold, claims []extractor.Claim) *Report {
	pred := map[string][]extractor.Claim{}
	for _, c := range claims {
		pred[Stem(c.Source)] = append(pred[Stem(c.Source)], c)
	}
	r := &Report{acc: map[string][2]int{}, Accuracy: map[string]float64{}}
	names := make([]string, 0, len(gold))
	for n := range gold {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		r.Docs = append(r.Docs, r.scoreDoc(name, gold[name], pred[name]))
	}
	if r.TP+r.FP > 0 {
		r.Precision = float64(r.TP) / float64(r.TP+r.FP)
	}
	if r.TP+r.FN > 0 {
		r.Recall = float64(r.TP) / float64(r.TP+r.FN)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	if r.N > 0 {
		r.RecordRecall = float64(r.Record) / float64(r.N)
	}
	for k, v := range r.acc {
		if v[1] > 0 {
			r.Accuracy[k] = float64(v[0]) / float64(v[1])
		}
	}
	return r
}

func (r *Report) scoreDoc(name string, gold []Gold, pred []extractor.Claim) DocReport {
	d := DocReport{Name: name, Pred: len(pred)}
	used := make([]bool, len(pred))
	for _, g := range gold {
		if !g.Optional {
			d.Gold++
		}
		hit := -1
		for i, p := range pred {
			if used[i] || p.Line != g.Line {
				continue
			}
			if g.Value == nil {
				if normText(p.Number) == normText(g.Number) {
					hit = i
					break
				}
			} else if p.Value != nil && sameValue(*p.Value, *g.Value) {
				hit = i
				break
			}
		}
		if hit < 0 {
			if !g.Optional {
				d.FN++
				d.Missed = append(d.Missed, g)
			}
			continue
		}
		used[hit] = true
		if g.Optional {
			continue
		}
		d.TP++
		p := pred[hit]
		all := true
		var bad []string
		for _, k := range Attributes {
			if !g.has[k] {
				continue
			}
			ok := attrOK(k, g, p)
			a := r.acc[k]
			a[1]++
			if ok {
				a[0]++
			} else {
				bad = append(bad, fmt.Sprintf("%s: want %q got %q", k, g.answers(k), attr(k, p)))
			}
			r.acc[k] = a
		}
		for _, k := range recordAttr {
			all = all && attrOK(k, g, p)
		}
		if all {
			d.Record++
		}
		if len(bad) > 0 {
			d.Wrong = append(d.Wrong, fmt.Sprintf("line %d: %q: %s", g.Line, g.Number, strings.Join(bad, "; ")))
		}
	}
	for i, p := range pred {
		if !used[i] {
			d.FP++
			d.Extra = append(d.Extra, p)
		}
	}
	r.TP, r.FP, r.FN, r.Record, r.N = r.TP+d.TP, r.FP+d.FP, r.FN+d.FN, r.Record+d.Record, r.N+d.Gold
	return d
}

func (g Gold) answers(k string) Answers {
	switch k {
	case "unit":
		return g.Unit
	case "bound":
		return g.Bound
	case "kind":
		return g.Kind
	case "speaker":
		return g.Speaker
	}
	return g.Topic
}

func attr(k string, p extractor.Claim) string {
	switch k {
	case "unit":
		return p.Unit
	case "bound":
		return p.Bound
	case "kind":
		return p.Kind
	case "speaker":
		if p.Speaker == nil {
			return ""
		}
		return *p.Speaker
	}
	return p.Topic
}

func attrOK(k string, g Gold, p extractor.Claim) bool {
	got := attr(k, p)
	for _, want := range g.answers(k) {
		switch k {
		case "unit":
			if unitHead(got) == unitHead(want) {
				return true
			}
		case "speaker":
			if normSpeaker(got) == normSpeaker(want) {
				return true
			}
		default:
			if strings.EqualFold(got, want) {
				return true
			}
		}
	}
	return false
}

func sameValue(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

var (
	dashes     = regexp.MustCompile(`[\s\-\x{2010}-\x{2015}]+`)
	honorifics = regexp.MustCompile(`(?i)\b(mr|ms|mrs|dr|prof|sen|rep|gov|amb)\b\.?`)
	nonWord    = regexp.MustCompile(`[^\p{L}\p{N}_\s]`)
	spaces     = regexp.MustCompile(`\s+`)
	unitWords  = regexp.MustCompile(`[\p{L}\p{N}_%]+`)
)

func normText(s string) string {
	return dashes.ReplaceAllString(strings.ToLower(strings.TrimSpace(s)), " ")
}

func normSpeaker(s string) string {
	s = honorifics.ReplaceAllString(s, " ")
	s = nonWord.ReplaceAllString(strings.ToLower(s), " ")
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	switch s {
	case "unknown", "none", "null":
		return ""
	}
	return s
}

func singular(w string) string {
	w = strings.ToLower(strings.TrimSpace(w))
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

func unitHead(u string) string {
	words := unitWords.FindAllString(strings.ToLower(u), -1)
	if len(words) == 0 {
		return ""
	}
	for i := 1; i < len(words); i++ {
		if words[i] == "of" {
			words = words[:i]
			break
		}
	}
	return singular(words[len(words)-1])
}

// Print writes the report as ../shared/eval/score does, with the misses,
// extras and wrong attributes when verbose.
func (r *Report) Print(w io.Writer, verbose bool) {
	for _, d := range r.Docs {
		if verbose {
			fmt.Fprintf(w, "== %s\n", d.Name)
			for _, g := range d.Missed {
				fmt.Fprintf(w, "  MISSED  line %d: %q (%s)\n", g.Line, g.Number, strings.Join(g.Unit, "|"))
			}
			for _, p := range d.Extra {
				fmt.Fprintf(w, "  EXTRA   line %d: %q (%s) in: %.90q\n", p.Line, p.Number, p.Unit, p.Sentence)
			}
			for _, s := range d.Wrong {
				fmt.Fprintf(w, "  WRONG   %s\n", s)
			}
		}
	}
	for _, d := range r.Docs {
		fmt.Fprintf(w, "%-40s gold %4d pred %4d tp %4d fp %4d fn %4d record %4d\n", d.Name, d.Gold, d.Pred, d.TP, d.FP, d.FN, d.Record)
	}
	var acc []string
	for _, k := range Attributes {
		if v, ok := r.Accuracy[k]; ok {
			acc = append(acc, fmt.Sprintf("%s %.4f", k, v))
		}
	}
	fmt.Fprintf(w, "attribute accuracy on matched claims: %s\n", strings.Join(acc, ", "))
	fmt.Fprintf(w, "precision %.3f recall %.3f f1 %.3f record_recall %.3f\n", r.Precision, r.Recall, r.F1, r.RecordRecall)
}
