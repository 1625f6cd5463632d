import { en } from './en.ts'
import type { Catalog } from './index.ts'

export const catalog: Catalog = { language: 'en', messages: en, issues: {} }
