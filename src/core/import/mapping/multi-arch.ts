import { PLATFORMS, type Platform, platformSlug } from '../../catalog/platforms.ts'
import type { DestinationWhen, Image } from '../../config/schema.ts'
import { expandPlatformTemplate } from '../../generate/platform-tags.ts'
import type { ImportedJob } from '../job.ts'
import { because } from '../reasons.ts'
import type { Draft } from './index.ts'
import { layoutCell } from './matrix-cells.ts'
import { bracedReferences as braced, type Notes, shellTextOf } from './values.ts'

/** A build job's runner tags, with a matrix cell's `${KC_RUNNER_TAG}` written in. */
const runnerTagsOf = (draft: Draft): string[] =>
  draft.job.tags.map((tag) => layoutCell(draft.job)?.substitute(tag) ?? tag)

interface ManifestPush {
  readonly platforms: Platform[]
  readonly template: string
  readonly target: string
  /** The pipelines it runs in: those its destination is pushed in. */
  readonly when: DestinationWhen
}

/** `manifest-tool … push from-args --platforms a,b --template T --target X`, read when literal enough. */
function manifestPushes(job: ImportedJob): ManifestPush[] | null {
  const pushes: ManifestPush[] = []
  for (const companion of job.companions) {
    const when = companion.when ?? null
    if (companion.tool !== 'manifest-tool' || companion.subcommand !== 'push from-args' || !when) return null
    const words = companion.argv.map((word) => shellTextOf(word))
    if (words.some((word) => !word.ok)) return null
    const texts = words.map((word) => (word.ok ? word.text : ''))
    const option = (name: string) => {
      const at = texts.indexOf(name)
      const inline = texts.find((text) => text.startsWith(`${name}=`))
      return at >= 0 ? texts[at + 1] : inline?.slice(name.length + 1)
    }
    const platforms = (option('--platforms') ?? '').split(',')
    const template = option('--template')
    const target = option('--target')
    if (!template || !target || !platforms.every((p) => (PLATFORMS as readonly string[]).includes(p)))
      return null
    pushes.push({ platforms: platforms as Platform[], template, target, when })
  }
  return pushes.length > 0 ? pushes : null
}

/** Everything but the destinations, the name and the runner tags: per-platform jobs agree on it. */
const buildSignature = (draft: Draft) =>
  JSON.stringify([
    { ...draft.settings.image, destinations: [] },
    [...draft.settings.shared.values()].map((s) => [s.key, s.value]),
    draft.job.stage,
    draft.job.image?.name,
    draft.triggers.triggers,
  ])

/**
 * Build jobs per platform (`build-amd64`, `build-arm64`) whose destinations are a manifest-tool job's
 * template, and that job (`manifest-tool push from-args`) → one image with `multiArch`.
 */
export function mapMultiArch(
  drafts: readonly Draft[],
  companions: readonly ImportedJob[],
  notes: Notes,
): { drafts: Draft[]; consumed: Set<ImportedJob> } {
  let result = [...drafts]
  const consumed = new Set<ImportedJob>()
  for (const manifest of companions) {
    const pushes = manifestPushes(manifest)
    const first = pushes?.[0]
    if (!pushes || !first) continue
    const platforms = first.platforms
    const suffix = first.template.startsWith(first.target) ? first.template.slice(first.target.length) : null
    if (
      suffix === null ||
      pushes.some((p) => p.platforms.join() !== platforms.join() || p.template !== p.target + suffix)
    )
      continue
    const pushed = (p: ManifestPush, platform: Platform) =>
      `${p.when} ${braced(p.target + expandPlatformTemplate(suffix, platform))}`
    const perPlatform = platforms.map((platform) => {
      // Each build job pushes the destinations of the manifest job's pushes, in the same pipelines.
      const wanted = pushes.map((p) => pushed(p, platform))
      return result.find(
        (draft) =>
          JSON.stringify(
            draft.settings.image.destinations.map((d) => `${d.when} ${braced(d.text)}`).sort(),
          ) === JSON.stringify(wanted.sort()),
      )
    })
    if (perPlatform.some((draft) => !draft)) continue
    const builds = perPlatform as Draft[]
    const signature = buildSignature(builds[0] as Draft)
    if (new Set(builds).size !== builds.length || builds.some((d) => buildSignature(d) !== signature))
      continue
    const base = builds[0] as Draft
    const slug = `-${platformSlug(platforms[0] as Platform)}`
    const name = base.name.endsWith(slug) ? base.name.slice(0, -slug.length) : base.name
    const multiArch: Image['multiArch'] = {
      enabled: true,
      platforms: platforms.map((platform, i) => ({ platform, runnerTags: runnerTagsOf(builds[i] as Draft) })),
      tagSuffix: suffix,
      manifestToolImage: manifest.image?.name ?? 'mplatform/manifest-tool:alpine',
      manifestJobName: manifest.name,
      manifestRunnerTags: [...manifest.tags],
    }
    const origin = builds[0]?.settings.image.destinations[0]?.origin ?? base.run
    // Each destination as the first build job writes it (its matrix cell shows `$X` unbraced), without
    // the platform's suffix.
    const platformSuffix = expandPlatformTemplate(suffix, platforms[0] as Platform)
    // Each build destination answers one push (the same reference may be pushed twice).
    const unclaimed = [...base.settings.image.destinations]
    const destinations = pushes.map((p) => {
      const at = unclaimed.findIndex(
        (d) => `${d.when} ${braced(d.text)}` === pushed(p, platforms[0] as Platform),
      )
      const built = at < 0 ? undefined : unclaimed.splice(at, 1)[0]
      const text = built?.text.endsWith(platformSuffix)
        ? built.text.slice(0, built.text.length - platformSuffix.length)
        : p.target
      return { text, origin, when: p.when }
    })
    base.settings.image.destinations = destinations
    const image: Draft = { ...base, name, multiArch }
    result = result.flatMap((draft) => (draft === base ? [image] : builds.includes(draft) ? [] : [draft]))
    consumed.add(manifest)
    notes.change(
      manifest,
      because('multi-arch-merged', {
        builds: builds.map((d) => d.job.name).join('`, `'),
        manifest: manifest.name,
        name,
        platforms: platforms.join(', '),
      }),
    )
  }
  return { drafts: result, consumed }
}
