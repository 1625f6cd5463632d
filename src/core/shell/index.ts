export * from './quote.ts'
export * from './text.ts'
