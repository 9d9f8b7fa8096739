package output

import (
	"os"
	"syscall"
)

// startWriteback asks the kernel to start writing n bytes of f from off
// to disk, without waiting for them. Only a hint: an error changes nothing,
// the fsync before the rename still decides.
func startWriteback(f *os.File, off, n int64) {
	const syncFileRangeWrite = 2 // SYNC_FILE_RANGE_WRITE
	_ = syscall.SyncFileRange(int(f.Fd()), off, n, syncFileRangeWrite)
}
