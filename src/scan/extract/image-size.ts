// The size a PNG, JPEG, WebP or GIF says it has, read from its header before Tesseract decodes it
// (it decodes these itself): a 439 KB PNG of 20 000 × 20 000 blank pixels took 12.7 s and 1.7 GB,
// a 1.6 MB one of 40 000 × 40 000 took 3.2 GB. Pure: bytes in, width and height out, or null when
// the header cannot tell (Tesseract then says whether it can read it).

export interface ImageSize {
  width: number;
  height: number;
}

export function imageSize(data: Uint8Array): ImageSize | null {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // PNG: the IHDR chunk comes first
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR') return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  // GIF: the logical screen
  if (b.length >= 10 && b.toString('latin1', 0, 4) === 'GIF8') return { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  if (b.length >= 30 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return webpSize(b);
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  return null;
}

function webpSize(b: Buffer): ImageSize | null {
  switch (b.toString('latin1', 12, 16)) {
    case 'VP8X': // extended: 24-bit width − 1 and height − 1
      return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
    case 'VP8 ': // lossy: 14-bit sizes after the frame's start code
      return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
    case 'VP8L': {
      // lossless: 14-bit width − 1 and height − 1, packed after the signature byte
      const bits = b.readUInt32LE(21);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
    }
    default:
      return null;
  }
}

/** The frame header (SOF0…SOF15 but DHT, JPG and DAC) of a JPEG, walking its segments. */
function jpegSize(b: Buffer): ImageSize | null {
  let at = 2;
  while (at + 9 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: b.readUInt16BE(at + 7), height: b.readUInt16BE(at + 5) };
    // segments without a length: start of image, restarts, end of image
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // the image data before any frame header
    at += 2 + b.readUInt16BE(at + 2);
  }
  return null;
}
