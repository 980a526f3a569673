/** A file that cannot be read at all. The batch goes on; the CLI prints the message and counts it. */
export class ReadError extends Error {
  constructor(
    /** stable code: read/empty, read/binary, read/encoding, read/unreadable, read/pdf-encrypted, read/pdf-no-text, read/corrupt … */
    public readonly code: string,
    /** Chinese message naming the reason (the CLI adds the file) */
    message: string,
    public readonly messageEn: string,
  ) {
    super(message);
    this.name = "ReadError";
  }
}
