import { crc32, deflateSync } from "zlib"

/**
 * The demo's product pictures, drawn at seed time so that nothing is
 * downloaded and no binary sits in the repository: a flat illustration (a
 * shape in the product's colour on its category's background), encoded as PNG.
 */

export type ProductMotif = "round" | "oval" | "bar" | "bottle" | "jar" | "grains" | "tray"

export type ProductPicture = {
  // Hex colours: "#e9d8b4".
  background: string
  color: string
  motif: ProductMotif
}

const SIZE = 320
// Each pixel is the average of SAMPLES×SAMPLES points, which smooths the edges.
const SAMPLES = 2

type Rgb = [number, number, number]

export function drawProductImage(picture: ProductPicture): Buffer {
  const background = hex(picture.background)
  const color = hex(picture.color)
  const shadow = mix(background, [0, 0, 0], 0.12)
  const light = mix(color, [255, 255, 255], 0.45)
  const paint = painter(picture.motif)

  const pixels = Buffer.alloc(SIZE * SIZE * 3)
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const sum: Rgb = [0, 0, 0]
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          // Coordinates from -1 to 1, y growing downwards.
          const u = ((x + (sx + 0.5) / SAMPLES) / SIZE) * 2 - 1
          const v = ((y + (sy + 0.5) / SAMPLES) / SIZE) * 2 - 1
          const ink = paint(u, v)
          const rgb = ink === "shape" ? color : ink === "light" ? light : ink === "shadow" ? shadow : background
          sum[0] += rgb[0]
          sum[1] += rgb[1]
          sum[2] += rgb[2]
        }
      }
      const offset = (y * SIZE + x) * 3
      pixels[offset] = Math.round(sum[0] / SAMPLES ** 2)
      pixels[offset + 1] = Math.round(sum[1] / SAMPLES ** 2)
      pixels[offset + 2] = Math.round(sum[2] / SAMPLES ** 2)
    }
  }
  return encodePng(SIZE, SIZE, pixels)
}

type Ink = "shape" | "light" | "shadow" | null

const inEllipse = (u: number, v: number, cx: number, cy: number, rx: number, ry: number) =>
  ((u - cx) / rx) ** 2 + ((v - cy) / ry) ** 2 <= 1

function inRoundedRect(u: number, v: number, cx: number, cy: number, halfW: number, halfH: number, radius: number) {
  const dx = Math.max(Math.abs(u - cx) - (halfW - radius), 0)
  const dy = Math.max(Math.abs(v - cy) - (halfH - radius), 0)
  return dx * dx + dy * dy <= radius * radius
}

/** Where each motif puts its shape, its highlight and its shadow on the ground. */
function painter(motif: ProductMotif): (u: number, v: number) => Ink {
  switch (motif) {
    case "round":
      return (u, v) =>
        inEllipse(u, v, -0.22, -0.3, 0.14, 0.1) ? "light" : inEllipse(u, v, 0, -0.08, 0.58, 0.58) ? "shape" : inEllipse(u, v, 0, 0.62, 0.6, 0.12) ? "shadow" : null
    case "oval":
      return (u, v) =>
        inEllipse(u, v, -0.3, -0.2, 0.2, 0.07) ? "light" : inEllipse(u, v, 0, -0.05, 0.7, 0.34) ? "shape" : inEllipse(u, v, 0, 0.5, 0.66, 0.1) ? "shadow" : null
    case "bar":
      return (u, v) =>
        inRoundedRect(u, v, -0.2, -0.22, 0.3, 0.05, 0.05) ? "light" : inRoundedRect(u, v, 0, 0, 0.62, 0.36, 0.14) ? "shape" : inEllipse(u, v, 0, 0.5, 0.66, 0.1) ? "shadow" : null
    case "bottle":
      return (u, v) =>
        inRoundedRect(u, v, -0.12, 0.05, 0.05, 0.32, 0.05)
          ? "light"
          : inRoundedRect(u, v, 0, 0.12, 0.3, 0.56, 0.16) || inRoundedRect(u, v, 0, -0.55, 0.1, 0.2, 0.05)
            ? "shape"
            : inEllipse(u, v, 0, 0.7, 0.42, 0.08)
              ? "shadow"
              : null
    case "jar":
      return (u, v) =>
        inRoundedRect(u, v, 0, -0.42, 0.44, 0.1, 0.05)
          ? "light"
          : inRoundedRect(u, v, 0, 0.08, 0.5, 0.46, 0.2)
            ? "shape"
            : inEllipse(u, v, 0, 0.6, 0.56, 0.1)
              ? "shadow"
              : null
    case "grains":
      return (u, v) => {
        // A heap of small grains: a grid of dots inside a mound.
        if (inEllipse(u, v, 0, 0.55, 0.72, 0.12)) {
          return "shadow"
        }
        if (!inEllipse(u, v, 0, 0.35, 0.7, 0.55) || v > 0.45) {
          return null
        }
        const cellU = (((u + 1) * 9) % 1) - 0.5
        const cellV = (((v + 1) * 9 + Math.floor((u + 1) * 9) * 0.5) % 1) - 0.5
        return cellU * cellU + cellV * cellV < 0.12 ? "shape" : "light"
      }
    case "tray":
      return (u, v) => {
        if (inRoundedRect(u, v, 0, 0.3, 0.72, 0.16, 0.06)) {
          return "shadow"
        }
        for (const cx of [-0.42, 0, 0.42]) {
          if (inEllipse(u, v, cx - 0.06, -0.08, 0.05, 0.05)) {
            return "light"
          }
          if (inEllipse(u, v, cx, 0, 0.17, 0.22)) {
            return "shape"
          }
        }
        return null
      }
  }
}

function hex(value: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(value)
  if (!match) {
    throw new Error(`"${value}" is not a #rrggbb colour`)
  }
  const n = parseInt(match[1], 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => Math.round(a[i] * (1 - t) + b[i] * t)) as Rgb

/** An 8-bit RGB PNG: signature, IHDR, one zlib IDAT of unfiltered scanlines, IEND. */
export function encodePng(width: number, height: number, rgb: Buffer): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    // Each scanline starts with its filter type, 0 (none).
    rgb.copy(rows, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // colour type: truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData) >>> 0)
  return Buffer.concat([length, typeAndData, crc])
}
