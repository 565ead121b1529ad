/**
 * Deterministic synthetic enterprises for the scale benchmark: `n` points over the zone's bounding
 * box, each tagged with one of the clusters of data/clusters.json. Deterministic (seeded PRNG) so
 * every run and every machine draws exactly the same map, and results stay comparable.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

/** The zone's bounding box [w, s, e, n] (WGS84) that the brief fixes for the synthetic points. */
export const ZONE_BBOX: readonly [number, number, number, number] = [121.11, 30.96, 121.36, 31.13];

/** Mulberry32: a tiny, fast 32-bit PRNG; good enough for test data, and identical on every engine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface EnterpriseProps {
  id: string;
  cluster: string;
}

/**
 * `n` enterprise points. Real firms gather in parks, so 70 % fall in Gaussian blobs around a dozen
 * seeded "park" centres and 30 % are spread evenly; this gives the clusterer dense and sparse areas
 * alike, as a real register would. Points never leave {@link ZONE_BBOX}.
 */
export function generateEnterprises(n: number, clusterIds: readonly string[], seed = 60): FeatureCollection<Point, EnterpriseProps> {
  if (clusterIds.length === 0) throw new Error('generateEnterprises: no cluster ids');
  const rnd = mulberry32(seed);
  const [w, s, e, nn] = ZONE_BBOX;
  const inBox = (x: number, y: number) => x >= w && x <= e && y >= s && y <= nn;
  const hubs = Array.from({ length: 12 }, () => [w + rnd() * (e - w), s + rnd() * (nn - s)] as const);
  // Box–Muller from two uniforms; sigma ≈ 1.2 km in longitude, 1 km in latitude.
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const features: Feature<Point, EnterpriseProps>[] = [];
  for (let i = 0; i < n; i++) {
    let x: number, y: number;
    if (rnd() < 0.7) {
      const hub = hubs[Math.floor(rnd() * hubs.length)]!;
      do { x = hub[0] + gauss() * 0.0125; y = hub[1] + gauss() * 0.009; } while (!inBox(x, y));
    } else {
      x = w + rnd() * (e - w);
      y = s + rnd() * (nn - s);
    }
    const cluster = clusterIds[Math.floor(rnd() * clusterIds.length)]!;
    // 6 decimals ≈ 0.1 m: what a real register would carry, and keeps the payload honest.
    features.push({
      type: 'Feature', id: i + 1,
      geometry: { type: 'Point', coordinates: [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6] },
      properties: { id: `ent-${i + 1}`, cluster },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** File name of the generated dataset beside the bare page: the page fetches it as `?scale=N`. */
export const enterprisesFile = (n: number) => `enterprises-${n}.geojson`;
