/**
 * Vite plugin: `import 'virtual:g60-font.css'` gives the page an @font-face for 'G60 CJK', the
 * Noto Sans SC subset of exactly the CJK characters the map shows (see build.ts), built when the
 * module is loaded (`vite build` and the dev server alike) and cached by its character set.
 *
 * The module resolves to a path in the font cache and its url() points at the built file beside
 * it, so Vite treats both like any CSS and font of the project: at build, the font becomes
 * `assets/g60-cjk-<hash>.woff2` and the rule goes into the bundle's stylesheet (same origin, no
 * inline style); the dev server serves the cached file.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { sourceFiles, fsReader } from './chars.ts';
import { FONT_FILE, buildProjectFont, cacheDirOf, fontFaceCss } from './build.ts';

export const FONT_CSS_ID = 'virtual:g60-font.css';
/** The resolved module's name inside the cache folder: a `.css` path, so Vite's CSS pipeline takes it. */
const CSS_NAME = 'g60-font.css';

export interface FontSubsetOptions {
  /** The project whose content and UI the characters come from; default: Vite's root. */
  root?: string;
  /** Where built fonts are cached; default: <root>/node_modules/.cache/g60-font. */
  cacheDir?: string;
}

export function fontSubsetPlugin(options: FontSubsetOptions = {}): Plugin {
  let root = options.root ?? process.cwd();
  let cacheDir = options.cacheDir ?? cacheDirOf(root);
  let resolved = `${cacheDir}/${CSS_NAME}`;
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'g60-font-subset',
    enforce: 'pre',
    configResolved(config) {
      root = options.root ?? config.root;
      cacheDir = options.cacheDir ?? cacheDirOf(root);
      resolved = `${cacheDir}/${CSS_NAME}`.split('\\').join('/');
      command = config.command;
    },
    resolveId(id) {
      // The dev server asks again by the URL it gave the module (root-relative, or /@fs/ outside the root).
      if (id === FONT_CSS_ID || id === resolved || id === `/${relative(root, resolved).split('\\').join('/')}` || id === `/@fs${resolved}`) return resolved;
      return null;
    },
    async load(id) {
      if (id !== resolved) return null;
      // Editing the content or the UI in dev rebuilds the subset (a second or so, then cached).
      for (const rel of sourceFiles(fsReader(root))) this.addWatchFile(`${root}/${rel}`);
      try {
        const font = await buildProjectFont(root, cacheDir);
        if (font.missing.length > 0) {
          this.warn(`Noto Sans SC has no glyph for ${font.missing.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ')}: without a system CJK font these draw as boxes`);
        }
        // Relative to this module, which sits in the cache folder: Vite resolves, hashes and emits it.
        const url = `./${relative(cacheDir, font.file).split('\\').join('/')}`;
        return fontFaceCss(font, url);
      } catch (e) {
        const message = `the CJK font subset could not be built: ${(e as Error).message}`;
        if (command === 'build') this.error(message);
        // The dev server still starts; text falls back to the system fonts.
        this.warn(message);
        return `/* ${message.replace(/\*\//g, '* /')} */\n`;
      }
    },
  };
}

export { FONT_FILE };
