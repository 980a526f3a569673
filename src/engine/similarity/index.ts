/** Near-duplicate detection: exact character-shingle Jaccard and MinHash + LSH (datasketch-like). */
export { jaccard, containment, textJaccard, allPairsExact, shinglesOf, type Item, type Pair } from "./jaccard.js";
export { MinHasher, estimateJaccard, hash32, fmix32, mulberry32, DEFAULT_NUM_PERM, DEFAULT_SEED } from "./minhash.js";
export {
  MinHashLSH,
  optimalParams,
  falsePositiveArea,
  falseNegativeArea,
  nearDuplicatePairs,
  compareLshWithExact,
  type LshOptions,
  type LshSettings,
  type Comparison,
} from "./lsh.js";
