import { describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { createAppStore } from '../../src/state/store';

const ALL = ['a', 'b', 'c'];
const withStore = (fn: (s: ReturnType<typeof createAppStore>) => void) => createRoot((dispose) => { fn(createAppStore()); dispose(); });

describe('cluster filter', () => {
  it('turning one cluster off shows the others', () => withStore(([s, a]) => {
    a.toggleCluster('b', ALL);
    expect(s.clusters).toEqual(['a', 'c']);
  }));

  it('turning the last one back on removes the filter', () => withStore(([s, a]) => {
    a.toggleCluster('b', ALL);
    a.toggleCluster('b', ALL);
    expect(s.clusters).toBeNull();
  }));

  it('solo shows one cluster, and again shows all', () => withStore(([s, a]) => {
    a.soloCluster('c');
    expect(s.clusters).toEqual(['c']);
    a.soloCluster('c');
    expect(s.clusters).toBeNull();
  }));
});
