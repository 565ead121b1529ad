/** Provided by the bench's Vite config (vite.bare.config.ts): the cluster ids of data/clusters.json. */
declare module 'virtual:bench-cluster-ids' {
  const ids: readonly string[];
  export default ids;
}
