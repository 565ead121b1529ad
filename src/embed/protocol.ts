/**
 * Version 1 of the postMessage API between an embedded map (in an iframe) and its host page.
 * This module is pure and dependency-free on purpose: the map app,
 * the host-side client (src/embed-client) and the tests all share it, and the client is shipped
 * to host pages on its own, so nothing here may pull in the app, MapLibre or Solid.
 */
/**
 * Interface language. The same as the app's `Lang` (domain/types.ts; a unit test keeps them equal),
 * written out here so the client's type declarations stand alone for host pages.
 */
export type Lang = 'zh' | 'en';

/** Version stamped on (and required of) every message: `v: 1`. */
export const PROTOCOL_VERSION = 1;
/** Longest accepted request id. */
export const MAX_ID_LENGTH = 64;
/** Longest accepted item or cluster id; longer strings are refused before any lookup. */
export const MAX_ITEM_ID_LENGTH = 200;
/** Longest piece of hostile input quoted back in an error message. */
const ECHO_LENGTH = 80;

export type LayerName = 'areas' | 'places' | 'projects';
export const LAYER_NAMES: readonly LayerName[] = ['areas', 'places', 'projects'];

/** Map centre in degrees (WGS84) and zoom level. */
export interface Camera { lon: number; lat: number; zoom: number }

/** The state of the map, as reported in `ready`, `viewchange` and `result`. */
export interface View {
  /** Id of the item whose card is open, or `null`. */
  selected: string | null;
  lang: Lang;
  /** Cluster ids shown; `null` = all clusters (no filter). */
  clusters: string[] | null;
  layers: { areas: boolean; places: boolean; projects: boolean };
  /** `null` while the map is not drawn (or unavailable). */
  camera: Camera | null;
  /** Id of the basemap in use. */
  basemap: string;
}

/** Payload of each command (host → map). */
export interface CommandPayloads {
  /** Item id (area, place, project or cluster), or `null` to close the card. */
  select: { id: string | null };
  /** Cluster ids to show (each must exist, no repeats), or `null` for all. */
  setFilter: { clusters: string[] | null };
  /** At least one of the three keys; layers not named keep their state. */
  setLayers: Partial<Record<LayerName, boolean>>;
  setLang: { lang: Lang };
  /** Finite, inside the map region and the zoom range. */
  flyTo: Camera;
  /** Back to the embed's initial view. */
  reset: Record<string, never>;
  getView: Record<string, never>;
}
export type CommandType = keyof CommandPayloads;
export const COMMAND_TYPES: readonly CommandType[] = ['select', 'setFilter', 'setLayers', 'setLang', 'flyTo', 'reset', 'getView'];

/** Who changed the selection: the user on the map, a link in a card, or the host page. */
export type SelectSource = 'user' | 'link' | 'host';
export interface SelectEvent { id: string | null; from: SelectSource }
export interface HeightEvent { /** Preferred height in CSS px. */ height: number }
export interface ErrorPayload {
  message: string;
  /** The `type` of the refused message (clipped), or `null` when it had none. */
  command: string | null;
}

/** Payload of each message from the map to the host. `result` and `error` answer a command's `id`. */
export interface MapEventPayloads {
  ready: View;
  select: SelectEvent;
  viewchange: View;
  height: HeightEvent;
  error: ErrorPayload;
  result: View;
}
export type MapEventType = keyof MapEventPayloads;

/** The envelope of every message. */
export interface Message<T extends string = string, P = unknown> {
  v: typeof PROTOCOL_VERSION;
  type: T;
  /** Request id (1–64 chars) for commands that want an answer; echoed in `result` / `error`. */
  id?: string;
  payload: P;
}

/** A command from the host, as accepted by {@link parseCommand} (payload always present). */
export type Command = { [K in CommandType]: Message<K, CommandPayloads[K]> }[CommandType];
/** A message from the map to the host. */
export type MapEvent = { [K in MapEventType]: Message<K, MapEventPayloads[K]> }[MapEventType];

/** What {@link parseCommand} checks ids and cameras against. */
export interface Known {
  /** Every selectable item id (areas, places, projects, clusters). */
  ids: ReadonlySet<string>;
  clusters: ReadonlySet<string>;
  /** Camera bounds (west, south, east, north) in degrees. */
  bounds: readonly [number, number, number, number];
  /** Zoom range [min, max]. */
  zoom: readonly [number, number];
}

export type ParseResult =
  | { ok: true; command: Command }
  | {
    ok: false;
    /** The message's request id, when it had a valid one: answer with an `error` then. */
    id?: string;
    message: string;
    /** The message's `type` (clipped), when it was a string. */
    command?: string;
  };
export type ParseFailure = Extract<ParseResult, { ok: false }>;

/** Builds a message; `id` is left out (not set to undefined) when not given. */
export function message<T extends string, P>(type: T, payload: P, id?: string): Message<T, P> {
  return id === undefined ? { v: PROTOCOL_VERSION, type, payload } : { v: PROTOCOL_VERSION, type, id, payload };
}

/** The `error` answer to a refused command, or `null` when it had no id to answer to. */
export function errorReply(failure: ParseFailure): Message<'error', ErrorPayload> | null {
  if (failure.id === undefined) return null;
  return message('error', { message: failure.message, command: failure.command ?? null }, failure.id);
}

type Obj = Record<string, unknown>;

/**
 * A plain object (of any realm, or with a null prototype). Dates, Maps, arrays and class instances
 * are not messages; structured clone turns a host's plain object into one of these.
 */
function isPlainObject(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  if (Object.prototype.toString.call(v) !== '[object Object]') return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** An own data property: inherited values and getters are never read, so the prototype cannot inject fields. */
function own(o: object, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(o, key);
  return d && 'value' in d ? d.value : undefined;
}

/** Quotes a bit of input for an error message, never more than ECHO_LENGTH characters of it. */
function echo(v: unknown): string {
  if (typeof v === 'string') {
    // Control characters are replaced so a message cannot forge extra log lines.
    const s = (v.length > ECHO_LENGTH ? `${v.slice(0, ECHO_LENGTH - 1)}…` : v).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
    return `"${s}"`;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  return `a value of type ${typeof v}`;
}

function echoKeys(keys: string[]): string {
  const shown = keys.slice(0, 3).map(echo).join(', ');
  return keys.length > 3 ? `${shown} and ${keys.length - 3} more` : shown;
}

/** Own keys of `o` not in `allowed` (`__proto__`, `constructor`… included: they are just unexpected). */
function extraKeys(o: object, allowed: readonly string[]): string[] {
  return Object.keys(o).filter((k) => !allowed.includes(k));
}

const isCommandType = (t: string): t is CommandType => (COMMAND_TYPES as readonly string[]).includes(t);
const isLayerName = (k: string): k is LayerName => (LAYER_NAMES as readonly string[]).includes(k);

/** A shape check of messages from the map, for the client (it trusts the map's payloads once origin and source match). */
export function isEmbedMessage(data: unknown): data is Message<string, unknown> {
  if (!isPlainObject(data)) return false;
  const id = own(data, 'id');
  const type = own(data, 'type');
  const payload = own(data, 'payload');
  return own(data, 'v') === PROTOCOL_VERSION
    && typeof type === 'string' && type !== ''
    && (id === undefined || (typeof id === 'string' && id.length <= MAX_ID_LENGTH))
    && (payload === undefined || isPlainObject(payload));
}

/**
 * Validates a message from the host against the spec and the map's content. Never throws, never
 * mutates or returns pieces of the input (the command is built afresh), and quotes at most a few
 * clipped bits of the input in its message.
 */
export function parseCommand(data: unknown, known: Known): ParseResult {
  const failure: ParseFailure = { ok: false, message: '' };
  try {
    return parse(data, known, failure);
  } catch {
    // A Proxy with throwing traps, say. `failure` keeps the id and type if they were read already.
    return { ...failure, message: 'the message could not be read' };
  }
}

function parse(data: unknown, known: Known, failure: ParseFailure): ParseResult {
  const fail = (why: string): ParseFailure => ({ ...failure, message: why });
  if (!isPlainObject(data)) return fail(`not a message object (got ${echo(data)})`);

  // The id first, so every later refusal can be answered.
  const id = own(data, 'id');
  if (id !== undefined) {
    if (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH) {
      return fail(`id must be a string of 1 to ${MAX_ID_LENGTH} characters (got ${echo(id)})`);
    }
    failure.id = id;
  }
  const type = own(data, 'type');
  if (typeof type === 'string') failure.command = type.length > ECHO_LENGTH ? `${type.slice(0, ECHO_LENGTH - 1)}…` : type;

  const extra = extraKeys(data, ['v', 'type', 'id', 'payload']);
  if (extra.length) return fail(`unexpected key(s) ${echoKeys(extra)} in the message`);
  const v = own(data, 'v');
  if (v !== PROTOCOL_VERSION) return fail(`v must be the number ${PROTOCOL_VERSION} (got ${echo(v)})`);
  if (typeof type !== 'string' || !isCommandType(type)) return fail(`unknown command type ${echo(type)}`);

  // `reset` and `getView` may leave the payload out; the other commands fail on their missing keys.
  const given = own(data, 'payload');
  const rawPayload = given === undefined ? {} : given; // not `??`: a null payload is refused
  if (!isPlainObject(rawPayload)) return fail(`${type}: payload must be an object (got ${echo(rawPayload)})`);
  const result = payloadOf(type, rawPayload, known);
  if (typeof result === 'string') return fail(`${type}: ${result}`);
  const command = (failure.id === undefined ? { v: PROTOCOL_VERSION, type, payload: result } : { v: PROTOCOL_VERSION, type, id: failure.id, payload: result }) as Command;
  return { ok: true, command };
}

/** The checked payload of a command, or why it was refused. */
function payloadOf(type: CommandType, p: object, known: Known): CommandPayloads[CommandType] | string {
  const allowed: Record<CommandType, readonly string[]> = {
    select: ['id'], setFilter: ['clusters'], setLayers: LAYER_NAMES, setLang: ['lang'], flyTo: ['lon', 'lat', 'zoom'], reset: [], getView: [],
  };
  const extra = extraKeys(p, allowed[type]);
  if (extra.length) return `unexpected key(s) ${echoKeys(extra)} in the payload`;

  switch (type) {
    case 'select': {
      const id = own(p, 'id');
      if (id === null) return { id: null };
      const bad = checkId(id, known.ids, 'item');
      return bad ?? { id: id as string };
    }
    case 'setFilter': {
      const clusters = own(p, 'clusters');
      if (clusters === null) return { clusters: null };
      if (!Array.isArray(clusters)) return `clusters must be an array of cluster ids or null (got ${echo(clusters)})`;
      // Repeats and unknown ids are refused, so a longer list cannot be valid: no need to walk it.
      if (clusters.length > known.clusters.size) return `clusters lists ${clusters.length} ids, but there are only ${known.clusters.size} clusters`;
      const out: string[] = [];
      for (let i = 0; i < clusters.length; i++) {
        const c = own(clusters, String(i));
        const bad = checkId(c, known.clusters, 'cluster');
        if (bad) return bad;
        if (out.includes(c as string)) return `cluster ${echo(c)} is listed twice`;
        out.push(c as string);
      }
      return { clusters: out };
    }
    case 'setLayers': {
      const keys = Object.keys(p);
      if (keys.length === 0) return `name at least one of ${LAYER_NAMES.join(', ')}`;
      const out: Partial<Record<LayerName, boolean>> = {};
      for (const k of keys) {
        const on = own(p, k);
        if (!isLayerName(k)) return `no such layer ${echo(k)}`; // unreachable after extraKeys; keeps the types honest
        if (typeof on !== 'boolean') return `${k} must be true or false (got ${echo(on)})`;
        out[k] = on;
      }
      return out;
    }
    case 'setLang': {
      const lang = own(p, 'lang');
      return lang === 'zh' || lang === 'en' ? { lang } : `lang must be "zh" or "en" (got ${echo(lang)})`;
    }
    case 'flyTo': {
      const [lon, lat, zoom] = [own(p, 'lon'), own(p, 'lat'), own(p, 'zoom')];
      for (const [name, n] of [['lon', lon], ['lat', lat], ['zoom', zoom]] as const) {
        if (typeof n !== 'number' || !Number.isFinite(n)) return `${name} must be a finite number (got ${echo(n)})`;
      }
      const [l, a, z] = [lon, lat, zoom] as [number, number, number];
      const [w, s, e, n] = known.bounds;
      if (l < w || l > e || a < s || a > n) return `lon ${l}, lat ${a} is outside the map region [${known.bounds.join(', ')}]`;
      if (z < known.zoom[0] || z > known.zoom[1]) return `zoom ${z} is outside ${known.zoom[0]}–${known.zoom[1]}`;
      return { lon: l, lat: a, zoom: z };
    }
    case 'reset':
    case 'getView':
      return {};
  }
}

/** Why `v` is not an id in `set`, or `null` when it is. Long strings are refused before the lookup and never quoted whole. */
function checkId(v: unknown, set: ReadonlySet<string>, what: 'item' | 'cluster'): string | null {
  if (typeof v !== 'string') return `${what} id must be a string${what === 'item' ? ' or null' : ''} (got ${echo(v)})`;
  if (v.length > MAX_ITEM_ID_LENGTH) return `${what} id is longer than ${MAX_ITEM_ID_LENGTH} characters (${echo(v)})`;
  return set.has(v) ? null : `no such ${what} ${echo(v)}`;
}
