import { describe, expect, it } from 'vitest';
import { areaFamily, clustersIn, contentsOf, itemBounds, passesClusterFilter } from '../../src/domain/derive';
import { datasetOf, validContent } from './fixture';

const ds = datasetOf(validContent());

describe('derived figures', () => {
  it('counts an extension zone’s sections as part of it', () => {
    expect([...areaFamily(ds, 'ext')]).toEqual(['ext', 'sub']);
    expect(contentsOf(ds, 'ext').projects.map((p) => p.properties.id)).toEqual(['proj']);
    expect(contentsOf(ds, 'sub').projects.map((p) => p.properties.id)).toEqual(['proj']);
    expect(contentsOf(ds, 'core').projects).toEqual([]);
  });

  it('lists the clusters present in an area from its places and projects', () => {
    expect(clustersIn(ds, 'core').map((k) => k.id)).toEqual(['ai']);
    expect(clustersIn(ds, 'ext').map((k) => k.id)).toEqual(['ai']);
  });

  it('lets items without a cluster through only when there is no filter', () => {
    expect(passesClusterFilter([], null)).toBe(true);
    expect(passesClusterFilter([], ['ai'])).toBe(false);
    expect(passesClusterFilter(['ai', 'x'], ['x'])).toBe(true);
    expect(passesClusterFilter(['ai'], [])).toBe(false);
  });

  it('frames an area by its outline and a point by itself', () => {
    itemBounds(ds, ds.byId.get('core')!)!.forEach((v, i) => expect(v).toBeCloseTo([121.30, 31.08, 121.32, 31.1][i]!, 9));
    expect(itemBounds(ds, ds.byId.get('lab')!)).toEqual([121.31, 31.09, 121.31, 31.09]);
    expect(itemBounds(ds, ds.byId.get('ai')!)).toEqual([121.215, 31.015, 121.31, 31.09]);
  });
});
