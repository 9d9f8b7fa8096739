package extractor

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factable/factable/rules"
)

// maxEvalsPerMB bounds how often regexp2 may run on the bundled texts
// with the default rules (128 per MB). Every pattern gets fast paths
// derived from it (prefilters, automata, Go's regexp), but a rule edit can
// put a pattern out of their reach without changing any answer: one
// alternative too many in a "before" pattern made it run on every number,
// 1,550 runs per MB and a fifth of the time; "younger than" in another
// gave 214 runs per MB and 3% of the time, under the first bound of 300.
// It is a count, not a timing, so it holds on any machine.
const maxEvalsPerMB = 170

func TestDefaultRulesRarelyRunRegexp2(t *testing.T) {
	e := defaultEngine(t)
	var raw []byte
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		text, err := os.ReadFile(filepath.Join("..", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		raw = append(append(raw, text...), "\n\n"...)
	}
	before := rules.Evaluations()
	if _, err := e.Extract("t.txt", raw, Options{}); err != nil {
		t.Fatal(err)
	}
	perMB := float64(rules.Evaluations()-before) / (float64(len(raw)) / 1e6)
	t.Logf("%.0f per MB", perMB)
	if perMB > maxEvalsPerMB {
		t.Errorf("regexp2 ran %.0f times per MB, more than %d: a rule pattern lost its fast path (BenchmarkStageAll reports evals/MB)", perMB, maxEvalsPerMB)
	}
}
