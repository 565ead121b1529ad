/** Pinyin of every content name, computed at build time by `scripts/pinyin-plugin.ts`. */
declare module 'virtual:g60-pinyin' {
  const table: import('./domain/search').PinyinTable;
  export default table;
}
