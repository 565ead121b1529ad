/**
 * Reporters for both test configs: the default one, plus a JSON report per run when
 * G60_TEST_REPORT_DIR is set (CI sums them into its closing "N passed, N failed" line).
 */
import { join } from 'node:path';

export function reporters(name: string): (string | [string, Record<string, unknown>])[] {
  const dir = process.env.G60_TEST_REPORT_DIR;
  return dir ? ['default', ['json', { outputFile: join(dir, `${name}.json`) }]] : ['default'];
}
