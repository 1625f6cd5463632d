/** manifest-tool images (estesp/manifest-tool). Only the alpine variants have a shell. */
export const MANIFEST_TOOL_IMAGES = [
  { reference: 'mplatform/manifest-tool:alpine', hasShell: true },
  { reference: 'mplatform/manifest-tool:alpine-v2.2.1', hasShell: true },
  { reference: 'mplatform/manifest-tool:v2.2.1', hasShell: false },
  { reference: 'mplatform/manifest-tool:latest', hasShell: false },
] as const

export const DEFAULT_MANIFEST_TOOL_IMAGE = 'mplatform/manifest-tool:alpine'
