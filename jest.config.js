import os from 'node:os'

export default {
  // Most files wait on sockets and child processes, not on the CPU: two workers even on two cores (Jest's
  // default there is one).
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  clearMocks: true,
  collectCoverageFrom: ['./src/**'],
  coverageDirectory: './coverage',
  coverageReporters: ['json-summary', 'text', 'lcov'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: './__tests__/setup/fresh-dist.js',
  setupFiles: ['./__tests__/setup/runner-commands.js'],
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  },
  verbose: true,
  testTimeout: 60_000
}
