package requirement

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// Requirement dates are whole seconds since 2001-01-01 00:00:00 UTC
// (CFAbsoluteTime). The conversions below use plain calendar arithmetic on
// int64 so every stored value prints and parses back, including ones far
// outside time.Time's comfortable range.

const (
	secondsPerDay = 86400
	// days from 1970-01-01 to 2001-01-01
	epoch2001Days = 11323
)

// AbsoluteTime converts a time to Apple's absolute time in whole seconds
// (fractions are cut toward zero, as Apple's reader does).
func AbsoluteTime(t time.Time) int64 {
	return t.Unix() - epoch2001Days*secondsPerDay
}

// TimeOf converts Apple's absolute time to a time.Time.
func TimeOf(abs int64) time.Time {
	return time.Unix(abs, 0).Add(epoch2001Days * secondsPerDay * time.Second).UTC()
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date.
func civil(z int64) (y, m, d int64) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// daysFromCivil is the inverse of civil.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mm := m - 3
	if m <= 2 {
		mm = m + 9
	}
	doy := (153*mm+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// FormatTime prints an absolute time as the decompiler shows dates (the
// description of an NSDate): "2019-06-01 00:00:00 +0000".
func FormatTime(abs int64) string {
	days := floorDiv(abs, secondsPerDay)
	sec := abs - days*secondsPerDay
	y, m, d := civil(days + epoch2001Days)
	year := fmt.Sprintf("%04d", y)
	if y < 0 {
		year = fmt.Sprintf("-%04d", -y)
	}
	return fmt.Sprintf("%s-%02d-%02d %02d:%02d:%02d +0000", year, m, d, sec/3600, sec/60%60, sec%60)
}

var errTimeRange = errors.New("date out of range")

// absFromCivil returns the absolute time of a date and time of day, or an
// error when it does not fit in 64 bits.
func absFromCivil(y, mo, d, h, mi, s, offset int64) (int64, error) {
	if y > 1e15 || y < -1e15 {
		return 0, errTimeRange
	}
	days := daysFromCivil(y, mo, d) - epoch2001Days
	total := new(big.Int).Mul(big.NewInt(days), big.NewInt(secondsPerDay))
	total.Add(total, big.NewInt(h*3600+mi*60+s-offset))
	if !total.IsInt64() {
		return 0, errTimeRange
	}
	return total.Int64(), nil
}

func validCivil(mo, d, h, mi, s int64) bool {
	return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 60
}

// parseDateLiteral reads the inside of a <…> date literal:
// "2019-06-01 00:00:00 +0000" (the year may be longer or negative).
func parseDateLiteral(s string) (int64, error) {
	bad := fmt.Errorf("date %q is not in the form <2019-06-01 00:00:00 +0000>", s)
	s = strings.TrimSpace(s)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	dateTime, zone, ok := strings.Cut(s, " ")
	if !ok {
		return 0, bad
	}
	clock, zone, ok := strings.Cut(zone, " ")
	if !ok {
		return 0, bad
	}
	ymd := strings.Split(dateTime, "-")
	hms := strings.Split(clock, ":")
	if len(ymd) != 3 || len(hms) != 3 || len(ymd[0]) < 4 || len(ymd[1]) != 2 || len(ymd[2]) != 2 ||
		len(hms[0]) != 2 || len(hms[1]) != 2 || len(hms[2]) != 2 {
		return 0, bad
	}
	var n [6]int64
	for i, f := range append(ymd, hms...) {
		v, err := strconv.ParseInt(f, 10, 64)
		if err != nil || v < 0 || strings.ContainsAny(f, "+-") {
			return 0, bad
		}
		n[i] = v
	}
	if neg {
		n[0] = -n[0]
	}
	off, ok := parseZone(zone)
	if !ok || !validCivil(n[1], n[2], n[3], n[4], n[5]) {
		return 0, bad
	}
	t, err := absFromCivil(n[0], n[1], n[2], n[3], n[4], n[5], off)
	if err != nil {
		return 0, fmt.Errorf("date %q: %v", s, err)
	}
	return t, nil
}

// parseZone reads +hhmm / -hhmm (or Z) and returns the offset in seconds.
func parseZone(z string) (int64, bool) {
	if z == "Z" {
		return 0, true
	}
	if len(z) != 5 || (z[0] != '+' && z[0] != '-') {
		return 0, false
	}
	h, err1 := strconv.Atoi(z[1:3])
	m, err2 := strconv.Atoi(z[3:5])
	if err1 != nil || err2 != nil || h > 23 || m > 59 {
		return 0, false
	}
	off := int64(h*3600 + m*60)
	if z[0] == '-' {
		off = -off
	}
	return off, true
}

// parseGeneralizedTime reads the string of `timestamp "…"`, an ASN.1
// GeneralizedTime as Apple's compiler expects: YYYYMMDDhhmmss, optional
// fraction, then Z or ±hhmm.
func parseGeneralizedTime(s string) (int64, error) {
	bad := fmt.Errorf("timestamp %q is not a GeneralizedTime (YYYYMMDDhhmmssZ)", s)
	if len(s) < 15 {
		return 0, bad
	}
	var n [6]int64
	widths := [6]int{4, 2, 2, 2, 2, 2}
	p := 0
	for i, w := range widths {
		v, err := strconv.ParseUint(s[p:p+w], 10, 16)
		if err != nil {
			return 0, bad
		}
		n[i] = int64(v)
		p += w
	}
	rest := s[p:]
	frac := false
	if strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ",") {
		i := 1
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			if rest[i] != '0' {
				frac = true
			}
			i++
		}
		if i == 1 {
			return 0, bad
		}
		rest = rest[i:]
	}
	off, ok := parseZone(rest)
	if !ok || !validCivil(n[1], n[2], n[3], n[4], n[5]) {
		return 0, bad
	}
	t, err := absFromCivil(n[0], n[1], n[2], n[3], n[4], n[5], off)
	if err != nil {
		return 0, bad
	}
	if frac && t < 0 {
		t++ // Apple converts a double to int64, which cuts toward zero
	}
	return t, nil
}
