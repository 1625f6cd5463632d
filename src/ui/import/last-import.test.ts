import { describe, expect, it } from 'vitest'
import { importPipeline } from '../../core/import/index.ts'
import { closing, type LastImport } from './last-import.ts'

describe('the last import', () => {
  it('keeps the original text while the report or the comparison is open, and lets it go after both', async () => {
    const result = await importPipeline('build:\n  image: gcr.io/kaniko-project/executor:debug\n')
    if (!result.ok) throw new Error('the importer refused a valid file')
    const last: LastImport = { original: '# secret comment', result, report: true, diff: true }
    const reportClosed = closing(last, 'report')
    expect(reportClosed).toMatchObject({ report: false, diff: true, original: '# secret comment' })
    expect(closing(last, 'diff')).toMatchObject({ report: true, diff: false })
    expect(reportClosed && closing(reportClosed, 'diff')).toBeNull()
  })
})
