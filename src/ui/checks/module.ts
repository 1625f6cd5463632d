/** The lazily loaded diagnostics chunk: the engine and the panel (see load.ts; the texts are apart). */

import type { Config } from '../../core/config/schema.ts'
import { diagnose as diagnoseAll } from '../../core/diagnostics/engine.ts'
import { pageFindings } from './page-findings.ts'

/** The findings the page shows in the checks panel, at fields and in the editor. */
export const diagnose = (config: Config) => pageFindings(diagnoseAll(config))
export { fixAtField } from './apply-fix.ts'
export { ChecksPanel } from './ChecksPanel.tsx'
export { editorMarkers, findingMarks } from './present.ts'
