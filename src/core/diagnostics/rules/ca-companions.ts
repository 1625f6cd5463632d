import type { Config } from '../../config/schema.ts'
import { projectRelativePath } from '../../generate/artifacts.ts'
import { pathCas } from '../lib/ca-paths.ts'
import { soleVariable } from '../lib/shell.ts'
import { definePipelineRule } from '../types.ts'

/** Certificates across the pipeline's jobs: the manifest and release jobs beside the builds. */

/** The jobs that append the CAs to a bundle of their own: each multi-arch manifest job, the release job. */
function companionJobs(config: Config): { names: string[]; field: string } | null {
  const names: string[] = []
  let field: string | null = null
  config.images.forEach((image, i) => {
    if (!image.multiArch.enabled) return
    if (!names.includes(image.multiArch.manifestJobName)) names.push(image.multiArch.manifestJobName)
    field ??= `images[${i}].multiArch.enabled`
  })
  if (config.release.enabled) {
    if (!names.includes(config.release.jobName)) names.push(config.release.jobName)
    field ??= 'release.enabled'
  }
  return field === null ? null : { names, field }
}

/**
 * A CA path that is only a variable: the build jobs append the file it names (`cat "${X}"`), but the
 * manifest and release jobs run in other images and leave every path outside the project out. If X
 * is a File-type CI/CD variable (what a variable holding a CA file usually is), those jobs would
 * trust it too as the File variable source; hand-written companions that forget it are a real x509
 * failure, and the importer reads exactly this shape back as a path. A warning, as KC333 (the same
 * failure for other paths), with the switch as the fix: the name alone cannot prove the kind.
 */
const caPathVariableOutsideCompanions = definePipelineRule({
  code: 'KC334',
  name: 'ca-path-variable-not-in-companions',
  severity: 'warning',
  check: (config) => {
    const { certificates } = config
    const companions = companionJobs(config)
    if (!certificates.enabled || companions === null) return []
    return pathCas(certificates).flatMap(({ field, path, index }) => {
      const variable = soleVariable(path)
      if (variable === null) return []
      const fix = (c: Config): Config => {
        if (index < 0)
          return c.certificates.source === 'path' && c.certificates.path === path
            ? { ...c, certificates: { ...c.certificates, source: 'file-variable', fileVariable: variable } }
            : c
        const more = c.certificates.more.map((ca, i) =>
          i === index && ca.source === 'path' && ca.value === path
            ? { ...ca, source: 'file-variable' as const, value: variable }
            : ca,
        )
        return { ...c, certificates: { ...c.certificates, more } }
      }
      return [
        {
          fields: [field, companions.field],
          params: { path, variable, jobs: companions.names.join(', ') },
          fix,
        },
      ]
    })
  },
})

/**
 * KC333 for the release job: crane's image has the repository but not a file of the kaniko image, so
 * the generator leaves a CA read from a path outside the project out of the release job's bundle too,
 * and crane cannot verify a registry signed by it. A path that is only a variable is KC334's.
 */
const caPathOutsideReleaseJob = definePipelineRule({
  code: 'KC335',
  name: 'ca-path-not-in-release-job',
  severity: 'warning',
  check: (config) => {
    const { certificates, release } = config
    if (!certificates.enabled || !release.enabled) return []
    return pathCas(certificates)
      .filter(({ path }) => projectRelativePath(path) === null && soleVariable(path) === null)
      .map(({ field, path }) => ({
        fields: [field, 'release.enabled'],
        params: { path, job: release.jobName },
      }))
  },
})

export const caCompanionRules = [caPathVariableOutsideCompanions, caPathOutsideReleaseJob]
