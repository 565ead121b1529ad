/** Serves the built site on 127.0.0.1 for the browser tests (vite preview, a random free port). */
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { startHostServer } from './host-server';

let server: PreviewServer | undefined;
let host: { url: string; close(): Promise<void> } | undefined;

export async function setup(project: TestProject) {
  server = await preview({ configFile: false, root: process.cwd(), preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not start');
  project.provide('baseUrl', url);
  // Host pages that embed the map, on a second origin (tests/e2e/hosts/).
  host = await startHostServer();
  project.provide('hostUrl', host.url);
}

export async function teardown() {
  await server?.close();
  await host?.close();
}

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string; hostUrl: string }
}
