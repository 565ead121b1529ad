/**
 * Vite plugin: writes `embed-client.d.ts` (and the protocol's types it refers to) beside the
 * built `embed-client.js`, so a host page's TypeScript knows the client's API. TypeScript's own
 * declaration emit (the `tsc` CLI) does the work; this only runs it and renames the import.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function clientTypesPlugin(): Plugin {
  return {
    name: 'g60-client-types',
    apply: 'build',
    generateBundle() {
      const root = this.environment.config.root;
      const out = mkdtempSync(join(tmpdir(), 'g60-dts-'));
      try {
        execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--ignoreConfig', '--declaration', '--emitDeclarationOnly',
          '--outDir', out, '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom',
          '--strict', '--skipLibCheck', '--types', '', join(root, 'src/embed-client/index.ts')], { stdio: 'pipe' });
        const client = readFileSync(join(out, 'embed-client/index.d.ts'), 'utf8').replaceAll("'../embed/protocol'", "'./embed-protocol.js'");
        this.emitFile({ type: 'asset', fileName: 'embed-client.d.ts', source: client });
        this.emitFile({ type: 'asset', fileName: 'embed-protocol.d.ts', source: readFileSync(join(out, 'embed/protocol.d.ts'), 'utf8') });
      } catch (e) {
        const err = e as { stdout?: Buffer; message: string };
        this.error(`embed-client type declarations failed: ${err.stdout?.toString() || err.message}`);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  };
}
