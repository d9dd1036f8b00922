//go:build ignore

// gen_icons draws signdoctor's icons: a blue rounded square with a white seal
// and check mark. The PNGs are drawn from the same shapes as icon.svg, so the
// app needs no remote icon. Run with `go generate ./web`.
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

var (
	blue  = color.NRGBA{0x1d, 0x4e, 0xd8, 0xff}
	white = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

func main() {
	write("icon-192.png", 192, false)
	write("icon-512.png", 512, false)
	write("icon-maskable-512.png", 512, true)
}

// shapes in unit coordinates; maskable icons keep them inside the central
// 80% safe zone and fill the whole square with the background.
func inBackground(x, y float64, maskable bool) bool {
	if maskable {
		return true
	}
	const r = 0.22
	cx := math.Max(r, math.Min(1-r, x))
	cy := math.Max(r, math.Min(1-r, y))
	return math.Hypot(x-cx, y-cy) <= r
}

func inForeground(x, y float64, maskable bool) bool {
	if maskable {
		x, y = 0.5+(x-0.5)/0.8, 0.5+(y-0.5)/0.8
	}
	// seal ring
	if d := math.Hypot(x-0.5, y-0.5); math.Abs(d-0.30) <= 0.035 {
		return true
	}
	// check mark: two strokes with round caps
	return segDist(x, y, 0.36, 0.51, 0.46, 0.61) <= 0.04 || segDist(x, y, 0.46, 0.61, 0.65, 0.41) <= 0.04
}

func segDist(px, py, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	t := ((px-ax)*dx + (py-ay)*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(px-(ax+t*dx), py-(ay+t*dy))
}

func write(name string, size int, maskable bool) {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const ss = 4 // supersampling per axis, for smooth edges
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var bg, fg int
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/ss) / float64(size)
					if inBackground(x, y, maskable) {
						bg++
						if inForeground(x, y, maskable) {
							fg++
						}
					}
				}
			}
			if bg == 0 {
				continue
			}
			f := float64(fg) / float64(bg)
			mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a)*(1-f) + float64(b)*f)) }
			img.SetNRGBA(px, py, color.NRGBA{
				mix(blue.R, white.R), mix(blue.G, white.G), mix(blue.B, white.B),
				uint8(math.Round(255 * float64(bg) / (ss * ss))),
			})
		}
	}
	f, err := os.Create(name)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
