package extractor

import (
	"math/rand"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/factable/factable/rules"
)

// spacedTail is the end of strings.Join(strings.Fields(s), " ") on any
// bytes, white space of every kind and broken UTF-8 included.
func TestSpacedTail(t *testing.T) {
	pieces := []string{"a", "Bc", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u0085", "—", "é", "\xe2\x80", "\xa0", "\xc2", "-", "x1"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		s := randomText(rng, pieces, 12)
		joined := strings.Join(strings.Fields(s), " ")
		for n := 1; n < 12; n++ {
			got := string(spacedTail(s, make([]byte, n)))
			if want := joined[max(0, len(joined)-n):]; got != want {
				t.Fatalf("spacedTail(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// falseStartAt is the regular expression it replaced, read from the end.
func TestFalseStartAt(t *testing.T) {
	re := regexp.MustCompile(`\s*\S*\w-\s*[—–]\s*$`)
	pieces := []string{"t", "_", "-", " ", "\n", "\v", "—", "–", "é", "\xe2\x80", "below", ".", "\u00a0"}
	rng := rand.New(rand.NewSource(1))
	for range 50000 {
		s := randomText(rng, pieces, 10)
		want := -1
		if loc := re.FindStringIndex(s); loc != nil {
			want = loc[0]
		}
		if got := falseStartAt(s); got != want {
			t.Fatalf("falseStartAt(%q) = %d, want %d", s, got, want)
		}
	}
}

// qualifierAfterLinear is qualifierAfter as it was before qualAfterAt: every
// hedge, at la's start and after one space.
func qualifierAfterLinear(e *Engine, la string) (string, string, int) {
	if la == "" {
		return "", "", 0
	}
	spaced := la[0] == ' '
	for _, q := range e.qualAfter {
		for lead := 0; lead <= 1; lead++ {
			if lead == 1 && !spaced {
				break
			}
			n := lead + len(q.text)
			if lead < len(la) && q.text != "" && la[lead] != q.text[0] {
				continue
			}
			if strings.HasPrefix(la[lead:], q.text) && (len(la) == n || !isAlnum(la[n])) && !thanFollows(la[n:]) && !e.numberFollows(la[n:]) {
				return q.text, q.bound, n
			}
		}
	}
	return "", "", 0
}

// TestQualifierAfterIndexAgreesWithLinear holds the first-byte index to
// the scan of every hedge, with the default hedges and with user hedges
// that begin with a space or are empty.
func TestQualifierAfterIndexAgreesWithLinear(t *testing.T) {
	e := newDefaultEngine(t)
	pieces := []string{" ", " ", "-", "plus", "or", " more", " so", "odd", "ish", "than", " 5", "5", "million", "s", "o", "p", "+", "x", "\xff", "’"}
	check := func() {
		rng := rand.New(rand.NewSource(7))
		for range 20000 {
			la := randomText(rng, pieces, 6)
			q, bound, n := e.qualifierAfter(la)
			wq, wbound, wn := qualifierAfterLinear(e, la)
			if q != wq || bound != wbound || n != wn {
				t.Fatalf("qualifierAfter(%q) = %q %q %d, want %q %q %d", la, q, bound, n, wq, wbound, wn)
			}
		}
	}
	check()
	e.qualAfter = append(e.qualAfter, qualForm{" or", BoundApprox}, qualForm{"x", BoundLower}, qualForm{"", BoundUpper})
	sort.SliceStable(e.qualAfter, func(i, j int) bool { return len(e.qualAfter[i].text) > len(e.qualAfter[j].text) })
	e.qualAfterAt = indexByFirstByte(e.qualAfter)
	check()
}

// qualifierEndingAtLinear is qualifierEndingAt without mayEndHedge: every
// hedge that ends in the text's last letter is compared.
func qualifierEndingAtLinear(e *Engine, before string) (string, string) {
	window := before[max(0, len(before)-hedgeWindow):]
	end := strings.TrimRightFunc(window, unicode.IsSpace)
	if end == "" {
		return "", ""
	}
	key := int(lowerByte(end[len(end)-1]))
	var buf [hedgeWindow]byte
	tail := spacedTail(window, buf[:])
	spaced := suffixSpace(before) != "" || tail[len(tail)-1] == '-'
	for _, q := range e.qualBefore {
		if lastKey(q.text) != key || q.bound == BoundRange || !hasSuffixASCIIFold(tail, q.text) {
			continue
		}
		k := len(tail) - len(q.text)
		if (k == 0 || !isAlnum(tail[k-1]) || !isAlnum(q.text[0])) && (spaced || !isAlnum(q.text[len(q.text)-1])) {
			if q.bound == boundNone {
				return "", ""
			}
			return strings.TrimSpace(string(tail[k:])), q.bound
		}
	}
	return "", ""
}

// TestMayEndHedgeLosesNoHedge holds qualifierEndingAt, which turns text
// away by its last word, to the comparison of every hedge, on random text
// made of the hedges' own words, with the default hedges and with user
// hedges of symbols, digits and capitals.
func TestMayEndHedgeLosesNoHedge(t *testing.T) {
	e := defaultEngine(t)
	check := func() {
		var pieces []string
		for _, q := range e.qualBefore {
			pieces = append(pieces, strings.Fields(q.text)...)
		}
		pieces = append(pieces, " ", " ", "\n", "-", ">", "x", "Over", "ABOUT", "5", "\u00a0", "é", "\xff", strings.Repeat("z", 30))
		rng := rand.New(rand.NewSource(9))
		for range 30000 {
			var b strings.Builder
			for range rng.Intn(8) {
				b.WriteString(pieces[rng.Intn(len(pieces))])
				if rng.Intn(3) > 0 {
					b.WriteByte(' ')
				}
			}
			before := b.String()
			q, bound := e.qualifierEndingAt(before)
			wq, wbound := qualifierEndingAtLinear(e, before)
			if q != wq || bound != wbound {
				t.Fatalf("qualifierEndingAt(%q) = %q %q, want %q %q", before, q, bound, wq, wbound)
			}
		}
	}
	check()
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	rs.Qualifiers = append(rs.Qualifiers, rules.Qualifier{Name: "user", Bound: BoundLower, Before: []string{"≥", "x>", "Top 10", "up TO", "ca.", "K2"}})
	e = New(rs)
	check()
}

// unitAtLinear is unitAt as it was: forms ordered by their first byte and
// longest first, every form of the text's first byte compared in full, then
// the empty forms.
func unitAtLinear(forms []unitForm, s string) (unitForm, int) {
	firstKey := func(text string) int {
		if text == "" {
			return 256
		}
		return int(foldHyphen(text[0]))
	}
	forms = slices.Clone(forms)
	sort.SliceStable(forms, func(i, j int) bool {
		ki, kj := firstKey(forms[i].text), firstKey(forms[j].text)
		return ki < kj || ki == kj && len(forms[i].text) > len(forms[j].text)
	})
	i := len(s) - len(strings.TrimLeft(s, " \t\n\r\u00a0"))
	if i == 0 && len(s) > 0 && s[0] == '-' {
		i = 1
	}
	rest := s[i:]
	for _, key := range [2]int{firstKey(rest), 256} {
		for _, f := range forms {
			n := len(f.text)
			if firstKey(f.text) != key || len(rest) < n || rest[:n] != f.text && !(n > 3 && equalFoldHyphen(rest[:n], f.text)) {
				continue
			}
			if n < len(rest) && isAlnum(rest[n]) && isAlnum(f.text[n-1]) || f.text == "%" && i > 1 {
				continue
			}
			return f, i + n
		}
	}
	return unitForm{}, 0
}

// TestUnitAtAgreesWithLinear holds unitAt's second-byte test to the full
// comparison of every form, on random text made of the units' and
// currencies' own forms cut and recased.
func TestUnitAtAgreesWithLinear(t *testing.T) {
	e := defaultEngine(t)
	var pieces []string
	for _, f := range append(append([]unitForm{}, e.units...), e.currencies...) {
		pieces = append(pieces, f.text, strings.ToUpper(f.text), f.text[:len(f.text)/2], strings.ReplaceAll(f.text, " ", "-"))
	}
	pieces = append(pieces, " ", " ", "-", "\r", "\u00a0", "s", "5", "%", "m", "M", "x", "X-RAY", "x-ray", "")
	rng := rand.New(rand.NewSource(11))
	user := append(slices.Clone(e.units), unitForm{text: "x", unit: "x"}, unitForm{text: "X-ray", unit: "xray"}, unitForm{text: "x ray", unit: "xray2"})
	sortForms(user)
	for _, forms := range [][]unitForm{e.units, e.currencies, user} {
		for range 30000 {
			s := randomText(rng, pieces, 4)
			f, n := unitAt(forms, s)
			wf, wn := unitAtLinear(forms, s)
			if f != wf || n != wn {
				t.Fatalf("unitAt(%q) = %v %d, want %v %d", s, f, n, wf, wn)
			}
		}
	}
}
