package output

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/factable/factable/extractor"
)

// appendClaimJSON encodes a claim exactly as encoding/json does (field
// order, omitempty, escaping with SetEscapeHTML(false), number format),
// without reflection: the writers spend most of their time here. With an
// indent prefix it matches json.Encoder.SetIndent(prefix, "  ") on a value
// nested at prefix; with "" it is the compact form. TestClaimJSONMatchesEncodingJSON
// holds it to that. The value must be finite (checkFinite).
func appendClaimJSON(b []byte, c *extractor.Claim, prefix string) []byte {
	k := keysFor(prefix)
	b = append(b, '{')
	b = appendJSONString(append(b, k.id...), c.ID)
	b = appendJSONString(append(b, k.source...), c.Source)
	b = strconv.AppendInt(append(b, k.line...), int64(c.Line), 10)
	b = appendJSONString(append(b, k.number...), c.Number)
	b = appendJSONNumber(append(b, k.value...), c.Value)
	if c.ValueHigh != nil {
		b = appendJSONNumber(append(b, k.valueHigh...), c.ValueHigh)
	}
	b = appendJSONString(append(b, k.kind...), c.Kind)
	b = appendJSONString(append(b, k.unit...), c.Unit)
	b = appendJSONString(append(b, k.object...), c.Object)
	b = appendJSONString(append(b, k.qualifier...), c.Qualifier)
	b = appendJSONString(append(b, k.bound...), c.Bound)
	if c.Vague {
		b = append(append(b, k.vague...), "true"...)
	}
	b = append(b, k.speaker...)
	if c.Speaker == nil {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, *c.Speaker)
	}
	b = appendJSONString(append(b, k.topic...), c.Topic)
	b = appendJSONString(append(b, k.sentence...), c.Sentence)
	b = strconv.AppendInt(append(b, k.start...), int64(c.Start), 10)
	b = strconv.AppendInt(append(b, k.end...), int64(c.End), 10)
	// omitempty
	if c.SpeakerRole != "" {
		b = appendJSONString(append(b, k.speakerRole...), c.SpeakerRole)
	}
	if c.SpeakerLabel != "" {
		b = appendJSONString(append(b, k.speakerLabel...), c.SpeakerLabel)
	}
	if c.Period != "" {
		b = appendJSONString(append(b, k.period...), c.Period)
	}
	if c.Per != "" {
		b = appendJSONString(append(b, k.per...), c.Per)
	}
	if len(c.Tags) > 0 {
		b = append(b, k.tags...)
		for i, t := range c.Tags {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(append(b, k.tag...), t)
		}
		b = append(append(b, k.tagsEnd...), ']')
	}
	b = appendJSONString(append(b, k.rule...), c.Rule)
	return append(append(b, k.close...), '}')
}

// claimKeys are what stands before each field of a claim (its comma and
// indentation included), before each tag, after the tags and before the
// closing brace.
type claimKeys struct {
	id, source, line, number, value, valueHigh, kind, unit, object, qualifier, bound, vague, speaker,
	topic, sentence, start, end, speakerRole, speakerLabel, period, per, tags, rule string
	tag, tagsEnd, close string
}

// The writers' two indents are prepared once.
var compactKeys, indentedKeys = newClaimKeys(""), newClaimKeys("    ")

func keysFor(prefix string) *claimKeys {
	switch prefix {
	case "":
		return compactKeys
	case "    ":
		return indentedKeys
	}
	return newClaimKeys(prefix)
}

func newClaimKeys(prefix string) *claimKeys {
	field, tag, closing, colon := "", "", "", ":" // the line breaks and indents of each
	if prefix != "" {
		field, tag, closing, colon = "\n"+prefix+"  ", "\n"+prefix+"    ", "\n"+prefix, ": "
	}
	key := func(name string) string { return "," + field + `"` + name + `"` + colon }
	return &claimKeys{
		id: field + `"id"` + colon, source: key("source"), line: key("line"), number: key("number"),
		value: key("value"), valueHigh: key("value_high"), kind: key("kind"), unit: key("unit"),
		object: key("object"), qualifier: key("qualifier"), bound: key("bound"), vague: key("vague"),
		speaker: key("speaker"), topic: key("topic"), sentence: key("sentence"), start: key("start"),
		end: key("end"), speakerRole: key("speaker_role"), speakerLabel: key("speaker_label"),
		period: key("period"), per: key("per"), tags: key("tags") + "[", rule: key("rule"),
		tag: tag, tagsEnd: field, close: closing,
	}
}

// appendJSONNumber writes a value, or null.
func appendJSONNumber(b []byte, v *float64) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	return appendJSONFloat(b, *v)
}

// appendJSONFloat formats a float64 as encoding/json does.
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// load8 reads the first eight bytes of s as a little-endian integer, in
// one load (one bounds check, and the byte loads merge).
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plainWord reports whether the eight bytes of x are all ASCII that JSON
// writes as they are: from 0x20 on, no quote, no backslash. It tests them
// at once with the bit tricks for "some byte is zero" and "some byte is
// less than n" (exact as a yes or no on bytes below 0x80, which the first
// term makes sure of).
func plainWord(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote, backslash := x^('"'*ones), x^('\\'*ones)
	return (x|(x-0x20*ones)&^x|(quote-ones)&^quote|(backslash-ones)&^backslash)&highs == 0
}

// plainByte: JSON writes the byte as it is (plainWord of one byte).
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendJSONString quotes s as encoding/json does without HTML escaping:
// invalid UTF-8 becomes U+FFFD, U+2028 and U+2029 are escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && plainWord(load8(s[i:])) {
			i += 8
			continue
		}
		if plainByte[s[i]] {
			i++
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
