/**
 * Node coordinates by OSM id, in flat typed arrays (16 bytes a node) instead of a Map: a Shanghai extract
 * has tens of millions of nodes. Ids are doubles (OSM ids pass 2^32 but stay far below 2^53).
 */
export class NodeStore {
  private ids = new Float64Array(1 << 16);
  private lon = new Int32Array(1 << 16);
  private lat = new Int32Array(1 << 16);
  private n = 0;
  private sorted = true;
  private frozen = false;

  get size(): number {
    return this.n;
  }

  add(id: number, lon7: number, lat7: number): void {
    if (this.frozen) throw new Error('NodeStore: add after freeze');
    if (this.n === this.ids.length) this.grow();
    if (this.n > 0 && id <= this.ids[this.n - 1]!) this.sorted = false;
    this.ids[this.n] = id;
    this.lon[this.n] = lon7;
    this.lat[this.n] = lat7;
    this.n++;
  }

  private grow(): void {
    const size = this.ids.length * 2;
    const ids = new Float64Array(size); ids.set(this.ids); this.ids = ids;
    const lon = new Int32Array(size); lon.set(this.lon); this.lon = lon;
    const lat = new Int32Array(size); lat.set(this.lat); this.lat = lat;
  }

  /** Ends adding: sorts by id when the file was not sorted, and trims the arrays. */
  freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    const n = this.n;
    if (!this.sorted) {
      const order = new Uint32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      const ids = this.ids;
      order.sort((a, b) => ids[a]! - ids[b]!);
      const sIds = new Float64Array(n), sLon = new Int32Array(n), sLat = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const j = order[i]!;
        sIds[i] = ids[j]!; sLon[i] = this.lon[j]!; sLat[i] = this.lat[j]!;
      }
      this.ids = sIds; this.lon = sLon; this.lat = sLat;
    } else {
      this.ids = this.ids.slice(0, n); this.lon = this.lon.slice(0, n); this.lat = this.lat.slice(0, n);
    }
  }

  /** Index of the node, or -1. Only after `freeze`. */
  indexOf(id: number): number {
    const ids = this.ids;
    let lo = 0, hi = this.n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid]!;
      if (v < id) lo = mid + 1;
      else if (v > id) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  has(id: number): boolean {
    return this.indexOf(id) >= 0;
  }

  /** [lon, lat] in degrees of the node at `index`. */
  position(index: number): [number, number] {
    return [this.lon[index]! / 1e7, this.lat[index]! / 1e7];
  }
}

/** A sorted set of ids (for the nodes still to find), filled once then only read. */
export class IdSet {
  private readonly ids: Float64Array;
  constructor(values: Iterable<number>) {
    const arr = Float64Array.from(values).sort();
    let n = 0;
    for (let i = 0; i < arr.length; i++) if (i === 0 || arr[i] !== arr[i - 1]) arr[n++] = arr[i]!;
    this.ids = arr.slice(0, n);
  }
  get size(): number {
    return this.ids.length;
  }
  has(id: number): boolean {
    const ids = this.ids;
    let lo = 0, hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid]!;
      if (v < id) lo = mid + 1;
      else if (v > id) hi = mid - 1;
      else return true;
    }
    return false;
  }
}
