package macho

import "strconv"

func itoa(v uint64) string { return strconv.FormatUint(v, 10) }
func hex(v uint64) string  { return "0x" + strconv.FormatUint(v, 16) }
