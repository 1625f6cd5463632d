import type { ImageView } from '../../config/image-view.ts'
import type { DestinationWhen } from '../../config/schema.ts'
import { splitShellText } from '../../shell/text.ts'
import { edit } from '../lib/edit.ts'
import {
  bracedReferences,
  expandWith,
  literalText,
  mapLiterals,
  refersTo,
  renameReferences,
} from '../lib/shell.ts'
import { pushedTogether } from '../lib/when.ts'
import { defineRule } from '../types.ts'

/** Destinations and triggers: references that are empty, invalid or repeated. */

const TAG = /^[\w][\w.-]{0,127}$/
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//

interface DestinationTag {
  readonly d: number
  readonly t: number
  readonly repository: string
  readonly tag: string
  readonly when: DestinationWhen
  readonly field: string
}

function destinationTags(config: ImageView): DestinationTag[] {
  const out: DestinationTag[] = []
  for (const [d, destination] of config.destinations.entries()) {
    for (const [t, tag] of destination.tags.entries()) {
      out.push({
        d,
        t,
        repository: destination.repository,
        tag,
        when: destination.when,
        field: `destinations[${d}].tags[${t}]`,
      })
    }
  }
  return out
}

/** Removes one tag (and its destination when it was the last), if it is still the same text. */
function removeTag(config: ImageView, { d, t, tag }: DestinationTag): ImageView {
  return edit(config, (draft) => {
    const destination = draft.destinations[d]
    if (destination?.tags[t] !== tag) return
    destination.tags.splice(t, 1)
    if (destination.tags.length === 0 && draft.destinations.length > 1) draft.destinations.splice(d, 1)
  })
}

function validRepository(text: string): boolean {
  return text !== '' && !text.startsWith('/') && !text.endsWith('/') && !text.includes('//')
}

/** Only tag pipelines have CI_COMMIT_TAG; every trigger must guarantee one. */
function onlyTagPipelines(config: ImageView): boolean {
  return config.job.triggers.length > 0 && config.job.triggers.every((t) => t === 'tag')
}

const COMMIT_TAG = ['CI_COMMIT_TAG']
const withoutCommitTag = (name: string) => (name === 'CI_COMMIT_TAG' ? '' : 'x')

/** The reference as a pipeline without a Git tag sees it, other references kept as written. */
function withEmptyCommitTag(text: string): string {
  return splitShellText(text)
    .map((p) => (p.kind === 'literal' ? p.text : p.name === 'CI_COMMIT_TAG' ? '' : p.source))
    .join('')
}

/** Whether the reference is invalid when CI_COMMIT_TAG is empty (other references stand for a word). */
function emptyCommitTagBreaks(entry: DestinationTag): boolean {
  return (
    !validRepository(expandWith(entry.repository, withoutCommitTag)) ||
    !TAG.test(expandWith(entry.tag, withoutCommitTag))
  )
}

function commitTagHits(config: ImageView, breaks: boolean) {
  if (onlyTagPipelines(config)) return []
  const fix = (c: ImageView) =>
    edit(c, (draft) => {
      draft.job.triggers = ['tag']
    })
  return destinationTags(config)
    .filter(
      (e) =>
        // A destination pushed only in tag pipelines always has a tag to use.
        e.when !== 'tag' &&
        (refersTo(e.repository, COMMIT_TAG) || refersTo(e.tag, COMMIT_TAG)) &&
        emptyCommitTagBreaks(e) === breaks,
    )
    .map((e) => ({
      fields: [refersTo(e.tag, COMMIT_TAG) ? e.field : `destinations[${e.d}].repository`, 'job.triggers'],
      params: {
        reference: `${e.repository}:${e.tag}`,
        pushed: `${withEmptyCommitTag(e.repository)}:${withEmptyCommitTag(e.tag)}`,
      },
      fix,
    }))
}

const commitTagInvalid = defineRule({
  code: 'KC201',
  name: 'commit-tag-without-tag-trigger',
  severity: 'error',
  check: ({ config }) => commitTagHits(config, true),
})

const commitTagPartial = defineRule({
  code: 'KC202',
  name: 'commit-tag-outside-tag-pipelines',
  severity: 'warning',
  check: ({ config }) => commitTagHits(config, false),
})

const REF_NAMES = ['CI_COMMIT_REF_NAME', 'CI_COMMIT_BRANCH']

const refNameTag = defineRule({
  code: 'KC203',
  name: 'ref-name-as-tag',
  severity: 'warning',
  check: ({ config }) =>
    destinationTags(config)
      .filter((e) => refersTo(e.tag, REF_NAMES))
      .map((e) => ({
        fields: [e.field],
        params: {
          variable: REF_NAMES.find((name) => refersTo(e.tag, [name])) ?? '',
          reference: `${e.repository}:${e.tag}`,
        },
        fix: (c: ImageView) =>
          edit(c, (draft) => {
            const tags = draft.destinations[e.d]?.tags
            if (tags?.[e.t] === e.tag) tags[e.t] = renameReferences(e.tag, REF_NAMES, 'CI_COMMIT_REF_SLUG')
          }),
      })),
})

const duplicateDestination = defineRule({
  code: 'KC204',
  name: 'duplicate-destination',
  severity: 'info',
  check: ({ config }) => {
    const seen = new Map<string, DestinationTag[]>()
    const hits = []
    for (const entry of destinationTags(config)) {
      // `$X` and `${X}` push the same reference.
      const key = bracedReferences(`${entry.repository.trim()}:${entry.tag.trim()}`)
      const earlier = seen.get(key) ?? []
      // One reference pushed in pipelines that never meet (tag and default branch) is no duplicate.
      const first = earlier.find((e) => pushedTogether(e.when, entry.when))
      seen.set(key, [...earlier, entry])
      if (first)
        hits.push({
          fields: [first.field, entry.field],
          params: { reference: `${entry.repository.trim()}:${entry.tag.trim()}` },
          fix: (c: ImageView) => removeTag(c, entry),
        })
    }
    return hits
  },
})

const duplicatePipelines = defineRule({
  code: 'KC205',
  name: 'duplicate-pipelines',
  severity: 'warning',
  check: ({ config }) =>
    config.job.triggers.includes('branch') && config.job.triggers.includes('merge-request')
      ? [
          {
            fields: ['job.triggers'],
            params: {},
            fix: (c: ImageView) =>
              edit(c, (draft) => {
                draft.job.triggers = draft.job.triggers.filter((t) => t !== 'merge-request')
              }),
          },
        ]
      : [],
})

/** A fix that rewrites one destination's repository, if it is still the same text. */
function setRepository(d: number, from: string, to: string) {
  return (c: ImageView) =>
    edit(c, (draft) => {
      const destination = draft.destinations[d]
      if (destination?.repository === from) destination.repository = to
    })
}

function repositoryHits(
  config: ImageView,
  fixed: (repository: string, destination: ImageView['destinations'][number]) => string | null,
) {
  const hits = []
  for (const [d, destination] of config.destinations.entries()) {
    const { repository } = destination
    const to = fixed(repository, destination)
    if (to === null) continue
    hits.push({
      fields: [`destinations[${d}].repository`],
      params: { repository, fixed: to },
      ...(to !== '' ? { fix: setRepository(d, repository, to) } : {}),
    })
  }
  return hits
}

const scheme = defineRule({
  code: 'KC206',
  name: 'destination-has-scheme',
  severity: 'error',
  verifyFix: true,
  check: ({ config }) => repositoryHits(config, (r) => (SCHEME.test(r) ? r.replace(SCHEME, '') : null)),
})

const uppercase = defineRule({
  code: 'KC207',
  name: 'repository-uppercase',
  severity: 'error',
  verifyFix: true,
  check: ({ config }) =>
    repositoryHits(config, (r, destination) => {
      // A whole reference (no tags) keeps its tag as written: tags may have capitals.
      const [name, rest] = destination.tags.length === 0 ? splitWholeReference(r) : [r, '']
      return /[A-Z]/.test(literalText(name)) ? mapLiterals(name, (s) => s.toLowerCase()) + rest : null
    }),
})

/**
 * A whole reference (`registry/app:1.0`, `$IMAGE_REF`) as [repository, `:tag` or `@digest`]: the
 * tag starts at the first `:` after the last `/`, a digest at `@`.
 */
function splitWholeReference(reference: string): [string, string] {
  const at = reference.indexOf('@')
  const withoutDigest = at < 0 ? reference : reference.slice(0, at)
  const colon = withoutDigest.indexOf(':', withoutDigest.lastIndexOf('/') + 1)
  const cut = colon >= 0 ? colon : at < 0 ? reference.length : at
  return [reference.slice(0, cut), reference.slice(cut)]
}

/** What a tag looks like with every reference standing for a plain word. */
function tagShapeValid(tag: string): boolean {
  return /^[\w][\w.-]*$/.test(expandWith(tag, () => 'x')) && literalText(tag).length <= 128
}

function sanitizeTag(tag: string): string | null {
  let fixed = mapLiterals(tag, (s) => s.replace(/[^\w.-]/g, '-'))
  if (!fixed.startsWith('$')) fixed = fixed.replace(/^[.-]+/, '')
  return fixed !== '' && tagShapeValid(fixed) ? fixed : null
}

/**
 * KC208's and KC240's findings: each entry whose tag is not a tag, with a fix (made by `fixWith`
 * from the repaired tag) where replacing characters gives a valid one.
 */
export function invalidTagFindings<E extends { tag: string; field: string }, Fix>(
  entries: readonly E[],
  fixWith: (entry: E, fixed: string) => Fix,
) {
  return entries
    .filter((e) => !tagShapeValid(e.tag))
    .map((e) => {
      const fixed = sanitizeTag(e.tag)
      return {
        fields: [e.field],
        params: { tag: e.tag, fixed: fixed ?? '' },
        ...(fixed ? { fix: fixWith(e, fixed) } : {}),
      }
    })
}

const invalidTag = defineRule({
  code: 'KC208',
  name: 'invalid-tag',
  severity: 'error',
  verifyFix: true,
  check: ({ config }) =>
    invalidTagFindings(
      destinationTags(config),
      (e, fixed) => (c: ImageView) =>
        edit(c, (draft) => {
          const tags = draft.destinations[e.d]?.tags
          if (tags?.[e.t] === e.tag) tags[e.t] = fixed
        }),
    ),
})

const repositoryWithTag = defineRule({
  code: 'KC209',
  name: 'repository-has-tag',
  severity: 'error',
  verifyFix: true,
  check: ({ config }) =>
    repositoryHits(config, (r, destination) => {
      // Without tags the repository is a whole reference: its tag belongs there.
      if (destination.tags.length === 0) return null
      const start = r.lastIndexOf('/') + 1
      const cut = r.slice(start).search(/[:@]/)
      if (cut < 0) return null
      // Without a slash, `host:5000` is a registry; `${CI_REGISTRY_IMAGE}:x` is an image with a tag.
      if (start === 0 && !r.slice(0, cut).includes('$')) return null
      return r.slice(0, start + cut)
    }),
})

export const destinationRules = [
  commitTagInvalid,
  commitTagPartial,
  refNameTag,
  duplicateDestination,
  duplicatePipelines,
  scheme,
  uppercase,
  invalidTag,
  repositoryWithTag,
]
