import type { DestinationWhen } from '../../config/schema.ts'

/** The pipeline kinds a destination is pushed in (its `when`, as destinations.ts generates it). */
const PUSHED_IN: Readonly<Record<DestinationWhen, readonly string[]>> = {
  always: ['tag', 'default-branch', 'other-branch', 'merge-request'],
  tag: ['tag'],
  'default-branch': ['default-branch'],
  'other-branches': ['other-branch'],
  'not-tag': ['default-branch', 'other-branch', 'merge-request'],
  'merge-request': ['merge-request'],
}

/** Whether two destinations are ever pushed in the same pipeline. */
export function pushedTogether(a: DestinationWhen, b: DestinationWhen): boolean {
  return PUSHED_IN[a].some((kind) => PUSHED_IN[b].includes(kind))
}
