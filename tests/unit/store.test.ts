import { describe, expect, it } from 'vitest';
import { soloedClusters, toggledClusters } from '../../src/state/view';

const ALL = ['a', 'b', 'c'];

describe('cluster filter', () => {
  it('turning one cluster off shows the others', () => {
    expect(toggledClusters(null, 'b', ALL)).toEqual(['a', 'c']);
  });

  it('turning the last one back on removes the filter', () => {
    expect(toggledClusters(toggledClusters(null, 'b', ALL), 'b', ALL)).toBeNull();
  });

  it('keeps the data order whatever order clusters were turned on', () => {
    expect(toggledClusters(['c'], 'a', ALL)).toEqual(['a', 'c']);
  });

  it('solo shows one cluster, and again shows all', () => {
    expect(soloedClusters(null, 'c')).toEqual(['c']);
    expect(soloedClusters(['c'], 'c')).toBeNull();
  });
});
