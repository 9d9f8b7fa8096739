package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allPatterns walks a rule set and returns every compiled pattern in it.
func allPatterns(s *Set) []*Regex {
	var out []*Regex
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			if re, ok := v.Interface().(*Regex); ok {
				out = append(out, re)
				return
			}
			walk(v.Elem())
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(s))
	return out
}

// The prefilter is derived from each pattern; it may only ever skip a
// string that regexp2 would not match. Checked for every pattern of the
// defaults on windows of the bundled texts, before and after many
// positions, as the engine uses them.
func TestPrefilterNeverRejectsAMatch(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	pats := allPatterns(s)
	require.Greater(t, len(pats), 50)
	var texts []string
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		texts = append(texts, string(raw))
	}
	texts = append(texts, "", "\n", "Q", "A:", "5\n", "’23", "MR. KIRBY:", "É 5", "x\U0001F600")
	var windows []string
	for _, text := range texts {
		step := 1
		if len(text) > 1000 {
			step = 17
		}
		for i := 0; i <= len(text); i += step {
			for i < len(text) && !utf8.RuneStart(text[i]) {
				i++
			}
			lo, hi := max(0, i-120), min(len(text), i+120)
			for lo < i && !utf8.RuneStart(text[lo]) {
				lo++
			}
			for hi > i && hi < len(text) && !utf8.RuneStart(text[hi]) {
				hi--
			}
			windows = append(windows, text[lo:i], text[i:hi])
		}
	}
	filtered, rejected := 0, 0
	for _, p := range pats {
		if p.pre.at == 0 {
			continue
		}
		filtered++
		for _, w := range windows {
			if !p.pre.rejects(w) {
				continue
			}
			rejected++
			ok, err := p.re.MatchString(w)
			require.NoError(t, err)
			if ok {
				t.Fatalf("pattern %q: prefilter rejects %q, which it matches", p.src, w)
			}
		}
	}
	assert.Greater(t, filtered, len(pats)/2, "most patterns are anchored and get a prefilter")
	assert.Greater(t, rejected, 0)
	t.Logf("%d of %d patterns prefiltered; %d windows rejected", filtered, len(pats), rejected)
}
