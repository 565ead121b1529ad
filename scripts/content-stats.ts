/** Counts of the content, for `npm run validate` to print and the README to quote. */
import type { RawContent } from '../src/domain/types.ts';

type FC = { features: { properties: Record<string, unknown> }[] };

export function contentStats(raw: RawContent): string {
  const areas = (raw['areas.geojson'] as FC).features.map((f) => f.properties);
  const tiers = ['core', 'extension', 'sub-area', 'base'].map((t) => `${areas.filter((a) => a.tier === t).length} ${t}`);
  const docs = (raw['register.json'] as { documents: { facts?: unknown[] }[] }).documents;
  const count = (k: keyof RawContent) => (Array.isArray(raw[k]) ? (raw[k] as unknown[]).length : (raw[k] as FC).features.length);
  const strategyCount = (k: string) => ((raw['strategy.json'] as Record<string, unknown[]> | undefined)?.[k] ?? []).length;
  return [
    `${areas.length} areas (${tiers.join(', ')})`,
    `${count('clusters.json')} clusters`,
    `${count('places.geojson')} places`,
    `${count('projects.geojson')} projects`,
    `${count('paths.json')} key paths`,
    `${count('actions.json')} action plans`,
    `${count('indicators.json')} indicators`,
    `${strategyCount('baseline')} baseline counts, ${strategyCount('goals')} goals, ${strategyCount('guarantees')} guarantees`,
    `${count('ground.geojson')} ground features`,
    `${docs.length} source documents with ${docs.reduce((n, d) => n + (d.facts?.length ?? 0), 0)} facts`,
  ].join(', ');
}
