import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { validateProject } from './scripts/validate-project.ts';
import { formatProblem } from './src/domain/problem.ts';
import { pinyinPlugin } from './scripts/pinyin-plugin.ts';

/**
 * Loads `.geojson` files as JSON modules and refuses to build from content that does not validate,
 * so a broken data file stops the build with the same messages as `npm run validate`.
 */
function content(): Plugin {
  return {
    name: 'g60-content',
    // Only `vite build`: the dev server and script runners reuse this config and must still start.
    buildStart() {
      const { command, root } = this.environment.config;
      if (command !== 'build') return;
      const problems = validateProject(root);
      if (problems.length > 0) {
        this.error(`the map's content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
      }
    },
    transform(code, id) {
      if (!id.endsWith('.geojson')) return null;
      return { code: `export default JSON.parse(${JSON.stringify(code)});`, map: null };
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [content(), pinyinPlugin(), solid()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // maplibre-gl (~1 MB) in a chunk of its own: it changes far less often than the app and content.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
