import type { ImageView } from '../config/image-view.ts'
import type { Destination, DestinationWhen } from '../config/schema.ts'
import { quoteShellText } from '../shell/quote.ts'
import { flagWithValue, ShellCommand } from './command.ts'

/**
 * Destinations whose `when` is not `always` are pushed only in some pipelines. Their tags are chosen
 * by the job's shell, the one mechanism that works for every kind: `set --` collects them as the
 * positional parameters, guarded by the same tests a person would write, and the executor receives
 * them as `"$@"`. A pipeline that pushes nowhere builds with --no-push instead of failing.
 */
const TESTS: Readonly<Record<Exclude<DestinationWhen, 'always'>, string[]>> = {
  tag: ['[', '-n', '"${CI_COMMIT_TAG:-}"', ']'],
  'not-tag': ['[', '-z', '"${CI_COMMIT_TAG:-}"', ']'],
  'default-branch': [
    '[',
    '-n',
    '"${CI_COMMIT_BRANCH:-}"',
    ']',
    '&&',
    '[',
    '"${CI_COMMIT_BRANCH:-}"',
    '=',
    '"${CI_DEFAULT_BRANCH:-}"',
    ']',
  ],
  'other-branches': [
    '[',
    '-n',
    '"${CI_COMMIT_BRANCH:-}"',
    ']',
    '&&',
    '[',
    '"${CI_COMMIT_BRANCH:-}"',
    '!=',
    '"${CI_DEFAULT_BRANCH:-}"',
    ']',
  ],
  'merge-request': ['[', '"${CI_PIPELINE_SOURCE:-}"', '=', 'merge_request_event', ']'],
}

/** The shell test for a `when`: what the busybox proof runs for each pipeline kind. */
export function destinationTest(when: Exclude<DestinationWhen, 'always'>): readonly string[] {
  return TESTS[when]
}

/** `repo:tag` words of one destination (a destination without tags is a whole reference). */
export function destinationReferences(destination: Destination, tagSuffix: string): string[] {
  const literal = { literal: tagSuffix }
  if (destination.tags.length === 0) return [quoteShellText(destination.repository, literal)]
  return destination.tags.map((tag) => quoteShellText(destination.repository, ':', tag, literal))
}

export function hasConditionalDestinations(config: ImageView): boolean {
  return config.destinations.some((d) => d.when !== 'always')
}

/**
 * `--destination` arguments of the executor for the destinations pushed in every pipeline. An image
 * without any destination (a tarball-only build) gets --no-push here: kaniko refuses to run with
 * neither ("you must provide --destination, or use --no-push").
 */
export function alwaysDestinationArgs(config: ImageView, tagSuffix: string): string[][] {
  if (config.destinations.length === 0 && !config.advanced.noPush) return [['--no-push']]
  const always = config.destinations.filter((d) => d.when === 'always')
  const args = always.flatMap((d) =>
    destinationReferences(d, tagSuffix).map((ref) => flagWithValue('--destination', ref)),
  )
  return hasConditionalDestinations(config) ? [...args, ['"$@"']] : args
}

/** The script lines that collect the conditional destinations before the executor runs. */
export function conditionalDestinationLines(config: ImageView, tagSuffix: string): ShellCommand[] {
  if (!hasConditionalDestinations(config)) return []
  const lines = [new ShellCommand([['set', '--']])]
  for (const destination of config.destinations) {
    if (destination.when === 'always') continue
    const references = destinationReferences(destination, tagSuffix)
    lines.push(
      new ShellCommand([
        ['if', ...TESTS[destination.when], ';', 'then'],
        ['set', '--', '"$@"', ...references.flatMap((ref) => flagWithValue('--destination', ref)), ';', 'fi'],
      ]),
    )
  }
  const pushesAlways = config.destinations.some((d) => d.when === 'always')
  if (!pushesAlways && !config.advanced.noPush)
    lines.push(new ShellCommand([['[', '"$#"', '-gt', '0', ']', '||', 'set', '--', '--no-push']]))
  return lines
}
