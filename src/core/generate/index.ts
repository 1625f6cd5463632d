export { type GenerateOptions, generate, generateDocument } from './document.ts'
export { executorImage, executorVersion } from './image.ts'
export { buildJobName, imageJobs } from './jobs.ts'
export {
  type EmittedLayout,
  type LayoutResult,
  MATRIX_REASONS,
  type MatrixReason,
  type MatrixReasonCode,
  matrixReasonMessage,
} from './layout/index.ts'
export { pipelineJobs, pipelineLayout } from './pipeline.ts'
export { expandPlatformTemplate, platformSlug } from './platform-tags.ts'
export { type ReusingGenerate, reusingGenerate } from './reuse.ts'
