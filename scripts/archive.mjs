// Archive writers for the release: a .zip (deflate, from Node's zlib) and a
// .tar.gz (ustar), with no tool outside Node. A fresh Debian has no zip or unzip,
// and a webmaster's machine may have neither, so the release script does not ask
// for them; both formats are small to write by hand. Every entry gets the same
// time and owner, and entries are sorted, so the same files always give the same
// bytes (and the same SHA256SUMS).
import { deflateRawSync, gzipSync } from "node:zlib";

/** @typedef {{name: string, data?: Buffer, dir?: boolean}} Entry  names use "/"; a directory's ends with "/" */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (the zip format's checksum) of `data`. */
export function crc32(data) {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An MS-DOS date and time (what zip stores), from a Unix time in seconds, in UTC. */
function dosTime(seconds) {
  const d = new Date(Math.max(seconds, 315532800) * 1000); // zip cannot say before 1980
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** Entries sorted by name, so an archive does not depend on the order files were found. */
const sorted = (entries) => [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/**
 * A zip archive of `entries` (each file deflated, or stored when that is smaller).
 * @param {Entry[]} entries
 * @param {number} mtime Unix seconds, for every entry
 */
export function zipBytes(entries, mtime) {
  const { time, date } = dosTime(mtime);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of sorted(entries)) {
    const name = Buffer.from(e.name, "utf8");
    const raw = e.dir ? Buffer.alloc(0) : e.data;
    const packed = e.dir ? raw : deflateRawSync(raw, { level: 9 });
    const deflated = !e.dir && packed.length < raw.length;
    const body = deflated ? packed : raw;
    const crc = crc32(raw);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed: 2.0
    head.writeUInt16LE(0x0800, 6); // names are UTF-8
    head.writeUInt16LE(deflated ? 8 : 0, 8);
    head.writeUInt16LE(time, 10);
    head.writeUInt16LE(date, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(raw.length, 22);
    head.writeUInt16LE(name.length, 26);
    head.writeUInt16LE(0, 28);
    locals.push(head, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the modes below count)
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflated ? 8 : 0, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((e.dir ? 0o40755 : 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += head.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** One 512-byte ustar header. */
function tarHeader(e, size, mtime) {
  const h = Buffer.alloc(512);
  let name = e.name;
  let prefix = "";
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf("/", name.length - 2);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
    if (Buffer.byteLength(name) > 100 || Buffer.byteLength(prefix) > 155) throw new Error(`name too long for ustar: ${e.name}`);
  }
  const octal = (n, width) => `${n.toString(8).padStart(width - 1, "0")}\0`;
  h.write(name, 0, "utf8");
  h.write(octal(e.dir ? 0o755 : 0o644, 8), 100);
  h.write(octal(0, 8), 108); // uid
  h.write(octal(0, 8), 116); // gid
  h.write(octal(size, 12), 124);
  h.write(octal(mtime, 12), 136);
  h.write("        ", 148); // the checksum counts itself as spaces
  h.write(e.dir ? "5" : "0", 156);
  h.write("ustar\0" + "00", 257, "latin1");
  h.write(prefix, 345, "utf8");
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
  return h;
}

/**
 * A gzip-compressed ustar archive of `entries`.
 * @param {Entry[]} entries
 * @param {number} mtime Unix seconds, for every entry
 */
export function tarGzBytes(entries, mtime) {
  const parts = [];
  for (const e of sorted(entries)) {
    const data = e.dir ? Buffer.alloc(0) : e.data;
    parts.push(tarHeader(e, data.length, mtime), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024)); // two empty blocks end the archive
  return gzipSync(Buffer.concat(parts), { level: 9 });
}
