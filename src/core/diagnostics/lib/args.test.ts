import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseExtraFlags, parseGoBool } from './args.ts'

const flags = (entries: string[]) => parseExtraFlags(entries)

describe('parseExtraFlags', () => {
  it('reads --flag=value, --flag value and bool flags the way pflag does', () => {
    const args = flags(['--cache-ttl=24h', '--cache-repo', 'r/cache', '--cache', 'x'])
    expect(args).toMatchObject([
      { kind: 'flag', index: 0, name: 'cache-ttl', value: '24h', valueIndex: undefined },
      { kind: 'flag', index: 1, name: 'cache-repo', value: 'r/cache', valueIndex: 2 },
      // A bool flag never takes the next entry.
      { kind: 'flag', index: 3, name: 'cache', value: undefined },
      { kind: 'stray', index: 4, raw: 'x' },
    ])
  })

  it('resolves shorthand flags in all three spellings', () => {
    expect(flags(['-d', 'a:1', '-d=b:2', '-dc:3', '-v'])).toMatchObject([
      { name: 'destination', written: '-d', value: 'a:1', valueIndex: 1 },
      { name: 'destination', value: 'b:2' },
      { name: 'destination', value: 'c:3' },
      { name: 'verbosity', problem: 'missing-value' },
    ])
  })

  it('reports a value flag that swallows the next flag (corpus 18: --insecure-registry --insecure-pull)', () => {
    expect(flags(['--insecure-registry', '--insecure-pull'])).toEqual([
      {
        kind: 'flag',
        index: 0,
        written: '--insecure-registry',
        name: 'insecure-registry',
        spec: expect.objectContaining({ name: 'insecure-registry' }),
        value: '--insecure-pull',
        valueIndex: 1,
        problem: 'swallowed-flag',
      },
    ])
  })

  it('checks bool, int and duration values, but not references', () => {
    const problems = flags([
      '--cache=yes',
      '--cache=True',
      '--push-retry=3',
      '--push-retry=three',
      '--cache-ttl=2h30m',
      '--cache-ttl=2 weeks',
      '--push-retry=$RETRIES',
    ]).map((a) => (a.kind === 'flag' ? a.problem : a.kind))
    expect(problems).toEqual([
      'bad-value',
      undefined,
      undefined,
      'bad-value',
      undefined,
      'bad-value',
      undefined,
    ])
  })

  it('tells several words in one entry from a value with spaces', () => {
    expect(
      flags(['--cache-ttl 24h', '--a=1 --b=2', '--label=maintainer=Jane Doe']).map((a) => a.kind),
    ).toEqual(['spaced', 'spaced', 'flag'])
  })

  it('splits several words in one entry as the shell reads them (quotes kept together, removed)', () => {
    expect(
      flags(['--label "maintainer=Jane Doe"', "--build-arg 'A=x y' --cache", '--a=1 ; rm -rf /']),
    ).toMatchObject([
      { kind: 'spaced', words: ['--label', 'maintainer=Jane Doe'], splittable: true },
      { kind: 'spaced', words: ['--build-arg', 'A=x y', '--cache'], splittable: true },
      { kind: 'spaced', splittable: false },
    ])
  })

  it('skips entries that are whole variables, and takes a variable as a value', () => {
    expect(flags(['$EXTRA', '--target', '$TARGET'])).toMatchObject([
      { kind: 'flag', name: 'target', value: '$TARGET' },
    ])
  })

  it('keeps unknown flags with their name, and - and -- as strays', () => {
    expect(flags(['--frobnicate=1', '-', '--'])).toMatchObject([
      { kind: 'flag', name: 'frobnicate', spec: undefined, value: '1' },
      { kind: 'stray', raw: '-' },
      { kind: 'stray', raw: '--' },
    ])
  })

  it('never throws and names each entry at most once', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 8 }), (entries) => {
        const seen: number[] = []
        for (const arg of flags(entries)) {
          seen.push(arg.index)
          if (arg.kind === 'flag' && arg.valueIndex !== undefined) seen.push(arg.valueIndex)
        }
        expect(new Set(seen).size).toBe(seen.length)
        for (const i of seen) expect(i).toBeLessThan(entries.length)
      }),
    )
  })
})

describe('parseGoBool', () => {
  it('accepts what strconv.ParseBool accepts', () => {
    expect(['1', 't', 'TRUE', 'True', 'true'].map(parseGoBool)).toEqual([true, true, true, true, true])
    expect(['0', 'f', 'FALSE', 'False', 'false'].map(parseGoBool)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
    expect(['yes', 'on', '', 'tRuE'].map(parseGoBool)).toEqual([undefined, undefined, undefined, undefined])
  })
})
