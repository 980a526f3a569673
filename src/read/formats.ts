/**
 * Registers the readers of binary formats with src/read/index.ts. Import this module once
 * (src/parse.ts does) before reading files.
 */
export {};
