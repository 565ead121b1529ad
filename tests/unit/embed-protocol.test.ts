import { describe, expect, it } from 'vitest';
import {
  COMMAND_TYPES, PROTOCOL_VERSION, errorReply, isEmbedMessage, message, parseCommand,
  type Command, type Known, type ParseFailure,
} from '../../src/embed/protocol';
import { REGION_BBOX } from '../../src/domain/types';

const known: Known = {
  ids: new Set(['core', 'tencent-centre', 'proj-6', 'artificial-intelligence']),
  clusters: new Set(['artificial-intelligence', 'satellite-internet', 'fintech']),
  bounds: REGION_BBOX,
  zoom: [8.5, 17],
};
const parse = (data: unknown) => parseCommand(data, known);
const msg = (type: unknown, payload?: unknown, extra: Record<string, unknown> = {}) =>
  ({ v: 1, type, ...(payload === undefined ? {} : { payload }), ...extra });
/** The failure of a message that must be refused. */
function refused(data: unknown): ParseFailure {
  const r = parse(data);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.command)}`);
  return r;
}

describe('parseCommand accepts every command with a valid payload', () => {
  it.each<[string, unknown, Command['payload']]>([
    ['select', { id: 'tencent-centre' }, { id: 'tencent-centre' }],
    ['select', { id: 'artificial-intelligence' }, { id: 'artificial-intelligence' }],
    ['select', { id: null }, { id: null }],
    ['setFilter', { clusters: ['fintech', 'satellite-internet'] }, { clusters: ['fintech', 'satellite-internet'] }],
    ['setFilter', { clusters: [] }, { clusters: [] }],
    ['setFilter', { clusters: null }, { clusters: null }],
    ['setLayers', { places: false }, { places: false }],
    ['setLayers', { areas: true, places: false, projects: true }, { areas: true, places: false, projects: true }],
    ['setLang', { lang: 'en' }, { lang: 'en' }],
    ['setLang', { lang: 'zh' }, { lang: 'zh' }],
    ['flyTo', { lon: 121.2, lat: 31.03, zoom: 12.5 }, { lon: 121.2, lat: 31.03, zoom: 12.5 }],
    ['flyTo', { lon: 120.85, lat: 31.26, zoom: 17 }, { lon: 120.85, lat: 31.26, zoom: 17 }],
    ['reset', {}, {}],
    ['getView', {}, {}],
  ])('%s %j', (type, payload, expected) => {
    expect(parse(msg(type, payload, { id: 'r1' }))).toEqual({ ok: true, command: { v: 1, type, id: 'r1', payload: expected } });
  });

  it.each(['reset', 'getView'])('%s without a payload or an id', (type) => {
    expect(parse({ v: 1, type })).toEqual({ ok: true, command: { v: 1, type, payload: {} } });
  });

  it('covers every command type', () => {
    expect([...COMMAND_TYPES].sort()).toEqual(['flyTo', 'getView', 'reset', 'select', 'setFilter', 'setLang', 'setLayers']);
  });

  it('builds a fresh command that shares nothing with the input', () => {
    const clusters = ['fintech'];
    const r = parse(msg('setFilter', { clusters }));
    expect(r.ok && r.command.type === 'setFilter' && r.command.payload.clusters).not.toBe(clusters);
    clusters.push('satellite-internet');
    expect(r.ok && r.command.payload).toEqual({ clusters: ['fintech'] });
  });

  it('accepts what message() builds', () => {
    expect(parse(message('select', { id: 'core' }, 'abc'))).toEqual({ ok: true, command: { v: 1, type: 'select', id: 'abc', payload: { id: 'core' } } });
  });

  it('accepts a payload with a null prototype', () => {
    const payload = Object.assign(Object.create(null) as object, { lang: 'en' });
    expect(parse(msg('setLang', payload)).ok).toBe(true);
  });
});

describe('parseCommand refuses hostile or malformed messages', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'not a message object'],
    ['undefined', undefined, 'not a message object'],
    ['a string', '{"v":1,"type":"reset"}', 'not a message object'],
    ['a number', 42, 'not a message object'],
    ['an array', [1, 'reset'], 'not a message object'],
    ['a Date', new Date(0), 'not a message object'],
    ['a Map', new Map([['v', 1]]), 'not a message object'],
    ['a class instance', new (class { v = 1; type = 'reset'; })(), 'not a message object'],
  ])('%s', (_what, data, why) => {
    const f = refused(data);
    expect(f.message).toContain(why);
    expect(f.id).toBeUndefined();
  });

  it.each<[string, unknown]>([['missing', undefined], ['the string "1"', '1'], ['2', 2], ['1.0 as text', '1.0'], ['true', true], ['NaN', Number.NaN]])(
    'v %s',
    (_what, v) => {
      const data = v === undefined ? { type: 'reset', id: 'q' } : { v, type: 'reset', id: 'q' };
      expect(refused(data)).toMatchObject({ id: 'q', message: expect.stringContaining('v must be the number 1') });
    },
  );

  it.each<[string, unknown]>([
    ['an unknown type', 'explode'], ['a missing type', undefined], ['a numeric type', 7], ['an event type', 'result'],
    ['a type named like an Object method', 'toString'], ['"__proto__" as type', '__proto__'], ['"constructor" as type', 'constructor'],
  ])('%s', (_what, type) => {
    expect(refused({ v: 1, type, id: 'q' })).toMatchObject({ id: 'q', message: expect.stringContaining('unknown command type') });
  });

  it.each<[string, string]>([
    ['__proto__', '{"v":1,"type":"reset","__proto__":{"x":1}}'],
    ['constructor', '{"v":1,"type":"reset","constructor":{"prototype":{"x":1}}}'],
    ['prototype', '{"v":1,"type":"reset","prototype":{}}'],
    ['an extra key', '{"v":1,"type":"reset","extra":true}'],
  ])('a message with %s', (_what, json) => {
    expect(refused(JSON.parse(json)).message).toContain('unexpected key(s)');
  });

  it.each<[string, string]>([
    ['__proto__', '{"v":1,"type":"select","payload":{"__proto__":{"polluted":1},"id":"core"}}'],
    ['constructor', '{"v":1,"type":"setLang","payload":{"lang":"en","constructor":{"prototype":{"polluted":1}}}}'],
    ['prototype', '{"v":1,"type":"flyTo","payload":{"lon":121.2,"lat":31,"zoom":12,"prototype":{}}}'],
    ['__proto__ as a layer', '{"v":1,"type":"setLayers","payload":{"__proto__":true}}'],
    ['an extra key in select', '{"v":1,"type":"select","payload":{"id":"core","from":"host"}}'],
    ['an extra key in flyTo', '{"v":1,"type":"flyTo","payload":{"lon":121.2,"lat":31,"zoom":12,"bearing":30}}'],
    ['a key in reset', '{"v":1,"type":"reset","payload":{"hard":true}}'],
    ['a key in getView', '{"v":1,"type":"getView","payload":{"x":1}}'],
  ])('a payload with %s', (_what, json) => {
    expect(refused(JSON.parse(json)).message).toContain('unexpected key(s)');
  });

  it('does not pollute Object.prototype', () => {
    const r = parse(JSON.parse('{"v":1,"type":"select","payload":{"__proto__":{"polluted":1},"id":"x"}}'));
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('ignores values inherited from a polluted prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.id = 'core';
    proto.payload = { id: 'core' };
    try {
      // Without own `payload.id` the select is incomplete, whatever Object.prototype says.
      expect(refused({ v: 1, type: 'select', payload: {} }).message).toContain('item id must be a string or null');
      expect(refused({ v: 1, type: 'select' }).message).toContain('got nothing');
    } finally {
      delete proto.id;
      delete proto.payload;
    }
  });

  it.each<[string, unknown]>([
    ['a null payload', null], ['an array payload', [{ id: 'core' }]], ['a string payload', 'core'],
  ])('%s', (_what, payload) => {
    expect(refused({ v: 1, type: 'select', payload }).message).toContain('payload must be an object');
  });

  it('a null payload even for a command that needs none', () => {
    expect(refused({ v: 1, type: 'reset', payload: null }).message).toContain('payload must be an object');
  });

  it.each<[string, unknown, string]>([
    ['a missing id', {}, 'item id must be a string or null (got nothing)'],
    ['a numeric id', { id: 6 }, 'item id must be a string or null (got 6)'],
    ['an unknown item', { id: 'nope' }, 'no such item "nope"'],
    ['an inherited name as id', { id: 'constructor' }, 'no such item "constructor"'],
    ['an id of 201 characters', { id: 'a'.repeat(201) }, 'longer than 200 characters'],
  ])('select with %s', (_what, payload, why) => {
    expect(refused(msg('select', payload)).message).toContain(why);
  });

  it.each<[string, unknown, string]>([
    ['a string', { clusters: 'fintech' }, 'clusters must be an array of cluster ids or null'],
    ['a missing list', {}, 'clusters must be an array of cluster ids or null (got nothing)'],
    ['an unknown cluster', { clusters: ['fintech', 'bogus'] }, 'no such cluster "bogus"'],
    ['a duplicate cluster', { clusters: ['fintech', 'fintech'] }, 'cluster "fintech" is listed twice'],
    ['more ids than clusters', { clusters: ['fintech', 'fintech', 'fintech', 'fintech'] }, 'lists 4 ids, but there are only 3 clusters'],
    ['a number in the list', { clusters: [1] }, 'cluster id must be a string (got 1)'],
    ['a hole in the list', { clusters: [, 'fintech'] }, 'cluster id must be a string (got nothing)'],
    ['an item id that is not a cluster', { clusters: ['core'] }, 'no such cluster "core"'],
    ['a cluster id of 201 characters', { clusters: ['f'.repeat(201)] }, 'longer than 200 characters'],
  ])('setFilter with %s', (_what, payload, why) => {
    expect(refused(msg('setFilter', payload)).message).toContain(why);
  });

  it('setFilter with a huge list, without walking it', () => {
    expect(refused(msg('setFilter', { clusters: new Array(1e7) })).message).toContain('lists 10000000 ids');
  });

  it.each<[string, unknown, string]>([
    ['no keys', {}, 'name at least one of areas, places, projects'],
    ['an unknown layer', { roads: false }, 'unexpected key(s) "roads"'],
    ['a string value', { places: 'false' }, 'places must be true or false (got "false")'],
    ['a number value', { areas: 0 }, 'areas must be true or false (got 0)'],
    ['a null value', { projects: null }, 'projects must be true or false (got null)'],
  ])('setLayers with %s', (_what, payload, why) => {
    expect(refused(msg('setLayers', payload)).message).toContain(why);
  });

  it.each<[string, unknown]>([['fr', { lang: 'fr' }], ['EN', { lang: 'EN' }], ['no lang', {}], ['a number', { lang: 1 }]])(
    'setLang with %s',
    (_what, payload) => {
      expect(refused(msg('setLang', payload)).message).toContain('lang must be "zh" or "en"');
    },
  );

  it.each<[string, Record<string, unknown>, string]>([
    ['NaN', { lon: Number.NaN, lat: 31, zoom: 12 }, 'lon must be a finite number (got NaN)'],
    ['Infinity', { lon: 121.2, lat: Number.POSITIVE_INFINITY, zoom: 12 }, 'lat must be a finite number (got Infinity)'],
    ['-Infinity zoom', { lon: 121.2, lat: 31, zoom: Number.NEGATIVE_INFINITY }, 'zoom must be a finite number (got -Infinity)'],
    ['a string', { lon: '121.2', lat: 31, zoom: 12 }, 'lon must be a finite number (got "121.2")'],
    ['null', { lon: 121.2, lat: 31, zoom: null }, 'zoom must be a finite number (got null)'],
    ['a missing zoom', { lon: 121.2, lat: 31 }, 'zoom must be a finite number (got nothing)'],
    ['a point outside the region', { lon: 0, lat: 0, zoom: 12 }, 'outside the map region'],
    ['a point just west of the region', { lon: 120.849, lat: 31, zoom: 12 }, 'outside the map region'],
    ['a point just north of the region', { lon: 121.2, lat: 31.261, zoom: 12 }, 'outside the map region'],
    ['a zoom too far out', { lon: 121.2, lat: 31, zoom: 8.4 }, 'zoom 8.4 is outside 8.5–17'],
    ['a zoom too far in', { lon: 121.2, lat: 31, zoom: 22 }, 'zoom 22 is outside 8.5–17'],
  ])('flyTo with %s', (_what, payload, why) => {
    expect(refused(msg('flyTo', payload)).message).toContain(why);
  });
});

describe('request ids', () => {
  it('are returned in every later refusal, so the map can answer', () => {
    expect(refused(msg('select', { id: 'nope' }, { id: 'req-7' }))).toEqual({
      ok: false, id: 'req-7', command: 'select', message: 'select: no such item "nope"',
    });
  });

  it('come back even when v is wrong', () => {
    expect(refused({ v: '1', type: 'reset', id: 'req-8' }).id).toBe('req-8');
  });

  it.each<[string, unknown]>([
    ['a number', 7], ['an empty string', ''], ['65 characters', 'i'.repeat(65)], ['an object', { id: 'x' }], ['null', null],
  ])('are refused when %s, and not returned', (_what, id) => {
    const f = refused({ v: 1, type: 'reset', id });
    expect(f.id).toBeUndefined();
    expect(f.message).toContain('id must be a string of 1 to 64 characters');
  });

  it('may be 64 characters long', () => {
    const id = 'i'.repeat(64);
    expect(parse({ v: 1, type: 'reset', id })).toMatchObject({ ok: true, command: { id } });
  });
});

describe('huge input is never echoed whole', () => {
  const huge = 'x'.repeat(5_000_000);
  it.each<[string, unknown]>([
    ['id', { v: 1, type: 'reset', id: huge }],
    ['type', { v: 1, type: huge }],
    ['item id', msg('select', { id: huge })],
    ['cluster id', msg('setFilter', { clusters: [huge] })],
    ['unknown item id under the limit', msg('select', { id: 'y'.repeat(200) })],
    ['key', { v: 1, type: 'reset', [huge]: 1 }],
    ['payload key', msg('setLayers', { [huge]: true, [`${huge}y`]: true, [`${huge}z`]: true, [`${huge}w`]: true })],
    ['v', { v: huge, type: 'reset' }],
    ['lang', msg('setLang', { lang: huge })],
  ])('%s', (_what, data) => {
    const f = refused(data);
    expect(f.message.length).toBeLessThan(400);
    expect(f.command?.length ?? 0).toBeLessThanOrEqual(80);
  });

  it('nor control characters that could forge log lines', () => {
    expect(refused(msg('select', { id: 'a\nWARN forged\r\u2028' })).message).toContain('"a?WARN forged??"');
  });
});

describe('parseCommand never throws', () => {
  const hostile: [string, unknown][] = [
    ['a Proxy that throws on every trap', new Proxy({}, { ownKeys() { throw new Error('boom'); }, getOwnPropertyDescriptor() { throw new Error('boom'); }, getPrototypeOf() { throw new Error('boom'); } })],
    ['a payload Proxy that throws', msg('select', new Proxy({ id: 'core' }, { getOwnPropertyDescriptor() { throw new Error('boom'); } }))],
    ['a getter that throws', Object.defineProperty({ v: 1, type: 'select' }, 'payload', { enumerable: true, get() { throw new Error('boom'); } })],
    ['a symbol', Symbol('x')],
    ['a function', () => 1],
    ['a bigint v', { v: 1n, type: 'reset' }],
    ['a symbol in the payload', msg('setLang', { lang: Symbol('en') })],
  ];
  it.each(hostile)('%s', (_what, data) => {
    expect(() => parse(data)).not.toThrow();
    expect(parse(data).ok).toBe(false);
  });

  it('keeps the id it had read when a later part throws', () => {
    const data = { v: 1, type: 'select', id: 'req-9', payload: new Proxy({}, { ownKeys() { throw new Error('boom'); } }) };
    expect(refused(data)).toMatchObject({ id: 'req-9', message: 'the message could not be read' });
  });

  it('does not run getters', () => {
    let ran = false;
    const data = { v: 1, type: 'setLang', payload: Object.defineProperty({}, 'lang', { enumerable: true, get() { ran = true; return 'en'; } }) };
    expect(parse(data).ok).toBe(false);
    expect(ran).toBe(false);
  });
});

describe('helpers', () => {
  it('message() builds the envelope and leaves out a missing id', () => {
    expect(message('getView', {})).toEqual({ v: PROTOCOL_VERSION, type: 'getView', payload: {} });
    expect(Object.keys(message('getView', {}))).not.toContain('id');
    expect(message('select', { id: null }, 'r2')).toEqual({ v: 1, type: 'select', id: 'r2', payload: { id: null } });
  });

  it('errorReply() answers a refusal that had an id, and only then', () => {
    expect(errorReply(refused(msg('select', { id: 'nope' }, { id: 'r3' })))).toEqual({
      v: 1, type: 'error', id: 'r3', payload: { message: 'select: no such item "nope"', command: 'select' },
    });
    expect(errorReply(refused({ v: 1, type: 7, id: 'r4' }))?.payload.command).toBeNull();
    expect(errorReply(refused(msg('select', { id: 'nope' })))).toBeNull();
  });

  it.each<[string, unknown, boolean]>([
    ['an event', { v: 1, type: 'ready', payload: {} }, true],
    ['a result', { v: 1, type: 'result', id: 'r1', payload: {} }, true],
    ['no payload', { v: 1, type: 'ready' }, true],
    ['v "1"', { v: '1', type: 'ready', payload: {} }, false],
    ['no type', { v: 1, payload: {} }, false],
    ['an empty type', { v: 1, type: '' }, false],
    ['a numeric id', { v: 1, type: 'result', id: 1 }, false],
    ['a long id', { v: 1, type: 'result', id: 'i'.repeat(65) }, false],
    ['an array payload', { v: 1, type: 'ready', payload: [] }, false],
    ['a null payload', { v: 1, type: 'ready', payload: null }, false],
    ['null', null, false],
    ['an array', [], false],
    ['a string', 'ready', false],
  ])('isEmbedMessage: %s → %s', (_what, data, expected) => {
    expect(isEmbedMessage(data)).toBe(expected);
  });
});
