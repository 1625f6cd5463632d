import type { Config } from '../../config/schema.ts'
import type { ImportedJob } from '../job.ts'
import { soleVariable } from './values.ts'

/**
 * `cat "${X}"` in a build job appends the file X names: a File variable `X`, or a CA path that is
 * one variable. Only the companions the config writes (manifest, release) tell them apart: they
 * append a File variable's CA too, and leave a path outside the project out (they have the
 * repository, not the kaniko image). So each unconditional CA the build jobs append so, that no
 * such companion appends, is read as a path, spelled as the build job wrote it; one a companion
 * appends, or without companions, stays a File variable.
 */
export function caPathsOnlyBuildsTrust(
  certificates: Config['certificates'],
  builds: readonly ImportedJob[],
  companions: readonly ImportedJob[],
  /** The config's default `fileVariable` (a path leaves the field unused). */
  defaultFileVariable: string,
): void {
  if (!certificates.enabled || companions.length === 0) return
  const trusted = new Set(
    companions.flatMap((job) =>
      job.certificates.flatMap((write) =>
        write.source.kind === 'file-variable' ? (soleVariable(write.source.value) ?? []) : [],
      ),
    ),
  )
  // Each variable as the first build job to append it unconditionally spelled it (`${X}`, `$X`).
  const written = new Map<string, string>()
  for (const write of builds.flatMap((job) => job.certificates)) {
    const variable = write.source.kind === 'file-variable' ? soleVariable(write.source.value) : null
    if (variable && !write.conditional && !written.has(variable)) written.set(variable, write.source.value)
  }
  const pathOf = (variable: string): string | null =>
    trusted.has(variable) ? null : (written.get(variable) ?? null)

  const first = certificates.source === 'file-variable' && !certificates.onlyWhenSet
  const firstPath = first ? pathOf(certificates.fileVariable) : null
  if (firstPath !== null) {
    certificates.source = 'path'
    certificates.path = firstPath
    certificates.fileVariable = defaultFileVariable
  }
  certificates.more = certificates.more.map((more) => {
    const path = more.source === 'file-variable' ? pathOf(more.value) : null
    return path === null ? more : { ...more, source: 'path', value: path }
  })
}
