/**
 * A ZIP written as it goes, for Office files too large to hold: each entry is deflated from a
 * stream of text pieces and handed to a sink chunk by chunk (sizes and CRC in a data descriptor
 * after the data), so a workbook of any length is written with about one batch in memory. Entry
 * dates are FIXED_DATE and the entry order is the caller's, so the same content gives the same
 * bytes. No Zip64: an entry or the file past 4 GiB is refused with a clear error.
 */
import { createDeflateRaw, crc32 } from "node:zlib";
import { FIXED_DATE } from "./zip.js";

export type ByteSink = (chunk: Uint8Array) => Promise<void>;

const LIMIT = 0xffffffff;
const BATCH = 1 << 20;

/** MS-DOS date and time fields of a date (its UTC fields, so no machine's time zone enters) */
function dosDateTime(d: Date): { date: number; time: number } {
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}
const DOS = dosDateTime(FIXED_DATE);
// general purpose flags: bit 3 (sizes and CRC follow the data), bit 11 (UTF-8 names)
const FLAGS = 0x0808;

interface Entry {
  name: Buffer;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
}

export class ZipStreamWriter {
  private offset = 0;
  private readonly entries: Entry[] = [];

  constructor(private readonly sink: ByteSink) {}

  private async put(b: Uint8Array): Promise<void> {
    this.offset += b.length;
    if (this.offset > LIMIT) throw new Error("ZIP larger than 4 GiB: not supported (no Zip64)");
    await this.sink(b);
  }

  /** one entry, deflated from text pieces (and UTF-8 bytes) in order */
  async add(name: string, pieces: Iterable<string | Uint8Array>): Promise<void> {
    const e: Entry = { name: Buffer.from(name, "utf8"), crc: 0, csize: 0, usize: 0, offset: this.offset };
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(FLAGS, 6);
    h.writeUInt16LE(8, 8);
    h.writeUInt16LE(DOS.time, 10);
    h.writeUInt16LE(DOS.date, 12);
    // CRC and sizes (14..25) stay 0: they follow in the data descriptor
    h.writeUInt16LE(e.name.length, 26);
    await this.put(Buffer.concat([h, e.name]));

    const deflate = createDeflateRaw({ level: 6 });
    const out: Buffer[] = [];
    deflate.on("data", (c: Buffer) => out.push(c));
    const ended = new Promise<void>((resolve, reject) => {
      deflate.once("end", resolve);
      deflate.once("error", reject);
    });
    const drain = async () => {
      while (out.length) {
        const c = out.shift()!;
        e.csize += c.length;
        await this.put(c);
      }
    };
    const feed = async (text: string | Uint8Array) => {
      const buf = typeof text === "string" ? Buffer.from(text, "utf8") : text;
      e.crc = crc32(buf, e.crc);
      e.usize += buf.length;
      if (e.usize > LIMIT) throw new Error(`ZIP entry ${name} larger than 4 GiB: not supported (no Zip64)`);
      await new Promise<void>((resolve, reject) => deflate.write(buf, (err) => (err ? reject(err) : resolve())));
      await drain();
    };
    let batch = "";
    for (const p of pieces) {
      if (typeof p !== "string") {
        // bytes (UTF-8 already): after the text before them
        if (batch) await feed(batch);
        batch = "";
        await feed(p);
        continue;
      }
      batch += p;
      if (batch.length >= BATCH) {
        await feed(batch);
        batch = "";
      }
    }
    if (batch) await feed(batch);
    deflate.end();
    await ended;
    await drain();

    const dd = Buffer.alloc(16);
    dd.writeUInt32LE(0x08074b50, 0);
    dd.writeUInt32LE(e.crc >>> 0, 4);
    dd.writeUInt32LE(e.csize, 8);
    dd.writeUInt32LE(e.usize, 12);
    await this.put(dd);
    this.entries.push(e);
  }

  /** the central directory and its end record */
  async finish(): Promise<void> {
    const start = this.offset;
    const parts: Buffer[] = [];
    for (const e of this.entries) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE((3 << 8) | 20, 4); // made by: UNIX, spec 2.0
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(FLAGS, 8);
      c.writeUInt16LE(8, 10);
      c.writeUInt16LE(DOS.time, 12);
      c.writeUInt16LE(DOS.date, 14);
      c.writeUInt32LE(e.crc >>> 0, 16);
      c.writeUInt32LE(e.csize, 20);
      c.writeUInt32LE(e.usize, 24);
      c.writeUInt16LE(e.name.length, 28);
      // extra, comment, disk, internal attributes: 0
      c.writeUInt32LE((0o100664 << 16) >>> 0, 38); // a regular file, rw-rw-r--
      c.writeUInt32LE(e.offset, 42);
      parts.push(c, e.name);
    }
    const cd = Buffer.concat(parts);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(start, 16);
    await this.put(Buffer.concat([cd, end]));
  }
}
