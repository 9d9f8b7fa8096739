package extractor

// The topics pass gives each claim its topic and tags after the assembly
// of the whole document, in a pass of its own: the keyword trie and the
// topics' scores stay in the caches from one claim to the next instead of
// taking turns with the units, hedges and phrase tables of the assembly.
// It gives the answers topicOf gave in the assembly: each claim is scored
// from its object and unit as assembled (before inheritUnits lends a unit),
// with its sentence, its paragraph, the question that paragraph answers,
// and the topics of the claims before it.

// topicIn is what a claim's topic is scored from, beside its offsets.
type topicIn struct {
	object, unit string
	sentence     int // into docState.topicSents
}

// topicSentence is a sentence whose claims the topics pass scores.
type topicSentence struct {
	sp                 span
	topics             *paraTopics
	lower              string
	aligned, lowerDone bool
}

// noteSentence keeps what the topics pass needs of a sentence about to be
// assembled, and numbers it for its claims.
func (x *docState) noteSentence(sc *sentenceCtx) {
	sc.index = len(x.topicSents)
	x.topicSents = append(x.topicSents, topicSentence{sp: sc.sp, topics: sc.topics,
		lower: sc.lower, aligned: sc.aligned, lowerDone: sc.lowerDone})
}

// topics is the topics pass, over the document's claims in order.
func (x *docState) topics() {
	var sc sentenceCtx
	current := -1
	for i := range x.res.Claims {
		in := &x.topicIns[i]
		if in.sentence != current {
			current = in.sentence
			s := &x.topicSents[current]
			sc = sentenceCtx{x: x, sp: s.sp, text: x.d.Text[s.sp.Start:s.sp.End], topics: s.topics,
				lower: s.lower, aligned: s.aligned, lowerDone: s.lowerDone}
		}
		c := &x.res.Claims[i]
		assembled := *c
		assembled.Object, assembled.Unit = in.object, in.unit
		c.Topic, c.Tags = sc.topicOf(assembled)
	}
}
