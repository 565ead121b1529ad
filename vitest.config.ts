import { defineConfig } from 'vitest/config';
import { reporters } from './tests/reporters.ts';

/** Unit tests: pure logic and data, in Node. (The content plugin of vite.config.ts is not needed here.) */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: reporters('unit'),
  },
});
