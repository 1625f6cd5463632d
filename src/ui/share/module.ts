/** The lazily loaded share-link chunk: see load.ts. */
export { decodeShareFragment } from '../../core/share/codec.ts'
export { copyLink } from './copy-link.ts'
export { credentialMarks } from './credential-marks.ts'
export { LinkNotice } from './LinkNotice.tsx'
export { LinkSync } from './LinkSync.tsx'
export { framedText } from './messages.ts'
export { openLink } from './open-link.ts'
export { RestoredWithoutNotice } from './RestoredWithoutNotice.tsx'
