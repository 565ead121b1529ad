#!/usr/bin/env node
/**
 * Makes sure Debian's Chromium is installed for the browser tests; installs it with apt-get when
 * missing (needs root, as on CI). Browsers are never downloaded from anywhere but the Debian archive.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const BIN = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(BIN)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Chromium not found at ${BIN}. Install Debian's package: sudo apt-get install chromium`);
  process.exit(1);
}
console.log('Installing Debian chromium for the browser tests…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit', env });
if (!existsSync(BIN)) { console.error('chromium install failed'); process.exit(1); }
