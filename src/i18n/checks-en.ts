/** The diagnostics panel and markers (loaded with the diagnostics engine). checks-ja.ts has the same keys. */
export const checksEn = {
  'checks.heading': 'Checks',
  'checks.error.one': '1 error',
  'checks.error.other': '{count} errors',
  'checks.warning.one': '1 warning',
  'checks.warning.other': '{count} warnings',
  'checks.info.one': '1 tip',
  'checks.info.other': '{count} tips',
  'checks.group.error': 'Errors',
  'checks.group.warning': 'Warnings',
  'checks.group.info': 'Tips',
  'checks.none': 'No known problems.',
  'checks.fields': 'Concerns:',
  'checks.goTo': 'Go to the field {field}',
  'checks.fixed': 'Fixed: {title}.',
  'checks.fixBlocked':
    'Correct the fields marked invalid first: a fix applies to the last valid configuration.',
  'checks.severity.error': 'Error',
  'checks.severity.warning': 'Warning',
  'checks.severity.info': 'Tip',
} as const

export type ChecksMessageKey = keyof typeof checksEn
