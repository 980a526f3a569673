/**
 * 1-D clustering helpers for PDF geometry (cf. pdfplumber's `cluster_list`): values closer than a
 * tolerance to the previous one join its cluster.
 */

/** sort `values` and cut into clusters where consecutive values differ by more than `tol` */
export function clusterValues(values: number[], tol: number): number[][] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const cur = out[out.length - 1];
    if (cur && v - cur[cur.length - 1] <= tol) cur.push(v);
    else out.push([v]);
  }
  return out;
}

/** representative positions (means) of clusters */
export function clusterCentres(values: number[], tol: number): number[] {
  return clusterValues(values, tol).map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

/**
 * Group objects by a key into clusters: an object joins the current cluster when its key is
 * within `tol` of the cluster's running mean. Returns clusters in ascending key order.
 */
export function clusterObjects<T>(objs: T[], key: (o: T) => number, tol: number): T[][] {
  const sorted = [...objs].sort((a, b) => key(a) - key(b));
  const out: { items: T[]; mean: number }[] = [];
  for (const o of sorted) {
    const k = key(o);
    const cur = out[out.length - 1];
    if (cur && Math.abs(k - cur.mean) <= tol) {
      cur.items.push(o);
      cur.mean += (k - cur.mean) / cur.items.length;
    } else out.push({ items: [o], mean: k });
  }
  return out.map((c) => c.items);
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Union-find over indices 0..n-1. */
export class DisjointSet {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[ra] = rb;
  }
}
