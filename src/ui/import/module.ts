/** The import chunk: the dialog, its report and the importer (sh-syntax's WebAssembly loads on first use). */
import './import.css'

export { diffText } from './diff-text.ts'
export { ImportDialog, type Imported } from './ImportDialog.tsx'
export { ImportReport } from './ImportReport.tsx'
export { type ImportReportView, reportView } from './outcome.ts'
