/**
 * Reading rendered pages as pixels without an image library: pdftoppm -gray writes a binary PGM,
 * which is a short text header and one byte per pixel.
 */
export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row; 0 is black, 255 white. */
  pixels: Uint8Array;
}

/** Binary PGM (P5): "P5", width, height, maxval as ASCII separated by whitespace, then the pixels. */
export function parsePgm(bytes: Buffer): GrayImage {
  const fields: number[] = [];
  let pos = 0;
  const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
  let magic = '';
  while (fields.length < 3) {
    while (isSpace(bytes[pos])) pos++;
    if (bytes[pos] === 0x23) {
      while (bytes[pos] !== 0x0a && pos < bytes.length) pos++; // a comment line
      continue;
    }
    const start = pos;
    while (!isSpace(bytes[pos]) && pos < bytes.length) pos++;
    const token = bytes.toString('latin1', start, pos);
    if (!magic) magic = token;
    else fields.push(Number(token));
  }
  const [width = 0, height = 0, maxval = 0] = fields;
  if (magic !== 'P5' || maxval > 255 || width <= 0 || height <= 0) throw new Error('Not an 8-bit binary PGM');
  pos++; // the single whitespace byte before the raster
  return { width, height, pixels: new Uint8Array(bytes.subarray(pos, pos + width * height)) };
}

export interface Region {
  /** Fractions of the page, 0 at the top/left edge, 1 at the bottom/right. */
  top: number;
  bottom: number;
  left?: number;
  right?: number;
}

/** Number of pixels darker than `threshold` in a region: 0 means the region is blank paper. */
export function darkPixels(image: GrayImage, region: Region, threshold = 128): number {
  const y0 = Math.floor(region.top * image.height);
  const y1 = Math.ceil(region.bottom * image.height);
  const x0 = Math.floor((region.left ?? 0) * image.width);
  const x1 = Math.ceil((region.right ?? 1) * image.width);
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) if ((image.pixels[y * image.width + x] ?? 255) < threshold) count++;
  }
  return count;
}

export interface HorizontalLine {
  /** Pixel row (the first, for a line several pixels thick) and the run's first and last column. */
  y: number;
  x0: number;
  x1: number;
}

/**
 * Horizontal rules: rows holding an unbroken dark run of at least `minLength` pixels. Letters never
 * make runs that long, so in a borderless area (the header, the title block) these are the rules.
 * A rule drawn two pixels thick is reported once.
 */
export function horizontalLines(
  image: GrayImage,
  region: Region,
  minLength: number,
  threshold = 160,
): HorizontalLine[] {
  const lines: HorizontalLine[] = [];
  const x0 = Math.floor((region.left ?? 0) * image.width);
  const x1 = Math.ceil((region.right ?? 1) * image.width);
  for (let y = Math.floor(region.top * image.height); y < Math.ceil(region.bottom * image.height); y++) {
    let start = -1;
    for (let x = x0; x <= x1; x++) {
      const dark = x < x1 && (image.pixels[y * image.width + x] ?? 255) < threshold;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        const run = { y, x0: start, x1: x - 1 };
        const previous = lines.find(
          (l) => l.y >= y - 2 && Math.abs(l.x0 - run.x0) <= 2 && Math.abs(l.x1 - run.x1) <= 2,
        );
        if (run.x1 - run.x0 + 1 >= minLength && !previous) lines.push(run);
        start = -1;
      }
    }
  }
  return lines;
}
