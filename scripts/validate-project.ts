/** Reads and validates the project's content from disk: the entry used by the CLI, the build and the tests. */
import { readContent } from './content-files.ts';
import { validateContent } from '../src/domain/validate/index.ts';
import type { Problem } from '../src/domain/problem.ts';
import { COLOR_TOKENS } from '../src/map/palette.ts';

export function validateProject(root: string): Problem[] {
  const { raw, problems } = readContent(root);
  return [...problems, ...validateContent(raw, { colorTokens: COLOR_TOKENS })];
}
