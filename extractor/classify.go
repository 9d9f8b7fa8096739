package extractor

import (
	"math/bits"
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
	before, after := rules.NewText(src[bs:t.Start], runes), rules.NewText(src[t.End:ae], runes)
	ix := e.exclusions
	// A rule is tried only if none of its three texts rules it out, so
	// that the batches spare the patterns of the other two. The groups
	// come in the rules' order, and so do their rules.
	for g := range ix.groups {
		grp := &ix.groups[g]
		alive := grp.kinds[t.Kind]
		if alive == 0 {
			continue
		}
		alive &= grp.number.Survivors(t.Text) & grp.before.Survivors(before.String()) & grp.after.Survivors(after.String())
		for m := uint64(alive); m != 0; m &= m - 1 {
			if r := ix.rules[g*batchSize+bits.TrailingZeros64(m)]; e.excludes(d, r, &num, &before, &after) {
				return r
			}
		}
	}
	return nil
}

// batchSize is how many patterns a rules.Batch holds (a bit each).
const batchSize = 64

// excludes reports whether each of rule r's patterns matches its text.
func (e *Engine) excludes(d *Document, r *rules.Exclusion, num, before, after *rules.Text) bool {
	return (r.Number == nil || e.matchText(d, r.Name, r.Number, num)) &&
		(r.Before == nil || e.matchText(d, r.Name, r.Before, before)) &&
		(r.After == nil || e.matchText(d, r.Name, r.After, after))
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

// exclusionIndex holds the exclusion rules in order, in groups of 64,
// each group with, for each token kind, the rules that apply to it (those
// naming the kind, and those naming none), and the rules' patterns as
// batches: a look at the first two characters of the candidate, and of the
// text before and after it (past the spaces next to it), rules most of
// them out at once.
type exclusionIndex struct {
	rules  []*rules.Exclusion
	groups []exclusionGroup // rules[64g : 64g+64]
}

type exclusionGroup struct {
	kinds                 [len(tokenKindNames)]rules.Alive // bit i: rule 64g+i applies to the kind
	number, before, after *rules.Batch                     // pattern i: rule 64g+i's Number, Before, After
}

func indexExclusions(rs []*rules.Exclusion) *exclusionIndex {
	ix := &exclusionIndex{rules: rs}
	for from := 0; from < len(rs); from += batchSize {
		group := rs[from:min(len(rs), from+batchSize)]
		var grp exclusionGroup
		var number, before, after []*rules.Regex
		for i, r := range group {
			number, before, after = append(number, r.Number), append(before, r.Before), append(after, r.After)
			for k := range grp.kinds {
				if len(r.Token) == 0 || slices.Contains(r.Token, TokenKind(k).String()) {
					grp.kinds[k] |= 1 << i
				}
			}
		}
		grp.number, grp.before, grp.after = rules.NewBatch(number, false), rules.NewBatch(before, true), rules.NewBatch(after, false)
		ix.groups = append(ix.groups, grp)
	}
	return ix
}
