#!/usr/bin/env node
// Makes every installer icon from the one source image, resources/icon.png (square, at least 512 px):
//   build/icons/<n>x<n>.png  Linux (AppImage, .deb), electron-builder picks the sizes from the file names
//   build/icon.ico           Windows program, shortcuts and NSIS installer (16–256 px)
// Run `npm run icons` after changing the source image, and commit the results.
import fs from 'node:fs';
import path from 'node:path';
import { decodePng, encodePng } from './png.mjs';

const root = path.resolve(import.meta.dirname, '..');
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 256];

/** Area-average downscale with premultiplied alpha, so transparent edges do not darken. */
function downscale(src, size) {
  const out = new Uint8Array(size * size * 4);
  const scale = src.width / size;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      let n = 0;
      for (let sy = Math.floor(y * scale); sy < Math.floor((y + 1) * scale); sy += 1) {
        for (let sx = Math.floor(x * scale); sx < Math.floor((x + 1) * scale); sx += 1) {
          const i = (sy * src.width + sx) * 4;
          const alpha = src.data[i + 3] / 255;
          r += src.data[i] * alpha;
          g += src.data[i + 1] * alpha;
          b += src.data[i + 2] * alpha;
          a += alpha;
          n += 1;
        }
      }
      const o = (y * size + x) * 4;
      out.set(a > 0 ? [r / a, g / a, b / a, (a / n) * 255].map(Math.round) : [0, 0, 0, 0], o);
    }
  }
  return { width: size, height: size, data: out };
}

/** A 32-bit BMP icon entry (bottom-up BGRA plus the 1-bit mask), what every Windows icon reader accepts. */
function bmpEntry(image) {
  const { width: w, data } = image;
  const maskStride = Math.ceil(w / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(w, 4);
  header.writeInt32LE(w * 2, 8); // height counts the colour bitmap and the mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(w * w * 4);
  const mask = Buffer.alloc(maskStride * w);
  for (let y = 0; y < w; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const i = (y * w + x) * 4;
      const o = ((w - 1 - y) * w + x) * 4;
      pixels.set([data[i + 2], data[i + 1], data[i], data[i + 3]], o);
      if (data[i + 3] === 0) mask[(w - 1 - y) * maskStride + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, pixels, mask]);
}

function ico(images) {
  const entries = images.map((image) => (image.width >= 256 ? encodePng(image) : bmpEntry(image)));
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(1, 2); // type: icon
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach((image, i) => {
    const d = 6 + 16 * i;
    head[d] = image.width >= 256 ? 0 : image.width; // 0 means 256
    head[d + 1] = image.width >= 256 ? 0 : image.width;
    head.writeUInt16LE(1, d + 4);
    head.writeUInt16LE(32, d + 6);
    head.writeUInt32LE(entries[i].length, d + 8);
    head.writeUInt32LE(offset, d + 12);
    offset += entries[i].length;
  });
  return Buffer.concat([head, ...entries]);
}

const source = decodePng(fs.readFileSync(path.join(root, 'resources', 'icon.png')));
if (source.width !== source.height || source.width < 512)
  throw new Error('resources/icon.png must be square, ≥ 512 px');
const scaled = new Map(PNG_SIZES.map((size) => [size, downscale(source, size)]));
fs.mkdirSync(path.join(root, 'build', 'icons'), { recursive: true });
for (const [size, image] of scaled)
  fs.writeFileSync(path.join(root, 'build', 'icons', `${size}x${size}.png`), encodePng(image));
fs.writeFileSync(path.join(root, 'build', 'icon.ico'), ico(ICO_SIZES.map((size) => scaled.get(size))));
console.log(`Wrote build/icon.ico (${ICO_SIZES.join(', ')} px) and build/icons/*.png (${PNG_SIZES.join(', ')} px)`);
