package extractor

// A chat app's export writes one message a line, opened by its date and
// time and the sender: WhatsApp on iPhone "[12/03/2025, 14:22:05] Priya
// Shah: In.", on Android "12/03/2025, 14:22 - Priya Shah: In.", with
// "3/12/25, 2:22 PM" where the phone is set so. The stamp is no claim
// and hides the sender's label from the speaker patterns, which read a
// paragraph from its start: blankChatStamps blanks it, so that each
// message opens with "Priya Shah:" as a transcript's turn does. Offsets
// stay the file's.

// chatExport reports a chat export: five stamped lines or more, and half
// of the lines that are not blank (a message may run over lines).
func chatExport(raw []byte, l lineTable) bool {
	stamped, inked := countStamped(raw, l, chatStamp)
	return stamped >= 5 && stamped*2 >= inked
}

// blankChatStamps blanks the stamp that opens each message of a chat export.
func blankChatStamps(b []byte, l lineTable) { blankStamps(b, l, chatStamp) }

// chatStamp is the length of the stamp that opens line, with the bracket
// or the " - " that ends it, or 0: a date of day, month and year split by
// slashes (either order, a year of two or four digits), a comma, and a
// time of hours and minutes, maybe seconds and AM or PM.
func chatStamp(line []byte) int {
	i := 0
	bracket := len(line) > 0 && line[0] == '['
	if bracket {
		i++
	}
	for part := range 3 {
		n := 0
		for i < len(line) && isDigit(line[i]) {
			i, n = i+1, n+1
		}
		if n == 0 || part < 2 && n > 2 || part == 2 && n != 2 && n != 4 {
			return 0
		}
		if part < 2 {
			if i >= len(line) || line[i] != '/' {
				return 0
			}
			i++
		}
	}
	if i+2 >= len(line) || line[i] != ',' || line[i+1] != ' ' {
		return 0
	}
	i += 2
	for part := range 3 {
		n := 0
		for i < len(line) && isDigit(line[i]) {
			i, n = i+1, n+1
		}
		if n == 0 || n > 2 || part > 0 && n != 2 {
			return 0
		}
		if part == 2 || i >= len(line) || line[i] != ':' || i+1 >= len(line) || !isDigit(line[i+1]) {
			break
		}
		i++
	}
	i = dayPart(line, i)
	switch {
	case bracket && i < len(line) && line[i] == ']':
		return i + 1
	case !bracket && i+2 < len(line) && line[i] == ' ' && line[i+1] == '-' && line[i+2] == ' ':
		return i + 3
	}
	return 0
}

// dayPart skips " AM" or " PM" at i (after a space or the narrow no-break
// space iOS writes), and returns where it ends, or i.
func dayPart(line []byte, i int) int {
	j := i
	switch {
	case j < len(line) && line[j] == ' ':
		j++
	case j+3 <= len(line) && string(line[j:j+3]) == "\u202f":
		j += 3
	default:
		return i
	}
	if j+2 <= len(line) && (line[j] == 'A' || line[j] == 'P' || line[j] == 'a' || line[j] == 'p') && (line[j+1] == 'M' || line[j+1] == 'm') {
		return j + 2
	}
	return i
}
