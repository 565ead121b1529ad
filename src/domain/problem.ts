/** One thing wrong with the content: where it is and what is wrong, for a person to fix. */
export interface Problem {
  /** File name relative to the project, e.g. `data/areas.geojson`. */
  file: string;
  /** Feature or record id, or `-` when the problem is with the file as a whole. */
  id: string;
  /** Dotted path of the field, e.g. `properties.name.en`. */
  field: string;
  message: string;
}

/** One line per problem: `file  id  field  message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}  ${p.id}  ${p.field}  ${p.message}`;
}
