/**
 * `npm run validate`: checks data/ and seeds/ and prints one line per problem
 * (`file  id  field  message`). Exits 1 when there is any. Run from the project root.
 */
import { validateProject } from './validate-project.ts';
import { readContent } from './content-files.ts';
import { contentStats } from './content-stats.ts';
import { formatProblem } from '../src/domain/problem.ts';

const root = process.cwd();
const problems = validateProject(root);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s) in the map's content.`);
  process.exit(1);
}
console.log(`content valid: ${contentStats(readContent(root).raw)}`);
