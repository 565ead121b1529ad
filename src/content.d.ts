/** `.geojson` files are loaded as JSON modules by the content plugin in vite.config.ts. */
/** seeds/register.json without its facts (see vite.config.ts). */
declare module 'virtual:g60-register' {
  const value: unknown;
  export default value;
}

/** The content without the fields only cards show (see domain/split.ts and vite.config.ts). */
declare module 'virtual:g60-content' {
  const value: import('./data/dataset').FirstContent;
  export default value;
}

/** The fields only cards show, by kind and item id: a chunk loaded on demand (see data/load.ts). */
declare module 'virtual:g60-details' {
  const value: Partial<import('./domain/split').DetailRecords>;
  export default value;
}

/** Area figures computed from data/areas.geojson at build time (see vite.config.ts). */
declare module 'virtual:g60-figures' {
  const value: import('./domain/figures').AreaFigures;
  export default value;
}

declare module '*.geojson' {
  const value: unknown;
  export default value;
}

/** The kinds loaded on demand (kinds.ts `onDemand`): their content and details (see data/load.ts). */
declare module 'virtual:g60-more' {
  const value: {
    light: Partial<import('./domain/split').LightContent>;
    details: Partial<import('./domain/split').DetailRecords>;
  };
  export default value;
}

/** The plans panel's indicator tables and documents (data/indicator-tables.json, data/documents.json). */
declare module 'virtual:g60-plans' {
  const value: { tables: import('./domain/types').IndicatorTable[]; documents: import('./domain/types').PlanDocument[] };
  export default value;
}
