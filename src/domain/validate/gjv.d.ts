declare module 'geojson-validation' {
  /** Returns true/false, or with `trace` the list of problems found (empty when valid). */
  export function valid(object: unknown, trace: true): string[];
  export function valid(object: unknown, trace?: false): boolean;
  const gjv: { valid: typeof valid };
  export default gjv;
}
