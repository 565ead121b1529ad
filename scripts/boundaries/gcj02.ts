/**
 * The WGS84 → GCJ-02 offset used by Chinese web maps (Amap/Gaode, Tencent, Google China). This is
 * the well-known published obfuscation formula (Krasovsky ellipsoid, a = 6378245 m); inside
 * Songjiang it moves a point about +0.0045° lon, −0.002° lat (≈ 480 m). Used only to recognise
 * GCJ-02 input, never to store anything.
 */
const A = 6378245.0;
const EE = 0.006693421622965943;
const PI = Math.PI;

function outOfChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function dLatOf(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2) / 3;
  r += ((20 * Math.sin(y * PI) + 40 * Math.sin((y / 3) * PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * PI) + 320 * Math.sin((y * PI) / 30)) * 2) / 3;
  return r;
}

function dLonOf(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2) / 3;
  r += ((20 * Math.sin(x * PI) + 40 * Math.sin((x / 3) * PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * PI) + 300 * Math.sin((x / 30) * PI)) * 2) / 3;
  return r;
}

/** WGS84 [lon, lat] → GCJ-02 [lon, lat]. Points outside China are returned unchanged. */
export function wgs84ToGcj02([lon, lat]: readonly number[]): [number, number] {
  if (lon === undefined || lat === undefined) throw new Error('a position needs [lon, lat]');
  if (outOfChina(lon, lat)) return [lon, lat];
  let dLat = dLatOf(lon - 105, lat - 35);
  let dLon = dLonOf(lon - 105, lat - 35);
  const radLat = (lat / 180) * PI;
  const s = Math.sin(radLat);
  const magic = 1 - EE * s * s;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * PI);
  dLon = (dLon * 180) / ((A / sqrtMagic) * Math.cos(radLat) * PI);
  return [lon + dLon, lat + dLat];
}

/** GCJ-02 [lon, lat] → WGS84 [lon, lat], by iterating the forward transform (error < 1e-9°). */
export function gcj02ToWgs84([lon, lat]: readonly number[]): [number, number] {
  if (lon === undefined || lat === undefined) throw new Error('a position needs [lon, lat]');
  let x = lon, y = lat;
  for (let i = 0; i < 10; i++) {
    const [gx, gy] = wgs84ToGcj02([x, y]);
    x += lon - gx;
    y += lat - gy;
  }
  return [x, y];
}
