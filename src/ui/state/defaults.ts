import { defaultConfig } from '../../core/config/defaults.ts'

/** The defaults, computed once: sections compare against them on every render. */
export const DEFAULTS = defaultConfig()
