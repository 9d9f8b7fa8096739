package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress is the status line of a long run on standard error: files done,
// MB read and MB/s, claims found. It is drawn only when standard error is a
// terminal (and not with --quiet), at most ten times a second, and cleared
// at the end and before any other message.
type progress struct {
	w      io.Writer
	on     bool
	total  int
	files  int
	bytes  int64
	claims int
	start  time.Time
	drawn  time.Time
	shown  bool
}

// progressDelay is how long a run goes before the line appears: a short
// run never shows it.
const progressDelay = 500 * time.Millisecond

func newProgress(w io.Writer, total int, quiet bool) *progress {
	return &progress{w: w, on: !quiet && isTerminal(w), total: total, start: time.Now()}
}

// isTerminal reports whether w is a character device other than /dev/null.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(fi, null) {
		return false
	}
	return true
}

// add counts a file done.
func (p *progress) add(bytes int64, claims int) {
	p.files++
	p.bytes += bytes
	p.claims += claims
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.start) < progressDelay || now.Sub(p.drawn) < 100*time.Millisecond && p.files < p.total {
		return
	}
	p.drawn = now
	p.shown = true
	mb := float64(p.bytes) / 1e6
	fmt.Fprintf(p.w, "\r%d/%d files  %.1f MB  %.1f MB/s  %d claims\x1b[K", p.files, p.total, mb, mb/now.Sub(p.start).Seconds(), p.claims)
}

// clear removes the line, so a message can be printed in its place.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}
