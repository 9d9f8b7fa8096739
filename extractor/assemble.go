package extractor

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/factable/factable/rules"
)

// sentenceCtx assembles the claims of one sentence.
type sentenceCtx struct {
	x     *docState
	claim int // the claim the topics pass votes on (its index in the result)
	p     *Paragraph
	sp    span
	text  string
	toks  []Token
	// the sentence's record for the topics pass (docState.noteSentence)
	index int
	// the exclusion rule that turned each token away, nil for a claim
	// (docState.classify); nil for none decided
	excluded []*rules.Exclusion
	topics   *paraTopics // the paragraph's and its question's topic scores

	period     string
	periodDone bool
	// periods: every period phrase of the sentence, when it has two or
	// more claims and more than one such phrase (periodFor)
	periods     []periodSpan
	firstPeriod periodMatch // periodOf\'s: the rule that gave period, and where
	attrs       []attrMatch // attribution's: the sources the sentence names
	attrDone    bool
	sentTopics  []float64
	// the clause of the claim whose topic is sought is the whole sentence
	clauseIsSentence bool
	lastScale        float64 // scale of the last scaled money amount in the sentence
	claimsStart      int
	claimsLeft       int    // claims of the sentence yet to be assembled (claimID)
	lower            string // text lower-cased (lowerText)
	lowerDone        bool
	aligned          bool // lower has text's byte offsets (see lowered)
}

// lowered is strings.ToLower of the document's text from offset from to
// offset to, inside the sentence. The sentence is lowered once for all its
// claims; a piece of it is that lowering's piece when lowering kept every
// rune's length (nearly always), else it is lowered anew.
func (sc *sentenceCtx) lowered(from, to int) string {
	lower := sc.lowerText()
	i, j := from-sc.sp.Start, to-sc.sp.Start
	if !sc.aligned || !runeStart(sc.text, i) || !runeStart(sc.text, j) {
		return toLower(sc.text[i:j])
	}
	return lower[i:j]
}

// runeStart: offset i of s is at a rune's start (or s's end).
func runeStart(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// loweredRest is lowered for rest, a suffix of the sentence.
func (sc *sentenceCtx) loweredRest(rest string) string {
	return sc.lowered(sc.sp.End-len(rest), sc.sp.End)
}

func (sc *sentenceCtx) run() {
	x, d := sc.x, sc.x.d
	sc.claimsStart = len(x.res.Claims)
	sc.claimsLeft = 0
	for _, r := range sc.excluded[:len(sc.toks)] {
		if r == nil {
			sc.claimsLeft++
		}
	}
	for i, t := range sc.toks {
		if r := sc.excluded[i]; r != nil {
			if x.opt.Mentions {
				x.res.Mentions = append(x.res.Mentions, Mention{Source: d.Source, Line: x.lineOf(t.Start), Number: t.Text,
					Value: x.values.new(t.Value), Start: t.Start, End: t.End, Reason: r.Reason, Rule: r.Name})
			}
			continue
		}
		c := sc.assemble(i, t)
		x.res.Claims = append(x.res.Claims, c)
	}
	sc.compoundFigures()
	sc.inheritUnits()
	sc.spelledUnits()
	sc.subjectsOfCounts()
	sc.tableCells()
	sc.spansAsPeriods()
	sc.denominatorsAsRates()
}

// spelledUnits reports a measure's unit as the sentence writes it
// (CLAIMS.md §2: "the unit as written, singular"): "62.1 grams" is in
// grams, "1,035 km" in km. The rules name a unit by its symbol where it
// has one ("km", "kg", "MW") so that its forms compare; a unit spelled
// out is reported spelled, in the singular, for every figure of the
// sentence in it (the list "5, 10 and 20 kilometres" too).
func (sc *sentenceCtx) spelledUnits() {
	x := sc.x
	claims := x.res.Claims[sc.claimsStart:]
	var spelled [][2]string // symbol -> as spelled, for the units the sentence spells
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindMeasure || !symbolUnit(c.Unit) || c.Per != "" || c.End >= sc.sp.End {
			continue
		}
		f, n := unitAt(x.e.units, x.d.Text[c.End:sc.sp.End])
		if n == 0 || f.unit != c.Unit || !spelledUnit(f.text) {
			continue
		}
		if !slices.ContainsFunc(spelled, func(p [2]string) bool { return p[0] == c.Unit }) {
			spelled = append(spelled, [2]string{c.Unit, singularUnit(strings.ToLower(f.text))})
		}
	}
	if len(spelled) == 0 {
		return
	}
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindMeasure || c.Per != "" {
			continue
		}
		for _, p := range spelled {
			if c.Unit == p[0] {
				c.Unit = p[1]
				break
			}
		}
	}
}

// symbolUnit: a unit the rules name by a symbol, with no vowel ("km",
// "kg", "MW", "sq km").
func symbolUnit(u string) bool {
	return u != "" && !strings.ContainsAny(u, "aeiouAEIOU")
}

// spelledUnit: a unit's form written out as a word ("kilometres",
// "megawatts", "square kilometres"), not a symbol.
func spelledUnit(form string) bool {
	w := strings.TrimPrefix(form, "square ")
	if len(w) < 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !(w[i] >= 'a' && w[i] <= 'z' || w[i] == '-' && i > 0) {
			return false
		}
	}
	return true
}

// singularUnit is a spelled unit in the singular: "kilometres" ->
// "kilometre", "kilowatt-hours" -> "kilowatt-hour".
func singularUnit(w string) string {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 4 {
		return w[:len(w)-1]
	}
	return w
}

// partOfThem: rest, after a count, says it is a part of a group named
// before ("two of them", "five of whom").
func partOfThem(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	for _, p := range []string{"of them", "of those", "of these", "of whom", "of which"} {
		if hasPrefixFold(t, p) && (len(t) == len(p) || !isLetter(t[len(p)])) {
			return true
		}
	}
	return false
}

// compoundFigures joins a figure in a unit and the figure right after it
// in the unit's smaller one (rules.Unit.Smaller) into one claim, in the
// larger unit, as Recognizers-Text reads them: "5 feet 2 inches" and "5
// ft 2 in" are 5.1667 feet, "6 foot 2" 6.1667, "9 minutes 40 seconds"
// 9.6667 minutes. The number is the whole expression. A list ("3 years, 2
// months, 14 days, and 16 hours", "21 years and six months") stays a
// figure each, as quantulum3's tests read it (conformance).
func (sc *sentenceCtx) compoundFigures() {
	x := sc.x
	sc.dropClaims("part", "compound-figure", func(kept []Claim, prev, c *Claim) bool {
		last := &kept[len(kept)-1]
		sm, ok := x.e.smaller[last.Unit]
		if !ok || last.Start != prev.Start || last.Vague || c.Vague || last.Value == nil || c.Value == nil ||
			last.ValueHigh != nil || c.ValueHigh != nil || c.Qualifier != "" || *last.Value != math.Trunc(*last.Value) {
			return false
		}
		between := strings.TrimLeft(x.d.Text[last.End:c.Start], " ") // the larger unit's word, then the gap
		f, n := unitAt(x.e.units, between)
		if n == 0 || f.unit != last.Unit {
			return false
		}
		gap := strings.TrimSpace(between[n:])
		switch {
		case c.Kind == last.Kind && c.Unit == sm.unit && gap == "":
		case c.Kind == KindCount && c.Unit == "" && c.Object == "" && gap == "" && *c.Value < sm.factor: // "6 foot 2"
		default:
			return false
		}
		end := c.End
		if c.Unit == sm.unit {
			_, n := unitAt(x.e.units, x.d.Text[c.End:sc.sp.End])
			end += n
		}
		last.Number = x.d.Text[last.Start:end]
		last.Value = x.values.new(*last.Value + *c.Value/sm.factor)
		last.Kind, last.End = sm.kind, end
		return true
	})
}

// subjectsOfCounts gives a count that names no counted noun, and took
// none from the figures around it (inheritUnits), the subject of its
// clause as object: "Headcount is roughly 12,400", "Cases rose to 4,000".
// Its unit stays empty: the subject says what the figure is of, not what
// it counts.
func (sc *sentenceCtx) subjectsOfCounts() {
	e := sc.x.e
	claims := sc.x.res.Claims[sc.claimsStart:]
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCount || c.Unit != "" || c.Object != "" || c.Vague {
			continue
		}
		var verb string
		c.Object, verb = e.subjectAndVerb(sc.x.d.Text[sc.sp.Start:c.Start], c.Qualifier)
		// "Overdose deaths topped 107,000": a verb of level after a plural
		// subject makes the figure a count of it.
		if head := strings.ToLower(c.Object[strings.LastIndexByte(c.Object, ' ')+1:]); head != "" && e.levelVerbs[verb] && e.plural(head) {
			c.Unit = head
		}
	}
}

// spansAsPeriods turns a duration that frames an earlier figure of its
// clause into that figure's period: in "15 million jobs in three years" the
// three years are when, not what (CLAIMS.md §1.2). "Stayed for 48 hours" or
// "reopened in 12 days", with no figure before, stay claims.
func (sc *sentenceCtx) spansAsPeriods() {
	x := sc.x
	sc.dropClaims("period", "span-period", func(kept []Claim, prev, c *Claim) bool {
		if c.Kind != KindDuration || c.Vague || !sameClause(x.d.Text, prev.End, c.Start) || prev.Kind == KindDuration {
			return false
		}
		prep := sc.spanPreposition(*c) // only now: it reads the sentence up to the number
		if prep == "" {
			return false
		}
		period := strings.Join(strings.Fields(prep+" "+c.Number+" "+c.Object), " ")
		for k := len(kept) - 1; k >= 0 && sameClause(x.d.Text, kept[k].End, c.Start); k-- {
			if kept[k].Period == "" || kept[k].Period == c.Period {
				kept[k].Period = period
			}
		}
		return true
	})
}

// dropClaims drops those of the sentence's claims that drop turns away,
// keeping the topics pass's records in step, and reports each as a
// mention with reason and rule. drop sees the claims kept so far (it may
// change them) and the claim before c, kept or not, whose number, span
// and kind are as assembled.
//
// The claims are moved in place, by index, and only once one was dropped:
// a Claim is large and holds pointers, and copies of it in variables that
// a func value sees went to the heap, one for each claim.
func (sc *sentenceCtx) dropClaims(reason, rule string, drop func(kept []Claim, prev, c *Claim) bool) {
	x := sc.x
	claims := x.res.Claims[sc.claimsStart:]
	if len(claims) < 2 {
		return
	}
	ins := x.topicIns[sc.claimsStart:] // kept in step with the claims
	n := 1                             // the claims kept, claims[:n]; the first always is
	for i := 1; i < len(claims); i++ {
		// claims[i-1] holds the claim before c: a kept claim moves to n <= i-1,
		// and to i-1 only as itself.
		if c := &claims[i]; drop(claims[:n], &claims[i-1], c) {
			if x.opt.Mentions {
				x.res.Mentions = append(x.res.Mentions, Mention{Source: c.Source, Line: c.Line, Number: c.Number, Value: c.Value,
					Start: c.Start, End: c.End, Reason: reason, Rule: rule})
			}
			continue
		}
		if n != i {
			claims[n], ins[n] = claims[i], ins[i]
		}
		n++
	}
	x.res.Claims = x.res.Claims[:sc.claimsStart+n]
	x.topicIns = x.topicIns[:sc.claimsStart+n]
}

// spanPreposition returns the preposition ("in", "over") standing right
// before a claim's number, when the rules list it and no "for" or "than"
// makes it a hedge ("for over 2 years").
func (sc *sentenceCtx) spanPreposition(c Claim) string {
	before := strings.TrimRight(sc.x.d.Text[sc.sp.Start:c.Start], " ")
	lower := strings.TrimRight(sc.lowered(sc.sp.Start, c.Start), " ")
	for _, p := range sc.x.e.rules.SpanPrepositions {
		if !strings.HasSuffix(lower, " "+p) {
			continue
		}
		prev := strings.Fields(strings.ToLower(before[:len(before)-len(p)]))
		if len(prev) > 0 && (prev[len(prev)-1] == "for" || prev[len(prev)-1] == "than") {
			return ""
		}
		return before[len(before)-len(p):]
	}
	return ""
}

// sameClause: no ; : or sentence-ending mark between two offsets.
func sameClause(src string, from, to int) bool {
	return from <= to && !strings.ContainsAny(src[from:to], ";:.!?")
}

// claimRules name the rule of a claim of each token kind ("claim-number"),
// and attributedRules that of one whose speaker the prose named.
var claimRules, attributedRules = func() (plain, attributed [len(tokenKindNames)]string) {
	for k, name := range tokenKindNames {
		plain[k] = "claim-" + name
		attributed[k] = plain[k] + "+attribution"
	}
	return plain, attributed
}()

// assemble builds the claim of token t: bound, kind, unit, object, value.
func (sc *sentenceCtx) assemble(i int, t Token) Claim {
	x, d := sc.x, sc.x.d
	e := x.e
	before := d.Text[sc.sp.Start:t.Start]
	after := d.Text[t.End:sc.sp.End]
	if n := cellEnd(d.Text, t.End); n >= 0 && n < len(after) {
		after = after[:n] // "London  47  18.4\nNorth West": no "18.4 west"
	}
	c := Claim{Source: d.Source, Line: x.lineOf(t.Start), Number: d.shownText(t.Start, t.End), Start: t.Start, End: t.End,
		Sentence: d.shownText(sc.sp.Start, sc.sp.End), Bound: BoundExact, Kind: KindCount}
	c.Qualifier, c.Bound = e.qualifierBefore(before)
	if c.Bound == "" && t.Currency == "" {
		// "about USD 3 billion": the hedge stands before the currency's code
		if code, at := currencyCodeAt(e, before); code != "" {
			c.Qualifier, c.Bound = e.qualifierBefore(before[:at])
		}
	}
	if c.Bound == "" {
		c.Bound = BoundExact
	}
	c.Rule = claimRules[t.Kind]
	c.Value = x.values.new(t.Value)

	rest := after
	// A hedge written right after the number ("30-plus", "or so"); it says
	// more than an approximation before it ("about 500 or more").
	if q, b, n := e.qualifierAfter(sc.loweredRest(rest)); n > 0 && (c.Qualifier == "" || c.Bound == BoundApprox && b != BoundApprox) {
		c.Qualifier, c.Bound = "-plus", b
		if q != "-plus" && q != "plus" {
			c.Qualifier = q
		}
		rest = rest[n:]
	}

	switch t.Kind {
	case TokVague:
		c.Value, c.Vague, c.Bound = nil, true, BoundApprox
		of := e.ofPhrase(rest)
		obj, head := e.countedNounOf(of) // not "thousands gathered outside"
		c.Object, c.Unit = obj, head
		if head == "" {
			c.Object, c.Unit = e.wholeOfBefore(x.d.Text[sc.sp.Start:t.Start], c.Qualifier) // "a crowd of thousands"
		}
		if f, n := unitAt(e.currencies, of); n > 0 {
			// "tens of billions of dollars", "a few billion dollars": an
			// amount of money, in the currency's code as every amount is
			// (the count stays a count)
			c.Unit, x.lastCurrency = f.unit, f.unit
		} else if head == "" && isLargeScale(t.Text) && x.lastCurrency != "" {
			c.Unit = x.lastCurrency // "add trillions to the deficit": an amount of money
		}
	case TokFraction:
		c.Kind = KindFraction
		of := rest
		if strings.EqualFold(t.Text, "half") && e.determinerFirst(rest) {
			of = " of" + rest // "half the nurses" is half of them
		}
		c.Object, c.Unit = e.countedNounOf(e.ofPhrase(of)) // not "one in ten reported any symptoms"
		if noun := ratioNoun(t.Text); noun != "" && !e.currencyWord(noun) {
			c.Unit = pluralOf(noun) // "one child in three" counts children (but "one pound in every 17" is a share of money)
			c.Object = c.Unit
		}
		if f, from, to := e.unitOfAFraction(rest); (c.Unit == "" || strings.EqualFold(c.Unit, rest[from:to])) && to > 0 && !ratioForm(t.Text) {
			// "half an hour", "a quarter of a mile": a share of one unit is
			// that much of the unit, and "an hour" is no rate.
			c.Kind, c.Unit, c.Object = f.kind, f.unit, strings.TrimSpace(rest[from:to])
			rest = rest[to:]
		}
		// A common fraction named by its word is reported to four
		// significant digits (two thirds = 0.6667), as a reader copies it
		// into a sheet; a ratio ("one in three", "1/3") keeps its value.
		if t.Common {
			c.Value = x.values.new(fourDigits(t.Value))
		}
	case TokMultiple:
		if e.frequency[strings.ToLower(t.Text)] && !e.isComparison(rest) {
			c.Kind, c.Unit = KindCount, "times" // "we met twice", as "seven times" is
			break
		}
		c.Kind = KindMultiple
		c.Object, c.Unit = e.nounPhrase(rest)
		if c.Unit == "" {
			c.Object, c.Unit = e.comparedNoun(rest) // "three times as many workers"
		}
	case TokOrdinal:
		c.Kind = KindRank
		c.Object, c.Unit = e.nounPhrase(skipSuperlative(rest))
	default:
		sc.assembleQuantity(&c, t, rest)
		if c.Kind != KindMoney && (t.Scaled || c.Kind == KindCount && c.Unit != "") {
			// "4.8 million doses ... the goal is 10 million", "30,000 extra
			// appointments ... well over 1.5 million a year": the figure
			// since the money counts something else.
			x.scaledMoneyIn = 0
		}
	}
	if t.Kind == TokRange {
		c.Bound = BoundRange
		c.ValueHigh = x.values.new(t.High)
		if t.Common {
			c.Kind = KindFraction // "between a quarter and a third", to four digits as each end alone
			c.Value, c.ValueHigh = x.values.new(fourDigits(t.Value)), x.values.new(fourDigits(t.High))
		}
		if t.RangeWord != "" {
			c.Qualifier = t.RangeWord
		}
	}
	c.SpeakerRole, c.SpeakerLabel = sc.p.Role, sc.p.Label
	if sc.p.Speaker != "" {
		c.Speaker = x.texts.new(sc.p.Speaker)
	} else if !x.d.Labeled || sc.p.Header || sc.p.Reported {
		if who := sc.attribution(t.Start - sc.sp.Start); who != "" {
			if r := x.d.roster.lookup(who); r != nil && sc.p.Reported {
				// A note's "Mr Corrigan said" is the participant its
				// Present line lists: Neil Corrigan, and his role.
				who, c.SpeakerRole = r.speaks, r.role
			}
			c.Speaker = x.texts.new(who)
			c.Rule = attributedRules[t.Kind]
		}
	}
	c.Period = sc.periodFor(t.Start, t.End)
	if per := e.perOf(sc.loweredRest(rest)); per != "" {
		c.Per = x.ids.add([]byte(per)) // a copy: the lowered sentence is the document's scratch
	}
	x.topicIns = append(x.topicIns, topicIn{object: c.Object, unit: c.Unit, sentence: sc.index})
	c.ID = x.claimID(sc.text, c.Number, len(x.res.Claims) == sc.claimsStart, sc.claimsLeft == 1)
	sc.claimsLeft--
	return c
}

// assembleQuantity settles kind, unit and value of a plain number: percent,
// money, measure, duration, a multiple ("seven times as many") or a count.
func (sc *sentenceCtx) assembleQuantity(c *Claim, t Token, rest string) {
	x, e := sc.x, sc.x.e
	if t.Compounded && t.Kind == TokWord && (hasSuffixFold(t.Text, " and a half") || hasSuffixFold(t.Text, " and a quarter")) {
		if w := strings.Fields(t.Text); len(w) > 1 {
			if f, ok := e.lx.unitWithin(w[1]); ok {
				c.Kind, c.Unit = f.kind, f.unit // "an hour and a half"
				return
			}
		}
	}
	if t.Percent {
		c.Kind, c.Unit = KindPercent, "percent"
		c.Object, _ = e.shareOf(rest)
		if c.Object == "" {
			c.Object = e.objectBefore(x.d.Text[sc.sp.Start:t.Start], c.Qualifier) // "an unemployment rate of 3.9%"
		}
		return
	}
	currency := t.Currency
	cued, cuedLen := unitForm{}, 0
	if currency == "" && len(e.cued) > 0 {
		cued, cuedLen = e.cuedUnitAt(rest, sc.lowered(sc.sp.Start, t.Start), !t.Scaled, &x.tally) // "weighed 225 pounds"
	}
	form := t.Text // what wrote the currency: the symbol, or the word after
	if currency == "" && cuedLen == 0 {
		if f, n := unitAt(e.currencies, rest); n > 0 {
			currency, form = x.tally.sharer(e, x.d.Text, f.unit, f.text), f.text
			rest = rest[n:]
			if wi, ok := e.lx.lookup(lastWord(f.text)); ok && wi.scale > 0 && wi.scale < 1 && !t.Scaled && c.Value != nil {
				// "six and a quarter cents", "72 US cents": the subunit the
				// scanner did not join to the number scales it (0.0625
				// dollars).
				c.Value = x.values.new(*c.Value * wi.scale)
			}
		} else if code := currencyCodeBefore(e, x.d.Text[sc.sp.Start:t.Start]); code != "" {
			currency, form = code, code
		}
	}
	if currency != "" && currency == t.Currency {
		if w := subunitWord(e.lx, t.Text); w != "" {
			currency = x.tally.sharer(e, x.d.Text, currency, w) // "52.7 cent" beside "€" amounts
		}
	}
	if currency == "USD" && x.localDollar != "" && !explicitUS(form) {
		currency = x.localDollar // "$227 million" where "US$300 million" and "A$470 million" are told apart
	}
	if currency != "" {
		c.Kind, c.Unit = KindMoney, currency
		x.lastCurrency = currency
		if t.Scaled && t.Scale >= 1e6 {
			x.scaledMoney, x.scaledMoneyIn = currency, 1+sc.p.BodyStart
		}
		if t.Scaled && t.Scale >= 1000 {
			sc.lastScale = t.Scale
		} else if t.Decimal && t.Kind != TokRange && sc.lastScale > 0 && t.Value >= 1 && t.Value < 1000 && !centsOf(c.Number) && !sc.unitPrice(t, rest) {
			// "$7.266 trillion ... and $1.781": the scale said once holds for
			// the amounts after it; not for dollars and cents ("revenue was
			// $4.2 billion, and EPS was $1.37").
			c.Value = x.values.new(scaleValue(trimSign(strings.TrimLeft(c.Number, "$€£¥₹ US")), sc.lastScale))
		}
		// "$5 billion in U.K. aid", "$20 billion for vaccines"
		for_ := e.ofPhrase(skipWords(rest, "in", "for"))
		if c.Object, _ = e.nounPhrase(for_); e.verbWithObject(for_, c.Object) {
			c.Object = ""
		}
		if c.Object == "" {
			c.Object = e.objectBefore(x.d.Text[sc.sp.Start:t.Start], c.Qualifier) // "a budget of $5 billion"
		}
		return
	}
	f, n := cued, cuedLen
	if n == 0 {
		f, n = unitAt(e.units, rest)
	}
	if n > 0 && e.shiftOf(f, rest[n:]) {
		n = 0 // "three night shifts": the count is of shifts
	}
	if n > 0 {
		c.Kind, c.Unit = f.kind, f.unit
		unit := rest[:n] // after a hedge the number's own text ends ("40-odd years")
		rest = rest[n:]
		if q, b, m := e.qualifierAfter(sc.loweredRest(rest)); m > 0 && (c.Qualifier == "" || c.Bound == BoundApprox && b != BoundApprox) {
			c.Qualifier, c.Bound = q, b
			rest = rest[m:]
		}
		if c.Kind == KindPercent {
			if c.Object, _ = e.shareOf(rest); c.Object == "" {
				c.Object = e.objectBefore(x.d.Text[sc.sp.Start:t.Start], c.Qualifier) // "a turnout of 64 percent"
			}
		} else {
			obj, _ := e.nounPhrase(rest)
			c.Object = strings.TrimSpace(strings.TrimLeft(unit, " -") + " " + obj)
		}
		return
	}
	if w := wordEndingLine(rest); w != "" {
		// "BISCAYNE BAY...5-8 FT" / "CARD SOUND ...": a unit that ends
		// the line is the figure's, not the head of a phrase run on
		// into the next line's capitals.
		lw := strings.ToLower(w)
		if f, n := unitAt(e.units, lw); n > 0 && n == len(lw) && (f.kind == KindDuration || f.kind == KindMeasure && (n > 2 || e.shortUnits[lw])) {
			c.Kind, c.Unit = f.kind, f.unit
			return
		}
	}
	obj, head := e.countedPhrase(rest)
	verb := head != "" && e.verbWithObject(rest, obj)
	if verb {
		obj, head = "", "" // "a crowd of 71,608 watched the final": no noun after the number
	}
	if head == "" && !verb {
		obj, head = e.countedPhrase(e.ofPhrase(rest)) // "55 of the biggest companies"
	}
	if head == "" {
		obj = e.compoundNoun(rest) // "a 7-point gain"
		head = strings.ToLower(obj)
	}
	c.Object, c.Unit = obj, head
	if sc.percentagePoints(head, t) {
		c.Kind, c.Unit = KindPercent, "percent" // "from 58 percent to 49%, nine points"
		return
	}
	if f, n := unitAt(e.units, head); n > 0 && n == len(head) && (f.kind == KindDuration || f.kind == KindMeasure && (n > 2 || e.shortUnits[head]) && !squareOrCubic(obj)) {
		c.Kind, c.Unit = f.kind, f.unit // "15 consecutive years", "24 straight months", "276 rushing yards"
		return
	}
	if head == "" {
		// "extend the number of drugs to 50": the count is of that noun.
		c.Object, c.Unit = e.numberOfBefore(x.d.Text[sc.sp.Start:t.Start], sc.lowered(sc.sp.Start, t.Start))
	}
	if c.Unit == "" {
		// "a population of 1.4 billion": the count is of that group.
		c.Object, c.Unit = e.wholeOfBefore(x.d.Text[sc.sp.Start:t.Start], c.Qualifier)
	}
	if c.Unit == "" && (strings.Contains(sc.text, "  ") || strings.IndexByte(sc.text, '\t') >= 0 || strings.IndexByte(sc.text, '|') >= 0) {
		if label := rowLabel(x.d.Text, t.Start); label != "" && sc.rowUnit(c, label) {
			return // "1,548.2" in the row "Revenue ($m)"
		}
		col := e.textColumnOf(x.d.Text, t.Start, t.End)
		if col.rowUnit != "" && t.Currency == "" && !t.Percent && c.Value != nil {
			sc.unitFromCell(c, col.rowUnit, rowLabel(x.d.Text, t.Start))
			return
		}
		switch {
		case col.money != "" && t.Currency == "" && !t.Scaled && c.Value != nil:
			// "2,187.40" under "Central funds released", in "Rs. crore"
			c.Kind, c.Unit = KindMoney, col.money
			c.Value = x.values.new(*c.Value * col.scale)
			if c.Object == "" {
				c.Object = col.heading
			}
			return
		case col.unit == "percent":
			c.Kind, c.Unit = KindPercent, "percent" // a "CFR (%)" column
			return
		case col.unit == "percentage point":
			c.Kind, c.Unit = KindMeasure, col.unit // a "Change (pts)" column
			return
		case col.unit != "":
			c.Unit = col.unit // "402" under "Cases"
			if f, n := unitAt(e.units, col.unit); n == len(col.unit) && f.kind == KindMeasure {
				c.Kind, c.Unit = KindMeasure, f.unit // "1,320" under "Hectares"
			}
			if c.Object == "" && col.heading != "" {
				c.Object = col.heading
			}
		case yearHeading(col.heading) && c.Kind == KindCount:
			// "187" under "2025" in the row "Robbery": the row's label
			// names what the year's figure counts.
			sc.countRowOrHeading(c, rowLabel(x.d.Text, t.Start))
		}
		if col.counted > 0 && c.Value != nil && col.money == "" && !t.Scaled {
			c.Value = x.values.new(*c.Value * col.counted) // "2,412.60" persondays "(in lakh)"
		}
	}
	if c.Unit == "" && t.Currency == "" && !t.Percent {
		switch unit := e.fieldUnit(x.d.Text, sc.p.BodyStart, t.Start, t.End); unit {
		case "":
		case "percent":
			c.Kind, c.Unit = KindPercent, unit // "Unemployment rate: 4.1"
			return
		default:
			c.Unit = unit // "Abstentions: 8", "yeas 217"
		}
	}
	if c.Unit == "" && !t.Scaled && t.Currency == "" && t.Value < 100 {
		if subject := e.subjectBefore(x.d.Text[sc.sp.Start:t.Start], c.Qualifier); e.percentSubject(subject) {
			c.Kind, c.Unit, c.Object = KindPercent, "percent", subject // "unemployment was down to 3.9"
			return
		}
	}
	if c.Unit == "" && c.Kind == KindCount && t.Currency == "" && x.askedJust && answerLead(x.d.Text[sc.p.BodyStart:sc.sp.Start]) && !partOfThem(rest) {
		// "Q. How many hours a week was a supervisor scheduled for?" /
		// "A. Scheduled, 40.": a bare figure that opens the answer counts
		// what the question asked how many of.
		if kind, unit, object := e.askedHowMany(x.question); unit != "" {
			c.Kind, c.Unit = kind, unit
			if c.Object == "" {
				c.Object = object
			}
			return
		}
	}
	if strings.EqualFold(head, "grand") && strings.EqualFold(obj, "grand") && c.Value != nil && !t.Scaled {
		// "nine grand saved": a thousand of the document's currency; "24
		// grand slams" count slams.
		k := strings.Index(x.d.Text[t.End:], obj) + len(obj)
		c.Kind, c.Unit, c.Object = KindMoney, x.contextCurrency(), ""
		c.Value = x.values.new(*c.Value * 1000)
		c.End = t.End + k
		c.Number = x.d.Text[c.Start:c.End]
		return
	}
	if c.Unit == "" {
		c.Unit = sc.unitBack(t, rest) // "Eleven of them", "completed 3,115."
	}
	if c.Unit == "" && t.Currency == "" && !c.Vague {
		// The subject a bare figure counts: "our official count was
		// 14,960", "births fell from 3,100 in 2008 to 2,250", "trolley
		// waits numbered 412", "Damaged houses: 12,866".
		for _, subjectOf := range [...]func(Token, string) (string, string){sc.countSubject, sc.changeSubject, sc.numberedSubject, sc.headingSubject} {
			if subject, head := subjectOf(t, c.Qualifier); head != "" {
				c.Object, c.Unit = subject, head
				return
			}
		}
	}
	if c.Unit == "" && t.Currency == "" && c.Value != nil {
		if code := sc.exchangeRate(t, rest); code != "" {
			c.Kind, c.Unit, c.Object = KindMoney, code, "" // "the naira ... at 1,550 to the dollar"
			return
		}
	}
	if c.Unit == "" && t.Currency == "" && t.Scaled && t.Scale >= 1e6 && t.Kind == TokNumber && x.scaledMoneyIn == 1+sc.p.BodyStart && !e.plural(firstWordLower(rest)) {
		// "1.05 billion euros, the first club ever to break that barrier.
		// Then City on 838 million": a bare amount of millions after one
		// of money in the same paragraph is money too.
		c.Kind, c.Unit, c.Object = KindMoney, x.scaledMoney, ""
		return
	}
	if c.Unit == "" && t.Currency == "" && c.Value != nil && (t.Scaled || t.Value >= 20) && sc.moneyByContext(t, c.Qualifier, rest) {
		c.Kind, c.Unit, c.Object = KindMoney, x.contextCurrency(), "" // "our rent is thirteen hundred"
		return
	}
	if c.Unit == "" {
		if obj, ok := e.ratioBefore(x.d.Text[sc.sp.Start:t.Start]); ok {
			// "a hazard ratio of 0.72", "HR 0.58, 95% CI 0.48 to 0.70": a
			// ratio is the factor of one thing to another.
			c.Kind, c.Object, c.Unit = KindMultiple, obj, "ratio"
			return
		}
	}

	// "three times as many" compares, and so does "1.4 times": occasions
	// come whole.
	if strings.EqualFold(head, "times") && (e.isComparison(rest) || t.Value != math.Trunc(t.Value)) {
		c.Kind = KindMultiple
		c.Object, c.Unit = e.comparedNoun(rest) // "three times as many workers"
	} else if t.Value != math.Trunc(t.Value) && hasWordPrefixFold(obj, "times") {
		c.Kind = KindMultiple // "1.9 times EBITDA": a multiple of what follows
		c.Object = strings.TrimSpace(obj[len("times"):])
	}
}

// answerLead reports whether the text of an answer before a sentence
// leaves it the answer's lead, whose bare figure answers the question's
// "how many": the first sentence, or the second after a short first
// ("Scheduled, 40. In practice they were doing 48 to 55").
func answerLead(before string) bool {
	return len(before) < maxAnswerLead && strings.Count(before, ". ")+strings.Count(before, "? ")+strings.Count(before, "! ") <= 1
}

// maxAnswerLead bounds the short first sentence answerLead reads past.
const maxAnswerLead = 40

// askedHowMany is what a question asks how many of ("How many people
// worked there in 2022?", "how many hours a week was a supervisor
// scheduled for?"): a duration's unit, or a plural noun counted, and its
// phrase; "" where it asks no "how many" of a noun.
func (e *Engine) askedHowMany(question string) (kind, unit, object string) {
	q := question[max(0, len(question)-maxQuestionTail):]
	k := strings.LastIndex(strings.ToLower(q), "how many ")
	if k < 0 {
		return "", "", ""
	}
	r := q[k+len("how many "):]
	if f, n := unitAt(e.units, r); n > 0 && f.kind == KindDuration {
		return KindDuration, f.unit, ""
	}
	object, head := e.nounPhrase(r)
	if head == "" || !e.plural(strings.ToLower(head)) {
		return "", "", ""
	}
	return KindCount, strings.ToLower(head), object
}

// maxQuestionTail is how much of a question's end askedHowMany reads:
// its last sentence or two.
const maxQuestionTail = 300

// moneyByContext reports whether a bare figure is an amount of money by
// the words around it (the rules' money_subjects, money_objects and
// money_verbs): "our rent is thirteen hundred", "81.4 million in ARR",
// "we take home about 2,700 a month".
func (sc *sentenceCtx) moneyByContext(t Token, qualifier, rest string) bool {
	e, before := sc.x.e, sc.x.d.Text[sc.sp.Start:t.Start]
	r := strings.TrimLeft(rest, " ")
	if hasPrefixFold(r, "in ") {
		r = strings.TrimLeft(r[len("in "):], " ")
		if hasPrefixFold(r, "the ") {
			r = r[len("the "):]
		}
		w, _ := nextWordOf(r)
		if hasLowered(e.moneyObjects, w) {
			return true
		}
	}
	b := strings.TrimRight(beforeHedge(before, qualifier), " ")
	for _, n := range [...]int{2, 1} { // "take home", "earned"
		if w := tailWords(b, n); w != "" && hasLowered(e.moneyVerbs, w) {
			return true
		}
	}
	subject, verb := sc.subjectNextToVerb(t, qualifier) // "... between us and our rent is"
	if subject == "" || strings.Contains(verb, " up") || strings.Contains(verb, " down") || strings.HasSuffix(verb, " by") {
		return false // "rents are up 30": a change, most often a share
	}
	for _, n := range [...]int{2, 1} { // "burn rate", "rent"
		if w := tailWords(subject, n); w != "" && hasLowered(e.moneySubjects, w) {
			return true
		}
	}
	return false
}

// countSubject is the subject of the clause before a bare figure, and its
// head, where that head is a group whose size a figure gives (the rules'
// count_subjects): "our official count was 14,960", "enrollment is 3,200".
func (sc *sentenceCtx) countSubject(t Token, qualifier string) (string, string) {
	e := sc.x.e
	subject, verb := sc.subjectNextToVerb(t, qualifier)
	if subject == "" || strings.Contains(verb, " up") || strings.Contains(verb, " down") || strings.HasSuffix(verb, " by") {
		return "", "" // "enrollment is down 3,452": a change of it
	}
	for _, n := range [...]int{2, 1} {
		if w := tailWords(subject, n); w != "" && hasLowered(e.countSubjects, w) {
			return subject, strings.ToLower(w)
		}
	}
	// "Completions were 30,330 last year": a plural subject is what the
	// figure it equals counts, where the verb says it is that many.
	if e.equalsVerbs[strings.ToLower(strings.TrimSpace(verb))] && t.Value == math.Trunc(t.Value) && t.Value >= 10 && t.Kind != TokRange {
		// A common noun: lower case, or capitalized where it opens the
		// clause alone ("Completions were"), not a place ("Hot Springs").
		word := lastWord(subject)
		head := strings.ToLower(word)
		common := word == head || word == subject && len(word) > 1 && word[1:] == head[1:]
		if common && e.pluralWhole(head) && lettersOnly(head) {
			return subject, head
		}
	}
	return "", ""
}

// changeSubject is the subject of a change said "from" one whole figure
// "to" another, and its head noun, where nothing after the figures names
// what they count and the subject is a plural noun: "Births in our county
// fell from 3,100 in 2008 to roughly 2,250" counts births, as "train
// accidents have come down from 135 to 40" counts accidents. A subject
// the rules name as a share, an amount of money or no whole ("the rate",
// "wages", "the total") counts nothing.
func (sc *sentenceCtx) changeSubject(t Token, qualifier string) (string, string) {
	if t.Value != math.Trunc(t.Value) || t.Kind == TokRange {
		return "", ""
	}
	e := sc.x.e
	b := beforeHedge(sc.x.d.Text[sc.sp.Start:t.Start], qualifier)
	var verb string
	switch {
	case hasSuffixFold(b, " from"):
		verb = b[:len(b)-len(" from")]
	case hasSuffixFold(b, " to"):
		k := strings.LastIndex(b, " from ")
		if k < 0 || !fromFigure(b[k+len(" from "):len(b)-len(" to")]) {
			return "", ""
		}
		verb = b[:k]
	default:
		return "", ""
	}
	subject, _ := e.subjectAndVerb(verb, "")
	head := strings.ToLower(lastWord(subject))
	if !e.pluralWhole(head) {
		return "", ""
	}
	return subject, head
}

// pluralWhole: head, a lower-case word, is a plural noun that counts a
// group: none the rules name as a share, an amount of money or no whole
// ("rates", "wages", "totals").
func (e *Engine) pluralWhole(head string) bool {
	return len(head) >= 4 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") &&
		!e.notWholes[head] && !e.moneySubjects[head] && !e.percentSubjects[head] && !e.moneyObjects[head]
}

// numberedSubject is the plural subject a figure numbers, and its head:
// "the so-called trolley waits — numbered 412", "Patients waiting over 52
// weeks number 1,932". A subject the rules name as a share, an amount of
// money or no whole counts nothing.
func (sc *sentenceCtx) numberedSubject(t Token, qualifier string) (string, string) {
	if t.Value != math.Trunc(t.Value) || t.Kind == TokRange {
		return "", ""
	}
	e := sc.x.e
	b := strings.TrimRight(beforeHedge(sc.x.d.Text[sc.sp.Start:t.Start], qualifier), " ")
	var subject string
	for _, v := range [...]string{" numbered", " number", " numbers", " totalled", " totaled", " totalling", " totaling"} {
		if hasSuffixFold(b, v) {
			subject = strings.TrimRight(b[:len(b)-len(v)], " —–-,")
			break
		}
	}
	head := strings.ToLower(lastWord(subject))
	if !e.pluralWhole(head) {
		return "", ""
	}
	return tailUpTo(subject, 3), head
}

// exchangeRate is the currency of a bare figure quoted against another
// one, the currency the sentence names before it: "the naira, which
// traded at 1,550 to the dollar", "the birr ... 132 per US dollar". ""
// where the figure is quoted against nothing, or no other currency is
// named.
func (sc *sentenceCtx) exchangeRate(t Token, rest string) string {
	r := strings.TrimLeft(rest, " ")
	quote := ""
	for _, lead := range [...]string{"to the ", "to one ", "to a ", "per ", "against the ", "a "} {
		if hasPrefixFold(r, lead) {
			r = r[len(lead):]
			f, n := unitAt(sc.x.e.currencies, r)
			if n == 0 || n < len(r) && isLetter(r[n]) {
				return ""
			}
			quote = f.unit
			break
		}
	}
	if quote == "" {
		return ""
	}
	before := sc.x.d.Text[sc.sp.Start:t.Start]
	named := ""
	for i := 0; i < len(before); i++ {
		if i > 0 && isLetter(before[i-1]) || !isLetter(before[i]) {
			continue
		}
		if f, n := unitAt(sc.x.e.currencies, before[i:]); n > 0 && (i+n == len(before) || !isLetter(before[i+n])) && f.unit != quote {
			named = f.unit
		}
	}
	return named
}

// headingSubject is the plural noun a situation report's line heads its
// figure with, and its head: "Damaged houses: 12,866, of which ...",
// "Evacuees: 41,207.". The heading is the sentence's first words, four at
// most, and nothing else stands before the figure.
func (sc *sentenceCtx) headingSubject(t Token, qualifier string) (string, string) {
	e := sc.x.e
	b := strings.TrimRight(beforeHedge(sc.x.d.Text[sc.sp.Start:t.Start], qualifier), " ")
	heading, ok := strings.CutSuffix(b, ":")
	if !ok || heading == "" || !isUpper(heading[0]) || strings.Count(heading, " ") > 3 || strings.ContainsAny(heading, ".,;:()") {
		return "", ""
	}
	head := strings.ToLower(lastWord(heading))
	if !e.pluralWhole(head) || hasLowered(e.notLabels, heading) {
		return "", ""
	}
	return heading, head
}

// tailUpTo is the last n words of s at most.
func tailUpTo(s string, n int) string {
	i := len(s)
	for range n {
		j := strings.LastIndexByte(s[:i], ' ')
		if j < 0 {
			return s
		}
		i = j
	}
	return strings.TrimLeft(s[i:], " ")
}

// fromFigure reports whether s, the text between "from" and "to", is one
// figure and at most the time it was counted ("3,100 in 2008", "135 in
// 2014-15").
func fromFigure(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 4 || !isDigit(w[0][0]) || strings.ContainsAny(s, ",;") && !isDigit(s[0]) {
		return false
	}
	return len(w) == 1 || len(w) >= 3 && (w[1] == "in" || w[1] == "during")
}

// subjectNextToVerb is subjectAndVerb of the text before a figure, or,
// where its clause is longer than that reads, the words right before the
// verb ("... between us and our rent is").
func (sc *sentenceCtx) subjectNextToVerb(t Token, qualifier string) (string, string) {
	e, before := sc.x.e, sc.x.d.Text[sc.sp.Start:t.Start]
	subject, verb := e.subjectAndVerb(before, qualifier)
	if subject != "" {
		return subject, verb
	}
	b := strings.TrimRight(beforeHedge(before, qualifier), " ")
	for _, v := range e.changeVerbs[strings.ToLower(b[strings.LastIndexByte(b, ' ')+1:])] {
		if hasSuffixFold(b, v) {
			return strings.TrimRight(b[:len(b)-len(v)], " "), v
		}
	}
	return "", ""
}

// nextWordOf is the first word of s (letters, digits, hyphens and
// apostrophes) and the rest after it.
func nextWordOf(s string) (string, string) {
	k := 0
	for k < len(s) && (isAlnum(s[k]) || s[k] == '-' || s[k] == '\'') {
		k++
	}
	return s[:k], s[k:]
}

// wordEndingLine is the one word of letters that rest opens with, after a
// space, where a line break follows it ("5-8 FT\nCARD SOUND"); else "".
func wordEndingLine(rest string) string {
	if len(rest) < 2 || rest[0] != ' ' {
		return ""
	}
	i := 1
	for i < len(rest) && (isLetter(rest[i]) || rest[i] == '/') {
		i++
	}
	j := i
	for j < len(rest) && (rest[j] == ' ' || rest[j] == '\r' || rest[j] == '.') {
		j++
	}
	if i == 1 || j == len(rest) || rest[j] != '\n' {
		return ""
	}
	return rest[1:i]
}

// tailWords is the last n words of s, or "" when s has fewer.
func tailWords(s string, n int) string {
	s = strings.TrimRight(s, " ")
	i := len(s)
	for k := range n {
		j := strings.LastIndexByte(s[:i], ' ')
		if k == n-1 {
			return s[j+1:]
		}
		if j < 0 {
			return ""
		}
		i = j
	}
	return ""
}

// contextCurrency is the currency of an amount whose currency is left
// unsaid: the one the document writes most amounts in by symbol or code,
// where that is twice as many as any other; else the one it named last;
// else its plain "$"'s.
func (x *docState) contextCurrency() string {
	best, most, second := "", 0, 0
	for i, code := range x.tally.written {
		switch n := x.tally.writtenN[i]; {
		case n > most:
			best, most, second = code, n, most
		case n > second:
			second = n
		}
	}
	switch {
	case most > 0 && most >= 2*second:
	case x.lastCurrency != "":
		best = x.lastCurrency
	default:
		best = "USD"
	}
	if best == "USD" && x.localDollar != "" {
		best = x.localDollar
	}
	return best
}

// percentSubject reports whether a clause's subject is a rate given as a
// bare figure (the rules' percent_subjects): "unemployment", "the
// jobless rate".
func (e *Engine) percentSubject(subject string) bool {
	if subject == "" {
		return false
	}
	// The subject's last word, or its last two ("jobless rate"), lowered
	// in a buffer of the stack.
	var buf [48]byte
	tail := subject
	if k := strings.LastIndexByte(strings.TrimRight(subject[:max(0, strings.LastIndexByte(subject, ' '))], " "), ' '); k >= 0 {
		tail = subject[k+1:]
	}
	if len(tail) > len(buf) {
		return false
	}
	l := lowerASCII(buf[:0], tail)
	if e.percentSubjects[string(l)] {
		return true
	}
	k := bytes.IndexByte(l, ' ')
	return k >= 0 && e.percentSubjects[string(l[k+1:])]
}

// unitBack is the unit a bare count takes from a count said just before
// it, where the words say both count the same things:
//   - "N of them": the last count's ("96 units ... Eleven of them");
//   - "N of the M": the count of M given before ("all 12 CubeSats ... 11
//     of the 12"), and so "the M" itself;
//   - a count that ends its clause after another count of its sentence
//     ("permitted 4,870 new units and completed 3,115."), or that is the
//     sentence and says a count again ("1,100 members ... Eleven
//     hundred!").
//
// Only counts within backReach bytes before it are looked at.
func (sc *sentenceCtx) unitBack(t Token, rest string) string {
	if t.Value != math.Trunc(t.Value) || t.High != 0 || len(sc.x.res.Claims) == 0 {
		return "" // "an average of 18.6", "from 74 to 61"
	}
	before := sc.lowered(sc.sp.Start, t.Start)
	if r := strings.TrimLeft(rest, " "); pronounCopula(before) && (r == "" || strings.IndexByte(".;!?,", r[0]) >= 0) {
		// "Our kindergarten class is 912 children. Twenty years ago it
		// was over 1,400": "it" is what this sentence or the one before
		// counted.
		from := max(prevSentenceStart(sc.x.d.Text, sc.sp.Start), sc.p.BodyStart)
		return sc.lastCountUnit(from, t.Start, -1)
	}
	if afterCopula(before) {
		return "" // "the estimate was 52,000", "he's just 21"
	}
	if q, _ := sc.x.e.qualifierBefore(before); partOfWhich(beforeHedge(before, q)) {
		// "The remaining 1,092 habitations could not be connected, of
		// which about 640 are in ...": a part of the group just counted.
		return sc.lastWholeUnit(max(t.Start-backReach, sc.p.BodyStart), t.Start, t.Value)
	}
	r := strings.TrimLeft(rest, " ")
	switch {
	case hasPhrasePrefixFold(r, "of them") || hasPhrasePrefixFold(r, "of those") || hasPhrasePrefixFold(r, "of these"): // "180,000 of them, ..." too
		// Within the paragraph, with no nearer "those homes" between, and
		// a whole larger than the part: "1,186 firearms ..., 23 pistols
		// ... rifles made up 142 of them" are firearms.
		// The group is named in this sentence or the two before ("Yes. I
		// got the emails too. About 4,000 of them" are no count named
		// further back).
		prev := prevSentenceStart(sc.x.d.Text, prevSentenceStart(sc.x.d.Text, sc.sp.Start))
		return sc.lastWholeUnit(max(t.Start-backReach, sc.p.BodyStart, prev), t.Start, t.Value)
	case hasWordPrefixFold(r, "of the"):
		if v, ok := leadingWhole(r[len("of the"):]); ok {
			return sc.lastCountUnit(t.Start-backReach, t.Start, v)
		}
	}
	if strings.HasSuffix(before, "the ") {
		return sc.lastCountUnit(t.Start-backReach, t.Start, t.Value)
	}
	if ofTheLead(before) {
		// "Of the 38 infections among health workers, 29 happened
		// before"; but "Of the 212, 164 were homes" counts homes.
		if noun := copulaNoun(r); noun != "" {
			return noun
		}
		return sc.lastCountUnit(sc.sp.Start, t.Start, -1)
	}
	if r == "" || strings.IndexByte(".;!?", r[0]) >= 0 {
		if strings.TrimSpace(before) == "" {
			return sc.lastCountUnit(t.Start-backReach, t.Start, t.Value) // "1,100 members ... Eleven hundred!"
		}
		if elliptic(before) {
			return sc.lastCountUnit(sc.sp.Start, t.Start, -1)
		}
	}
	if aux := leadingAuxiliary(r); aux != "" && coordinated(before) {
		return sc.parallelCountUnit(aux, t.Start) // "31 trains were cancelled, 44 were diverted"
	}
	return ""
}

// partOfWhich: the text before a count, lower case, ends in "of which"
// or "of whom" after a comma ("..., of which 640").
func partOfWhich(before string) bool {
	for _, p := range [...]string{", of which", ", of whom"} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// hasPhrasePrefixFold reports whether s begins with the words w, in any
// case, and a word ends there: a space, a comma, the end.
func hasPhrasePrefixFold(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) && (len(s) == len(w) || !isLetter(s[len(w)]))
}

// ofTheLead reports whether a sentence opens with the group its count is a
// part of, before a comma that the count comes after ("of the 38
// infections among health workers, 29", "among those 12 sites, 3"): before
// is the sentence's text up to the count, lower case.
func ofTheLead(before string) bool {
	for _, lead := range [...]string{"of the ", "of those ", "of these ", "among the ", "among those ", "among these "} {
		if strings.HasPrefix(before, lead) {
			k := strings.IndexByte(before, ',')
			return k > 0 && strings.TrimSpace(before[k+1:]) == ""
		}
	}
	return false
}

// copulaNoun is the plural that rest, the text after a count, says the
// things counted are, after a form of "be" ("were homes"), or "".
func copulaNoun(rest string) string {
	for _, be := range [...]string{"were", "are"} {
		if hasWordPrefixFold(rest, be) {
			w := strings.TrimLeft(rest[len(be):], " ")
			k := 0
			for k < len(w) && isLowerASCII(w[k]) {
				k++
			}
			if k > 3 && w[k-1] == 's' && !strings.HasSuffix(w[:k], "ss") {
				return w[:k]
			}
			return ""
		}
	}
	return ""
}

// elliptic reports whether the words before (lower case) a count that ends its clause
// leave out the noun of a count before it: a verb ("and completed
// 3,115"), "and", "sometimes" ("six patients each, sometimes seven"). A
// preposition ("one of four", "for week 37") or a noun names what the
// count is of.
func elliptic(before string) bool {
	b := strings.TrimRight(before, " ")
	i := strings.LastIndexByte(b, ' ')
	w := strings.Trim(b[i+1:], ",;:—–")
	switch w {
	case "about", "around", "roughly", "nearly", "almost", "approximately", "only", "just", "some", "over":
		// A hedge before the count: the word before it tells ("and we got
		// about 1,700").
		b = strings.TrimRight(b[:max(i, 0)], " ")
		i = strings.LastIndexByte(b, ' ')
		w = strings.Trim(b[i+1:], ",;:—–")
	}
	switch w {
	case "and", "or", "sometimes", "maybe", "perhaps", "another", "got", "had", "has", "have", "hit", "made", "built", "won", "lost", "took", "saw", "cost", "sold", "hired", "opened":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed")
}

// leadingAuxiliary is the auxiliary verb that s opens with ("were
// diverted"), or "".
func leadingAuxiliary(s string) string {
	w, _ := nextWordOf(s)
	switch strings.ToLower(w) {
	case "were", "was", "are", "is", "have", "has", "had", "will", "would":
		return strings.ToLower(w)
	}
	return ""
}

// coordinated reports whether before (lower case) ends a clause the
// count opens after another: a comma, "and", "while" or "but".
func coordinated(before string) bool {
	b := strings.TrimRight(before, " ")
	return strings.HasSuffix(b, ",") || strings.HasSuffix(b, ";") || strings.HasSuffix(b, " and") || strings.HasSuffix(b, " while") || strings.HasSuffix(b, " but")
}

// parallelCountUnit is the unit of the sentence's last count before at
// whose noun the same auxiliary follows ("31 trains were cancelled, 44
// were diverted and 12 were short-terminated"): the clauses are built
// alike and leave the noun out after the first.
func (sc *sentenceCtx) parallelCountUnit(aux string, at int) string {
	claims, text := sc.x.res.Claims, sc.x.d.Text
	for i := len(claims) - 1; i >= 0 && claims[i].Start >= sc.sp.Start; i-- {
		c := &claims[i]
		if c.Kind != KindCount || c.Unit == "" || c.Unit == "times" {
			continue
		}
		after := text[c.End:min(at, c.End+60)]
		if k := strings.IndexByte(after, ','); k >= 0 {
			after = after[:k]
		}
		if strings.Contains(strings.ToLower(after), " "+aux+" ") {
			return c.Unit
		}
		return ""
	}
	return ""
}

// backReach bounds how far before a bare count unitBack looks.
const backReach = 300

// afterCopula reports whether before (lower case) ends in a form of "be",
// and an adverb or two ("was 52,000", "he's just 21", "are now about"):
// what the number is, the words before it say.
func afterCopula(before string) bool {
	b := before
	for range 3 {
		b = strings.TrimRight(b, " ")
		k := strings.LastIndexByte(b, ' ')
		w := strings.Trim(b[k+1:], ",;:—–-")
		b = b[:max(k, 0)]
		switch {
		case w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been" ||
			strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "’re"):
			return true
		case w == "just" || w == "only" || w == "now" || w == "still" || w == "about" || w == "around" || w == "nearly" || w == "almost" || w == "roughly" || w == "exactly":
		default:
			return false
		}
	}
	return false
}

// pronounCopula reports whether before, lower case, ends with "it" and a
// copula, with the hedges and adverbs afterCopula passes over ("it was
// over ", "it's just "). "That's two million" sums what came before, and
// is not taken for it.
func pronounCopula(before string) bool {
	b := before
	for range 4 {
		b = strings.TrimRight(b, " ")
		k := strings.LastIndexByte(b, ' ')
		w := b[k+1:]
		b = b[:max(k, 0)]
		switch w {
		case "it's", "it’s":
			return true
		case "is", "was":
			b = strings.TrimRight(b, " ")
			return b[strings.LastIndexByte(b, ' ')+1:] == "it"
		case "just", "only", "now", "still", "about", "around", "nearly", "almost", "roughly", "exactly", "over", "under":
		default:
			return false
		}
	}
	return false
}

// lastCountUnit is the unit of the document's last count claim that
// starts at from or after and has one, of value v where v is not -1; for
// any value, none where "those" or "these" comes between it and at.
func (sc *sentenceCtx) lastCountUnit(from, at int, v float64) string {
	claims := sc.x.res.Claims
	for i := len(claims) - 1; i >= 0 && claims[i].Start >= from; i-- {
		c := &claims[i]
		if c.Kind == KindCount && c.Unit != "" && c.Unit != "times" && (v < 0 || c.Value != nil && *c.Value == v) {
			if v < 0 && nearerPlural(sc.x.d.Text[c.End:max(c.End, at)]) {
				return "" // "1,200 units ... those homes ... 410 of them"
			}
			return c.Unit
		}
	}
	return ""
}

// prevSentenceStart is where the sentence before the one that starts at
// start begins: after the full stop, question or exclamation mark before
// it, or a line break; 0 at the text's start.
func prevSentenceStart(text string, start int) int {
	i := start - 1
	for i > 0 && (text[i] == ' ' || text[i] == '\n' || text[i] == '"') {
		i--
	}
	i-- // the sentence's own end mark
	for ; i > 0; i-- {
		if c := text[i]; (c == '.' || c == '?' || c == '!') && (text[i+1] == ' ' || text[i+1] == '\n') || c == '\n' {
			return i + 1
		}
	}
	return 0
}

// lastWholeUnit is the unit of the last count before at (from from on)
// larger than part, the group "part of them" is a part of; "" where a
// "those" or "these" nearer names another group.
func (sc *sentenceCtx) lastWholeUnit(from, at int, part float64) string {
	claims := sc.x.res.Claims
	for i := len(claims) - 1; i >= 0 && claims[i].Start >= from; i-- {
		c := &claims[i]
		if c.Kind != KindCount || c.Unit == "" || c.Unit == "times" || c.Value == nil || *c.Value <= part {
			continue
		}
		if nearerPlural(sc.x.d.Text[c.End:max(c.End, at)]) {
			return "" // "1,200 units ... those homes ... 410 of them"
		}
		return c.Unit
	}
	return ""
}

// nearerPlural reports a "those" or "these" between a count and the words
// that refer back: the group they name is the nearer one.
func nearerPlural(between string) bool {
	l := strings.ToLower(between)
	return strings.Contains(l, "those ") || strings.Contains(l, "these ")
}

// leadingWhole reads the whole number in digits that s begins with, after
// spaces: "12 have phoned home" gives 12.
func leadingWhole(s string) (float64, bool) {
	s = strings.TrimLeft(s, " ")
	n, i := 0.0, 0
	for ; i < len(s) && (isDigit(s[i]) || s[i] == ',' && i > 0 && i+1 < len(s) && isDigit(s[i+1])); i++ {
		if s[i] != ',' {
			n = n*10 + float64(s[i]-'0')
		}
	}
	return n, i > 0 && (i == len(s) || !isLetter(s[i]))
}

// percentagePoints reports whether a count of head is one of percentage
// points: "points" (or "point", "pts") of at most 100, in a sentence with
// a share in it and none of the rules' not_percentage_points words.
func (sc *sentenceCtx) percentagePoints(head string, t Token) bool {
	switch head {
	case "points", "point", "pts":
	default:
		return false
	}
	if t.Value > 100 || t.High > 100 || !slices.ContainsFunc(sc.toks, sc.isShare) {
		return false
	}
	for w := range strings.FieldsFuncSeq(sc.lowerText(), func(r rune) bool { return !unicode.IsLetter(r) && r != '&' }) {
		if sc.x.e.notPoints[w] {
			return false
		}
	}
	return true
}

// isShare reports whether a token of the sentence is a share: "49%", or a
// number with a unit of percent after it ("58 percent").
func (sc *sentenceCtx) isShare(t Token) bool {
	if t.Percent {
		return true
	}
	text := sc.x.d.Text
	f, n := unitAt(sc.x.e.units, text[t.End:min(len(text), sc.sp.End)])
	return n > 0 && f.kind == KindPercent
}

// unitOfAFraction reads "an hour", "of a mile", "of a percent" after a
// fraction: one unit, written in rest[from:to], or none (to is 0).
func (e *Engine) unitOfAFraction(rest string) (f unitForm, from, to int) {
	t := strings.TrimLeft(rest, " ")
	// "a quarter point", "a half-point cut": a share of a point said as
	// one word with it, as a central bank's move is.
	if pt := strings.TrimPrefix(t, "-"); hasPrefixFold(pt, "point") && (len(pt) == len("point") || !isAlnum(pt[len("point")])) {
		if pp, m := unitAt(e.units, "percentage point"); m > 0 {
			from := len(rest) - len(pt)
			return pp, from, from + len("point")
		}
	}
	if hasPrefixFold(t, "of ") {
		t = t[len("of "):]
	}
	switch {
	case hasPrefixFold(t, "a "):
		t = t[len("a "):]
	case hasPrefixFold(t, "an "):
		t = t[len("an "):]
	default:
		return unitForm{}, 0, 0
	}
	f, n := unitAt(e.units, t)
	if n == 0 && hasPrefixFold(t, "point") {
		// "two-tenths of a point", "a quarter of a point": a share of a
		// point is of a percentage point, as no count of points is.
		if pp, m := unitAt(e.units, "percentage point"); m > 0 {
			f, n = pp, len("point")
		}
	}
	if n == 0 || n < len(t) && isAlnum(t[n]) {
		return unitForm{}, 0, 0
	}
	return f, len(rest) - len(t), len(rest) - len(t) + n
}

// compoundNoun is the noun a number is hyphened to in a compound before
// the noun it describes: "a 7-point gain", "a 10-member delegation", "a
// 50-page report" count points, members and pages. A word of the rules'
// phrase classes ("a 40-strong team") or shaped like an adjective or a
// participle ("1-based", "a 3-sided") is none.
func (e *Engine) compoundNoun(rest string) string {
	if len(rest) < 2 || rest[0] != '-' || !isLetter(rest[1]) {
		return ""
	}
	j := 1
	for j < len(rest) && isLetter(rest[j]) {
		j++
	}
	if j+1 >= len(rest) || rest[j] != ' ' || rest[j+1] < 'a' || rest[j+1] > 'z' {
		return "" // the compound describes a noun after it
	}
	w := rest[1:j]
	if lw := strings.ToLower(w); e.phraseClass(lw) != 0 || adjectival(lw) || e.isParticiple(lw) || strings.HasSuffix(lw, "ing") {
		return ""
	}
	return w
}

// unitPrice: the amount t is the price of one unit ("$0.27 per share",
// "earnings per share were $1.37"), which a scale said earlier in the
// sentence does not reach.
func (sc *sentenceCtx) unitPrice(t Token, rest string) bool {
	if sc.x.e.perOf(sc.loweredRest(rest)) != "" {
		return true
	}
	return strings.Contains(sc.lowered(max(sc.sp.Start, t.Start-40), t.Start), " per ")
}

// shareOf is the phrase a percentage is a share of: what follows "of"
// ("70% of Americans support") is counted, else the phrase is what the
// share measures ("a 5 percent sales tax").
func (e *Engine) shareOf(rest string) (object, head string) {
	if of := e.ofPhrase(rest); len(of) != len(rest) {
		return e.countedPhrase(of)
	}
	return e.nounPhrase(rest)
}

func trimSign(s string) string { return strings.TrimLeft(s, "+-") }

// centsOf: an amount written with two decimals, to the cent ("$1.37").
func centsOf(number string) bool {
	k := strings.LastIndexByte(number, '.')
	return k >= 0 && len(number)-k-1 == 2 && isDigit(number[k+1]) && isDigit(number[k+2])
}

func isLargeScale(s string) bool {
	s = strings.ToLower(s)
	return strings.HasSuffix(s, "billions") || strings.HasSuffix(s, "trillions")
}

// isComparison: "three times as many", "10 times more", "twice the".
func (e *Engine) isComparison(rest string) bool {
	l := strings.TrimSpace(strings.TrimPrefix(strings.ToLower(strings.TrimSpace(rest)), "times"))
	first, _, _ := strings.Cut(l, " ")
	first = strings.TrimRight(first, ".,;:!?)") // "three times faster."
	for _, w := range e.rules.Comparatives {
		if first == w {
			return true
		}
	}
	return false
}

// currencyCodeBefore finds a currency code ("USD") written before a
// number and a space, and returns its currency.
func currencyCodeBefore(e *Engine, before string) string {
	code, _ := currencyCodeAt(e, before)
	return code
}

// currencyCodeAt is currencyCodeBefore and where the code starts in before.
func currencyCodeAt(e *Engine, before string) (code string, at int) {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) || len(b) > 0 && !e.codeEnds[b[len(b)-1]] {
		return "", 0
	}
	for _, c := range e.rules.Currencies {
		for _, code := range c.Codes {
			if strings.HasSuffix(b, code) && (len(b) == len(code) || !isAlnum(b[len(b)-len(code)-1])) {
				return c.Code, len(b) - len(code)
			}
		}
	}
	return "", 0
}

// ofPhrase skips to the phrase after "of" ("70% of global poverty
// reduction", "dozens of delegations"), when "of" comes next.
func (e *Engine) ofPhrase(rest string) string {
	t := strings.TrimLeft(rest, " ")
	// Wrapped text breaks its lines anywhere: "About 300 of\nthese
	// villages" as "of these villages".
	if !hasPrefixFold(t, "of ") && !hasPrefixFold(t, "of\n") {
		return rest
	}
	t = strings.TrimLeft(t[len("of "):], " \n")
	// A determiner before the counted noun is not part of its head; the
	// longest listed one that stands there ("all the").
	best := 0
	for _, det := range e.rules.Determiners {
		if len(det)+1 > best && len(t) > len(det) && (t[len(det)] == ' ' || t[len(det)] == '\n') && strings.EqualFold(t[:len(det)], det) {
			best = len(det) + 1
		}
	}
	if best > 0 {
		t = strings.TrimLeft(t[best-1:], " \n")
	}
	// "six of the past seven months" counts months.
	for _, adj := range []string{"past ", "last ", "next ", "previous ", "coming ", "first ", "final "} {
		if hasPrefixFold(t, adj) {
			t = e.skipCardinal(t[len(adj):])
			break
		}
	}
	return skipDigits(t)
}

// skipCardinal steps over a number word and a space at the start of s
// ("seven months" gives "months").
func (e *Engine) skipCardinal(s string) string {
	w, rest, ok := strings.Cut(s, " ")
	if !ok || len(w) > len("seventeen") {
		return s
	}
	var buf [16]byte
	if _, ok := e.rules.Cardinals[string(lowerASCII(buf[:0], w))]; ok {
		return rest
	}
	return s
}

// determinerFirst reports whether rest begins with one of the rules'
// determiners ("the", "our", "all the").
func (e *Engine) determinerFirst(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	for _, det := range e.rules.Determiners {
		if hasWordPrefixFold(t, det) {
			return true
		}
	}
	return false
}

// skipDigits steps over a number in digits and a space at the start of
// s: "two-thirds of the 400 new clinics" counts clinics, as the 400 does.
func skipDigits(s string) string {
	i := 0
	for i < len(s) && (isDigit(s[i]) || i > 0 && s[i] == ',' && i+1 < len(s) && isDigit(s[i+1])) {
		i++
	}
	if i == 0 || i == len(s) || s[i] != ' ' {
		return s
	}
	return s[i+1:]
}

func skipWords(rest string, words ...string) string {
	t := strings.TrimLeft(rest, " ")
	for _, w := range words {
		if hasWordPrefixFold(t, w) {
			return t[len(w)+1:]
		}
	}
	return rest
}

// squareOrCubic: a phrase says its unit of length is one of area or
// volume ("190,000 square meters", "0.9 trillion cubic feet"), which the
// units' words do not all spell.
func squareOrCubic(obj string) bool {
	lo := strings.ToLower(obj)
	return strings.Contains(lo, "square ") || strings.Contains(lo, "cubic ") || strings.Contains(lo, "sq ")
}

// comparedNoun is the noun a multiple compares, after "as many", "as
// much", "the", "more" or "fewer": "three times as many workers", "twice
// as much money", "three times the rate", "five times more cases". A
// count's noun is a plural ("three times more likely" names none).
func (e *Engine) comparedNoun(rest string) (object, head string) {
	t := strings.TrimLeft(rest, " ")
	if hasWordPrefixFold(t, "times") {
		t = t[len("times")+1:]
	}
	switch {
	case hasWordPrefixFold(t, "as much"):
		return e.nounPhrase(t[len("as much")+1:])
	case hasWordPrefixFold(t, "the"):
		return e.nounPhrase(t[len("the")+1:]) // "three times the rate"
	case hasWordPrefixFold(t, "as many"):
		t = t[len("as many")+1:]
	case hasWordPrefixFold(t, "more"):
		t = t[len("more")+1:]
	case hasWordPrefixFold(t, "fewer"):
		t = t[len("fewer")+1:]
	default:
		return "", ""
	}
	if object, head = e.countedPhrase(t); !e.plural(head) {
		return "", ""
	}
	return object, head
}

// skipSuperlative steps over "largest", "most important" after a rank.
func skipSuperlative(rest string) string {
	t := strings.TrimLeft(rest, " ")
	w, _, _ := strings.Cut(t, " ")
	lw := strings.ToLower(w)
	if lw == "most" || lw == "least" {
		t = strings.TrimPrefix(t, w+" ")
		w, _, _ = strings.Cut(t, " ")
		return strings.TrimPrefix(t, w)
	}
	// "the third largest." ends at the superlative: a mark may follow it.
	if word := strings.TrimRight(lw, ".,;:!?"); strings.HasSuffix(word, "est") {
		return t[len(word):]
	}
	return rest
}

// periodOf finds the time frame the sentence gives its claims.
func (sc *sentenceCtx) periodOf() string {
	if sc.periodDone {
		return sc.period
	}
	sc.periodDone = true
	x, e, d := sc.x, sc.x.e, sc.x.d
	lower := sc.lowerText()
	x.sentWords = appendWords(x.sentWords[:0], lower)
	hits := wordHits{words: x.sentWords}
	for i, p := range e.rules.Periods {
		if !e.periodTriggers.mayMatch(i, sc.text, lower, &hits) {
			continue
		}
		m, _ := e.find(d, p.Name, p.Re, sc.text)
		if m != nil {
			sc.period = joinFields(sc.text[m.Start:m.End])
			sc.firstPeriod = periodMatch{rule: i, span: periodSpan{m.Start, m.End, sc.period}}
			return sc.period
		}
	}
	return ""
}

// periodSpan is a period phrase of a sentence: its offsets in the
// sentence and its text, spaces normalized.
type periodSpan struct {
	start, end int
	text       string
}

// periodMatch is the first period phrase periodOf found, and its rule.
type periodMatch struct {
	rule int
	span periodSpan
}

// findPeriods finds every period phrase of the sentence, in the order of
// the text; where two overlap, the rules' first. It is asked only of a
// sentence with two claims or more: "Sales rose 12% in Q3 and 9% in the
// fourth quarter" gives each its own (periodFor).
func (sc *sentenceCtx) findPeriods() []periodSpan {
	x, e, d := sc.x, sc.x.e, sc.x.d
	lower := sc.lowerText()
	hits := wordHits{words: x.sentWords} // periodOf's, of this sentence
	// The rules before periodOf's matched nowhere, and its own matched
	// first where periodOf found it.
	first := sc.firstPeriod
	spans := []periodSpan{first.span}
	for i := first.rule; i < len(e.rules.Periods); i++ {
		p := e.rules.Periods[i]
		if i > first.rule && !e.periodTriggers.mayMatch(i, sc.text, lower, &hits) {
			continue
		}
		from := 0
		if i == first.rule {
			from = first.span.end
		}
		for from < len(sc.text) {
			m, _ := e.find(d, p.Name, p.Re, sc.text[from:])
			if m == nil {
				break
			}
			start, end := from+m.Start, from+m.End
			if !slices.ContainsFunc(spans, func(o periodSpan) bool { return start < o.end && o.start < end }) {
				spans = append(spans, periodSpan{start, end, joinFields(sc.text[start:end])})
			}
			from = max(end, from+1)
		}
	}
	slices.SortFunc(spans, func(a, b periodSpan) int { return a.start - b.start })
	return spans
}

// periodFor is the period of the claim at start..end (offsets in the
// document). A sentence with one period phrase gives it to all its claims
// (periodOf). Where it has several, a claim takes the one right after it
// ("9% in the fourth quarter"), else the nearest before it ("So far this
// year, 300 people have died"), with no other figure between and in the
// same clause; else the sentence's.
func (sc *sentenceCtx) periodFor(start, end int) string {
	period := sc.periodOf()
	if len(sc.periods) < 2 {
		return period
	}
	text := sc.x.d.Text
	from, to := start-sc.sp.Start, end-sc.sp.Start
	nothingBetween := func(a, b int) bool { // no figure and no clause break between a and b (sentence offsets)
		for _, t := range sc.toks {
			if t.Start >= sc.sp.Start+a && t.Start < sc.sp.Start+b {
				return false
			}
		}
		return sameClause(text, sc.sp.Start+a, sc.sp.Start+b)
	}
	for _, p := range sc.periods {
		if p.start >= to && nothingBetween(to, p.start) {
			return p.text
		}
	}
	for k := len(sc.periods) - 1; k >= 0; k-- {
		if p := sc.periods[k]; p.end <= from && nothingBetween(p.end, from) {
			return p.text
		}
	}
	return period
}

// joinFields is strings.Join(strings.Fields(s), " "), s itself when it
// is so already (nearly always: no copy).
func joinFields(s string) string {
	if spacesNormalized(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// inheritUnits gives a bare number the unit of the number it is
// coordinated with: "rates of 2.2 and 3.8 percent", "so in the 3.8
// neighborhood" after "below 4 percent"; or of the whole it is a part of:
// "eight of 19 participants", "7 of our 29 entities". It reads the
// sentence's claims from the last, so that a list takes the unit said
// once at its end ("3, 4 and 5 percent").
func (sc *sentenceCtx) inheritUnits() {
	claims := sc.x.res.Claims[sc.claimsStart:]
	d := sc.x.d
	gapAfter := func(i int) string { return strings.ToLower(strings.TrimSpace(d.Text[claims[i].End:claims[i+1].Start])) }
	inherited := false // whether the claim after c took its unit from the one after it
	for i := len(claims) - 1; i >= 0; i-- {
		c := &claims[i]
		took := false
		if c.Kind == KindCount && c.Unit == "" && !c.Vague {
			took = sc.inheritUnit(c, claims, i, inherited, gapAfter)
		}
		inherited = took
	}
}

// inheritUnit gives claims[i], a bare count, the unit of the claim after
// it or of the percentages around it, and says whether it took the next
// one's. A comma joins a list only when the list goes on to and/or (the
// number before "1,354,000, 0.5 percent below" is not a share), between
// small figures ("up 30, 40, 50%"), or when three digits follow it, a
// thousands group a tokenizer split off ("80 , 000 spectators"). A count
// compared with the one before it, or added to it, counts its noun.
func (sc *sentenceCtx) inheritUnit(c *Claim, claims []Claim, i int, nextInherited bool, gapAfter func(int) string) bool {
	if i+1 < len(claims) {
		n := claims[i+1]
		gap := gapAfter(i)
		if n.Qualifier != "" {
			// "from about 57 to about 132 birr": the next figure's own hedge
			// is no part of the gap
			gap = strings.TrimSpace(strings.TrimSuffix(gap, strings.ToLower(n.Qualifier)))
		}
		listed := gap == "," && (nextInherited || isThousandsGroup(n.Number) || smallFigure(c.Number) && smallFigure(n.Number)) ||
			(gap == ", and" || gap == ", or") && i > 0 && gapAfter(i-1) == ","
		if (gap == "and" || gap == "or" || gap == "to" || gap == "and/or" || listed) && n.Unit != "" {
			c.Kind, c.Unit, c.Object = n.Kind, n.Unit, n.Object
			sc.scaleBack(c, &n)
			return true
		}
		if (n.Kind == KindCount || n.Kind == KindDuration) && n.Unit != "" && sc.x.e.partitive(gap) {
			c.Kind, c.Unit, c.Object = n.Kind, n.Unit, n.Object
			return false
		}
	}
	// A figure said again after the same words as one before it in the
	// sentence: "it was 58 degrees with 88 percent humidity, and by noon
	// it was 76".
	if p := sc.sameLeadBefore(claims[:i], c); p != nil {
		c.Kind, c.Unit, c.Object = p.Kind, p.Unit, p.Object
		return false
	}
	// The end of a change said with its unit once: "from 11 hours to just
	// under 4".
	if i > 0 && sc.changeEnd(&claims[i-1], c) {
		c.Kind, c.Unit, c.Object = claims[i-1].Kind, claims[i-1].Unit, claims[i-1].Object
		return false
	}
	// A part of a group a count before it named: "Three people were shot,
	// two of them fatally".
	if i > 0 && partOfThem(sc.x.d.Text[c.End:sc.sp.End]) {
		for k := i - 1; k >= 0; k-- {
			if p := claims[k]; p.Kind == KindCount && p.Unit != "" {
				c.Unit, c.Object = p.Unit, p.Object
				return false
			}
		}
	}
	// A name and a figure after a counted one, the verb left out: "352
	// seats, the Conservatives 159, Reform 55", "341 seats, with the
	// Conservatives on 168".
	if i > 0 && sc.gapped(c) {
		for k := i - 1; k >= 0; k-- {
			p := claims[k]
			if strings.HasSuffix(sc.x.d.Text[max(0, p.Start-4):p.Start], " of ") {
				continue // "a majority of 32" names what 32 is, not what is listed
			}
			if p.Kind == KindCount && p.Unit != "" && p.Value != nil && c.Value != nil && *c.Value <= 20**p.Value && 20**c.Value >= *p.Value {
				c.Unit, c.Object = p.Unit, p.Object
				return false
			}
		}
	}
	// A claim before it, when it compares this one with that one, or this
	// one adds to it ("4,000 people, and we plan to add 2,500 more").
	if i > 0 && (sc.x.e.comparedWith(sc.x.d.Text[claims[i-1].End:c.Start]) || sc.x.e.bareIncrement(sc.x.d.Text[c.End:sc.sp.End])) {
		if p := sc.x.e.compared(claims[:i], c); p != nil {
			c.Unit, c.Object = p.Unit, p.Object
			return false
		}
	}
	// A decimal with no noun of its own, in a sentence whose other figures
	// are percentages, is one too; not one with a scale ("1.6 million"),
	// which counts, nor a rate ("14.2 a game on 47 percent shooting").
	if strings.Contains(c.Number, ".") && c.Object == "" && c.Per == "" && isDigit(c.Number[len(c.Number)-1]) && !rateAfter(sc.x.d.Text[c.End:sc.sp.End]) {
		for _, o := range claims {
			if o.Kind == KindPercent {
				c.Kind, c.Unit = KindPercent, "percent"
				break
			}
		}
	}
	return false
}

// scaleBack gives c, a figure that took n's unit ("from 2 to 3 billion
// dollars"), n's scale too, where c has none of its own and, so scaled,
// is within ten times n: "from 500 to 3 million" is 500, not 500 million.
func (sc *sentenceCtx) scaleBack(c, n *Claim) {
	e := sc.x.e
	w := e.scaleWord(n.Number)
	if w == "" || c.Value == nil || n.Value == nil || e.scaleWord(c.Number) != "" || !isDigit(c.Number[len(c.Number)-1]) {
		return
	}
	scale := e.rules.Scales[w]
	if v := scaleFloat(*c.Value, scale); scale >= 1000 && v <= 10**n.Value && 10*v >= *n.Value {
		c.Value = sc.x.values.new(v)
	}
}

// rateAfter: rest, the text after a number, opens with a rate's "a" or
// "per" and a word ("14.2 a game", "3 per outing").
func rateAfter(rest string) bool {
	for _, lead := range []string{" a ", " per "} {
		if len(rest) > len(lead) && hasPrefixFold(rest, lead) && isLetter(rest[len(lead)]) {
			return true
		}
	}
	return false
}

// sameLeadBefore is the claim of before (the sentence's claims before c)
// that the same two words lead as c, a subject and its verb ("it was 58
// degrees ... by noon it was 76"), where that claim has a measure's,
// a duration's or a share's unit; nil for none.
func (sc *sentenceCtx) sameLeadBefore(before []Claim, c *Claim) *Claim {
	text := sc.x.d.Text
	lead := leadWords(text[sc.sp.Start:c.Start], c.Qualifier)
	if lead == "" {
		return nil
	}
	for k := len(before) - 1; k >= 0; k-- {
		p := &before[k]
		if p.Kind != KindMeasure && p.Kind != KindDuration && p.Kind != KindPercent || p.Unit == "" {
			continue
		}
		if strings.EqualFold(leadWords(text[sc.sp.Start:p.Start], p.Qualifier), lead) {
			return p
		}
	}
	return nil
}

// leadWords are the two words before a figure (its hedge left out), with
// a space between, or "" where there are fewer or either is no plain word.
func leadWords(before, qualifier string) string {
	b := strings.TrimRight(beforeHedge(before, qualifier), " ")
	k := strings.LastIndexByte(b, ' ')
	if k < 0 {
		return ""
	}
	j := strings.LastIndexByte(b[:k], ' ')
	w1, w2 := b[j+1:k], b[k+1:]
	if !plainWord(w1) || !plainWord(w2) {
		return ""
	}
	return w1 + " " + w2
}

// plainWord: letters only (and an apostrophe), no mark of a clause's end.
func plainWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) && w[i] != '\'' {
			return false
		}
	}
	return true
}

// changeEnd: c ends a change that from opens, "from 11 hours to just
// under 4": from has a unit, is said after "from", and only its unit's
// words, "to" and c's hedge stand between them.
func (sc *sentenceCtx) changeEnd(from, c *Claim) bool {
	if from.Unit == "" || from.Kind == KindMoney || from.Kind == KindPercent {
		return false // an amount's or a share's sign reaches c as it is scanned
	}
	text := sc.x.d.Text
	if !hasSuffixFold(strings.TrimRight(text[sc.sp.Start:from.Start], " "), " from") {
		return false
	}
	gap := strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(text[from.End:c.Start], " "), c.Qualifier))
	if _, n := unitAt(sc.x.e.units, gap); n > 0 {
		gap = strings.TrimSpace(gap[n:])
	} else if f := strings.Fields(from.Object); len(f) > 0 && hasPrefixFold(gap, f[0]) {
		gap = strings.TrimSpace(gap[len(f[0]):]) // "from 300 officers to 450"
	}
	return strings.EqualFold(gap, "to")
}

// isThousandsGroup: number is three digits, as the group after a
// thousands separator is.
func isThousandsGroup(number string) bool {
	return len(number) == 3 && isDigit(number[0]) && isDigit(number[1]) && isDigit(number[2])
}

// comparedWith: gap, the text between two figures, ends in a comparison
// lead and at most two words after it ("operational, up from", "against a
// budgeted"), with no mark that ends a clause between the lead and the
// figure.
func (e *Engine) comparedWith(gap string) bool {
	if len(gap) > 80 {
		return false
	}
	var buf [5]string
	words := lastWords(gap, buf[:])
	// k is where the lead ends: the last word, or one of the two before it.
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		if k < len(words)-1 && strings.ContainsAny(words[k+1], ",;:()") {
			return false
		}
		for _, lead := range e.comparisons {
			if from := k + 1 - len(lead); from >= 0 && slices.EqualFunc(words[from:k+1], lead, strings.EqualFold) {
				return true
			}
		}
	}
	return false
}

// compared is the count among before, the claims before c, that c is
// compared with: the nearest said with the same scale word ("152 million
// people in 120 countries, down from 160 million"), else the one just
// before it, if it counts a noun.
func (e *Engine) compared(before []Claim, c *Claim) *Claim {
	scale := e.scaleWord(c.Number)
	for k := len(before) - 1; k >= 0; k-- {
		if p := &before[k]; p.Kind == KindCount && p.Unit != "" && e.scaleWord(p.Number) == scale {
			return p
		}
	}
	if p := &before[len(before)-1]; p.Kind == KindCount && p.Unit != "" {
		return p
	}
	return nil
}

// scaleWord is the scale word a number ends with ("160 million"), or "".
func (e *Engine) scaleWord(number string) string {
	w := number[strings.LastIndexByte(number, ' ')+1:]
	if e.rules.Scales[strings.ToLower(w)] == 0 {
		return ""
	}
	return strings.ToLower(w)
}

// lastWords fills buf with the last len(buf) words of s, or all of them
// if fewer, in order.
func lastWords(s string, buf []string) []string {
	n := len(buf)
	for end := len(s); n > 0; {
		for end > 0 && isSpace(s[end-1]) {
			end--
		}
		start := strings.LastIndexAny(s[:end], " \t\n\r") + 1
		if start == end {
			break
		}
		n--
		buf[n] = s[start:end]
		end = start
	}
	return buf[n:]
}

// bareIncrement: after, the text after a figure, is an increment word
// with no noun of its own ("2,500 more.", "200 fewer this year").
func (e *Engine) bareIncrement(after string) bool {
	var buf [4]string
	words, _ := phraseWords(after, 0, buf[:0], 2)
	if len(words) == 0 || e.phraseClass(strings.ToLower(words[0]))&increment == 0 {
		return false
	}
	return len(words) == 1 || words[1] == "" || words[1] == "," || e.phraseClass(strings.ToLower(words[1]))&stopWord != 0
}

// smallFigure: a number of one to three digits, a percent sign at most
// after them, as a spoken list of alternatives writes them ("30, 40, 50%").
func smallFigure(number string) bool {
	number = strings.TrimSuffix(number, "%")
	return len(number) > 0 && len(number) <= 3 && allBytes(number, isDigit)
}

// partitive: gap, lower-cased and trimmed, joins a part to the number of
// its whole ("of", "of the", "of our", "of your last"): the part counts the
// whole's noun.
func (e *Engine) partitive(gap string) bool {
	if gap == "of" {
		return true
	}
	det, ok := strings.CutPrefix(gap, "of ")
	if !ok {
		return false
	}
	for _, w := range []string{" last", " first", " past", " next"} {
		det = strings.TrimSuffix(det, w) // "of the last 14 months"
	}
	return slices.Contains(e.rules.Determiners, strings.TrimSpace(det))
}

// beforeHedge is the text before a number up to its hedge, when the
// hedge stands right before it ("a population of about"), trimmed of
// the spaces at its end.
func beforeHedge(before, qualifier string) string {
	b := strings.TrimRight(before, " ")
	if qualifier != "" && hasSuffixFold(b, qualifier) {
		b = strings.TrimRight(b[:len(b)-len(qualifier)], " ")
	}
	return b
}

// wholeOfBefore finds the group a number is "of" when nothing after the
// number names what it counts: "a population of 1.4 billion", "the death
// toll of 312", "its annual budget of about $5 billion". The noun ends
// right before "of" (and the hedge, when the claim has one), in lower
// case, after a determiner and at most two words more; the rules'
// NotWholesBeforeOf ("a total of 500") name none. It returns the phrase
// and its head.
func (e *Engine) wholeOfBefore(before, qualifier string) (string, string) {
	b := beforeHedge(before, qualifier)
	if !hasSuffixFold(b, " of") {
		return "", ""
	}
	// b is ever a prefix of before: its offsets are before's.
	b = strings.TrimRight(b[:len(b)-len(" of")], " ")
	end := len(b)
	for words := 0; words < 3 && b != ""; words++ {
		start := strings.LastIndexByte(b, ' ') + 1
		w := b[start:]
		if words > 0 && (e.opensNounPhrase(strings.ToLower(w)) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			phrase := strings.TrimLeft(before[start+len(w):end], " ")
			return phrase, phrase[strings.LastIndexByte(phrase, ' ')+1:]
		}
		if !lowerWord(w) || words == 0 && e.notWholes[w] || e.phraseClass(w)&(stopWord|numberWord) != 0 {
			return "", ""
		}
		b = strings.TrimRight(b[:start], " ")
	}
	return "", ""
}

// ratioBefore reports whether a bare figure is a ratio's, and names it:
// the text before it ends in "ratio" (or "HR"), with "of", "was", "is" or
// "at" after it ("a hazard ratio of 0.72": "hazard ratio"), or in a
// confidence interval that follows a ratio's figure (named "").
func (e *Engine) ratioBefore(before string) (string, bool) {
	b := strings.TrimRight(before, " ,:=(")
	for _, link := range [...]string{" of", " was", " is", " at", " were"} {
		if hasSuffixFold(b, link) {
			b = strings.TrimRight(b[:len(b)-len(link)], " ")
			break
		}
	}
	start := strings.LastIndexByte(b, ' ')
	if w := strings.ToLower(b[start+1:]); w == "ratio" || w == "ratios" {
		// the ratio and the word before it: "hazard ratio", "debt-to-GDP
		// ratio"; not "the ratio", "its ratio"
		if prev := strings.LastIndexByte(b[:max(start, 0)], ' '); start > 0 && isLetter(b[prev+1]) && e.phraseClass(strings.ToLower(b[prev+1:start]))&stopWord == 0 {
			start = prev
		}
		return b[start+1:], true
	}
	if strings.HasSuffix(b, " HR") || b == "HR" {
		return "HR", true
	}
	// "0.72, 95% CI 0.61 to 0.85": the interval of the ratio just named.
	if strings.HasSuffix(b, " CI") || hasSuffixFold(b, "confidence interval") {
		near := b[max(0, len(b)-60):]
		return "", strings.Contains(strings.ToLower(near), "ratio") || strings.Contains(near, "HR ")
	}
	return "", false
}

// objectBefore is the object of a share or an amount that nothing after
// it names, read before it: the group it is "of" (wholeOfBefore), or the
// subject a change verb links it to (subjectBefore).
func (e *Engine) objectBefore(before, qualifier string) string {
	if obj, _ := e.wholeOfBefore(before, qualifier); obj != "" {
		return obj
	}
	return e.subjectBefore(before, qualifier)
}

// subjectBefore finds the subject of the clause that ends, before a
// share or an amount (and its hedge), in one of the rules' change verbs:
// "Unemployment hit 14.7%", "and wages are up 4.2 percent", "The deficit
// rose to $1.7 trillion". The subject is one to four words after the
// clause's start, a determiner left out; a pronoun, a function word or a
// figure in it makes none ("it is 5 percent", "What is 5 percent").
func (e *Engine) subjectBefore(before, qualifier string) string {
	subject, _ := e.subjectAndVerb(before, qualifier)
	return subject
}

// expandIs spells out a contracted "is" in the subject's last word
// ("Unemployment's at", "Inflation’s running at"), so that the change
// verbs, written with "is", are found; other text is b itself.
func expandIs(b string) string {
	for _, c := range [...]string{"'s ", "’s "} {
		k := strings.LastIndex(b, c)
		if k <= 0 || !isLetter(b[k-1]) || strings.IndexByte(b[:k], ' ') >= 0 || strings.Count(strings.TrimSpace(b[k+len(c):]), " ") > 1 {
			// A subject of one word, and only the verb's words after it:
			// "Wisconsin's unemployment rate was" is a possessive.
			continue
		}
		return b[:k] + " is " + b[k+len(c):]
	}
	return b
}

// subjectAndVerb is subjectBefore with the change verb it found (lower
// case, with the space before it).
func (e *Engine) subjectAndVerb(before, qualifier string) (string, string) {
	b := beforeHedge(before, qualifier)
	b = b[afterClauseMark(b):]
	// A conjunction after the comma opens the clause (", and wages are
	// up"); one inside it may join the subject's nouns ("toys and games
	// fell"), which a function word among them turns away below.
	b = strings.TrimLeft(b, " ")
	b = b[listBullet(b):] // "• ED attendances averaged 612 per day"
	for _, conj := range []string{"and ", "but ", "while ", "whereas ", "yet ", "so "} {
		if hasPrefixFold(b, conj) {
			b = b[len(conj):]
			break
		}
	}
	b = expandIs(b)  // "Unemployment's at 4.1"
	var key [24]byte // a word lower-cased, for the look-ups
	lower := func(w string) string {
		if len(w) > len(key) {
			return ""
		}
		l := lowerASCII(key[:0], w)
		return unsafe.String(unsafe.SliceData(l), len(l)) // read before the next call
	}
	for _, v := range e.changeVerbs[lower(b[strings.LastIndexByte(b, ' ')+1:])] {
		if !hasSuffixFold(b, v) { // v begins with its space
			continue
		}
		var bounds [9][2]int // the subject's words, as offsets in b
		words := 0
		for i, end := 0, len(b)-len(v); i < end; {
			for i < end && b[i] == ' ' {
				i++
			}
			j := i
			for j < end && b[j] != ' ' {
				j++
			}
			if j > i {
				if words == len(bounds) {
					return "", ""
				}
				bounds[words] = [2]int{i, j}
				words++
			}
			i = j
		}
		ws := bounds[:words]
		if len(ws) > 0 {
			if e.opensNounPhrase(lower(b[ws[0][0]:ws[0][1]])) {
				ws = ws[1:]
			}
		}
		// A phrase after the noun says when or where: "The humanitarian
		// appeal for 2024 is $2.7 billion", "Revenue in Q3 rose 12%".
		for j := 1; j < len(ws); j++ {
			if slices.Contains(subjectPostmodifiers, lower(b[ws[j][0]:ws[j][1]])) {
				ws = ws[:j]
				break
			}
		}
		if len(ws) == 0 || len(ws) > 4 {
			return "", ""
		}
		for i, w := range ws {
			word := b[w[0]:w[1]]
			lw := lower(word)
			if lw == "of" && i > 0 && i < len(ws)-1 {
				continue // "the price of oil"
			}
			if lw == "" || e.phraseClass(lw)&(stopWord|numberWord) != 0 || !strings.ContainsFunc(word, unicode.IsLetter) ||
				strings.ContainsFunc(word, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) {
				return "", ""
			}
		}
		return b[ws[0][0]:ws[len(ws)-1][1]], v
	}
	return "", ""
}

// afterClauseMark is where the text after the last mark that opens a
// clause begins: , ; : ( " or a dash or curly quote (— – “ ”), read
// byte by byte from the end (strings.LastIndexAny decodes every rune of
// the text for a set with runes beyond ASCII); 0 when there is none.
func afterClauseMark(b string) int {
	for i := len(b) - 1; i >= 0; i-- {
		switch c := b[i]; c {
		case ',', ';', ':', '(', '"':
			return i + 1
		case 0x93, 0x94, 0x9C, 0x9D: // the last bytes of – — “ ”
			if i >= 2 && b[i-1] == 0x80 && b[i-2] == 0xE2 {
				return i + 1
			}
		}
	}
	return 0
}

// subjectPostmodifiers open a phrase that follows a subject's noun and
// is not part of what it names.
var subjectPostmodifiers = []string{"in", "for", "on", "at", "from", "during", "since", "across", "among", "under", "over",
	"after", "before", "per", "this", "last", "so"}

// countedNounOf is the countedPhrase of s, or none where its one word is
// a verb with an object (verbWithObject).
func (e *Engine) countedNounOf(s string) (object, head string) {
	object, head = e.countedPhrase(s)
	if head != "" && e.verbWithObject(s, object) {
		return "", ""
	}
	return object, head
}

// verbWithObject: the one word a number was read to count is a verb in
// the past or a gerund with an object after it, "71,608 watched the
// final", "20,000 crossed the river", "$4 million for doing the effects":
// a participle that names the counted ("300 injured", "5,000 displaced
// people") has no determiner after it.
func (e *Engine) verbWithObject(rest, obj string) bool {
	if len(obj) < 4 || !strings.HasSuffix(obj, "ed") && !strings.HasSuffix(obj, "ing") || strings.IndexByte(obj, ' ') >= 0 {
		return false
	}
	i := strings.Index(rest, obj)
	if i < 0 {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(rest[i+len(obj):], " "), " ")
	next = strings.ToLower(next)
	return e.opensNounPhrase(next)
}

// opensNounPhrase: lw, lower-cased, is an article or one of the rules'
// determiners ("the", "its", "our").
func (e *Engine) opensNounPhrase(lw string) bool {
	return lw == "a" || lw == "an" || slices.Contains(e.rules.Determiners, lw)
}

// lowerWord: w is a word of lower-case ASCII letters (and inner hyphens)
// of three letters or more.
func lowerWord(w string) bool {
	if len(w) < 3 || w[0] == '-' || w[len(w)-1] == '-' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// numberOfBefore finds "the number of X" earlier in the sentence, in its
// last 80 bytes, and returns X's phrase and head; l is before lower-cased.
func (e *Engine) numberOfBefore(before, l string) (string, string) {
	from := max(0, len(l)-80)
	i := strings.LastIndex(l[from:], "number of ")
	if i < 0 {
		return "", ""
	}
	return e.nounPhrase(before[from+i+len("number of "):])
}

// fourDigits is v to four significant digits.
func fourDigits(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 4, 64), 64)
	return r
}

// shiftOf reports whether a time of day read as a unit ("night") names,
// with the word after it, a kind of thing the figure counts: "three night
// shifts" (shift_nouns).
func (e *Engine) shiftOf(f unitForm, after string) bool {
	if f.kind != KindDuration || f.unit != "day" && f.unit != "night" || !strings.HasPrefix(after, " ") {
		return false
	}
	w, _ := e.nounPhrase(after)
	return w != "" && e.shiftNouns[strings.ToLower(strings.Fields(w)[0])]
}

// currencyWord: word is, whole, a currency's name ("pound", "dollar").
func (e *Engine) currencyWord(word string) bool {
	_, n := unitAt(e.currencies, word)
	return n == len(word)
}

// gapped: c, a bare figure, follows a name (or a name and "on") and ends
// its list item (a comma, "and", the sentence's end): the verb and the
// noun of a figure before it are left out ("the Conservatives 159,").
func (sc *sentenceCtx) gapped(c *Claim) bool {
	text := sc.x.d.Text
	after := strings.TrimLeft(text[c.End:sc.sp.End], " ")
	if !(after == "" || strings.HasPrefix(after, ",") || strings.HasPrefix(after, ";") || strings.HasPrefix(after, ".") ||
		strings.HasPrefix(after, "and ") || strings.HasPrefix(after, "or ") || strings.HasPrefix(after, ")")) {
		return false
	}
	before := text[sc.sp.Start:c.Start]
	w, at := prevWord(before, len(before))
	if w == "on" {
		w, _ = prevWord(before, at)
	}
	return w != "" && isUpper(w[0]) && !isAllUpper(w)
}

// ratioForm: a fraction written as a proportion ("one in ten", "1 out of
// 4"), a share of a population, never of a unit: "one in ten a decade
// ago" is no tenth of a decade.
func ratioForm(text string) bool {
	return strings.Contains(text, " in ") || strings.Contains(text, " out of ")
}

// firstWordLower is the first word of s, lower-cased, or "".
func firstWordLower(s string) string {
	w, _ := nextWordOf(strings.TrimLeft(s, " "))
	return strings.ToLower(w)
}
