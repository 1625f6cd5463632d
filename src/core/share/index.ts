export * from './codec.ts'
export * from './errors.ts'
export { CURRENT_LINK_VERSION, LINK_FORMATS, type LinkFormat, MAX_FRAGMENT_CHARS } from './formats.ts'
export { MAX_JSON_BYTES } from './payload-v1.ts'
