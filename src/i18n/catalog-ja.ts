import type { Catalog } from './index.ts'
import { JA_ISSUES } from './issues.ja.ts'
import { ja } from './ja.ts'

export const catalog: Catalog = { language: 'ja', messages: ja, issues: JA_ISSUES }
