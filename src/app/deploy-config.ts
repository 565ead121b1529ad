/**
 * The deploy-time config, `config.json` beside index.html: edited by a deployer without a rebuild.
 * Parsing is pure and forgiving: a bad entry is dropped with a warning, the rest still works.
 */
import { BUILT_IN, type BasemapSpec, type Datum } from '../map/basemaps/spec';
import type { Lang, Text } from '../domain/types';
import { OSM_ATTRIBUTION, OSM_MAXZOOM, OSM_MINZOOM } from '../map/basemaps/osm-meta';

/** The modes a page can start in (see src/modes/). */
export const MODE_IDS = ['browse', 'embed', 'kiosk', 'presenter'] as const;
export type ModeId = (typeof MODE_IDS)[number];

export interface DeployConfig {
  /** Built-in basemaps first, then the configured ones. */
  basemaps: BasemapSpec[];
  /** Id of the basemap to open with. */
  defaultBasemap: string;
  /** The mode a page opens in when its URL names none. */
  defaultMode: ModeId;
  /** Public address of the site (absolute http(s) URL ending in `/`) for links and QR codes; null = the page's own. */
  shareBase: string | null;
  /** Origins of host pages allowed to drive an embedded map by postMessage; empty = the API is off. */
  allowedOrigins: string[];
  /** The exhibition stand (kiosk mode): idle times, staff PIN, defaults. */
  kiosk: KioskConfig;
}

/** `kiosk` in config.json (README: Running a stand). Staff choices saved on the kiosk override some of it. */
export interface KioskConfig {
  /** Seconds without input on the kiosk's home view before the attract loop starts. */
  attractAfterSeconds: number;
  /** Seconds without input, after a visitor changed something, before the "Still there?" countdown. */
  resetAfterSeconds: number;
  /** Length of that countdown, in seconds; then everything goes back to the kiosk's defaults. */
  countdownSeconds: number;
  /** The staff PIN as `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>` (`npm run kiosk-pin`); null = no staff menu. */
  pinHash: string | null;
  /** Language the kiosk starts in and returns to. */
  lang: Lang;
  /** Speed of the attract tour: 1 as written, 2 twice as fast, 0.5 half as fast. */
  tourPace: number;
}

export const DEFAULT_KIOSK: KioskConfig = {
  attractAfterSeconds: 60, resetAfterSeconds: 90, countdownSeconds: 15, pinHash: null, lang: 'zh', tourPace: 1,
};
/** Limits of the kiosk's numbers (seconds; pace a factor). */
export const KIOSK_LIMITS = { seconds: [1, 3600], countdown: [1, 300], tourPace: [0.25, 4] } as const;
/** The form of a PIN hash (checked in full, base64 included, when the staff menu opens: app/kiosk-pin.ts). */
export const PIN_HASH_FORM = /^pbkdf2-sha256\$\d{4,8}\$[A-Za-z0-9+/]{11,}={0,2}\$[A-Za-z0-9+/]{43}=$/;

export const DEFAULT_CONFIG: DeployConfig = {
  basemaps: [...BUILT_IN], defaultBasemap: BUILT_IN[0]!.id, defaultMode: 'browse', shareBase: null, allowedOrigins: [], kiosk: DEFAULT_KIOSK,
};

/** `kiosk` of config.json: each wrong entry is dropped with a warning, its default kept. */
export function parseKiosk(v: unknown, warn: (m: string) => void): KioskConfig {
  const k = { ...DEFAULT_KIOSK };
  if (v === undefined) return k;
  if (!isObj(v)) { warn('kiosk must be an object'); return k; }
  const number = (key: 'attractAfterSeconds' | 'resetAfterSeconds' | 'countdownSeconds' | 'tourPace', [min, max]: readonly [number, number]) => {
    const x = v[key];
    if (x === undefined) return;
    if (typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max) k[key] = x;
    else warn(`kiosk.${key} must be a number from ${min} to ${max}; ${JSON.stringify(x)?.slice(0, 40)} ignored`);
  };
  number('attractAfterSeconds', KIOSK_LIMITS.seconds);
  number('resetAfterSeconds', KIOSK_LIMITS.seconds);
  number('countdownSeconds', KIOSK_LIMITS.countdown);
  number('tourPace', KIOSK_LIMITS.tourPace);
  if (v.pinHash !== undefined) {
    if (typeof v.pinHash === 'string' && PIN_HASH_FORM.test(v.pinHash)) k.pinHash = v.pinHash;
    else warn('kiosk.pinHash must be a string made by `npm run kiosk-pin -- <pin>` (pbkdf2-sha256$…); no staff menu');
  }
  if (v.lang !== undefined) {
    if (v.lang === 'zh' || v.lang === 'en') k.lang = v.lang; else warn('kiosk.lang must be "zh" or "en"');
  }
  return k;
}

/** An http(s) origin exactly as `URL.origin` writes it (no path, no trailing slash), or null. */
function origin(v: unknown): string | null {
  if (!str(v)) return null;
  try {
    const u = new URL(v);
    return /^https?:$/.test(u.protocol) && u.origin === v ? v : null;
  } catch { return null; }
}

/** The parts of the config that are not basemaps: mode, public address, embedding. */
function siteOptions(json: Obj, warn: (m: string) => void): Pick<DeployConfig, 'defaultMode' | 'shareBase' | 'allowedOrigins' | 'kiosk'> {
  let defaultMode: ModeId = 'browse';
  if (json.defaultMode !== undefined) {
    if ((MODE_IDS as readonly unknown[]).includes(json.defaultMode)) defaultMode = json.defaultMode as ModeId;
    else warn(`defaultMode must be one of ${MODE_IDS.join(', ')}`);
  }
  let shareBase: string | null = null;
  if (json.shareBase !== undefined) {
    const ok = str(json.shareBase) && json.shareBase.endsWith('/') && origin(URL.parse(json.shareBase)?.origin) !== null;
    if (ok) shareBase = json.shareBase as string; else warn('shareBase must be an absolute http(s) URL ending in "/"');
  }
  const allowedOrigins: string[] = [];
  if (json.embed !== undefined) {
    const list = isObj(json.embed) && Array.isArray(json.embed.allowedOrigins) ? json.embed.allowedOrigins : (warn('embed.allowedOrigins must be an array of origins'), []);
    list.forEach((o, i) => {
      const ok = origin(o);
      if (ok) allowedOrigins.push(ok); else warn(`embed.allowedOrigins[${i}] ${JSON.stringify(o)?.slice(0, 80)} is not an origin like "https://portal.example.gov.cn"; ignored`);
    });
  }
  return { defaultMode, shareBase, allowedOrigins, kiosk: parseKiosk(json.kiosk, warn) };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function text(v: unknown, fallback: string): Text {
  if (str(v)) return { zh: v, en: v };
  if (isObj(v) && str(v.zh) && str(v.en)) return { zh: v.zh, en: v.en };
  return { zh: fallback, en: fallback };
}

function datum(v: unknown): Datum | null {
  if (v === undefined || v === 'wgs84' || v === 'cgcs2000') return 'wgs84';
  return v === 'gcj02' ? 'gcj02' : null;
}

const num = (v: unknown, dflt: number, min: number, max: number) => (typeof v === 'number' && v >= min && v <= max ? v : dflt);

/** Expands `{a-c}` / `{1-4}` subdomain ranges in a tile template into several templates. */
export function expandTemplate(t: string): string[] {
  const m = /\{([a-z0-9])-([a-z0-9])\}/.exec(t);
  if (!m) return [t];
  const out: string[] = [];
  for (let c = m[1]!.charCodeAt(0); c <= m[2]!.charCodeAt(0); c++) out.push(t.replace(m[0], String.fromCharCode(c)));
  return out;
}

function basemap(b: unknown, i: number, warn: (msg: string) => void): BasemapSpec | null {
  const at = `basemaps[${i}]`;
  if (!isObj(b)) { warn(`${at} is not an object`); return null; }
  if (!str(b.id) || !ID.test(b.id)) { warn(`${at}.id must be a kebab-case id`); return null; }
  const common = { id: b.id, name: text(b.name, b.id), attribution: str(b.attribution) ? b.attribution : '', ...(str(b.reviewNumber) ? { reviewNumber: b.reviewNumber } : {}) };
  const d = datum(b.datum);
  if (d === null) { warn(`${at} (${b.id}).datum must be wgs84, cgcs2000 or gcj02`); return null; }
  switch (b.type) {
    case 'raster': {
      const tiles = (Array.isArray(b.tiles) ? b.tiles : [b.tiles]).filter(str).flatMap(expandTemplate);
      if (tiles.length === 0 || !tiles.every((t) => t.includes('{z}') && t.includes('{x}') && t.includes('{y}'))) {
        warn(`${at} (${b.id}).tiles must be URL templates with {z}, {x} and {y}`); return null;
      }
      if (!common.attribution) warn(`${at} (${b.id}) has no attribution; the provider's terms usually require one`);
      return { ...common, kind: 'raster', tiles, tileSize: num(b.tileSize, 256, 64, 1024), minzoom: num(b.minzoom, 0, 0, 22), maxzoom: num(b.maxzoom, 18, 0, 22), datum: d };
    }
    case 'tianditu':
      if (!str(b.key)) { warn(`${at} (${b.id}) needs the deployer's Tianditu key (tk) in "key"`); return null; }
      return { ...common, kind: 'tianditu', key: b.key, layer: b.layer === 'img' ? 'img' : 'vec', attribution: common.attribution || '© 天地图 Tianditu' };
    case 'style':
      if (!str(b.url)) { warn(`${at} (${b.id}).url must be a MapLibre style URL`); return null; }
      return { ...common, kind: 'style', url: b.url, datum: d };
    case 'osm-vector': {
      const tiles = (Array.isArray(b.tiles) ? b.tiles : [b.tiles ?? './basemap/osm/{z}/{x}/{y}.pbf']).filter(str);
      return { ...common, kind: 'osm-vector', tiles, minzoom: num(b.minzoom, OSM_MINZOOM, 0, 22), maxzoom: num(b.maxzoom, OSM_MAXZOOM, 0, 22), attribution: common.attribution || OSM_ATTRIBUTION };
    }
    default:
      warn(`${at} (${b.id}).type must be raster, tianditu, style or osm-vector`);
      return null;
  }
}

/** Parses the config file's JSON. Never throws. */
export function parseDeployConfig(json: unknown): { config: DeployConfig; warnings: string[] } {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(`config.json: ${m}`);
  if (!isObj(json)) { warn('is not a JSON object; using the built-in basemaps only'); return { config: DEFAULT_CONFIG, warnings }; }
  const list = json.basemaps === undefined ? [] : Array.isArray(json.basemaps) ? json.basemaps : (warn('basemaps must be an array'), []);
  const basemaps = [...BUILT_IN];
  list.forEach((b, i) => {
    const spec = basemap(b, i, warn);
    if (!spec) return;
    if (basemaps.some((x) => x.id === spec.id)) warn(`basemaps[${i}].id "${spec.id}" is used twice; the second is ignored`);
    else basemaps.push(spec);
  });
  let defaultBasemap = DEFAULT_CONFIG.defaultBasemap;
  if (json.defaultBasemap !== undefined) {
    if (str(json.defaultBasemap) && basemaps.some((b) => b.id === json.defaultBasemap)) defaultBasemap = json.defaultBasemap;
    else warn(`defaultBasemap ${JSON.stringify(json.defaultBasemap)} names no basemap`);
  }
  return { config: { basemaps, defaultBasemap, ...siteOptions(json, warn) }, warnings };
}

/**
 * Tile templates relative to the page (`./basemap/osm/{z}/{x}/{y}.pbf`) made absolute: MapLibre
 * fetches tiles from its worker, which would resolve them against the worker script instead.
 * Only the part before the first `{` goes through URL, which would otherwise escape the braces.
 */
export function withAbsoluteTiles(b: BasemapSpec, base: string): BasemapSpec {
  if (b.kind !== 'raster' && b.kind !== 'osm-vector') return b;
  const abs = (t: string) => { const i = t.indexOf('{'); return i < 0 ? new URL(t, base).href : new URL(t.slice(0, i), base).href + t.slice(i); };
  return { ...b, tiles: b.tiles.map(abs) };
}

/**
 * Fetches `config.json` beside the site (`base`: the site's folder URL; the page's own by default);
 * a missing or broken file means built-in basemaps only.
 */
export async function loadDeployConfig(base = document.baseURI): Promise<DeployConfig> {
  const url = new URL('config.json', base).href;
  let json: unknown;
  try {
    // Same request as the <link rel="preload"> in index.html, so the preloaded response is used.
    const res = await fetch(url, { credentials: 'same-origin', mode: 'cors' });
    if (!res.ok) { if (res.status !== 404) console.warn(`config.json: HTTP ${res.status}; using the built-in basemaps`); return DEFAULT_CONFIG; }
    json = await res.json();
  } catch (e) {
    console.warn(`config.json could not be read (${(e as Error).message}); using the built-in basemaps`);
    return DEFAULT_CONFIG;
  }
  const { config, warnings } = parseDeployConfig(json);
  for (const w of warnings) console.warn(w);
  return { ...config, basemaps: config.basemaps.map((b) => withAbsoluteTiles(b, base)) };
}
