package extractor

import (
	"slices"
	"unicode/utf8"

	"github.com/factable/factable/rules"
)

// window is how far before and after a candidate the exclusion patterns
// look, within its sentence. Keeping it short bounds what regexp2 can do.
const window = 120

// exclusion returns the first exclusion rule that turns token t of the
// sentence [sStart, sEnd) into a mention, or nil if t is a claim.
// runes is a scratch buffer the caller keeps between calls: the text
// before and the text after the candidate are converted to runes once,
// when the first pattern that its prefilter lets through needs them; the
// number's own patterns remember their answers (Regex.MatchShort).
func (e *Engine) exclusion(d *Document, src string, sStart, sEnd int, t Token, runes *[]rune) *rules.Exclusion {
	bs := max(sStart, t.Start-window)
	for bs < t.Start && !utf8.RuneStart(src[bs]) {
		bs++
	}
	ae := min(sEnd, t.End+window)
	for ae > t.End && ae < len(src) && !utf8.RuneStart(src[ae]) {
		ae--
	}
	*runes = (*runes)[:0]
	w := [2]patText{{s: src[bs:t.Start]}, {s: src[t.End:ae]}}
	for _, r := range e.exclusions[t.Kind] {
		if r.Number != nil && !e.matchShort(d, r.Name, r.Number, t.Text) ||
			r.Before != nil && !e.matchWindow(d, r.Name, r.Before, &w[0], runes) ||
			r.After != nil && !e.matchWindow(d, r.Name, r.After, &w[1], runes) {
			continue
		}
		return r
	}
	return nil
}

// matchShort is match for the candidate's text, whose answers the
// pattern remembers (numbers as written recur).
func (e *Engine) matchShort(d *Document, name string, re *rules.Regex, s string) bool {
	if e.isDead(re) {
		return false
	}
	ok, err := re.MatchShort(s)
	if err != nil {
		e.noteTimeout(d, name, re)
	}
	return ok
}

// patText is a string that several patterns look at, with its runes once
// some pattern needed them.
type patText struct {
	s    string
	r    []rune
	done bool
}

// matchWindow is match on a window: the prefilter sees the string; regexp2,
// if it runs, the runes, converted on first use into the scratch buffer.
func (e *Engine) matchWindow(d *Document, name string, re *rules.Regex, w *patText, buf *[]rune) bool {
	if e.isDead(re) {
		return false
	}
	if !re.MayMatch(w.s) {
		return false
	}
	if !w.done {
		n := len(*buf)
		for _, c := range w.s {
			*buf = append(*buf, c)
		}
		w.r, w.done = (*buf)[n:len(*buf):len(*buf)], true
	}
	ok, err := re.MatchRunes(w.s, w.r)
	if err != nil {
		e.noteTimeout(d, name, re)
	}
	return ok
}

// exclusionIndex holds, for each token kind, the exclusion rules that
// apply to it (those naming the kind, and those naming none), in order.
type exclusionIndex [len(tokenKindNames)][]*rules.Exclusion

func indexExclusions(rs []*rules.Exclusion) *exclusionIndex {
	var ix exclusionIndex
	for k := range ix {
		kind := TokenKind(k).String()
		for _, r := range rs {
			if len(r.Token) == 0 || slices.Contains(r.Token, kind) {
				ix[k] = append(ix[k], r)
			}
		}
	}
	return &ix
}
