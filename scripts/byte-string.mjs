// Bytes as a JavaScript string literal, one character per byte, for the build's
// inlined binaries (the single file's wasm, the fallback's data segments). gzip
// shrinks such a string far better than base64: the single file's wasm is 31 KB
// gzip this way against 36 KB as base64, and the fallback's data 4 KB against 7 KB.
//
// Printable ASCII stays as it is, except `"`, `\` and `<` (so no "</script" can
// appear); bytes 0xA0–0xFF are their Latin-1 characters (two bytes of UTF-8 each);
// everything else is a \xHH escape. Inline in HTML this is safe too: no NUL, no CR,
// nothing the HTML parser would change inside a <script>.

/** The literal, quotes included, whose characters' codes are `bytes`. */
export function byteString(bytes) {
  let text = "";
  for (const b of bytes) {
    const plain = (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c && b !== 0x3c) || b >= 0xa0;
    text += plain ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`;
  }
  return `"${text}"`;
}

/** An ES module whose default export is a Uint8Array of `bytes`. */
export function bytesModule(bytes) {
  return `export default Uint8Array.from(${byteString(bytes)}, (c) => c.charCodeAt(0));\n`;
}
