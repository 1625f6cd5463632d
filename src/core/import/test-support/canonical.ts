import { parseConfig, parseConfigOrThrow } from '../../config/parse.ts'
import type { Config } from '../../config/schema.ts'
import { generate } from '../../generate/index.ts'
import { resolveLayout } from '../../generate/layout/index.ts'
import { soleVariable } from '../mapping/values.ts'

const PREFIX_ARG = 'CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX'
const DEFAULTS = parseConfigOrThrow({ version: 2, images: [{}] })
const DEFAULT_IMAGE = DEFAULTS.images[0] as Config['images'][number]

/** The field of the first CA that holds its value, per source. */
const FIRST_CA_FIELD = {
  'file-variable': 'fileVariable',
  pem: 'pem',
  'base64-variable': 'base64Variable',
  path: 'path',
} as const

// biome-ignore lint/suspicious/noExplicitAny: the rules write into a structured clone of a parsed config
type Draft = any

/**
 * Fields the generated pipeline does not show, each rule setting them to the one value the importer
 * can read back (the default, or the form it writes). `canonical` applies all of them; the round
 * trip checks that the result generates the very same bytes, so no rule hides a visible difference.
 */
export const CANONICAL_RULES: Readonly<Record<string, (c: Draft) => void>> = {
  'release off: its fields': (c) => {
    if (!c.release.enabled) c.release = { ...DEFAULTS.release }
  },
  'certificates off: their fields': (c) => {
    if (!c.certificates.enabled) c.certificates = structuredClone(DEFAULTS.certificates)
  },
  // The job prints pasted PEM text without its outer whitespace (`printf '%s\n' '…'`).
  'PEM text: without its outer whitespace, as the job writes it': (c) =>
    ifInvisible(c, (d) => {
      d.certificates.pem = d.certificates.pem.trim()
      for (const more of d.certificates.more) if (more.source === 'pem') more.value = more.value.trim()
    }),
  // `cat "${X}"` appends the file a path `$X` names and the File variable X alike: one text.
  'a CA path that is one variable: a File variable': (c) => {
    if (!c.certificates.enabled) return
    const name = soleVariable(c.certificates.path)
    if (c.certificates.source === 'path' && name)
      ifInvisible(c, (d) => {
        d.certificates = {
          ...d.certificates,
          source: 'file-variable',
          fileVariable: name,
          path: DEFAULTS.certificates.path,
          onlyWhenSet: false,
        }
      })
    c.certificates.more.forEach((more: Draft, i: number) => {
      const value = soleVariable(more.value)
      if (more.source === 'path' && value)
        ifInvisible(c, (d) => {
          d.certificates.more[i] = { ...more, source: 'file-variable', value }
        })
    })
  },
  'DOCKER_AUTH_CONFIG not read: its variable and merge': (c) => {
    if (c.registries.dockerAuthConfig.source === 'none')
      c.registries.dockerAuthConfig = { ...DEFAULTS.registries.dockerAuthConfig }
  },
  'Dependency Proxy off: its options': (c) => {
    if (!c.registries.dependencyProxy.enabled)
      c.registries.dependencyProxy = { ...DEFAULTS.registries.dependencyProxy }
  },
  // --compressed-caching=false is written with the cache off too (it also decides how layers are stored).
  'cache off: its settings and the images’ cache repositories': (c) => {
    if (c.cache.enabled) return
    c.cache = { ...DEFAULTS.cache, compressedCaching: c.cache.compressedCaching }
    for (const image of c.images) image.cacheRepository = ''
  },
  'executor: the fields of the other source, the tag a variable replaces': (c) => {
    if (c.executor.source === 'custom') {
      c.executor.tag = DEFAULTS.executor.tag
      c.executor.tagVariable = DEFAULTS.executor.tagVariable
    } else c.executor.customImage = DEFAULTS.executor.customImage
    if (c.executor.tagVariable !== '') c.executor.tag = DEFAULTS.executor.tag
  },
  'multi-arch off: its settings': (c) => {
    for (const image of c.images)
      if (!image.multiArch.enabled) image.multiArch = structuredClone(DEFAULT_IMAGE.multiArch)
  },
  // The importer names the layout the file has (a matrix the config cannot write falls back to
  // extends); `auto` is what one image in separate jobs reads back as.
  'layout: the one written': (c) => {
    c.pipeline.layout = resolveLayout(c.pipeline.layout, c.images.length)
    if (c.pipeline.layout === 'matrix')
      ifInvisible(c, (d) => {
        d.pipeline.layout = 'extends'
      })
    if (c.pipeline.layout === 'jobs' && c.images.length === 1) c.pipeline.layout = 'auto'
  },
  'no template: its name': (c) =>
    ifInvisible(c, (d) => {
      d.pipeline.templateName = DEFAULTS.pipeline.templateName
    }),
  'build argument from the environment: its value': (c) => {
    for (const image of c.images) for (const arg of image.buildArgs) if (arg.fromEnvironment) arg.value = ''
  },
  // Each build job's needs are the image's own, else the pipeline's: the same for every image is
  // the pipeline's setting.
  'needs every image has: the pipeline’s': (c) => {
    const effective = c.images.map((image: Draft) => JSON.stringify(image.needs ?? c.pipeline.job.needs))
    if (effective.some((n: string) => n !== effective[0])) {
      c.images.forEach((image: Draft, i: number) => {
        image.needs = JSON.parse(effective[i])
      })
      c.pipeline.job.needs = null
      return
    }
    c.pipeline.job.needs = JSON.parse(effective[0])
    for (const image of c.images) image.needs = null
  },
  // Each build job's variables are the pipeline's and then the image's: those every image has with
  // the same value are the pipeline's (the extends layout writes them in the template)…
  'variables every image has: the pipeline’s': (c) =>
    ifInvisible(c, (d) => {
      const lists = d.images.map((image: Draft) => jobVariables(d, image))
      const same = (a: Draft, b: Draft) => a.name === b.name && a.value === b.value
      const shared = lists[0].filter((v: Draft) =>
        lists.every((list: Draft[]) => list.some((o) => same(o, v))),
      )
      d.pipeline.job.variables = shared
      d.images.forEach((image: Draft, i: number) => {
        image.variables = lists[i].filter((v: Draft) => !shared.some((o: Draft) => same(o, v)))
      })
    }),
  // …or, where their order shows (separate jobs), those every image starts with.
  'variables every image starts with: the pipeline’s': (c) =>
    ifInvisible(c, (d) => {
      const lists = d.images.map((image: Draft) => jobVariables(d, image))
      const same = (a: Draft, b: Draft) => a?.name === b?.name && a?.value === b?.value
      let count = 0
      while (count < lists[0].length && lists.every((list: Draft[]) => same(list[count], lists[0][count])))
        count += 1
      d.pipeline.job.variables = lists[0].slice(0, count)
      d.images.forEach((image: Draft, i: number) => {
        image.variables = lists[i].slice(count)
      })
    }),
  // Each image's cache repository is its own, else the pipeline's: the same for every image is the
  // pipeline's; otherwise every image names its own, beside the default pipeline one (two configs,
  // one pipeline: which image "had" the pipeline's is not shown), which an image of that value keeps.
  'cache repository: the pipeline’s when every image has the same': (c) => {
    if (!c.cache.enabled) return
    const effective = c.images.map((image: Draft) => image.cacheRepository || c.cache.repository)
    if (effective.every((r: string) => r === effective[0])) {
      c.cache.repository = effective[0]
      for (const image of c.images) image.cacheRepository = ''
    } else
      ifInvisible(c, (d) => {
        d.cache.repository = DEFAULTS.cache.repository
        d.images.forEach((image: Draft, i: number) => {
          image.cacheRepository = effective[i] === DEFAULTS.cache.repository ? '' : effective[i]
        })
      })
  },
  // The same CA appended twice (a File variable, a path) is one text in the bundle, and each
  // `--registry-certificate` names that text: which of the two has the registry is not shown. The
  // importer gives the flags to the CAs in order.
  'the same CA twice: the registries first': (c) => {
    if (!c.certificates.enabled) return
    const source = c.certificates.source as keyof typeof FIRST_CA_FIELD
    const cas = [{ source, value: c.certificates[FIRST_CA_FIELD[source]] }, ...c.certificates.more]
    const holder = (d: Draft, i: number) => (i === 0 ? d.certificates : d.certificates.more[i - 1])
    cas.forEach((ca: Draft, i: number) => {
      const same = cas.flatMap((o: Draft, j) => (o.source === ca.source && o.value === ca.value ? [j] : []))
      if (same.length < 2 || same[0] !== i) return
      ifInvisible(c, (d) => {
        const registries = same.map((j) => holder(d, j).registry)
        const ordered = [...registries.filter((r) => r !== ''), ...registries.filter((r) => r === '')]
        same.forEach((j, k) => {
          holder(d, j).registry = ordered[k]
        })
      })
    })
  },
  // A CA listed again is appended once; only its `--registry-certificate` shows it: one that names
  // no registry is not in the pipeline, and one that does shows where its flag is, not where it
  // was listed: the importer puts it right after the CA of the flag before it.
  'the same CA again: only for a registry, after the flag before it': (c) => {
    if (!c.certificates.enabled) return
    const source = c.certificates.source as keyof typeof FIRST_CA_FIELD
    const first = { source, value: c.certificates[FIRST_CA_FIELD[source]], registry: c.certificates.registry }
    const optional =
      c.certificates.onlyWhenSet && (source === 'file-variable' || source === 'base64-variable')
    const sameAsEarlier = (list: Draft[], j: number) =>
      list
        .slice(0, j)
        .some(
          (o: Draft, i: number) =>
            o.source === list[j].source && o.value === list[j].value && !(i === 0 && optional),
        )
    for (let j = c.certificates.more.length; j >= 1; j -= 1)
      ifInvisible(c, (d) => {
        const list = [first, ...d.certificates.more]
        if (sameAsEarlier(list, j) && list[j].registry === '') d.certificates.more.splice(j - 1, 1)
      })
    for (let j = 1; j <= c.certificates.more.length; j += 1)
      ifInvisible(c, (d) => {
        const list = [first, ...d.certificates.more]
        if (!sameAsEarlier(list, j) || list[j].registry === '') return
        const [entry] = d.certificates.more.splice(j - 1, 1)
        const before = list.slice(0, j).findLastIndex((o: Draft) => o.registry !== '')
        d.certificates.more.splice(Math.max(before, 0), 0, entry)
      })
  },
  // The job pushes to every `always` destination first, then adds the others per pipeline kind.
  // Image by image: a multi-arch image's manifest job pushes them in the config's order.
  // Images that share a matrix job share their order too: then all at once, and a destination
  // with a variable of its number in the matrix (`KC_REPOSITORY_2`) keeps its place.
  'destinations: in the order the job pushes them': (c) => {
    const numbered = new Set(
      [...pipelineOf(c, JSON.stringify(c)).matchAll(/\bKC_(?:REPOSITORY|TAG)_(\d+)/g)].map(
        (m) => Number(m[1]) - 1,
      ),
    )
    const pushOrder = (image: Draft) => {
      const free = image.destinations.filter((_: Draft, i: number) => !numbered.has(i))
      const pushed = [
        ...free.filter((x: Draft) => x.when === 'always'),
        ...free.filter((x: Draft) => x.when !== 'always'),
      ]
      image.destinations = image.destinations.map((x: Draft, i: number) =>
        numbered.has(i) ? x : pushed.shift(),
      )
    }
    for (let i = 0; i < c.images.length; i += 1) ifInvisible(c, (d) => pushOrder(d.images[i]))
    ifInvisible(c, (d) => d.images.forEach(pushOrder))
  },
  // By design: a destination is written as one word `repository:tag`, which only splits at its last
  // `:` after the last `/` (a tag holds neither; `@` is a digest): `a:b` with tag `c` is `a` with `b:c`.
  'destinations: each reference split at its last `:` after the last `/`': (c) =>
    ifInvisible(c, (d) => {
      for (const image of d.images) {
        const out: Draft[] = []
        for (const destination of image.destinations) {
          const texts: string[] =
            destination.tags.length === 0
              ? [destination.repository]
              : destination.tags.map((tag: string) => `${destination.repository}:${tag}`)
          for (const text of texts) {
            const colon = text.lastIndexOf(':')
            const whole = text.includes('@') || colon <= text.lastIndexOf('/') || colon === text.length - 1
            const repository = whole ? text : text.slice(0, colon)
            const tag = whole ? null : text.slice(colon + 1)
            const same = out.find(
              (o) => o.repository === repository && o.when === destination.when && o.tags.length > 0,
            )
            if (tag === null) out.push({ repository, tags: [], when: destination.when })
            else if (same) same.tags.push(tag)
            else out.push({ repository, tags: [tag], when: destination.when })
          }
        }
        image.destinations = out
      }
    }),
  'comments: off when the pipeline has none': (c) =>
    ifInvisible(c, (d) => {
      d.output.comments = false
    }),
  'proxy: the settings a runner proxy or no proxy hides': (c) => {
    ifInvisible(c, (d) => {
      d.proxy = { ...DEFAULTS.proxy, fromRunner: d.proxy.fromRunner, buildArgs: d.proxy.buildArgs }
    })
    ifInvisible(c, (d) => {
      d.proxy = { ...DEFAULTS.proxy }
    })
  },
  'GitLab registry entry written anyway: config-json is auto': (c) =>
    ifInvisible(c, (d) => {
      if (d.registries.gitlabAuth === 'config-json') d.registries.gitlabAuth = 'auto'
    }),
  // Copied as is (merge off), DOCKER_AUTH_CONFIG is the whole config.json: the registries the config
  // would merge into it are not written, and with nothing to merge, merging is the same as copying.
  'DOCKER_AUTH_CONFIG copied as is: merge on, nothing to merge': (c) => {
    if (c.registries.dockerAuthConfig.source === 'none' || c.registries.dockerAuthConfig.merge) return
    ifInvisible(c, (d) => {
      d.registries.dockerAuthConfig.merge = true
    })
    ifInvisible(c, (d) => {
      d.registries.dockerAuthConfig.merge = true
      d.registries.extra = []
      d.registries.gitlabAuth = 'auto'
    })
    ifInvisible(c, (d) => {
      d.registries.dockerAuthConfig.merge = true
      d.registries.extra = []
      d.registries.gitlabAuth = 'auto'
      d.registries.dependencyProxy = { ...DEFAULTS.registries.dependencyProxy }
    })
    // Where a manifest or release job would merge (it always has an entry), merge stays off, and
    // the registries it would merge are still not written.
    ifInvisible(c, (d) => {
      d.registries.extra = []
      d.registries.gitlabAuth = 'auto'
    })
    ifInvisible(c, (d) => {
      d.registries.extra = []
      d.registries.gitlabAuth = 'auto'
      d.registries.dependencyProxy = { ...DEFAULTS.registries.dependencyProxy }
    })
  },
  // DOCKER_AUTH_CONFIG copied as it is has no Dependency Proxy entry: what shows of the proxy is
  // its prefix build argument. From the environment (port kept), that is the same bytes as a build
  // argument of that name, which the importer reads: two configs, one pipeline. (The port-stripped
  // value is not: a user's value would be written with `\${`, so the importer reads the proxy.)
  'Dependency Proxy not logged in to: its prefix a build argument': (c) => {
    const { dockerAuthConfig, dependencyProxy } = c.registries
    if (dockerAuthConfig.source === 'none' || dockerAuthConfig.merge || !dependencyProxy.enabled) return
    if (dependencyProxy.stripPort && dependencyProxy.prefixBuildArg) return
    const arg = { name: PREFIX_ARG, value: '', fromEnvironment: true }
    for (const first of [true, false])
      ifInvisible(c, (d) => {
        d.registries.dependencyProxy = { ...DEFAULTS.registries.dependencyProxy }
        if (!dependencyProxy.prefixBuildArg) return
        for (const image of d.images)
          image.buildArgs = first ? [arg, ...image.buildArgs] : [...image.buildArgs, arg]
      })
  },
  // config.json lists the logins (`auths`) and the helpers (`credHelpers`) apart: which comes first
  // in the config is not shown where both kinds are written. The importer reads helpers first.
  'extra registries: the helpers first, where the order is not shown': (c) =>
    ifInvisible(c, (d) => {
      const helper = (r: Draft) => r.credentialHelper !== 'none'
      d.registries.extra = [
        ...d.registries.extra.filter(helper),
        ...d.registries.extra.filter((r: Draft) => !helper(r)),
      ]
    }),
  // The pipeline exports one Google key for gcr's helper: which gcr registry holds it is not shown.
  'gcr key variable: the first gcr registry’s': (c) =>
    ifInvisible(c, (d) => {
      const gcr = d.registries.extra.filter((r: Draft) => r.credentialHelper === 'gcr')
      const key = gcr.find((r: Draft) => r.googleCredentialsFileVariable)?.googleCredentialsFileVariable ?? ''
      gcr.forEach((r: Draft, i: number) => {
        r.googleCredentialsFileVariable = i === 0 ? key : ''
      })
    }),
  // By design: the shell commands write every reference braced (`$TAG_x` would read another
  // variable), so `$X` there is the same bytes as `${X}`; where it shows (job variables, rules) it stays.
  // Text by text: one destination's repository may show nowhere but its tag in a matrix cell.
  'references: braced where the pipeline braces them': (c) => {
    for (const path of textPaths(c)) {
      const value = getAt(c, path)
      const next = braced(value)
      if (JSON.stringify(next) !== JSON.stringify(value)) ifInvisible(c, (d) => setAt(d, path, next))
    }
    // A value every image shares is written once (a matrix job's script): braced in all at once.
    for (const path of textPaths(c.images[0] ?? {}))
      ifInvisible(c, (d) => {
        for (const image of d.images)
          if (getAt(image, path) !== undefined) setAt(image, path, braced(getAt(image, path)))
      })
  },
  // Last, one field at a time: a value that differs from the default and whose default gives the
  // same bytes is not in the pipeline (a retry kind with no retry, a compare ref without changes…).
  'any other field the pipeline does not show: its default': (c) => {
    for (const path of leafPaths(c)) {
      // Names and hosts identify; the layout and comments have their own rules above.
      if (['name', 'host', 'layout', 'comments'].includes(String(path.at(-1)))) continue
      const fallback = defaultAt(path)
      if (fallback === undefined || JSON.stringify(getAt(c, path)) === JSON.stringify(fallback)) continue
      ifInvisible(c, (d) => setAt(d, path, structuredClone(fallback)))
    }
    // A setting every image shares is written once (a matrix job): its default in all at once.
    for (const path of leafPaths(c.images[0] ?? {})) {
      if (path.at(-1) === 'name') continue
      const fallback = defaultAt(['images', 0, ...path])
      if (fallback === undefined) continue
      ifInvisible(c, (d) => {
        for (const image of d.images)
          if (getAt(image, path) !== undefined) setAt(image, path, structuredClone(fallback))
      })
    }
  },
}

/**
 * A build job's variables: the pipeline's, each replaced by the image's of the same name (GitLab's
 * rule, the job's value wins, where the pipeline's stood), then the image's others. By design: a
 * pipeline variable the image sets again is the same bytes as the image's variable alone.
 */
const jobVariables = (c: Draft, image: Draft): Draft[] => [
  ...c.pipeline.job.variables.map((v: Draft) => image.variables.find((o: Draft) => o.name === v.name) ?? v),
  ...image.variables.filter((v: Draft) => !c.pipeline.job.variables.some((o: Draft) => o.name === v.name)),
]

type Path = readonly (string | number)[]

const UNBRACED_REFERENCE = /\$([A-Za-z_][A-Za-z0-9_]*)/g

/** Every `$NAME` in the texts of `value` (lists and records too) written `${NAME}`. */
function braced(value: Draft): Draft {
  if (typeof value === 'string') return value.replace(UNBRACED_REFERENCE, (_, name) => `\${${name}}`)
  if (Array.isArray(value)) return value.map(braced)
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, braced(v)]))
  return value
}

/** The paths of the config's scalar fields and lists (a list is one field). */
function leafPaths(value: Draft, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path]
  if (Array.isArray(value)) {
    // The images and registries are lists of records: their fields, one by one.
    if (path.length === 1 && path[0] === 'images') return value.flatMap((v, i) => leafPaths(v, [...path, i]))
    if (path.join('.') === 'registries.extra') return value.flatMap((v, i) => leafPaths(v, [...path, i]))
    return [path]
  }
  return Object.keys(value).flatMap((key) => leafPaths(value[key], [...path, key]))
}

/** The paths of every text in the config, inside lists and records too. */
function textPaths(value: Draft, path: Path = []): Path[] {
  if (typeof value === 'string') return [path]
  if (value === null || typeof value !== 'object') return []
  return Object.keys(value).flatMap((key) =>
    textPaths(value[key], [...path, Array.isArray(value) ? Number(key) : key]),
  )
}

const getAt = (value: Draft, path: Path): Draft => path.reduce((node, key) => node?.[key], value)

function setAt(value: Draft, path: Path, next: unknown): void {
  const parent = getAt(value, path.slice(0, -1))
  parent[path.at(-1) as string] = next
}

/** The default of a field: of the config, of an image, of an extra registry (its host has none). */
function defaultAt(path: Path): unknown {
  if (path[0] === 'images') return getAt(DEFAULT_IMAGE, path.slice(2))
  if (path[0] === 'registries' && path[1] === 'extra') return getAt(DEFAULT_EXTRA, path.slice(3))
  return getAt(DEFAULTS, path)
}

const DEFAULT_EXTRA = parseConfigOrThrow({ version: 2, registries: { extra: [{ host: 'x' }] } }).registries
  .extra[0] as Config['registries']['extra'][number]

/** Applies `change` when the pipeline stays byte-identical: the change is then not visible. */
function ifInvisible(c: Draft, change: (draft: Draft) => void): void {
  const before = JSON.stringify(c)
  const draft = structuredClone(c)
  change(draft)
  if (JSON.stringify(draft) === before) return
  // Only a config the schema takes (two images named alike are not one config).
  const parsed = parseConfig(draft)
  const yaml = pipelineOf(c, before)
  if (!parsed.ok || generate(parsed.config) !== yaml) return
  Object.assign(c, parsed.config)
  lastPipeline = { json: JSON.stringify(c), yaml }
}

/** The last config's pipeline: the rules ask for the same config's again and again. */
let lastPipeline = { json: '', yaml: '' }
function pipelineOf(c: Draft, json: string): string {
  if (lastPipeline.json !== json) lastPipeline = { json, yaml: generate(c as Config) }
  return lastPipeline.yaml
}

/** The config with every rule above applied. */
export function canonical(config: Config): Config {
  const draft = structuredClone(config) as Draft
  for (const rule of Object.values(CANONICAL_RULES)) rule(draft)
  return draft as Config
}
