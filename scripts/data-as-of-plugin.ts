/**
 * Vite plugin: the date the map's content last changed, for the "数据截至 / Data as of" line
 * (src/ui/DataAsOf.tsx), as `import.meta.env.G60_DATA_AS_OF` (`YYYY-MM-DD`).
 *
 * It is the commit date of the last commit that touched `data/` or `seeds/`
 * (`git log -1 --format=%cs -- data seeds`). When those folders have changes not yet committed, or
 * git or the repository is not there (a build from a source archive), it is the build's own date.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The key of `import.meta.env` that carries the date to the UI. */
export const DATA_AS_OF_ENV = 'G60_DATA_AS_OF';
/** The content folders whose history dates the data. */
export const CONTENT_DIRS = ['data', 'seeds'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the build machine's local time, as YYYY-MM-DD. */
export function localDate(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export type Git = (args: string[]) => string;

const runGit = (root: string): Git => (args) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });

/**
 * The content's date and where it came from. `git` runs a git command in the project (injected by
 * tests); any failure of it means "no history here".
 */
export function dataAsOf(root: string, opts: { git?: Git; now?: Date } = {}): { date: string; from: 'git' | 'build-date' } {
  const git = opts.git ?? runGit(root);
  const today = localDate(opts.now);
  try {
    const dirty = git(['status', '--porcelain', '--', ...CONTENT_DIRS]).trim();
    if (dirty) return { date: today, from: 'build-date' };
    const date = git(['log', '-1', '--format=%cs', '--', ...CONTENT_DIRS]).trim();
    return DATE.test(date) ? { date, from: 'git' } : { date: today, from: 'build-date' };
  } catch {
    return { date: today, from: 'build-date' };
  }
}

export function dataAsOfPlugin(): Plugin {
  return {
    name: 'g60-data-as-of',
    config(config) {
      const { date } = dataAsOf(resolve(config.root ?? process.cwd()));
      return { define: { [`import.meta.env.${DATA_AS_OF_ENV}`]: JSON.stringify(date) } };
    },
  };
}
