import { deepEqual } from '../config/defaults.ts'
import { configPathOfView, type ImageView, imageView, withImageView } from '../config/image-view.ts'
import { migrateConfig } from '../config/migrate.ts'
import { perImage } from '../config/per-image.ts'
import type { Config } from '../config/schema.ts'
import { credentialKinds, redactText } from '../config/secrets.ts'
import { createContext } from './context.ts'
import { INPUT_RULES } from './input-rules.ts'
import type { Code } from './params.ts'
import { PIPELINE_RULES, RULES } from './registry.ts'
import type { AnyRule, Finding, FindingParams, Fix, Hit, PipelineHit, Severity } from './types.ts'

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/**
 * Every known problem of a config, errors first. Pure and fast: the page runs it on every keystroke.
 * The config must be valid (parseConfig); findings never repeat what the schema already rejects.
 */
export function diagnose(config: Config): Finding[] {
  const findings: Finding[] = []
  const seen = new Set<string>()
  config.images.forEach((_, index) => {
    for (const mapped of imageFindings(config, index)) {
      // A shared setting's finding comes once, not once per image (its texts come from these params).
      const key = `${mapped.code}\u0000${mapped.fields.join('\u0000')}\u0000${JSON.stringify(mapped.params)}`
      if (seen.has(key)) continue
      seen.add(key)
      findings.push(withoutSpillingFix(config, index, mapped))
    }
  })
  for (const rule of PIPELINE_RULES) {
    for (const hit of rule.check(config) as readonly PipelineHit<Code>[]) {
      const { fix: _none, ...finding } = toFinding(rule, { fields: hit.fields, params: hit.params })
      findings.push(hit.fix ? { ...finding, fix: { apply: hit.fix } } : finding)
    }
  }
  // Array.prototype.sort is stable: image and registry order are kept within a severity.
  return findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
}

/** Codes whose fix must leave the other images alone (Rule.ownImageFix). */
const OWN_IMAGE_FIXES: ReadonlySet<Code> = new Set(RULES.filter((r) => r.ownImageFix).map((r) => r.code))

/**
 * The finding without its fix when that fix, about image `index`'s own value, would change another
 * image's view: a value moved into a shared setting reaches every image's job.
 */
function withoutSpillingFix(config: Config, index: number, finding: Finding): Finding {
  if (!finding.fix || config.images.length < 2 || !OWN_IMAGE_FIXES.has(finding.code)) return finding
  const fixed = finding.fix.apply(config)
  const spills = config.images.some(
    (_, other) => other !== index && !deepEqual(imageView(fixed, other), imageView(config, other)),
  )
  if (!spills) return finding
  const { fix: _spilling, ...rest } = finding
  return rest
}

/**
 * One image's findings in the config's terms, found again only when its view changed: typing into
 * one image checks that image only (the pipeline rules still see the whole config).
 */
const imageFindings = perImage((view) => diagnoseView(view).map((f) => onConfig(f, view.imageIndex, view)))

/** A view's finding in the config's terms: its fields' paths and a fix that changes the config. */
function onConfig(finding: ViewFinding, index: number, view: ImageView): Finding {
  const fields = finding.fields.map((path) => configPathOfView(path, index, view))
  const { fix, ...rest } = finding
  if (!fix) return { ...rest, fields }
  return {
    ...rest,
    fields,
    fix: {
      apply: (config) => withImageView(config, index, fix.apply(imageView(config, index))),
      ...(fix.reveal ? { reveal: configPathOfView(fix.reveal, index, view) } : {}),
    },
  }
}

/** A finding on one image's view, before onConfig. */
type ViewFinding = Omit<Finding, 'fix'> & {
  readonly fix?: Omit<Fix, 'apply'> & { readonly apply: (view: ImageView) => ImageView }
}

function diagnoseView(view: ImageView): ViewFinding[] {
  let errors: Map<Code, number> | undefined
  const addsErrors = (changed: ImageView) => {
    errors ??= errorCounts(run(view, () => false))
    for (const [code, count] of errorCounts(run(changed, () => false))) {
      if (count > (errors.get(code) ?? 0)) return true
    }
    return false
  }
  return run(view, addsErrors)
}

function run(config: ImageView, addsErrors: (changed: ImageView) => boolean): ViewFinding[] {
  const context = createContext(config, addsErrors)
  const findings: ViewFinding[] = []
  for (const rule of RULES) {
    for (const hit of rule.check(context) as readonly Hit<Code>[]) {
      const keep = !hit.fix || !rule.verifyFix || !context.addsErrors(hit.fix(config))
      findings.push(toFinding(rule, keep ? hit : { ...hit, fix: undefined }))
    }
  }
  return findings
}

/**
 * The findings of the input rules on a raw config (parsed JSON, before the schema): what the schema
 * would refuse, named more precisely. Run it where raw input arrives (`lint --config`, `--link`).
 */
export function diagnoseInput(raw: unknown): Finding[] {
  // Fields are named as the current version names them, whatever version the input was written in.
  const migrated = migrateConfig(raw)
  const current = migrated.ok ? migrated.value : raw
  return INPUT_RULES.flatMap((rule) =>
    (rule.check(current) as readonly Hit<Code>[]).map((hit) => {
      const { fix: _none, ...finding } = toFinding(rule, hit)
      return finding
    }),
  )
}

function errorCounts(findings: readonly ViewFinding[]): Map<Code, number> {
  const counts = new Map<Code, number>()
  for (const f of findings) if (f.severity === 'error') counts.set(f.code, (counts.get(f.code) ?? 0) + 1)
  return counts
}

function toFinding(rule: Pick<AnyRule, 'code' | 'severity'>, hit: Hit<Code>): ViewFinding {
  const finding: ViewFinding = {
    code: rule.code,
    severity: rule.severity,
    fields: hit.fields,
    params: withoutSecrets(hit.params),
  }
  if (!hit.fix) return finding
  return { ...finding, fix: { apply: hit.fix, ...(hit.reveal ? { reveal: hit.reveal } : {}) } }
}

/** Messages quote config values; a value holding a password or token is kept without it. */
function withoutSecrets(params: FindingParams): FindingParams {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === 'string' && credentialKinds(value).length > 0 ? redactText(value) || '•••' : value,
    ]),
  ) as FindingParams
}
