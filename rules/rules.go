// Package rules holds factable's rule set as data: the number vocabulary,
// units, qualifiers, exclusions, speaker-label patterns and topic keywords.
// The defaults are YAML files embedded in the binary; a user's file is merged
// on top (Load). The extractor knows no rule of its own: every decision it
// makes names the rule here that made it.
package rules

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed defaults/*.yaml
var defaultFiles embed.FS

// Set is a compiled rule set.
type Set struct {
	Cardinals     map[string]float64
	Scales        map[string]float64
	ScaleSuffixes map[string]float64
	Ordinals      map[string]float64
	Denominators  map[string]float64
	Multiples     map[string]float64
	Vague         []string

	Currencies []Currency
	Units      []Unit
	Qualifiers []Qualifier

	Exclusions []*Exclusion
	Periods    []*Pattern

	Speakers        []*SpeakerRule
	Roster          []*SpeakerRule
	QuestionOpeners *Regex
	// TurnOpeners mark a line where someone the transcript does not name
	// starts to speak (closed captions' ">>").
	TurnOpeners      *Regex
	QuestionerLabels []string
	StageDirections  *Regex
	PageFurniture    *Regex
	ReporterIntro    *Regex
	// ReportedSpeech opens a paragraph of a meeting's note that reports
	// who spoke ("Mr Corrigan said insurers had ...", "A resident asked
	// why ..."): its `label` names them.
	ReportedSpeech *Regex
	// QuoteIntro ends a paragraph that introduces a quote in the
	// paragraphs after it ("Maureen Achterberg said:"): its `who` speaks
	// them.
	QuoteIntro    *Regex
	RosterHeading *Regex
	// RosterList opens a line that lists the participants inline,
	// separated by semicolons ("Present: Cllr Margaret Haines (Mayor);
	// Cllr Dev Sandhu; ..."): each item is read by the roster rules of
	// layout list-item.
	RosterList *Regex
	PersonName *Regex
	Titles     []string
	// TitleModifiers are the titles that modify an office rather than
	// name it ("Health", "Deputy"): "World Health Organization" is no
	// office before a name.
	TitleModifiers []string
	// OfficeTitles name an office ("spokesperson", "minister"): a label
	// that holds one before a name speaks even where it opens one turn.
	OfficeTitles []string
	Attribution  []*Pattern

	Topics        []*Topic
	Abbreviations []string
	// NumberingAbbreviations end no sentence only when a number follows ("No. 5").
	NumberingAbbreviations []string
	PhraseStops            []string
	RateLeads              []string
	RateUnits              []string
	Comparatives           []string
	// FrequencyMultiples say how often as well as by how much ("met
	// twice"): a count of times unless a comparative follows.
	FrequencyMultiples []string
	Determiners        []string
	// ComparisonLeads introduce a figure compared with the one before it
	// ("55,000 recruits, up from 50,000"): a bare count there counts the
	// same noun.
	ComparisonLeads []string
	// NotWholesBeforeOf are nouns that stand before "of" and a number
	// but are no group the number counts ("a total of 500", "an average
	// of 12"): "a population of 1.4 billion" counts a population,
	// "a total of 500" no total.
	NotWholesBeforeOf []string
	// NotPercentagePoints are words of a sentence whose "points" are no
	// percentage points though a share stands beside them: an index's
	// ("the Dow fell 300 points, or 0.8%") or a game's.
	NotPercentagePoints []string
	// PercentSubjects are rates said without "percent" when a figure is
	// given for them: "unemployment was down to 3.9" is 3.9 percent.
	PercentSubjects []string
	// MoneySubjects, MoneyObjects and MoneyVerbs mark a bare figure as an
	// amount of money, the currency left unsaid: its subject ("our rent is
	// thirteen hundred"), what it is "in" ("81.4 million in ARR") or the
	// verb before it ("we take home about 2,700 a month").
	MoneySubjects []string
	// CountSubjects are groups whose size a speaker gives as a bare
	// figure: "our official count was 14,960", "enrollment is 3,200". The
	// figure counts the subject.
	CountSubjects []string
	// ShiftNouns are what a time of day ("day", "night") after a figure
	// may name a kind of: "three night shifts" counts shifts, where
	// "three nights" is a duration.
	ShiftNouns []string
	// EqualsVerbs say a plural subject is as many as the figure after
	// them ("Completions were 30,330"), not that it changed by it.
	EqualsVerbs []string
	// ShortUnits are the units of two letters that head a counted phrase
	// ("1,548 route km"); the others of two letters are words too often.
	ShortUnits []string
	// AsideLeads open a record line that stands beside the speech, under
	// a table or a chart ("Source: ...", "Note: ..."): the turn goes on
	// after it.
	AsideLeads []string
	// SpeechEnds are the marks that close a transcript's speech ("[END OF
	// LIVE, 00:08:40]", "END OF TRANSCRIPT", "###"): what follows is the
	// page's own, not the last speaker's.
	SpeechEnds []string
	// ClauseLeads open a clause, never a name: a line that a label
	// pattern catches and that begins with one ("That the City Council:",
	// a staff report's recommendation) is no speaker's.
	ClauseLeads []string
	// TallyWords name the figure after them in a vote's tally ("yeas
	// 217", "Abstentions: 8", "Yes: 374").
	TallyWords   []string
	MoneyObjects []string
	MoneyVerbs   []string
	// GuessWords, before a number said twice one step apart ("maybe 20,
	// 25 percent"), make the two a range, as a hedge of approximation does.
	GuessWords []string
	// ChangeVerbs link a subject to the share or amount said of it
	// ("Unemployment hit 14.7%", "wages are up 4.2 percent", "the
	// deficit rose to $1.7 trillion"): the subject is then the figure's
	// object.
	ChangeVerbs []string
	// LevelVerbs are the change verbs that give a level, not a change:
	// after a plural subject the figure counts it ("Overdose deaths
	// topped 107,000", "Cases rose to 4,000").
	LevelVerbs []string
	NotLabels  []string
	// SpanPrepositions introduce a span that frames an earlier figure
	// ("15 million jobs in three years"): the span is its period.
	SpanPrepositions []string
	// PostModifiers can follow a counted noun but never head it ("visits abroad").
	PostModifiers []string
	// PluralNouns are the plurals not spelled with a final s ("people"):
	// a counted phrase ends after its plural head.
	PluralNouns []string
	// PhraseIncrements may open the phrase of a count: "20,000 more nurses".
	PhraseIncrements []string
	// Participles are past participles not spelled with -ed ("driven"):
	// after a figure's noun, or after a share or an amount and before a
	// function word, they are the verb, as an -ed word is.
	Participles []string
	// PhraseAdjectives are words shaped like an adverb or a verb (-ly,
	// -ed) that describe the noun after them: "three straight monthly
	// readings", "7 million fewer vaccinated adults".
	PhraseAdjectives []string
	// CountVerbs are participles that, right after a bare count, say what
	// befell the things counted or what is awaited of them, never what
	// they are: "another 4,000 expected by", "29 happened before", "270
	// needed to win". (A count's other participles name it: "1,500
	// injured".)
	CountVerbs []string

	// Digest identifies the rule text a run used (sha256 of every file read).
	Digest string
	// Files lists the files merged, defaults first.
	Files []string

	comp *compiler // while Load reads the files
}

// Currency maps written forms of a currency to its ISO 4217 code.
type Currency struct {
	Code    string   `yaml:"code"`
	Symbols []string `yaml:"symbols"`
	Words   []string `yaml:"words"`
	Codes   []string `yaml:"codes"`
	// Places are single capitalized words that name the currency's
	// country, its people or its places ("Canada", "Canadians",
	// "Toronto"): read around a document's plain "$" amounts, they tell
	// whose dollar it writes.
	Places []string `yaml:"places"`
	// Shares are the words the currency shares with another that lists
	// them as its own ("cent" of the US dollar and the euro, "pesos" of
	// Mexico's and the Philippines'): in a document that writes amounts in
	// this currency by symbol or code and none in the other, they are this
	// one's.
	Shares []string `yaml:"shares"`
	// Letter is a capital letter that writes the currency before its
	// digits in the press of its country ("P48 a kilo" for pesos in the
	// Philippines), read so only in a document that holds one of
	// LetterIn: elsewhere "P3" is a part or a priority.
	Letter   string   `yaml:"letter"`
	LetterIn []string `yaml:"letter_in"`
	// Claims are symbols another currency lists as its own that write this
	// one in a document that names ClaimsIn twice or more, and more often
	// than ClaimsOver ("Rs." is the Indian rupee's, Pakistan's in a text
	// about Pakistan, not in an Indian debate that names it once).
	Claims     []string `yaml:"claims"`
	ClaimsIn   []string `yaml:"claims_in"`
	ClaimsOver []string `yaml:"claims_over"`
	// Glued are subunits written only glued to the digits, with the
	// fraction of the currency each is ("137p a litre"): spaced, the
	// letter is something else ("5 p.m.").
	Glued map[string]float64 `yaml:"glued"`
}

// Unit maps the words of a unit to the claim kind and unit it gives.
type Unit struct {
	Kind  string   `yaml:"kind"`
	Unit  string   `yaml:"unit"`
	Words []string `yaml:"words"`
	// Cues, when given, make the unit one that a currency also writes
	// ("pounds"): it is this unit only where one of the cues is a word of
	// the clause before the number ("weighed 225 pounds"), and the
	// currency elsewhere.
	Cues []string `yaml:"cues"`
	// PlainCues cue the unit only for a figure said without a scale
	// word: "lost 30 pounds" is a weight, "lost 30 million pounds" money.
	PlainCues []string `yaml:"plain_cues"`
	// OfCue makes "of" and a noun after the unit a cue ("4,000 pounds of
	// beef"), unless the noun is one of OfNot ("5 million pounds of
	// funding").
	OfCue bool     `yaml:"of_cue"`
	OfNot []string `yaml:"of_not"`
	// HomeCurrencies make the unit its words' reading in a document that
	// writes amounts in one of these currencies (by symbol or code) and
	// none in the currency the words also name: a US text that writes "$"
	// and never "£" weighs its "pounds".
	HomeCurrencies []string `yaml:"home_currencies"`
	// Smaller, when given, is the unit a figure in this one may go on in,
	// Factor of them to one of this: "9 minutes 40 seconds", "5 feet 10
	// inches" are one figure, in the smaller unit (580 seconds, 70 inches).
	Smaller string  `yaml:"smaller"`
	Factor  float64 `yaml:"factor"`
}

// Qualifier is a family of hedges that give the same bound. Bound "none"
// lists phrases that end in a hedge but are none ("moved up to 4.2
// percent" names where a figure went, not its bound).
type Qualifier struct {
	Name   string   `yaml:"name"`
	Bound  string   `yaml:"bound"`
	Before []string `yaml:"before"`
	After  []string `yaml:"after"`
}

// RuleTests are a rule's own examples: a candidate in [brackets] (exclusions)
// or a whole paragraph (speaker patterns).
type RuleTests struct {
	Match   []string `yaml:"match"`
	NoMatch []string `yaml:"nomatch"`
}

// Exclusion turns a candidate number into a mention (CLAIMS.md §1.2) when
// every condition it sets holds.
type Exclusion struct {
	Name    string
	Reason  string
	Message string
	Token   []string
	Number  *Regex
	Before  *Regex
	After   *Regex
	Tests   RuleTests
	Origin  string // file:line of the rule
}

// Pattern is a named pattern (periods, attribution). Triggers, when given,
// are lower-case words of which one must be in the text for the pattern to
// run: a cheap test that spares most sentences the pattern.
type Pattern struct {
	Name     string
	Re       *Regex
	Triggers []string
	Origin   string
}

// SpeakerRule recognizes a speaker label (or a roster line).
type SpeakerRule struct {
	Name       string
	Layout     string // own-line or inline; for a roster rule, under-heading or empty
	Questioner bool
	Recurring  bool // a label only where the same label opens another paragraph too
	// LayoutAfter: for a recurring rule, once this many lines of its shape
	// are seen, each of its labels counts even once (0: never)
	LayoutAfter int
	// RosterOnly: a label only where the document's roster lists it (a
	// name alone on a line, which a heading's words can look like)
	RosterOnly bool
	// HeaderBlock: the lines under an own-line label, up to a blank line,
	// are its header (an e-mail's Sent:, To: and Subject:), neither speech
	// nor the record's own lines
	HeaderBlock bool
	// FollowedBy: for an own-line label, what the lines under it must
	// open with (a forum comment's "· 1 day ago" under its user's name):
	// a name alone, which any short line looks like, is a label only so
	// followed. Nil for most rules.
	FollowedBy *Regex
	Message    string
	Re         *Regex
	Tests      RuleTests
	Origin     string
}

// Topic is one topic with its keywords and finer tags.
type Topic struct {
	Name     string
	Code     int
	Keywords []string
	Tags     map[string][]string `yaml:"tags"`
	Not      []string            // phrases that hold a keyword but do not mean the topic ("this country")
	// Weak keywords name the topic only where nothing about the claim
	// names another: "budget" and "revenue" are economics in a finance
	// minister's text, transit in a transit agency's (the document's other
	// claims decide).
	Weak   []string `yaml:"weak"`
	Origin string
}

// Default returns the embedded rule set.
func Default() (*Set, error) { return Load() }

// Load compiles the embedded defaults and merges the user files given, in
// order. A bad rule is an error naming its file, line and rule.
func Load(userFiles ...string) (*Set, error) {
	s, err := Start(userFiles...)
	if err != nil {
		return nil, err
	}
	s.Wait()
	return s, nil
}

// Start is Load returning before the patterns' prefilters are all
// derived: they go on deriving on the other cores while the caller builds
// on the set (extractor.New does, and waits before it reads a
// prefilter). Nothing may match a pattern of the set before Wait returns.
// On two cores this takes the set's last derivations out of the serial
// stretch before the first file.
func Start(userFiles ...string) (*Set, error) {
	s := &Set{
		Cardinals: map[string]float64{}, Scales: map[string]float64{}, ScaleSuffixes: map[string]float64{},
		Ordinals: map[string]float64{}, Denominators: map[string]float64{}, Multiples: map[string]float64{},
	}
	// The patterns' derivations run while the files are read; an error
	// waits for them, so none is left running.
	s.comp = newCompiler()
	if err := s.load(userFiles); err != nil {
		s.Wait()
		return nil, err
	}
	return s, nil
}

// Wait returns when the patterns' derivations that Start began are done.
func (s *Set) Wait() { s.comp.wait() }

func (s *Set) load(userFiles []string) error {
	h := sha256.New()
	names, err := fs.Glob(defaultFiles, "defaults/*.yaml")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		data, err := defaultFiles.ReadFile(name)
		if err != nil {
			return err
		}
		h.Write(data)
		if err := s.merge("rules/"+name, data); err != nil {
			return err
		}
	}
	for _, f := range userFiles {
		data, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("rules: %w", err)
		}
		h.Write(data)
		if err := s.merge(f, data); err != nil {
			return err
		}
	}
	s.Digest = hex.EncodeToString(h.Sum(nil))[:16]
	return nil
}

// ruleError names the file, line and rule of a bad rule.
func ruleError(file string, line int, rule, format string, args ...any) error {
	where := fmt.Sprintf("%s:%d", file, line)
	if rule != "" {
		where += fmt.Sprintf(": rule %q", rule)
	}
	return fmt.Errorf("%s: %s", where, fmt.Sprintf(format, args...))
}

// yamlLine finds the line of a YAML error: "yaml: line 3: did not find
// expected ',' or ']'", "yaml: unmarshal errors:\n  line 4: cannot
// unmarshal !!int `5` into []string".
var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

// decodeError reports a rule that does not decode at the line YAML names,
// with the rule's name when it has one.
func decodeError(file string, n *yaml.Node, err error) error {
	name := ""
	for i := 0; n.Kind == yaml.MappingNode && i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "name" {
			name = n.Content[i+1].Value
		}
	}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		return ruleError(file, line, name, "%s", m[2])
	}
	return ruleError(file, n.Line, name, "%v", err)
}

// merge reads one rule file. Maps override entries of the same key; named
// rules replace a rule of the same name, others are appended; `disable`
// removes named rules.
func (s *Set) merge(file string, data []byte) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			return fmt.Errorf("%s:%s: %s", file, m[1], m[2]) // a syntax error, as file:line
		}
		return fmt.Errorf("%s: %w", file, err)
	}
	s.Files = append(s.Files, file)
	if len(root.Content) == 0 {
		return nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return ruleError(file, doc.Line, "", "a rule file is a mapping of sections (cardinals:, units:, exclusions:, ...)")
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		key, val := doc.Content[i], doc.Content[i+1]
		if err := s.mergeSection(file, key.Value, key.Line, val); err != nil {
			return err
		}
	}
	return nil
}

func (s *Set) mergeSection(file, section string, line int, val *yaml.Node) error {
	decode := func(v any) error {
		if err := val.Decode(v); err != nil {
			return ruleError(file, val.Line, "", "section %s: %v", section, err)
		}
		return nil
	}
	mergeMap := func(dst map[string]float64) error {
		var m map[string]float64
		if err := decode(&m); err != nil {
			return err
		}
		for k, v := range m {
			dst[k] = v
		}
		return nil
	}
	switch section {
	case "cardinals":
		return mergeMap(s.Cardinals)
	case "scales":
		return mergeMap(s.Scales)
	case "scale_suffixes":
		return mergeMap(s.ScaleSuffixes)
	case "ordinals":
		return mergeMap(s.Ordinals)
	case "denominators":
		return mergeMap(s.Denominators)
	case "multiples":
		return mergeMap(s.Multiples)
	case "rate_leads", "rate_units", "comparatives", "frequency_multiples", "determiners", "comparison_leads", "not_labels", "not_wholes_before_of", "not_percentage_points", "guess_words", "change_verbs", "level_verbs", "percent_subjects", "money_subjects", "money_objects", "money_verbs", "count_subjects", "shift_nouns", "equals_verbs", "short_units", "aside_leads", "tally_words", "speech_ends", "clause_leads":
		var l []string
		if err := decode(&l); err != nil {
			return err
		}
		dst := map[string]*[]string{"rate_leads": &s.RateLeads, "rate_units": &s.RateUnits, "comparatives": &s.Comparatives,
			"frequency_multiples": &s.FrequencyMultiples, "determiners": &s.Determiners, "comparison_leads": &s.ComparisonLeads,
			"not_labels": &s.NotLabels, "not_wholes_before_of": &s.NotWholesBeforeOf, "not_percentage_points": &s.NotPercentagePoints, "guess_words": &s.GuessWords,
			"change_verbs": &s.ChangeVerbs, "level_verbs": &s.LevelVerbs, "percent_subjects": &s.PercentSubjects,
			"money_subjects": &s.MoneySubjects, "money_objects": &s.MoneyObjects, "money_verbs": &s.MoneyVerbs, "count_subjects": &s.CountSubjects, "shift_nouns": &s.ShiftNouns,
			"equals_verbs": &s.EqualsVerbs, "short_units": &s.ShortUnits, "aside_leads": &s.AsideLeads, "tally_words": &s.TallyWords, "speech_ends": &s.SpeechEnds, "clause_leads": &s.ClauseLeads}[section]
		*dst = append(*dst, l...)
		return nil
	case "vague", "abbreviations", "numbering_abbreviations", "titles", "phrase_stops", "span_prepositions", "phrase_postmodifiers", "plural_nouns", "phrase_increments", "participles", "phrase_adjectives", "count_verbs", "office_titles", "title_modifiers", "questioner_labels":
		var l []string
		if err := decode(&l); err != nil {
			return err
		}
		switch section {
		case "vague":
			s.Vague = append(s.Vague, l...)
		case "abbreviations":
			s.Abbreviations = append(s.Abbreviations, l...)
		case "titles":
			s.Titles = append(s.Titles, l...)
		case "span_prepositions":
			s.SpanPrepositions = append(s.SpanPrepositions, l...)
		case "numbering_abbreviations":
			s.NumberingAbbreviations = append(s.NumberingAbbreviations, l...)
		case "phrase_stops":
			s.PhraseStops = append(s.PhraseStops, l...)
		case "phrase_postmodifiers":
			s.PostModifiers = append(s.PostModifiers, l...)
		case "plural_nouns":
			s.PluralNouns = append(s.PluralNouns, l...)
		case "phrase_increments":
			s.PhraseIncrements = append(s.PhraseIncrements, l...)
		case "participles":
			s.Participles = append(s.Participles, l...)
		case "phrase_adjectives":
			s.PhraseAdjectives = append(s.PhraseAdjectives, l...)
		case "count_verbs":
			s.CountVerbs = append(s.CountVerbs, l...)
		case "office_titles":
			s.OfficeTitles = append(s.OfficeTitles, l...)
		case "title_modifiers":
			s.TitleModifiers = append(s.TitleModifiers, l...)
		default:
			s.QuestionerLabels = append(s.QuestionerLabels, l...)
		}
		return nil
	case "currencies":
		var l []Currency
		if err := decode(&l); err != nil {
			return err
		}
		for _, c := range l {
			if c.Letter != "" && (len(c.Letter) != 1 || c.Letter[0] < 'A' || c.Letter[0] > 'Z' || len(c.LetterIn) == 0) {
				return ruleError(file, val.Line, "", "currencies: %s's letter must be one capital letter, with letter_in the words a document must hold", c.Code)
			}
		}
		s.Currencies = append(s.Currencies, l...)
		return nil
	case "units":
		var l []Unit
		if err := decode(&l); err != nil {
			return err
		}
		for _, u := range l {
			if u.Smaller != "" && !(u.Factor > 1) {
				return ruleError(file, val.Line, "", "units: %s goes on in %s, which needs a factor above 1", u.Unit, u.Smaller)
			}
			if len(u.OfNot) > 0 && !u.OfCue {
				return ruleError(file, val.Line, "", "units: %s lists of_not without of_cue", u.Unit)
			}
		}
		s.Units = append(s.Units, l...)
		return nil
	case "qualifiers":
		return s.mergeQualifiers(file, val)
	case "exclusions":
		return s.mergeExclusions(file, val)
	case "periods":
		return s.mergePatterns(file, val, &s.Periods)
	case "speakers", "roster":
		return s.mergeSpeakers(file, section, val)
	case "question_openers", "turn_openers", "stage_directions", "person_name", "page_furniture", "reporter_intro", "reported_speech", "quote_intro", "roster_heading", "roster_list":
		re, err := s.comp.compile(val.Value)
		if err != nil {
			return ruleError(file, val.Line, section, "bad pattern: %v", err)
		}
		switch section {
		case "question_openers":
			s.QuestionOpeners = re
		case "turn_openers":
			s.TurnOpeners = re
		case "stage_directions":
			s.StageDirections = re
		case "page_furniture":
			s.PageFurniture = re
		case "reporter_intro":
			s.ReporterIntro = re
		case "reported_speech":
			s.ReportedSpeech = re
		case "quote_intro":
			s.QuoteIntro = re
		case "roster_heading":
			s.RosterHeading = re
		case "roster_list":
			s.RosterList = re
		default:
			s.PersonName = re
		}
		return nil
	case "attribution":
		return s.mergePatterns(file, val, &s.Attribution)
	case "topics":
		return s.mergeTopics(file, val)
	case "disable":
		var l []string
		if err := decode(&l); err != nil {
			return err
		}
		s.disable(l)
		return nil
	}
	return ruleError(file, line, "", "unknown section %q", section)
}

// items decodes each element of a sequence node, handing its line along.
func items(file string, val *yaml.Node, each func(n *yaml.Node) error) error {
	if val.Kind != yaml.SequenceNode {
		return ruleError(file, val.Line, "", "expected a list of rules")
	}
	// A later file's rule replaces an earlier one of the same name (a user
	// file overrides a default); within one list a name said twice is a
	// slip that would drop the first rule unseen.
	named := map[string]int{}
	for _, n := range val.Content {
		var id struct {
			Name string `yaml:"name"`
		}
		if n.Kind == yaml.MappingNode && n.Decode(&id) == nil && id.Name != "" {
			if line, ok := named[id.Name]; ok {
				return ruleError(file, n.Line, id.Name, "the name is taken by the rule at line %d of this file", line)
			}
			named[id.Name] = n.Line
		}
		if err := each(n); err != nil {
			return err
		}
	}
	return nil
}

func (s *Set) mergeQualifiers(file string, val *yaml.Node) error {
	return items(file, val, func(n *yaml.Node) error {
		var q Qualifier
		if err := n.Decode(&q); err != nil {
			return decodeError(file, n, err)
		}
		switch q.Bound {
		case "lower", "upper", "approx", "exact", "range", "none":
		default:
			return ruleError(file, n.Line, q.Name, "bound %q is not one of exact, lower, upper, approx, range, none", q.Bound)
		}
		for i := range s.Qualifiers {
			if s.Qualifiers[i].Name == q.Name {
				s.Qualifiers[i] = q
				return nil
			}
		}
		s.Qualifiers = append(s.Qualifiers, q)
		return nil
	})
}

type rawExclusion struct {
	Name    string    `yaml:"name"`
	Reason  string    `yaml:"reason"`
	Message string    `yaml:"message"`
	Token   []string  `yaml:"token"`
	Number  string    `yaml:"number"`
	Before  string    `yaml:"before"`
	After   string    `yaml:"after"`
	Tests   RuleTests `yaml:"tests"`
}

// Reasons a number is not a claim (the list; CLAIMS.md §1.2).
var reasons = map[string]bool{"year": true, "date": true, "time": true, "ordinal-name": true, "name": true,
	"idiom": true, "enumerator": true, "period": true, "identifier": true, "false-start": true}

// TokenKinds are the kinds of candidate an exclusion's `token` may name:
// the scanner's token kinds (a money amount or a percentage is a number).
var TokenKinds = []string{"number", "word", "ordinal", "fraction", "multiple", "vague", "time", "range"}

func (s *Set) mergeExclusions(file string, val *yaml.Node) error {
	return items(file, val, func(n *yaml.Node) error {
		var r rawExclusion
		if err := n.Decode(&r); err != nil {
			return decodeError(file, n, err)
		}
		if r.Name == "" {
			return ruleError(file, n.Line, "", "an exclusion needs a name")
		}
		if !reasons[r.Reason] {
			return ruleError(file, n.Line, r.Name, "reason %q is not one of year, date, time, ordinal-name, name, idiom, enumerator, period, identifier, false-start", r.Reason)
		}
		for _, k := range r.Token {
			if !slices.Contains(TokenKinds, k) {
				return ruleError(file, n.Line, r.Name, "token %q is not one of %s", k, strings.Join(TokenKinds, ", "))
			}
		}
		e := &Exclusion{Name: r.Name, Reason: r.Reason, Message: r.Message, Token: r.Token, Tests: r.Tests,
			Origin: fmt.Sprintf("%s:%d", file, n.Line)}
		for _, p := range []struct {
			src     string
			dst     **Regex
			compile func(string) (*Regex, error)
		}{{r.Number, &e.Number, s.comp.compile}, {r.Before, &e.Before, s.comp.compileEndAnchored}, {r.After, &e.After, s.comp.compile}} {
			if p.src == "" {
				continue
			}
			re, err := p.compile(p.src)
			if err != nil {
				return ruleError(file, n.Line, r.Name, "bad pattern: %v", err)
			}
			*p.dst = re
		}
		for i, old := range s.Exclusions {
			if old.Name == e.Name {
				s.Exclusions[i] = e
				return nil
			}
		}
		s.Exclusions = append(s.Exclusions, e)
		return nil
	})
}

// mergePatterns reads a list of named patterns (periods, attribution).
func (s *Set) mergePatterns(file string, val *yaml.Node, dst *[]*Pattern) error {
	return items(file, val, func(n *yaml.Node) error {
		var r struct {
			Name     string   `yaml:"name"`
			Pattern  string   `yaml:"pattern"`
			Triggers []string `yaml:"triggers"`
		}
		if err := n.Decode(&r); err != nil {
			return decodeError(file, n, err)
		}
		re, err := s.comp.compile(r.Pattern)
		if err != nil {
			return ruleError(file, n.Line, r.Name, "bad pattern: %v", err)
		}
		p := &Pattern{Name: r.Name, Re: re, Triggers: r.Triggers, Origin: fmt.Sprintf("%s:%d", file, n.Line)}
		for i, old := range *dst {
			if old.Name == p.Name {
				(*dst)[i] = p
				return nil
			}
		}
		*dst = append(*dst, p)
		return nil
	})
}

func (s *Set) mergeSpeakers(file, section string, val *yaml.Node) error {
	dst := &s.Speakers
	if section == "roster" {
		dst = &s.Roster
	}
	return items(file, val, func(n *yaml.Node) error {
		var r struct {
			Name        string    `yaml:"name"`
			Layout      string    `yaml:"layout"`
			Questioner  bool      `yaml:"questioner"`
			Recurring   bool      `yaml:"recurring"`
			LayoutAfter int       `yaml:"layout_after"`
			RosterOnly  bool      `yaml:"roster_only"`
			HeaderBlock bool      `yaml:"header_block"`
			FollowedBy  string    `yaml:"followed_by"`
			Message     string    `yaml:"message"`
			Pattern     string    `yaml:"pattern"`
			Tests       RuleTests `yaml:"tests"`
		}
		if err := n.Decode(&r); err != nil {
			return decodeError(file, n, err)
		}
		if section == "speakers" && r.Layout != "own-line" && r.Layout != "inline" {
			return ruleError(file, n.Line, r.Name, "layout %q is not own-line or inline", r.Layout)
		}
		if section == "roster" && r.Layout != "" && r.Layout != "under-heading" && r.Layout != "list-item" {
			return ruleError(file, n.Line, r.Name, "roster layout %q is not under-heading or list-item (or empty)", r.Layout)
		}
		re, err := s.comp.compile(r.Pattern)
		if err != nil {
			return ruleError(file, n.Line, r.Name, "bad pattern: %v", err)
		}
		if re.re.GroupNumberFromName("label") < 0 {
			return ruleError(file, n.Line, r.Name, "the pattern needs a named group (?<label>...)")
		}
		if r.HeaderBlock && r.Layout != "own-line" {
			return ruleError(file, n.Line, r.Name, "header_block is for own-line labels")
		}
		sr := &SpeakerRule{Name: r.Name, Layout: r.Layout, Questioner: r.Questioner, Recurring: r.Recurring, LayoutAfter: r.LayoutAfter, RosterOnly: r.RosterOnly, HeaderBlock: r.HeaderBlock, Message: r.Message, Re: re,
			Tests: r.Tests, Origin: fmt.Sprintf("%s:%d", file, n.Line)}
		if r.FollowedBy != "" {
			if r.Layout != "own-line" {
				return ruleError(file, n.Line, r.Name, "followed_by is for own-line labels")
			}
			if sr.FollowedBy, err = s.comp.compile(r.FollowedBy); err != nil {
				return ruleError(file, n.Line, r.Name, "bad followed_by pattern: %v", err)
			}
		}
		for i, old := range *dst {
			if old.Name == sr.Name {
				(*dst)[i] = sr
				return nil
			}
		}
		*dst = append(*dst, sr)
		return nil
	})
}

func (s *Set) mergeTopics(file string, val *yaml.Node) error {
	return items(file, val, func(n *yaml.Node) error {
		var t Topic
		if err := n.Decode(&t); err != nil {
			return decodeError(file, n, err)
		}
		if t.Name == "" {
			return ruleError(file, n.Line, "", "a topic needs a name")
		}
		t.Origin = fmt.Sprintf("%s:%d", file, n.Line)
		for i, kw := range t.Keywords {
			t.Keywords[i] = strings.ToLower(strings.TrimSpace(kw))
		}
		for i, old := range s.Topics {
			if old.Name == t.Name {
				// A user's topic of the same name adds keywords and tags.
				old.Keywords = append(old.Keywords, t.Keywords...)
				old.Not = append(old.Not, t.Not...)
				if t.Code != 0 {
					old.Code = t.Code
				}
				for k, v := range t.Tags {
					if old.Tags == nil {
						old.Tags = map[string][]string{}
					}
					old.Tags[k] = append(old.Tags[k], v...)
				}
				s.Topics[i] = old
				return nil
			}
		}
		s.Topics = append(s.Topics, &t)
		return nil
	})
}

func (s *Set) disable(names []string) {
	off := map[string]bool{}
	for _, n := range names {
		off[n] = true
	}
	s.Exclusions = filter(s.Exclusions, func(e *Exclusion) bool { return !off[e.Name] })
	s.Periods = filter(s.Periods, func(p *Pattern) bool { return !off[p.Name] })
	s.Attribution = filter(s.Attribution, func(p *Pattern) bool { return !off[p.Name] })
	s.Speakers = filter(s.Speakers, func(r *SpeakerRule) bool { return !off[r.Name] })
	s.Roster = filter(s.Roster, func(r *SpeakerRule) bool { return !off[r.Name] })
	s.Topics = filter(s.Topics, func(t *Topic) bool { return !off[t.Name] })
}

func filter[T any](l []T, keep func(T) bool) []T {
	out := l[:0]
	for _, x := range l {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}
