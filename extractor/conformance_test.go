package extractor

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/factable/factable/rules"
	"github.com/stretchr/testify/require"
)

// conformanceCase is one line of testdata/conformance/numbers.jsonl: number
// recognition cases from Recognizers-Text and quantulum3, mapped to our
// contract (see the README beside it for the mapping and the licences).
type conformanceCase struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Expect []struct {
		Number    string   `json:"number"`
		Value     float64  `json:"value"`
		Bound     *string  `json:"bound"`
		ValueHigh *float64 `json:"value_high"`
	} `json:"expect"`
}

// conformanceTarget is the share of cases that must pass.
const conformanceTarget = 0.95

func sameValue(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// record is what a case is matched against: claims and mentions alike.
type record struct {
	value, high *float64
	bound       string
	claim       bool
	text        string
}

// runConformance scores every case as the conformance README says and
// returns the failures.
func runConformance(t *testing.T) (total int, failures []string) {
	f, err := os.Open("../testdata/conformance/numbers.jsonl")
	require.NoError(t, err)
	defer f.Close()
	rs, err := rules.Default()
	require.NoError(t, err)
	e := New(rs)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c conformanceCase
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
		total++
		res, err := e.Extract("case.txt", []byte(c.Text), Options{Mentions: true})
		require.NoError(t, err)
		var recs []record
		for _, cl := range res.Claims {
			recs = append(recs, record{cl.Value, cl.ValueHigh, cl.Bound, true, cl.Number})
		}
		for _, m := range res.Mentions {
			recs = append(recs, record{m.Value, nil, "", false, m.Number + "(" + m.Reason + ")"})
		}
		got := func() string {
			var b []string
			for _, r := range recs {
				v := "null"
				if r.value != nil {
					v = fmt.Sprint(*r.value)
				}
				b = append(b, fmt.Sprintf("%q=%s/%s", r.text, v, r.bound))
			}
			return strings.Join(b, " ")
		}
		if len(c.Expect) == 0 {
			for _, r := range recs {
				if r.claim {
					failures = append(failures, fmt.Sprintf("%s %q: want no claim, got %s", c.ID, c.Text, got()))
					break
				}
			}
			continue
		}
		used := map[int]bool{}
		for _, want := range c.Expect {
			hit := -1
			for i, r := range recs {
				if used[i] || r.value == nil || !sameValue(*r.value, want.Value) {
					continue
				}
				if want.Bound != nil && r.claim && r.bound != *want.Bound {
					continue
				}
				if want.ValueHigh != nil && (r.high == nil || !sameValue(*r.high, *want.ValueHigh)) {
					continue
				}
				hit = i
				break
			}
			if hit < 0 {
				failures = append(failures, fmt.Sprintf("%s %q: want %v (%s) got %s", c.ID, c.Text, want.Value, want.Number, got()))
				break
			}
			used[hit] = true
		}
	}
	require.NoError(t, sc.Err())
	return total, failures
}

func TestConformanceNumbers(t *testing.T) {
	total, failures := runConformance(t)
	pass := float64(total-len(failures)) / float64(total)
	t.Logf("conformance: %d/%d cases pass (%.1f%%)", total-len(failures), total, 100*pass)
	if testing.Verbose() || pass < conformanceTarget {
		for _, f := range failures {
			t.Log(f)
		}
	}
	require.GreaterOrEqual(t, pass, conformanceTarget, "conformance pass rate")
}
