package output

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// ErrNotFactableWorkbook is returned (wrapped) when the file a workbook
// would replace is not one this package wrote: merging it is impossible and
// overwriting it could destroy someone's work, so only Options.Force may.
var ErrNotFactableWorkbook = errors.New("not a factable workbook")

// previous is what an existing workbook hands on to the next one: the
// reviews that differ from the default, by claim ID, read when the new
// workbook is begun; the rows of claims that are gone are read again from
// the same file at the end, when it is known which claims the run found.
type previous struct {
	path    string            // the workbook read; "" when there was none
	reviews map[string]review // by claim ID
}

var (
	claimsSheetRE  = regexp.MustCompile(`^Claims(?: \((\d+)\))?$`)
	removedSheetRE = regexp.MustCompile(`^Removed(?: \((\d+)\))?$`)
)

// readPrevious reads the review columns of the workbook at path, if there
// is one, from its Claims and Removed sheets. Where an ID appears twice,
// the Claims sheets win over Removed, and the first row over later ones.
// Only reviews someone filled in are kept: the others are the default.
func readPrevious(path string) (previous, error) {
	var prev previous
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return prev, nil
	} else if err != nil {
		return prev, fmt.Errorf("output: %w", err)
	}
	prev.path = path
	prev.reviews = map[string]review{}
	seen := map[string]bool{}
	err := eachPreviousRow(path, func(r row, _ bool) {
		if seen[r.ID] {
			return
		}
		seen[r.ID] = true
		if r.review != (review{Status: defaultStatus}) {
			prev.reviews[r.ID] = r.review
		}
	})
	return prev, err
}

// eachPreviousRow calls fn for every row with an ID of the workbook's
// Claims sheets, then of its Removed sheets (removed true), in sheet order;
// an empty Status reads as the default.
func eachPreviousRow(path string, fn func(r row, removed bool)) error {
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		return notOurs(path, err)
	}
	defer f.Close()
	claimSheets := matchSheets(f.GetSheetList(), claimsSheetRE)
	removedSheets := matchSheets(f.GetSheetList(), removedSheetRE)
	if len(claimSheets) == 0 {
		return notOurs(path, errors.New("it has no Claims sheet"))
	}
	for i, s := range append(claimSheets, removedSheets...) {
		removed := i >= len(claimSheets)
		err := eachRow(f, s, func(r row) {
			if r.ID == "" {
				return // nothing to match it by
			}
			if r.Status == "" {
				r.Status = defaultStatus
			}
			fn(r, removed)
		})
		if err != nil {
			return notOurs(path, err)
		}
	}
	return nil
}

// removedRows returns the rows of the previous workbook whose ID is not
// current, each once, for the next Removed sheet: rows already removed
// keep their place, newly removed ones follow in their old order.
func (prev previous) removedRows(current func(id string) bool) ([]row, error) {
	if prev.path == "" {
		return nil, nil
	}
	placed := map[string]bool{}
	var stillRemoved, newlyRemoved []row
	err := eachPreviousRow(prev.path, func(r row, removed bool) {
		if current(r.ID) || placed[r.ID] {
			return
		}
		placed[r.ID] = true
		if removed {
			stillRemoved = append(stillRemoved, r)
		} else {
			newlyRemoved = append(newlyRemoved, r)
		}
	})
	return append(stillRemoved, newlyRemoved...), err
}

func notOurs(path string, cause error) error {
	return fmt.Errorf("output: %s: %w: %v (replace it with Force, or choose another file)",
		path, ErrNotFactableWorkbook, cause)
}

// matchSheets returns the sheets named like re, in their numbered order
// ("Claims" before "Claims (2)") whatever order a user dragged them into.
func matchSheets(names []string, re *regexp.Regexp) []string {
	type numbered struct {
		name string
		n    int
	}
	var found []numbered
	for _, name := range names {
		m := re.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		n := 1
		if m[1] != "" {
			n, _ = strconv.Atoi(m[1])
		}
		found = append(found, numbered{name, n})
	}
	slices.SortStableFunc(found, func(a, b numbered) int { return cmp.Compare(a.n, b.n) })
	sheets := make([]string, len(found))
	for i, s := range found {
		sheets[i] = s.name
	}
	return sheets
}

// eachRow streams the data rows of a Claims-like sheet. Columns are found
// by their header, so a reviewer who moved or inserted columns does not
// lose their review; the ID and review columns must be there.
func eachRow(f *excelize.File, sheet string, fn func(row)) error {
	rows, err := f.Rows(sheet)
	if err != nil {
		return err
	}
	defer rows.Close()
	if !rows.Next() {
		return fmt.Errorf("sheet %s is empty", sheet)
	}
	header, err := rows.Columns()
	if err != nil {
		return err
	}
	pos := make([]int, numColumns) // column -> cell index, -1 when absent
	for col, c := range columns {
		pos[col] = slices.IndexFunc(header, func(h string) bool {
			return strings.EqualFold(strings.TrimSpace(h), c.header)
		})
	}
	for _, col := range []int{colID, colStatus, colCheckedBy, colEvidence, colNotes} {
		if pos[col] < 0 {
			return fmt.Errorf("sheet %s has no %q column", sheet, columns[col].header)
		}
	}
	for rows.Next() {
		cells, err := rows.Columns()
		if err != nil {
			return err
		}
		var r row
		for col, p := range pos {
			if p < 0 || p >= len(cells) {
				continue // absent column, or trailing cells left empty
			}
			s := cells[p]
			switch col {
			case colLine:
				r.Line, _ = strconv.Atoi(s)
			case colValue:
				// Raw cell values: the number as stored, not as displayed.
				if v, err := strconv.ParseFloat(s, 64); err == nil {
					r.Value = &v
				} else {
					r.ValueText = s
				}
			default:
				r.setText(col, s)
			}
		}
		fn(r)
	}
	return rows.Error()
}
