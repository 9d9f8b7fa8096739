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
func (e *Engine) exclusion(d *Document, src string, sStart, sEnd int, t Token) *rules.Exclusion {
	bs := max(sStart, t.Start-window)
	for bs < t.Start && !utf8.RuneStart(src[bs]) {
		bs++
	}
	ae := min(sEnd, t.End+window)
	for ae > t.End && ae < len(src) && !utf8.RuneStart(src[ae]) {
		ae--
	}
	before, after := src[bs:t.Start], src[t.End:ae]
	kind := t.Kind.String()
	for _, r := range e.rules.Exclusions {
		if len(r.Token) > 0 && !slices.Contains(r.Token, kind) {
			continue
		}
		if r.Number != nil {
			if ok, _ := e.match(d, r.Name, r.Number, t.Text); !ok {
				continue
			}
		}
		if r.Before != nil {
			if ok, _ := e.match(d, r.Name, r.Before, before); !ok {
				continue
			}
		}
		if r.After != nil {
			if ok, _ := e.match(d, r.Name, r.After, after); !ok {
				continue
			}
		}
		return r
	}
	return nil
}
