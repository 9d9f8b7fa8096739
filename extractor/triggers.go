package extractor

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factable/factable/rules"
)

// triggerIndex holds, for a list of patterns, what a sentence must hold
// for each of them to run: one of its trigger words (rules.Pattern: a
// pattern with triggers runs only on a text holding one of them), and one
// of the phrases that every match of it holds (rules.Phrases).
type triggerIndex struct {
	triggers [][]string       // for each pattern, its trigger words lower-cased; nil: it has none
	phrases  []*rules.Phrases // for each pattern; nil when none is known
}

func newTriggerIndex(ps []*rules.Pattern) *triggerIndex {
	ix := &triggerIndex{}
	for _, p := range ps {
		var words []string
		if len(p.Triggers) > 0 {
			words = []string{} // a pattern with triggers, even if none can be a word
		}
		for _, t := range p.Triggers {
			// A trigger is compared with the words of the text (wordsOf): one
			// that is not a word ("so far") is never among them.
			if w := toLower(t); slices.Equal(wordsOf(w, nil), []string{w}) {
				words = append(words, w)
			}
		}
		ix.triggers = append(ix.triggers, words)
		ix.phrases = append(ix.phrases, rules.PhrasesOf(p.Re))
	}
	return ix
}

// mayMatch reports whether pattern i of the list may match text, lower
// being text lower-cased: text holds one of its phrases and is triggered.
func (ix *triggerIndex) mayMatch(i int, text, lower string) bool {
	if ph := ix.phrases[i]; ph != nil {
		in := text
		if ph.Fold {
			in = lower
		}
		if !ph.In(in) {
			return false
		}
	}
	return ix.triggered(i, lower)
}

// triggered reports whether pattern i runs on a text, given lower-cased:
// it has no triggers, or one of them is a word of the text.
func (ix *triggerIndex) triggered(i int, lower string) bool {
	if ix.triggers[i] == nil {
		return true
	}
	for _, t := range ix.triggers[i] {
		if hasWord(lower, t) {
			return true
		}
	}
	return false
}

// hasWord reports whether w is one of the words of s as wordsOf reads
// them: it stands between runes that are not word runes.
func hasWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || isWordBreak(before)) && (end == len(s) || isWordBreak(after)) {
			return true
		}
		i = start + 1
	}
}

// isWordBreak: wordsOf ends a word at r.
func isWordBreak(r rune) bool { return notWordRune(r) && !(r >= 'A' && r <= 'Z') }
