/** The import dialog and its report (loaded with the importer). import-ja.ts has the same keys. */
export const importEn = {
  'import.title': 'Import a .gitlab-ci.yml',
  'import.intro':
    'Paste your pipeline or choose its file. It is read in this browser only: it is never sent anywhere, put in a link or saved.',
  'import.text': 'Pipeline YAML',
  'import.file': 'Choose a file',
  'import.drop': 'or drop a .gitlab-ci.yml here',
  'import.submit': 'Import',
  'import.cancel': 'Cancel',
  'import.reading': 'Reading the pipeline…',
  'import.empty': 'Paste a pipeline or choose a file first.',
  'import.error': 'Line {line}, column {column}: {message}',
  'import.fileError': 'The file could not be read.',
  'import.noJob': 'No kaniko build job was found in this pipeline: the form was left as it was.',
  'import.failed': 'The importer could not be loaded. Check the connection and try again.',
  'import.report.heading': 'Import report',
  'import.report.summary': 'Imported {jobs}. Undo (Ctrl+Z) brings back the form as it was.',
  'import.report.close': 'Close the import report',
  'import.unmapped.heading': 'Not mapped ({count})',
  'import.unmapped.none': 'Everything was mapped.',
  'import.changed.heading': 'Changed ({count})',
  'import.changed.none': 'Nothing was changed.',
  'import.findings.heading': 'Problems in the original ({count})',
  'import.findings.none': 'No problem found in the original.',
  'import.where': 'line {line}, {path}',
  'import.fix': 'Fix:',
  'import.diff.heading': 'Original (left) and regenerated (right)',
  'import.diff.close': 'Close the comparison',
  'import.diff.loading': 'Loading the comparison…',
  'import.diff.failed': 'The comparison could not be loaded.',
} as const

export type ImportMessageKey = keyof typeof importEn
