export * from './executors.ts'
export * from './manifest-tool.ts'
export * from './platforms.ts'
export * from './version.ts'
