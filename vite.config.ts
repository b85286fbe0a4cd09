import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { studioBuildPlugin } from './scripts/vite/studioBuildPlugin';

export default defineConfig({
  plugins: [react(), studioBuildPlugin()],
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
