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
// when the first pattern that regexp2 must run needs them.
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
	num := rules.NewText(t.Text, runes)
	w := [2]rules.Text{rules.NewText(src[bs:t.Start], runes), rules.NewText(src[t.End:ae], runes)}
	for _, r := range e.exclusions[t.Kind] {
		if r.Number != nil && !e.matchText(d, r.Name, r.Number, &num) ||
			r.Before != nil && !e.matchText(d, r.Name, r.Before, &w[0]) ||
			r.After != nil && !e.matchText(d, r.Name, r.After, &w[1]) {
			continue
		}
		return r
	}
	return nil
}

// matchText is match for a text that several patterns look at.
func (e *Engine) matchText(d *Document, name string, re *rules.Regex, t *rules.Text) bool {
	if e.isDead(re) {
		return false
	}
	ok, err := re.MatchText(t)
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
