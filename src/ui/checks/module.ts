/** The lazily loaded diagnostics chunk: the engine, its en/ja catalog and the panel (see load.ts). */
export { diagnose } from '../../core/diagnostics/engine.ts'
export { ChecksPanel } from './ChecksPanel.tsx'
export { pageFindings } from './page-findings.ts'
export { editorMarkers, findingMarks } from './present.ts'
