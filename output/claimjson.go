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
	indent := prefix != ""
	first := true
	key := func(k string) {
		if !first {
			b = append(b, ',')
		}
		first = false
		if indent {
			b = append(b, '\n')
			b = append(b, prefix...)
			b = append(b, "  "...)
		}
		b = append(b, '"')
		b = append(b, k...)
		b = append(b, '"', ':')
		if indent {
			b = append(b, ' ')
		}
	}
	str := func(k, v string) {
		key(k)
		b = appendJSONString(b, v)
	}
	num := func(k string, v *float64) {
		key(k)
		if v == nil {
			b = append(b, "null"...)
		} else {
			b = appendJSONFloat(b, *v)
		}
	}
	integer := func(k string, v int) {
		key(k)
		b = strconv.AppendInt(b, int64(v), 10)
	}
	b = append(b, '{')
	str("id", c.ID)
	str("source", c.Source)
	integer("line", c.Line)
	str("number", c.Number)
	num("value", c.Value)
	if c.ValueHigh != nil {
		num("value_high", c.ValueHigh)
	}
	str("kind", c.Kind)
	str("unit", c.Unit)
	str("object", c.Object)
	str("qualifier", c.Qualifier)
	str("bound", c.Bound)
	if c.Vague {
		key("vague")
		b = append(b, "true"...)
	}
	key("speaker")
	if c.Speaker == nil {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, *c.Speaker)
	}
	str("topic", c.Topic)
	str("sentence", c.Sentence)
	integer("start", c.Start)
	integer("end", c.End)
	if c.SpeakerRole != "" {
		str("speaker_role", c.SpeakerRole)
	}
	if c.SpeakerLabel != "" {
		str("speaker_label", c.SpeakerLabel)
	}
	if c.Period != "" {
		str("period", c.Period)
	}
	if c.Per != "" {
		str("per", c.Per)
	}
	if len(c.Tags) > 0 {
		key("tags")
		b = append(b, '[')
		for i, t := range c.Tags {
			if i > 0 {
				b = append(b, ',')
			}
			if indent {
				b = append(b, '\n')
				b = append(b, prefix...)
				b = append(b, "    "...)
			}
			b = appendJSONString(b, t)
		}
		if indent {
			b = append(b, '\n')
			b = append(b, prefix...)
			b = append(b, "  "...)
		}
		b = append(b, ']')
	}
	str("rule", c.Rule)
	if indent {
		b = append(b, '\n')
		b = append(b, prefix...)
	}
	return append(b, '}')
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

// plain8 reports whether the eight bytes of s (eight long) are all ASCII
// that JSON writes as they are: from 0x20 on, no quote, no backslash. It
// tests them at once, as one integer (the loads merge into one), with the
// bit tricks for "some byte is zero" and "some byte is less than n".
func plain8(s string) bool {
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := func(v uint64, n byte) bool { return (v-uint64(n)*ones)&^v&highs != 0 }
	return x&highs == 0 && !below(x, 0x20) && !below(x^('"'*ones), 1) && !below(x^('\\'*ones), 1)
}

// appendJSONString quotes s as encoding/json does without HTML escaping:
// invalid UTF-8 becomes U+FFFD, U+2028 and U+2029 are escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		for i+8 <= len(s) && plain8(s[i:i+8]) {
			i += 8
		}
		if i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
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
