package extractor

import (
	"slices"
	"strings"
)

// maxPhraseWords bounds a counted noun phrase; past it the words are
// rarely still the thing counted.
const maxPhraseWords = 8

// nounPhrase reads the noun phrase at the start of s and returns it (the
// object, for a reader) and its head word (the unit). "doses of vaccines"
// -> head "doses"; "political party leaders and prominent figures" -> head
// "leaders"; "bilateral and multilateral events" -> head "events".
//
// The phrase ends at punctuation, at a function word or a verb from the
// rules' phrase_stops, or at a word shaped like a verb or an adverb (-ed,
// -ly, -ing) once it has a noun.
func (e *Engine) nounPhrase(s string) (object, head string) { return e.phrase(s, false) }

// countedPhrase is the nounPhrase of what a number counts. A number
// counts a plural, so the phrase also ends after a plural noun, before a
// lower-case word that is no plural: a verb or an adjective the phrase
// cannot hold ("900,000 Americans file for", "10 million jobs short",
// "2.4 million encounters last year"). An amount's phrase may go on past
// a plural ("$1 billion arms sale"), so it is read by nounPhrase.
func (e *Engine) countedPhrase(s string) (object, head string) { return e.phrase(s, true) }

// phrase is nounPhrase, or countedPhrase when counted.
func (e *Engine) phrase(s string, counted bool) (object, head string) {
	if shouting(s) {
		// Captions and telegrams in capitals: "214 ARE DESTROYED" is read
		// as "214 are destroyed", where a capital would open a name.
		s = string(lowerASCII(make([]byte, 0, len(s)), s))
	}
	var wordBuf [3 * maxPhraseWords]string
	var keptBuf [maxPhraseWords]string
	words, kept := wordBuf[:0], keptBuf[:0]
	read := 0           // where the next word is looked for
	var heads [2]string // last word of each conjunct ("A and B")
	conj, headFixed := 0, false
	conjAt := 0 // where the conjunction stands in kept
	done := func() (string, string) {
		n := trimConj(kept)
		h := heads[0]
		if h == "" || adjectival(h) || e.phraseClass(h)&postModifier != 0 ||
			counted && heads[1] != "" && !e.plural(h) && e.plural(heads[1]) {
			// "bilateral and multilateral events"; a count's noun is a
			// plural: "204 safe and dignified burials" counts burials.
			if heads[1] != "" {
				h = heads[1]
			}
		}
		return unbreak(joinedIn(s, kept[:n])), unbreak(withoutFootnoteMark(strings.Trim(h, "-")))
	}
	afterComma := false // the word after a comma between adjectives is one too
	next := ""          // the next word lower-cased
	var nextClass uint8 // and its phraseClass, looked up once
	if words, read = phraseWords(s, read, words, 1); len(words) > 0 {
		next = strings.ToLower(words[0])
		nextClass = e.phraseClass(next)
	}
	for i := 0; len(kept) < maxPhraseWords; i++ {
		words, read = phraseWords(s, read, words, i+3) // the word and two after it
		if i >= len(words) {
			break
		}
		w, lw, class := words[i], next, nextClass
		wasAfterComma := afterComma
		afterComma = false
		next, nextClass = "", 0
		if i+1 < len(words) {
			next = strings.ToLower(words[i+1])
			nextClass = e.phraseClass(next)
		}
		switch {
		case counted && i == 0 && class&increment != 0 && next != "" && next != "," && nextClass&(stopWord|numberWord) == 0:
			kept = append(kept, w) // "20,000 more nurses": the head is the noun after it
			continue
		case w == ",":
			// "thousands of patriotic, young Americans", "smart, dedicated
			// people": a comma between adjectives does not end the phrase.
			// "China, the second-largest spender, allocated an": a participle
			// before a function word is the verb.
			if len(kept) > 0 && !headFixed && i+2 < len(words) && words[i+2] != "" && words[i+2] != "," &&
				e.phraseClass(strings.ToLower(words[i+2]))&stopWord == 0 &&
				(adjectival(strings.ToLower(kept[len(kept)-1])) || participleLike(next, nextClass)) && nextClass&(stopWord|numberWord) == 0 {
				afterComma = true
				kept[len(kept)-1] += ","
				continue
			}
			return done()
		case w == "":
			return done() // punctuation
		case next == "than" && strings.HasSuffix(lw, "er"):
			return done() // "16,000 lower than", "3 percent higher than": a comparison, no noun
		case i == 0 && (next == "on" || next == "over") && i+2 < len(words) && strings.EqualFold(words[i+2], lw),
			i == 0 && next == "to" && i+2 < len(words) && strings.EqualFold(words[i+2], "date"):
			return done() // "31 percent year on year", "11% year to date": a comparison, no object
		case counted && len(kept) == 0 && isDigit(w[0]) && strings.IndexFunc(w, isLetterRune) > 0 &&
			next != "" && next != "," && nextClass&(stopWord|numberWord) == 0 && pluralLike(next, nextClass):
			kept = append(kept, w) // "40,000 155mm rounds", "300 5G phones": a size or a standard before the noun
			continue
		case counted && len(kept) == 0 && class&countVerb != 0 && (next == "" || next == "," || nextClass&stopWord != 0):
			return done() // "another 4,000 expected by": a verb, no noun ("the expected vote" has one)
		case !counted && len(kept) == 0 && participleLike(lw, class) && nextClass&stopWord != 0:
			// "25 percent compared to", "$2 billion raised by": what follows
			// a share or an amount is a verb when a function word follows
			// it. A count's participle is its noun ("1,500 injured in").
			return done()
		case lw == "of" && len(kept) > 0 && !headFixed:
			// "doses of vaccines": the head stays before "of"; the object goes on.
			if next != "" && (nextClass&stopWord == 0 || next == "the") {
				headFixed = true
				kept = append(kept, w)
				continue
			}
			return done()
		case (lw == "and" || lw == "or") && len(kept) > 0 && conj == 0:
			// "troops and buys 68 fighters": a word with a number after it
			// is a verb taking its own count, not a second noun.
			if next != "" && nextClass&(stopWord|numberWord) == 0 && !(i+2 < len(words) && e.phraseClass(words[i+2])&numberWord != 0) {
				conj, conjAt = 1, len(kept)
				kept = append(kept, w)
				continue
			}
			return done()
		case len(kept) > 0 && isUpperASCII(w[0]) && !isUpperASCII(kept[len(kept)-1][0]) && participleLike(next, nextClass):
			// "half of the territory Russia seized": a name after a common
			// noun, with a verb after it, is the subject of a clause.
			return done()
		case len(kept) > 0 && !headFixed && i+1 < len(words) && e.modelNumber(kept[len(kept)-1], lw, words[i+1]):
			kept = append(kept, w) // "two Boeing 737 aircraft": the head is the noun after the name
			continue
		case counted && conj == 1 && e.subjectOfVerb(heads, lw):
			kept, heads[1] = kept[:conjAt], "" // "300 teachers and enrollment grew": the second noun is a new subject
			return done()
		case class&numberWord != 0 || class&stopWord != 0 && !isAcronym(w) || contraction(lw):
			if len(kept) > 0 && class&postModifier != 0 && adjectival(strings.ToLower(kept[len(kept)-1])) {
				// "a quarter of the global total": after an adjective, a
				// post-modifier that ends phrases is their noun.
				kept = append(kept, w)
				heads[conj] = lw
			}
			return done()
		case len(kept) > 0 && !headFixed && !wasAfterComma && ((strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ly")) && len(lw) >= 4 && class&adjective == 0 || class&participle != 0) &&
			!(counted && next != "" && nextClass&stopWord == 0 && pluralLike(next, nextClass) && !e.plural(strings.ToLower(kept[len(kept)-1])) &&
				(conj == 0 || !e.plural(heads[0]))):
			// A verb or an adverb, but not a participle between an
			// adjective and the plural it describes ("58 new confirmed
			// cases", "204 safe and dignified burials"; "181 countries and
			// forged partnerships" has its noun).
			return done()
		case len(kept) > 0 && strings.HasSuffix(lw, "ing") && len(lw) > 5 &&
			!(next != "" && nextClass&stopWord == 0 && pluralLike(strings.ToLower(next), nextClass) && !e.plural(strings.ToLower(kept[len(kept)-1]))):
			// A verb ("5 people living in"), but not a noun's modifier
			// after an adjective ("their traditional fishing sites").
			return done()
		case len(kept) > 0 && class&postModifier != 0:
			kept = append(kept, w)
			return done()
		case counted && len(kept) == 0 && class&postModifier != 0 && (next == "" || next == "," || nextClass&stopWord != 0):
			return done() // "about 48,000 statewide.": a count with no noun, only where it is ("2 home runs" has one)
		case counted && len(kept) > 0 && 'a' <= w[0] && w[0] <= 'z' && !pluralLike(lw, class) && e.plural(strings.ToLower(kept[len(kept)-1])):
			return done()
		}
		kept = append(kept, w)
		if !headFixed {
			heads[conj] = strings.Trim(lw, "'’\"”“") // lowering and trimming these commute
		}
	}
	return done()
}

// subjectOfVerb: the second of two conjoined nouns after a count (heads)
// is the subject of lw, a verb of the rules' change_verbs that a plural
// subject would not take ("300 teachers and enrollment grew", "12 new
// lines and the budget was"): the first is plural, as counted nouns are,
// the second is not. "300 teachers and staff were hired" stays whole.
func (e *Engine) subjectOfVerb(heads [2]string, lw string) bool {
	if heads[1] == "" || !e.plural(heads[0]) || e.plural(heads[1]) {
		return false
	}
	switch lw {
	case "are", "were", "have", "do", "'re":
		return false
	}
	return slices.Contains(e.changeVerbs[lw], " "+lw)
}

// modelNumber: lw, a run of digits after a capitalized word (prev) and
// before a lower-case noun (next, as written), is part of a product's or a model's name
// ("Boeing 737 aircraft", "Airbus 320 jets"), not a number that ends the
// phrase. After a plural the number is a count of its own ("5 Americans 3
// times").
func (e *Engine) modelNumber(prev, lw, next string) bool {
	if lw == "" || len(lw) > 5 || prev == "" || !isUpperASCII(prev[0]) || next == "" || next[0] < 'a' || next[0] > 'z' {
		return false
	}
	for i := 0; i < len(lw); i++ {
		if !isDigit(lw[i]) {
			return false
		}
	}
	// the tests above first: most words are no digits, and lowering prev copies it
	return !e.plural(strings.ToLower(prev)) && e.phraseClass(next)&(stopWord|numberWord) == 0 // next is lower case
}

// joinedIn is strings.Join(words, " ") for the first words of s: the
// piece of s that spells it when s does (single spaces between the words,
// nearly always), else a new string.
func joinedIn(s string, words []string) string {
	from := len(s) - len(strings.TrimLeft(s, " \t\n\r"))
	at := from
	for k, w := range words {
		if k > 0 {
			if at == len(s) || s[at] != ' ' {
				return strings.Join(words, " ")
			}
			at++
		}
		if !strings.HasPrefix(s[at:], w) {
			return strings.Join(words, " ")
		}
		at += len(w)
	}
	return s[from:at]
}

// trimConj drops a trailing "and"/"of" left when the phrase stopped after it.
func trimConj(kept []string) int {
	n := len(kept)
	for n > 0 {
		switch strings.ToLower(kept[n-1]) {
		case "and", "or", "of":
			n--
			continue
		}
		break
	}
	return n
}

// Classes of a lower-cased word in a noun phrase.
const (
	stopWord     = 1 << iota // the rules' phrase_stops end a phrase
	numberWord               // a cardinal or a scale ends it too
	postModifier             // the rules' post_modifiers end it after themselves
	pluralNoun               // the rules' plural_nouns: plurals without a final s
	increment                // the rules' phrase_increments may open a counted phrase
	participle               // the rules' participles: verbs as an -ed word is
	adjective                // the rules' phrase_adjectives: -ly and -ed words that describe a noun
	countVerb                // the rules' count_verbs: after a bare count, its verb
)

// plural guesses that lw, a lower-cased word, is a plural noun: one of the
// rules' plural_nouns, or a word ending in s but not in ss, us or is
// ("class", "virus", "this"), nor in 's.
func (e *Engine) plural(lw string) bool { return pluralLike(lw, e.phraseClass(lw)) }

// pluralLike is plural for a word whose phraseClass is known.
func pluralLike(lw string, class uint8) bool {
	if class&pluralNoun != 0 {
		return true
	}
	n := len(lw)
	return n >= 3 && lw[n-1] == 's' && lw[n-2] != 's' && lw[n-2] != 'u' && lw[n-2] != 'i' && lw[n-2] != '\'' && !strings.HasSuffix(lw, "’s")
}

// indexPhraseWords derives one table of the words nounPhrase looks up from
// the rules' phrase stops, post-modifiers, plural nouns and increments and
// the lexicon's number words: one look-up a word instead of five.
func (e *Engine) indexPhraseWords() {
	e.phraseWords = map[string]uint8{}
	for _, w := range e.rules.PhraseStops {
		e.phraseWords[strings.ToLower(w)] |= stopWord
	}
	for _, w := range e.rules.PostModifiers {
		e.phraseWords[strings.ToLower(w)] |= postModifier
	}
	for _, w := range e.rules.PluralNouns {
		e.phraseWords[strings.ToLower(w)] |= pluralNoun
	}
	for _, w := range e.rules.PhraseIncrements {
		e.phraseWords[strings.ToLower(w)] |= increment
	}
	for _, w := range e.rules.Participles {
		e.phraseWords[strings.ToLower(w)] |= participle
	}
	for _, w := range e.rules.PhraseAdjectives {
		e.phraseWords[strings.ToLower(w)] |= adjective
	}
	for _, w := range e.rules.CountVerbs {
		e.phraseWords[strings.ToLower(w)] |= countVerb
	}
	for w, info := range e.lx.words {
		if info.cardinal > 0 || info.scale > 0 {
			e.phraseWords[w] |= numberWord
		}
	}
}

// phraseClass is the classes of lw, a lower-cased word; a word that begins
// with a digit or "$" is a number's.
func (e *Engine) phraseClass(lw string) uint8 {
	c := e.phraseWords[lw]
	if lw != "" && (isDigit(lw[0]) || lw[0] == '$') {
		c |= numberWord
	}
	return c
}

// adjectiveEndings and contractionEndings are package variables: a slice
// literal in the loop was built anew on every call.
var (
	adjectiveEndings = []string{"al", "ic", "ive", "ous", "ful", "less", "ary", "ible", "able", "ern", "ese", "ian", "ish", "ent", "ant"}
	// each with a straight and a curly apostrophe
	contractionEndings = []string{"n't", "'re", "'ve", "'ll", "'d", "'m", "n’t", "’re", "’ve", "’ll", "’d", "’m"}
)

// adjectival guesses from its ending that a word describes rather than names.
func adjectival(w string) bool {
	if strings.HasSuffix(w, "-") {
		return true // "low- and middle-income families"
	}
	for _, suf := range adjectiveEndings {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isAcronym: "US" in "300 US Marines" is a country, not the pronoun.
func isAcronym(w string) bool {
	return len(w) >= 2 && len(w) <= 4 && allBytes(w, isUpperASCII)
}

// isParticiple: lw, a lower-cased word, is a past participle, by its -ed
// or as one of the rules' participles ("3 percent driven by").
func (e *Engine) isParticiple(lw string) bool { return participleLike(lw, e.phraseClass(lw)) }

// participleLike is isParticiple for a word whose phraseClass is known.
func participleLike(lw string, class uint8) bool {
	return len(lw) > 4 && strings.HasSuffix(lw, "ed") || class&participle != 0
}

// phraseWords splits s into words, from offset i on, as they are needed:
// it appends them to words until there are n (or 3*maxPhraseWords, or s
// ends) and returns them and where it stopped. "," stands for a comma and
// an empty word for other punctuation, where a phrase must end.
// Hyphenated words stay whole ("county-level").
func phraseWords(s string, i int, words []string, n int) ([]string, int) {
	for i < len(s) && len(words) < min(n, 3*maxPhraseWords) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case isUpperASCII(c) && i+3 < len(s) && s[i+1] == '.' && dottedEnd(s, i) > i:
			j := dottedEnd(s, i)
			words = append(words, s[i:j])
			i = j
		case isAlnum(c) || c >= 0x80 && !strings.HasPrefix(s[i:], "—") && !strings.HasPrefix(s[i:], "–") && !strings.HasPrefix(s[i:], "”") && !strings.HasPrefix(s[i:], "“") && !strings.HasPrefix(s[i:], "’"):
			j := i
			for j < len(s) {
				cj := s[j]
				if isAlnum(cj) || cj == '-' && j+1 < len(s) && isAlnum(s[j+1]) || cj == '\'' && j+1 < len(s) && isLetter(s[j+1]) {
					j++
					continue
				}
				if cj == '-' && (hasPrefixFold(s[j+1:], " and ") || hasPrefixFold(s[j+1:], " or ")) {
					// "low- and middle-income": a word cut short before its pair.
					j++
					continue
				}
				if n := lineBreakHyphen(s[j:]); n > 0 {
					j += n // "terri-\ntories": a word a printed page broke
					continue
				}
				if cj >= 0x80 && !strings.HasPrefix(s[j:], "—") && !strings.HasPrefix(s[j:], "–") && !strings.HasPrefix(s[j:], "”") && !strings.HasPrefix(s[j:], "“") && !strings.HasPrefix(s[j:], "’") && !strings.HasPrefix(s[j:], "\u00a0") {
					j++
					continue
				}
				break
			}
			if j == i {
				j = i + 1
			}
			words = append(words, s[i:j])
			i = j
		case c == ',':
			words = append(words, ",")
			i++
		default:
			words = append(words, "")
			i = len(s) // punctuation: no more words
		}
	}
	return words, i
}

// dottedEnd is where a dotted abbreviation of capitals that starts at i
// ends ("U.S.", "U.K.", "E.U."), or i: its dots do not end the phrase
// ("1,000 U.S. service members").
func dottedEnd(s string, i int) int {
	j := i
	for j+1 < len(s) && isUpperASCII(s[j]) && s[j+1] == '.' {
		j += 2
	}
	if j-i < 4 || j < len(s) && isAlnum(s[j]) {
		return i
	}
	return j
}

// lineBreakHyphen is the length of a hyphen and the line break after it
// at the start of s, when a small letter goes on after the break: a word
// a printed page broke ("terri-\ntories"); else 0.
func lineBreakHyphen(s string) int {
	n := len("-\n")
	if strings.HasPrefix(s, "-\r\n") {
		n++
	} else if !strings.HasPrefix(s, "-\n") {
		return 0
	}
	if n < len(s) && 'a' <= s[n] && s[n] <= 'z' {
		return n
	}
	return 0
}

// unbreak joins the words in s that a printed page broke at a line's end.
func unbreak(s string) string {
	if !strings.Contains(s, "-\n") && !strings.Contains(s, "-\r\n") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if n := lineBreakHyphen(s[i:]); n > 0 {
			i += n - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// contraction: "couldn't", "we're", "they've", "it'll", "she'd" are verbs
// and pronouns, never part of a counted noun phrase.
func contraction(w string) bool {
	for _, suf := range contractionEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isLetterRune reports whether r is an ASCII letter.
func isLetterRune(r rune) bool { return r < 0x80 && isLetter(byte(r)) }

// shouting: the words of s, as far as a phrase reaches, are in capitals
// (two words or more, no lower-case letter).
func shouting(s string) bool {
	letters, words, ok := inCapitals(s[:min(len(s), 60)])
	return ok && words >= 2 && letters >= 4
}

// inCapitals counts the capital letters of s and the words they begin;
// ok is false where s holds a lower-case letter.
func inCapitals(s string) (letters, words int, ok bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z':
			return 0, 0, false
		case 'A' <= c && c <= 'Z':
			letters++
			if i == 0 || !isLetter(s[i-1]) {
				words++
			}
		}
	}
	return letters, words, true
}

// withoutFootnoteMark is a head word without the footnote's number that a
// PDF's text glues to it ("7,640 whole-time equivalents4"): a digit or two
// after four lower-case letters or more.
func withoutFootnoteMark(w string) string {
	for _, sup := range [...]string{"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰", "*", "†"} {
		if t, ok := strings.CutSuffix(w, sup); ok && t != "" {
			return withoutFootnoteMark(t) // "offences¹", a note's mark in superscript or a sign
		}
	}
	k := len(w)
	for k > 0 && len(w)-k < 2 && isDigit(w[k-1]) {
		k--
	}
	if k == len(w) || k < 4 || isDigit(w[k-1]) {
		return w
	}
	for i := range k {
		if w[i] < 'a' || w[i] > 'z' {
			return w
		}
	}
	return w[:k]
}
