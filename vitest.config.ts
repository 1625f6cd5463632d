import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The proofs and fuzzers do real work (100,000 links, chroot runs, Psych, real registries) while
    // other test files run beside them on a 2-core machine: time limits are for hangs, not speed.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
})
