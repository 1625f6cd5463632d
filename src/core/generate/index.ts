export { type GenerateOptions, generate, generateDocument } from './document.ts'
export { executorImage, executorVersion } from './image.ts'
export { buildJobName, pipelineJobs } from './jobs.ts'
export { expandPlatformTemplate, platformSlug } from './platform-tags.ts'
